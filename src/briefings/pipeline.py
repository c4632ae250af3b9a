"""The ordered stages of a build, nothing else.

Output is staged in a temporary folder beside ``reports/`` and moved into place only when
every stage has succeeded, so a failed build never leaves a half-written edition behind.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from briefings import __version__
from briefings.charts import use_font
from briefings.config import Config
from briefings.conflicts import resolve_conflicts
from briefings.facts import FactSheet, build_fact_sheets
from briefings.figures import EditionFigures, draw_figures
from briefings.fonts import FAMILY, prepare_fonts
from briefings.geography import NATION_SLUG, load_geography
from briefings.manifest import git_commit, input_files, make_manifest
from briefings.periods import Period
from briefings.render import render_html, write_pdf
from briefings.review import apply_review
from briefings.selection import Selection, select
from briefings.sources import expand_patterns, load_tables
from briefings.sources.articles import load_articles
from briefings.viewmodel import document_view

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote."""

    edition: str
    reports: Path
    figures: Path
    pdfs: tuple[Path, ...]


def load_sources(config: Config) -> pd.DataFrame:
    """Every configured source as one tidy fact table.

    Article facts enter once an analyst accepted them in the reviewed file (or, when the
    configuration opts in, unreviewed, and then marked so in the PDF). An unreadable article
    is named in a warning; the other sources still load.
    """
    tables = load_tables(config.tables, config.root)
    if not config.articles:
        return tables
    loaded = load_articles(article_files(config), root=config.root)
    for problem in loaded.problems:
        log.warning("%s", problem)
    articles = apply_review(
        loaded.candidates, config.reviewed, include_unreviewed=config.include_unreviewed
    )
    return pd.concat([tables, articles], ignore_index=True) if len(articles) else tables


def article_files(config: Config) -> list[Path]:
    """The article files (or folders) the configuration selects."""
    return expand_patterns(config.articles, config.root, "[sources].articles")


def table_files(config: Config) -> list[Path]:
    """The table files the configuration selects."""
    return expand_patterns(config.tables, config.root, "[sources].tables")


def prepare(config: Config) -> tuple[pd.DataFrame, pd.DataFrame, Selection]:
    """Load, select and resolve conflicts: everything before the fact sheets."""
    facts = load_sources(config)
    selection = select(config, facts, load_geography())
    chosen, overridden = resolve_conflicts(facts)
    return chosen, overridden, selection


def build(config: Config) -> BuildResult:
    """Run every stage and move the finished edition into ``reports/`` and ``figures/``."""
    chosen, overridden, selection = prepare(config)
    sheets = build_fact_sheets(
        chosen,
        overridden,
        list(selection.provinces),
        selection.period,
        selection.formers,
        indicators=selection.indicators,
        trend_from=selection.trend_from,
    )
    edition = selection.edition
    commit = git_commit(config.root)
    with _staged(config, edition) as (reports, figures):
        fonts = prepare_fonts(config.templates / "fonts", reports / "fonts")
        use_font(config.templates / "fonts")
        drawn = draw_figures(sheets, selection.indicators, selection.trend_from, figures)
        newest = newest_data(chosen, selection)
        pdfs = render_documents(
            config, sheets, drawn, reports, fonts, newest, config_digest(config), commit
        )
        inputs = input_files(config, table_files(config), article_files(config))
        outputs = _outputs(reports, figures)
        make_manifest(config, selection, edition, inputs, outputs, commit).write(reports)
    final_reports = config.reports_dir / edition
    return BuildResult(
        edition,
        final_reports,
        config.figures_dir / edition,
        tuple(final_reports / p.name for p in pdfs),
    )


