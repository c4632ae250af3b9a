"""Failure classes written down as patterns (round 24, on the opened sixteenth set): relative
years ("last year", "this year", "next year"), the words that make a figure a target or no
target, counts after an amount, regions that are no province, sentences that open with their
span, and Vietnamese amounts written in two scale words.

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's. The rules were measured on the sealed sets
only once, after they were written.
"""

import pytest

from briefings.extraction.numbers import find_quantities
from briefings.extraction.periods import find_period_phrases
from conftest import article_facts as facts

# -- relative years ---------------------------------------------------------------------------


def test_more_than_a_figure_before_last_year_is_a_quantifier_not_a_comparison() -> None:
    text = (
        "Khánh Hòa received more than 7.3 million overnight visitors last year, up 21% from 2023."
    )
    found = facts(text + "\n", published="2025-01-08")
    assert ("khanh-hoa", "2024-FY", "tourist_arrivals", "value", 7300000.0) in found
    assert ("khanh-hoa", "2024-FY", "tourist_arrivals", "yoy_pct", 21.0) in found


def test_a_comparison_with_a_figure_before_last_year_still_is_one() -> None:
    text = "arrivals rose 9%, higher than 4.1 million last year"
    (phrase,) = find_period_phrases(text, 2025, 1)
    assert phrase.comparison


def test_next_year_dates_a_plan() -> None:
    text = (
        "En 2023, Hanoï a accueilli 19 millions de visiteurs, soit une hausse de 12 %. "
        "L'année prochaine, Hanoï vise 21 millions de visiteurs."
    )
    found = facts(text + "\n", published="2023-12-20", language="fr")
    assert ("ha-noi", "2024-FY", "tourist_arrivals", "target_value", 21000000.0) in found
    assert ("ha-noi", "2023-FY", "tourist_arrivals", "value", 19000000.0) in found


def test_this_year_outvotes_a_year_looked_back_on() -> None:
    text = (
        "Tourism in Phu Yen keeps growing. In 2021, the province welcomed 1.1 million tourists,"
        " and this year, the number is expected to reach 2.6 million, achieving 104% of the"
        " annual target, a 17% increase compared to 2023. The total revenue from tourism is"
        " estimated at 5 trillion VND, up 28% compared to 2023."
    )
    found = facts(text + "\n", published="2024-12-05")
    assert ("phu-yen", "2021-FY", "tourist_arrivals", "value", 1100000.0) in found
    assert ("phu-yen", "2024-FY", "tourist_arrivals", "value", 2600000.0) in found
    assert ("phu-yen", "2024-FY", "tourist_arrivals", "yoy_pct", 17.0) in found
    assert ("phu-yen", "2024-FY", "tourism_revenue", "value", 5000.0) in found
    assert ("phu-yen", "2024-FY", "tourism_revenue", "yoy_pct", 28.0) in found


def test_last_year_said_of_a_base_does_not_date_the_report() -> None:
    text = (
        "Hà Nội's industrial production index (IIP) rose 6.1 per cent in the first nine months"
        " of this year."
        " Mining grew 2 per cent (versus 3.4 per cent in 2024) after a decline last year, and"
        " water supply rose 4 per cent after a 1.2 per cent fall last year."
    )
    found = facts(text + "\n", published="2025-10-06")
    assert ("ha-noi", "2025-9M", "iip", "yoy_pct", 6.1) in found


def test_the_year_after_a_comparison_beats_an_older_year_looked_back_on() -> None:
    text = (
        "9 tháng đầu năm, tổng thu ngân sách của Thái Bình ước đạt 12.400 tỷ đồng. Kim ngạch"
        " xuất khẩu ước đạt 2.100 triệu USD, giảm 3,1% so với cùng kỳ năm 2022. Đặc biệt, năm"
        " 2021, tỉnh thu hút 6 dự án FDI với tổng vốn 310 triệu USD."
    )
    found = facts(text + "\n", published="2023-09-28", language="vi")
    assert ("thai-binh", "2023-9M", "budget_revenue", "value", 12400.0) in found
    assert ("thai-binh", "2023-9M", "export", "yoy_pct", -3.1) in found


# -- targets, and words that make none --------------------------------------------------------


@pytest.mark.parametrize("verb", ["hopes to welcome", "eyes", "seeks to welcome"])
def test_hoping_and_eyeing_are_targets(verb: str) -> None:
    text = (
        f"Khánh Hòa {verb} 9.5 million tourists this year. The province received 8.1 million"
        " visitors last year, up 14% from 2023."
    )
    found = facts(text + "\n", published="2025-01-08")
    assert ("khanh-hoa", "2025-FY", "tourist_arrivals", "target_value", 9500000.0) in found
    assert ("khanh-hoa", "2024-FY", "tourist_arrivals", "value", 8100000.0) in found


