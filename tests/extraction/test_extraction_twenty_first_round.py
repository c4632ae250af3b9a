"""Failure classes written down as patterns (round 21): a list of provinces' rates that names
each province and its rate and nothing else, and a change's level after "pour s'établir à" or
"xuống còn".

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's. The rules were measured on the sealed sets
only once, after they were written.
"""

from briefings.extraction import cues
from conftest import article_facts as facts

# A list of rates after the first item's change: "Da Nang up 9.4%, Can Tho 8.8%, Hanoi 8.4%"


def test_a_list_item_is_a_comma_then_names_and_perhaps_a_change() -> None:
    assert cues.list_item(", Can Tho ")
    assert cues.list_item(", Cần Thơ tăng ")
    assert cues.list_item(", and Hai Phong ")
    assert cues.list_item(", Ho Chi Minh City and Hai Phong ")
    assert not cues.list_item(", the number of firms ")  # a clause of its own
    assert not cues.list_item(" Can Tho ")  # no comma: no list
    assert not cues.list_item("rose in Can Tho, Hanoi ")  # words before the item


def test_each_province_of_a_list_keeps_the_first_items_indicator_and_change() -> None:
    text = (
        "In 2024, retail sales rose in the large cities: Da Nang up 9.4%, Can Tho 8.8%, Hanoi"
        " 8.4%, Ho Chi Minh City and Hai Phong 8.3%.\n"
    )
    found = facts(text, published="2025-01-08")
    assert found == [
        ("da-nang", "2024-FY", "retail_sales", "yoy_pct", 9.4),
        ("can-tho", "2024-FY", "retail_sales", "yoy_pct", 8.8),
        ("ha-noi", "2024-FY", "retail_sales", "yoy_pct", 8.4),
        ("hai-phong", "2024-FY", "retail_sales", "yoy_pct", 8.3),
        ("ho-chi-minh-city", "2024-FY", "retail_sales", "yoy_pct", 8.3),
    ]


def test_a_fall_goes_on_down_the_list_and_an_items_own_verb_wins() -> None:
    text = (
        "Năm 2024, xuất khẩu của một số tỉnh giảm: Bình Dương giảm 9,4%, Đồng Nai 8,8%, Bắc Ninh"
        " tăng 3,1%.\n"
    )
    found = facts(text, published="2025-01-08", language="vi")
    assert found == [
        ("binh-duong", "2024-FY", "export", "yoy_pct", -9.4),
        ("dong-nai", "2024-FY", "export", "yoy_pct", -8.8),
        ("bac-ninh", "2024-FY", "export", "yoy_pct", 3.1),
    ]


def test_two_names_before_a_level_are_still_their_sum_and_no_ones() -> None:
    text = "In 2024, Hanoi and Hai Phong exported goods worth 8.3 billion USD.\n"
    found = facts(text, published="2025-01-08")
    assert ("ha-noi", "2024-FY", "export", "value", 8300.0) not in found


# A change, then the level it came to


def test_pour_s_etablir_a_gives_the_level_after_a_change() -> None:
    text = (
        "En 2024, les exportations de la province de Binh Duong ont baissé de 6,2% pour"
        " s'établir à 21,5 milliards de dollars.\n"
    )
    found = facts(text, published="2025-01-08", language="fr")
    assert found == [
        ("binh-duong", "2024-FY", "export", "yoy_pct", -6.2),
        ("binh-duong", "2024-FY", "export", "value", 21500.0),
    ]


def test_xuong_con_gives_the_level_after_a_fall() -> None:
    text = "Năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương giảm 6,2%, xuống còn 21,5 tỷ USD.\n"
    found = facts(text, published="2025-01-08", language="vi")
    assert found == [
        ("binh-duong", "2024-FY", "export", "yoy_pct", -6.2),
        ("binh-duong", "2024-FY", "export", "value", 21500.0),
    ]


# A province named right after its figure: "9.4% in Bac Giang, 8.8% in Hai Phong"


def test_a_province_named_right_after_each_rate_has_it() -> None:
    text = (
        "In 2024, GRDP growth reached 9.4% in Bac Giang, 8.8% in Hai Phong and 8.4% in the"
        " province of Quang Ninh.\n"
    )
    found = facts(text, published="2025-01-08")
    assert found == [
        ("bac-giang", "2024-FY", "grdp", "yoy_pct", 9.4),
        ("hai-phong", "2024-FY", "grdp", "yoy_pct", 8.8),
        ("quang-ninh", "2024-FY", "grdp", "yoy_pct", 8.4),
    ]


def test_the_quote_of_a_rate_named_after_ends_with_the_name() -> None:
    from briefings.extraction import ArticleMeta, extract_facts

    text = "En 2024, les exportations ont augmenté de 9,4% à Bac Giang et de 8,8% à Hai Phong.\n"
    meta = ArticleMeta("test.txt", "https://example.org/a", "2025-01-08", language="fr")
    quotes = {c.province: c.quote for c in extract_facts(text, meta).candidates}
    assert quotes["hai-phong"] == "et de 8,8% à Hai Phong"
    assert quotes["bac-giang"].endswith("de 9,4% à Bac Giang")