def _outputs(reports: Path, figures: Path) -> dict[str, Path]:
    """Every file written, named as published: ``reports/<edition>/...``, ``figures/...``."""
    stage = reports.parents[1]
    return {
        path.relative_to(stage).as_posix(): path
        for folder in (reports, figures)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def config_digest(config: Config) -> str:
    """sha256 of the configuration file's bytes."""
    return hashlib.sha256(config.path.read_bytes()).hexdigest()


def newest_data(chosen: pd.DataFrame, selection: Selection) -> str:
    """Publication date of the newest fact the edition can show."""
    slugs = {p.slug for p in selection.provinces} | {NATION_SLUG}
    slugs |= {f.slug for formers in selection.formers.values() for f in formers}
    published = chosen.loc[chosen["province"].isin(slugs), "published"]
    return str(max((p for p in published if p), default=""))


def render_documents(
    config: Config,
    sheets: list[FactSheet],
    drawn: EditionFigures,
    out: Path,
    fonts: dict[str, str],
    newest: str,
    digest: str,
    commit: str | None = None,
) -> list[Path]:
    """The briefing, then one fact sheet per province: HTML beside each PDF."""
    css = (config.templates / "style.css").read_text(encoding="utf-8")
    note = f"Built by briefings {__version__}; configuration sha256 {digest[:12]}."
    documents = [("briefing", config.title, sheets, drawn.comparisons)]
    documents += [(s.province.slug, f"{s.province.name_vi}: fact sheet", [s], []) for s in sheets]
    written = []
    for stem, title, doc_sheets, comparisons in documents:
        view = document_view(
            title=title,
            sheets=doc_sheets,
            charts=drawn.by_province,
            comparison_charts=comparisons,
            newest_data=newest,
            base=out,
            build_note=note,
        )
        html = render_html(
            view,
            config.templates,
            css=css,
            meta=_pdf_meta(newest, digest, commit),
            fonts=fonts,
            font_family=FAMILY,
        )
        (out / f"{stem}.html").write_text(html, encoding="utf-8")
        write_pdf(html, base=out, target=out / f"{stem}.pdf")
        written.append(out / f"{stem}.pdf")
        log.info("wrote %s.pdf", stem)
    return written


def _pdf_meta(newest: str, digest: str, commit: str | None) -> list[tuple[str, str]]:
    """PDF metadata from the data, never the clock, so two builds give the same bytes."""
    date = newest if len(newest) == 10 else (newest + "-01" if newest else "2000-01-01")
    return [
        ("generator", f"briefings {__version__}"),
        ("description", f"configuration sha256 {digest}; git commit {commit or 'none'}"),
        ("dcterms.created", f"{date}T00:00:00Z"),
        ("dcterms.modified", f"{date}T00:00:00Z"),
    ]


@contextmanager
def _staged(config: Config, edition: str) -> Iterator[tuple[Path, Path]]:
    """Yield staging folders mirroring reports/<edition> and figures/<edition>; commit on exit."""
    parent = config.reports_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".briefings-build-", dir=parent))
    try:
        reports = stage / config.reports_dir.name / edition
        figures = stage / config.figures_dir.name / edition
        reports.mkdir(parents=True)
        figures.mkdir(parents=True)
        yield reports, figures
        _replace(figures, config.figures_dir / edition)
        _replace(reports, config.reports_dir / edition)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _replace(staged: Path, final: Path) -> None:
    """Swap a finished folder into place; the old one is removed only after the swap."""
    final.parent.mkdir(parents=True, exist_ok=True)
    old = final.with_name(f".{final.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    staged.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def selected_facts(chosen: pd.DataFrame, selection: Selection) -> pd.DataFrame:
    """Chosen facts about the selected provinces, their former provinces and the nation,
    from the start of the trend to the period reported on."""
    keys = {(p.slug, p.boundary) for p in selection.provinces} | {(NATION_SLUG, "national")}
    keys |= {(f.slug, f.boundary) for formers in selection.formers.values() for f in formers}
    keys |= {(p.slug, "pre2025") for p in selection.provinces if not p.is_merged}
    in_range = chosen["period"].map(
        lambda label: selection.trend_from <= Period.parse(label) <= selection.period
    )
    wanted = [
        (slug, boundary) in keys
        for slug, boundary in zip(chosen["province"], chosen["boundary"], strict=True)
    ]
    return chosen[in_range & pd.Series(wanted, index=chosen.index)].reset_index(drop=True)
