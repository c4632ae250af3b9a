"""Specification of briefings.extraction.accents: French written without accents is read as
French, letter for letter, and quoted as written. Sentences and figures are SYNTHETIC."""

from __future__ import annotations

from briefings.extraction import ArticleMeta, extract_facts
from briefings.extraction.accents import lacks_accents, with_accents

_PROSE = (
    "Le Comite populaire provincial a demande aux departements de resoudre les difficultes et"
    " de simplifier les procedures pour les entreprises, afin de developper l'economie locale de"
    " maniere durable pendant toute la periode. "
) * 2


def test_a_french_text_without_accents_is_told_from_one_with_them() -> None:
    assert lacks_accents(_PROSE)
    assert not lacks_accents(with_accents(_PROSE))
    assert not lacks_accents("La croissance économique de la province a été très forte. " * 8)
    assert not lacks_accents("croissance economique")  # too short to tell


def test_accents_come_back_letter_for_letter() -> None:
    restored = with_accents(_PROSE)
    assert len(restored) == len(_PROSE)
    assert "l'économie locale de manière durable pendant toute la période" in restored
    assert "procédures" in restored and "développer" in restored


def test_a_participle_after_an_auxiliary_and_a_before_a_number() -> None:
    restored = with_accents("la croissance est estime a 7,14 % et les ventes ont augmente de 9 %")
    assert restored == "la croissance est estimé à 7,14 % et les ventes ont augmenté de 9 %"
    assert with_accents("il estime que la province a des atouts") == (
        "il estime que la province a des atouts"
    )  # a verb, and "a" (has): as written


def test_names_and_addresses_stay_as_written() -> None:
    text = "Hai Phong et Ca Mau (https://example.org/economie-regionale/hai) ont progresse"
    restored = with_accents(text)
    assert restored.startswith("Hai Phong et Ca Mau (https://example.org/economie-regionale/hai)")
    assert restored.endswith("ont progressé")


def test_an_article_without_accents_gives_its_facts_quoted_as_written() -> None:
    text = (
        "Au premier semestre 2025, le taux de croissance economique (GRDP) de la province de Dak"
        " Lak est estime a 7,14%, tandis que les ventes au detail ont depasse 71 000 milliards de"
        " dongs.\n" + _PROSE
    )
    meta = ArticleMeta("test.txt", "https://example.org/a", "2025-07-08", language="fr")
    found = extract_facts(text, meta).candidates
    assert [(c.province, c.period, c.indicator, c.measure, c.value) for c in found] == [
        ("dak-lak", "2025-H1", "grdp", "yoy_pct", 7.14),
        ("dak-lak", "2025-H1", "retail_sales", "value", 71000.0),
    ]
    assert all(c.quote in text for c in found)  # as written, accents not added
    assert "est estime a 7,14%" in found[0].quote
