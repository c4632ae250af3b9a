"""Indicator names in three languages, and the names that are no subject of the figure after them.

Sentences and figures are invented for the tests (synthetic values).
"""

from __future__ import annotations

import pytest

from briefings.domain.periods import Period
from briefings.extraction import ArticleMeta, extract_facts
from briefings.extraction.lexicon import find_mentions


def facts(text: str, language: str) -> list[tuple[str, str, float]]:
    meta = ArticleMeta(
        "t.txt",
        province="cao-bang",
        period=Period.parse("2025-9M"),
        language=language,  # type: ignore[arg-type]
    )
    return [(c.indicator, c.measure, c.value) for c in extract_facts(text, meta).candidates]


@pytest.mark.parametrize(
    ("name", "indicator"),
    [
        ("les recettes fiscales", "budget_revenue"),
        ("tổng thu NSNN", "budget_revenue"),
        ("l'indice de production de la province", "iip"),
        ("l'IPI", "iip"),
        ("chỉ số sản xuất toàn ngành công nghiệp", "iip"),
        ("the industrial output index", "iip"),
        ("le chiffre d'affaires du commerce de détail", "retail_sales"),
        ("les ventes de détail", "retail_sales"),
    ],
)
def test_names_reports_use_for_the_indicators(name: str, indicator: str) -> None:
    assert [m.indicator for m in find_mentions(name) if not m.blocks][:1] == [indicator]


def test_production_indices_of_other_sectors_are_not_the_iip() -> None:
    assert [m.indicator for m in find_mentions("l'indice de production agricole")] != ["iip"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le tourisme a généré 95.000 milliards de dôngs.",
            "fr",
            ("tourism_revenue", "value", 95000.0),
        ),
        ("Tourism generated VND 12 trillion.", "en", ("tourism_revenue", "value", 12000.0)),
        (
            "Ngành du lịch thu về 8.500 tỷ đồng.",
            "vi",
            ("tourism_revenue", "value", 8500.0),
        ),
        (
            "Les recettes fiscales ont dépassé les 410.000 milliards de dôngs.",
            "fr",
            ("budget_revenue", "value", 410000.0),
        ),
    ],
)
def test_tourism_earning_and_tax_receipts_are_their_indicators(
    text: str, language: str, expected: tuple[str, str, float]
) -> None:
    assert facts(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Excluding oil and gas, GRDP grew 7.4%.", "en"),
        ("Nếu không tính ngành dầu khí, GRDP của tỉnh vẫn tăng mạnh 8,6%.", "vi"),
        ("Hors pétrole, le PIBR a progressé de 6,9%.", "fr"),
        (
            "The industry sector grew 9.1%, contributing significantly to economic growth with a"
            " growth rate of 9.1%.",
            "en",
        ),
        (
            "Ngành khai khoáng (chiếm tỷ trọng 41,2% trong tổng cơ cấu GRDP của tỉnh) giảm 9,3%.",
            "vi",
        ),
        ("Services, accounting for 38.5% of GRDP, rose 7.7%.", "en"),
    ],
)
def test_exclusions_shares_and_contributions_give_no_headline_growth(
    text: str, language: str
) -> None:
    assert [f for f in facts(text, language) if f[0] == "grdp"] == []
