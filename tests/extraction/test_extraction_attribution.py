"""Articles about many provinces give one fact per province, each with its own quote.

Rankings, national releases listing provinces, lists with "respectively": the sentences are
invented in the style of such articles (figures too).
"""

from __future__ import annotations

from briefings.domain.periods import Period
from briefings.extraction import ArticleMeta, extract_facts

RANKING = ArticleMeta(
    "x", url="https://news.example.vn/a/1.html", period=Period.parse("2025-H1"), language="en"
)


def facts(text: str, meta: ArticleMeta = RANKING) -> set[tuple[str, str, str, float]]:
    found = extract_facts(text, meta).candidates
    return {(c.province, c.indicator, c.measure, c.value) for c in found}


def test_a_ranking_gives_each_province_its_figure() -> None:
    text = (
        "Regional GDP growth in the first half diverged. Lang Son led with 14.2%, followed by"
        " Cao Bang and Bac Kan with 13.5% and 12.9%."
    )
    assert facts(text) == {
        ("lang-son", "grdp", "yoy_pct", 14.2),
        ("cao-bang", "grdp", "yoy_pct", 13.5),
        ("bac-kan", "grdp", "yoy_pct", 12.9),
    }


def test_each_fact_quotes_its_own_words() -> None:
    text = "GRDP growth ranking: Lang Son led with 14.2%, then Ha Giang at 9.1%, Son La at 8%."
    quotes = {c.province: c.quote for c in extract_facts(text, RANKING).candidates}
    assert quotes["lang-son"].endswith("Lang Son led with 14.2%")
    assert quotes["son-la"] == "Son La at 8%"
    assert all(text[c.start : c.end] == c.quote for c in extract_facts(text, RANKING).candidates)


def test_respectively_pairs_names_and_figures_in_order() -> None:
    text = (
        "Yen Bai and the mountain province of Lai Chau posted GRDP growth rates of 7.4 per cent"
        " and 6.3 per cent, respectively."
    )
    assert facts(text) == {
        ("yen-bai", "grdp", "yoy_pct", 7.4),
        ("lai-chau", "grdp", "yoy_pct", 6.3),
    }


def test_vietnamese_lists_with_negative_growth_in_brackets() -> None:
    text = (
        "Ở chiều ngược lại, tăng trưởng GRDP của một số địa phương giảm là Kon Tum (-0,52%),"
        " Gia Lai (-2,3%), Hà Giang (-1.15%)."
    )
    assert facts(text) == {
        ("kon-tum", "grdp", "yoy_pct", -0.52),
        ("gia-lai", "grdp", "yoy_pct", -2.3),
        ("ha-giang", "grdp", "yoy_pct", -1.15),
    }


def test_the_nations_gdp_is_the_nations() -> None:
    text = "Viet Nam's GDP grew 6.1 per cent in the first half, while Ninh Thuan grew 8.2 per cent."
    assert facts(text + " GRDP rankings followed.") >= {
        ("vietnam", "grdp", "yoy_pct", 6.1),
        ("ninh-thuan", "grdp", "yoy_pct", 8.2),
    }


def test_a_province_named_in_a_sentence_keeps_the_next_ones() -> None:
    text = (
        "Phu Yen ranked second with GRDP up 9.2 per cent. The province's budget revenue reached"
        " VNĐ4.1 trillion, up 11 per cent year-on-year."
    )
    assert facts(text) == {
        ("phu-yen", "grdp", "yoy_pct", 9.2),
        ("phu-yen", "grdp", "rank", 2.0),
        ("phu-yen", "budget_revenue", "value", 4100.0),
        ("phu-yen", "budget_revenue", "yoy_pct", 11.0),
    }


def test_thresholds_ranges_and_groups_are_no_provinces_figures() -> None:
    text = (
        "Eight localities recorded growth above 10 per cent, and growth across the Mekong"
        " provinces ranged from 5.1 per cent to 7.7 per cent. Tien Giang is one of four"
        " localities whose exports topped the $5 billion mark."
    )
    assert facts(text) == set()


