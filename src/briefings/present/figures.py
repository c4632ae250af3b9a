"""Draw every figure an edition needs (the ``draw_figures`` stage).

Per province, the most telling trend figures first, at most ``MAX_PER_SHEET``; where a trend
has too few values for a chart, a ``TrendNote`` records what is known so the page can say it
in a sentence instead of showing one or two isolated dots.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from briefings.facts.model import FactSheet
from briefings.present.charts import ChartFile, own_points, trend_points
from briefings.present.comparison_chart import draw_comparison, ranked_growth
from briefings.present.trend_charts import (
    draw_growth_trend,
    draw_level_trend,
    draw_quarter_trend,
)

MAX_PER_SHEET = 4  # two rows of two under the table
MAX_COMPARISONS = 2  # indicators compared across provinces on the comparison page


@dataclass(frozen=True)
class TrendPoint:
    """One published value of a trend too short to chart."""

    series: str  # trend series id: the province, or one of its former provinces
    period: str
    value: float
    unit: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class TrendNote:
    """A trend with fewer values than a chart needs: what is known, to be said in words."""

    indicator: str
    measure: str  # "yoy_pct" or "value"
    points: tuple[TrendPoint, ...]


@dataclass(frozen=True)
class EditionFigures:
    """All figures of an edition: per province slug, the cross-province comparisons, and the
    sentences that stand in for charts with too few values."""

    by_province: dict[str, list[ChartFile]]
    comparisons: list[ChartFile]
    notes: dict[str, list[TrendNote]]

    def all(self) -> list[ChartFile]:
        """Every chart, in a stable order."""
        return [*self.comparisons, *(c for charts in self.by_province.values() for c in charts)]


Drawer = Callable[[FactSheet, str, Path], ChartFile | None]
_CUMULATIVE: tuple[tuple[str, str, Drawer], ...] = (
    ("yoy_pct", "cumulative", draw_growth_trend),
    ("value", "cumulative", draw_level_trend),
)
_QUARTERS: tuple[tuple[str, str, Drawer], ...] = (
    ("value", "quarter", lambda s, i, out: draw_quarter_trend(s, i, "value", out)),
    ("yoy_pct", "quarter", lambda s, i, out: draw_quarter_trend(s, i, "yoy_pct", out)),
)


def draw_figures(
    sheets: list[FactSheet], indicators: tuple[str, ...], out_dir: Path
) -> EditionFigures:
    """Trend figures for each province and comparison figures across them."""
    drawn = [sheet_figures(sheet, indicators, out_dir) for sheet in sheets]
    return assemble(sheets, drawn, comparison_figures(sheets, indicators, out_dir))


def assemble(
    sheets: list[FactSheet],
    drawn: list[tuple[list[ChartFile], list[TrendNote]]],
    comparisons: list[ChartFile],
) -> EditionFigures:
    """The edition's figures from each sheet's ``sheet_figures`` (in the order of ``sheets``)."""
    slugs = [sheet.province.slug for sheet in sheets]
    by_province = {slug: charts for slug, (charts, _) in zip(slugs, drawn, strict=True)}
    notes = {slug: short for slug, (_, short) in zip(slugs, drawn, strict=True)}
    return EditionFigures(by_province, comparisons, notes)


def comparison_figures(
    sheets: list[FactSheet], indicators: tuple[str, ...], out_dir: Path
) -> list[ChartFile]:
    """The cross-province comparisons of ``compared_indicators``, in their order."""
    return [
        chart
        for indicator in compared_indicators(sheets, indicators)
        for chart in draw_comparison(sheets, indicator, out_dir)
    ]


def compared_indicators(sheets: list[FactSheet], indicators: tuple[str, ...]) -> list[str]:
    """The indicators compared across provinces: the first ``MAX_COMPARISONS`` that at least
    two provinces have a growth figure for (none for a single province)."""
    if len(sheets) < 2:
        return []
    ranked = (i for i in indicators if len(ranked_growth(sheets, i)) >= 2)
    return list(itertools.islice(ranked, MAX_COMPARISONS))


def sheet_figures(
    sheet: FactSheet, indicators: tuple[str, ...], out_dir: Path
) -> tuple[list[ChartFile], list[TrendNote]]:
    """Cumulative trends first (quarters first in a quarter's edition), four charts at most;
    a cumulative trend with one or two values becomes a note."""
    passes = [_CUMULATIVE, _QUARTERS] if sheet.period.is_cumulative else [_QUARTERS, _CUMULATIVE]
    charts: list[ChartFile] = []
    short: list[TrendNote] = []
    for trends in passes:
        for indicator in indicators:
            for measure, kind, draw in trends:
                known = own_points(trend_points(sheet, indicator, measure, kind))
                if known.empty or len(charts) >= MAX_PER_SHEET:
                    continue
                chart = draw(sheet, indicator, out_dir)
                if chart is not None:
                    charts.append(chart)
                elif kind == "cumulative":
                    short.append(_note(indicator, measure, known))
    return charts, short


def _note(indicator: str, measure: str, known: pd.DataFrame) -> TrendNote:
    points = tuple(
        TrendPoint(str(row.series), str(row.period), float(str(row.value)), str(row.unit),
                   tuple(row.sources))  # type: ignore[arg-type]
        for row in known.itertuples()
    )  # fmt: skip
    return TrendNote(indicator, measure, points)
