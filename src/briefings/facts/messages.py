"""What a briefing should say first, as data: per province a headline, per edition a summary.

Rule-based and from the fact sheets only, so every claim carries the figures (and so the
sources) behind it; the sentences are written in ``present.messages``.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefings.domain.geography import Province
from briefings.domain.indicators import REGISTRY, Indicator
from briefings.domain.periods import Period
from briefings.facts.model import FactSheet, Figure, IndicatorLine

LEAD = "grdp"  # the indicator a briefing leads with


@dataclass(frozen=True)
class Mover:
    """The other indicator whose growth moved most, up or down."""

    indicator: Indicator
    growth: Figure


@dataclass(frozen=True)
class Headline:
    """How one province did: its lead growth against the nation, rank and target."""

    province: Province
    indicator: Indicator
    growth: Figure | None
    national: Figure | None  # the national growth for the same period
    rank: Figure | None  # national rank, where published
    target: Figure | None
    target_is_for_period: bool  # False: the year's target, not yet judged
    target_met: bool | None
    mover: Mover | None

    @property
    def gap(self) -> float | None:
        """Growth minus the national rate, in percentage points."""
        if self.growth is None or self.national is None:
            return None
        return self.growth.value - self.national.value


@dataclass(frozen=True)
class Ranked:
    """A province and its lead growth, for the fastest and slowest of an edition."""

    province: Province
    growth: Figure


@dataclass(frozen=True)
class EditionSummary:
    """The edition in one paragraph: fastest and slowest, targets met, the nation."""

    indicator: Indicator
    period: Period
    provinces: int
    fastest: tuple[Ranked, ...]  # more than one when tied
    slowest: tuple[Ranked, ...]
    with_growth: int
    judged: tuple[tuple[Province, Figure], ...]  # provinces with a target for the period…
    met: int  # …and how many met it
    national: Figure | None


@dataclass(frozen=True)
class NoLeadGrowth:
    """An edition where no province has lead growth for its period, and the nearest period
    that has some: a discrete quarter is seldom published, the year-to-date span ending with
    it nearly always (Q3 → 9 months)."""

    indicator: Indicator
    period: Period
    provinces: int
    nearest: Period | None
    with_growth: int  # provinces with lead growth for ``nearest``


def no_lead_growth(sheets: list[FactSheet], lead: str = LEAD) -> NoLeadGrowth | None:
    """What to say when no sheet has lead growth for the period (None when one has): the
    period up to the edition's end with most provinces' lead growth in their trends, the
    latest first."""
    if not sheets or any(
        (line := sheet.line(lead)) is not None and line.yoy_pct is not None for sheet in sheets
    ):
        return None
    period = sheets[0].period
    counts: dict[str, int] = {}
    for sheet in sheets:
        trends = sheet.trends
        if trends.empty:
            continue
        own = trends[
            (trends["indicator"] == lead)
            & (trends["measure"] == "yoy_pct")
            & (trends["role"] == "province")
            & trends["value"].notna()
        ]
        for label in set(own["period"]):
            counts[label] = counts.get(label, 0) + 1
    published = [Period.parse(label) for label in counts]
    before = [p for p in published if p.end <= period.end and p != period]
    nearest = max(before, key=lambda p: (p.end, -p.first_month), default=None)
    return NoLeadGrowth(
        REGISTRY[lead],
        period,
        len(sheets),
        nearest,
        counts[nearest.label] if nearest else 0,
    )


def headline(sheet: FactSheet, lead: str = LEAD) -> Headline | None:
    """The province's headline, or None when its sheet has no figure at all."""
    line = sheet.line(lead)
    mover = _mover(sheet, lead)
    if line is None and mover is None:
        return None
    indicator = line.indicator if line else REGISTRY[lead]
    empty = IndicatorLine(indicator)
    line = line or empty
    return Headline(
        province=sheet.province,
        indicator=indicator,
        growth=line.yoy_pct,
        national=line.national_yoy_pct,
        rank=line.national_rank,
        target=line.target,
        target_is_for_period=line.target is not None and line.target.period == sheet.period,
        target_met=line.target_met,
        mover=mover,
    )


def _mover(sheet: FactSheet, lead: str) -> Mover | None:
    """The indicator other than the lead whose growth is furthest from zero (ties: registry
    order)."""
    candidates = [
        Mover(line.indicator, line.yoy_pct)
        for line in sheet.lines
        if line.indicator.id != lead and line.yoy_pct is not None
    ]
    return max(candidates, key=lambda m: abs(m.growth.value), default=None)


def edition_summary(sheets: list[FactSheet], lead: str = LEAD) -> EditionSummary | None:
    """The edition's summary, or None when no province has lead growth for the period."""
    ranked = [
        Ranked(sheet.province, line.yoy_pct)
        for sheet in sheets
        if (line := sheet.line(lead)) is not None and line.yoy_pct is not None
    ]
    if not ranked:
        return None
    top = max(r.growth.value for r in ranked)
    bottom = min(r.growth.value for r in ranked)
    judged = [
        (sheet.province, line.target, line.target_met)
        for sheet in sheets
        if (line := sheet.line(lead)) is not None
        and line.target is not None
        and line.target_met is not None
    ]
    nationals = [
        line.national_yoy_pct
        for sheet in sheets
        if (line := sheet.line(lead)) is not None and line.national_yoy_pct is not None
    ]
    return EditionSummary(
        indicator=REGISTRY[lead],
        period=sheets[0].period,
        provinces=len(sheets),
        fastest=tuple(r for r in ranked if r.growth.value == top),
        slowest=tuple(r for r in ranked if r.growth.value == bottom),
        with_growth=len(ranked),
        judged=tuple((province, target) for province, target, _met in judged),
        met=sum(1 for *_rest, met in judged if met),
        national=nationals[0] if nationals else None,
    )
