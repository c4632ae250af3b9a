"""Command line: ``briefings build | check | facts | verify | extract | review | figures``.

``main(argv)`` returns the exit code (see ``EXIT_CODES``): one line on a mistake (file, key or
line, what is wrong, how to fix it), never a traceback. The CLI alone prints: results on
stdout, problems the loaders worked around and errors on stderr.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from briefings import __version__
from briefings.config import Config, load_config
from briefings.errors import (
    EXIT_DIFFERENCES,
    EXIT_ENVIRONMENT,
    EXIT_OK,
    EXIT_USER,
    BriefingError,
    Problem,
)
from briefings.files import shown_path

EXIT_CODES = f"""exit codes:
  {EXIT_OK}  success
  {EXIT_DIFFERENCES}  verify found files that differ from a rebuild; figures compare
     --fail-on-change found changes
  {EXIT_USER}  a mistake in the configuration, command line, sources or templates
  {EXIT_ENVIRONMENT}  the machine lacks a tool the command needs (e.g. pdftoppm)
"""


def _add_selection(parser: argparse.ArgumentParser, *, out: bool = True) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        default=Path("briefings.toml"),
        help="configuration file (default: briefings.toml)",
    )
    parser.add_argument("--period", help="period to report on, e.g. 2025-9M (overrides config)")
    parser.add_argument(
        "--province",
        action="append",
        dest="provinces",
        metavar="NAME",
        help="province to include (repeatable; overrides config)",
    )
    if out:
        parser.add_argument(
            "--out", type=Path, help="write reports/ and figures/ under this folder instead"
        )


def make_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per job."""
    parser = argparse.ArgumentParser(
        prog="briefings",
        description="Quarterly briefings on Vietnam's provinces.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"briefings {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, helptext in (
        ("build", "build the briefing and one fact sheet per province"),
        ("check", "validate the configuration and sources without building"),
        ("facts", "print the selected tidy facts as CSV"),
        ("verify", "rebuild in a temporary folder and compare with the published edition"),
    ):
        _add_selection(commands.add_parser(name, help=helptext, description=helptext))
    _add_figures(commands)
    extract = commands.add_parser(
        "extract",
        help="print candidate facts found in articles",
        description="print candidate facts found in articles",
    )
    extract.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="article files or folders (.txt, .md, .html)",
    )
    extract.add_argument("--province", help="only facts about this province")
    extract.add_argument("--period", help="only facts for this period, e.g. 2025-9M")
    extract.add_argument("--format", choices=("csv", "json"), default="csv")
    _add_review(commands)
    return parser


def _add_review(commands: Any) -> None:
    helptext = "accept, reject or correct candidate article facts (asks when no ids are given)"
    review = commands.add_parser("review", help=helptext, description=helptext)
    review.add_argument("--config", type=Path, default=Path("briefings.toml"))
    for decision in ("accept", "reject"):
        review.add_argument(
            f"--{decision}", nargs="+", default=[], metavar="ID", help=f"{decision} these facts"
        )
    review.add_argument(
        "--correct", nargs="+", default=[], metavar="ID=VALUE", help="correct these facts' values"
    )
    review.add_argument("--reviewer", default=os.environ.get("USER", "analyst"))
    review.add_argument("--note", default="", help="a note for the decisions given by id")


def _add_figures(commands: Any) -> None:
    figures = commands.add_parser("figures", help="approve or compare figures and pages")
    actions = figures.add_subparsers(dest="figures_command", required=True, metavar="ACTION")
    approve = actions.add_parser("approve", help="accept the current figures as approved")
    compare = actions.add_parser("compare", help="gallery of approved vs current figures")
    for parser in (approve, compare):
        _add_selection(parser, out=False)
        parser.add_argument("--approved", type=Path, help="approved set (figures/approved)")
        parser.add_argument(
            "--current",
            type=Path,
            help="current set (default: the edition's figures and briefing.pdf)",
        )
    compare.add_argument(
        "--out",
        dest="gallery",
        type=Path,
        required=True,
        help="folder to write index.html and summary.json into",
    )
    compare.add_argument(
        "--fail-on-change",
        action="store_true",
        help="exit 1 when anything changed beyond the tolerance",
    )


def _config(args: argparse.Namespace) -> Config:
    config = load_config(args.config)
    return config.with_overrides(
        period=args.period, provinces=args.provinces, out=getattr(args, "out", None)
    )


def show_problems(problems: Sequence[Problem]) -> None:
    """Every problem the loaders worked around, one line each, on stderr."""
    for problem in problems:
        print(f"briefings: {problem.severity}: {problem.one_line()}", file=sys.stderr)


def cmd_build(args: argparse.Namespace) -> int:
    """Build an edition and say where it went."""
    from briefings.pipeline import build

    result = build(_config(args))
    show_problems(result.problems)
    print(f"built edition {result.edition}:")
    for pdf in result.pdfs:
        print(f"  {_shown(pdf)}")
    print(f"  figures in {_shown(result.figures)}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Load and validate everything a build would, and summarise it."""
    from briefings.pipeline import prepare

    prepared = prepare(_config(args))
    show_problems(prepared.sources.problems)
    resolved, selection = prepared.resolved, prepared.selection
    names = ", ".join(p.name_vi for p in selection.provinces)
    print(
        f"ok: {len(resolved.chosen)} facts ({len(resolved.overridden)} overridden by the "
        f"conflict rule); period {selection.period.label}; provinces: {names}"
    )
    return EXIT_OK


def cmd_facts(args: argparse.Namespace) -> int:
    """Print the chosen facts about the selected provinces (and their former provinces)."""
    from briefings.pipeline import prepare
    from briefings.selection import selected_facts

    prepared = prepare(_config(args))
    show_problems(prepared.sources.problems)
    facts = selected_facts(prepared.resolved.chosen, prepared.selection)
    facts.to_csv(sys.stdout, index=False, lineterminator="\n")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    """Rebuild and compare; exit 1 naming each file that differs."""
    from briefings.verify import verify

    verdict = verify(_config(args))
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


def cmd_figures(args: argparse.Namespace) -> int:
    """``figures approve`` and ``figures compare``."""
    from briefings.review.workflow import approve, approved_dir, compare

    config = _config(args)
    if args.figures_command == "approve":
        target = args.approved or approved_dir(config)
        written = approve(config, current=args.current, approved=target)
        print(f"approved {len(written)} files into {target}")
        return EXIT_OK
    code = compare(
        config,
        current=args.current,
        approved=args.approved,
        out=args.gallery,
        fail_on_change=args.fail_on_change,
    )
    print(f"gallery: {_shown(args.gallery / 'index.html')}")
    return code


def cmd_extract(args: argparse.Namespace) -> int:
    """Candidate facts with their quotes, for an analyst to review."""
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
    loaded = load_articles(args.paths, root=Path.cwd())
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
    "figures": cmd_figures,
}


def _shown(path: Path) -> str:
    return shown_path(path, Path.cwd())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed its one-line usage error
        return int(exc.code or 0)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="briefings: %(levelname)s: %(message)s",
        force=True,
    )
    logging.getLogger("matplotlib").setLevel(logging.WARNING)
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
