"""The cross-province comparison: growth of every selected province with a figure, ranked.

Only provinces with a published figure get a bar (the others are named in one line under the
chart, by the view model). A long ranking is split into parts that each fit on a page, drawn
on one shared scale so that bars compare across parts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure

from briefings.domain.collation import vietnamese_key
from briefings.domain.periods import Period
from briefings.facts.model import FactSheet
from briefings.present.charts import (
    NATIONAL_COLOR,
    PALETTE,
    STYLE,
    ChartFile,
    percent_axis,
    save_chart,
)
from briefings.present.formatting import fmt_percent, fmt_period
from briefings.present.i18n import _, indicator_name

ROWS_PER_PART = 30  # 30 bars fill about three quarters of an A4 page's content box
_ROW_INCHES, _FRAME_INCHES = 0.24, 0.75


def ranked_growth(sheets: list[FactSheet], indicator_id: str) -> pd.DataFrame:
    """Provinces with a growth figure for the period, fastest first (ties by name)."""
    rows = [
        (sheet.province.name_vi, line.yoy_pct.value)
        for sheet in sheets
        if (line := sheet.line(indicator_id)) is not None and line.yoy_pct is not None
    ]
    frame = pd.DataFrame(rows, columns=["province", "growth"])
    frame["order"] = frame["province"].map(vietnamese_key)
    ranked = frame.sort_values(["growth", "order"], ascending=[False, True], ignore_index=True)
    return ranked.drop(columns="order")


def split_rows(count: int, most: int = ROWS_PER_PART) -> list[range]:
    """Balanced consecutive parts of at most ``most`` rows: 63 rows → 21 + 21 + 21."""
    parts = max(1, math.ceil(count / most))
    size = math.ceil(count / parts)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


@dataclass(frozen=True)
class ComparisonPart:
    """One part of a ranked comparison with everything it is drawn from, so that a changed
    value draws again only the part it is in (every part, when it moves the shared scale)."""

    indicator_id: str
    period: Period
    rows: tuple[tuple[str, float], ...]  # province and growth, fastest first
    national: float | None
    limits: tuple[float, float]  # the scale every part shares
    number: int
    parts: int
    ranked: int  # provinces with a figure
    total: int  # provinces compared


def plan_comparison(sheets: list[FactSheet], indicator_id: str) -> list[ComparisonPart]:
    """The parts a ranking of ``indicator_id`` is drawn in (none for fewer than two figures)."""
    frame = ranked_growth(sheets, indicator_id)
    if len(frame) < 2:
        return []
    lines = [line for sheet in sheets if (line := sheet.line(indicator_id)) is not None]
    national = next((ln.national_yoy_pct.value for ln in lines if ln.national_yoy_pct), None)
    values = [*frame["growth"], *([national] if national is not None else []), 0.0]
    low, high = min(values), max(values)
    pad = (high - low) * 0.18 or 1.0
    limits = (low - pad * (low < 0), high + pad)
    rows = [(str(p), float(g)) for p, g in zip(frame["province"], frame["growth"], strict=True)]
    parts = split_rows(len(frame))
    return [
        ComparisonPart(indicator_id, sheets[0].period, tuple(rows[i] for i in part), national,
                       limits, number, len(parts), len(frame), len(sheets))
        for number, part in enumerate(parts, start=1)
    ]  # fmt: skip


def draw_comparison(sheets: list[FactSheet], indicator_id: str, out_dir: Path) -> list[ChartFile]:
    """Ranked growth bars against the national rate, in as many parts as a page needs."""
    return [
        chart
        for part in plan_comparison(sheets, indicator_id)
        for chart in draw_part(part, out_dir)
    ]


def draw_part(part: ComparisonPart, out_dir: Path) -> list[ChartFile]:
    """One part of a comparison (a list, as every drawing task gives)."""
    return [_draw_part(part, out_dir)]


def _draw_part(part: ComparisonPart, out_dir: Path) -> ChartFile:
    name = indicator_name(part.indicator_id)
    suffix = (
        " " + _("(part {number} of {parts})").format(number=part.number, parts=part.parts)
        if part.parts > 1
        else ""
    )
    names = [province for province, _ in part.rows]
    growth = [value for _, value in part.rows]
    national, period = part.national, part.period
    with mpl.rc_context(STYLE):
        height = _FRAME_INCHES + _ROW_INCHES * len(growth)
        figure = Figure(figsize=(6.8, height), layout="constrained")
        axes = figure.add_subplot()
        y = list(range(len(growth)))[::-1]  # fastest at the top
        axes.barh(y, growth, color=PALETTE[0], height=0.6)
        for position, value in zip(y, growth, strict=True):
            axes.annotate(
                fmt_percent(value), (value, position), xytext=(3 if value >= 0 else -3, 0),
                textcoords="offset points", va="center", ha="left" if value >= 0 else "right",
                fontsize=7, color="#333333",
            )  # fmt: skip
        if national is not None:
            axes.axvline(national, color=NATIONAL_COLOR, linestyle="--", linewidth=1)
            axes.annotate(
                f"Việt Nam {fmt_percent(national)}", (national, len(growth) - 0.4),
                xytext=(3, 0), textcoords="offset points", fontsize=7, color=NATIONAL_COLOR,
                va="bottom",
            )  # fmt: skip
        axes.set_yticks(y, names)
        axes.set_ylim(-0.6, len(growth) - 0.1)
        axes.set_xlim(*part.limits)
        axes.xaxis.set_major_formatter(percent_axis)
        axes.axvline(0, color="#bbbbbb", linewidth=0.6)
        axes.set_title(
            _("{indicator} growth, {period}, on the same period of {previous}").format(
                indicator=name, period=fmt_period(period), previous=period.year - 1
            )
            + suffix
        )
        stem = f"comparison/{part.indicator_id}-growth" + (
            f"-{part.number}" if part.parts > 1 else ""
        )
        return save_chart(
            figure,
            out_dir,
            stem,
            _("{indicator} growth by province, {period}").format(
                indicator=name, period=fmt_period(period)
            )
            + suffix,
            _(
                "Fastest first; dashed: Việt Nam. {ranked} of {total} provinces have a published "
                "figure; the others are not drawn (never as zero)."
            ).format(ranked=part.ranked, total=part.total),
            alt=_alt(name, period, part.rows, national, suffix),
        )


def _alt(
    name: str,
    period: Period,
    rows: tuple[tuple[str, float], ...],
    national: float | None,
    suffix: str,
) -> str:
    """The ranking in words: every province's growth, then the nation's."""
    said = "; ".join(f"{province} {fmt_percent(float(str(growth)))}" for province, growth in rows)
    nation = f"; Việt Nam {fmt_percent(national)}" if national is not None else ""
    head = _("Bar chart of {indicator} growth by province, {period}{part}, fastest first:")
    return head.format(indicator=name, period=fmt_period(period), part=suffix) + f" {said}{nation}."
