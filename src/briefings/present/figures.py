"""Draw every figure an edition needs (the ``draw_figures`` stage)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefings.domain.periods import Period
from briefings.facts.model import FactSheet
from briefings.present.charts import ChartFile, draw_comparison, draw_growth_trend, draw_level_trend

# Figures per province page: the most telling first, at most four (two rows of two).
MAX_PER_SHEET = 4
MAX_COMPARISONS = 2


@dataclass(frozen=True)
class EditionFigures:
    """All figures of an edition: per province slug, and the cross-province comparisons."""

    by_province: dict[str, list[ChartFile]]
    comparisons: list[ChartFile]

    def all(self) -> list[ChartFile]:
        """Every chart, in a stable order."""
        return [*self.comparisons, *(c for charts in self.by_province.values() for c in charts)]


def draw_figures(
    sheets: list[FactSheet], indicators: tuple[str, ...], trend_from: Period, out_dir: Path
) -> EditionFigures:
    """Trend figures for each province and comparison figures across them."""
    by_province: dict[str, list[ChartFile]] = {}
    for sheet in sheets:
        charts: list[ChartFile] = []
        for indicator in indicators:
            if len(charts) >= MAX_PER_SHEET:
                break
            growth = draw_growth_trend(sheet, indicator, trend_from, out_dir)
            charts += [growth] if growth else []
            if len(charts) < MAX_PER_SHEET:
                levels = draw_level_trend(sheet, indicator, out_dir)
                charts += [levels] if levels else []
        by_province[sheet.province.slug] = charts
    comparisons: list[ChartFile] = []
    if len(sheets) > 1:
        for indicator in indicators:
            if len(comparisons) >= MAX_COMPARISONS:
                break
            chart = draw_comparison(sheets, indicator, out_dir)
            comparisons += [chart] if chart else []
    return EditionFigures(by_province, comparisons)
