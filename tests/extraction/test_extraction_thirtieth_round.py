"""Failure classes written down as patterns (round 30, on the misses of the twenty-second set,
opened this session): a comparison with the year before between a figure and its span, a year
that ended before the article appeared, a span named as a base, two words qualifying a change,
the FDI sector's exports, a mark passed for the first time or "vượt mức", growth without crude
oil, a bar several provinces all clear, a rank whose "in terms of growth" closes the clause
after a semicolon, a plan's "cả năm", guests served by accommodation establishments, a
province's disbursement in đồng, and the dollars a city attracted.

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's. The rules were measured on the sealed sets
only once, after they were written.
"""

from conftest import article_facts as facts


def test_a_comparison_between_a_figure_and_its_span_leaves_the_span_right_after_it() -> None:
    text = (
        "The port city kept its momentum in 2023, with GRDP rising by 9.41% year on year in"
        " January-September.\n"
    )
    found = facts(text, province="hai-phong", published="2023-10-20")
    assert found == [("hai-phong", "2023-9M", "grdp", "yoy_pct", 9.41)]


def test_a_year_that_ended_before_publication_is_no_plan() -> None:
    text = (
        "Selon le ministère, les recettes budgétaires totales de l'État en 2021 sont estimées à"
        " 1,11 million de milliards de VND.\n\n"
        "D'après la loi de finances pour 2020, les recettes budgétaires s'élèvent à plus de"
        " 1,21 million de milliards de VND.\n\n"
        "Les dépenses courantes atteindront 980 milliards de VND en 2020.\n"
    )
    found = facts(text, province="vietnam", published="2022-12-05", language="fr")
    assert ("vietnam", "2021-FY", "budget_revenue", "value", 1110000.0) in found


def test_a_plans_year_said_after_the_plan_dates_nothing_else() -> None:
    # (a guard: a January review's figures for the coming year stay a plan's)
    text = (
        "In 2023 the province's budget revenue reached VND 8,300 billion. The budget revenue"
        " for 2024 is estimated at VND 9,100 billion.\n"
    )
    found = facts(text, province="nghe-an", published="2024-01-08")
    assert ("nghe-an", "2023-FY", "budget_revenue", "value", 8300.0) in found
    assert not any(f[1] == "2024-FY" and f[3] == "value" for f in found)


def test_a_span_named_as_a_base_does_not_date_the_next_sentence() -> None:
    text = (
        "GRDP 9 tháng năm 2025 của thành phố ước tăng 7,12%, cao hơn mức tăng 6 tháng đầu năm"
        " (6,41%). Đáng chú ý, khu vực TPHCM (cũ) tăng 6,8%, Bình Dương (cũ) tăng 8,23%, còn Bà"
        " Rịa - Vũng Tàu (cũ) tăng 1,1%.\n"
    )
    found = facts(text, province="ho-chi-minh-city", published="2025-10-06", language="vi")
    assert ("ho-chi-minh-city", "2025-9M", "grdp", "yoy_pct", 7.12) in found
    assert ("ho-chi-minh-city", "2025-9M", "grdp", "yoy_pct", 6.8) in found  # the former city
    assert ("ho-chi-minh-city", "2025-H1", "grdp", "yoy_pct", 6.41) in found  # the base
    assert not any(f[1] == "2025-H1" and f[4] != 6.41 for f in found)


def test_two_words_may_qualify_a_change() -> None:
    vietnamese = (
        "6 tháng đầu năm nay, chỉ số sản xuất công nghiệp của tỉnh tăng khá ấn tượng 10,52%.\n"
    )
    assert facts(vietnamese, province="hung-yen", published="2024-07-05", language="vi") == [
        ("hung-yen", "2024-H1", "iip", "yoy_pct", 10.52)
    ]
    french = (
        "En 2024, les échanges commerciaux du Vietnam ont atteint 810,4 milliards de dollars,"
        " affichant une progression robuste de 15,3% sur un an.\n"
    )
    found = facts(french, province="vietnam", published="2025-01-06", language="fr")
    assert ("vietnam", "2024-FY", "import_export", "yoy_pct", 15.3) in found


def test_a_change_after_a_share_of_the_plan_goes_on_with_up_to() -> None:
    text = (
        "Trong 9 tháng, tổng thu ngân sách nhà nước trên địa bàn đạt 31,2 nghìn tỷ đồng, bằng"
        " 81,5% dự toán pháp lệnh cả năm và tăng tới 21,4% so với cùng kỳ năm 2024.\n"
    )
    found = facts(text, province="ha-noi", published="2025-10-08", language="vi")
    assert ("ha-noi", "2025-9M", "budget_revenue", "yoy_pct", 21.4) in found
    assert not any(f[1] == "2025-FY" and f[3] == "yoy_pct" for f in found)


