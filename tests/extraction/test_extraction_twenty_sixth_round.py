"""Failure classes written down as patterns (round 26, on the opened nineteenth set): a year
named only by a plan, the year's end said in a December report, a year-end estimate given in
September, a purpose before a target, a part that owns the indicator named after it (its exports,
its contribution to the turnover), a level that is a share of a total given before, a record
passed, the events a count of visitors belongs to, and a few names (a retail turnover said as
"revenus", the industrial index said short, "marquant").

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's. The rules were measured on the sealed sets
only once, after they were written.
"""

from conftest import article_facts as facts

# -- the year reported, and its end ----------------------------------------------------------


def test_a_december_report_on_the_years_end_is_about_that_year_not_the_plans() -> None:
    text = (
        "At the end of the year, the province's gross regional domestic product (GRDP) is"
        " estimated to grow by 6.2%.\n\nThe province will strive for GRDP growth of 8% in 2024.\n"
    )
    found = facts(text, published="2023-12", url="https://thainguyen.example.org/news/economy")
    assert ("thai-nguyen", "2023-FY", "grdp", "yoy_pct", 6.2) in found
    assert ("thai-nguyen", "2024-FY", "grdp", "target_yoy_pct", 8.0) in found


def test_without_the_years_end_a_plan_year_alone_still_gives_no_period() -> None:
    text = (
        "The province's gross regional domestic product (GRDP) is estimated to grow by 6.2%.\n\n"
        "The province will strive for GRDP growth of 8% in 2024.\n"
    )
    found = facts(text, published="2023-12", url="https://thainguyen.example.org/news/economy")
    assert not any(f[3] == "yoy_pct" for f in found)


def test_a_september_estimate_of_the_year_is_a_result_not_a_target() -> None:
    text = (
        "Lang Son province reviewed its socio-economic results. The estimated economic growth"
        " rate in 2025 is 7.9%. For 2026, the province sets an economic growth rate of 9%.\n"
    )
    found = facts(text, published="2025-09")
    assert ("lang-son", "2025-FY", "grdp", "yoy_pct", 7.9) in found
    assert ("lang-son", "2025-FY", "grdp", "target_yoy_pct", 7.9) not in found


def test_in_september_an_expected_figure_for_the_year_stays_a_target() -> None:
    text = "Lang Son province. Economic growth is expected to reach 7.9% in 2025.\n"
    found = facts(text, published="2025-09")
    assert ("lang-son", "2025-FY", "grdp", "yoy_pct", 7.9) not in found


def test_by_the_year_reported_is_that_year_in_its_closing_report() -> None:
    text = (
        "In 2025, the GRDP of Hung Yen province is estimated at 300,100 billion VND. GRDP per"
        " capita keeps rising; by 2025, it is estimated to reach 96.4 million VND.\n"
    )
    found = facts(text, published="2025-10")
    assert ("hung-yen", "2025-FY", "grdp_per_capita", "value", 96.4) in found


# -- a purpose is a target -------------------------------------------------------------------


def test_in_order_to_ensure_a_growth_rate_is_a_target() -> None:
    text = (
        "In the first 6 months of 2025, Dong Thap's GRDP grew by 6.8% over the same period in"
        " 2024. In order to stimulate growth and ensure a GRDP growth rate of 8% or more, the"
        " province will carry out many solutions in the last months of the year.\n"
    )
    found = facts(text, published="2025-07-20")
    assert ("dong-thap", "2025-H1", "grdp", "yoy_pct", 6.8) in found
    assert ("dong-thap", "2025-H1", "grdp", "yoy_pct", 8.0) not in found
    assert ("dong-thap", "2025-FY", "grdp", "target_yoy_pct", 8.0) in found


# -- a part owns what it is said to have or add to --------------------------------------------

_NATIONAL = "selon l'Office général des statistiques (OGS). "


