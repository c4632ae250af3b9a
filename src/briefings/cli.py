"""Command line: ``briefings build | check | facts | verify | extract | review | figures``.

``main(argv)`` returns the exit code (see ``cli_parser.EXIT_CODES``): one line on a mistake
(file, key or line, what is wrong, how to fix it), never a traceback. The CLI alone prints:
results on stdout, problems the loaders worked around and errors on stderr.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefings.cli_parser import LIBRARY_LOGGERS, make_parser
from briefings.config import Config, check_output, check_outputs, load_config
from briefings.errors import (
    EXIT_BUG,
    EXIT_DIFFERENCES,
    EXIT_OK,
    BriefingError,
    ConfigError,
    Problem,
)
from briefings.files import shown_path

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from briefings.build.warm import Warm
    from briefings.pipeline import Prepared


def _config(args: argparse.Namespace) -> Config:
    config = load_config(args.config)
    return config.with_overrides(
        period=args.period,
        provinces=args.provinces,
        out=getattr(args, "out", None),
        boundaries=args.boundaries,
        languages=args.languages,
    )


def show_problems(problems: Sequence[Problem]) -> None:
    """Every problem the loaders worked around, one line each, on stderr."""
    for problem in problems:
        print(f"briefings: {problem.severity}: {problem.one_line()}", file=sys.stderr)


def _check_jobs(jobs: int | None) -> None:
    if jobs is not None and jobs < 1:
        raise ConfigError(f"--jobs {jobs}: not a number of processes", fix="give 1 or more")


def cmd_build(args: argparse.Namespace) -> int:
    """Build an edition and say where it went; say so when it is already up to date. With
    ``--watch``, build again whenever an input changes, until Ctrl-C."""
    if args.watch:
        return _watch(args)
    config = _config(args)
    check_outputs(config)  # before any stage runs: nothing is written for a bad --out
    _check_jobs(args.jobs)
    if not args.force and _said_up_to_date(config):
        return EXIT_OK
    from briefings.build.cores import default_jobs
    from briefings.build.parallel import executor_for

    with executor_for(args.jobs or default_jobs(), config.executor, config.scheduler) as executor:
        _build_with(executor, config, args, reuse=not args.force)
    return EXIT_OK


def _said_up_to_date(config: Config) -> bool:
    """Whether every edition is published and current (said so on stdout)."""
    from briefings.build.cache import up_to_date  # imports neither matplotlib nor WeasyPrint

    current = up_to_date(config)
    if current is not None:
        print(
            f"up to date: {', '.join(current.editions)} ({current.files} files unchanged, "
            "nothing written; --force rebuilds)"
        )
    return current is not None


def _build_with(
    executor: Executor,
    config: Config,
    args: argparse.Namespace,
    reuse: bool,
    warm: Warm | None = None,
) -> None:
    """Build every edition of ``config`` on ``executor`` and say where each went."""
    from briefings.build.progress import showing_progress
    from briefings.pipeline import build
    from briefings.present.render import check_templates

    check_templates(config.templates)
    with showing_progress(sys.stderr, quiet=args.quiet) as progress:
        results = build(config, executor=executor, progress=progress, reuse=reuse, warm=warm)
    show_problems(results[0].problems)
    for result in results:
        print(f"built edition {result.edition}:")
        for pdf in result.pdfs:
            print(f"  {_shown(pdf)}")
        print(f"  figures in {_shown(result.figures)}")


def _watch(args: argparse.Namespace) -> int:
    """Build, then build again in this process whenever an input changes.

    The libraries, the workers and the store stay warm between builds. A mistake in an input
    is said in one line and the watching goes on; ``--force`` rebuilds everything the first
    time only. A changed ``[build]`` executor or scheduler is started for the next build, and
    said; one that cannot start is said as the mistake it is, and the workers stay.
    """
    from briefings.build.cores import default_jobs
    from briefings.build.parallel import Workers
    from briefings.build.warm import Warm
    from briefings.build.watch import SETTLE_SECONDS, input_state, poll, watch

    config = _config(args)
    check_outputs(config)
    _check_jobs(args.jobs)
    first = True
    warm = Warm()  # the tables' readings and the provinces' trends, kept between builds
    workers = Workers(args.jobs or default_jobs(), config.executor, config.scheduler)

    def build_once() -> None:
        nonlocal first
        force, first = args.force and first, False
        try:
            current = _config(args)
            check_outputs(current)
            if workers.use(current.executor, current.scheduler):
                print(f"briefings: note: {executor_note(current)}", file=sys.stderr)
            if force or not _said_up_to_date(current):
                _build_with(workers.executor, current, args, reuse=not force, warm=warm)
        except BriefingError as exc:
            print(f"briefings: error: {exc.one_line()}", file=sys.stderr)
        watched = len(input_state(args.config))
        print(f"briefings: watching {watched} inputs for changes (Ctrl-C stops)", file=sys.stderr)
        sys.stdout.flush()

    try:
        watch(build_once, lambda: input_state(args.config), poll, lambda: poll(SETTLE_SECONDS))
    except KeyboardInterrupt:
        print("briefings: stopped watching", file=sys.stderr)
    finally:
        workers.close()
    return EXIT_OK


def executor_note(current: Config) -> str:
    """What a watching process says when it has started the workers ``[build]`` now names."""
    shown = " on ".join(filter(None, (current.executor, current.scheduler)))
    return f'[build].executor changed: the builds now run on "{shown}"'


def cmd_check(args: argparse.Namespace) -> int:
    """Load and validate everything a build would, and summarise it."""
    from briefings.domain.collation import sorted_vietnamese
    from briefings.domain.indicators import REGISTRY
    from briefings.pipeline import build_sheets, measure_coverage, prepare

    config = _config(args)
    prepared = prepare(config)
    show_problems(prepared.sources.problems + unread_sources(config, prepared))
    resolved, selection = prepared.resolved, prepared.selection
    found = measure_coverage(prepared, build_sheets(prepared))
    names = ", ".join(p.name_vi for p in selection.provinces)
    print(
        f"ok: {len(resolved.chosen)} facts ({len(resolved.overridden)} overridden by the "
        f"conflict rule); period {selection.period.label}; provinces: {names}"
    )
    print(f"coverage of {found.period.label}: provinces with a figure, of {found.provinces}")
    width = max((len(REGISTRY[i].name) for i, _ in found.by_indicator), default=0)
    for indicator, count in found.by_indicator:
        print(f"  {REGISTRY[indicator].name:<{width}}  {count:>3} of {found.provinces}")
    if found.without:
        names = ", ".join(sorted_vietnamese([p.name_vi for p in found.without]))
        print(f"no figure for {found.period.label}: {names}")
    return EXIT_OK


def unread_sources(config: Config, prepared: Prepared) -> tuple[Problem, ...]:
    """Files under sources/ that no configured pattern reads."""
    from briefings.sources import unread_files

    read = {*prepared.sources.tables, *prepared.sources.articles}
    read |= {config.reviewed} if config.reviewed else set()
    articles = {p for a in prepared.sources.articles if a.is_dir() for p in a.rglob("*")}
    return unread_files(config.root / "sources", read | articles, config.root)


def cmd_facts(args: argparse.Namespace) -> int:
    """Print the chosen facts about the selected provinces (and their former provinces)."""
    from briefings.pipeline import prepare
    from briefings.selection import selected_facts

    prepared = prepare(_config(args))
    show_problems(prepared.sources.problems)
    facts = selected_facts(prepared.resolved.chosen, prepared.selection)
    facts.to_csv(sys.stdout, index=False, lineterminator="\n")
    return EXIT_OK


def cmd_sources(args: argparse.Namespace) -> int:
    """The edition's sources by tier, with the number of facts each one gives."""
    from briefings.pipeline import prepare
    from briefings.present.source_report import source_report
    from briefings.selection import selected_facts

    prepared = prepare(_config(args))
    facts = selected_facts(prepared.resolved.chosen, prepared.selection)
    sys.stdout.write(source_report(facts, prepared.selection.edition))
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    """Rebuild and compare; exit 1 naming each file that differs."""
    from briefings.present.render import check_templates
    from briefings.verify import verify

    config = _config(args)
    check_templates(config.templates)
    verdict = verify(config)
    for name in verdict.changed_inputs:
        print(f"input changed since the build: {name}")
    for label, names in (
        ("differs", verdict.differing),
        ("missing", verdict.missing),
        ("not rebuilt", verdict.unexpected),
    ):
        for name in names:
            print(f"{label}: {name}")
    if verdict.ok:
        print(f"verified: {len(verdict.identical)} files identical to a fresh rebuild")
        return EXIT_OK
    print(
        f"NOT verified: {len(verdict.differing) + len(verdict.missing)} file(s) differ from "
        f"a fresh rebuild ({len(verdict.identical)} identical)"
    )
    return EXIT_DIFFERENCES


