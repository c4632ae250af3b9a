"""The ordered stages of a build, nothing else.

    configuration → load_sources → select → resolve_conflicts → build_fact_sheets
        → draw_figures → render_documents → write_manifest

Each stage is a function of its own module that returns a typed value; this module only
calls them in order. Output is staged beside ``reports/`` and swapped into place only when
every stage has succeeded, so a failed build never leaves a half-written edition behind.
"""

from __future__ import annotations

from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from briefings.build.cache import build_key, code_digest
from briefings.build.parallel import (
    NO_GATE,
    SerialExecutor,
    StageGate,
    draw_all,
    for_each_language,
    release_memory,
    render_all,
    reuse_for,
)
from briefings.build.progress import NO_PROGRESS, Progress
from briefings.build.store import FOLDER, Store
from briefings.build.warm import Warm
from briefings.config import Config
from briefings.domain.geography import load_geography
from briefings.domain.languages import edition_folder
from briefings.errors import Problem
from briefings.facts.conflicts import Resolved, resolve_conflicts
from briefings.facts.coverage import Coverage, coverage
from briefings.facts.model import FactSheet
from briefings.facts.sheets import build_fact_sheets
from briefings.files import sha256, staged_folders
from briefings.manifest import git_commit, input_files, make_manifest, output_files
from briefings.present.render import BRIEFING, Provenance, make_renderer
from briefings.selection import (
    Selection,
    attached_csvs,
    newest_data,
    require_figures,
    select,
)
from briefings.sources import expand_patterns, load_table_files
from briefings.sources.articles import ReadCache, load_articles
from briefings.sources.decisions import apply_review
from briefings.sources.schema import publication_dates


