"""Trend series of a fact sheet: growth by period and levels by year, gaps kept as NaN."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import pandas as pd

from briefings.domain.geography import NATION, Province
from briefings.domain.indicators import Indicator
from briefings.domain.periods import CUMULATIVE_ENDS, Period
from briefings.facts.index import FactIndex, unit_figure
from briefings.facts.model import Figure


def series_id(province: Province) -> str:
    """A trend series' id: unique even where a unit and a former province share a slug."""
    return f"{province.slug}@{province.boundary}"


def cumulative_periods(start: Period, end: Period) -> list[Period]:
    """Every year-to-date period (Q1, H1, 9M, FY) from ``start`` to ``end``, in order."""
    periods = [
        Period(year, 1, last)
        for year in range(start.year, end.year + 1)
        for last in CUMULATIVE_ENDS
    ]
    return [p for p in periods if start <= p <= end]


def quarter_periods(start: Period, end: Period) -> list[Period]:
    """Every discrete quarter from ``start``'s year to the end of ``end``, in order."""
    quarters = [
        Period(year, first, first + 2)
        for year in range(start.year, end.year + 1)
        for first in (1, 4, 7, 10)
    ]
    return [q for q in quarters if q.end <= end.end and q.year >= start.year]


TREND_COLUMNS = [
    "indicator", "measure", "kind", "series", "role", "period", "value", "unit", "sources", "basis"
]  # fmt: skip


def trend_series(
    index: FactIndex,
    province: Province,
    period: Period,
    wanted: list[Indicator],
    formers: list[Province],
    trend_from: Period,
) -> pd.DataFrame:
    """Long frame of trend points, each of one ``kind`` so that charts compare like with like:

    - ``cumulative``: year-to-date growth and levels (Q1, H1, 9M, FY) for every year shown;
    - ``quarter``: discrete quarters (Q1–Q4), reported, or for additive levels derived.

    Missing periods are NaN rows, so a chart shows a gap rather than a zero.
    """
    cumulative = cumulative_periods(trend_from, period)
    quarters = quarter_periods(trend_from, period)
    lines = [(province, "province", True)]
    if province.is_merged:
        lines += [(former, "former", False) for former in formers]
    lines.append((NATION, "national", False))
    rows: list[dict[Hashable, Any]] = []
    for indicator in wanted:
        for who, role, as_unit in lines:
            for at in cumulative:
                figure = (
                    unit_figure(index, who, at, indicator, "yoy_pct", formers)
                    if as_unit
                    else index.figure(who, at, indicator.id, "yoy_pct")
                )
                rows.append(_point(indicator, "yoy_pct", "cumulative", who, role, at, figure))
        for at in quarters:
            figure = unit_figure(index, province, at, indicator, "yoy_pct", formers)
            rows.append(_point(indicator, "yoy_pct", "quarter", province, "province", at, figure))
        if indicator.additive:
            for kind, periods in (("cumulative", cumulative), ("quarter", quarters)):
                for at in periods:
                    figure = unit_figure(index, province, at, indicator, "value", formers)
                    rows.append(_point(indicator, "value", kind, province, "province", at, figure))
    frame = pd.DataFrame(rows, columns=TREND_COLUMNS)
    # Keep only series with at least one real point.
    keys = [frame[column] for column in ("indicator", "measure", "kind", "series")]
    has_point = frame["value"].notna().groupby(keys).transform("any")
    return frame[has_point].reset_index(drop=True)


def _point(
    indicator: Indicator,
    measure: str,
    kind: str,
    who: Province,
    role: str,
    at: Period,
    figure: Figure | None,
) -> dict[Hashable, Any]:
    return {
        "indicator": indicator.id,
        "measure": measure,
        "kind": kind,
        "series": series_id(who),
        "role": role,
        "period": at.label,
        "value": figure.value if figure else float("nan"),
        "unit": figure.unit if figure else "",
        "sources": figure.sources if figure else (),
        "basis": figure.basis if figure else "",
    }
