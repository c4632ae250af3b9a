"""Properties of period and province parsing, for any text (hypothesis, bounded).

Any string is a Period or a PeriodError, a known slug or None, a Province or a
GeographyError, never another exception; every way a person writes a real name (case,
spacing, diacritics or not, NFC or NFD) reads as that name.
"""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.domain.geography import NATION_SLUG, load_geography
from briefings.domain.periods import Period
from briefings.errors import GeographyError, PeriodError

BOUNDED = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GEOGRAPHY = load_geography()
SPANS = ("Q1", "Q2", "Q3", "Q4", "H1", "9M", "FY")
NAMES = sorted(
    {
        name
        for province in (*GEOGRAPHY.former.values(), *GEOGRAPHY.current.values())
        for name in (province.slug, province.name_vi, province.name_en)
    }
)
KNOWN = {*GEOGRAPHY.former, *GEOGRAPHY.current, NATION_SLUG}
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


@BOUNDED
@given(TEXT)
def test_any_text_is_a_period_or_a_period_error(text: str) -> None:
    try:
        period = Period.parse(text)
    except PeriodError as error:
        assert "is not a period" in error.one_line()
        return
    if period.year >= 1000:
        assert Period.parse(period.label) == period


@BOUNDED
@given(
    st.integers(1000, 9999),  # years before 1000 label as "1-Q1": config and tables refuse them
    st.sampled_from(SPANS),
    st.sampled_from(["-", "", " - ", " "]),
    st.booleans(),
    st.text(" \t", max_size=2),
)
def test_a_period_reads_the_same_in_any_case_and_spacing(
    year: int, span: str, dash: str, lower: bool, pad: str
) -> None:
    text = f"{pad}{year:04d}{dash}{span.lower() if lower else span}{pad}"
    if dash == " " and not pad:
        text = f"{year:04d} {span}"
    period = Period.parse(text)
    assert period.label == f"{year:04d}-{span}"
    assert period.end.year == year and period.previous_year().year == year - 1


@BOUNDED
@given(TEXT)
def test_any_text_is_a_known_slug_or_none_and_a_province_or_a_geography_error(
    text: str,
) -> None:
    slug = GEOGRAPHY.canonical_slug(text)
    assert slug is None or slug in KNOWN
    for period in (None, Period.parse("2024-FY"), Period.parse("2025-9M")):
        try:
            province = GEOGRAPHY.resolve(text, period)
        except GeographyError as error:
            assert error.fix  # every refusal says how to fix it
            continue
        assert province.slug == slug


def _variants(name: str) -> st.SearchStrategy[str]:
    spaced = st.sampled_from([name, f"  {name} ", name.replace(" ", "  "), name.replace(" ", "-")])
    cased = spaced.flatmap(lambda n: st.sampled_from([n, n.upper(), n.lower(), n.title()]))
    return cased.flatmap(
        lambda n: st.sampled_from([unicodedata.normalize(form, n) for form in ("NFC", "NFD")])
    )


@BOUNDED
@given(st.sampled_from(NAMES).flatmap(lambda name: st.tuples(st.just(name), _variants(name))))
def test_every_spelling_of_a_real_name_reads_as_that_name(pair: tuple[str, str]) -> None:
    name, variant = pair
    assert GEOGRAPHY.canonical_slug(variant) == GEOGRAPHY.canonical_slug(name) is not None
