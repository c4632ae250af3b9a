"""Which province an article is about (names in invented sentences)."""

from briefings.extraction.places import (
    GROUP,
    find_places,
    infer_province,
    place_from_url_path,
    province_from_url,
    province_names,
)


def test_the_newspaper_host_names_the_province() -> None:
    assert province_from_url("https://baobackan.vn/x.html") == "bac-kan"
    assert province_from_url("https://tuyengiaocaobang.vn/index.php/x") == "cao-bang"
    assert province_from_url("https://www.vietnam.vn/en/x") is None


def test_the_host_outweighs_names_in_the_text() -> None:
    text = "Speed up the Bac Kan - Cao Bang expressway."
    assert infer_province(text, "https://tuyengiaocaobang.vn/x") == "cao-bang"


def test_without_a_host_the_most_named_province_wins() -> None:
    text = "Thai Nguyen and Bắc Kạn. Bac Kan province. Bắc Kạn people."
    assert infer_province(text) == "bac-kan"


def test_names_match_with_or_without_diacritics_and_either_tone_placement() -> None:
    text = "Hoà Bình, Hòa Bình, Ba Ria - Vung Tau, Hanoi"
    assert [slug for _, _, slug in province_names(text)] == [
        "hoa-binh",
        "hoa-binh",
        "ba-ria-vung-tau",
        "ha-noi",
    ]


def test_the_president_is_no_city() -> None:
    assert province_names("studying Ho Chi Minh's ideology") == []


def test_names_without_some_diacritics_are_names_and_with_added_ones_are_not() -> None:
    text = "Dà Nang, Dông Nai et Hà Tinh. Năm định hướng lớn."
    assert [slug for _, _, slug in province_names(text)] == ["da-nang", "dong-nai", "ha-tinh"]


def test_french_and_english_spellings_of_the_cities() -> None:
    text = "Hô Chi Minh-Ville, HCM City, Hanoï, Bà Rịa – Vũng Tàu"
    assert [slug for _, _, slug in province_names(text)] == [
        "ho-chi-minh-city",
        "ho-chi-minh-city",
        "ha-noi",
        "ba-ria-vung-tau",
    ]


def test_groups_of_provinces_are_found_but_not_after_a_preposition() -> None:
    places = find_places("Six localities grew; Hà Nam ranked 3rd among five cities.")
    assert [(p.slug) for p in places] == [GROUP, "ha-nam"]


def test_the_path_of_an_address_names_a_province_or_the_nation() -> None:
    assert place_from_url_path("https://x.vn/kinh-te/quang-tri-cong-bo-so-lieu-2025") == "quang-tri"
    assert place_from_url_path("https://x.vn/gdp-6-thang-tang-6-2") == "vietnam"
    assert place_from_url_path("https://x.vn/bai-viet-123.html") is None


def test_the_citys_abbreviations_are_its_names() -> None:
    text = "TPHCM xếp thứ 21; TP. HCM tăng 7%; TP. Hồ Chí Minh; HCMC; TP Hồ Chí Minh"
    assert [p.slug for p in find_places(text)] == ["ho-chi-minh-city"] * 5
    assert [p.slug for p in find_places("BR-VT giảm 1%, BRVT")] == ["ba-ria-vung-tau"] * 2
