"""Which province an article is about."""

from briefings.extraction.places import infer_province, province_from_url, province_names


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
