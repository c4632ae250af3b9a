"""Failure classes written down as patterns (round 29, on the misses of the twenty-first set,
opened this session): a sector's list of provinces and a sector's rank, a national office cited
as a sentence's source, an aside listing what a total includes, executed FDI, "the fourth
nationwide", a rank by economic size, a year's results against the targets "set for this year",
"retail sale" in the singular, a month and a cumulative span in one sentence, an article that
names no province but the nation, "this period" with no period named before it, a signed
change after a level, a plan "for the whole year", a verb left out after a comma, "ước" alone,
a rank clause after a semicolon, a stock of projects running now, the average of a province's
own rate, a former province's part, "đây là", the budget's takings from trade, a product's
exports in tonnes, an expansion by an amount, and a sum so far beside the year's estimate.

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's. The rules were measured on the sealed sets
only once, after they were written.
"""

from conftest import article_facts as facts

_LOCAL = "https://example.org/kinh-te/bao-cao-kinh-te-xa-hoi.html"


_SECTOR_TITLE = (
    "Lao Cai's manufacturing and processing sector: the fastest growth rate in the country"
)


def test_a_sectors_list_of_provinces_gives_no_provinces_figures() -> None:
    text = (
        "Building supporting industries:\n\n" + _SECTOR_TITLE + "\n\n"
        "By locality, with the IIP in the manufacturing and processing industry up year on year"
        " in Q1 2025, Lao Cai led with an increase of 38%; Ha Giang increased by 21.5%, Yen Bai"
        " increased by 17.2%.\n"
    )
    found = facts(
        text,
        published="2025-04-20",
        url="https://example.org/lao-cai-industry",
        title=_SECTOR_TITLE,
    )
    assert found == []  # the sector's index of each province, no province's GRDP or IIP


def test_a_sectors_highest_growth_is_no_provinces_rank() -> None:
    # (a guard: the code before this round gave no rank here either)
    text = _SECTOR_TITLE + "\n\nIn the first quarter of 2025, Lao Cai's GRDP rose by 7.1%.\n"
    found = facts(text, published="2025-04-20", url="https://example.org/lao-cai-industry")
    assert ("lao-cai", "2025-Q1", "grdp", "yoy_pct", 7.1) in found
    assert not any(f[3] == "rank" for f in found)


def test_a_national_office_cited_makes_the_figure_the_nations() -> None:
    text = (
        "Lao Cai's industry keeps its pace\n\n"
        "Figures released by the Department of Statistics (Ministry of Finance) show that in the"
        " first quarter of 2025 the industrial production index went up 6.6%.\n\n"
        "According to the General Statistics Office, the province's retail sales rose 9.9%.\n"
    )
    found = facts(text, published="2025-04-20", url="https://example.org/lao-cai-industry")
    assert ("vietnam", "2025-Q1", "iip", "yoy_pct", 6.6) in found
    assert ("lao-cai", "2025-Q1", "retail_sales", "yoy_pct", 9.9) in found


def test_an_aside_listing_what_a_total_includes_keeps_the_total() -> None:
    text = (
        "As of June 30, 2025, total registered FDI in Vietnam, including fresh licences, added"
        " capital and stake purchases, reached USD 19.1 billion, up 11.3% on the same period"
        " last year.\n"
    )
    found = facts(text, published="2025-07-05")
    assert ("vietnam", "2025-H1", "fdi_registered", "value", 19100.0) in found
    assert ("vietnam", "2025-H1", "fdi_registered", "yoy_pct", 11.3) in found


def test_of_which_and_a_comma_still_give_the_part() -> None:
    text = (
        "In the first half of 2025, Dong Nai's FDI reached USD 1.5 billion; of which newly"
        " registered capital, which rose sharply, reached USD 0.9 billion.\n"
    )
    found = facts(text, published="2025-07-05")
    assert ("dong-nai", "2025-H1", "fdi_registered", "value", 1500.0) in found
    assert ("dong-nai", "2025-H1", "fdi_registered", "value", 900.0) not in found