_FIX = "give a writable folder outside the sources"


def cmd_figures(args: argparse.Namespace) -> int:
    """``figures approve`` and ``figures compare``."""
    from briefings.review.workflow import approve, approved_dir, compare, for_language

    config = _config(args)
    # A set named by --current is one set: compared once, as the first language's.
    languages = config.languages[:1] if args.current is not None else config.languages
    codes = []
    for language in languages:
        target = for_language(args.approved, language) if args.approved else None
        target = target or approved_dir(config, language)
        if args.figures_command == "approve":
            flag = "--approved" if args.approved else None
            where = None if flag else str(config.path)
            check_output(config, target, where=where, key=flag, fix=_FIX)
            written = approve(config, current=args.current, approved=target, language=language)
            print(f"approved {len(written)} files into {target}")
            continue
        gallery = for_language(args.gallery, language)
        check_output(config, gallery, where=None, key="--out", fix=_FIX)
        codes.append(
            compare(
                config,
                current=args.current,
                approved=target,
                out=gallery,
                fail_on_change=args.fail_on_change,
                language=language,
            )
        )
        print(f"gallery: {_shown(gallery / 'index.html')}")
    return max(codes, default=EXIT_OK)


def cmd_extract(args: argparse.Namespace) -> int:
    """Candidate facts with their quotes, for an analyst to review."""
    from briefings.build.cores import default_jobs
    from briefings.errors import SourceError
    from briefings.extraction import format_candidates, select_candidates
    from briefings.sources.articles import load_articles

    for path in args.paths:
        if not path.exists():
            raise SourceError(
                "no such file or folder",
                where=str(path),
                fix="give article files (.txt, .md, .html) or folders",
            )
    _check_jobs(args.jobs)
    loaded = load_articles(args.paths, root=Path.cwd(), jobs=args.jobs or default_jobs())
    show_problems(loaded.problems)
    chosen = select_candidates(loaded.candidates, province=args.province, period=args.period)
    sys.stdout.write(format_candidates(chosen, args.format))
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    """Record decisions on candidate facts: the ones given by id, else ask about each."""
    from briefings.sources import review_session as session

    config = load_config(args.config)
    candidates, review_file, problems = session.review_sources(config)
    show_problems(problems)
    verdicts = session.parse_verdicts(args.accept, args.reject, args.correct)
    if verdicts:
        done = session.record(
            review_file, candidates, verdicts, reviewer=args.reviewer, note=args.note
        )
    else:
        done = session.walk(
            review_file,
            candidates,
            root=config.root,
            reviewer=args.reviewer,
            answers=sys.stdin,
            out=sys.stdout,
        )
    print(
        f"\nrecorded {len(done.verdicts)} decision(s) in {shown_path(review_file, config.root)}; "
        f"{done.remaining} candidate(s) undecided"
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "extract": cmd_extract,
    "review": cmd_review,
    "build": cmd_build,
    "check": cmd_check,
    "facts": cmd_facts,
    "verify": cmd_verify,
    "sources": cmd_sources,
    "figures": cmd_figures,
}


