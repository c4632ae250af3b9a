"""Specification of briefings.facts.messages, table-driven (synthetic values): what a headline
and an edition summary claim, from fact sheets alone."""

from __future__ import annotations

import pandas as pd
import pytest

from briefings.domain.periods import Period
from briefings.facts.messages import edition_summary, headline, no_lead_growth
from briefings.facts.model import FactSheet
from conftest import FY, lead_sheet


@pytest.mark.parametrize(
    ("sheet", "growth", "gap", "rank", "met", "mover"),
    [
        # growth, national, rank and a target met; the other indicator that moved most
        (
            lead_sheet("bac-ninh", 10.27, national=8.02, rank=5, target=8, met=True,
                   others={"export": 12.0, "budget_revenue": -30.6}),
            10.27, 2.25, 5, True, ("budget_revenue", -30.6),
        ),
        # negative growth below the nation, target missed, nothing else
        (
            lead_sheet("lang-son", -3.5, national=8.02, target=8, met=False),
            -3.5, -11.52, None, False, None,
        ),
        # a target without an outcome: no growth yet
        (lead_sheet("cao-bang", None, target=8, met=None), None, None, None, None, None),
        # a province with a single figure, not the lead one
        (
            lead_sheet("ha-noi", None, others={"export": 5.0}),
            None, None, None, None, ("export", 5.0),
        ),
    ],
)  # fmt: skip
def test_a_headline_claims_growth_gap_rank_target_and_mover(
    sheet: FactSheet,
    growth: float | None,
    gap: float | None,
    rank: int | None,
    met: bool | None,
    mover: tuple[str, float] | None,
) -> None:
    said = headline(sheet)
    assert said is not None
    assert (said.growth.value if said.growth else None) == growth
    assert said.gap == pytest.approx(gap) if gap is not None else said.gap is None
    assert (said.rank.value if said.rank else None) == rank
    assert said.target_met is met
    assert (said.mover.indicator.id, said.mover.growth.value) == mover if mover else not said.mover


def test_a_sheet_with_no_figure_has_no_headline() -> None:
    assert headline(lead_sheet("quang-ninh")) is None


def test_a_years_target_is_not_judged_within_the_year() -> None:
    nine = Period.parse("2025-9M")
    sheet = lead_sheet("cao-bang", 6.5, target=8, target_period=FY)
    sheet = FactSheet(sheet.province, nine, sheet.lines, sheet.trends)
    said = headline(sheet)
    assert said is not None and not said.target_is_for_period and said.target_met is None


@pytest.mark.parametrize(
    ("growths", "fastest", "slowest"),
    [
        ({"bac-ninh": 10.27, "lang-son": 6.1, "ha-noi": 8.0}, ["Bắc Ninh"], ["Lạng Sơn"]),
        ({"bac-ninh": 9.0, "lang-son": 9.0, "ha-noi": 7.0}, ["Bắc Ninh", "Lạng Sơn"], ["Hà Nội"]),
        ({"bac-ninh": -1.0, "lang-son": -3.5}, ["Bắc Ninh"], ["Lạng Sơn"]),
        ({"bac-ninh": 5.0}, ["Bắc Ninh"], ["Bắc Ninh"]),
    ],
)
def test_the_summary_names_the_fastest_and_slowest_with_ties(
    growths: dict[str, float], fastest: list[str], slowest: list[str]
) -> None:
    sheets = [lead_sheet(slug, growth, national=8.02) for slug, growth in growths.items()]
    summary = edition_summary([*sheets, lead_sheet("cao-bang")])
    assert summary is not None
    assert [r.province.name_vi for r in summary.fastest] == fastest
    assert [r.province.name_vi for r in summary.slowest] == slowest
    assert (summary.with_growth, summary.provinces) == (len(growths), len(growths) + 1)
    assert summary.national is not None and summary.national.value == 8.02


def test_the_summary_counts_targets_met_among_those_judged() -> None:
    sheets = [
        lead_sheet("bac-ninh", 10.0, target=8, met=True),
        lead_sheet("lang-son", 6.0, target=8, met=False),
        lead_sheet("ha-noi", 8.5, target=9, met=None),  # a target, no outcome for the period
    ]
    summary = edition_summary(sheets)
    assert summary is not None and (summary.met, len(summary.judged)) == (1, 2)


def test_no_growth_anywhere_means_no_summary() -> None:
    assert edition_summary([lead_sheet("bac-ninh", None, target=8)]) is None


def _quarter_sheet(slug: str, growth_by_period: dict[str, float]) -> FactSheet:
    """A Q3 2025 sheet with no GRDP line, and GRDP growth in its trends (synthetic values)."""
    point = {"indicator": "grdp", "measure": "yoy_pct", "kind": "cumulative"}
    rows = [
        point | {"series": slug, "role": "province", "period": label, "value": value}
        for label, value in growth_by_period.items()
    ]
    rows.append(point | {"series": "vn", "role": "national", "period": "2025-9M", "value": 8.0})
    trends = pd.DataFrame(rows)
    sheet = lead_sheet(slug)
    return FactSheet(sheet.province, Period.parse("2025-Q3"), sheet.lines, trends)


def test_an_edition_with_no_lead_growth_names_the_nearest_period_that_has_it() -> None:
    sheets = [
        _quarter_sheet("bac-ninh", {"2025-H1": 9.1, "2025-9M": 9.4}),
        _quarter_sheet("lang-son", {"2025-H1": 7.0}),
        _quarter_sheet("ha-noi", {"2025-9M": 8.2, "2025-FY": 8.5}),  # after the edition: left out
    ]
    missing = no_lead_growth(sheets)
    assert missing is not None
    assert (missing.nearest, missing.with_growth, missing.provinces) == (
        Period.parse("2025-9M"),
        2,
        3,
    )  # the national series is no province's


def test_no_lead_growth_is_said_only_when_no_province_has_it() -> None:
    assert no_lead_growth([lead_sheet("bac-ninh", 9.0), lead_sheet("lang-son")]) is None
    nothing = no_lead_growth([_quarter_sheet("bac-ninh", {}), _quarter_sheet("ha-noi", {})])
    assert nothing is not None and nothing.nearest is None and nothing.with_growth == 0