# Parts of an indicator: one product's exports, cruise passengers


def test_one_products_exports_in_vietnamese_are_no_provinces_exports() -> None:
    for product in ("hải sản", "tôm", "trái cây", "nông lâm thủy sản", "cá tra"):
        text = f"Năm 2024, xuất khẩu {product} của tỉnh Cà Mau đạt 410 triệu USD, tăng 7,2%.\n"
        assert facts(text, published="2025-01-08", language="vi") == [], product


def test_goods_exports_are_the_provinces_exports() -> None:
    text = "Năm 2024, xuất khẩu hàng hóa của tỉnh Cà Mau đạt 1,4 tỷ USD.\n"
    found = facts(text, published="2025-01-08", language="vi")
    assert found == [("ca-mau", "2024-FY", "export", "value", 1400.0)]


def test_cruise_passengers_are_no_arrivals() -> None:
    text = (
        "En 2024, la province de Khanh Hoa a accueilli 31 paquebots transportant 52.000"
        " visiteurs.\n"
    )
    assert facts(text, published="2025-01-08", language="fr") == []


# A level no province has: the nation's, or a stock


def test_the_nations_budget_in_a_provinces_report_is_not_the_provinces() -> None:
    text = (
        "In 2024, Binh Duong's budget revenue reached VND 71,000 billion. Nationwide, State"
        " budget revenue was estimated at about VND 2,010 trillion.\n"
    )
    found = facts(text, province="binh-duong", published="2025-01-08")
    assert found == [("binh-duong", "2024-FY", "budget_revenue", "value", 71000.0)]


def test_a_stock_of_fdi_is_no_provinces_yearly_fdi() -> None:
    text = (
        "In 2024, Bac Ninh attracted FDI worth 4.1 billion USD; the province now has FDI"
        " projects with registered capital of over 45.3 billion USD.\n"
    )
    found = facts(text, province="bac-ninh", published="2025-01-08")
    assert ("bac-ninh", "2024-FY", "fdi_registered", "value", 4100.0) in found
    assert not [f for f in found if f[4] == 45300.0]


def test_a_large_provinces_level_stays() -> None:
    text = "In 2025, Ho Chi Minh City's State budget revenue exceeded VND 820 trillion.\n"
    found = facts(text, published="2026-01-08")
    assert found == [("ho-chi-minh-city", "2025-FY", "budget_revenue", "value", 820000.0)]


# A long-run goal is no target a briefing holds


def test_a_goal_for_a_year_far_ahead_is_dropped_and_next_years_target_kept() -> None:
    text = (
        "In 2024, Ninh Binh welcomed 8.2 million visitors. The province aims to welcome 9 million"
        " visitors in 2025 and 30 million visitors by 2030.\n"
    )
    found = facts(text, province="ninh-binh", published="2025-01-08")
    assert ("ninh-binh", "2024-FY", "tourist_arrivals", "value", 8200000.0) in found
    assert ("ninh-binh", "2025-FY", "tourist_arrivals", "target_value", 9000000.0) in found
    assert not [f for f in found if f[1] == "2030-FY"]


# "...; the accumulated 9-month increase is 7.7%": the subject carried, the change named


def test_an_accumulated_increase_after_a_months_change_is_the_spans() -> None:
    text = (
        "Thai Binh's index of industrial production (IIP) in September 2025 rose 4.2% over the"
        " previous month; the accumulated 9-month increase is 9.3%.\n"
    )
    found = facts(text, province="thai-binh", published="2025-10-05")
    assert found == [("thai-binh", "2025-9M", "iip", "yoy_pct", 9.3)]


def test_a_change_named_then_its_size_is_read_as_the_change() -> None:
    assert cues.read_cue("the accumulated increase is ").kind == "up"
    assert cues.read_cue(", the decrease was ").kind == "down"


def test_a_list_item_with_its_own_reaching_verb_goes_on() -> None:
    assert cues.list_item(", TP. Hồ Chí Minh đạt ")
    text = (
        "Trong 9 tháng năm 2025, thu ngân sách của Hà Nội đạt 400.000 tỷ đồng, TP. Hồ Chí Minh"
        " đạt 450.000 tỷ đồng.\n"
    )
    found = facts(text, published="2025-10-05", language="vi")
    assert found == [
        ("ha-noi", "2025-9M", "budget_revenue", "value", 400000.0),
        ("ho-chi-minh-city", "2025-9M", "budget_revenue", "value", 450000.0),
    ]


# A list of rates opened after a bar or a colon: "trên 10% gồm Hải Phòng 11,2%, ..."


def test_a_list_opening_is_an_opener_then_names_only() -> None:
    assert cues.list_opening(" trên 10% gồm Hải Phòng ")
    assert cues.list_opening(" growth were: Hai Phong ")
    assert not cues.list_opening(" growth were: the province of Hai Phong, which ")
    assert not cues.list_opening(" in Hai Phong ")


