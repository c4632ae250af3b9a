"""Specification of how table cells are read as numbers (briefings.sources.numbers).

The rule, in short: a declared format is applied strictly; without one, a file's numbers show
its decimal mark and thousands separator, a cell that could be read two ways is read the way
the file shows, and a cell the file does not explain is refused, never rescaled.
"""

from __future__ import annotations

import pytest

from briefings.errors import SourceError
from briefings.sources.numbers import NumberFormat, detect_format, parse_number, readings

FIX = "declare the format"


def _detect(*texts: str) -> object:
    return detect_format(((i + 2, "value", t) for i, t in enumerate(texts)), FIX)


def _read(text: str, *file: str) -> float:
    return parse_number(text, _detect(*file, text), FIX)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("5", [5.0]),
        ("-5.25", [-5.25]),
        ("\u22123,5", [-3.5]),  # the minus sign typesetting programs write
        ("6,52", [6.52]),
        ("1,234.5", [1234.5]),
        ("4.321,5", [4321.5]),
        ("1.234.567", [1234567.0]),
        ("1 299", [1299.0]),
        ("1\u00a0234,5", [1234.5]),
        ("0,500", [0.5]),  # a group never starts with 0: only a decimal reading
        ("1,234", [1234.0, 1.234]),
        ("1.234", [1234.0, 1.234]),
        ("1.5e-3", [0.0015]),
    ],
)
def test_a_cell_has_every_reading_its_separators_allow(text: str, values: list[float]) -> None:
    assert [r.value for r in readings(text)] == values


@pytest.mark.parametrize(
    "text", ["", "nan", "inf", "-Infinity", "1_000", "1.2.3", "12,34,5", "1e400", "٣", "5%", "1,"]
)
def test_what_float_would_accept_or_guess_is_not_a_number(text: str) -> None:
    assert readings(text) == ()


def test_a_decimal_comma_in_a_dot_decimal_file_is_refused_naming_the_line_that_disagrees() -> None:
    with pytest.raises(SourceError) as info:
        _detect("5.1", "20699.5", "6,52")
    line = info.value.one_line()
    assert line.startswith("line 4: value: '6,52' uses a comma as the decimal mark")
    assert "line 2 ('5.1') uses a point as the decimal mark" in line
    assert FIX in line


def test_vietnamese_thousands_in_a_dot_decimal_file_are_refused_never_rescaled() -> None:
    with pytest.raises(SourceError) as info:
        _detect("5.1", "4.321,5")
    assert "'4.321,5' uses a comma as the decimal mark" in info.value.one_line()


def test_a_file_written_the_vietnamese_way_is_read_the_vietnamese_way() -> None:
    assert _read("4.321,5", "6,52") == 4321.5
    assert _read("1.234", "4.321,5") == 1234.0  # the file shows "." as thousands
    assert _read("1,234", "6,52") == 1.234  # the file shows "," as its decimal mark


def test_a_thousands_comma_is_read_where_the_file_shows_it() -> None:
    assert _read("1,234.5", "5.1") == 1234.5
    assert _read("1,234", "1,234.5") == 1234.0
    assert _read("1,234", "1,234,567") == 1234.0


def test_a_lone_thousands_comma_in_a_dot_decimal_file_is_refused_as_ambiguous() -> None:
    with pytest.raises(SourceError) as info:
        _read("1,234", "5.1")
    assert "'1,234' could be 1234 or 1.234; declare the format" in info.value.one_line()


def test_a_file_of_only_ambiguous_numbers_must_declare_its_format() -> None:
    with pytest.raises(SourceError) as info:
        _read("1.234", "7", "12")
    assert "could be 1234 or 1.234" in info.value.one_line()


def test_one_mark_used_both_ways_is_refused() -> None:
    with pytest.raises(SourceError) as info:
        _detect("1.234.567", "5.1")
    assert "'5.1' uses a point as the decimal mark, but line 2 ('1.234.567') uses a point as" in (
        info.value.one_line()
    )


def test_a_declared_format_is_applied_strictly() -> None:
    vietnamese = NumberFormat(decimal=",", thousands=".")
    assert parse_number("1.234", vietnamese, FIX) == 1234.0
    assert parse_number("4.321,5", vietnamese, FIX) == 4321.5
    assert parse_number("1234,5", vietnamese, FIX) == 1234.5
    with pytest.raises(SourceError) as info:
        parse_number("1,234.5", vietnamese, FIX)
    assert "which the declared format" in info.value.one_line()
    plain = NumberFormat(decimal=".")
    with pytest.raises(SourceError):
        parse_number("1,234", plain, FIX)  # no thousands separator declared
    assert parse_number("1.234", plain, FIX) == 1.234


@pytest.mark.parametrize(("decimal", "thousands"), [(".", "."), (";", ""), (".", "_")])
def test_an_impossible_declaration_is_refused(decimal: str, thousands: str) -> None:
    with pytest.raises(ValueError):
        NumberFormat(decimal, thousands)
