"""One province's fact sheet as the template places it: formatted cells with their marks and
citations, notes in words, figures with captions. Templates do no arithmetic."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefings.domain.periods import Period
from briefings.facts.messages import headline
from briefings.facts.model import FactSheet, Figure, IndicatorLine
from briefings.present.charts import ChartFile, series_names
from briefings.present.citations import SourceList
from briefings.present.figures import TrendNote
from briefings.present.formatting import (
    Cell,
    fmt_date,
    fmt_percent,
    fmt_period_name,
    fmt_rank,
    fmt_value,
)
from briefings.present.i18n import N_, _, indicator_name
from briefings.present.messages import headline_text
from briefings.present.wording import (
    KnownValue,
    derived_note,
    era_text,
    former_label,
    known_values,
    merger_note,
    quarter_growth_note,
)


@dataclass(frozen=True)
class RowView:
    """One indicator row of a fact sheet table."""

    name: str
    unit: str
    value: Cell
    growth: Cell
    target: Cell
    met: bool | None
    national_rank: Cell
    selected_rank: Cell
    national: Cell
    sources: tuple[int, ...]
    former: tuple[str, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class FigureView:
    """A figure placed in the document."""

    src: str
    title: str
    caption: str
    sources: tuple[int, ...] = ()
    alt: str = ""


@dataclass(frozen=True)
class SheetView:
    """One province's fact sheet."""

    slug: str
    name_vi: str
    name_en: str
    gso_code: str
    era: str
    rows: tuple[RowView, ...]
    figures: tuple[FigureView, ...]
    notes: tuple[str, ...]
    trend_notes: tuple[str, ...] = ()  # trends too short for a chart, said in words
    headline: str = ""  # how the province did, in words, every number cited


_MARKS = {"summed": "Σ", "derived": "Δ"}


def _mark(figure: Figure) -> str:
    marks = _MARKS.get(figure.basis, "") + ("†" if figure.unreviewed else "")
    return marks + ("e" if figure.estimate else "")


def _level(figure: Figure | None, *, marked: bool = True) -> Cell:
    if figure is None:
        return Cell()
    return Cell(figure.value, "level", figure.unit, _mark(figure) if marked else "")


def _percent(figure: Figure | None, *, marked: bool = True) -> Cell:
    if figure is None:
        return Cell()
    return Cell(figure.value, "percent", mark=_mark(figure) if marked else "")


def _rank(figure: Figure | None) -> Cell:
    return Cell() if figure is None else Cell(figure.value, "rank", figure.unit)


def _target(line: IndicatorLine, period_label: str) -> Cell:
    """The target, with its year when it is the whole year's target, not this period's."""
    figure = line.target
    if figure is None:
        return Cell()
    year = None if figure.period.label == period_label else figure.period.year
    if line.target_measure == "target_yoy_pct":
        return Cell(figure.value, "percent", year=year)
    return Cell(figure.value, "level", figure.unit, year=year)


def _alternatives(line: IndicatorLine, sources: SourceList) -> tuple[str, ...]:
    notes = []
    for figure, label in (
        (line.value, N_("level")),
        (line.yoy_pct, N_("growth")),
        (line.target, N_("target")),
        (line.national_rank, N_("rank")),
    ):
        if figure is None:
            continue
        for alt in figure.alternatives:
            shown = (
                fmt_percent(alt.value)
                if figure.unit == "%"
                else fmt_rank(alt.value, figure.unit)
                if label == "rank"
                else fmt_value(alt.value, figure.unit)
            )
            number = sources.cite(Figure(alt.value, figure.unit, figure.period, (alt.source,)))
            notes.append(
                _(
                    "{indicator} {measure}: {value} also reported ({date}) [{source}]; not used."
                ).format(
                    indicator=indicator_name(line.indicator),
                    measure=_(label),
                    value=shown,
                    date=fmt_date(alt.published) or _("undated"),
                    source=number[0],
                )
            )
    return tuple(notes)