def test_targets_such_as_list_the_indicators_reached() -> None:
    text = (
        "By the end of 2024, all socio-economic targets of Khanh Hoa province were met. There are"
        " important targets such as the total product in the province (GRDP) in 2024 is"
        " estimated to increase by 8.4% compared to 2023."
    )
    found = facts(text + "\n", published="2024-12-28")
    assert ("khanh-hoa", "2024-FY", "grdp", "yoy_pct", 8.4) in found
    assert not [f for f in found if f[3].startswith("target")]


def test_a_result_against_the_target_is_no_target() -> None:
    text = (
        "9 tháng năm 2024, tại Bến Tre, công tác thu ngân sách đạt khá cao so với chỉ tiêu, ước"
        " đạt 3.600 tỷ đồng, tăng 11,2% so với cùng kỳ."
    )
    found = facts(text + "\n", published="2024-10-02", language="vi")
    assert ("ben-tre", "2024-9M", "budget_revenue", "value", 3600.0) in found
    assert ("ben-tre", "2024-9M", "budget_revenue", "yoy_pct", 11.2) in found


def test_a_double_digit_bar_is_no_rate() -> None:
    text = (
        "In 2024, Khanh Hoa's GRDP grew 10.4%. It is the third year that the province has"
        " achieved a double-digit GRDP growth rate (over 10%)."
    )
    found = facts(text + "\n", published="2024-12-28")
    assert [f for f in found if f[3] == "yoy_pct"] == [
        ("khanh-hoa", "2024-FY", "grdp", "yoy_pct", 10.4)
    ]


# -- counts, amounts and what a sentence speaks of --------------------------------------------


def test_a_count_named_after_a_conversion_is_no_dollar_amount() -> None:
    text = (
        "In 2024, Tây Ninh's tourism revenue amounted to VNĐ1.9 trillion (US$75 million) and the"
        " number of tourists reached around 4.2 million."
    )
    found = facts(text + "\n", published="2025-01-06")
    assert ("tay-ninh", "2024-FY", "tourism_revenue", "value", 1900.0) in found
    assert ("tay-ninh", "2024-FY", "tourist_arrivals", "value", 4200000.0) in found


def test_a_listed_amount_still_takes_the_currency_before_it() -> None:
    (first, second) = find_quantities("Bình Dương (3,1 tỷ USD), Hải Phòng (2,7 tỷ)", "vi")
    assert (first.currency, second.currency) == ("USD", "USD")


@pytest.mark.parametrize(
    ("written", "number", "currency"),
    [("3 tỷ 120 triệu USD", 3120, "USD"), ("2 nghìn tỷ 45 tỷ đồng", 2045, "VND")],
)
def test_an_amount_in_two_scale_words_is_one_amount(
    written: str, number: int, currency: str
) -> None:
    (quantity,) = [q for q in find_quantities(f"Kim ngạch ước đạt {written}.", "vi")]
    assert (quantity.number, quantity.currency) == (number, currency)


def test_the_city_points_back_to_the_city_not_to_a_province_compared() -> None:
    text = (
        "In 2025, Hai Phong City held a meeting to reach this year's growth target of 11%.\n"
        "The director said that the Government assigned Hai Phong to grow by 11%. This growth"
        " rate ranked 3rd in the country, after Bac Giang (12.1%) and Ninh Thuan (11.6%).\n"
        "The city also set a number of targets for 2025, such as: attracting foreign direct"
        " investment (FDI) of 3.1 billion USD."
    )
    found = facts(text + "\n", published="2025-02-10")
    assert ("hai-phong", "2025-FY", "fdi_registered", "target_value", 3100.0) in found
    assert not [f for f in found if f[2] == "fdi_registered" and f[0] != "hai-phong"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tăng trưởng GRDP của vùng ước đạt 8,2%.",
        "Tổng thu ngân sách toàn vùng ước đạt 61.000 tỷ đồng.",
        "Tổng sản phẩm (GRDP) cộng gộp đạt khoảng 190.000 tỷ đồng.",
    ],
)
def test_a_region_as_a_whole_is_no_province(sentence: str) -> None:
    text = f"Năm 2024, Tuyên Quang tăng trưởng 7,6%. {sentence}"
    found = facts(text + "\n", published="2025-01-05", language="vi")
    assert found == [("tuyen-quang", "2024-FY", "grdp", "yoy_pct", 7.6)]


def test_a_province_that_leads_its_region_keeps_its_figure() -> None:
    text = "Năm 2024, Bắc Giang dẫn đầu toàn vùng với mức tăng trưởng 12,3%."
    found = facts(text + "\n", published="2025-01-05", language="vi")
    assert ("bac-giang", "2024-FY", "grdp", "yoy_pct", 12.3) in found


