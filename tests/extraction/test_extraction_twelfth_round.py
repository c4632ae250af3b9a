"""The failure classes of the eleventh test set, opened after its one sealed score (twelfth round).

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's.
"""

import pytest

from briefings.extraction.places import find_places, place_from_title, place_from_url_path
from conftest import article_facts as facts

# A title about one province it does not name is no national title


@pytest.mark.parametrize(
    "title",
    [
        "Tỉnh miền Trung tăng trưởng cao thứ ba cả nước",
        "Một tỉnh vượt Hải Phòng lọt top 10 thu hút FDI cả nước",
        "Tỉnh này hai năm liên tiếp tăng trưởng cao nhất cả nước",
    ],
)
def test_a_title_about_an_unnamed_province_names_no_province_and_not_the_nation(
    title: str,
) -> None:
    assert place_from_title(title) is None


def test_a_title_that_names_its_province_after_tinh_keeps_it() -> None:
    assert place_from_title("Tỉnh Nghệ An dẫn đầu cả nước về thu hút FDI") == "nghe-an"
    assert place_from_title("La province de Quang Ninh vise une croissance de 12%") == "quang-ninh"
    assert place_from_title("La province d’Ha Tinh vise une croissance de 10 %") == "ha-tinh"
    assert place_from_title("GDP cả nước tăng 7%") == "vietnam"


def test_an_address_about_an_unnamed_province_names_none() -> None:
    url = "https://example.vn/mot-tinh-vuot-hai-phong-lot-top-10-ca-nuoc-123.html"
    assert place_from_url_path(url) is None


# The province a rank is behind is no subject of what follows

TEXT = (
    "Tăng trưởng kinh tế của tỉnh năm 2024 ước đạt 11,5%, đứng thứ ba cả nước, chỉ sau"
    " Hải Phòng (12,9%)\n"
    "Năm 2024, kinh tế tỉnh Nghệ An đạt nhiều kết quả tích cực.\n"
    "Thu ngân sách năm 2024 ước đạt 21.000 tỷ đồng, tăng 12%. Kết quả này giúp Nghệ An dẫn đầu"
    " khu vực.\n"
    "Bên cạnh đó, tăng trưởng kinh tế của tỉnh Nghệ An năm 2024 ước đạt 11,5%, đứng thứ ba cả"
    " nước, chỉ sau Hải Phòng (12,9%).\n"
    "Chỉ số sản xuất công nghiệp năm 2024 của địa phương này tăng 14,2%.\n"
)


def test_a_province_ranked_behind_does_not_take_the_figures_that_follow() -> None:
    found = facts(
        TEXT,
        language="vi",
        published="2024-12-20",
        url="https://example.vn/tinh-mien-trung-tang-truong-cao-thu-ba-ca-nuoc.html",
        title="Tỉnh miền Trung tăng trưởng cao thứ ba cả nước",
    )
    by_indicator = {(f[2], f[3]): f[0] for f in found if f[4] != 12.9}
    assert by_indicator == {
        ("grdp", "yoy_pct"): "nghe-an",
        ("grdp", "rank"): "nghe-an",
        ("budget_revenue", "value"): "nghe-an",
        ("budget_revenue", "yoy_pct"): "nghe-an",
        ("iip", "yoy_pct"): "nghe-an",
    }
    assert ("hai-phong", "2024-FY", "grdp", "yoy_pct", 12.9) in found


# A person's name is no province


def test_a_name_given_a_person_is_no_province_anywhere_in_the_text() -> None:
    text = (
        "Phu Yen should tap its culture, said Chairman Tran Dinh Hue on Monday. At the meeting,"
        " Hue praised the province for a GRDP growth of 8.5% last year."
    )
    assert [p.slug for p in find_places(text)] == ["phu-yen"]
    found = facts(text, published="2024-03-04", url="https://example.org/phu-yen-culture.html")
    assert found == [("phu-yen", "2023-FY", "grdp", "yoy_pct", 8.5)]


# The uses of GDP, and the visitors of travel agencies, are no indicator's figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Về sử dụng GDP quý III/2025, tiêu dùng cuối cùng tăng 6,5% so với cùng kỳ năm trước.",
        "Về sử dụng GDP quý III/2025, xuất khẩu hàng hóa và dịch vụ tăng 15,2%.",
        "On the use of GDP in the third quarter, exports of goods and services rose 15.2%.",
    ],
)
def test_the_uses_of_gdp_give_no_trade_or_growth_figure(sentence: str) -> None:
    language = "en" if sentence.startswith("On") else "vi"
    found = facts(sentence, language=language, published="2025-10-06", url="https://x.vn/gdp.html")
    assert not [f for f in found if f[4] in (6.5, 15.2)], found


def test_the_visitors_travel_agencies_served_are_no_arrivals_total() -> None:
    found = facts(
        "Tổng số khách du lịch do cơ sở lữ hành phục vụ 6 tháng ước đạt 500 nghìn lượt, tăng 4%."
        "\nTổng lượt khách do cơ sở lưu trú phục vụ 6 tháng ước đạt 4,2 triệu lượt, tăng 20%.",
        language="vi",
        published="2024-07-02",
        url="https://baodanang.vn/du-lich.html",
    )
    assert {f[4] for f in found} == {4_200_000.0, 20.0}, found


# A clause opened by "with its figure" names its subject first


def test_the_first_province_after_an_opening_with_clause_is_its_subject() -> None:
    found = facts(
        "Với tổng vốn đăng ký hơn 1,2 tỷ USD, chiếm 9% cả nước, Hải Phòng đã vượt qua Bắc Ninh"
        " để xếp thứ hai.",
        language="vi",
        published="2023-07-01",
        url="https://example.vn/fdi-6-thang.html",
        title="Thu hút FDI 6 tháng đầu năm 2023",
    )
    assert ("hai-phong", "2023-H1", "fdi_registered", "value", 1200.0) in found


# A period after a bare comma that has a figure of its own opens the next clause


def test_a_quarter_dates_its_figure_and_the_span_after_the_comma_dates_the_next() -> None:
    found = facts(
        "Trong 6 tháng đầu năm 2025, kinh tế Việt Nam phục hồi. GDP quý 2 của Việt Nam đạt khoảng"
        " 7,5%, 6 tháng tăng 7,1%.",
        language="vi",
        published="2025-07-05",
        url="https://example.vn/gdp-viet-nam.html",
    )
    assert ("vietnam", "2025-Q2", "grdp", "yoy_pct", 7.5) in found
    assert not any(f[1] == "2025-H1" and f[4] == 7.5 for f in found)


# A sum of money too small for any province is no figure


def test_a_sum_cut_before_its_scale_word_is_no_figure() -> None:
    url, published = "https://baogialai.com.vn/x.html", "2026-01-05"
    assert facts("In 2025, Gia Lai's FDI surged to around $1.", published=published, url=url) == []
    assert facts(
        "In 2025, Gia Lai's FDI surged to around $1.2 billion.", published=published, url=url
    ) == [("gia-lai", "2025-FY", "fdi_registered", "value", 1200.0)]
