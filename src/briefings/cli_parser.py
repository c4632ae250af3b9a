"""The command line's arguments: one sub-command per job, and the exit codes it documents."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from briefings import __version__
from briefings.errors import (
    EXIT_BUG,
    EXIT_DIFFERENCES,
    EXIT_ENVIRONMENT,
    EXIT_OK,
    EXIT_USER,
)

EXIT_CODES = f"""exit codes:
  {EXIT_OK}  success
  {EXIT_DIFFERENCES}  verify found files that differ from a rebuild; figures compare
     --fail-on-change found changes
  {EXIT_USER}  a mistake in the configuration, command line, sources or templates
  {EXIT_ENVIRONMENT}  the machine lacks a tool the command needs (e.g. pdftoppm)
  {EXIT_BUG} a bug in briefings (please report it)
"""


LIBRARY_LOGGERS = ("matplotlib", "fontTools", "weasyprint.progress", "PIL", "pikepdf")


def _add_selection(parser: argparse.ArgumentParser, *, out: bool = True) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        default=Path("briefings.toml"),
        help="configuration file (default: briefings.toml)",
    )
    parser.add_argument("--period", help="period to report on, e.g. 2025-9M (overrides config)")
    parser.add_argument(
        "--language",
        action="append",
        dest="languages",
        choices=("en", "vi"),
        help="language of the edition (repeatable: --language en --language vi builds both; "
        "overrides config)",
    )
    parser.add_argument(
        "--boundaries",
        choices=("as-published", "2025"),
        help="as-published (default): each period on the boundaries of its figures; "
        "2025: every period on the 34 units of 1 July 2025 (overrides config)",
    )
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
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="log what the build does (-vv: the libraries' logs too)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, helptext in (
        ("build", "build the briefing and one fact sheet per province"),
        ("check", "validate the configuration and sources without building"),
        ("facts", "print the selected tidy facts as CSV"),
        ("verify", "rebuild in a temporary folder and compare with the published edition"),
        ("sources", "list the edition's sources by tier, flagging those to re-check"),
    ):
        _add_selection(commands.add_parser(name, help=helptext, description=helptext))
    _add_speed(commands.choices["build"])
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
    extract.add_argument(
        "-j", "--jobs", type=int, metavar="N", help="processes to read articles in (default: cores)"
    )
    _add_review(commands)
    return parser


def _add_speed(build: argparse.ArgumentParser) -> None:
    build.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="processes to draw and render in (default: cores)",
    )
    build.add_argument(
        "--force",
        action="store_true",
        help="rebuild even when nothing changed since the last build",
    )
    build.add_argument("-q", "--quiet", action="store_true", help="show no progress bars")
    build.add_argument(
        "--watch",
        action="store_true",
        help="build again whenever the configuration, a source or a template changes "
        "(the process stays warm; Ctrl-C stops)",
    )


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
