"""How much an edition has to say: for each indicator, how many selected provinces have a
figure for the period, and which provinces have none at all. Pure; computed from fact sheets."""

from __future__ import annotations

from dataclasses import dataclass

from briefings.domain.geography import Province
from briefings.domain.periods import Period
from briefings.facts.model import FactSheet


@dataclass(frozen=True)
class Coverage:
    """Figures for the period reported on, counted by indicator and by province."""

    period: Period
    provinces: int
    by_indicator: tuple[tuple[str, int], ...]  # (indicator id, provinces with a figure)
    without: tuple[Province, ...]  # selected provinces with no figure at all

    @property
    def empty(self) -> bool:
        """True when no selected province has any figure for the period."""
        return len(self.without) == self.provinces


def coverage(sheets: list[FactSheet], indicators: tuple[str, ...], period: Period) -> Coverage:
    """Count, per indicator, the sheets with a figure for ``period`` (targets do not count)."""
    counts = tuple(
        (
            indicator,
            sum(
                1
                for sheet in sheets
                if (line := sheet.line(indicator)) is not None and line.has_period_figure
            ),
        )
        for indicator in indicators
    )
    without = tuple(
        sheet.province
        for sheet in sheets
        if not any(line.has_period_figure for line in sheet.lines)
    )
    return Coverage(period, len(sheets), counts, without)
