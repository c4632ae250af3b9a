"""A province's trend figures, each comparing like with like.

- Growth so far this year: one line per year across Q1, 6 months, 9 months and the full year,
  the edition's year emphasised, the national rate dashed. Cumulative spans are never chained
  into one line across years.
- Levels by span: for each cumulative span, one line across the years.
- Discrete quarters: their own series (bars for levels, a line for growth), never mixed with
  cumulative spans.

A chart is drawn only when the province has at least ``MIN_POINTS`` values for it; fewer are
stated in a sentence instead (see ``figures.py``).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from briefings.domain.indicators import REGISTRY
from briefings.domain.periods import Period
from briefings.facts.model import FactSheet
from briefings.present.charts import (
    EARLIER_YEARS,
    MIN_POINTS,
    NATIONAL_COLOR,
    PALETTE,
    STYLE,
    ChartFile,
    own_points,
    save_chart,
    series_names,
    sources_of,
    trend_points,
)
from briefings.present.formatting import axis_format, fmt_span_name, fmt_span_short

SPANS = ("Q1", "H1", "9M", "FY")
_SIZE = (3.5, 2.75)


def chartable(points: pd.DataFrame, lines: list[tuple[float, ...]] | list[pd.Series]) -> bool:
    """Enough for a chart: ``MIN_POINTS`` published values, and a line joining two of them
    (scattered single dots say less than a sentence)."""
    joined = any(sum(1 for v in line if pd.notna(v)) >= 2 for line in lines)
    return len(own_points(points)) >= MIN_POINTS and joined


def _legend_below(axes: Axes) -> None:
    """The legend under the plot, so long names never squeeze it."""
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncols=2, fontsize=6)


def _with_calendar(points: pd.DataFrame) -> pd.DataFrame:
    periods = points["period"].map(Period.parse)
    return points.assign(year=[p.year for p in periods], span=[p.span for p in periods])


@dataclass(frozen=True)
class YearLine:
    """One line of the growth chart: one series (province, former province or nation) in one
    year, its values at Q1, 6 months, 9 months and the full year (NaN where unpublished)."""

    series: str
    role: str
    year: int
    values: tuple[float, ...]


def year_lines(points: pd.DataFrame, year: int) -> list[YearLine]:
    """Growth points as one line per series and year: the province in every year shown, its
    former provinces in the edition's year and the year before, the nation in ``year``."""
    frame = _with_calendar(points.dropna(subset=["value"]))
    lines = []
    for (series, at), line in frame.groupby(["series", "year"], sort=False):
        role, line_year = str(line["role"].iloc[0]), int(str(at))
        too_old = role == "former" and line_year < year - 1
        if (role == "national" and line_year != year) or too_old:
            continue
        values = line.set_index("span")["value"].reindex(SPANS)
        lines.append(YearLine(str(series), role, line_year, tuple(values)))
    return lines


def draw_growth_trend(sheet: FactSheet, indicator_id: str, out_dir: Path) -> ChartFile | None:
    """Year-to-date growth, one line per year across the cumulative spans, vs the nation."""
    points = trend_points(sheet, indicator_id, "yoy_pct", "cumulative")
    year = sheet.period.year
    lines = year_lines(points, year)
    if not chartable(points, [line.values for line in lines if line.role != "national"]):
        return None
    names = series_names(sheet)
    earlier = sorted({line.year for line in lines if line.year != year}, reverse=True)
    formers = list(dict.fromkeys(line.series for line in lines if line.role == "former"))
    with mpl.rc_context(STYLE):
        figure = Figure(figsize=_SIZE, layout="constrained")
        axes = figure.add_subplot()
        x = range(len(SPANS))
        for line in lines:
            if line.role == "national":
                style = {"color": NATIONAL_COLOR, "linestyle": "--", "linewidth": 1.0}
            elif line.role == "former":
                color = PALETTE[1 + formers.index(line.series) % (len(PALETTE) - 1)]
                style = {
                    "color": color,
                    "linestyle": ":",
                    "linewidth": 1.3 if line.year == year else 0.9,
                }
            elif line.year == year:
                style = {"color": PALETTE[0], "linewidth": 1.9, "markersize": 4}
            else:
                shade = EARLIER_YEARS[min(earlier.index(line.year), len(EARLIER_YEARS) - 1)]
                style = {"color": shade, "linewidth": 1.1}
            style = {"marker": "o", "markersize": 2.8} | style
            label = f"{names[line.series]} {line.year}"
            axes.plot(x, line.values, label=label, **style)  # type: ignore[arg-type]
        axes.set_xticks(list(x), [fmt_span_short(f"{year}-{span}") for span in SPANS])
        axes.set_xlim(-0.3, len(SPANS) - 0.7)
        axes.axhline(0, color="#bbbbbb", linewidth=0.6)
        axes.yaxis.set_major_formatter(lambda v, _pos: f"{v:g}%")
        name = REGISTRY[indicator_id].name
        axes.set_title(textwrap.fill(f"{name} growth so far this year", 42))
        _legend_below(axes)
        return save_chart(
            figure,
            out_dir,
            f"{sheet.province.slug}/{indicator_id}-growth",
            f"{name}: growth so far this year, by year",
            f"Each line is one year, cumulative from January, on the same period of the "
            f"previous year ({year} in bold; dashed: Việt Nam {year}); a gap means no "
            "published figure.",
            sources_of(points),
        )


