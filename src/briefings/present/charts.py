"""Trend and comparison figures from fact sheets, drawn with matplotlib's object API.

No pyplot state: each figure is a ``matplotlib.figure.Figure`` saved to PNG (for reviewers'
side-by-side comparison) and SVG (placed in the PDF). Saving is deterministic: a fixed font
file, a fixed SVG hash salt and no dates or software versions in the metadata.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib as mpl
import pandas as pd
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from briefings.domain.geography import NATION
from briefings.domain.indicators import REGISTRY
from briefings.domain.periods import Period
from briefings.facts.model import FactSheet
from briefings.facts.trends import cumulative_periods, series_id
from briefings.present.fonts import FAMILY, prepared_fonts
from briefings.present.formatting import (
    fmt_percent,
    fmt_period,
    fmt_span_name,
    fmt_span_short,
    fmt_value,
)
from briefings.present.wording import former_label

PALETTE = ("#1b5e8c", "#d9822b", "#5a9e4b", "#a23b72", "#6c6c6c", "#c8a400")
NATIONAL_COLOR = "#7a7a7a"
_STYLE: dict[Any, Any] = {
    "svg.hashsalt": "briefings",
    "svg.fonttype": "path",
    "font.family": FAMILY,
    "font.size": 8,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 9,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "legend.frameon": False,
    "legend.fontsize": 7,
    "path.simplify": False,
}
PNG_METADATA: dict[str, str | None] = {"Software": None}
SVG_METADATA: dict[str, str | None] = {"Date": None, "Creator": None, "Format": None, "Type": None}


@dataclass(frozen=True)
class ChartFile:
    """A drawn figure: where it is and what it shows."""

    name: str  # e.g. "thai-nguyen/grdp-growth"
    png: Path
    svg: Path
    title: str
    caption: str
    sources: tuple[str, ...] = ()  # every source behind a point drawn


def use_font(source_dir: Path) -> None:
    """Register the committed font (prepared once per process) so figures never depend on the
    machine's fonts."""
    folder = prepared_fonts(source_dir)
    known = {entry.fname for entry in font_manager.fontManager.ttflist}
    for path in sorted(folder.glob("*.ttf")):
        if str(path) not in known:
            font_manager.fontManager.addfont(str(path))


def series_names(sheet: FactSheet) -> dict[str, str]:
    """Legend names of a sheet's trend series: the province, its former provinces, the nation."""
    names = {series_id(sheet.province): sheet.province.name_vi, series_id(NATION): NATION.name_vi}
    names |= {series_id(former): former_label(former) for former in sheet.formers}
    return names


def _sources(points: pd.DataFrame) -> tuple[str, ...]:
    """Sources of the points actually drawn, in first-seen order."""
    drawn = points.dropna(subset=["value"])
    return tuple(dict.fromkeys(s for sources in drawn["sources"] for s in sources))


def _save(
    figure: Figure,
    out_dir: Path,
    name: str,
    title: str,
    caption: str,
    sources: tuple[str, ...] = (),
) -> ChartFile:
    png, svg = out_dir / f"{name}.png", out_dir / f"{name}.svg"
    png.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(png, dpi=150, metadata=PNG_METADATA)
    figure.savefig(svg, metadata=SVG_METADATA)
    return ChartFile(name, png, svg, title, caption, sources)


def draw_growth_trend(
    sheet: FactSheet, indicator_id: str, trend_from: Period, out_dir: Path
) -> ChartFile | None:
    """Year-to-date growth by period for the province (and former provinces) vs the nation."""
    data = sheet.trends[
        (sheet.trends["indicator"] == indicator_id) & (sheet.trends["measure"] == "yoy_pct")
    ]
    own = data[data["role"] != "national"]
    if own["value"].notna().sum() < 2:
        return None
    periods = cumulative_periods(trend_from, sheet.period)
    with mpl.rc_context(_STYLE):
        figure = Figure(figsize=(3.5, 2.3), layout="constrained")
        axes = figure.add_subplot()
        x = range(len(periods))
        # Colours follow the series' order in the whole sheet, so a province keeps its colour.
        order = list(dict.fromkeys(sheet.trends["series"]))
        names = series_names(sheet)
        for series, points in data.groupby("series", sort=False):
            values = points.set_index("period")["value"].reindex([p.label for p in periods])
            role = points["role"].iloc[0]
            if role == "national":
                axes.plot(
                    x,
                    values,
                    color=NATIONAL_COLOR,
                    linestyle="--",
                    linewidth=1,
                    marker="o",
                    markersize=2.5,
                    label=names[str(series)],
                )
            else:
                color = PALETTE[order.index(series) % len(PALETTE)]
                axes.plot(
                    x,
                    values,
                    color=color,
                    linewidth=1.6 if role == "province" else 1.0,
                    marker="o",
                    markersize=3.5 if role == "province" else 2.5,
                    label=names[str(series)],
                )
        _period_axis(axes, periods)
        axes.axhline(0, color="#bbbbbb", linewidth=0.6)
        axes.yaxis.set_major_formatter(lambda v, _pos: f"{v:g}%")
        name = REGISTRY[indicator_id].name
        axes.set_title(textwrap.fill(f"{name} growth, year to date", 42))
        axes.legend(loc="best", ncols=1)
        chart = _save(
            figure,
            out_dir,
            f"{sheet.province.slug}/{indicator_id}-growth",
            f"{name}: growth on the same period of the previous year",
            "Cumulative from January (Q1, 6 months, 9 months, full year); dashed: "
            "Việt Nam; a gap means no published figure.",
            _sources(data),
        )
    return chart