def test_ranks_said_as_leading_or_as_ordinals() -> None:
    text = (
        "Vĩnh Phúc dẫn đầu cả nước với tăng trưởng GRDP đạt 12,1%. Nam Định là địa phương có tăng"
        " trưởng GRDP cao thứ 2 cả nước với mức tăng 11,4%. Hà Tĩnh tăng 9,8%, xếp thứ 9/63."
    )
    meta = ArticleMeta("x", url="https://x.vn/a", period=Period.parse("2024-H1"), language="vi")
    ranks = {(p, v) for p, i, m, v in facts(text, meta) if m == "rank"}
    assert ranks == {("vinh-phuc", 1.0), ("nam-dinh", 2.0), ("ha-tinh", 9.0)}


def test_front_matter_provinces_keep_the_article_to_them() -> None:
    text = "GRDP growth in the first half: Lang Son 14.2%, Cao Bang 13.5%, Bac Kan 12.9%."
    meta = ArticleMeta(
        "x",
        period=Period.parse("2025-H1"),
        language="en",
        provinces=("cao-bang",),
        province="cao-bang",
    )
    assert facts(text, meta) == {("cao-bang", "grdp", "yoy_pct", 13.5)}


def test_sector_rates_beside_the_headline_are_not_the_grdp_rate() -> None:
    text = (
        "GRDP của tỉnh Lào Cai ước tăng 7,2% so với cùng kỳ; trong đó khu vực công nghiệp - xây"
        " dựng tăng 9,1%, khu vực dịch vụ tăng 6,4%. Lĩnh vực công nghiệp chế biến là động lực"
        " tăng trưởng kinh tế với mức tăng 15,2%."
    )
    meta = ArticleMeta("x", period=Period.parse("2024-9M"), language="vi")
    assert facts(text, meta) == {("lao-cai", "grdp", "yoy_pct", 7.2)}


def test_gdp_in_a_provinces_own_report_is_the_provinces() -> None:
    meta = ArticleMeta("x", url="https://baolaocai.vn/x", period=Period.parse("2025-H1"))
    text = "In the first half, the province reported GDP growth of 7.2%."
    assert facts(text, meta) == {("lao-cai", "grdp", "yoy_pct", 7.2)}
    national = "In the first half, Viet Nam's GDP grew 6.1% and the province grew faster."
    assert facts(national, meta) == {("vietnam", "grdp", "yoy_pct", 6.1)}  # said to be the nation's


def test_the_growth_of_a_sector_after_a_province_is_no_grdp() -> None:
    text = "Quang Ninh recorded industrial growth of 12.1% and Ha Long services growth of 9%."
    assert facts(text) == set()


def test_gdp_in_a_sentence_a_province_opens_is_the_provinces() -> None:
    text = (
        "GDP grew 6.9% nationwide in the first half. Can Tho ranks sixth in the country in terms"
        " of GDP growth, reaching 9.4%. Nationally, GDP growth of the country was 6.9%."
    )
    assert facts(text) >= {("can-tho", "grdp", "yoy_pct", 9.4), ("can-tho", "grdp", "rank", 6.0)}
    assert ("vietnam", "grdp", "yoy_pct", 9.4) not in facts(text)


def test_a_growth_after_a_provinces_rank_is_its_own() -> None:
    text = (
        "Tăng trưởng GRDP năm 2024: Hà Nội đứng thứ 12 với mức tăng 8,1%; TPHCM xếp thứ 19 với"
        " mức tăng 7,2%; Cần Thơ xếp thứ 30 với mức tăng 6,4%."
    )
    meta = ArticleMeta("x", url="https://x.vn/a", period=Period.parse("2024-FY"), language="vi")
    assert {(p, m, v) for p, _, m, v in facts(text, meta)} == {
        ("ha-noi", "rank", 12.0),
        ("ha-noi", "yoy_pct", 8.1),
        ("ho-chi-minh-city", "rank", 19.0),
        ("ho-chi-minh-city", "yoy_pct", 7.2),
        ("can-tho", "rank", 30.0),
        ("can-tho", "yoy_pct", 6.4),
    }