def test_executed_fdi_is_no_registered_fdi() -> None:
    text = (
        "Over January-September 2025, 2,100 new projects were licensed. Executed FDI reached USD"
        " 15.4 billion, up 7.2% year-on-year.\n"
    )
    found = facts(text, published="2025-10-06", title="FDI keeps growing in Vietnam")
    assert not any(f[2] == "fdi_registered" for f in found)


def test_the_fourth_nationwide_is_a_national_rank() -> None:
    text = (
        "In the first nine months of 2024, Ninh Binh's gross regional domestic product rose"
        " 9.4%, top of its region and the fourth nationwide.\n"
    )
    found = facts(text, published="2024-10-20")
    assert ("ninh-binh", "2024-9M", "grdp", "yoy_pct", 9.4) in found
    assert ("ninh-binh", "2024-9M", "grdp", "rank", 4.0) in found


def test_a_rank_by_economic_power_is_no_growth_rank() -> None:
    text = (
        "Ninh Binh's GRDP in 2024 was 98.2 trillion VND. Its economic power places it 25th"
        " nationwide in terms of GRDP.\n"
    )
    found = facts(text, published="2025-03-02")
    assert not any(f[3] == "rank" for f in found)


def test_a_rank_in_terms_of_grdp_after_a_rate_is_the_rates() -> None:
    text = (
        "In 2024, Ninh Binh's GRDP grew by 9.1%, ranking the province 9th in the country in"
        " terms of GRDP.\n"
    )
    found = facts(text, published="2025-01-10")
    assert ("ninh-binh", "2024-FY", "grdp", "rank", 9.0) in found


def test_results_against_the_targets_set_for_this_year_are_the_years() -> None:
    text = (
        "Soc Trang has reached 17 of its main goals for this year, with budget revenue at"
        " VND6.1 trillion, a 12.4 percent increase year-on-year.\n"
    )
    found = facts(text, published="2024-12-16", period="2024-FY")
    assert ("soc-trang", "2024-FY", "budget_revenue", "value", 6100.0) in found
    assert ("soc-trang", "2024-FY", "budget_revenue", "yoy_pct", 12.4) in found


def test_this_year_in_a_review_from_the_next_january_still_plans_ahead() -> None:
    # (a guard: the rule above holds only for a review written before its year closed)
    text = (
        "Hội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Năm 2024, GRDP tỉnh Sóc Trăng"
        " tăng 7,1%. Soc Trang set key targets for this year, with budget revenue expected at"
        " VND7 trillion.\n"
    )
    found = facts(text, published="2025-01-10", language="vi")
    assert ("soc-trang", "2024-FY", "grdp", "yoy_pct", 7.1) in found
    assert not any(f[2] == "budget_revenue" and f[1] == "2024-FY" for f in found)


def test_retail_sale_in_the_singular_is_retail_sales() -> None:
    text = (
        "Last year, Tra Vinh recorded a retail sale of goods and service revenue of VND41,200"
        " billion, an increase of 10.2 percent.\n"
    )
    found = facts(text, published="2025-01-08", period="2024-FY")
    assert ("tra-vinh", "2024-FY", "retail_sales", "value", 41200.0) in found
    assert ("tra-vinh", "2024-FY", "retail_sales", "yoy_pct", 10.2) in found


def test_a_month_and_a_cumulative_span_in_one_sentence() -> None:
    text = (
        "L'indice de production industrielle de Hanoï a augmenté de 4,1 % en août et de 3,2 %"
        " en huit mois, sur un an.\n\n"
        "L'IPI de Hai Phong a augmenté de 9,5 % en juin et de 11,2 % au premier semestre.\n"
    )
    found = facts(text, published="2024-07-10", language="fr")
    assert ("ha-noi", "2024-H1", "iip", "yoy_pct", 4.1) not in found
    assert ("hai-phong", "2024-H1", "iip", "yoy_pct", 11.2) in found
    assert ("hai-phong", "2024-H1", "iip", "yoy_pct", 9.5) not in found