def test_an_article_on_a_region_gives_its_unnamed_figures_to_nobody() -> None:
    text = (
        "Năm 2024, vùng ghi nhận sự phục hồi rõ nét. Một số địa phương có mức tăng trưởng ấn"
        " tượng, trong đó Bắc Giang dẫn đầu với 12,3%, tiếp theo là Phú Thọ với 8,7% và Tuyên"
        " Quang với 7,9%.\n\n"
        "Theo Thứ trưởng, quy mô GRDP theo giá hiện hành ước đạt hơn 900 nghìn tỷ đồng."
    )
    found = facts(
        text + "\n",
        published="2024-12-20",
        language="vi",
        title="Tăng trưởng vùng Trung du và miền núi phía Bắc đứng đầu cả nước",
        url="https://example.org/tang-truong-vung-trung-du-dung-dau-ca-nuoc-123.html",
    )
    assert sorted(found) == [
        ("bac-giang", "2024-FY", "grdp", "yoy_pct", 12.3),
        ("phu-tho", "2024-FY", "grdp", "yoy_pct", 8.7),
        ("tuyen-quang", "2024-FY", "grdp", "yoy_pct", 7.9),
    ]


def test_growth_after_a_level_per_head_is_the_economys() -> None:
    text = (
        "Năm 2024, GRDP của Tuyên Quang đạt 41.000 tỷ đồng, GRDP bình quân 52,4 triệu"
        " đồng/người, tăng trưởng 7,6%."
    )
    found = facts(text + "\n", published="2025-03-10", language="vi")
    assert ("tuyen-quang", "2024-FY", "grdp_per_capita", "value", 52.4) in found
    assert ("tuyen-quang", "2024-FY", "grdp", "yoy_pct", 7.6) in found
    assert not [f for f in found if f[2] == "grdp_per_capita" and f[3] == "yoy_pct"]


def test_a_rate_said_to_be_a_provinces_after_it_is_that_provinces() -> None:
    text = "Năm 2024, tốc độ tăng trưởng GRDP của Yên Bái đạt 6,8%, mức 7,1% là của Lào Cai."
    found = facts(text + "\n", published="2025-04-01", language="vi")
    assert ("yen-bai", "2024-FY", "grdp", "yoy_pct", 6.8) in found
    assert ("lao-cai", "2024-FY", "grdp", "yoy_pct", 7.1) in found


def test_trade_and_services_growth_is_no_grdp() -> None:
    text = (
        "Năm 2024, GRDP của Quảng Trị tăng 6,1%. Thương mại dịch vụ có nhiều chuyển biến tích"
        " cực, tốc độ tăng trưởng đạt trên 9,5%."
    )
    found = facts(text + "\n", published="2024-12-20", language="vi")
    assert found == [("quang-tri", "2024-FY", "grdp", "yoy_pct", 6.1)]


# -- sentences, headings and brackets ---------------------------------------------------------


def test_a_sentence_may_open_with_its_span() -> None:
    text = (
        "Tại Ninh Thuận, tỉnh đặt mục tiêu tăng trưởng GRDP 10% cho cả năm. 6 tháng đầu năm 2025,"
        " GRDP ước đạt 12.100 tỷ đồng, tăng 8,1%."
    )
    found = facts(text + "\n", published="2025-07-10", language="vi")
    assert ("ninh-thuan", "2025-FY", "grdp", "target_yoy_pct", 10.0) in found
    assert ("ninh-thuan", "2025-H1", "grdp", "yoy_pct", 8.1) in found


def test_a_heading_ending_in_the_year_word_is_no_last_year() -> None:
    text = "Kết quả trong 6 tháng đầu năm\nTrước sáp nhập, Hà Giang ghi nhận nhiều kết quả."
    (phrase,) = find_period_phrases(text, 2025, 7)
    assert (phrase.span, phrase.year) == ("H1", None)


def test_a_bracketed_base_with_its_figures_dates_nothing() -> None:
    text = (
        "Tốc độ tăng GRDP tỉnh Quảng Trị 6 tháng đầu năm 2024 ước tính tăng 4,9%. Cơ cấu khu vực"
        " dịch vụ chiếm 44% (cơ cấu tương ứng của 6 tháng đầu năm 2023 là: 46%)."
    )
    phrases = find_period_phrases(text, 2024, 7)
    assert [p.comparison for p in phrases] == [False, True]
    found = facts(text + "\n", published="2024-07-05", language="vi")
    assert ("quang-tri", "2024-H1", "grdp", "yoy_pct", 4.9) in found


def test_the_tasks_carried_out_in_a_span_are_a_review_of_it() -> None:
    text = "Tại hội nghị về tình hình thực hiện nhiệm vụ 9 tháng đầu năm, tỉnh cho biết."
    (phrase,) = find_period_phrases(text, 2024, 10)
    assert (phrase.span, phrase.forward) == ("9M", False)
