"""Properties of the table loader for any input (hypothesis, bounded; every value synthetic).

- Round trip: a table of known values written in a declared format (any decimal mark and
  thousands separator, delimiter, quoting, encoding the loader reads, NFC or NFD names) reads
  back as exactly those values.
- Undeclared: a table written consistently in any format reads back as exactly its values,
  or is refused with its file and line; never a number read some other way.
- Hostile: any cells, any bytes give facts or a SourceError naming the file; never another
  exception, never a number that is not one reading of its cell.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefings.domain.geography import load_geography
from briefings.errors import SourceError
from briefings.sources.numbers import readings
from briefings.sources.tables import load_table
from conftest import encode_cp1258

BOUNDED = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
GEOGRAPHY = load_geography()
NAMES = sorted(p.name_vi for p in GEOGRAPHY.former.values())
HEADER = ["province", "period", "indicator", "measure", "value", "unit", "source"]
DELIMITERS = [",", ";", "\t", "|"]
AUTOMATIC = ["utf-8", "utf-8-sig", "utf-16"]  # read without a declaration


@dataclass(frozen=True)
class Written:
    """A number as written in a table, and the value it stands for."""

    text: str
    value: float


def _grouped(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    return separator.join(
        [digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))]
    )


@st.composite
def numbers(draw: st.DrawFn, decimal: str, thousands: str) -> Written:
    """An exact decimal value, written with ``decimal`` and (sometimes) ``thousands``."""
    units = draw(st.integers(-(10**12), 10**12))
    places = draw(st.integers(0, 4))
    digits = str(abs(units)).rjust(places + 1, "0")
    whole, fraction = digits[: len(digits) - places], digits[len(digits) - places :]
    if thousands and draw(st.booleans()):
        whole = _grouped(whole, thousands)
    sign = "-" if units < 0 else ""
    text = sign + whole + (decimal + fraction if places else "")
    return Written(text, float(Decimal(units).scaleb(-places)))


formats = st.sampled_from([".", ","]).flatmap(
    lambda decimal: st.tuples(
        st.just(decimal), st.sampled_from([t for t in ("", ",", ".", " ") if t != decimal])
    )
)


def _spelling(name: str) -> st.SearchStrategy[str]:
    return st.sampled_from(
        [unicodedata.normalize(form, n) for n in (name, name.upper()) for form in ("NFC", "NFD")]
    )


def _csv(rows: list[list[str]], delimiter: str, quoting: int) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


@st.composite
def tables(draw: st.DrawFn, *, declare_numbers: bool) -> tuple[bytes, str, list[str], list[float]]:
    """(file bytes, sidecar text, province slugs, values) of a long table in one format."""
    decimal, thousands = draw(formats)
    delimiter = draw(st.sampled_from(DELIMITERS))
    encoding = draw(st.sampled_from([*AUTOMATIC, "cp1258"]))
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=8))
    written = [draw(numbers(decimal, thousands)) for _ in names]
    rows = [HEADER] + [
        [draw(_spelling(n)), "2024-FY", "grdp", "value", w.text, "VND billion", "synthetic"]
        for n, w in zip(names, written, strict=True)
    ]
    text = _csv(rows, delimiter, draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])))
    data = encode_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    sidecar = [f'encoding = "{encoding}"'] if encoding == "cp1258" else []
    if declare_numbers:
        sidecar += [f'decimal = "{decimal}"', f'thousands = "{thousands}"']
    if draw(st.booleans()):
        sidecar.append('delimiter = "{}"'.format(delimiter.replace("\t", "\\t")))
    slugs = [GEOGRAPHY.canonical_slug(n) or "" for n in names]
    return data, "\n".join(sidecar) + "\n", slugs, [w.value for w in written]


def _load(tmp_path: Path, data: bytes, sidecar: str = "") -> object:
    (tmp_path / "t.csv").write_bytes(data)
    (tmp_path / "t.toml").write_text(sidecar, encoding="utf-8")
    return load_table(tmp_path / "t.csv", root=tmp_path, geography=GEOGRAPHY)


@BOUNDED
@given(tables(declare_numbers=True))
def test_a_table_in_a_declared_format_reads_back_exactly(
    tmp_path: Path, table: tuple[bytes, str, list[str], list[float]]
) -> None:
    data, sidecar, slugs, values = table
    facts = _load(tmp_path, data, sidecar).facts  # type: ignore[attr-defined]
    assert facts["value"].tolist() == values
    assert facts["province"].tolist() == slugs


@BOUNDED
@given(tables(declare_numbers=False))
def test_an_undeclared_table_reads_back_exactly_or_is_refused_with_file_and_line(
    tmp_path: Path, table: tuple[bytes, str, list[str], list[float]]
) -> None:
    data, sidecar, slugs, values = table
    try:
        facts = _load(tmp_path, data, sidecar).facts  # type: ignore[attr-defined]
    except SourceError as error:
        assert error.where == "t.csv" and error.line is not None, error.one_line()
        assert "declare the format in t.toml" in error.one_line()
        event("refused")
        return
    event("read")
    assert facts["value"].tolist() == values
    assert facts["province"].tolist() == slugs


CELL = st.one_of(
    st.text(st.sampled_from("0123456789.,- +e\u00a0\u2212xé;|\t\"'"), max_size=12),
    st.from_regex(r"[-\u2212]?[0-9]{1,4}([.,  ][0-9]{1,4}){0,3}", fullmatch=True),
)


@BOUNDED
@given(
    st.lists(st.tuples(st.sampled_from(NAMES), CELL), min_size=1, max_size=6),
    st.sampled_from(DELIMITERS),
    st.sampled_from(AUTOMATIC),
)
def test_any_cells_give_facts_or_a_source_error_naming_file_and_line(
    tmp_path: Path, rows: list[tuple[str, str]], delimiter: str, encoding: str
) -> None:
    body = [HEADER] + [[n, "2024-FY", "grdp", "value", c, "VND billion", "s"] for n, c in rows]
    data = _csv(body, delimiter, csv.QUOTE_MINIMAL).encode(encoding)
    try:
        facts = _load(tmp_path, data).facts  # type: ignore[attr-defined]
    except SourceError as error:
        assert error.where == "t.csv" and error.line is not None, error.one_line()
        event("refused")
        return
    event("read")
    for (_name, cell), value in zip(rows, facts["value"], strict=True):
        assert value in {r.value for r in readings(cell)}  # one reading of it, never rescaled
        if cell.strip().isdigit() and cell.strip().isascii():
            assert value == int(cell)


@BOUNDED
@given(st.binary(max_size=300))
def test_any_bytes_give_facts_or_a_source_error_naming_the_file(
    tmp_path: Path, data: bytes
) -> None:
    try:
        _load(tmp_path, b"province,period,indicator,measure,value,unit,source\n" + data)
    except SourceError as error:
        assert error.where == "t.csv", error.one_line()
        assert "byte offset" not in error.one_line() and "position" not in error.one_line()


@pytest.mark.parametrize("encoding", AUTOMATIC)
def test_every_encoding_read_without_a_declaration_is_detected(
    tmp_path: Path, encoding: str
) -> None:
    text = _csv(
        [HEADER, ["Bắc Kạn", "2024-FY", "grdp", "value", "1.5", "VND billion", "s"]], ",", 0
    )
    facts = _load(tmp_path, text.encode(encoding)).facts  # type: ignore[attr-defined]
    assert facts["province"].tolist() == ["bac-kan"]
