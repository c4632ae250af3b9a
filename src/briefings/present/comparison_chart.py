"""The cross-province comparison: growth of every selected province with a figure, ranked.

Only provinces with a published figure get a bar (the others are named in one line under the
chart, by the view model). A long ranking is split into parts that each fit on a page, drawn
on one shared scale so that bars compare across parts.
"""

from __future__ import annotations

import math
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


def draw_comparison(sheets: list[FactSheet], indicator_id: str, out_dir: Path) -> list[ChartFile]:
    """Ranked growth bars against the national rate, in as many parts as a page needs."""
    frame = ranked_growth(sheets, indicator_id)
    if len(frame) < 2:
        return []
    lines = [line for sheet in sheets if (line := sheet.line(indicator_id)) is not None]
    national = next((ln.national_yoy_pct.value for ln in lines if ln.national_yoy_pct), None)
    values = [*frame["growth"], *([national] if national is not None else []), 0.0]
    low, high = min(values), max(values)
    pad = (high - low) * 0.18 or 1.0
    limits = (low - pad * (low < 0), high + pad)
    parts = split_rows(len(frame))
    return [
        _draw_part(frame.iloc[list(rows)], indicator_id, sheets, national, limits, out_dir,
                   (number, len(parts)), len(frame))
        for number, rows in enumerate(parts, start=1)
    ]  # fmt: skip


def _draw_part(
    part: pd.DataFrame,
    indicator_id: str,
    sheets: list[FactSheet],
    national: float | None,
    limits: tuple[float, float],
    out_dir: Path,
    part_of: tuple[int, int],
    ranked: int,
) -> ChartFile:
    number, parts = part_of
    period = sheets[0].period
    name = indicator_name(indicator_id)
    suffix = (
        " " + _("(part {number} of {parts})").format(number=number, parts=parts)
        if parts > 1
        else ""
    )
    with mpl.rc_context(STYLE):
        height = _FRAME_INCHES + _ROW_INCHES * len(part)
        figure = Figure(figsize=(6.8, height), layout="constrained")
        axes = figure.add_subplot()
        y = list(range(len(part)))[::-1]  # fastest at the top
        axes.barh(y, part["growth"], color=PALETTE[0], height=0.6)
        for position, value in zip(y, part["growth"], strict=True):
            axes.annotate(
                fmt_percent(value), (value, position), xytext=(3 if value >= 0 else -3, 0),
                textcoords="offset points", va="center", ha="left" if value >= 0 else "right",
                fontsize=7, color="#333333",
            )  # fmt: skip
        if national is not None:
            axes.axvline(national, color=NATIONAL_COLOR, linestyle="--", linewidth=1)
            axes.annotate(
                f"Việt Nam {fmt_percent(national)}", (national, len(part) - 0.4),
                xytext=(3, 0), textcoords="offset points", fontsize=7, color=NATIONAL_COLOR,
                va="bottom",
            )  # fmt: skip
        axes.set_yticks(y, list(part["province"]))
        axes.set_ylim(-0.6, len(part) - 0.1)
        axes.set_xlim(*limits)
        axes.xaxis.set_major_formatter(percent_axis)
        axes.axvline(0, color="#bbbbbb", linewidth=0.6)
        axes.set_title(
            _("{indicator} growth, {period}, on the same period of {previous}").format(
                indicator=name, period=fmt_period(period), previous=period.year - 1
            )
            + suffix
        )
        stem = f"comparison/{indicator_id}-growth" + (f"-{number}" if parts > 1 else "")
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
            ).format(ranked=ranked, total=len(sheets)),
            alt=_alt(name, period, part, national, suffix),
        )


def _alt(name: str, period: Period, part: pd.DataFrame, national: float | None, suffix: str) -> str:
    """The ranking in words: every province's growth, then the nation's."""
    said = "; ".join(f"{r.province} {fmt_percent(float(str(r.growth)))}" for r in part.itertuples())
    nation = f"; Việt Nam {fmt_percent(national)}" if national is not None else ""
    head = _("Bar chart of {indicator} growth by province, {period}{part}, fastest first:")
    return head.format(indicator=name, period=fmt_period(period), part=suffix) + f" {said}{nation}."
