"""Failure classes written down as patterns (round 28, on the residual misses of the opened
sets): the nation recording growth with no indicator named, "likewise" carrying the indicator
of the sentence before to another province, "the index" standing for the index named
paragraphs before, and a province's "gross domestic product".

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's. The rules were measured on the sealed sets
only once, after they were written.
"""

from conftest import article_facts as facts

_NATIONAL_FR = "https://example.org/fr/actualites/l-economie-vietnamienne-en-2024-1.vov"


def test_the_nation_recording_growth_is_its_gdp_growth() -> None:
    text = (
        "(VOVWORLD) - Le Vietnam a enregistré une croissance de 6,8%, selon les chiffres"
        " dévoilés ce lundi par l'Office général des statistiques.\n"
    )
    found = facts(text, published="2025-01-06", language="fr", url=_NATIONAL_FR)
    assert ("vietnam", "2024-FY", "grdp", "yoy_pct", 6.8) in found


def test_the_nation_recording_growth_of_its_exports_is_no_gdp_growth() -> None:
    text = (
        "(VOVWORLD) - Le Vietnam a enregistré des exportations en croissance de 12,5%, selon"
        " l'Office général des statistiques.\n"
    )
    found = facts(text, published="2025-01-06", language="fr", url=_NATIONAL_FR)
    assert not any(f[2] == "grdp" for f in found)


def test_likewise_carries_the_indicator_to_another_province() -> None:
    text = (
        "Au premier semestre, la croissance du PIB de Tay Ninh a atteint 8,9 %, au 9e rang du"
        " pays. De même, Long An a connu une hausse de 8,1 %, son meilleur chiffre depuis"
        " 2021.\n"
    )
    found = facts(text, published="2025-07", language="fr")
    assert ("tay-ninh", "2025-H1", "grdp", "yoy_pct", 8.9) in found
    assert ("long-an", "2025-H1", "grdp", "yoy_pct", 8.1) in found


def test_the_index_stands_for_the_index_named_paragraphs_before() -> None:
    text = (
        "HÀ NỘI — The IIP of Việt Nam rose 8.5 per cent on a year earlier in the third quarter,"
        " the National Statistics Office reported.\n\n"
        "Manufacturing climbed 9.2 per cent, and mining gained 3.1 per cent.\n\n"
        "Over the first nine months, the index advanced 7.9 per cent, topping 7.1 per cent a"
        " year earlier.\n"
    )
    found = facts(text, published="2025-10-08", title="Industrial output rises in Q3")
    assert ("vietnam", "2025-9M", "iip", "yoy_pct", 7.9) in found


def test_the_index_with_no_index_named_before_gives_nothing() -> None:
    text = (
        "Son La province, 2024. Budget revenue reached VND 5,100 billion.\n\n"
        "Over the year, the index advanced 7.9 per cent.\n"
    )
    found = facts(text, published="2025-01-10")
    assert not any(f[4] == 7.9 for f in found)


def test_a_provinces_gross_domestic_product_is_its_grdp() -> None:
    text = (
        "In 2024 the province's gross domestic product came to some VND 30,100 billion, up 5.8%"
        " on the previous year.\n"
    )
    found = facts(text, published="2025-01-10", title="Son La reviews 2024")
    assert ("son-la", "2024-FY", "grdp", "yoy_pct", 5.8) in found
    assert ("son-la", "2024-FY", "grdp", "value", 30100.0) in found


def test_gross_domestic_product_of_the_nation_stays_the_nations() -> None:
    text = (
        "According to the General Statistics Office, Viet Nam's gross domestic product grew by"
        " 6.9% in 2024. Son La's GRDP grew by 5.8%.\n"
    )
    found = facts(text, published="2025-01-10")
    assert ("vietnam", "2024-FY", "grdp", "yoy_pct", 6.9) in found


def test_a_quarter_or_half_year_written_short_in_french_is_that_span() -> None:
    found = facts("Au T1 2025, le PIB de Da Nang a progressé de 7,1%.\n", published="2025-04",
                  language="fr")  # fmt: skip
    assert found == [("da-nang", "2025-Q1", "grdp", "yoy_pct", 7.1)]
    found = facts("Au S1 2025, le PIB de Da Nang a progressé de 7,5%.\n", published="2025-07",
                  language="fr")  # fmt: skip
    assert found == [("da-nang", "2025-H1", "grdp", "yoy_pct", 7.5)]


def test_a_t1_that_is_no_quarter_dates_nothing() -> None:
    text = (
        "Da Nang, premier semestre 2025: la ligne T1 du métro a transporté 2 millions de"
        " voyageurs.\n"
    )
    assert not any(f[1].endswith("Q1") for f in facts(text, published="2025-07", language="fr"))


def test_a_headline_with_figures_is_a_sentence_of_its_own() -> None:
    text = (
        "FDI pledges reach 12.1 billion in first half\n"
        "Pledges of foreign direct investment (FDI) to Vietnam in the first half of 2023 were put"
        " at 12.1 billion USD, down 3.1% from a year earlier, according to the General Statistics"
        " Office.\n"
    )
    url = "https://english.baoquangninh.vn/fdi-pledges-reach-12-1-billion-in-first-half-1.html"
    found = facts(text, published="2023-07", url=url)
    assert ("vietnam", "2023-H1", "fdi_registered", "value", 12100.0) in found
    assert ("vietnam", "2023-H1", "fdi_registered", "yoy_pct", -3.1) in found
    assert not any(f[0] == "quang-ninh" for f in found)


def test_a_headline_year_said_before_the_growth_it_dates_is_that_year() -> None:
    text = (
        "Hue expects 2024 economic growth at 7.5%\n"
        "Hue's GRDP is projected to grow 7-7.5% next year, the city's statistics office said."
        " This year, GRDP rose about 5.1%.\n"
    )
    found = facts(text, published="2023-12-29")
    assert ("hue", "2023-FY", "grdp", "yoy_pct", 5.1) in found
    assert ("hue", "2023-FY", "grdp", "yoy_pct", 7.5) not in found  # 2024's, not this year's
