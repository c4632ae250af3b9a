from pathlib import Path

import pandas as pd
import pytest

from briefings.domain.geography import load_geography
from briefings.errors import SourceError
from briefings.sources import load_tables
from briefings.sources.schema import FACT_COLUMNS
from briefings.sources.tables import load_table

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