def test_a_sentence_opening_with_a_figure_then_a_province_makes_it_the_subject() -> None:
    text = (
        "GRDP: Sơn La tăng 0,6%, Hòa Bình tăng 1,8%. Với mức giảm 1,4%, Lâm Đồng là địa phương"
        " gặp nhiều khó khăn. Trong 6 tháng đầu năm, tổng mức bán lẻ hàng hóa ước đạt 3.770 tỷ"
        " đồng, tăng 13,2%."
    )
    meta = ArticleMeta("x", url="https://x.vn/a", period=Period.parse("2024-H1"), language="vi")
    retail = {(p, m, v) for p, i, m, v in facts(text, meta) if i == "retail_sales"}
    assert retail == {("lam-dong", "value", 3770.0), ("lam-dong", "yoy_pct", 13.2)}


def test_a_list_introduced_by_a_group_pairs_its_provinces_with_their_figures() -> None:
    text = (
        "GRDP growth figures were released. Several localities posted double-digit growth,"
        " including Lang Son, Cao Bang and Bac Kan, with 13.1%, 11.2% and 10.4%, respectively."
    )
    assert facts(text) == {
        ("lang-son", "grdp", "yoy_pct", 13.1),
        ("cao-bang", "grdp", "yoy_pct", 11.2),
        ("bac-kan", "grdp", "yoy_pct", 10.4),
    }


def test_the_nations_figure_at_the_start_of_a_text_quotes_its_own_words() -> None:
    text = "Viet Nam's GDP grew 8.1 per cent. Lang Son grew 9 per cent, Cao Bang 8 per cent."
    found = extract_facts(text, RANKING).candidates
    nation = next(c for c in found if c.province == "vietnam")
    assert nation.start >= 0
    assert nation.quote == text[nation.start : nation.end] == "GDP grew 8.1 per cent"


def test_came_and_finished_give_ranks() -> None:
    text = "GRDP growth: Lang Son led, Cao Bang came third with 9.1%, Bac Kan finished 10th."
    ranks = {(p, v) for p, _, m, v in facts(text) if m == "rank"}
    assert ranks == {("cao-bang", 3.0), ("bac-kan", 10.0)}


def test_a_list_of_visitor_counts_gives_each_province_its_count() -> None:
    meta = ArticleMeta("x", url="https://x.vn/a", period=Period.parse("2024-H1"), language="vi")
    text = (
        "Về lượng khách, Lào Cai dẫn đầu với gần 9 triệu lượt, tiếp theo là Hà Giang (4 triệu"
        " lượt), Sơn La (3,5 triệu) và Điện Biên (2,1 triệu lượt)."
    )
    assert {f for f in facts(text, meta) if f[2] == "value"} == {
        ("lao-cai", "tourist_arrivals", "value", 9_000_000),
        ("ha-giang", "tourist_arrivals", "value", 4_000_000),
        ("son-la", "tourist_arrivals", "value", 3_500_000),
        ("dien-bien", "tourist_arrivals", "value", 2_100_000),
    }


def test_ranks_by_the_size_of_a_level_are_no_facts() -> None:
    text = (
        "Tay Ninh ranked third nationwide in export turnover, with 7.2 billion USD."
        " Long An led the country in state budget revenue, with VND 12,000 billion."
    )
    assert {f for f in facts(text) if f[2] == "rank"} == set()


def test_an_indicator_the_nation_owns_is_the_nations() -> None:
    text = (
        "Binh Phuoc exported goods worth 2 billion USD. Meanwhile, the country's exports"
        " reached 180 billion USD, up 3.4%. Vietnam’s state budget revenue is projected to reach"
        " VND 1,900 trillion. Kim ngạch nhập khẩu hàng hóa của cả nước đạt 150 tỷ USD."
    )
    assert facts(text) >= {
        ("binh-phuoc", "export", "value", 2000),
        ("vietnam", "export", "value", 180_000),
        ("vietnam", "export", "yoy_pct", 3.4),
        ("vietnam", "budget_revenue", "value", 1_900_000),
        ("vietnam", "import", "value", 150_000),
    }
    assert not {f for f in facts(text) if f[0] == "binh-phuoc" and f[3] != 2000}