def _shown(path: Path) -> str:
    return shown_path(path, Path.cwd())


def set_up_logging(verbose: int) -> None:
    """briefings' own log on stderr from ``-v``; the libraries' own logs (font subsetting,
    layout steps, Dask's cluster) only with ``-vv``. WeasyPrint's warnings still reach the
    renderer, which turns them into errors."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="briefings: %(levelname)s: %(message)s",
        force=True,
    )
    for library in LIBRARY_LOGGERS:
        logging.getLogger(library).setLevel(logging.DEBUG if verbose > 1 else logging.WARNING)
    if verbose < 2:
        for handler in logging.getLogger().handlers:
            handler.addFilter(_libraries_quiet)


def _libraries_quiet(record: logging.LogRecord) -> bool:
    """A library's record below WARNING is dropped even where the library set its own level:
    Dask's ``distributed``, imported only when a build runs on it, sets INFO on import."""
    return record.name.partition(".")[0] == "briefings" or record.levelno >= logging.WARNING


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed its one-line usage error
        return int(exc.code or 0)
    set_up_logging(args.verbose)
    try:
        return COMMANDS[args.command](args)
    except BriefingError as exc:
        print(f"briefings: error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `briefings facts | head`: the reader has all it wants
        sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 - silence the flush at exit
        return 0
    except Exception as exc:  # the last resort: every mistake in the input is a BriefingError
        if args.verbose:
            traceback.print_exc()
        summary = f"{type(exc).__name__}: {exc}".splitlines()[0]
        print(
            f"briefings: internal error, a bug in briefings (please report it with the command "
            f"you ran; -v shows the traceback): {summary}",
            file=sys.stderr,
        )
        return EXIT_BUG