def row_view(line: IndicatorLine, period: Period, sources: SourceList) -> RowView:
    """Format one fact-sheet line, citing its sources."""
    former = tuple(
        f"{former_label(f.province)}: "
        + (
            fmt_percent(f.figure.value)
            if f.measure == "yoy_pct"
            else _("ranked {rank}").format(rank=fmt_rank(f.figure.value, f.figure.unit))
        )
        + f" [{sources.cite(f.figure)[0]}]"
        for f in line.former
    )
    cited = sources.cite(
        line.value,
        line.yoy_pct,
        line.target,
        line.national_rank,
        line.national_value,
        line.national_yoy_pct,
    )
    return RowView(
        name=indicator_name(line.indicator),
        unit=line.indicator.unit,
        value=_level(line.value),
        growth=_percent(line.yoy_pct),
        target=_target(line, period.label),
        met=line.target_met,
        national_rank=_rank(line.national_rank),
        selected_rank=(
            Cell(line.selected_rank, "count", str(line.selected_count))
            if line.selected_rank
            else Cell()
        ),
        national=(
            _percent(line.national_yoy_pct, marked=False)
            if line.national_yoy_pct
            else _level(line.national_value, marked=False)
        ),
        sources=cited,
        former=former,
        notes=_alternatives(line, sources) + _period_notes(line, period, sources),
    )


def _period_notes(line: IndicatorLine, period: Period, sources: SourceList) -> tuple[str, ...]:
    """How a derived quarter was worked out, and why a quarter's growth is missing."""
    notes = []
    if line.value is not None and line.value.basis == "derived":
        later, earlier = line.value.parts
        cited = (sources.cite(later)[0], sources.cite(earlier)[0])
        notes.append(derived_note(indicator_name(line.indicator), line.value, cited))
    if line.cumulative_yoy_pct is not None:
        year_to_date = line.cumulative_yoy_pct
        notes.append(
            quarter_growth_note(
                indicator_name(line.indicator), period, year_to_date, sources.cite(year_to_date)[0]
            )
        )
    return tuple(notes)


def sheet_view(
    sheet: FactSheet,
    charts: list[ChartFile],
    short_trends: list[TrendNote],
    sources: SourceList,
    base: Path,
) -> SheetView:
    """Format one province's fact sheet."""
    province = sheet.province
    lead = headline(sheet)
    said = headline_text(lead, sources) if lead else ""
    return SheetView(
        slug=province.slug,
        name_vi=province.name_vi,
        name_en=province.name_en,
        gso_code=province.gso_code,
        era=era_text(province),
        rows=tuple(row_view(line, sheet.period, sources) for line in sheet.lines),
        figures=tuple(figure_view(chart, base, sources) for chart in charts),
        notes=(merger_note(province, sheet.formers),) if sheet.formers else (),
        trend_notes=_trend_notes(sheet, short_trends, sources),
        headline=said,
    )


def _trend_notes(sheet: FactSheet, notes: list[TrendNote], sources: SourceList) -> tuple[str, ...]:
    """One line per indicator: what is known of its trends that make no chart."""
    names = series_names(sheet)
    lines = []
    for indicator in dict.fromkeys(note.indicator for note in notes):
        values: dict[str, list[KnownValue]] = {"yoy_pct": [], "value": []}
        for note in (n for n in notes if n.indicator == indicator):
            several = len({point.series for point in note.points}) > 1
            values[note.measure] += [
                (
                    (f"{names[point.series]}, " if several else "") + fmt_period_name(point.period),
                    fmt_percent(point.value)
                    if note.measure == "yoy_pct"
                    else fmt_value(point.value, point.unit),
                    sources.cite_sources(point.sources)[0],
                )
                for point in note.points
            ]
        lines.append(known_values(indicator_name(indicator), values["yoy_pct"], values["value"]))
    return tuple(lines)


def _resolved(folder: Path) -> Path:
    """``folder`` with its links followed. Every figure of every sheet is placed relative to
    its document, about 600 times per edition of 34 provinces, and following each path's
    links again took a tenth of a watching rebuild's own time; an absolute folder (a build's
    staging folder, named afresh for each build) is looked up once."""
    return _resolved_absolute(folder) if folder.is_absolute() else folder.resolve()


@lru_cache(maxsize=256)
def _resolved_absolute(folder: Path) -> Path:
    return folder.resolve()


def figure_view(chart: ChartFile, base: Path, sources: SourceList) -> FigureView:
    """A figure referenced relative to the HTML document's folder, citing its points' sources."""
    src = Path(os.path.relpath(_resolved(chart.svg.parent) / chart.svg.name, _resolved(base)))
    return FigureView(
        src=src.as_posix(),
        title=chart.title,
        caption=chart.caption,
        sources=sources.cite_sources(chart.sources),
        alt=chart.alt,
    )
