from datetime import date

import pytest

from briefings.domain.periods import Period
from briefings.errors import PeriodError


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2025-Q1", 1, 3),
        ("2025-Q3", 7, 9),
        ("2025-H1", 1, 6),
        ("2025-9M", 1, 9),
        ("2025-FY", 1, 12),
        ("2024H1", 1, 6),
        ("2025-fy", 1, 12),
        ("2025-6M", 1, 6),
        ("2025 6m", 1, 6),
    ],
)
def test_parse_reads_every_span(text: str, first: int, last: int) -> None:
    period = Period.parse(text)
    assert (period.first_month, period.last_month) == (first, last)


@pytest.mark.parametrize("text", ["2025Q5", "2025-M9", "25-Q1", "", "2025-H2"])
def test_bad_period_says_how_to_write_one(text: str) -> None:
    with pytest.raises(PeriodError) as info:
        Period.parse(text)
    assert "2025-9M" in info.value.one_line()


def test_label_round_trips() -> None:
    assert [Period.parse(x).label for x in ("2025-Q2", "2025-9M")] == ["2025-Q2", "2025-9M"]


def test_same_period_last_year_is_the_comparison() -> None:
    assert Period.parse("2025-9M").previous_year() == Period.parse("2024-9M")


def test_cumulative_periods_order_within_and_across_years() -> None:
    labels = ["2025-FY", "2024-9M", "2025-Q1", "2024-FY", "2025-H1", "2025-9M"]
    ordered = sorted(Period.parse(x) for x in labels)
    assert [p.label for p in ordered] == [
        "2024-9M",
        "2024-FY",
        "2025-Q1",
        "2025-H1",
        "2025-9M",
        "2025-FY",
    ]


def test_a_quarter_and_the_cumulative_period_ending_with_it_are_different() -> None:
    q3, nine = Period.parse("2025-Q3"), Period.parse("2025-9M")
    assert q3 != nine
    assert nine.is_cumulative and not q3.is_cumulative
    assert nine < q3  # same end month: the longer span sorts first, consistently


def test_periods_ending_from_july_2025_are_after_the_merger() -> None:
    assert not Period.parse("2025-H1").after_merger
    assert Period.parse("2025-9M").after_merger
    assert Period.parse("2025-Q3").end == date(2025, 9, 30)


def test_the_half_year_written_6m_is_h1() -> None:
    assert Period.parse("2025-6M") == Period.parse("2025-H1")
    assert Period.parse("2025-6M").label == "2025-H1"


def test_q2_to_q4_are_discrete_quarters_and_q1_is_both() -> None:
    q1, q3, nine = (Period.parse(x) for x in ("2025-Q1", "2025-Q3", "2025-9M"))
    assert q1.is_quarter and q1.is_cumulative
    assert q3.is_quarter and not q3.is_cumulative
    assert nine.is_cumulative and not nine.is_quarter


def test_a_discrete_quarter_is_the_difference_of_two_cumulative_periods() -> None:
    assert Period.parse("2025-Q3").cumulative_parts() == (
        Period.parse("2025-9M"),
        Period.parse("2025-H1"),
    )
    assert Period.parse("2025-Q4").cumulative_parts() == (
        Period.parse("2025-FY"),
        Period.parse("2025-9M"),
    )
    assert Period.parse("2025-Q2").cumulative_parts() == (
        Period.parse("2025-H1"),
        Period.parse("2025-Q1"),
    )
    assert Period.parse("2025-9M").cumulative_parts() is None


def test_quarters_within_a_period() -> None:
    assert [q.label for q in Period.parse("2025-9M").quarters()] == [
        "2025-Q1",
        "2025-Q2",
        "2025-Q3",
    ]
