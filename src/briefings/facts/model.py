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
    basis: str = "reported"  # "reported", or "summed" over former provinces
    alternatives: tuple[Alternative, ...] = ()
    unreviewed: bool = False
    quote: str = ""


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
    former: tuple[FormerFigure, ...] = ()

    @property
    def has_data(self) -> bool:
        """True when the province itself (or its former provinces) has any figure."""
        return any((self.value, self.yoy_pct, self.target, self.national_rank, self.former))


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