def test_the_first_item_after_the_opener_and_the_last_after_and_are_read() -> None:
    text = (
        "In the first nine months of 2024, the localities with the fastest GRDP growth were:"
        " Nam Dinh 9.6%, Thai Binh 9.2% and Ha Nam 8.7%.\n"
    )
    found = facts(text, published="2024-10-05")
    assert found == [
        ("nam-dinh", "2024-9M", "grdp", "yoy_pct", 9.6),
        ("thai-binh", "2024-9M", "grdp", "yoy_pct", 9.2),
        ("ha-nam", "2024-9M", "grdp", "yoy_pct", 8.7),
    ]
    text = (
        "Trong 9 tháng năm 2024, có 4 địa phương tăng trưởng GRDP trên 9% gồm Nam Định 9,6%,"
        " Thái Bình 9,2%.\n"
    )
    found = facts(text, published="2024-10-05", language="vi")
    assert found == [
        ("nam-dinh", "2024-9M", "grdp", "yoy_pct", 9.6),
        ("thai-binh", "2024-9M", "grdp", "yoy_pct", 9.2),
    ]


# "dẫn đầu về kim ngạch xuất khẩu của cả nước": the nation is the field a province leads


def test_a_province_leading_the_nation_keeps_its_figure_and_the_list_goes_on() -> None:
    text = (
        "Trong 6 tháng đầu năm 2024, Bắc Ninh dẫn đầu về kim ngạch xuất khẩu của cả nước với"
        " 14,2 tỷ USD, tiếp theo là Thái Nguyên với 12,6 tỷ USD.\n"
    )
    found = facts(text, published="2024-07-05", language="vi")
    assert found == [
        ("bac-ninh", "2024-H1", "export", "value", 14200.0),
        ("thai-nguyen", "2024-H1", "export", "value", 12600.0),
    ]


def test_the_nations_exports_named_so_stay_the_nations() -> None:
    text = (
        "Trong 6 tháng đầu năm 2024, kim ngạch xuất khẩu của cả nước đạt 190,1 tỷ USD. Bắc Ninh"
        " dẫn đầu với 14,2 tỷ USD, Thái Nguyên 12,6 tỷ USD, Hải Phòng 11 tỷ USD.\n"
    )  # a ranking of three: the bare sums are exports (as before this round)
    found = facts(text, published="2024-07-05", language="vi")
    assert found == [
        ("vietnam", "2024-H1", "export", "value", 190100.0),
        ("bac-ninh", "2024-H1", "export", "value", 14200.0),
        ("thai-nguyen", "2024-H1", "export", "value", 12600.0),
        ("hai-phong", "2024-H1", "export", "value", 11000.0),
    ]


# "pour les mois restants", "những tháng còn lại": what is left of the year, no briefing's span


def test_the_rate_needed_in_the_remaining_months_is_no_years_target() -> None:
    text = (
        "Au premier semestre 2024, la croissance de Dak Lak a atteint 6,1 %. Pour atteindre"
        " l'objectif de 8 %, le taux de croissance pour les mois restants doit atteindre 9,6 %.\n"
    )
    found = facts(text, published="2024-07-05", language="fr")
    assert found == [("dak-lak", "2024-H1", "grdp", "yoy_pct", 6.1)]
    text = (
        "6 tháng đầu năm 2024, GRDP tỉnh Đắk Lắk tăng 6,1%. Để đạt mục tiêu 8%, tăng trưởng"
        " những tháng còn lại phải đạt 9,6%.\n"
    )
    found = facts(text, published="2024-07-05", language="vi")
    assert found == [("dak-lak", "2024-H1", "grdp", "yoy_pct", 6.1)]


# A year-end review conference: its results are the year reviewed's, not the next year's targets


def test_results_reported_at_a_review_conference_are_the_reviewed_years() -> None:
    expected = [
        ("thanh-hoa", "2024-FY", "grdp", "yoy_pct", 10.8),
        ("thanh-hoa", "2024-FY", "grdp", "rank", 4.0),
    ]
    english = (
        "At the conference reviewing 2024, Thanh Hoa reported GRDP growth of 10.8%, ranking"
        " fourth nationwide.\n"
    )
    assert facts(english, published="2025-01-08") == expected
    french = (
        "Lors de la conférence bilan de 2024, la province de Thanh Hoa a annoncé une croissance"
        " du PIBR de 10,8 %, au 4e rang national.\n"
    )
    assert facts(french, published="2025-01-08", language="fr") == expected
    vietnamese = (
        "Tại hội nghị tổng kết năm 2024 và triển khai nhiệm vụ năm 2025, tỉnh Thanh Hóa cho biết"
        " GRDP năm qua tăng 10,8%, đứng thứ 4 cả nước.\n"
    )
    assert facts(vietnamese, published="2025-01-08", language="vi") == expected