def test_a_sector_that_saw_its_exports_grow_owns_the_figures() -> None:
    text = (
        "Au premier semestre 2024, les exportations du Vietnam ont atteint 180 milliards de"
        " dollars, en hausse de 12% sur un an, " + _NATIONAL + "Le secteur étatique a vu ses"
        " exportations croître de 15% à 40 milliards de dollars, soit 22% du total.\n"
    )
    found = facts(text, published="2024-07-08", language="fr")
    assert ("vietnam", "2024-H1", "export", "value", 180000.0) in found
    assert ("vietnam", "2024-H1", "export", "yoy_pct", 12.0) in found
    assert ("vietnam", "2024-H1", "export", "yoy_pct", 15.0) not in found
    assert ("vietnam", "2024-H1", "export", "value", 40000.0) not in found


def test_a_sector_contributing_to_the_turnover_of_imports_owns_its_change() -> None:
    text = (
        "Au premier semestre 2024, les importations ont progressé de 16% sur un an, "
        + _NATIONAL
        + "Le secteur étatique a contribué à hauteur de 60,5 milliards de dollars au chiffre"
        " d'affaires des importations, soit une augmentation de 20,1%.\n"
    )
    found = facts(text, published="2024-07-08", language="fr")
    assert ("vietnam", "2024-H1", "import", "yoy_pct", 16.0) in found
    assert ("vietnam", "2024-H1", "import", "yoy_pct", 20.1) not in found


def test_products_that_dominated_exports_own_the_turnover_they_generated() -> None:
    text = (
        "Au premier semestre 2024, les exportations ont atteint 180 milliards de dollars, "
        + _NATIONAL
        + "Les produits industriels transformés ont dominé les exportations, générant un"
        " chiffre d'affaires estimé à 150,2 milliards de dollars.\n"
    )
    found = facts(text, published="2024-07-08", language="fr")
    assert ("vietnam", "2024-H1", "export", "value", 180000.0) in found
    assert ("vietnam", "2024-H1", "export", "value", 150200.0) not in found


def test_a_sector_leading_the_provinces_grdp_owns_its_growth() -> None:
    text = (
        "Trong quý I/2024, tăng trưởng kinh tế của tỉnh Hà Tĩnh đạt 6,9%. Khu vực công nghiệp"
        " đóng vai trò dẫn dắt trong GRDP của tỉnh với mức tăng 10,2%, chiếm 30% trong cơ cấu"
        " kinh tế.\n"
    )
    found = facts(text, published="2024-04-10", language="vi")
    assert ("ha-tinh", "2024-Q1", "grdp", "yoy_pct", 6.9) in found
    assert ("ha-tinh", "2024-Q1", "grdp", "yoy_pct", 10.2) not in found


# -- a level that is a share of the total given before ----------------------------------------


def test_a_level_accounting_for_a_share_of_the_total_is_a_part() -> None:
    text = (
        "Total retail sales of goods and consumer services in the first quarter of 2025 were"
        " estimated at VNĐ1.6 quadrillion, up 9.1 per cent year-on-year, according to the"
        " General Statistics Office. Retail sales reached VNĐ1.2 quadrillion, accounting for"
        " 75.5 per cent of the total, and up 8.1 per cent from the same period last year.\n"
    )
    found = facts(text, published="2025-04-08")
    assert ("vietnam", "2025-Q1", "retail_sales", "value", 1600000.0) in found
    assert ("vietnam", "2025-Q1", "retail_sales", "yoy_pct", 9.1) in found
    assert ("vietnam", "2025-Q1", "retail_sales", "value", 1200000.0) not in found
    assert ("vietnam", "2025-Q1", "retail_sales", "yoy_pct", 8.1) not in found


def test_a_share_of_a_named_total_leaves_the_level_its_own() -> None:
    text = (
        "In the first half of 2025, Hanoi led with registered FDI of nearly 3.1 billion USD,"
        " accounting for 15% of the country's total investment, according to the Ministry of"
        " Finance.\n"
    )
    found = facts(text, published="2025-07-08")
    assert ("ha-noi", "2025-H1", "fdi_registered", "value", 3100.0) in found


