import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from briefings.domain.geography import load_geography
from briefings.errors import SourceError
from briefings.sources import load_tables
from briefings.sources.schema import FACT_COLUMNS
from briefings.sources.tables import load_table
from conftest import encode_cp1258

ROOT = Path(__file__).resolve().parents[2]
HEADER = "province,period,indicator,measure,value,unit,source,published\n"


def _load(path: Path) -> pd.DataFrame:
    return load_table(path, root=path.parent, geography=load_geography()).facts


def test_long_table_becomes_tidy_facts(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(HEADER + "Cao Bằng,2024-9M,grdp,yoy_pct,5.1,%,synthetic://a,2024-10\n")
    facts = _load(path)
    assert list(facts.columns) == list(FACT_COLUMNS)
    row = facts.iloc[0]
    assert (row.province, row.boundary, row.period, row.value) == (
        "cao-bang",
        "pre2025",
        "2024-9M",
        5.1,
    )
    assert row.origin == "t.csv:2"


def test_levels_are_converted_to_the_canonical_unit(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(HEADER + "cao-bang,2024-FY,budget_revenue,value,3.5,VND trillion,s,\n")
    row = _load(path).iloc[0]
    assert (row.value, row.unit) == (3500.0, "VND billion")


def test_wide_table_with_indicator_dot_measure_columns(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(
        "province,period,grdp.yoy_pct,budget_revenue.value,source\n"
        "cao-bang,2024-FY,6.1,,synthetic://w\n"
    )
    facts = _load(path)
    assert len(facts) == 1  # the blank cell is a missing value, not a zero
    assert facts.iloc[0].indicator == "grdp"


def test_xlsx_tables_are_read_like_csv(tmp_path: Path) -> None:
    path = tmp_path / "wide.xlsx"
    pd.DataFrame(
        {
            "province": ["Lạng Sơn"],
            "period": ["2024-H1"],
            "export.value": ["12.5"],
            "source": ["synthetic://x"],
        }
    ).to_excel(path, index=False)
    facts = _load(path)
    assert facts.iloc[0][["province", "indicator", "value"]].tolist() == [
        "lang-son",
        "export",
        12.5,
    ]
    assert facts.iloc[0].origin == "wide.xlsx:2"


def test_sidecar_describes_a_foreign_wide_table(tmp_path: Path) -> None:
    (tmp_path / "fdi.csv").write_text(
        "year,name,capital,cite\n2019,Bắc Kạn,4.38,synthetic\n2019,Offshore,9,synthetic\n"
    )
    (tmp_path / "fdi.toml").write_text(
        'province = "name"\nperiod = "year"\nboundary = "pre2025"\nsource = "cite"\n'
        'skip = ["Offshore"]\n[[values]]\ncolumn = "capital"\nindicator = "fdi_registered"\n'
        'measure = "value"\nunit = "USD million"\n'
    )
    facts = _load(tmp_path / "fdi.csv")
    assert facts[["province", "period", "value"]].values.tolist() == [["bac-kan", "2019-FY", 4.38]]


@pytest.mark.parametrize(
    ("row", "words"),
    [
        ("Atlantis,2024-FY,grdp,yoy_pct,1,%,s,", "unknown province 'Atlantis'"),
        ("cao-bang,2024-Q5,grdp,yoy_pct,1,%,s,", "'2024-Q5' is not a period"),
        ("cao-bang,0999,grdp,yoy_pct,1,%,s,", "'0999' is not a period: year 999 is out of range"),
        ("cao-bang,2024-FY,grdp,yoy_pct,nan,%,s,", "value: 'nan' is not a number"),
        ("cao-bang,2024-FY,gdp,yoy_pct,1,%,s,", "unknown indicator 'gdp'"),
        ("cao-bang,2024-FY,grdp,yoy_pct,six,%,s,", "'six' is not a number"),
        ("cao-bang,2024-FY,grdp,yoy_pct,1,%,s,,extra", "9 fields where the header has 8"),
    ],
)
def test_malformed_row_names_file_and_line(tmp_path: Path, row: str, words: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "cao-bang,2024-FY,grdp,yoy_pct,1,%,s,\n" + row + "\n")
    with pytest.raises(SourceError) as info:
        _load(path)
    line = info.value.one_line()
    assert line.startswith("bad.csv:3: ")
    assert words in line


def test_fact_in_a_unit_foreign_to_its_indicator_is_left_out_as_a_problem(
    tmp_path: Path,
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(HEADER + "cao-bang,2024-FY,grdp_per_capita,target_value,55600,VND billion,s,\n")
    loaded = load_table(path, root=path.parent, geography=load_geography())
    assert loaded.facts.empty
    [problem] = loaded.problems
    assert problem.one_line().startswith(
        "t.csv:2: grdp_per_capita target_value is in 'VND billion'"
    )
    assert problem.fix == "fix the unit in the source"


def test_missing_table_pattern_is_named(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as info:
        load_tables(("nope/*.csv",), tmp_path)
    assert "no file matches 'nope/*.csv'" in info.value.one_line()


def test_shipped_sources_load_completely() -> None:
    facts = load_tables(("sources/tables/*.csv",), ROOT).facts
    news = facts[facts["origin"].str.startswith("sources/tables/news_facts")]
    assert len(news) >= 600  # 608 rows, a few with a unit foreign to their indicator left out
    assert set(facts["kind"]) == {"table"}
    assert facts["source"].ne("").all()
    national = facts[facts["province"] == "vietnam"]
    assert set(national["boundary"]) == {"national"}


# Number formats, delimiters and encodings. Every value below is synthetic.

LONG = "province,period,indicator,measure,value,unit,source\n"


def _write(tmp_path: Path, text: str, name: str = "t.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _error(path: Path) -> str:
    with pytest.raises(SourceError) as info:
        _load(path)
    return info.value.one_line()


def test_a_decimal_comma_in_a_dot_decimal_file_is_refused_naming_file_and_line(
    tmp_path: Path,
) -> None:
    path = _write(
        tmp_path,
        LONG + 'cao-bang,2024-FY,grdp,yoy_pct,5.1,%,s\ncao-bang,2023-FY,grdp,yoy_pct,"6,52",%,s\n',
    )
    line = _error(path)
    assert line.startswith("t.csv:3: value: '6,52' uses a comma as the decimal mark")
    assert "declare the format in t.toml or in [sources]" in line


def test_a_vietnamese_number_in_a_dot_decimal_file_is_refused_not_read_as_4_3215(
    tmp_path: Path,
) -> None:
    path = _write(
        tmp_path,
        LONG + "cao-bang,2024-FY,grdp,yoy_pct,5.1,%,s\n"
        'cao-bang,2023-FY,grdp,value,"4.321,5",VND billion,s\n',
    )
    assert _error(path).startswith("t.csv:3: value: '4.321,5' uses a comma as the decimal mark")


def test_a_semicolon_delimited_vietnamese_table_is_read(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "province;period;indicator;measure;value;unit;source\n"
        "Cao Bằng;2024-FY;grdp;yoy_pct;6,52;%;synthetic\n"
        "Cao Bằng;2023-FY;grdp;value;4.321,5;VND billion;synthetic\n",
    )
    assert _load(path)["value"].tolist() == [6.52, 4321.5]


def test_a_table_whose_delimiter_is_not_found_names_the_columns_it_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "province:period:indicator:value\ncao-bang:2024-FY:grdp:1\n")
    line = _error(path)
    assert line.startswith("t.csv:1: no column(s) province, period, indicator, measure, value")
    assert "among province:period:indicator:value (separated by ',')" in line


def test_a_row_with_too_many_fields_names_the_delimiter(tmp_path: Path) -> None:
    path = _write(tmp_path, LONG.replace(",", ";") + "cao-bang;2024-FY;grdp;yoy_pct;1;%;s;x\n")
    assert "8 fields where the header has 7 (fields separated by ';')" in _error(path)


def test_a_declared_delimiter_wins_over_detection(tmp_path: Path) -> None:
    path = _write(tmp_path, LONG.replace(",", "|") + "cao-bang|2024-FY|grdp|yoy_pct|1.5|%|s\n")
    (tmp_path / "t.toml").write_text('delimiter = "|"\ndecimal = "."\n')
    assert _load(path)["value"].tolist() == [1.5]


def test_a_utf8_table_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path, LONG + "Lạng Sơn,2024-FY,grdp,yoy_pct,1.5,%,s\n", encoding="utf-8-sig")
    assert _load(path)["province"].tolist() == ["lang-son"]


def test_excel_unicode_text_utf16_with_tabs_is_read(tmp_path: Path) -> None:
    text = (LONG + "Lạng Sơn,2024-FY,grdp,yoy_pct,1.5,%,s\n").replace(",", "\t")
    path = _write(tmp_path, text.replace("\n", "\r\n"), encoding="utf-16")
    assert _load(path)["value"].tolist() == [1.5]


def test_a_non_utf8_table_names_line_and_column_and_how_to_fix_it(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(LONG.encode() + b"Cao B\xe8ng,2024-FY,grdp,yoy_pct,1,%,s\n")
    line = _error(path)
    assert line.startswith("t.csv:2: not UTF-8 text: byte 0xE8 at column 6")
    assert 'declare encoding = "cp1258"' in line
    assert "position" not in line and "offset" not in line


def test_a_declared_windows_1258_table_is_read_with_its_names(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    row = "Thừa Thiên Huế,2024-FY,grdp,yoy_pct,1.5,%,Cục Thống kê\n"
    path.write_bytes(encode_cp1258(LONG + row))
    (tmp_path / "t.toml").write_text('encoding = "windows-1258"\n')
    row = _load(path).iloc[0]
    assert (row.province, row.source) == ("hue", "Cục Thống kê")


def test_a_utf16_file_without_a_byte_order_mark_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes((LONG + "cao-bang,2024-FY,grdp,yoy_pct,1,%,s\n").encode("utf-16-le"))
    line = _error(path)
    assert line.startswith("t.csv:1: a NUL character at column 2")


def test_province_names_in_nfd_read_like_nfc(tmp_path: Path) -> None:
    name = unicodedata.normalize("NFD", "Bắc Kạn")
    path = _write(tmp_path, LONG + f"{name},2024-FY,grdp,yoy_pct,1,%,{name}\n")
    row = _load(path).iloc[0]
    assert (row.province, row.source) == ("bac-kan", "Bắc Kạn")


def test_the_configured_format_applies_to_tables_without_their_own(tmp_path: Path) -> None:
    from briefings.sources.formats import TableFormat

    _write(tmp_path, LONG + "cao-bang,2024-FY,grdp,value,1.234,VND billion,s\n", "a.csv")
    _write(tmp_path, LONG + "cao-bang,2023-FY,grdp,value,1.234,VND billion,s\n", "b.csv")
    (tmp_path / "b.toml").write_text('decimal = "."\n')
    declared = TableFormat(decimal=",", thousands=".")
    facts = load_tables(("*.csv",), tmp_path, declared=declared).facts
    assert facts["value"].tolist() == [1234.0, 1.234]


def test_xlsx_numbers_are_read_as_numbers_and_text_cells_by_the_same_rules(
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["province", "period", "grdp.value", "grdp.yoy_pct", "source"])
    sheet.append(["Cao Bằng", 2024, 1234.5678, "6,52", "synthetic"])
    sheet.append(["Cao Bằng", 2023, 7, "4.321,5", "synthetic"])
    sheet["C2"].number_format = "#,##0.0"  # shown as 1,234.6: the number is what counts
    workbook.save(tmp_path / "w.xlsx")
    facts = _load(tmp_path / "w.xlsx")
    assert facts["value"].tolist() == [1234.5678, 6.52, 7.0, 4321.5]
    assert facts["period"].tolist() == ["2024-FY", "2024-FY", "2023-FY", "2023-FY"]
    assert facts["origin"].tolist() == ["w.xlsx:2", "w.xlsx:2", "w.xlsx:3", "w.xlsx:3"]


def test_a_broken_workbook_is_one_source_error(tmp_path: Path) -> None:
    (tmp_path / "w.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    assert _error(tmp_path / "w.xlsx").startswith("w.xlsx: not a readable XLSX workbook")


@pytest.mark.parametrize(
    ("sidecar", "words"),
    [
        ('colour = "red"', "t.toml: colour: unknown key"),
        ('decimal = ";"', "t.toml: decimal: ';' is not a decimal"),
        ('encoding = "koi8-r"', "t.toml: encoding: 'koi8-r' is not a encoding"),
        (
            'province = "name"\nperiod = "year"\n[[values]]\ncolumn = "v"\nindicator = "gdp"\n'
            'measure = "value"\nunit = "USD"',
            "t.toml: values[0].indicator: unknown indicator 'gdp'",
        ),
        (
            'province = "name"\nperiod = "year"\n[[values]]\ncolumn = "missing"\n'
            'indicator = "grdp"\nmeasure = "value"\nunit = "VND billion"',
            "t.toml: values[0].column: column 'missing' is not in the table",
        ),
        ('province = "name"\nperiod = "year"', "t.toml: values: missing or empty"),
        ("province = [", "t.toml: not a valid table description"),
    ],
)
def test_a_mistake_in_a_sidecar_is_named_by_its_key(
    tmp_path: Path, sidecar: str, words: str
) -> None:
    path = _write(tmp_path, "name,year,v\ncao-bang,2024,1\n")
    (tmp_path / "t.toml").write_text(sidecar + "\n")
    assert _error(path).startswith(words)


def test_an_unclosed_quote_is_a_malformed_row_with_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, LONG + 'cao-bang,2024-FY,grdp,yoy_pct,1,%,"s\n')
    assert _error(path).startswith("t.csv:2: malformed CSV")


def test_a_column_named_twice_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, LONG.replace("unit", "value") + "cao-bang,2024-FY,grdp,yoy_pct,1,2,s\n")
    assert _error(path).startswith("t.csv:1: column 'value' appears twice")


def test_blank_lines_before_the_header_are_skipped_and_lines_still_counted(
    tmp_path: Path,
) -> None:
    path = _write(tmp_path, "\n\n" + LONG + "cao-bang,2024-FY,grdp,yoy_pct,1.5,%,s\n")
    assert _load(path)["origin"].tolist() == ["t.csv:4"]


def test_a_formula_without_a_saved_result_is_refused_not_read_as_missing(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()  # written by a script: formulas, but no results saved with them
    workbook.active.append(["province", "period", "grdp.yoy_pct", "source"])
    workbook.active.append(["cao-bang", 2024, "=1+1", "synthetic"])
    workbook.save(tmp_path / "w.xlsx")
    line = _error(tmp_path / "w.xlsx")
    assert line.startswith("w.xlsx:2: grdp.yoy_pct: '=1+1' is a formula without a saved result")
