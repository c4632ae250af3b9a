"""Fact sheets: what a briefing says about one province for one period. Pure; no I/O."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, MutableMapping
from dataclasses import replace

import pandas as pd

from briefings.domain.geography import NATION, Province
from briefings.domain.indicators import REGISTRY, Indicator
from briefings.domain.periods import Period
from briefings.facts.index import FactIndex, unit_figure
from briefings.facts.model import FactSheet, Figure, FormerFigure, IndicatorLine
from briefings.facts.trends import trend_series


def build_fact_sheets(
    chosen: pd.DataFrame,
    overridden: pd.DataFrame,
    provinces: list[Province],
    period: Period,
    formers: dict[str, list[Province]],
    *,
    indicators: Iterable[str] | None = None,
    trend_from: Period,
    kept_trends: MutableMapping[str, pd.DataFrame] | None = None,
) -> list[FactSheet]:
    """One fact sheet per province; ``formers`` maps a merged unit's slug to its members.
    A province's trends that ``kept_trends`` holds under the facts they are drawn from are
    not drawn again (a watching process rebuilding after one changed value)."""
    index = FactIndex(chosen, overridden)
    wanted = [REGISTRY[i] for i in (indicators or REGISTRY)]
    sheets = [
        _sheet(
            index, province, period, wanted, formers.get(province.slug, []), trend_from,
            kept_trends,
        )
        for province in provinces
    ]  # fmt: skip
    return _with_selected_ranks(sheets)


def _sheet(
    index: FactIndex,
    province: Province,
    period: Period,
    wanted: list[Indicator],
    formers: list[Province],
    trend_from: Period,
    kept_trends: MutableMapping[str, pd.DataFrame] | None = None,
) -> FactSheet:
    lines = [_line(index, province, period, indicator, formers) for indicator in wanted]
    drawn_from = (index, province, period, wanted, formers, trend_from)
    if kept_trends is None:
        trends = trend_series(*drawn_from)
    else:
        key = _trend_key(*drawn_from)
        if key not in kept_trends:
            kept_trends[key] = trend_series(*drawn_from)
        trends = kept_trends[key]
    kept = tuple(line for line in lines if line.has_data)
    return FactSheet(province, period, kept, trends, tuple(formers) if province.is_merged else ())


def _trend_key(
    index: FactIndex,
    province: Province,
    period: Period,
    wanted: list[Indicator],
    formers: list[Province],
    trend_from: Period,
) -> str:
    """What a province's trends are drawn from: its own, its former provinces' and the
    nation's facts, and the span and indicators asked for."""
    digest = hashlib.sha256(repr((province, formers, period, wanted, trend_from)).encode())
    for row in index.rows_of([province.slug, *(f.slug for f in formers), NATION.slug]):
        digest.update(row.encode() + b"\n")
    return digest.hexdigest()


def _line(
    index: FactIndex,
    province: Province,
    period: Period,
    indicator: Indicator,
    formers: list[Province],
) -> IndicatorLine:
    def get(measure: str, at: Period = period) -> Figure | None:
        return unit_figure(index, province, at, indicator, measure, formers)

    value, yoy = get("value"), get("yoy_pct")
    cumulative = period.cumulative_parts()
    year_to_date = get("yoy_pct", cumulative[0]) if cumulative and yoy is None else None
    target, target_measure = _target(get, period)
    former = tuple(
        FormerFigure(member, measure, figure)
        for member in formers
        for measure in ("yoy_pct", "rank")
        if (figure := index.figure(member, period, indicator.id, measure)) is not None
    )
    return IndicatorLine(
        indicator=indicator,
        value=value,
        yoy_pct=yoy,
        target=target,
        target_measure=target_measure,
        target_met=_target_met(indicator, value, yoy, target, target_measure, period),
        national_rank=get("rank"),
        national_value=unit_figure(index, NATION, period, indicator, "value", []),
        national_yoy_pct=index.figure(NATION, period, indicator.id, "yoy_pct"),
        former=former,
        cumulative_yoy_pct=year_to_date,
    )


def _target(
    get: Callable[[str, Period], Figure | None], period: Period
) -> tuple[Figure | None, str]:
    """The target for the period itself, else the year's target (how plans are set)."""
    for at in (period, Period(period.year, 1, 12)):
        for measure in ("target_yoy_pct", "target_value"):
            figure = get(measure, at)
            if figure is not None:
                return figure, measure
    return None, ""


def _target_met(
    indicator: Indicator,
    value: Figure | None,
    yoy: Figure | None,
    target: Figure | None,
    target_measure: str,
    period: Period,
) -> bool | None:
    """Met or not, only when the target is for the reported period itself."""
    if target is None or target.period != period:
        return None
    actual = yoy if target_measure == "target_yoy_pct" else value
    if actual is None or (target_measure == "target_value" and actual.unit != target.unit):
        return None
    met = actual.value >= target.value
    return met if indicator.higher_is_better else not met


def _with_selected_ranks(sheets: list[FactSheet]) -> list[FactSheet]:
    """Rank provinces among the selection by growth (higher first), where two or more have it."""
    if len(sheets) < 2:
        return sheets
    ranked: dict[tuple[str, str], tuple[int, int]] = {}
    for indicator in {line.indicator.id for sheet in sheets for line in sheet.lines}:
        growth = {
            sheet.province.slug: line.yoy_pct.value
            for sheet in sheets
            if (line := sheet.line(indicator)) is not None and line.yoy_pct is not None
        }
        if len(growth) < 2:
            continue
        order = pd.Series(growth).rank(
            ascending=not REGISTRY[indicator].higher_is_better, method="min"
        )
        for slug, rank in order.items():
            ranked[(str(slug), indicator)] = (int(rank), len(growth))
    return [
        FactSheet(
            sheet.province,
            sheet.period,
            tuple(
                _ranked(line, ranked.get((sheet.province.slug, line.indicator.id)))
                for line in sheet.lines
            ),
            sheet.trends,
            sheet.formers,
        )
        for sheet in sheets
    ]


def _ranked(line: IndicatorLine, rank: tuple[int, int] | None) -> IndicatorLine:
    if rank is None:
        return line
    return replace(line, selected_rank=rank[0], selected_count=rank[1])