def _period_axis(axes: Axes, periods: list[Period]) -> None:
    labels = [
        fmt_span_short(p) + (f"\n{p.year}" if p.span == "Q1" or i == 0 else "")
        for i, p in enumerate(periods)
    ]
    axes.set_xticks(range(len(periods)), labels)
    axes.set_xlim(-0.5, len(periods) - 0.5)
    axes.tick_params(axis="x", labelsize=6.5)


def draw_level_trend(sheet: FactSheet, indicator_id: str, out_dir: Path) -> ChartFile | None:
    """Levels by year, one line per span (Q1, 6 months, 9 months, full year)."""
    data = sheet.trends[
        (sheet.trends["indicator"] == indicator_id) & (sheet.trends["measure"] == "value")
    ].dropna(subset=["value"])
    if len(data) < 2:
        return None
    periods = data["period"].map(Period.parse)
    frame = data.assign(year=[p.year for p in periods], span=[p.span for p in periods])
    unit = str(frame["unit"].iloc[0])
    years = list(range(int(frame["year"].min()), int(frame["year"].max()) + 1))
    with mpl.rc_context(_STYLE):
        figure = Figure(figsize=(3.5, 2.3), layout="constrained")
        axes = figure.add_subplot()
        for color, span in zip(PALETTE, ("Q1", "H1", "9M", "FY"), strict=False):
            points = frame[frame["span"] == span]
            if points.empty:
                continue
            values = points.set_index("year")["value"].reindex(years)
            summed = points.set_index("year")["role"].reindex(years).eq("summed")
            axes.plot(
                years,
                values,
                color=color,
                marker="o",
                markersize=3,
                linewidth=1.4,
                label=fmt_span_name(span),
            )
            axes.plot(
                [y for y, s in zip(years, summed, strict=True) if s],
                [v for v, s in zip(values, summed, strict=True) if s],
                linestyle="none",
                marker="o",
                markersize=6,
                markerfacecolor="none",
                markeredgecolor=color,
            )
        axes.set_xticks(years, [str(y) for y in years])
        axes.tick_params(axis="x", labelsize=6.5)
        axes.set_ylim(bottom=0)
        axes.yaxis.set_major_formatter(lambda v, _pos: fmt_value(v, unit).replace(" arrivals", ""))
        name = REGISTRY[indicator_id].name
        axes.set_title(textwrap.fill(f"{name}, {unit}", 42))
        axes.legend(loc="best")
        caption = "By year for each cumulative span; a gap means no published figure."
        if frame["role"].eq("summed").any():
            caption += " Ringed points are sums over the former provinces (2025 boundaries)."
        chart = _save(
            figure,
            out_dir,
            f"{sheet.province.slug}/{indicator_id}-levels",
            f"{name} by year",
            caption,
            _sources(data),
        )
    return chart


def draw_comparison(sheets: list[FactSheet], indicator_id: str, out_dir: Path) -> ChartFile | None:
    """Growth of each selected province for the period, ranked, against the national figure."""
    rows = []
    national = None
    for sheet in sheets:
        line = sheet.line(indicator_id)
        growth = line.yoy_pct.value if line and line.yoy_pct else math.nan
        national = national or (line.national_yoy_pct if line else None)
        rows.append((sheet.province.name_vi, growth))
    frame = pd.DataFrame(rows, columns=["province", "growth"])
    if frame["growth"].notna().sum() < 2:
        return None
    frame = frame.sort_values(["growth", "province"], ascending=[True, False], na_position="first")
    period = sheets[0].period
    with mpl.rc_context(_STYLE):
        figure = Figure(figsize=(6.8, 0.6 + 0.24 * len(frame)), layout="constrained")
        axes = figure.add_subplot()
        y = range(len(frame))
        known = frame["growth"].notna().tolist()
        # A province without a figure keeps its row through an invisible bar, never a zero.
        axes.barh(
            y,
            frame["growth"].fillna(0),
            color=[PALETTE[0] if has else "none" for has in known],
            height=0.6,
        )
        for position, value, has in zip(y, frame["growth"], known, strict=True):
            text = fmt_percent(value) if has else "no published figure"
            axes.annotate(
                text,
                (value if has else 0, position),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=7,
                color="#333333" if has else "#888888",
            )
        if national is not None:
            axes.axvline(national.value, color=NATIONAL_COLOR, linestyle="--", linewidth=1)
            axes.annotate(
                f"Việt Nam {fmt_percent(national.value)}",
                (national.value, len(frame) - 0.4),
                xytext=(3, 0),
                textcoords="offset points",
                fontsize=7,
                color=NATIONAL_COLOR,
                va="bottom",
            )
        axes.set_yticks(list(y), list(frame["province"]))
        axes.xaxis.set_major_formatter(lambda v, _pos: f"{v:g}%")
        axes.axvline(0, color="#bbbbbb", linewidth=0.6)
        axes.margins(x=0.15)
        name = REGISTRY[indicator_id].name
        axes.set_title(
            f"{name} growth, {fmt_period(period)}, on the same period of {period.year - 1}"
        )
        chart = _save(
            figure,
            out_dir,
            f"comparison/{indicator_id}-growth",
            f"{name} growth by province, {fmt_period(period)}",
            "Provinces with no published figure are listed without a bar, never as zero.",
        )
    return chart
