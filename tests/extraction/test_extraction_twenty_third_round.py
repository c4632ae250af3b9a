"""Failure classes written down as patterns (round 23): a base year a few words after its
comparison, a national rank whose growth was said before it, and a bracketed base's year
after a possessive.

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's. The rules were measured on the sealed sets
only once, after they were written.
"""

import pytest

from briefings.extraction.periods import find_period_phrases
from conftest import article_facts as facts

# "up 23% compared with pre-pandemic 2019": the year is the comparison's base. It dates no
# figure, and a change against any year but the one before is no year-on-year change.


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "In 2023, Ha Giang's exports reached 500 million USD. The number of visitors to Ha"
            " Giang is estimated at 2.4 million, up 31% compared with pre-pandemic 2019.",
        ),
        (
            "fr",
            "En 2023, les exportations de Ha Giang ont atteint 500 millions de dollars. Le nombre"
            " de touristes venant à Ha Giang est estimé à 2,4 millions, en hausse de 31 % par"
            " rapport à la période précédant le COVID-19 en 2019.",
        ),
        (
            "vi",
            "Năm 2023, kim ngạch xuất khẩu của Hà Giang đạt 500 triệu USD. Lượng khách du lịch"
            " đến Hà Giang ước đạt 2,4 triệu lượt, tăng 31% so với thời điểm trước dịch năm 2019.",
        ),
    ],
)
def test_a_base_year_a_few_words_on_dates_nothing_and_is_no_yoy(language: str, text: str) -> None:
    found = facts(text + "\n", published="2024-01-12", language=language)
    assert ("ha-giang", "2023-FY", "tourist_arrivals", "value", 2400000.0) in found
    assert all(f[1] == "2023-FY" for f in found)
    assert not [f for f in found if f[2] == "tourist_arrivals" and f[3] == "yoy_pct"]


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("tăng 31% so với thời điểm trước dịch năm 2019", True),
        ("up 31% compared with the months before the pandemic in 2019", True),
        # the base's own figure follows: its year dates that figure
        ("thấp hơn so với tăng trưởng năm 2022 là 7,9%", False),
        # a clause break: the year starts a clause of its own
        ("tăng 8% so với cùng kỳ, năm 2024 tỉnh đặt mục tiêu", False),
        # a bracket opened since the comparison
        ("diminué de 3,5 % par rapport à la même période (sur l'ensemble de l'année 2023", False),
    ],
)
def test_which_years_after_a_comparison_are_its_base(text: str, comparison: bool) -> None:
    *_, last = find_period_phrases(text)
    assert last.comparison is comparison


def test_a_year_compared_with_the_one_before_keeps_its_change() -> None:
    text = (
        "In the first half of 2024, Ha Giang's retail sales rose 9.4% compared with the first"
        " six months of 2023.\n"
    )
    found = facts(text, published="2024-07-05", language="en")
    assert ("ha-giang", "2024-H1", "retail_sales", "yoy_pct", 9.4) in found


# A national rank in a sentence that points back, after a sentence that gave economic growth
# with no indicator named ("une croissance de 10,3%"), or with a connective before it.


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Au premier semestre 2024, Ha Giang a enregistré une croissance de 10,3%, le niveau le"
            " plus élevé de la région. Elle s'est en outre classée 5e parmi les 63 provinces et"
            " villes du pays.",
        ),
        (
            "fr",
            "Au premier semestre 2024, le PIB de Ha Giang a progressé de 10,3 %. En effet, elle a"
            " occupé la 5e position parmi les 63 provinces et villes du pays.",
        ),
        (
            "en",
            "In the first half of 2024, Ha Giang recorded economic growth of 10.3%. It ranked 5th"
            " among provinces and cities nationwide.",
        ),
    ],
)
def test_a_rank_pointing_back_at_growth_said_alone(language: str, text: str) -> None:
    found = facts(text + "\n", published="2024-07-10", language=language)
    assert ("ha-giang", "2024-H1", "grdp", "rank", 5.0) in found


def test_a_national_rank_after_the_growth_rate_it_is_compared_by() -> None:
    text = (
        "In the first 6 months of 2024, Ha Giang's GRDP reached 4.1% (the first 6 months of"
        " 2023's GRDP reached 6.2%). Compared with the growth rate of the first 6 months in the"
        " country, Ha Giang ranked 41st among provinces and cities nationwide.\n"
    )
    found = facts(text, published="2024-07-10", language="en")
    assert ("ha-giang", "2024-H1", "grdp", "rank", 41.0) in found
    assert ("ha-giang", "2024-H1", "grdp", "yoy_pct", 4.1) in found
    assert not [f for f in found if f[1] == "2023-H1"]  # the bracket's year dates no rank


def test_a_rank_after_growth_of_something_else_is_not_growths() -> None:
    text = (
        "In 2024, Ha Giang's exports recorded growth of 12.1%. It ranked 5th among provinces"
        " and cities nationwide in export value.\n"
    )
    found = facts(text, published="2025-01-10", language="en")
    assert not [f for f in found if f[2] == "grdp" and f[3] == "rank"]
