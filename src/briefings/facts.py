"""Fact sheets: what a briefing says about one province for one period. Pure; no I/O.

The merger rule lives here. For a unit formed on 1 July 2025 from several former provinces,
levels of additive indicators are summed over the former provinces when the unit itself has no
reported figure (and only when every former province has one); rates, per-capita values,
indices and ranks are never summed or averaged: they are shown per former province.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from briefings.geography import NATION, NATIONAL, POST, PRE, Province
from briefings.indicators import LEVEL_MEASURES, REGISTRY, Indicator
from briefings.periods import Period
from briefings.sources.schema import KEY_COLUMNS

Key = tuple[str, str, str, str, str]


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
    notes: tuple[str, ...] = ()

    def line(self, indicator_id: str) -> IndicatorLine | None:
        """The line for an indicator, if the sheet has one."""
        return next((ln for ln in self.lines if ln.indicator.id == indicator_id), None)


class FactIndex:
    """Chosen facts and their overridden alternatives, looked up by key."""

    def __init__(self, chosen: pd.DataFrame, overridden: pd.DataFrame) -> None:
        self.rows: dict[Key, dict[Hashable, Any]] = {
            _key(row): row for row in chosen.to_dict("records")
        }
        self.alternatives: dict[Key, list[Alternative]] = {}
        for row in overridden.to_dict("records"):
            self.alternatives.setdefault(_key(row), []).append(
                Alternative(float(row["value"]), str(row["source"]), str(row["published"]))
            )

    def figure(
        self, province: Province, period: Period, indicator: str, measure: str
    ) -> Figure | None:
        """The reported figure for a province in its own boundaries, or None."""
        for boundary in _boundaries(province):
            key = (province.slug, boundary, period.label, indicator, measure)
            row = self.rows.get(key)
            if row is not None:
                return Figure(
                    float(str(row["value"])),
                    str(row["unit"]),
                    period,
                    (str(row["source"]),),
                    alternatives=tuple(self.alternatives.get(key, ())),
                    unreviewed=row["kind"] == "article-unreviewed",
                    quote=str(row["quote"]),
                )
        return None


def _key(row: dict[Hashable, Any]) -> Key:
    return tuple(str(row[c]) for c in KEY_COLUMNS)  # type: ignore[return-value]


def _boundaries(province: Province) -> tuple[str, ...]:
    """Which eras' facts describe this province's own territory."""
    if province.boundary == NATIONAL:
        return (NATIONAL,)
    if province.boundary == POST:
        # An unchanged unit has the same territory as the former province of that name.
        return (POST,) if province.is_merged else (POST, PRE)
    return (PRE,)


def unit_figure(
    index: FactIndex,
    unit: Province,
    period: Period,
    indicator: Indicator,
    measure: str,
    formers: list[Province],
) -> Figure | None:
    """Reported figure, else (levels of additive indicators) the sum over former provinces."""
    reported = index.figure(unit, period, indicator.id, measure)
    if reported is not None or not (
        unit.is_merged and indicator.additive and measure in LEVEL_MEASURES
    ):
        return reported
    parts = [index.figure(former, period, indicator.id, measure) for former in formers]
    if not parts or any(part is None for part in parts):
        return None
    present = [part for part in parts if part is not None]
    return Figure(
        sum(part.value for part in present),
        present[0].unit,
        period,
        tuple(source for part in present for source in part.sources),
        basis="summed",
    )


def build_fact_sheets(
    chosen: pd.DataFrame,
    overridden: pd.DataFrame,
    provinces: list[Province],
    period: Period,
    formers: dict[str, list[Province]],
    *,
    indicators: Iterable[str] | None = None,
    trend_from: Period,
) -> list[FactSheet]:
    """One fact sheet per province; ``formers`` maps a merged unit's slug to its members."""
    index = FactIndex(chosen, overridden)
    wanted = [REGISTRY[i] for i in (indicators or REGISTRY)]
    sheets = [
        _sheet(index, province, period, wanted, formers.get(province.slug, []), trend_from)
        for province in provinces
    ]
    return _with_selected_ranks(sheets)


def _sheet(
    index: FactIndex,
    province: Province,
    period: Period,
    wanted: list[Indicator],
    formers: list[Province],
    trend_from: Period,
) -> FactSheet:
    lines = [_line(index, province, period, indicator, formers) for indicator in wanted]
    notes = []
    if province.is_merged:
        names = ", ".join(f.name_vi for f in formers)
        notes.append(
            f"{province.name_vi} was formed on 1 July 2025 from {names}. Before then, levels "
            "that add up (revenue, trade, investment) are summed over these former provinces "
            "onto today's boundaries and marked “Σ”; growth rates and ranks are shown for "
            "each former province and never combined."
        )
    trends = trend_series(index, province, period, wanted, formers, trend_from)
    kept = tuple(line for line in lines if line.has_data)
    return FactSheet(province, period, kept, trends, tuple(notes))


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
        national_value=index.figure(NATION, period, indicator.id, "value"),
        national_yoy_pct=index.figure(NATION, period, indicator.id, "yoy_pct"),
        former=former,
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
            sheet.notes,
        )
        for sheet in sheets
    ]


def _ranked(line: IndicatorLine, rank: tuple[int, int] | None) -> IndicatorLine:
    if rank is None:
        return line
    return replace(line, selected_rank=rank[0], selected_count=rank[1])


def former_label(province: Province) -> str:
    """How a former province is named beside the unit that replaced it."""
    return f"{province.name_vi} (pre-2025)"


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
            (province.name_vi, "province", province, True)
        ]
        if province.is_merged:
            lines += [(former_label(f), "former", f, False) for f in formers]
        lines.append((NATION.name_vi, "national", NATION, False))
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
                        province.name_vi,
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
