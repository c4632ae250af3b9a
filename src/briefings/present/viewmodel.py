"""The view model: every string a template places, computed here (templates do no arithmetic).

Sources are numbered once per document in order of first use; every cell that shows a figure
carries the numbers of the sources behind it, and the appendix lists them all.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from briefings.facts.model import FactSheet, Figure, IndicatorLine
from briefings.present.charts import ChartFile
from briefings.present.formatting import (
    MISSING,
    Cell,
    fmt_percent,
    fmt_period,
    fmt_rank,
    fmt_value,
)
from briefings.present.wording import (
    CONFLICT_RULE,
    boundary_note,
    era_text,
    former_label,
    merger_note,
)


@dataclass
class SourceList:
    """Numbered sources of one document, in order of first citation."""

    numbers: dict[str, int] = field(default_factory=dict)

    def cite(self, *figures: Figure | None) -> tuple[int, ...]:
        """Numbers for the sources of these figures (registering new ones)."""
        return self.cite_sources(
            source
            for figure in figures
            if figure is not None
            for source in (*figure.sources, *(a.source for a in figure.alternatives))
        )

    def cite_sources(self, sources: Iterable[str]) -> tuple[int, ...]:
        """Numbers for these sources (registering new ones), sorted."""
        # Register in the order given (never via a set: numbering must not depend on hashing).
        numbers = [self.numbers.setdefault(s, len(self.numbers) + 1) for s in sources]
        return tuple(sorted(set(numbers)))


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


@dataclass(frozen=True)
class ComparisonRow:
    """One province in the comparison table."""

    rank: int | None
    name_vi: str
    growth: Cell
    national_rank: Cell
    target: Cell
    met: bool | None
    value: Cell
    sources: tuple[int, ...]


@dataclass(frozen=True)
class DocumentView:
    """Everything one PDF shows."""

    title: str
    subtitle: str
    period: str
    newest_data: str
    provinces: tuple[str, ...]
    boundary_note: str
    comparison_title: str
    comparison: tuple[ComparisonRow, ...]
    comparison_figures: tuple[FigureView, ...]
    sheets: tuple[SheetView, ...]
    sources: tuple[tuple[int, str, str], ...]  # number, url or citation, host
    conflict_rule: str
    build_note: str
    lang: str = "en"


def _mark(figure: Figure) -> str:
    return ("Σ" if figure.basis == "summed" else "") + ("†" if figure.unreviewed else "")


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
        (line.value, "level"),
        (line.yoy_pct, "growth"),
        (line.target, "target"),
        (line.national_rank, "rank"),
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
                f"{line.indicator.name} {label}: {shown} also reported "
                f"({alt.published or 'undated'}) [{number[0]}]; not used."
            )
    return tuple(notes)


def row_view(line: IndicatorLine, period_label: str, sources: SourceList) -> RowView:
    """Format one fact-sheet line, citing its sources."""
    former = tuple(
        f"{former_label(f.province)}: "
        + (
            fmt_percent(f.figure.value)
            if f.measure == "yoy_pct"
            else f"ranked {fmt_rank(f.figure.value, f.figure.unit)}"
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
        name=line.indicator.name,
        unit=line.indicator.unit,
        value=_level(line.value),
        growth=_percent(line.yoy_pct),
        target=_target(line, period_label),
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
        notes=_alternatives(line, sources),
    )


def sheet_view(
    sheet: FactSheet, charts: list[ChartFile], sources: SourceList, base: Path
) -> SheetView:
    """Format one province's fact sheet."""
    province = sheet.province
    return SheetView(
        slug=province.slug,
        name_vi=province.name_vi,
        name_en=province.name_en,
        gso_code=province.gso_code,
        era=era_text(province),
        rows=tuple(row_view(line, sheet.period.label, sources) for line in sheet.lines),
        figures=tuple(figure_view(chart, base, sources) for chart in charts),
        notes=(merger_note(province, sheet.formers),) if sheet.formers else (),
    )


def figure_view(chart: ChartFile, base: Path, sources: SourceList) -> FigureView:
    """A figure referenced relative to the HTML document's folder, citing its points' sources."""
    src = Path(os.path.relpath(chart.svg.resolve(), base.resolve())).as_posix()
    return FigureView(
        src=src,
        title=chart.title,
        caption=chart.caption,
        sources=sources.cite_sources(chart.sources),
    )


def source_rows(sources: SourceList) -> tuple[tuple[int, str, str], ...]:
    """(number, source, host) for the appendix."""
    return tuple(
        (number, source, urlparse(source).netloc or "file")
        for source, number in sorted(sources.numbers.items(), key=lambda item: item[1])
    )


def comparison_rows(
    sheets: list[FactSheet], indicator_id: str, sources: SourceList
) -> tuple[ComparisonRow, ...]:
    """The selected provinces ranked by growth of one indicator (missing growth last)."""
    rows = []
    for sheet in sheets:
        line = sheet.line(indicator_id)
        if line is None:
            missing = ComparisonRow(
                None, sheet.province.name_vi, Cell(), Cell(), Cell(), None, Cell(), ()
            )
            rows.append((1, 0.0, sheet.province.name_vi, missing))
            continue
        view = row_view(line, sheet.period.label, sources)
        growth = line.yoy_pct.value if line.yoy_pct else 0.0
        row = ComparisonRow(
            line.selected_rank,
            sheet.province.name_vi,
            view.growth,
            view.national_rank,
            view.target,
            view.met,
            view.value,
            view.sources,
        )
        rows.append((0 if line.yoy_pct else 1, -growth, sheet.province.name_vi, row))
    return tuple(row for *_, row in sorted(rows, key=lambda r: r[:3]))


def describe_period(sheets: list[FactSheet]) -> str:
    """The period in words, for the cover."""
    return fmt_period(sheets[0].period) if sheets else MISSING


def document_view(
    *,
    title: str,
    sheets: list[FactSheet],
    charts: dict[str, list[ChartFile]],
    comparison_charts: list[ChartFile],
    newest_data: str,
    base: Path,
    build_note: str,
    lead_indicator: str = "grdp",
) -> DocumentView:
    """The whole document: cover, comparison (when several provinces), sheets, sources."""
    sources = SourceList()
    several = len(sheets) > 1
    comparison = comparison_rows(sheets, lead_indicator, sources) if several else ()
    sheet_views = tuple(
        sheet_view(s, charts.get(s.province.slug, []), sources, base) for s in sheets
    )
    after = bool(sheets) and sheets[0].period.after_merger
    return DocumentView(
        title=title,
        subtitle="Quarterly comparison briefing" if several else "Provincial fact sheet",
        period=describe_period(sheets),
        newest_data=newest_data or MISSING,
        provinces=tuple(s.province.name_vi for s in sheets),
        boundary_note=boundary_note(after),
        comparison_title=f"Provinces ranked by {lead_indicator.upper()} growth",
        comparison=comparison,
        comparison_figures=tuple(figure_view(c, base, sources) for c in comparison_charts)
        if several
        else (),
        sheets=sheet_views,
        sources=source_rows(sources),
        conflict_rule=CONFLICT_RULE,
        build_note=build_note,
    )