@dataclass(frozen=True)
class Sources:
    """Every configured source as one tidy fact table, the files it came from, and the
    problems the loaders worked around."""

    facts: pd.DataFrame
    tables: tuple[Path, ...]
    articles: tuple[Path, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Prepared:
    """Everything before the fact sheets: the sources, what they cover, the conflict rule."""

    sources: Sources
    selection: Selection
    resolved: Resolved


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote, and what the loaders noticed on the way."""

    edition: str
    reports: Path
    figures: Path
    pdfs: tuple[Path, ...]
    problems: tuple[Problem, ...]


def load_sources(
    config: Config, cache: ReadCache | None = None, warm: Warm | None = None
) -> Sources:
    """Every configured source as one tidy fact table (an article whose reading ``cache``
    holds is not read again, nor a table whose reading ``warm`` holds).

    Article facts enter once an analyst accepted them in the reviewed file (or, when the
    configuration opts in, unreviewed, and then marked so in the PDF). An unreadable article
    is returned as a problem; the other sources still load.
    """
    tables = tuple(expand_patterns(config.tables, config.root, "[sources].tables"))
    kept = warm.tables if warm is not None else None
    loaded = load_table_files(tables, config.root, declared=config.table_format, kept=kept)
    if not config.articles:
        return Sources(loaded.facts, tables, (), loaded.problems)
    articles = tuple(expand_patterns(config.articles, config.root, "[sources].articles"))
    read = load_articles(articles, root=config.root, cache=cache)
    decided = apply_review(
        read.candidates, config.reviewed, include_unreviewed=config.include_unreviewed
    )
    facts = (
        pd.concat([loaded.facts, decided.facts], ignore_index=True)
        if len(decided.facts)
        else loaded.facts
    )
    return Sources(facts, tables, articles, loaded.problems + read.problems + decided.problems)


def prepare(config: Config, cache: ReadCache | None = None, warm: Warm | None = None) -> Prepared:
    """Load, select and resolve conflicts: everything before the fact sheets."""
    sources = load_sources(config, cache, warm)
    selection = select(config, sources.facts, load_geography())
    return Prepared(sources, selection, resolve_conflicts(sources.facts))


def build_sheets(prepared: Prepared, warm: Warm | None = None) -> list[FactSheet]:
    """One fact sheet per selected province, from the facts the conflict rule chose (trends
    that ``warm`` holds are not drawn again)."""
    selection, resolved = prepared.selection, prepared.resolved
    return build_fact_sheets(
        resolved.chosen,
        resolved.overridden,
        list(selection.provinces),
        selection.period,
        selection.formers,
        indicators=selection.indicators,
        trend_from=selection.trend_from,
        kept_trends=warm.trends if warm is not None else None,
    )


def measure_coverage(prepared: Prepared, sheets: list[FactSheet]) -> Coverage:
    """What the edition has to say, for ``check``; an edition with nothing is refused."""
    selection = prepared.selection
    found = coverage(sheets, selection.indicators, selection.period)
    require_figures(found, prepared.resolved.chosen, selection)
    return found


def build(
    config: Config,
    *,
    executor: Executor | None = None,
    progress: Progress = NO_PROGRESS,
    reuse: bool = True,
    warm: Warm | None = None,
) -> list[BuildResult]:
    """Run every stage, once per language of the configuration, and move each finished
    edition into ``reports/`` and ``figures/``.

    Figures and documents are drawn and rendered as tasks on ``executor`` (by default one
    after another in this process); the bytes are the same whichever executor runs them.
    Work whose inputs are unchanged is copied from the store beside ``reports/``, unless
    ``reuse`` is off (``--force``); a watching process passes what it keeps in ``warm``.
    """
    progress.stage("sources", 1)
    store = Store(config.reports_dir.parent / FOLDER, reuse=reuse)
    if warm is not None:
        warm.turn()
    prepared = prepare(config, ReadCache(store, code_digest()), warm)
    sheets = build_sheets(prepared, warm)
    measure_coverage(prepared, sheets)
    release_memory()  # the loaders' tables are gone: a forked worker need not copy their pages
    progress.advance("sources")
    runner = executor or SerialExecutor()
    attachments = attached_facts(prepared)
    gate = StageGate(runner, len(config.languages))

    def edition(language: str) -> BuildResult:
        try:
            return build_language(
                config, prepared, sheets, attachments, language, runner, progress, store, gate
            )
        except BaseException:
            gate.open()  # the other editions must not wait at a gate for this one
            raise

    results = for_each_language(runner, config.languages, edition)
    store.prune()
    return results


def attached_facts(prepared: Prepared) -> dict[str, bytes]:
    """The facts CSV each document carries (the briefing's, then each province's): the same
    in every language, so made once per build."""
    edition, provinces = attached_csvs(prepared.resolved.chosen, prepared.selection)
    return {BRIEFING: edition} | provinces


def build_language(
    config: Config,
    prepared: Prepared,
    sheets: list[FactSheet],
    attachments: dict[str, bytes],
    language: str,
    executor: Executor | None = None,
    progress: Progress = NO_PROGRESS,
    store: Store | None = None,
    gate: StageGate = NO_GATE,
) -> BuildResult:
    """Draw, render and publish the edition in one language; between the figures and the
    documents, and before the joining, wait at ``gate`` for the editions made at once."""
    selection, resolved = prepared.selection, prepared.resolved
    edition = edition_folder(selection.edition, language)
    commit = git_commit(config.root)
    provenance = Provenance(
        newest_data(resolved.chosen, selection),
        sha256(config.path),
        commit,
        publication_dates(prepared.sources.facts),
    )
    parent = config.reports_dir.parent
    reports_name = Path(config.reports_dir.name) / edition
    figures_name = Path(config.figures_dir.name) / edition
    executor = executor or SerialExecutor()
    fonts = config.templates / "fonts"
    store = store or Store(parent / FOLDER)
    reuse = reuse_for(store, language, config.templates)
    with staged_folders(parent, reports_name, figures_name) as (reports, figures):
        progress.stage(f"figures {edition}", len(sheets) + 1)
        drawn = draw_all(executor, language, fonts, sheets, selection.indicators, figures,
                         reuse, lambda _: progress.advance(f"figures {edition}"))  # fmt: skip
        gate.wait()  # no task in flight: the documents may have fresh workers
        renderer = make_renderer(config.templates, reports, provenance)
        progress.stage(f"documents {edition}", len(sheets) + 1)
        title = config.title_in(language)

        def advance(_stage: str) -> None:
            progress.advance(f"documents {edition}")

        pdfs = render_all(executor, language, fonts, renderer, title, sheets, drawn, attachments,
                          reuse, advance, gate)  # fmt: skip
        inputs = input_files(config, list(prepared.sources.tables), list(prepared.sources.articles))
        outputs = output_files(reports.parents[1], reports, figures)
        key = build_key(config, language, commit)
        make_manifest(config, selection, edition, inputs, outputs, commit, key).write(reports)
    final_reports = parent / reports_name
    return BuildResult(
        edition,
        final_reports,
        parent / figures_name,
        tuple(final_reports / p.name for p in pdfs),
        prepared.sources.problems,
    )
