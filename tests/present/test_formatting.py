import math

import pytest

from briefings.domain.periods import Period
from briefings.present.formatting import (
    fmt_percent,
    fmt_period,
    fmt_period_basis,
    fmt_period_short,
    fmt_rank,
    fmt_value,
)


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (20699.5, "VND billion", "VND 20,699.5 bn"),
        (1299, "USD million", "USD 1,299 m"),
        (5852, "USD", "USD 5,852"),
        (1_800_000, "arrivals", "1,800,000 arrivals"),
        (65.6, "score", "65.6"),
    ],
)
def test_levels_read_well_in_english(value: float, unit: str, text: str) -> None:
    assert fmt_value(value, unit) == text


def test_percent_changes_carry_their_sign() -> None:
    assert fmt_percent(13.85) == "+13.85%"
    assert fmt_percent(-4.75) == "−4.75%"
    assert fmt_percent(77.0) == "+77%"


@pytest.mark.parametrize("missing", [None, math.nan])
def test_missing_is_an_em_dash_never_zero(missing: float | None) -> None:
    assert fmt_value(missing, "VND billion") == "—"
    assert fmt_percent(missing) == "—"
    assert fmt_rank(missing) == "—"


def test_ranks_say_out_of_how_many() -> None:
    assert fmt_rank(4, "rank/63") == "4th of 63"
    assert fmt_rank(1, "rank/34") == "1st of 34"
    assert fmt_rank(12, "rank/63") == "12th of 63"
    assert fmt_rank(22, "rank/63") == "22nd of 63"


def test_short_period_labels() -> None:
    assert fmt_period_short("2025-H1") == "6M 2025"


@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("2025-9M", "9 months of 2025 (January–September)"),
        ("2025-H1", "6 months of 2025 (January–June)"),
        ("2025-Q1", "Q1 2025 (January–March)"),
        ("2025-Q3", "Q3 2025 (July–September)"),
        ("2024-FY", "full year 2024 (January–December)"),
    ],
)
def test_periods_say_which_months_they_cover(label: str, words: str) -> None:
    assert fmt_period(Period.parse(label)) == words


def test_a_quarter_is_not_called_cumulative() -> None:
    assert fmt_period_basis("2025-Q3").startswith("a single quarter, compared with the same")
    assert fmt_period_basis("2025-9M").startswith("cumulative from January")
    assert "cumulative" not in fmt_period_basis("2025-Q4")
