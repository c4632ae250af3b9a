"""The failure classes of the twelfth test set, opened after its sealed scores (thirteenth round).

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's.
"""

import pytest

from briefings.extraction.lexicon import find_mentions
from briefings.extraction.periods import find_period_phrases
from conftest import article_facts as facts

# The year of a plan a figure is a share of is the report's own, not a base year


def test_a_share_of_this_years_plan_does_not_move_the_report_a_year_on() -> None:
    text = (
        "Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 4,1%.\n"
        "Tổng mức bán lẻ hàng hóa ước đạt 12.345 tỷ đồng, tăng 9,2% so với cùng kỳ năm trước,"
        " đạt 51% kế hoạch năm 2023.\n"
    )
    found = facts(
        text,
        language="vi",
        published="2023-07",
        url="https://baohoabinh.com.vn/12/1/Ket-qua-6-thang-dau-nam-2023.htm",
        title="Kết quả phát triển kinh tế 6 tháng đầu năm 2023",
    )
    assert ("hoa-binh", "2023-H1", "grdp", "yoy_pct", 4.1) in found
    assert ("hoa-binh", "2023-H1", "retail_sales", "value", 12345.0) in found
    assert all(period == "2023-H1" for _, period, *_ in found)


# A cut-off on the last day of a span: the span up to it


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("Tính đến ngày 31/3/2025, thu ngân sách", "2025-Q1"),
        ("Tính đến hết ngày 30/6/2025, thu ngân sách", "2025-H1"),
        ("As of September 30, 2025, budget revenue", "2025-9M"),
        ("As of 31 December 2025, budget revenue", "2025-FY"),
        ("Au 30 juin 2025, les recettes", "2025-H1"),
    ],
)
def test_a_cut_off_on_the_last_day_of_a_span_names_that_span(phrase: str, span: str) -> None:
    [found] = find_period_phrases(phrase, 2025, 10)
    assert f"{found.year}-{found.span}" == span


def test_a_cut_off_on_another_day_names_no_span() -> None:
    assert find_period_phrases("As of November 20, budget revenue", 2025, 12) == []


def test_the_budget_as_of_the_end_of_march_is_the_first_quarters_not_the_years_target() -> None:
    text = (
        "Tỉnh Bình Phước đặt mục tiêu tăng trưởng 9% cho năm 2025. Tính đến ngày 31/3/2025,"
        " thu ngân sách nhà nước của tỉnh đạt 2.345 tỷ đồng, đạt 25% dự toán.\n"
    )
    found = facts(text, language="vi", published="2025-04-10")
    assert ("binh-phuoc", "2025-Q1", "budget_revenue", "value", 2345.0) in found


# "09 tháng": the span padded as official Vietnamese writes it; "ngày 6 tháng 7" is a date


def test_a_padded_number_of_months_is_the_span_and_a_day_of_a_month_is_none() -> None:
    spans = [(p.span, p.year) for p in find_period_phrases("09 tháng tăng 4,1% so cùng kỳ")]
    assert spans == [("9M", None)]
    assert [p.span for p in find_period_phrases("Ngày 6 tháng 7 năm 2024, UBND tỉnh")] == ["FY"]
    assert [p.span for p in find_period_phrases("trong 06 tháng đầu năm 2024")] == ["H1"]


def test_the_index_of_industrial_production_development_is_the_iip() -> None:
    text = "Chỉ số phát triển sản xuất công nghiệp 6 tháng đầu năm 2024 tăng 3,1% so với cùng kỳ."
    found = facts(text, language="vi", province="bac-lieu", published="2024-07-05")
    assert found == [("bac-lieu", "2024-H1", "iip", "yoy_pct", 3.1)]


# Growth at current prices is nominal: no growth rate of the economy


def test_the_growth_of_grdp_at_current_prices_is_no_growth_rate() -> None:
    text = (
        "Quý I/2025, GRDP của tỉnh Điện Biên theo giá hiện hành đạt 7.100 tỷ đồng, tăng 12,5%"
        " so với cùng kỳ năm 2024.\n"
    )
    found = facts(text, language="vi", published="2025-04-15")
    assert found == [("dien-bien", "2025-Q1", "grdp", "value", 7100.0)]


def test_growth_at_comparable_prices_after_a_level_at_current_prices_is_kept() -> None:
    text = (
        "In the first quarter of 2025, Dien Bien's GRDP at current prices reached VND 7,100"
        " billion and grew by 6.2% at comparative prices.\n"
    )
    found = facts(text, published="2025-04-15")
    assert ("dien-bien", "2025-Q1", "grdp", "yoy_pct", 6.2) in found


# Exporters with foreign capital are a part of the trade, no investment


@pytest.mark.parametrize(
    "part",
    [
        "Trong đó, các doanh nghiệp (DN) có vốn đầu tư nước ngoài đạt 1.100 triệu USD",
        "Trong đó, khu vực có vốn đầu tư nước ngoài đạt 1.100 triệu USD",
    ],
)
def test_exports_of_foreign_invested_firms_are_no_fdi(part: str) -> None:
    text = f"Năm 2024, kim ngạch xuất khẩu của tỉnh Bến Tre đạt 1.600 triệu USD. {part}.\n"
    found = facts(text, language="vi", published="2025-01-10")
    assert ("ben-tre", "2024-FY", "export", "value", 1600.0) in found
    assert not [fact for fact in found if fact[2] == "fdi_registered"]


def test_foreign_investment_attracted_is_still_fdi() -> None:
    text = "Năm 2024, Bến Tre thu hút vốn đầu tư nước ngoài đạt 300 triệu USD.\n"
    found = facts(text, language="vi", published="2025-01-10")
    assert found == [("ben-tre", "2024-FY", "fdi_registered", "value", 300.0)]


# The words "tổng sản phẩm trong nước" name the nation, whatever abbreviation follows


def test_domestic_product_in_words_is_the_nations_despite_a_grdp_abbreviation() -> None:
    [mention] = find_mentions("tổng sản phẩm trong nước (GRDP) tính chung 3 tháng tăng 3,1%")
    assert mention.national
    [mention] = find_mentions("the GDP of the province (GRDP) grew")
    assert not mention.national


# "had risen", "had fallen"; visitors of both kinds are all of them


def test_a_change_in_the_past_perfect_is_read() -> None:
    text = "In 2023, Tay Ninh's index of industrial production (IIP) had risen by 7.7 per cent.\n"
    found = facts(text, published="2023-12-20")
    assert found == [("tay-ninh", "2023-FY", "iip", "yoy_pct", 7.7)]


def test_domestic_and_foreign_tourists_are_the_arrivals() -> None:
    text = "In 2023, Tay Ninh province received 4.2 million domestic and foreign tourists.\n"
    found = facts(text, published="2023-12-20")
    assert found == [("tay-ninh", "2023-FY", "tourist_arrivals", "value", 4200000.0)]