def test_the_fdi_sectors_exports_are_no_investment() -> None:
    text = (
        "Les exportations de marchandises pour l'année 2024 se sont élevées à 402,5 milliards de"
        " dollars. Le secteur de l'investissement direct étranger (IDE) demeure le principal"
        " moteur avec 291,3 milliards de dollars, soit 72,4% du total des exportations.\n"
    )
    found = facts(text, province="vietnam", published="2025-01-08", language="fr")
    assert ("vietnam", "2024-FY", "export", "value", 402500.0) in found
    assert not any(f[2] == "fdi_registered" for f in found)


def test_a_mark_passed_for_the_first_time_is_no_value() -> None:
    text = (
        "Le commerce extérieur dépasse pour la première fois les 700 milliards d'USD\n\n"
        "Le volume des échanges a, pour la première fois, franchi le seuil des 700 milliards de"
        " dollars.\n"
    )
    assert facts(text, province="vietnam", published="2023-12-20", language="fr") == []


def test_a_level_passed_then_the_sum_in_brackets() -> None:
    text = (
        "Thu ngân sách nhà nước của tỉnh năm 2023 vượt mức 15.000 tỉ đồng (thực hiện 15.832 tỉ"
        " đồng, đạt 121,3% dự toán).\n"
    )
    found = facts(text, province="nghe-an", published="2024-01-06", language="vi")
    assert ("nghe-an", "2023-FY", "budget_revenue", "value", 15832.0) in found
    assert not any(f[4] == 15000.0 for f in found)


def test_growth_without_crude_oil_is_a_second_reading() -> None:
    text = (
        "In the first six months, GRDP increased by 5.84%. Excluding crude oil, the rate rises"
        " to 6.92%.\n\nGRDP grows 6.92% if crude oil is not counted.\n"
    )
    found = facts(text, province="ho-chi-minh-city", published="2025-07-10")
    assert found == [("ho-chi-minh-city", "2025-H1", "grdp", "yoy_pct", 5.84)]


def test_a_bar_several_provinces_all_clear_is_no_ones_figure() -> None:
    # (a guard: in this short text the code before this round gave nothing either; in the
    # opened article the bar went to the last province named)
    text = "Hải Phòng, Bắc Giang và Quảng Ninh có mức tăng cao nhất, đều trên 8%.\n"
    assert facts(text, province="vietnam", published="2023-07-08", language="vi") == []


def test_a_rank_by_growth_named_after_the_next_semicolon() -> None:
    text = (
        "Trong 9 tháng đầu năm 2024, tỉnh xếp vị trí 21/63 tỉnh, thành về quy mô GRDP. Xếp vị"
        " thứ 44/63 tỉnh, thành trong cả nước; xếp vị thứ 9/14 tỉnh trong vùng về tăng trưởng"
        " kinh tế.\n"
    )
    found = facts(text, province="quang-nam", published="2024-10-10", language="vi")
    assert found == [("quang-nam", "2024-9M", "grdp", "rank", 44.0)]


def test_guests_served_by_accommodation_establishments_are_arrivals() -> None:
    text = (
        "For the whole of 2024, guests served by accommodation establishments reached 7.6"
        " million, up by 21.4% on 2023.\n"
    )
    found = facts(text, province="da-nang", published="2025-01-10")
    assert ("da-nang", "2024-FY", "tourist_arrivals", "value", 7600000.0) in found
    assert ("da-nang", "2024-FY", "tourist_arrivals", "yoy_pct", 21.4) in found


def test_a_city_disbursing_dong_disburses_public_investment() -> None:
    text = (
        "The public investment plan for 2025 amounts to 9,800 billion VND in all. By the end"
        " of June 2025, the city had disbursed 3,120 billion VND.\n\n"
        "Enterprises in the industrial park have disbursed 410 million USD.\n"
    )
    found = facts(text, province="quang-ninh", period="2025-H1", published="2025-07-12")
    assert ("quang-ninh", "2025-H1", "public_investment_disbursed", "value", 3120.0) in found
    assert not any(f[4] == 410.0 for f in found)


def test_the_dollars_a_city_attracted_are_fdi() -> None:
    text = (
        "The city attracted US$2.17 billion in the 9-month period, ranked first in the country"
        " by value.\n\nThe province has to date attracted $4 billion worth of investment.\n"
    )
    found = facts(text, province="hai-phong", published="2023-10-20")
    assert ("hai-phong", "2023-9M", "fdi_registered", "value", 2170.0) in found
    assert not any(f[4] == 4000.0 for f in found)
