"""Period phrases: which span and year a report's words name (phrases invented for the tests)."""

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
        # "cumulés" between the span and its year (a 2024 year read as the publication's before)
        ("sur 9 mois cumulés de 2024", "9M", 2024),
        ("Sur 6 mois cumules en 2024", "H1", 2024),
        ("les trois premiers mois cumulés de l'année 2023", "Q1", 2023),
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


@pytest.mark.parametrize(
    ("text", "span", "year"),
    [
        ("from January to June 2024", "H1", 2024),
        ("in the January-September period", "9M", None),
        ("entre janvier et mars", "Q1", None),
        ("au 3e trimestre 2024", "Q3", 2024),
        ("in H1 of 2023", "H1", 2023),
        ("nửa đầu năm 2024", "H1", 2024),
        ("in the first quarter of this year", "Q1", 2025),
        ("3 tháng đầu năm nay", "Q1", 2025),
        ("au premier trimestre de cette année", "Q1", 2025),
    ],
)
def test_month_ranges_ordinals_and_this_year_name_their_span(
    text: str, span: str, year: int | None
) -> None:
    [phrase] = find_period_phrases(text, 2025)
    assert (phrase.span, phrase.year) == (span, year)


def test_a_range_of_months_no_period_holds_keeps_its_figures_out_until_another_period() -> None:
    [phrase] = find_period_phrases("In January-April, exports rose.")
    assert (phrase.span, phrase.sticky) == (None, True)


@pytest.mark.parametrize(
    ("text", "year"),
    [("last year", 2024), ("năm qua", 2024), ("l'année dernière", 2024), ("this year", 2025)],
)
def test_relative_years_count_from_the_publication(text: str, year: int) -> None:
    [phrase] = find_period_phrases(text, 2025)
    assert (phrase.span, phrase.year, phrase.relative) == ("FY", year, True)


@pytest.mark.parametrize(
    ("text", "span", "year"),
    [
        # a span of last year is that span, not the whole year (it was 2024-FY) nor this year's
        ("over the first nine months of last year", "9M", 2024),
        ("au premier semestre de l'an dernier", "H1", 2024),
        ("au premier semestre de l'année dernière", "H1", 2024),
        ("6 tháng đầu năm ngoái", "H1", 2024),
        ("6 tháng đầu năm trước", "H1", 2024),
        ("9 tháng năm trước", "9M", 2024),
        # a span ending in a named month, or of a fiscal year, takes that year (it took 2025)
        ("in the nine months to September 2024", "9M", 2024),
        ("in the first half of fiscal 2024", "H1", 2024),
    ],
)
def test_a_span_of_last_year_or_to_a_month_takes_that_year(text: str, span: str, year: int) -> None:
    [phrase] = find_period_phrases(text, 2025)
    assert (phrase.span, phrase.year) == (span, year)


def test_months_before_are_no_span_of_last_year() -> None:
    """ "6 tháng trước" is six months ago: never a span of last year."""
    assert all(p.year != 2024 for p in find_period_phrases("cách đây 6 tháng trước", 2025))


@pytest.mark.parametrize(
    "text",
    ["in the first months of the year", "từ đầu năm đến nay", "depuis le début de l'année"],
)
def test_spans_without_a_span_are_vague(text: str) -> None:
    [phrase] = find_period_phrases(text)
    assert phrase.vague and phrase.span is None


@pytest.mark.parametrize(
    "text",
    ["theo giá so sánh năm 2010", "at 2010 comparative prices", "tính từ năm 2022", "since 2022"],
)
def test_base_years_of_prices_and_starting_years_name_no_period(text: str) -> None:
    assert [p for p in find_period_phrases(text) if p.year] == []


def test_the_same_period_last_year_is_a_base_after_compared_and_a_subject_after_while() -> None:
    base, subject = find_period_phrases(
        "GRDP tăng 6% so với cùng kỳ năm trước, trong khi cùng kỳ năm ngoái chỉ tăng 4%."
    )
    assert base.comparison and not base.previous
    assert subject.previous and not subject.comparison


def test_a_year_after_the_publication_is_a_plan() -> None:
    [phrase] = find_period_phrases("En 2026, la province renforcera ses liens.", 2025)
    assert phrase.forward


@pytest.mark.parametrize(
    "text",
    [
        "đạt 48,2% kế hoạch năm 2025",
        "bằng 51% dự toán năm 2025",
        "reaching 62% of the plan for 2025",
    ],
)
def test_the_year_of_a_plan_a_figure_is_a_share_of_names_no_period(text: str) -> None:
    assert [p.comparison for p in find_period_phrases(text) if p.year == 2025] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "In September alone, exports",
        "in the month of June",
        "Trong tháng 9, kim ngạch",
        "riêng tháng 12",
        "au cours du seul mois de septembre",
        "en mars",
        "doanh thu tháng 4-2024 ước đạt",
        "chỉ số IIP tháng 11 năm 2024",
        "Với Hà Nam, tháng 8/2024, xuất khẩu",
    ],
)
def test_one_month_names_no_span(text: str) -> None:
    assert [p.span for p in find_period_phrases(text)] == [None]


@pytest.mark.parametrize(
    "text", ["by September 24", "on 24 tháng 9", "exports may reach", "in January-March"]
)
def test_dates_modal_may_and_ranges_are_no_single_months(text: str) -> None:
    assert all(p.span is not None for p in find_period_phrases(text, 2025))


def test_a_year_after_a_comparison_base_with_decimals_is_the_bases() -> None:
    text = "GRDP grew 8.1%, compared with 9.2% last year."
    assert [p.comparison for p in find_period_phrases(text, 2025)] == [True]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("in the first three quarters of 2025", "9M"),
        ("3 quý đầu năm 2025", "9M"),
        ("les trois premiers trimestres de 2025", "9M"),
        ("the first two quarters of 2025", "H1"),
        ("hai quý đầu năm 2025", "H1"),
    ],
)
def test_quarters_from_january_are_cumulative_spans(text: str, span: str) -> None:
    assert [(p.span, p.year) for p in find_period_phrases(text)] == [(span, 2025)]


@pytest.mark.parametrize(
    ("text", "spans"),
    [("xuất khẩu 9 tháng năm 2024 đạt", ["9M"]), ("xuất khẩu tính đến tháng 9/2024 đạt", [])],
)
def test_months_counted_or_reached_are_no_single_month(text: str, spans: list[str]) -> None:
    assert [p.span for p in find_period_phrases(text, 2024)] == spans
