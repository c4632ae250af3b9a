"""Failure classes written down as patterns (round 22): the year a review conference also sets
tasks for.

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's. The rules were measured on the sealed sets
only once, after they were written.
"""

import pytest

from conftest import article_facts as facts

# "At the conference reviewing 2024 and setting tasks for 2025, X reported ...": the results
# are the reviewed year's; the agenda's year dates none of them.


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "At the conference reviewing 2024 and setting tasks for 2025, Bac Ninh reported GRDP"
            " growth of 11.2%.",
        ),
        (
            "vi",
            "Tại hội nghị tổng kết năm 2024 và triển khai nhiệm vụ năm 2025, tỉnh Bắc Ninh cho"
            " biết GRDP tăng 11,2%.",
        ),
        (
            "fr",
            "Lors de la conférence faisant le bilan de 2024 et fixant les tâches pour 2025, Bac"
            " Ninh a annoncé une croissance du PIBR de 11,2%.",
        ),
    ],
)
def test_a_review_conferences_results_are_the_reviewed_years(language: str, sentence: str) -> None:
    found = facts(sentence + "\n", published="2025-01-10", language=language)
    assert found == [("bac-ninh", "2024-FY", "grdp", "yoy_pct", 11.2)]


def test_the_agenda_year_still_dates_a_target_said_for_it() -> None:
    text = (
        "At the conference reviewing 2024 and setting tasks for 2025, Bac Ninh reported GRDP"
        " growth of 11.2%. For 2025, the province targets growth of 12%.\n"
    )
    assert facts(text, published="2025-01-10") == [
        ("bac-ninh", "2024-FY", "grdp", "yoy_pct", 11.2),
        ("bac-ninh", "2025-FY", "grdp", "target_yoy_pct", 12.0),
    ]


# Names paired with figures of two kinds: "A và B đứng thứ 2 và 3 với mức tăng tương ứng 10,5%
# và 9,9%" gives each name its rank and its rate.


def test_two_names_pair_with_two_ranks_and_two_rates() -> None:
    text = (
        "Trong 9 tháng đầu năm 2024, Bắc Giang dẫn đầu cả nước về tăng trưởng GRDP với 14,2%;"
        " Hải Phòng và Thanh Hóa đứng thứ 2 và 3 với mức tăng tương ứng 10,5% và 9,9%.\n"
    )
    assert sorted(facts(text, published="2024-10-05", language="vi")) == [
        ("bac-giang", "2024-9M", "grdp", "rank", 1.0),
        ("bac-giang", "2024-9M", "grdp", "yoy_pct", 14.2),
        ("hai-phong", "2024-9M", "grdp", "rank", 2.0),
        ("hai-phong", "2024-9M", "grdp", "yoy_pct", 10.5),
        ("thanh-hoa", "2024-9M", "grdp", "rank", 3.0),
        ("thanh-hoa", "2024-9M", "grdp", "yoy_pct", 9.9),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong 9 tháng đầu năm 2024, GRDP của Hải Phòng và Thanh Hóa tăng lần lượt 10,5% và 9,9%.",
        "Trong 9 tháng đầu năm 2024, Hải Phòng và Thanh Hóa tăng trưởng GRDP lần lượt 10,5% và"
        " 9,9%.",
    ],
)
def test_respectively_before_the_rates_pairs_them_with_the_names(sentence: str) -> None:
    assert facts(sentence + "\n", published="2024-10-05", language="vi") == [
        ("hai-phong", "2024-9M", "grdp", "yoy_pct", 10.5),
        ("thanh-hoa", "2024-9M", "grdp", "yoy_pct", 9.9),
    ]


