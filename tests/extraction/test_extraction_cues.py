"""The words around a figure: every common way the three languages say a rise or a fall.

Sentences and figures are invented for the tests (synthetic values), in the style of
provincial reports; many phrasings are ones the development articles never used.
"""

from __future__ import annotations

import pytest

from briefings.domain.periods import Period
from briefings.extraction import ArticleMeta, extract_facts
from briefings.extraction.cues import read_cue

META = ArticleMeta(
    "t.txt", url="https://example.org/a", province="cao-bang", period=Period.parse("2025-9M")
)


def growth(text: str, language: str) -> list[tuple[str, float]]:
    meta = ArticleMeta(META.origin, META.url, "", META.province, META.period, language)  # type: ignore[arg-type]
    found = extract_facts(text, meta).candidates
    return [(c.indicator, c.value) for c in found if c.measure == "yoy_pct"]


@pytest.mark.parametrize(
    ("gap", "kind"),
    [
        ("exports rose sharply by ", "up"),
        ("exports edged up ", "up"),
        ("exports advanced ", "up"),
        ("exports skyrocketed ", "up"),
        ("exports shrank ", "down"),
        ("exports slumped ", "down"),
        ("exports plunged by ", "down"),
        ("exports edged down ", "down"),
        ("les exportations ont crû de ", "up"),
        ("les exportations devraient croître de ", "up"),
        ("les exportations ont grimpé de ", "up"),
        ("les exportations ont bondi de ", "up"),
        ("les exportations ont baissé de ", "down"),
        ("les exportations ont chuté de ", "down"),
        ("le PIBR s'est contracté de ", "down"),
        ("soit une baisse annuelle de ", "down"),
        ("soit une hausse sensible de ", "up"),
        ("une augmentation annuelle de ", "up"),
        ("kim ngạch xuất khẩu tăng mạnh ", "up"),
        ("kim ngạch xuất khẩu giảm nhẹ ", "down"),
        ("kim ngạch xuất khẩu sụt giảm ", "down"),
        ("kim ngạch xuất khẩu giảm sút ", "down"),
    ],
)
def test_change_verbs_nouns_and_their_modifiers_are_read(gap: str, kind: str) -> None:
    assert read_cue(gap).kind == kind


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Les échanges extérieurs se sont établis à 5,4 milliards de dollars, en baisse"
            " annuelle de 3,2%.",
            "fr",
            [("import_export", -3.2)],
        ),
        ("D'après l'office, l'IPI a crû de 7%.", "fr", [("iip", 7.0)]),
        ("Les importations ont chuté de 4,1 %.", "fr", [("import", -4.1)]),
        ("Exports slumped 6.3% year-on-year.", "en", [("export", -6.3)]),
        ("Retail sales rose sharply by 12.4%.", "en", [("retail_sales", 12.4)]),
        (
            "Tổng mức bán lẻ hàng hóa tăng mạnh 14,2% so với cùng kỳ.",
            "vi",
            [("retail_sales", 14.2)],
        ),
    ],
)
def test_rises_and_falls_become_signed_growth(
    text: str, language: str, expected: list[tuple[str, float]]
) -> None:
    assert growth(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "La consommation s'est raffermie, portée par une progression de 11,5% des ventes"
            " au détail.",
            "fr",
            [("retail_sales", 11.5)],
        ),
        ("The city posted a 9.2% rise in exports.", "en", [("export", 9.2)]),
        (
            "The province recorded an increase of 8.4% in tourist arrivals.",
            "en",
            [("tourist_arrivals", 8.4)],
        ),
    ],
)
def test_a_change_may_name_its_indicator_after_the_figure(
    text: str, language: str, expected: list[tuple[str, float]]
) -> None:
    assert growth(text, language) == expected


def test_a_share_of_an_indicator_named_after_it_is_no_change() -> None:
    text = "Le PIBR de la ville représente 23,5% du PIB national."
    assert growth(text, "fr") == []


def test_and_before_a_figure_continues_its_subject() -> None:
    text = (
        "La province affiche une croissance du PIB régional de 9,1% pour la période 2021-2024"
        " et de 10,4% cette année."
    )
    meta = ArticleMeta("t.txt", province="cao-bang", published="2024-12-05", language="fr")
    found = extract_facts(text, meta).candidates
    assert [(c.period, c.measure, c.value) for c in found] == [("2024-FY", "yoy_pct", 10.4)]


@pytest.mark.parametrize(
    "text",
    [
        "Le taux de croissance annuel moyen du PIBR a atteint 8,7%.",
        "Tăng trưởng kinh tế trung bình đạt 8,7%.",
    ],
)
def test_averages_in_any_gender_or_language_are_no_growth(text: str) -> None:
    language = "vi" if "ă" in text else "fr"
    assert growth(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("GRDP posted negative growth of 1.3%.", "en"),
        ("The economy contracted by 1.3%.", "en"),
        ("Le PIBR a enregistré une croissance négative de 1,3%.", "fr"),
        ("Tăng trưởng kinh tế âm 1,3%.", "vi"),
        ("GRDP của tỉnh tăng trưởng âm 1,3%.", "vi"),
    ],
)
def test_negative_growth_is_a_fall(text: str, language: str) -> None:
    assert growth(text, language) == [("grdp", -1.3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports were 12% higher than a year earlier.", [("export", 12.0)]),
        ("Budget revenue was 5% lower than the same period last year.", [("budget_revenue", -5.0)]),
        ("GRDP grew 8.5%, 1.2% higher than the national average.", [("grdp", 8.5)]),
    ],
)
def test_higher_or_lower_than_a_year_before_is_a_change(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert growth(text, "en") == expected
