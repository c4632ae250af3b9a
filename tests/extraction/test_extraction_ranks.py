"""Ranks among the provinces: how they are said, which are none, and what they rank.

Sentences and figures are invented for the tests (synthetic values).
"""

from __future__ import annotations

import pytest

from briefings.domain.periods import Period
from briefings.extraction import ArticleMeta, extract_facts
from briefings.extraction.ranks import LAST, find_ranks

SINGLE = ArticleMeta("t.txt", province="cao-bang", period=Period.parse("2024-H1"))


def ranks(text: str, meta: ArticleMeta = SINGLE) -> list[tuple[str, str, float, str]]:
    found = extract_facts(text, meta).candidates
    return [(c.province, c.indicator, c.value, c.unit) for c in found if c.measure == "rank"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("se classe au quatrième rang du pays", 4),
        ("se classant seulement 27e sur 63 localités", 27),
        ("classée 52e.", 52),
        ("took fifth place nationwide", 5),
        ("the third highest in the country", 3),
        ("vẫn xếp thứ 7 cả nước", 7),
        ("ở vị trí 12/63 tỉnh, thành phố", 12),
        ("tiếp tục đứng đầu cả nước", 1),
        ("dẫn đầu về tốc độ tăng trưởng cả nước", 1),
        ("le taux de croissance le plus élevé du pays", 1),
        ("the highest growth rate in the country", 1),
        ("thấp nhất cả nước", LAST),
        ("the lowest growth nationwide", LAST),
        ("le plus bas du pays", LAST),
    ],
)
def test_ordinals_superlatives_and_fractions_are_ranks(text: str, number: int) -> None:
    assert [r.rank for r in find_ranks(text)] == [number]


@pytest.mark.parametrize(
    "text",
    [
        "cao thứ hai giai đoạn 5 năm 2020-2024",
        "the second highest in five years",
        "le deuxième plus élevé depuis 2019",
    ],
)
def test_a_rank_in_time_is_no_rank_among_provinces(text: str) -> None:
    assert [r.scope for r in find_ranks(text)] in ([], ["temporal"])


@pytest.mark.parametrize(
    "text",
    [
        "se classant au premier rang parmi les provinces de la partie Nord du Centre",
        "xếp thứ 2 vùng Bắc Trung Bộ",
        "ranked third among the provinces of the Mekong Delta",
    ],
)
def test_regional_ranks_are_flagged(text: str) -> None:
    assert [r.scope for r in find_ranks(text)] == ["regional"]


def test_the_last_place_is_the_size_of_the_ranking() -> None:
    text = "GRDP của Cao Bằng giảm 1,2%, thấp nhất cả nước."
    meta = ArticleMeta("t.txt", province="cao-bang", period=Period.parse("2024-H1"), language="vi")
    assert ranks(text, meta) == [("cao-bang", "grdp", 63.0, "rank/63")]


@pytest.mark.parametrize(
    "text",
    [
        # the growth it ranks is said later in the sentence
        "In the first half, the province ranked 9th nationwide and first in the region in terms"
        " of growth rate.",
        # ... or in the clause before a semicolon
        "Regionally, GRDP growth placed the province 2nd of 11 localities; nationally it ranked"
        " 9th of 63 provinces.",
    ],
)
def test_a_rank_takes_its_subject_from_the_sentence_or_the_clause_before(text: str) -> None:
    assert ranks(text) == [("cao-bang", "grdp", 9.0, "rank/63")]


def test_the_nation_has_no_rank_among_provinces() -> None:
    text = "GDP grew 6.4% in the first half, ranking second nationwide."
    meta = ArticleMeta("t.txt", province="vietnam", period=Period.parse("2024-H1"))
    assert ranks(text, meta) == []


def test_a_rank_of_a_stock_is_no_rank_of_the_period() -> None:
    text = (
        "The province has 210 valid FDI projects with total registered capital of USD 9 billion,"
        " ranking 8th in the country."
    )
    assert ranks(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cao Bang's GRDP grew 11.01 per cent, topping the country.",
        "Cao Bằng dẫn đầu cả nước với mức tăng 11,01%.",
        "Cao Bang a enregistré une croissance de 11,01%, se hissant à la première place du pays.",
    ],
)
def test_a_lead_without_a_named_indicator_ranks_the_growth_beside_it(text: str) -> None:
    language = "vi" if "ẫ" in text else "fr" if "hissant" in text else "en"
    meta = ArticleMeta(
        "t.txt",
        province="cao-bang",
        period=Period.parse("2024-H1"),
        language=language,  # type: ignore[arg-type]
    )
    assert ranks(text, meta) == [("cao-bang", "grdp", 1.0, "rank/63")]


def test_a_rank_may_name_its_province_as_object() -> None:
    text = "The GRDP growth rate was 8.2 per cent, ranking the province 12th out of 63 localities."
    assert ranks(text) == [("cao-bang", "grdp", 12.0, "rank/63")]