def test_respectively_that_pairs_nothing_still_blocks_a_rate() -> None:
    # the rates are the visitors' and the revenue's, and only the revenue is named before them:
    # neither is read (7% is not the revenue's growth, nor the province named before's)
    text = (
        "Năm 2025, TP Hồ Chí Minh đón 50 triệu lượt khách. Tổng lượng khách du lịch nội địa ước"
        " đạt 120 triệu lượt, tổng thu du lịch đạt chín trăm nghìn tỷ đồng, tăng lần lượt 7% và"
        " 11% so với năm trước.\n"
    )
    assert facts(text, published="2026-01-05", language="vi") == [
        ("ho-chi-minh-city", "2025-FY", "tourist_arrivals", "value", 50000000.0)
    ]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "fr",
            "Au cours des neuf premiers mois de 2024, Hai Phong et Thanh Hoa se sont classées"
            " respectivement 2e et 3e du pays pour la croissance du PIBR.",
        ),
        (
            "en",
            "In the first nine months of 2024, Hai Phong and Thanh Hoa ranked respectively 2nd"
            " and 3rd in GRDP growth.",
        ),
    ],
)
def test_respectively_between_the_verb_and_the_ranks(language: str, sentence: str) -> None:
    assert facts(sentence + "\n", published="2024-10-05", language=language) == [
        ("hai-phong", "2024-9M", "grdp", "rank", 2.0),
        ("thanh-hoa", "2024-9M", "grdp", "rank", 3.0),
    ]


# A list that says its currency once: "Binh Duong (30,6 milliards de dollars), Hai Phong (près
# de 26,8 milliards)".


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "fr",
            "En 2023, les exportations les plus élevées ont été enregistrées à Binh Duong (plus de"
            " 30,6 milliards de dollars), Hai Phong (près de 26,8 milliards) et Hanoï (16,6"
            " milliards).",
        ),
        (
            "en",
            "In 2023, the highest exports were recorded in Binh Duong (over 30.6 billion USD),"
            " Hai Phong (nearly 26.8 billion) and Hanoi (16.6 billion).",
        ),
        (
            "vi",
            "Năm 2023, kim ngạch xuất khẩu cao nhất thuộc về Bình Dương (hơn 30,6 tỷ USD), Hải"
            " Phòng (gần 26,8 tỷ) và Hà Nội (16,6 tỷ).",
        ),
    ],
)
def test_a_list_of_amounts_keeps_the_currency_said_first(language: str, sentence: str) -> None:
    assert facts(sentence + "\n", published="2024-01-08", language=language) == [
        ("binh-duong", "2023-FY", "export", "value", 30600.0),
        ("hai-phong", "2023-FY", "export", "value", 26800.0),
        ("ha-noi", "2023-FY", "export", "value", 16600.0),
    ]


def test_a_bare_amount_after_one_in_dong_stays_in_dong() -> None:
    text = "Năm 2023, thu ngân sách của Bình Dương đạt 70.000 tỷ đồng, Hải Phòng 105.000 tỷ.\n"
    assert facts(text, published="2024-01-08", language="vi") == [
        ("binh-duong", "2023-FY", "budget_revenue", "value", 70000.0),
        ("hai-phong", "2023-FY", "budget_revenue", "value", 105000.0),
    ]


def test_carrying_a_currency_needs_the_same_scale_word_and_no_clause_end() -> None:
    from briefings.extraction.numbers import find_quantities

    text = "Exports reached 30.6 billion USD. Some 2.1 billion were shipped by sea, 4 million more."
    kinds = [(q.kind, q.currency) for q in find_quantities(text, "en")]
    assert kinds[1] == ("plain", "")  # a new sentence: no list of the amount before
    assert kinds[2] == ("plain", "")


