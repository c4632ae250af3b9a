import pytest

from briefings.domain.geography import load_geography, slugify
from briefings.domain.periods import Period
from briefings.errors import GeographyError

BEFORE, AFTER = Period.parse("2024-FY"), Period.parse("2025-9M")


def test_there_are_63_former_provinces_and_34_units() -> None:
    geography = load_geography()
    assert len(geography.former) == 63
    assert len(geography.current) == 34
    assert sum(len(unit.members) for unit in geography.current.values()) == 63


@pytest.mark.parametrize("name", ["Bắc Kạn", "Bac Kan", "bac-kan", "BẮC KẠN", "bac kan"])
def test_a_name_resolves_with_or_without_diacritics(name: str) -> None:
    assert load_geography().resolve(name, BEFORE).slug == "bac-kan"


def test_slugify_drops_diacritics_and_d_stroke() -> None:
    assert slugify("Đắk Lắk") == "dak-lak"
    assert slugify("Bà Rịa - Vũng Tàu") == "ba-ria-vung-tau"


@pytest.mark.parametrize("name", ["TP. Hồ Chí Minh", "Ho Chi Minh City", "HCMC", "Thừa Thiên Huế"])
def test_common_spellings_resolve(name: str) -> None:
    assert load_geography().canonical_slug(name) in {"ho-chi-minh-city", "hue"}


def test_unit_lists_its_former_provinces_with_its_namesake_first() -> None:
    unit = load_geography().resolve("Thái Nguyên", AFTER)
    assert unit.boundary == "post2025"
    assert unit.members == ("thai-nguyen", "bac-kan")
    assert unit.name_vi == "Thái Nguyên"


def test_merged_unit_takes_the_code_of_its_capital() -> None:
    geography = load_geography()
    assert geography.resolve("Bắc Ninh", AFTER).gso_code == "24"
    assert geography.resolve("Bắc Ninh", BEFORE).gso_code == "27"


def test_same_name_means_the_former_province_before_the_merger() -> None:
    province = load_geography().resolve("thai-nguyen", BEFORE)
    assert province.boundary == "pre2025"
    assert province.successor == "thai-nguyen"


def test_former_province_after_the_merger_names_its_new_unit() -> None:
    with pytest.raises(GeographyError) as info:
        load_geography().resolve("Bắc Kạn", AFTER)
    message = info.value.one_line()
    assert "merged into Thái Nguyên" in message
    assert "use 'thai-nguyen'" in message


def test_unknown_province_names_the_closest_match() -> None:
    with pytest.raises(GeographyError) as info:
        load_geography().resolve("Cao Bangg")
    assert "did you mean 'cao-bang'" in info.value.one_line()


def test_nation_resolves_in_any_era() -> None:
    assert load_geography().resolve("Việt Nam", BEFORE).slug == "vietnam"
