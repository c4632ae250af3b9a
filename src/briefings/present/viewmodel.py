"""The view model of a whole document: cover, comparison page, fact sheets and sources.

Every string a template places is computed here or in ``sheet_view`` (templates do no
arithmetic). Sources are numbered once per document in order of first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from briefings.domain.collation import sorted_vietnamese, vietnamese_key
from briefings.domain.geography import POST
from briefings.facts.messages import edition_summary, no_lead_growth
from briefings.facts.model import FactSheet
from briefings.facts.rank_agreement import disagreeing_ranks
from briefings.present.citations import SourceEntry, SourceList, source_entries
from briefings.present.figures import EditionFigures
from briefings.present.formatting import MISSING, Cell, fmt_date, fmt_period, fmt_period_basis
from briefings.present.i18n import _, indicator_name, language
from briefings.present.messages import no_growth_text, summary_text
from briefings.present.sheet_view import FigureView, SheetView, figure_view, row_view, sheet_view
from briefings.present.wording import (
    boundary_note,
    conflict_rule,
    disagreeing_ranks_line,
    missing_line,
    mixed_units_note,
    too_few_heading,
)


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
    period_basis: str  # cumulative or a single quarter, and what it is compared with
    summary: str  # the edition in one paragraph, every number cited
    unit_notes: tuple[str, ...]  # measures published in more than one unit, shown apart
    newest_data: str
    provinces: tuple[str, ...]
    boundary_note: str
    comparison_title: str
    comparison: tuple[ComparisonRow, ...]
    comparison_missing: str  # the provinces without a figure, in one line
    comparison_ranks: str  # the provinces whose national ranks disagree, in one line
    comparison_figures: tuple[FigureView, ...]
    sheets: tuple[SheetView, ...]
    sources: tuple[SourceEntry, ...]
    conflict_rule: str
    build_note: str
    lang: str = "en"
    too_few_heading: str = ""


def comparison_rows(
    sheets: list[FactSheet], indicator_id: str, sources: SourceList
) -> tuple[tuple[ComparisonRow, ...], list[str]]:
    """The provinces with a figure for one indicator, ranked by growth (those without growth
    after them), and the names of those with no figure at all."""
    rows, missing = [], []
    for sheet in sheets:
        line = sheet.line(indicator_id)
        if line is None or not line.has_period_figure:
            missing.append(sheet.province.name_vi)
            continue
        view = row_view(line, sheet.period, sources)
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
        rows.append(
            (0 if line.yoy_pct else 1, -growth, vietnamese_key(sheet.province.name_vi), row)
        )
    ordered = tuple(row for *_, row in sorted(rows, key=lambda r: r[:3]))
    return ordered, sorted_vietnamese(missing)


def _unit_notes(sheets: list[FactSheet]) -> tuple[str, ...]:
    """Indicators whose levels the document shows in more than one unit."""
    units: dict[str, dict[str, None]] = {}
    for sheet in sheets:
        for line in sheet.lines:
            if line.value is not None:
                units.setdefault(indicator_name(line.indicator), {})[line.value.unit] = None
    return tuple(mixed_units_note(name, list(u)) for name, u in units.items() if len(u) > 1)


def document_view(
    *,
    title: str,
    sheets: list[FactSheet],
    drawn: EditionFigures,
    comparison: bool,
    newest_data: str,
    base: Path,
    build_note: str,
    dates: Mapping[str, str],
    lead_indicator: str = "grdp",
) -> DocumentView:
    """The whole document: cover, comparison (when asked and several provinces), sheets,
    sources."""
    sources = SourceList()
    several = comparison and len(sheets) > 1
    said = edition_summary(sheets) if several else None
    unsaid = no_lead_growth(sheets) if several and said is None else None
    summary = summary_text(said, sources) if said else no_growth_text(unsaid) if unsaid else ""
    rows, missing = comparison_rows(sheets, lead_indicator, sources) if several else ((), [])
    disagreeing = disagreeing_ranks(sheets, lead_indicator) if several else ()
    sheet_views = tuple(
        sheet_view(
            s,
            drawn.by_province.get(s.province.slug, []),
            drawn.notes.get(s.province.slug, []),
            sources,
            base,
        )
        for s in sheets
    )
    period = sheets[0].period if sheets else None
    on_2025_units = bool(sheets) and all(s.province.boundary == POST for s in sheets)
    return DocumentView(
        title=title,
        subtitle=_("Quarterly comparison briefing") if several else _("Provincial fact sheet"),
        period=fmt_period(period) if period else MISSING,
        period_basis=fmt_period_basis(period) if period else "",
        summary=summary,
        unit_notes=_unit_notes(sheets),
        newest_data=fmt_date(newest_data) or MISSING,
        provinces=tuple(s.province.name_vi for s in sheets),
        boundary_note=boundary_note(on_2025_units),
        comparison_title=_("Provinces ranked by {indicator} growth").format(
            indicator=indicator_name(lead_indicator)
        ),
        comparison=rows,
        comparison_missing=(
            missing_line(indicator_name(lead_indicator), missing, period)
            if missing and period
            else ""
        ),
        comparison_ranks=(
            disagreeing_ranks_line([p.name_vi for p in disagreeing]) if disagreeing else ""
        ),
        comparison_figures=tuple(figure_view(c, base, sources) for c in drawn.comparisons)
        if several
        else (),
        sheets=sheet_views,
        sources=source_entries(sources, dates),
        conflict_rule=conflict_rule(),
        build_note=build_note,
        lang=language(),
        too_few_heading=too_few_heading(),
    )