# A list's rates take the change said before it opens.


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "In the first nine months of 2025, retail sales rose in the large cities, including"
            " Da Nang with 9.4%, Can Tho 8.8%, Hanoi 8.4%, Ho Chi Minh City and Hai Phong 8.3%.",
        ),
        (
            "fr",
            "Au cours des neuf premiers mois de 2025, une hausse a été observée dans les ventes au"
            " détail dans de nombreuses villes, notamment Da Nang avec 9,4%, Can Tho 8,8%, Hanoï"
            " 8,4%, Hô Chi Minh-Ville et Hai Phong 8,3%.",
        ),
    ],
)
def test_a_list_opened_after_a_change_gives_each_item_that_change(
    language: str, sentence: str
) -> None:
    assert facts(sentence + "\n", published="2025-10-08", language=language) == [
        ("da-nang", "2025-9M", "retail_sales", "yoy_pct", 9.4),
        ("can-tho", "2025-9M", "retail_sales", "yoy_pct", 8.8),
        ("ha-noi", "2025-9M", "retail_sales", "yoy_pct", 8.4),
        ("hai-phong", "2025-9M", "retail_sales", "yoy_pct", 8.3),
        ("ho-chi-minh-city", "2025-9M", "retail_sales", "yoy_pct", 8.3),
    ]


def test_a_list_with_a_change_of_each_direction_before_it_takes_neither() -> None:
    from briefings.extraction import cues

    assert cues.list_change(" rose in the cities, including Da Nang with ") == "up"
    assert cues.list_change(" fell in the cities, including Da Nang with ") == "down"
    assert cues.list_change("exports rose and imports fell, including Da Nang ") == "none"
    assert cues.list_change("rose by 5%, including Da Nang ") == "none"  # the change had its rate


def test_de_in_a_french_list_of_rates_keeps_the_lists_change() -> None:
    text = (
        "Au cours des neuf premiers mois de 2025, les ventes au détail ont progressé de 9,4% à Da"
        " Nang, de 8,8% à Can Tho et de 8,4% à Hanoï.\n"
    )
    assert facts(text, published="2025-10-08", language="fr") == [
        ("da-nang", "2025-9M", "retail_sales", "yoy_pct", 9.4),
        ("can-tho", "2025-9M", "retail_sales", "yoy_pct", 8.8),
        ("ha-noi", "2025-9M", "retail_sales", "yoy_pct", 8.4),
    ]


# A former province named as such after the 2025 merger: "Phú Yên (cũ) đạt 2.765 tỷ đồng".


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "vi",
            "Trong 6 tháng đầu năm 2025, thu ngân sách của tỉnh Đắk Lắk (cũ) đạt 5.953 tỷ đồng,"
            " Phú Yên (cũ) đạt 2.765 tỷ đồng.",
        ),
        (
            "en",
            "In the first six months of 2025, budget revenue of Dak Lak province (old) reached VND"
            " 5,953 billion, Phu Yen (old) reached VND 2,765 billion.",
        ),
    ],
)
def test_a_list_item_may_name_a_former_province(language: str, sentence: str) -> None:
    assert facts(sentence + "\n", published="2025-07-10", language=language) == [
        ("dak-lak", "2025-H1", "budget_revenue", "value", 5953.0),
        ("phu-yen", "2025-H1", "budget_revenue", "value", 2765.0),
    ]


def test_the_foreign_investment_agencys_data_are_the_nations() -> None:
    text = (
        "Theo số liệu mới nhất về thu hút đầu tư trực tiếp nước ngoài của Cục Đầu tư nước ngoài,"
        " trong 3 tháng đầu năm 2024 tổng vốn đăng ký của nhà đầu tư nước ngoài đạt gần 6,2 tỷ"
        " USD.\n"
    )
    found = facts(text, published="2024-03-28", language="vi", title="Nghệ An thu hút FDI")
    assert found == [("vietnam", "2024-Q1", "fdi_registered", "value", 6200.0)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "En 2023, Khanh Hoa a accueilli 20 paquebots, transportant 40.000 visiteurs."),
        ("en", "In 2023, Khanh Hoa welcomed 20 cruise ships, carrying over 40,000 visitors."),
    ],
)
def test_cruise_passengers_after_a_comma_are_still_a_part(language: str, sentence: str) -> None:
    assert facts(sentence + "\n", published="2024-01-10", language=language) == []
