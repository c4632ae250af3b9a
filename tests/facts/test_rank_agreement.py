"""Specification of briefings.facts.rank_agreement (synthetic values): national ranks that
contradict one another or the growth beside them are named, in rank order."""

from __future__ import annotations

from dataclasses import replace

from briefings.facts.model import FactSheet
from briefings.facts.rank_agreement import disagreeing_ranks
from briefings.present.wording import disagreeing_ranks_line
from conftest import lead_sheet


def _names(sheets: list[FactSheet]) -> list[str]:
    return [province.slug for province in disagreeing_ranks(sheets, "grdp")]


def test_ranks_in_the_order_of_growth_agree() -> None:
    sheets = [
        lead_sheet("bac-ninh", 10.2, rank=2),
        lead_sheet("ha-noi", 11.0, rank=1),
        lead_sheet("lang-son", 8.0, rank=9),
        lead_sheet("cao-bang", 9.0),  # no rank: nothing to compare
    ]
    assert _names(sheets) == []


def test_two_provinces_with_the_same_rank_are_named() -> None:
    sheets = [lead_sheet("hai-phong", 11.0, rank=3), lead_sheet("quang-ninh", 11.7, rank=3)]
    assert sorted(_names(sheets)) == ["hai-phong", "quang-ninh"]


def test_a_faster_province_ranked_below_a_slower_one_is_named_with_it() -> None:
    sheets = [
        lead_sheet("ha-noi", 9.5, rank=1),
        lead_sheet("nghe-an", 9.01, rank=13),
        lead_sheet("tuyen-quang", 9.02, rank=18),  # faster than the 13th
        lead_sheet("lang-son", 8.0, rank=20),
    ]
    assert _names(sheets) == ["nghe-an", "tuyen-quang"]


def test_growth_equal_within_rounding_is_no_contradiction() -> None:
    sheets = [lead_sheet("nghe-an", 9.013, rank=13), lead_sheet("tuyen-quang", 9.016, rank=14)]
    assert _names(sheets) == []


def test_the_line_names_every_province_once() -> None:
    line = disagreeing_ranks_line(["Hải Phòng", "Bà Rịa - Vũng Tàu", "Nghệ An"])
    assert line.startswith("The national ranks of Hải Phòng, Bà Rịa - Vũng Tàu and Nghệ An ")
    assert disagreeing_ranks_line(["A", "B"]).startswith("The national ranks of A and B ")


def test_ranks_among_63_and_among_34_are_not_compared() -> None:
    among_63 = lead_sheet("ha-noi", 7.0, rank=5)
    line = among_63.lines[0]
    assert line.national_rank is not None
    rank = replace(line.national_rank, unit="rank/63")
    among_63 = replace(among_63, lines=(replace(line, national_rank=rank),))
    sheets = [among_63, lead_sheet("bac-ninh", 9.0, rank=5)]  # 5th of 63, 5th of 34
    assert _names(sheets) == []
