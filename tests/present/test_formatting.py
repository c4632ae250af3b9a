import math

import pytest

from briefings.domain.periods import Period
from briefings.present.formatting import (
    axis_format,
    citation_ranges,
    cite,
    fmt_percent,
    fmt_period,
    fmt_period_basis,
    fmt_period_short,
    fmt_rank,
    fmt_value,
    linked,
)


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (20699.5, "VND billion", "VND 20.7 tn"),
        (912.35, "VND billion", "VND 912.4 bn"),
        (182_000, "USD million", "USD 182.0 bn"),
        (1299, "USD million", "USD 1.3 bn"),
        (364.2, "USD million", "USD 364.2 m"),
        (5852, "USD", "USD 5,852"),
        (98.5, "VND million", "VND 98.5 m"),
        (21_280_000, "arrivals", "21.3 million arrivals"),
        (850_000, "arrivals", "850,000 arrivals"),
        (65.6, "score", "65.60"),
        (104.23, "index", "104.2"),
    ],
)
def test_levels_are_scaled_with_one_precision_per_measure(
    value: float, unit: str, text: str
) -> None:
    assert fmt_value(value, unit) == text


def test_growth_is_printed_to_two_decimals_with_its_sign() -> None:
    assert fmt_percent(13.85) == "+13.85%"
    assert fmt_percent(-4.75) == "−4.75%"
    assert fmt_percent(77.0) == "+77.00%"
    assert fmt_percent(10.3) == "+10.30%"


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


def test_an_axis_of_levels_uses_one_scale_for_every_tick() -> None:
    tick = axis_format("VND billion", 24_000)
    assert [tick(v) for v in (0, 500, 20_000)] == ["VND 0 tn", "VND 0.5 tn", "VND 20 tn"]
    small = axis_format("USD million", 800)
    assert small(400) == "USD 400 m"
    assert axis_format("arrivals", 21_000_000)(5_000_000) == "5 million"


def test_runs_of_citations_become_ranges_linked_to_the_appendix() -> None:
    assert citation_ranges([7, 2, 3, 4, 9, 3]) == [(2, 4), (7, 7), (9, 9)]
    assert str(cite([2, 3, 4, 9])) == (
        '<a class="cite" href="#src-2">[2–4]</a><a class="cite" href="#src-9">[9]</a>'
    )


def test_prose_citations_become_links_and_the_rest_is_escaped() -> None:
    text = str(linked("GRDP <b>grew</b> +8.02% [3]."))
    assert text == 'GRDP &lt;b&gt;grew&lt;/b&gt; +8.02% <a class="cite" href="#src-3">[3]</a>.'


def test_a_value_formatted_before_in_another_language_or_type_is_formatted_anew() -> None:
    import numpy as np

    from briefings.present.formatting import fmt_date, fmt_number
    from briefings.present.i18n import use_language

    english = (fmt_percent(8.02), fmt_number(20699.5), fmt_date("2026-01-06"))
    with use_language("vi"):
        vietnamese = (fmt_percent(8.02), fmt_number(20699.5), fmt_date("2026-01-06"))
    assert english == ("+8.02%", "20,699.5", "January 6, 2026")
    assert vietnamese == ("+8,02%", "20.699,5", "6 tháng 1 năm 2026")
    assert (fmt_percent(8.02), fmt_number(20699.5)) == english[:2]  # kept, per language
    assert fmt_number(np.float64(20699.5)) == fmt_number(20699.5)
    assert fmt_number(3) == "3" and fmt_number(3.0) == "3"


def test_names_are_listed_as_a_reader_writes_them() -> None:
    from briefings.present.formatting import fmt_names
    from briefings.present.i18n import use_language

    assert [fmt_names(n) for n in ([], ["A"], ["A", "B"], ["A", "B", "C"])] == [
        "", "A", "A and B", "A, B and C",
    ]  # fmt: skip
    with use_language("vi"):
        assert fmt_names(["Hà Nội", "Huế"]) == "Hà Nội và Huế"