def test_no_province_named_but_the_nation_gives_the_nations_figures() -> None:
    text = (
        "Plus précisément, les exportations ont atteint 88,2 milliards de dollars, en hausse de"
        " 9,3%. Les importations du pays sont estimées à 84,1 milliards de dollars, -3,5% en un"
        " an. Le Vietnam reste excédentaire.\n"
    )
    found = facts(
        text,
        published="2024-04-05",
        language="fr",
        title="1er trimestre : la balance commerciale excédentaire",
        url="https://example.org/fr/1er-trimestre-la-balance-commerciale-post1.html",
    )
    assert ("vietnam", "2024-Q1", "export", "value", 88200.0) in found
    assert ("vietnam", "2024-Q1", "export", "yoy_pct", 9.3) in found
    assert ("vietnam", "2024-Q1", "import", "value", 84100.0) in found
    assert ("vietnam", "2024-Q1", "import", "yoy_pct", -3.5) in found


def test_this_period_with_no_period_before_is_the_articles() -> None:
    text = (
        "Pendant cette période, les importations vietnamiennes sont estimées à 61,3 milliards de"
        " dollars.\n"
    )
    found = facts(
        text,
        published="2024-04-05",
        language="fr",
        title="Commerce extérieur du 1er trimestre",
        url="https://example.org/fr/commerce-exterieur-du-1er-trimestre-post2.html",
    )
    assert ("vietnam", "2024-Q1", "import", "value", 61300.0) in found


def test_a_venue_in_a_national_article_is_no_subject() -> None:
    text = (
        "L'économie nationale se redresse\n\n"
        "Le 5 juillet, à Hanoï, le porte-parole du gouvernement a présenté le bilan économique"
        " du premier semestre 2024.\n\n"
        "La croissance du PIB au deuxième trimestre a atteint 6,5%, et 6,1% pour le premier"
        " semestre, mieux que pendant la même période en 2023 (3,6%).\n\n"
        "Les exportations ont augmenté de 13,2% pendant cette période, les importations, de"
        " 15%.\n\n"
        "Sur six mois, les recettes budgétaires ont atteint 55% des prévisions pour toute"
        " l'année, en hausse de 12,1% en un an.\n"
    )
    found = facts(
        text,
        published="2024-07-06",
        language="fr",
        title="L'économie nationale se redresse",
        url="https://example.org/fr/l-economie-nationale-se-redresse/1.html",
    )
    assert not any(f[0] == "ha-noi" for f in found)
    assert ("vietnam", "2024-Q2", "grdp", "yoy_pct", 6.5) in found
    assert ("vietnam", "2024-H1", "grdp", "yoy_pct", 6.1) in found
    assert ("vietnam", "2023-H1", "grdp", "yoy_pct", 3.6) in found
    assert ("vietnam", "2024-H1", "export", "yoy_pct", 13.2) in found
    assert ("vietnam", "2024-H1", "import", "yoy_pct", 15.0) in found
    assert ("vietnam", "2024-H1", "budget_revenue", "yoy_pct", 12.1) in found


def test_estimate_alone_links_the_rate() -> None:
    text = (
        "Số liệu thống kê cho thấy tăng trưởng kinh tế Hưng Yên 9 tháng năm 2023 ước 6,2%,"
        " vượt mức chung.\n"
    )
    found = facts(text, published="2023-10-05", language="vi")
    assert ("hung-yen", "2023-9M", "grdp", "yoy_pct", 6.2) in found


def test_a_rank_clause_after_a_semicolon_goes_on_with_the_growth() -> None:
    text = (
        "GRDP năm 2023 của tỉnh ước đạt 40.100 tỷ đồng, tăng 6,9% so cùng kỳ năm 2022; đứng"
        " thứ 5 trong vùng và thứ 21 cả nước.\n"
    )
    found = facts(text, published="2024-01-05", language="vi", url=_LOCAL, province="bac-lieu")
    assert ("bac-lieu", "2023-FY", "grdp", "rank", 21.0) in found


def test_a_stock_of_projects_running_now_gives_no_registered_capital() -> None:
    text = (
        "Năm 2023, tỉnh có thêm 8 dự án, vốn 412 tỷ đồng. Hiện tỉnh có 390 dự án đang hoạt"
        " động, vốn đăng ký hơn 120.000 tỷ đồng; trong đó, 7 dự án FDI, vốn khoảng 131,5 triệu"
        " USD.\n"
    )
    found = facts(text, published="2024-01-05", language="vi", url=_LOCAL, province="bac-lieu")
    assert not any(f[2] == "fdi_registered" for f in found)


