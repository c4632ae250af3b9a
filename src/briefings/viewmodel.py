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

from briefings.charts import ChartFile
from briefings.conflicts import RULE
from briefings.facts import FactSheet, Figure, IndicatorLine, former_label
from briefings.formatting import MISSING, fmt_percent, fmt_period, fmt_rank, fmt_value
from briefings.geography import Province


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
class Cell:
    """A formatted figure with its marks: Σ for sums, † for unreviewed article facts."""

    text: str
    mark: str = ""


@dataclass(frozen=True)
class RowView:
    """One indicator row of a fact sheet table."""

    name: str
    unit: str
    value: Cell
    growth: Cell
    target: Cell
    met: str
    national_rank: Cell
    selected_rank: str
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

    rank: str
    name_vi: str
    growth: Cell
    national_rank: Cell
    target: Cell
    met: str
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


def _cell(figure: Figure | None, text: str) -> Cell:
    if figure is None:
        return Cell(MISSING)
    mark = ("Σ" if figure.basis == "summed" else "") + ("†" if figure.unreviewed else "")
    return Cell(text, mark)


def _value_text(figure: Figure | None) -> str:
    return fmt_value(figure.value, figure.unit) if figure else MISSING


def _target_text(line: IndicatorLine, period_label: str) -> str:
    figure = line.target
    if figure is None:
        return MISSING
    text = (
        fmt_percent(figure.value)
        if line.target_measure == "target_yoy_pct"
        else fmt_value(figure.value, figure.unit)
    )
    return text if figure.period.label == period_label else f"{text} ({figure.period.year})"


def _met(line: IndicatorLine) -> str:
    return {True: "met", False: "not met", None: MISSING}[line.target_met]


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
        value=_cell(line.value, _value_text(line.value)),
        growth=_cell(line.yoy_pct, fmt_percent(line.yoy_pct.value) if line.yoy_pct else ""),
        target=_cell(line.target, _target_text(line, period_label)),
        met=_met(line),
        national_rank=_cell(
            line.national_rank,
            fmt_rank(line.national_rank.value, line.national_rank.unit)
            if line.national_rank
            else "",
        ),
        selected_rank=(
            f"{line.selected_rank} of {line.selected_count}" if line.selected_rank else MISSING
        ),
        national=Cell(
            fmt_percent(line.national_yoy_pct.value)
            if line.national_yoy_pct
            else _value_text(line.national_value)
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
        notes=sheet.notes,
    )


def era_text(province: Province) -> str:
    """Which boundaries the figures are on."""
    if province.boundary == "post2025":
        return "34-unit boundaries since 1 July 2025"
    return "63-province boundaries before 1 July 2025"


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
            rows.append(
                (
                    1,
                    0.0,
                    sheet.province.name_vi,
                    ComparisonRow(
                        MISSING,
                        sheet.province.name_vi,
                        Cell(MISSING),
                        Cell(MISSING),
                        Cell(MISSING),
                        MISSING,
                        Cell(MISSING),
                        (),
                    ),
                )
            )
            continue
        view = row_view(line, sheet.period.label, sources)
        growth = line.yoy_pct.value if line.yoy_pct else 0.0
        rows.append(
            (
                0 if line.yoy_pct else 1,
                -growth,
                sheet.province.name_vi,
                ComparisonRow(
                    str(line.selected_rank) if line.selected_rank else MISSING,
                    sheet.province.name_vi,
                    view.growth,
                    view.national_rank,
                    view.target,
                    view.met,
                    view.value,
                    view.sources,
                ),
            )
        )
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
        boundary_note=(
            "Figures are on the 34 provincial units in force since 1 July 2025."
            if after
            else "Figures are on the 63 provinces in force before 1 July 2025."
        ),
        comparison_title=f"Provinces ranked by {lead_indicator.upper()} growth",
        comparison=comparison,
        comparison_figures=tuple(figure_view(c, base, sources) for c in comparison_charts)
        if several
        else (),
        sheets=sheet_views,
        sources=source_rows(sources),
        conflict_rule=RULE,
        build_note=build_note,
    )
