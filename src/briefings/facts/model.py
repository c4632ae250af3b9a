"""The value types of a fact sheet: a figure with its citations, an indicator's line, a sheet."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from briefings.domain.geography import Province
from briefings.domain.indicators import Indicator
from briefings.domain.periods import Period


@dataclass(frozen=True)
class Alternative:
    """A value another source gave for the same fact, footnoted beside the chosen one."""

    value: float
    source: str
    published: str


@dataclass(frozen=True)
class Figure:
    """One number in a fact sheet with everything needed to cite it."""

    value: float
    unit: str
    period: Period
    sources: tuple[str, ...]
    basis: str = "reported"  # "reported", "summed" over former provinces, or "derived"
    alternatives: tuple[Alternative, ...] = ()
    unreviewed: bool = False
    quote: str = ""
    parts: tuple[Figure, ...] = ()  # a derived quarter's inputs: (later cumulative, earlier)
    estimate: bool = False  # published before its period ended: an early estimate


@dataclass(frozen=True)
class FormerFigure:
    """A rate or rank of one former province, shown separately for a merged unit."""

    province: Province
    measure: str
    figure: Figure


@dataclass(frozen=True)
class IndicatorLine:
    """One indicator's row of a fact sheet."""

    indicator: Indicator
    value: Figure | None = None
    yoy_pct: Figure | None = None
    target: Figure | None = None
    target_measure: str = ""
    target_met: bool | None = None
    national_rank: Figure | None = None
    selected_rank: int | None = None
    selected_count: int = 0
    national_value: Figure | None = None
    national_yoy_pct: Figure | None = None
    # A discrete quarter's growth cannot be derived from cumulative rates; when only those
    # exist, the year-to-date rate at the quarter's end is kept to say so beside the gap.
    cumulative_yoy_pct: Figure | None = None
    former: tuple[FormerFigure, ...] = ()

    @property
    def has_data(self) -> bool:
        """True when the line has anything to show: a figure, a target, or the year-to-date
        rate beside a quarter's missing growth."""
        return self.has_period_figure or any((self.target, self.cumulative_yoy_pct))

    @property
    def has_period_figure(self) -> bool:
        """True when the province itself (or its former provinces) has a figure for the
        period reported on (a target is a plan, not a figure)."""
        return any((self.value, self.yoy_pct, self.national_rank, self.former))


@dataclass(frozen=True)
class FactSheet:
    """Everything the briefing states about one province for one period."""

    province: Province
    period: Period
    lines: tuple[IndicatorLine, ...]
    trends: pd.DataFrame = field(compare=False)  # indicator, measure, series, role, period, value
    formers: tuple[Province, ...] = ()  # a merged unit's former provinces, for its merger note

    def line(self, indicator_id: str) -> IndicatorLine | None:
        """The line for an indicator, if the sheet has one."""
        return next((ln for ln in self.lines if ln.indicator.id == indicator_id), None)
