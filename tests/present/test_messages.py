"""Specification of briefings.present.messages (synthetic values): every number in a sentence
carries its citation."""

from __future__ import annotations

import re

import pytest

from briefings.domain.indicators import REGISTRY
from briefings.domain.periods import Period
from briefings.facts.messages import NoLeadGrowth, edition_summary, headline
from briefings.present.citations import SourceList
from briefings.present.i18n import use_language
from briefings.present.messages import headline_text, no_growth_text, summary_text
from conftest import lead_sheet


def _every_number_is_cited(text: str) -> None:
    for match in re.finditer(r"[+−]?\d[\d,.]*%", text):
        assert re.match(r"\s*\[\d+\]", text[match.end() :]), (match.group(), text)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        (
            {"growth": 10.27, "national": 8.02, "rank": 5, "target": 8, "met": True},
            ["GRDP grew +10.27% [1] in full year 2025 (January–December)",
             "5th of 34 nationally [2]", "2.25 points above the national +8.02% [3]",
             "It met its target of 8.00% [4]."],
        ),
        (
            {"growth": -3.5, "national": 8.02, "target": 8, "met": False},
            ["GRDP shrank −3.50% [1]", "11.52 points below the national +8.02% [2]",
             "It missed its target of 8.00% [3]."],
        ),
        (
            {"growth": 8.02, "national": 8.02},
            ["level with the national +8.02% [2]"],
        ),
        (
            {"growth": None, "target": 8},
            ["No GRDP growth is published for this period.",
             "Its target for the period is 8.00% [1]; no outcome is published yet."],
        ),
        (
            {"growth": None, "others": {"export": -12.5}},
            ["No GRDP growth is published", "export turnover moved most: −12.50% [1]."],
        ),
        (
            {"growth": None, "others": {"fdi_registered": 52.0}},
            ["registered FDI moved most: +52.00% [1]."],  # an acronym keeps its capitals
        ),
    ],
)  # fmt: skip
def test_a_headline_reads_as_a_sentence_with_every_number_cited(
    kwargs: dict[str, object], words: list[str]
) -> None:
    said = headline(lead_sheet("bac-ninh", **kwargs))  # type: ignore[arg-type]
    assert said is not None
    text = headline_text(said, SourceList())
    for phrase in words:
        assert phrase in text
    _every_number_is_cited(text)


def test_the_summary_names_ties_and_cites_each_province() -> None:
    sheets = [
        lead_sheet("bac-ninh", 9.0, national=8.02, target=8, met=True),
        lead_sheet("lang-son", 9.0, national=8.02),
        lead_sheet("ha-noi", 7.0, national=8.02, target=8, met=False),
    ]
    summary = edition_summary(sheets)
    assert summary is not None
    text = summary_text(summary, SourceList())
    assert "fastest Bắc Ninh and Lạng Sơn, +9.00% [1][2]" in text
    assert "slowest Hà Nội, +7.00% [3]" in text
    assert "1 of 2 provinces with a target for the period met it." in text
    assert "3 of 3 provinces have a published growth figure." in text
    _every_number_is_cited(text)


def test_a_summary_of_one_province_says_it_is_the_only_one() -> None:
    summary = edition_summary([lead_sheet("bac-ninh", 5.0), lead_sheet("ha-noi")])
    assert summary is not None
    assert "only Bắc Ninh, +5.00% [1] is published" in summary_text(summary, SourceList())


def test_a_cover_with_no_lead_growth_says_so_and_where_it_is_in_each_language() -> None:
    missing = NoLeadGrowth(
        REGISTRY["grdp"], Period.parse("2025-Q3"), 34, Period.parse("2025-9M"), 28
    )
    text = no_growth_text(missing)
    assert text.startswith(
        "No GRDP growth is published for Q3 2025 (July–September) for any of the 34 provinces."
    )
    assert "9 months of 2025 (January–September), for 28 of 34 provinces" in text
    with use_language("vi"):
        vietnamese = no_growth_text(missing)
    assert "28/34 tỉnh" in vietnamese and "No GRDP" not in vietnamese
    alone = no_growth_text(NoLeadGrowth(REGISTRY["grdp"], Period.parse("2025-Q3"), 3, None, 0))
    assert "nearest" not in alone
