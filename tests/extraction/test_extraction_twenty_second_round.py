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
