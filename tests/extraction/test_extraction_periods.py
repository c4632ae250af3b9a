"""Period phrases: which span and year a report's words name."""

import pytest

from briefings.domain.periods import Period
from briefings.extraction.periods import (
    PeriodPhrase,
    article_year,
    find_period_phrases,
    main_period,
)


def only(text: str) -> PeriodPhrase:
    [phrase] = find_period_phrases(text)
    return phrase


@pytest.mark.parametrize(
    ("text", "span", "year"),
    [
        ("in the first quarter of 2025", "Q1", 2025),
        ("in the first 6 months", "H1", None),
        ("in the first six months of the year", "H1", None),
        ("the past 9 months", "9M", None),
        ("results of 9 months' work", "9M", None),
        ("in 2024", "FY", 2024),
        ("au cours du premier semestre 2025", "H1", 2025),
        ("des 9 premiers mois", "9M", None),
        ("6 tháng đầu năm 2025", "H1", 2025),
        ("quý I/2025", "Q1", 2025),
        ("9 tháng năm 2025", "9M", 2025),
        ("the second quarter", "Q2", None),
    ],
)
def test_cumulative_phrases_name_their_span(text: str, span: str, year: int | None) -> None:
    phrase = only(text)
    assert (phrase.span, phrase.year) == (span, year)


@pytest.mark.parametrize(
    "text",
    [
        "in the first 4 months",
        "the last 3 months of 2025",
        "the six derniers mois",
        "6 tháng cuối năm",
        "in the 2021-2025 period",
        "over the past 5 years",
    ],
)
def test_spans_no_briefing_period_holds_are_kept_as_none(text: str) -> None:
    assert [p.span for p in find_period_phrases(text)] == [None]


@pytest.mark.parametrize("text", ["by October 12, 2025", "After 3 months of implementation"])
def test_dates_and_durations_are_no_periods(text: str) -> None:
    assert find_period_phrases(text) == []


def test_a_comparison_base_is_flagged() -> None:
    assert only("up 5% compared with the first quarter of 2024").comparison


def test_a_plan_is_flagged_forward() -> None:
    assert only("key tasks for the second quarter").forward


def test_the_main_period_is_the_commonest_short_span_not_the_year_of_goals() -> None:
    text = (
        "In the first quarter of 2025 the province grew. Goals in 2025 are set. "
        "The first quarter results; tasks in 2025; the first quarter."
    )
    phrases = find_period_phrases(text)
    assert main_period(phrases, article_year(phrases, None)) == Period.parse("2025-Q1")


def test_the_year_comes_from_the_publication_date_when_the_text_has_none() -> None:
    phrases = find_period_phrases("in the first 9 months the province grew")
    assert main_period(phrases, article_year(phrases, 2024)) == Period.parse("2024-9M")


def test_no_period_phrase_gives_no_main_period() -> None:
    assert main_period(find_period_phrases("The conference closed."), 2025) is None