def draw_level_trend(sheet: FactSheet, indicator_id: str, out_dir: Path) -> ChartFile | None:
    """Levels by year, one line per cumulative span (Q1, 6 months, 9 months, full year)."""
    points = trend_points(sheet, indicator_id, "value", "cumulative")
    frame = _with_calendar(points.dropna(subset=["value"]))
    if not chartable(points, [line["value"] for _, line in frame.groupby("span")]):
        return None
    unit = str(frame["unit"].iloc[0])
    years = list(range(int(frame["year"].min()), int(frame["year"].max()) + 1))
    with mpl.rc_context(STYLE):
        figure = Figure(figsize=_SIZE, layout="constrained")
        axes = figure.add_subplot()
        for color, span in zip(PALETTE, SPANS, strict=False):
            line = frame[frame["span"] == span].set_index("year")
            if line.empty:
                continue
            values = line["value"].reindex(years)
            axes.plot(
                years, values, color=color, marker="o", markersize=3, linewidth=1.4,
                label=fmt_span_name(span),
            )  # fmt: skip
            summed = line[line["basis"] == "summed"]
            axes.plot(
                summed.index, summed["value"], linestyle="none", marker="o", markersize=6,
                markerfacecolor="none", markeredgecolor=color,
            )  # fmt: skip
        axes.set_xticks(years, [str(y) for y in years])
        axes.tick_params(axis="x", labelsize=6.5)
        axes.set_ylim(bottom=0)
        axes.yaxis.set_major_formatter(axis_format(unit, float(frame["value"].max())))
        name = REGISTRY[indicator_id].name
        axes.set_title(textwrap.fill(name, 42))
        _legend_below(axes)
        caption = "By year for each cumulative span; a gap means no published figure."
        if frame["basis"].eq("summed").any():
            caption += " Ringed points are sums over the former provinces (2025 boundaries)."
        return save_chart(
            figure,
            out_dir,
            f"{sheet.province.slug}/{indicator_id}-levels",
            f"{name} by year",
            caption,
            sources_of(points),
        )


def draw_quarter_trend(
    sheet: FactSheet, indicator_id: str, measure: str, out_dir: Path
) -> ChartFile | None:
    """Discrete quarters in order: levels as bars (derived ones pale), growth as a line."""
    points = trend_points(sheet, indicator_id, measure, "quarter")
    known = own_points(points)
    if not chartable(points, [points["value"]]):
        return None
    periods = [Period.parse(label) for label in points["period"]]
    labels = [
        fmt_span_short(p) + (f"\n{p.year}" if p.span == "Q1" or i == 0 else "")
        for i, p in enumerate(periods)
    ]
    name = REGISTRY[indicator_id].name
    with mpl.rc_context(STYLE):
        figure = Figure(figsize=_SIZE, layout="constrained")
        axes = figure.add_subplot()
        x = list(range(len(periods)))
        if measure == "value":
            unit = str(known["unit"].iloc[0])
            colors = [PALETTE[0] if b != "derived" else EARLIER_YEARS[0] for b in points["basis"]]
            axes.bar(x, points["value"].fillna(0), color=colors, width=0.65)
            axes.yaxis.set_major_formatter(axis_format(unit, float(known["value"].max())))
            title, stem = f"{name} by quarter", "quarters"
        else:
            axes.plot(x, points["value"], color=PALETTE[0], marker="o", markersize=3)
            axes.axhline(0, color="#bbbbbb", linewidth=0.6)
            axes.yaxis.set_major_formatter(lambda v, _pos: f"{v:g}%")
            title, stem = f"{name} growth by quarter", "quarter-growth"
        axes.set_xticks(x, labels)
        axes.tick_params(axis="x", labelsize=6.5)
        axes.set_title(textwrap.fill(title, 42))
        caption = "Each quarter on its own, not cumulative; a gap means no figure."
        if points["basis"].eq("derived").any():
            caption += (
                " Pale bars are derived as the difference of two cumulative figures "
                "(e.g. Q3 = 9 months − 6 months)."
            )
        return save_chart(
            figure,
            out_dir,
            f"{sheet.province.slug}/{indicator_id}-{stem}",
            title,
            caption,
            sources_of(points),
        )