# -- a record passed is a base ---------------------------------------------------------------


def test_a_record_passed_is_no_figure_of_the_year() -> None:
    text = (
        "In the first nine months of 2024, Viet Nam's import-export value reached US$600"
        " billion, according to the General Statistics Office. Viet Nam's import-export value is"
        " likely to touch the US$780 billion mark by this year-end, far exceeding a record of"
        " US$700 billion seen in 2022, according to economists.\n"
    )
    found = facts(text, published="2024-10-08")
    assert ("vietnam", "2024-9M", "import_export", "value", 600000.0) in found
    assert not any(f[4] == 700000.0 for f in found)


# -- one event's visitors --------------------------------------------------------------------


def test_a_tourism_weeks_visitors_are_no_count_of_the_period() -> None:
    text = (
        "Trong 6 tháng đầu năm 2023, tổng lượt khách đến tỉnh Ninh Bình ước đạt 4,1 triệu lượt."
        " Tỉnh đã tổ chức Tuần du lịch mùa lúa chín từ ngày 25/5 đến 2/6, thu hút trên 150.000"
        " lượt du khách.\n"
    )
    found = facts(text, published="2023-07-05", language="vi")
    assert ("ninh-binh", "2023-H1", "tourist_arrivals", "value", 4100000.0) in found
    assert not any(f[4] == 150000.0 for f in found)


def test_a_holidays_visitors_are_no_count_of_the_period() -> None:
    text = (
        "During the five-day holiday, Da Nang welcomed 320,000 visitors. In the first half of"
        " 2024, the city welcomed 4.2 million visitors.\n"
    )
    found = facts(text, published="2024-07-05")
    assert ("da-nang", "2024-H1", "tourist_arrivals", "value", 4200000.0) in found
    assert not any(f[4] == 320000.0 for f in found)


# -- names -----------------------------------------------------------------------------------


def test_revenus_du_commerce_de_detail_name_retail_sales() -> None:
    text = (
        "En 2023, le PIB régional de Bac Ninh a progressé de 5%. Toujours l'année dernière, les"
        " revenus du commerce de détail et des services de consommation ont augmenté de 9,1 %.\n"
    )
    found = facts(text, published="2024-02-20", language="fr")
    assert ("bac-ninh", "2023-FY", "retail_sales", "yoy_pct", 9.1) in found


def test_marquant_links_a_change_to_the_level_before_it() -> None:
    text = (
        "Le commerce extérieur du Vietnam a atteint 650 milliards de dollars entre janvier et"
        " septembre 2025, marquant une progression de 16,1% sur un an, selon l'Office général"
        " des statistiques.\n"
    )
    found = facts(text, published="2025-10-07", language="fr")
    assert ("vietnam", "2025-9M", "import_export", "value", 650000.0) in found
    assert ("vietnam", "2025-9M", "import_export", "yoy_pct", 16.1) in found


def test_the_industrial_index_said_short_is_the_iip() -> None:
    found = facts(
        "Tỉnh Quảng Nam: quý I/2025, chỉ số công nghiệp tăng 12,4% so với cùng kỳ năm trước;"
        " công nghiệp phục hồi, chỉ số sản xuất tăng 8,5%.\n",
        published="2025-04-05",
        language="vi",
    )
    assert ("quang-nam", "2025-Q1", "iip", "yoy_pct", 12.4) in found


def test_a_farm_production_index_is_no_iip() -> None:
    found = facts(
        "Tỉnh Quảng Nam: quý I/2025, chỉ số sản xuất nông nghiệp tăng 3,1% so với cùng kỳ.\n",
        published="2025-04-05",
        language="vi",
    )
    assert not any(f[2] == "iip" for f in found)
