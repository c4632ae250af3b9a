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
        ("lượng khách đến tỉnh", "tourist_arrivals"),
        ("total tourism turnover", "tourism_revenue"),
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
            "Cette année, le tourisme a rapporté 95.000 milliards de dôngs.",
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
            "Les recettes fiscales de la province se sont élevées à 410.000 milliards de dôngs.",
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
        ("Không tính khai khoáng, GRDP toàn tỉnh tăng mạnh 8,6%.", "vi"),
        ("Hors pétrole, le PIBR a progressé de 6,9%.", "fr"),
        (
            "The processing sector made a large contribution to economic growth, with a rate"
            " of 9.1%.",
            "en",
        ),
        (
            "Khai khoáng (chiếm 41,2% trong GRDP toàn tỉnh) giảm 9,3%.",
            "vi",
        ),
        ("Services, accounting for 38.5% of GRDP, rose 7.7%.", "en"),
        (
            "Khu vực dịch vụ tăng 5,5%, đóng góp 2,1 điểm % vào mức tăng GRDP (cùng kỳ tăng 6%).",
            "vi",
        ),
    ],
)
def test_exclusions_shares_and_contributions_give_no_headline_growth(
    text: str, language: str
) -> None:
    assert [f for f in facts(text, language) if f[0] == "grdp"] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rice exports reached 300,000 tonnes worth $180 million.", "en"),
        ("Exports to the US rose 25%.", "en"),
        ("Exports of electronics rose 18%.", "en"),
        ("The number of international visitors reached 1.2 million.", "en"),
        ("FDI disbursement reached $300 million.", "en"),
        ("Xuất khẩu sang Hoa Kỳ tăng 25%.", "vi"),
        ("Kim ngạch xuất khẩu gạo đạt 120 triệu USD.", "vi"),
        ("Khách du lịch quốc tế đạt 500 nghìn lượt, tăng 30%.", "vi"),
        ("Vốn FDI giải ngân đạt 200 triệu USD.", "vi"),
        ("Les exportations de riz ont atteint 90 millions de dollars.", "fr"),
        ("Les exportations vers l'UE ont augmenté de 11%.", "fr"),
    ],
)
def test_parts_of_an_indicator_are_not_the_indicator(text: str, language: str) -> None:
    assert facts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Total domestic and international visitors reached 5.2 million.", "en"),
        ("Tổng lượt khách du lịch trong nước và quốc tế đạt 5,2 triệu lượt.", "vi"),
    ],
)
def test_all_visitors_together_are_the_arrivals(text: str, language: str) -> None:
    assert facts(text, language) == [("tourist_arrivals", "value", 5_200_000.0)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The province earned US$2 billion from exports.", "en", ("export", "value", 2000.0)),
        (
            "Foreign investors poured $900 million into the province.",
            "en",
            ("fdi_registered", "value", 900.0),
        ),
        (
            "Thu hút đầu tư nước ngoài được 45 dự án với tổng vốn đăng ký 600 triệu USD.",
            "vi",
            ("fdi_registered", "value", 600.0),
        ),
        (
            "Le volume des échanges commerciaux a atteint 10 milliards de dollars.",
            "fr",
            ("import_export", "value", 10000.0),
        ),
        ("Two-way trade reached $10 billion.", "en", ("import_export", "value", 10000.0)),
        ("Kinh tế của tỉnh tăng trưởng 8,5%.", "vi", ("grdp", "yoy_pct", 8.5)),
        ("Its growth rate was 7.5%.", "en", ("grdp", "yoy_pct", 7.5)),
    ],
)
def test_more_ways_to_name_an_indicator(
    text: str, language: str, expected: tuple[str, str, float]
) -> None:
    assert facts(text, language) == [expected]


@pytest.mark.parametrize(
    ("name", "indicator", "growth"),
    [
        ("tốc độ tăng tổng sản phẩm trên địa bàn", "grdp", True),
        ("l'économie de la province a progressé", "grdp", True),
        ("budget receipts", "budget_revenue", False),
        ("outbound shipments", "export", False),
        ("tourism earnings", "tourism_revenue", False),
        ("chiffre d'affaires touristique", "tourism_revenue", False),
        ("holidaymakers", "tourist_arrivals", False),
        ("disbursed public investment capital", "public_investment_disbursed", False),
    ],
)
def test_less_common_names_of_the_indicators(name: str, indicator: str, growth: bool) -> None:
    [mention] = [m for m in find_mentions(name) if not m.blocks]
    assert (mention.indicator, mention.growth) == (indicator, growth)


def test_registered_capital_of_fdi_projects_is_the_fdi() -> None:
    text = "The province attracted 50 FDI projects with total registered capital of $1.2 billion."
    assert facts(text, "en") == [("fdi_registered", "value", 1200.0)]
    assert facts("Newly registered capital of enterprises reached VND 20 trillion.", "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kim ngạch xuất nhập khẩu qua các cửa khẩu đạt 1,2 tỷ USD.", "vi"),
        ("Imports and exports through border gates reached $1.2 billion.", "en"),
        ("Les exportations via les postes-frontières ont atteint 1,2 milliard de dollars.", "fr"),
    ],
)
def test_trade_through_a_border_gate_is_not_the_provinces(text: str, language: str) -> None:
    assert facts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thu từ hoạt động xuất nhập khẩu đạt 2.000 tỷ đồng, tăng 5%.", "vi"),
        ("Thu ngân sách từ xuất nhập khẩu đạt 1.000 tỷ đồng, tăng 12%.", "vi"),
        ("Revenue from import-export activities rose 5%.", "en"),
    ],
)
def test_revenue_from_trade_is_no_trade(text: str, language: str) -> None:
    assert facts(text, language) == []


def test_visitors_from_one_side_only_are_no_arrivals() -> None:
    text = "Năm nay, tỉnh đón 1,2 triệu lượt khách quốc tế và 8 triệu lượt khách nội địa."
    assert [f for f in facts(text, "vi") if f[0] == "tourist_arrivals"] == []


def test_visitors_from_both_sides_are_arrivals() -> None:
    text = "Năm nay, tỉnh đón 9,2 triệu lượt khách quốc tế và nội địa."
    assert facts(text, "vi") == [("tourist_arrivals", "value", 9_200_000)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Local budget revenue was estimated at VND 4,100 billion, up 12%.", "en"),
        ("Thu ngân sách địa phương ước đạt 4.100 tỷ đồng, tăng 12%.", "vi"),
        ("Les recettes budgétaires locales ont atteint 4.100 milliards de dôngs.", "fr"),
    ],
)
def test_the_local_budgets_share_is_not_the_state_budget_revenue(text: str, language: str) -> None:
    assert [f for f in facts(text, language) if f[0] == "budget_revenue"] == []


def test_revenue_from_imports_and_exports_is_a_budget_part_not_trade() -> None:
    text = "Revenue from imports and exports reached VND 3,200 billion, up 14.5% year-on-year."
    assert facts(text, "en") == []
