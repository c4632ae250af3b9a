"""The failure classes of the fourteenth test set, opened after its sealed scores (round 15).

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's.
"""

from briefings.extraction.periods import find_period_phrases
from conftest import article_facts as facts

# Periods


def test_the_implementation_of_a_years_tasks_reviews_that_year() -> None:
    [reviewed] = find_period_phrases(
        "the report on the implementation of socio-economic development tasks in 2025"
    )
    [planned] = find_period_phrases("the key socio-economic development tasks in 2026")
    assert (reviewed.year, reviewed.forward) == (2025, False)
    assert (planned.year, planned.forward) == (2026, True)


def test_a_december_review_of_a_years_tasks_before_the_next_years_is_that_year() -> None:
    text = (
        "Estimated GRDP growth rate reached 7.45%\n"
        "Presenting the report on the implementation of socio-economic development tasks in"
        " 2025 and the direction of tasks in 2026, the vice chairman said the growth rate of"
        " GRDP is estimated at 7.45%.\n"
    )
    found = facts(text, province="ha-giang", published="2025-12-09")
    assert ("ha-giang", "2025-FY", "grdp", "yoy_pct", 7.45) in found
    assert {fact[1] for fact in found} == {"2025-FY"}


def test_a_month_in_words_is_one_month_not_the_span_of_the_report() -> None:
    text = (
        "Trong tháng Chín, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 412,3"
        " nghìn tỷ đồng. Tính chung 9 tháng, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"
        " tiêu dùng tăng 8,7% so với cùng kỳ năm trước.\n"
    )
    found = facts(text, province="vietnam", published="2023-10-02", language="vi")
    assert found == [("vietnam", "2023-9M", "retail_sales", "yoy_pct", 8.7)]


# Words around a figure


def test_a_qualified_conversion_in_brackets_is_no_figure_of_its_own() -> None:
    text = (
        "In the first nine months of 2025, its export turnover reached US$1.8 billion (around"
        " VND 45.6 trillion), marking a 12.45 per cent increase year-on-year.\n"
    )
    found = facts(text, province="an-giang", published="2025-10-12")
    assert found == [
        ("an-giang", "2025-9M", "export", "value", 1800.0),
        ("an-giang", "2025-9M", "export", "yoy_pct", 12.45),
    ]


def test_a_total_named_after_and_is_a_subject_of_its_own() -> None:
    text = (
        "In 2025, state budget revenue totalled VND 12.34 trillion (about $485 million), and"
        " total social investment increased 6.6%.\n"
    )
    found = facts(text, province="an-giang", published="2026-01-08")
    assert found == [("an-giang", "2025-FY", "budget_revenue", "value", 12340.0)]


def test_gdrp_is_a_slip_of_the_pen_for_grdp() -> None:
    text = "Quý I/2024, GDRP tỉnh Lai Châu ước tăng 5,43% so với cùng kỳ năm trước.\n"
    found = facts(text, province="lai-chau", published="2024-04-05", language="vi")
    assert found == [("lai-chau", "2024-Q1", "grdp", "yoy_pct", 5.43)]


def test_travel_agencies_revenue_is_no_tourism_revenue() -> None:
    text = (
        "Năm 2023, doanh thu du lịch lữ hành đạt 9,8 nghìn tỷ đồng, giảm 1,2% so với năm"
        " trước. Ngành du lịch lữ hành tăng trưởng mạnh, doanh thu ước đạt 4,5 nghìn tỷ đồng.\n"
    )
    assert facts(text, province="vietnam", published="2024-01-06", language="vi") == []


# Provinces listed with one indicator


def test_a_breakdown_by_province_gives_the_indicator_named_before_it() -> None:
    text = (
        "Tính chung 6 tháng năm 2024, doanh thu bán lẻ hàng hóa tăng 8,1% so với cùng kỳ năm"
        " trước. Về địa phương, Hải Phòng tăng 10,2%. Kế đến là Quảng Ninh tăng 9,3%, Đồng Nai"
        " tăng 8,8%.\n"
    )
    found = facts(text, published="2024-07-06", language="vi")
    assert ("hai-phong", "2024-H1", "retail_sales", "yoy_pct", 10.2) in found
    assert ("quang-ninh", "2024-H1", "retail_sales", "yoy_pct", 9.3) in found
    assert ("dong-nai", "2024-H1", "retail_sales", "yoy_pct", 8.8) in found


def test_a_rate_both_provinces_share_is_each_ones() -> None:
    text = (
        "Doanh thu bán lẻ hàng hóa quý I/2024 của một số địa phương như sau: Hải Phòng tăng"
        " 9,2%; Khánh Hòa và Long An cùng tăng 8,4%; Bình Dương, Đồng Nai, Cần Thơ cùng tăng"
        " 6,5%.\n"
    )
    found = facts(text, published="2024-04-06", language="vi")
    for slug in ("khanh-hoa", "long-an"):
        assert (slug, "2024-Q1", "retail_sales", "yoy_pct", 8.4) in found
    for slug in ("binh-duong", "dong-nai", "can-tho"):
        assert (slug, "2024-Q1", "retail_sales", "yoy_pct", 6.5) in found


def test_provinces_that_all_grew_by_one_rate_each_have_it_in_french() -> None:
    text = (
        "En 2025, Hue, Can Tho et Dong Nai ont toutes connu une croissance de 9,5 % de leur PIBR.\n"
    )
    found = facts(text, published="2026-01-10", language="fr")
    for slug in ("hue", "can-tho", "dong-nai"):
        assert (slug, "2025-FY", "grdp", "yoy_pct", 9.5) in found


def test_a_rate_far_from_two_names_is_the_nearest_ones_only() -> None:
    text = (
        "Bắc Giang, Trà Vinh là địa phương có tăng trưởng GRDP cao thứ 2 cả nước với mức tăng"
        " 9,48% trong quý III/2023.\n"
    )
    found = facts(text, published="2023-10-06", language="vi")
    assert ("tra-vinh", "2023-Q3", "grdp", "yoy_pct", 9.48) in found
    assert ("bac-giang", "2023-Q3", "grdp", "yoy_pct", 9.48) not in found