def test_a_province_named_after_a_national_scope_owns_the_figure() -> None:
    meta = ArticleMeta("x", url="https://x.vn/a", period=Period.parse("2024-FY"), language="vi")
    text = "Dẫn đầu về tăng trưởng kinh tế của cả nước là Bình Định với mức tăng 9,1%."
    assert ("binh-dinh", "grdp", "yoy_pct", 9.1) in facts(text, meta)


def test_size_classes_of_counted_things_are_no_figures() -> None:
    text = (
        "Dong Nai exported goods worth USD9 billion. The province has 14 items with export"
        " turnover of over USD500 million. There were 2 export items of over USD1 billion."
    )
    assert facts(text) == {("dong-nai", "export", "value", 9000)}


def test_this_locality_is_the_province_the_sentence_before_named() -> None:
    text = (
        "Ha Nam exported goods worth USD3 billion. One more province joined the group, namely"
        " Thai Binh province. This locality achieved an export turnover of USD2.1 billion, up 6%."
    )
    assert facts(text) == {
        ("ha-nam", "export", "value", 3000),
        ("thai-binh", "export", "value", 2100),
        ("thai-binh", "export", "yoy_pct", 6),
    }


def test_a_sentence_opening_with_its_figure_names_its_province_after_it() -> None:
    text = (
        "Lai Chau welcomed 1.2 million visitors. Over 3 million tourists visited Ha Giang"
        " province. Total tourism revenue was estimated at VND5 trillion, up 12%."
    )
    assert facts(text) == {
        ("lai-chau", "tourist_arrivals", "value", 1_200_000),
        ("ha-giang", "tourist_arrivals", "value", 3_000_000),
        ("ha-giang", "tourism_revenue", "value", 5000),
        ("ha-giang", "tourism_revenue", "yoy_pct", 12),
    }


def test_a_figure_compared_with_a_province_named_after_it_stays_with_the_subject() -> None:
    text = "Lai Chau grew fast. 8.5% is more than Ha Giang managed, the GRDP report said."
    assert ("ha-giang", "grdp", "yoy_pct", 8.5) not in facts(text)


def test_a_province_after_a_preposition_opens_its_sentence() -> None:
    meta = ArticleMeta("x", url="https://x.vn/a", period=Period.parse("2024-9M"), language="vi")
    text = (
        "Hải Dương xuất khẩu 9 tháng năm 2024 đạt 8 tỷ USD. Với Hà Nam, tháng 9/2024, xuất khẩu"
        " đạt 0,5 tỷ USD. Tính chung 9 tháng năm 2024, xuất khẩu trên địa bàn tỉnh đạt 4,2 tỷ USD."
    )
    assert facts(text, meta) == {
        ("hai-duong", "export", "value", 8000),
        ("ha-nam", "export", "value", 4200),
    }


def test_a_ranking_that_goes_on_keeps_the_indicator_of_the_sentence_before() -> None:
    meta = ArticleMeta("x", url="https://x.vn/a", period=Period.parse("2024-FY"), language="vi")
    text = (
        "Năm 2024, kim ngạch xuất khẩu của Đồng Nai đạt 25 tỷ USD, dẫn đầu khu vực. Tiếp theo là"
        " Long An 12,5 tỷ USD; Tây Ninh 9,2 tỷ USD; Bình Phước 4,1 tỷ USD."
    )
    assert facts(text, meta) == {
        ("dong-nai", "export", "value", 25_000),
        ("long-an", "export", "value", 12_500),
        ("tay-ninh", "export", "value", 9_200),
        ("binh-phuoc", "export", "value", 4_100),
    }


def test_places_after_first_in_a_ranking_carry_its_indicator() -> None:
    text = (
        "Binh Duong attracted the most FDI, with 2.5 billion USD. Followed by Long An (1.2"
        " billion USD) and Tay Ninh (0.9 billion USD)."
    )
    assert {f for f in facts(text) if f[2] == "value"} == {
        ("binh-duong", "fdi_registered", "value", 2500),
        ("long-an", "fdi_registered", "value", 1200),
        ("tay-ninh", "fdi_registered", "value", 900),
    }
