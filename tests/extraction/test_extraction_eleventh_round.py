"""A change between two levels gives the level after it (eleventh round of rules).

"Raised its growth target from 7.2% to 9.1%" gave 7.2% as the target: the first figure of the
sentence. The level before a change has no time of its own in the text; the level after it is
the one the sentence dates. Every sentence and figure here is SYNTHETIC, written for the test
and modelled on the phrasing of real reports; no figure is a real province's.
"""

import pytest

from briefings.extraction.numbers import find_quantities
from conftest import article_facts as facts

URL = "https://baocaobang.vn/kinh-te/bao-cao.html"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "In 2025, Cao Bang province raised its GRDP growth target from 7.2% to 9.1%.",
            "en",
            ("cao-bang", "2025-FY", "grdp", "target_yoy_pct", 9.1),
        ),
        (
            "En 2025, la croissance du PIB de Cao Bang est passée de 7,2 % à 9,1 %.",
            "fr",
            ("cao-bang", "2025-FY", "grdp", "yoy_pct", 9.1),
        ),
    ],
)
def test_the_level_after_a_change_is_the_figure(
    text: str, language: str, expected: tuple[str, str, str, str, float]
) -> None:
    published = "2025-03-10" if "target" in text else "2026-01-10"
    found = facts(text, language=language, published=published, url=URL)
    assert found == [expected]


def test_the_level_before_a_change_is_no_figure_of_any_indicator() -> None:
    found = facts(
        "In 2025, Cao Bang's poverty rate fell from 3.1% to 2.4%, and its GRDP grew by 8.2%.",
        published="2026-01-10",
        url=URL,
    )
    assert found == [("cao-bang", "2025-FY", "grdp", "yoy_pct", 8.2)]


def test_levels_each_with_its_own_year_are_both_numbers() -> None:
    text = "Cao Bang's GRDP growth rose from 7.2% in 2024 to 9.1% in 2025."
    assert {float(q.number) for q in find_quantities(text, "en")} >= {7.2, 9.1}


def test_a_rate_beside_an_amount_is_no_change_between_levels() -> None:
    found = facts(
        "In 2025, Cao Bang's exports rose 12% to 52 million USD.", published="2026-01-10", url=URL
    )
    assert {f[4] for f in found} == {12.0, 52.0}, found  # 52 in millions of USD


def test_a_vietnamese_change_up_to_a_level_gives_that_level() -> None:
    text = "Năm 2025, tỉnh Cao Bằng nâng chỉ tiêu tăng trưởng GRDP từ 7,2% lên 9,1%."
    assert {float(q.number) for q in find_quantities(text, "vi")} == {2025, 9.1}
