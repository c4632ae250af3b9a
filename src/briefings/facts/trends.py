"""Trend series of a fact sheet: growth by period and levels by year, gaps kept as NaN."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import pandas as pd

from briefings.domain.geography import NATION, Province
from briefings.domain.indicators import Indicator
from briefings.domain.periods import Period
from briefings.facts.index import FactIndex, unit_figure
from briefings.facts.model import Figure


def series_id(province: Province) -> str:
    """A trend series' id: unique even where a unit and a former province share a slug."""
    return f"{province.slug}@{province.boundary}"


def cumulative_periods(start: Period, end: Period) -> list[Period]:
    """Every year-to-date period (Q1, H1, 9M, FY) from ``start`` to ``end``, in order."""
    periods = [
        Period(year, 1, last) for year in range(start.year, end.year + 1) for last in (3, 6, 9, 12)
    ]
    return [p for p in periods if start <= p <= end]


def trend_series(
    index: FactIndex,
    province: Province,
    period: Period,
    wanted: list[Indicator],
    formers: list[Province],
    trend_from: Period,
) -> pd.DataFrame:
    """Long frame of trend points: growth by period, and levels by year for each span.

    Missing periods are NaN rows, so a chart shows a gap rather than a zero.
    """
    periods = cumulative_periods(trend_from, period)
    rows: list[dict[Hashable, Any]] = []
    for indicator in wanted:
        lines: list[tuple[str, str, Province, bool]] = [
            (series_id(province), "province", province, True)
        ]
        if province.is_merged:
            lines += [(series_id(f), "former", f, False) for f in formers]
        lines.append((series_id(NATION), "national", NATION, False))
        for label, role, who, as_unit in lines:
            for at in periods:
                figure = (
                    unit_figure(index, who, at, indicator, "yoy_pct", formers)
                    if as_unit
                    else index.figure(who, at, indicator.id, "yoy_pct")
                )
                rows.append(_point(indicator, "yoy_pct", label, role, at, figure))
        if indicator.additive:
            for at in periods:
                figure = unit_figure(index, province, at, indicator, "value", formers)
                rows.append(
                    _point(
                        indicator,
                        "value",
                        series_id(province),
                        "summed" if figure and figure.basis == "summed" else "province",
                        at,
                        figure,
                    )
                )
    frame = pd.DataFrame(
        rows,
        columns=["indicator", "measure", "series", "role", "period", "value", "unit", "sources"],
    )
    # Keep only series with at least one real point.
    has_point = frame.groupby(["indicator", "measure", "series"])["value"].transform(
        lambda s: s.notna().any()
    )
    return frame[has_point].reset_index(drop=True)


def _point(
    indicator: Indicator, measure: str, series: str, role: str, at: Period, figure: Figure | None
) -> dict[Hashable, Any]:
    return {
        "indicator": indicator.id,
        "measure": measure,
        "series": series,
        "role": role,
        "period": at.label,
        "value": figure.value if figure else float("nan"),
        "unit": figure.unit if figure else "",
        "sources": figure.sources if figure else (),
    }
