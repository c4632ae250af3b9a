"""The failure classes the ninth test set showed once opened (ninth round of rules).

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's.
"""

from conftest import article_facts as facts

# A base named in words or in brackets dates no report


def test_a_multiple_of_a_base_and_a_bracketed_base_do_not_date_the_report() -> None:
    text = (
        "In the first 6 months of 2025, Son La province carried out its socio-economic tasks.\n"
        "The economic growth rate (GRDP) reached 7.4% (6-month scenario of 7% or more).\n"
        "Total budget revenue is estimated at VND 3,120.5 billion, nearly double the first 6"
        " months of 2024 (about VND 1,600 billion).\n"
        "The industrial production index (IIP) rose by 12.3% over the same period (6 months of"
        " 2024 increased by 9.1%).\n"
    )
    found = facts(text, published="2025-06-28", url="https://baosonla.vn/kinh-te-son-la.html")
    assert ("son-la", "2025-H1", "grdp", "yoy_pct", 7.4) in found
    assert ("son-la", "2025-H1", "budget_revenue", "value", 3120.5) in found
    assert ("son-la", "2025-H1", "iip", "yoy_pct", 12.3) in found
    assert not any(f[1].startswith("2024") for f in found)


def test_a_quarter_in_brackets_after_a_figure_is_a_base_not_the_span_that_follows() -> None:
    text = (
        "In the first 6 months of 2025, industry in Son La grew by an estimated 11.2% (same"
        " period increased by 9.6%, first quarter increased by 10.4%); export turnover reached"
        " 210 million USD, up 15% over the same period.\n"
    )
    found = facts(text, published="2025-06-28", url="https://baosonla.vn/kinh-te-son-la.html")
    assert ("son-la", "2025-H1", "export", "value", 210.0) in found
    assert ("son-la", "2025-H1", "export", "yoy_pct", 15.0) in found


def test_equal_to_a_whole_year_is_a_base() -> None:
    text = (
        "In the first 6 months of 2025, Son La carried out its tasks.\nTotal budget revenue in the"
        " area is estimated at VND 3,120.5 billion, reaching 97.5% of the estimate, nearly equal"
        " to the total revenue for the whole year of 2024.\n"
    )
    found = facts(text, published="2025-06-28", url="https://baosonla.vn/kinh-te-son-la.html")
    assert ("son-la", "2025-H1", "budget_revenue", "value", 3120.5) in found
    assert not any(f[1] == "2024-FY" for f in found)


def test_a_multiple_of_a_year_in_vietnamese_is_a_base() -> None:
    text = (
        "Năm 2025, tỉnh Sơn La thu hút 12 dự án FDI.\n\nTổng vốn đăng ký hơn 210 triệu USD, gấp gần"
        " 4 lần năm 2024.\n"
    )
    found = facts(text, language="vi", published="2026-01-08", url="https://baosonla.vn/fdi.html")
    assert ("son-la", "2025-FY", "fdi_registered", "value", 210.0) in found
    assert not any(f[1] == "2024-FY" for f in found)


# Vietnamese spans and plans


def test_nine_months_of_the_year_with_cua_is_a_nine_month_span() -> None:
    text = (
        "Trong 9 tháng của năm 2023, tổng thu từ khách du lịch của tỉnh Sơn La ước đạt 2.150 tỷ"
        " đồng, tăng 31,5% so với cùng kỳ năm 2022."
    )
    found = facts(text, language="vi", published="2023-10-06")
    assert ("son-la", "2023-9M", "tourism_revenue", "value", 2150.0) in found
    assert ("son-la", "2023-9M", "tourism_revenue", "yoy_pct", 31.5) in found


def test_the_year_of_a_plan_set_dates_nothing() -> None:
    text = (
        "9 tháng năm 2023, doanh thu du lịch của tỉnh Sơn La đã vượt kế hoạch đặt ra trong năm"
        " 2023, với hơn 2.150 tỷ đồng, tăng 31,5% so với cùng kỳ."
    )
    found = facts(text, language="vi", published="2023-10-06")
    assert ("son-la", "2023-9M", "tourism_revenue", "value", 2150.0) in found
    assert not any(f[1] == "2023-FY" for f in found)


# Names


def test_a_bare_total_product_is_the_provinces_gross_product() -> None:
    text = (
        "Trong 6 tháng đầu năm 2025, tỉnh Sơn La có tổng sản phẩm (theo giá so sánh) ước đạt"
        " khoảng 18.560 tỉ đồng, tăng 6,48% so với cùng kỳ."
    )
    found = facts(text, language="vi", published="2025-07-05")
    assert ("son-la", "2025-H1", "grdp", "value", 18560.0) in found
    assert ("son-la", "2025-H1", "grdp", "yoy_pct", 6.48) in found
    text = "Tổng giá trị sản phẩm trên địa bàn tỉnh Sơn La năm 2024 ước đạt 63.249 tỷ đồng."
    assert ("son-la", "2024-FY", "grdp", "value", 63249.0) in facts(
        text, language="vi", published="2025-01-05"
    )


def test_the_countrys_total_product_stays_the_nations() -> None:
    text = (
        "6 tháng đầu năm 2025, tổng sản phẩm trong nước tăng 7,52% so với cùng kỳ; tổng sản phẩm"
        " của tỉnh Sơn La tăng 6,48%."
    )
    found = facts(text, language="vi", published="2025-07-05")
    assert ("vietnam", "2025-H1", "grdp", "yoy_pct", 7.52) in found
    assert ("son-la", "2025-H1", "grdp", "yoy_pct", 6.48) in found


def test_an_assigned_growth_target_is_a_target() -> None:
    text = (
        "Năm 2024, kinh tế vùng Trung du và miền núi phía Bắc phục hồi khá.\n\n"
        "Chính phủ giao chỉ tiêu tăng trưởng GRDP cho các địa phương trong vùng, trong đó cao nhất"
        " là Sơn La ở mức 9,2%. Những địa phương được giao chỉ tiêu tăng trưởng trên 8% là: Lào"
        " Cai (8,8%); Điện Biên (8,5%)."
    )
    found = facts(text, language="vi", published="2025-02-10")
    assert ("son-la", "2025-FY", "grdp", "target_yoy_pct", 9.2) in found
    assert ("dien-bien", "2025-FY", "grdp", "target_yoy_pct", 8.5) in found
    assert not any(f[3] == "yoy_pct" for f in found)
