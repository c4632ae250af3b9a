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
    percent_axis,
    save_chart,
    series_names,
    sources_of,
    trend_points,
)
from briefings.present.formatting import (
    MISSING,
    axis_format,
    fmt_percent,
    fmt_period_short,
    fmt_span_name,
    fmt_span_short,
    fmt_value,
)
from briefings.present.i18n import _, indicator_name

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
            label = f"{names[line.series]} {line.year}"  # a name and a year: no words
            axes.plot(x, line.values, label=label, **style)  # type: ignore[arg-type]
        axes.set_xticks(list(x), [fmt_span_short(f"{year}-{span}") for span in SPANS])
        axes.set_xlim(-0.3, len(SPANS) - 0.7)
        axes.axhline(0, color="#bbbbbb", linewidth=0.6)
        axes.yaxis.set_major_formatter(percent_axis)
        name = indicator_name(indicator_id)
        axes.set_title(
            textwrap.fill(_("{indicator} growth so far this year").format(indicator=name), 42)
        )
        _legend_below(axes)
        return save_chart(
            figure,
            out_dir,
            f"{sheet.province.slug}/{indicator_id}-growth",
            _("{indicator}: growth so far this year, by year").format(indicator=name),
            _(
                "Each line is one year, cumulative from January, on the same period of the "
                "previous year ({year} in bold; dashed: Việt Nam {year}); a gap means no "
                "published figure."
            ).format(year=year),
            sources_of(points),
            _growth_alt(name, sheet, lines, names),
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
        name = indicator_name(indicator_id)
        axes.set_title(textwrap.fill(name, 42))
        _legend_below(axes)
        caption = _("By year for each cumulative span; a gap means no published figure.")
        if frame["basis"].eq("summed").any():
            caption += " " + _(
                "Ringed points are sums over the former provinces (2025 boundaries)."
            )
        return save_chart(
            figure,
            out_dir,
            f"{sheet.province.slug}/{indicator_id}-levels",
            _("{indicator} by year").format(indicator=name),
            caption,
            sources_of(points),
            _levels_alt(name, sheet, frame, unit),
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
    name = indicator_name(indicator_id)
    with mpl.rc_context(STYLE):
        figure = Figure(figsize=_SIZE, layout="constrained")
        axes = figure.add_subplot()
        x = list(range(len(periods)))
        if measure == "value":
            unit = str(known["unit"].iloc[0])
            colors = [PALETTE[0] if b != "derived" else EARLIER_YEARS[0] for b in points["basis"]]
            axes.bar(x, points["value"].fillna(0), color=colors, width=0.65)
            axes.yaxis.set_major_formatter(axis_format(unit, float(known["value"].max())))
            title, stem = _("{indicator} by quarter").format(indicator=name), "quarters"
        else:
            axes.plot(x, points["value"], color=PALETTE[0], marker="o", markersize=3)
            axes.axhline(0, color="#bbbbbb", linewidth=0.6)
            axes.yaxis.set_major_formatter(percent_axis)
            title = _("{indicator} growth by quarter").format(indicator=name)
            stem = "quarter-growth"
        axes.set_xticks(x, labels)
        axes.tick_params(axis="x", labelsize=6.5)
        axes.set_title(textwrap.fill(title, 42))
        caption = _("Each quarter on its own, not cumulative; a gap means no figure.")
        if points["basis"].eq("derived").any():
            caption += " " + _(
                "Pale bars are derived as the difference of two cumulative figures "
                "(e.g. Q3 = 9 months − 6 months)."
            )
        return save_chart(
            figure,
            out_dir,
            f"{sheet.province.slug}/{indicator_id}-{stem}",
            title,
            caption,
            sources_of(points),
            _quarters_alt(title, sheet, points, measure),
        )


def _value(value: float, measure: str, unit: str) -> str:
    if pd.isna(value):
        return MISSING
    return fmt_percent(value) if measure == "yoy_pct" else fmt_value(value, unit)


def _growth_alt(name: str, sheet: FactSheet, lines: list[YearLine], names: dict[str, str]) -> str:
    """The growth chart in words: one sentence per line, every value."""
    spans = [fmt_span_name(span) for span in SPANS]
    said = []
    for line in lines:
        values = zip(spans, line.values, strict=True)
        listed = ", ".join(f"{span} {_value(v, 'yoy_pct', '%')}" for span, v in values)
        said.append(f"{names[line.series]} {line.year}: {listed}")
    head = _("Line chart of {indicator} growth so far this year in {province}, one line per year.")
    return (
        head.format(indicator=name, province=sheet.province.name_vi) + " " + "; ".join(said) + "."
    )


def _levels_alt(name: str, sheet: FactSheet, frame: pd.DataFrame, unit: str) -> str:
    """The levels chart in words: for each span, its value in each year."""
    said = []
    for span, line in frame.sort_values(["span", "year"]).groupby("span", sort=False):
        years = (
            f"{int(str(r.year))} {fmt_value(float(str(r.value)), unit)}" for r in line.itertuples()
        )
        said.append(f"{fmt_span_name(str(span))}: {', '.join(years)}")
    head = _("Line chart of {indicator} in {province} by year, one line per cumulative span.")
    return (
        head.format(indicator=name, province=sheet.province.name_vi) + " " + "; ".join(said) + "."
    )


def _quarters_alt(title: str, sheet: FactSheet, points: pd.DataFrame, measure: str) -> str:
    """The quarters chart in words: each quarter and its value."""
    said = ", ".join(
        f"{fmt_period_short(str(r.period))} {_value(float(str(r.value)), measure, str(r.unit))}"
        for r in points.itertuples()
    )
    return f"{title}, {sheet.province.name_vi}: {said}."