def test_the_average_of_a_provinces_own_rate_is_its_rate() -> None:
    text = (
        "Ước 9 tháng năm 2024, tăng trưởng GRDP bình quân của Quảng Trị đạt 6,45 %.\n\n"
        "Giai đoạn 2021-2023, GRDP tăng bình quân 6,1%.\n"
    )
    found = facts(text, published="2024-10-05", language="vi")
    assert ("quang-tri", "2024-9M", "grdp", "yoy_pct", 6.45) in found
    assert ("quang-tri", "2024-9M", "grdp", "yoy_pct", 6.1) not in found


def test_a_former_provinces_part_carries_the_indicator() -> None:
    text = (
        "6 tháng đầu năm 2025, GRDP của tỉnh ước 38.200 tỉ đồng, tăng 9,8%. Riêng tỉnh Gia"
        " Lai cũ đạt 25.100 tỉ đồng, tăng 8,7%.\n"
    )
    found = facts(text, published="2025-07-10", language="vi", url=_LOCAL, province="gia-lai")
    assert ("gia-lai", "2025-H1", "grdp", "yoy_pct", 8.7) in found


def test_this_is_points_back_at_the_growth_ranked() -> None:
    text = (
        "9 tháng năm 2024, GRDP tỉnh Phú Thọ tăng 7,2%. Đây là mức tốt nhất hai năm, đưa"
        " tỉnh đứng thứ 24/63 cả nước.\n"
    )
    found = facts(text, published="2024-10-05", language="vi")
    assert ("phu-tho", "2024-9M", "grdp", "rank", 24.0) in found


def test_the_budgets_takings_from_trade_are_no_trade() -> None:
    text = (
        "9 tháng năm 2024, thu ngân sách của tỉnh Phú Thọ ước 7.010 tỷ đồng, tăng 6,1%. Thu"
        " xuất nhập khẩu đạt 610 tỷ đồng, tăng 4,2%.\n"
    )
    found = facts(text, published="2024-10-05", language="vi")
    assert ("phu-tho", "2024-9M", "budget_revenue", "value", 7010.0) in found
    assert not any(f[2] == "import_export" for f in found)


def test_a_products_exports_in_tonnes_are_no_turnover() -> None:
    text = (
        "Quý I/2024, tỉnh Bạc Liêu xuất khẩu 16.200 tấn gạo, tăng 4,1%. Kim ngạch xuất khẩu"
        " ước 170,3 triệu USD, tăng 5,3%.\n"
    )
    found = facts(text, published="2024-04-05", language="vi")
    assert ("bac-lieu", "2024-Q1", "export", "yoy_pct", 4.1) not in found
    assert ("bac-lieu", "2024-Q1", "export", "value", 170.3) in found
    assert ("bac-lieu", "2024-Q1", "export", "yoy_pct", 5.3) in found


def test_an_expansion_by_an_amount_is_no_level() -> None:
    text = (
        "Quy mô kinh tế Cần Thơ mở rộng hơn 6 ngàn tỷ đồng; 9 tháng năm 2023, quy mô kinh tế"
        " Cần Thơ đạt 80,2 ngàn tỷ đồng.\n"
    )
    found = facts(text, published="2023-10-05", language="vi")
    assert ("can-tho", "2023-9M", "grdp", "value", 6000.0) not in found
    assert ("can-tho", "2023-9M", "grdp", "value", 80200.0) in found


def test_a_sum_so_far_yields_to_the_years_estimate() -> None:
    text = (
        "Thu ngân sách tỉnh Tiền Giang đến nay được 11.000 tỷ đồng, ước cả năm 12.000 tỷ"
        " đồng, tăng 8,9%.\n"
    )
    found = facts(text, published="2024-12-11", language="vi", period="2024-FY")
    assert ("tien-giang", "2024-FY", "budget_revenue", "value", 12000.0) in found
    assert ("tien-giang", "2024-FY", "budget_revenue", "value", 11000.0) not in found
