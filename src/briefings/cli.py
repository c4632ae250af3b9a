"""Command line: ``briefings build | check | facts``.

``main(argv)`` returns the exit code: 0 on success, 2 with one line on a user's mistake
(file, key or line, what is wrong, how to fix it), never a traceback for bad input.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from briefings import __version__
from briefings.config import Config, load_config
from briefings.errors import BriefingError

log = logging.getLogger("briefings")
USAGE_ERROR = 2


def _add_selection(parser: argparse.ArgumentParser) -> None:
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
    parser.add_argument(
        "--out", type=Path, help="write reports/ and figures/ under this folder instead"
    )


def make_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per job."""
    parser = argparse.ArgumentParser(
        prog="briefings", description="Quarterly briefings on Vietnam's provinces."
    )
    parser.add_argument("--version", action="version", version=f"briefings {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, helptext in (
        ("build", "build the briefing and one fact sheet per province"),
        ("check", "validate the configuration and sources without building"),
        ("facts", "print the selected tidy facts as CSV"),
    ):
        _add_selection(commands.add_parser(name, help=helptext, description=helptext))
    return parser


def _config(args: argparse.Namespace) -> Config:
    config = load_config(args.config)
    return config.with_overrides(period=args.period, provinces=args.provinces, out=args.out)


def cmd_build(args: argparse.Namespace) -> int:
    """Build an edition and say where it went."""
    from briefings.pipeline import build

    result = build(_config(args))
    print(f"built edition {result.edition}:")
    for pdf in result.pdfs:
        print(f"  {_shown(pdf)}")
    print(f"  figures in {_shown(result.figures)}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Load and validate everything a build would, and summarise it."""
    from briefings.pipeline import prepare

    chosen, overridden, selection = prepare(_config(args))
    names = ", ".join(p.name_vi for p in selection.provinces)
    print(
        f"ok: {len(chosen)} facts ({len(overridden)} overridden by the conflict rule); "
        f"period {selection.period.label}; provinces: {names}"
    )
    return 0


def cmd_facts(args: argparse.Namespace) -> int:
    """Print the chosen facts about the selected provinces (and their former provinces)."""
    from briefings.pipeline import prepare, selected_facts

    chosen, _overridden, selection = prepare(_config(args))
    selected_facts(chosen, selection).to_csv(sys.stdout, index=False, lineterminator="\n")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "build": cmd_build,
    "check": cmd_check,
    "facts": cmd_facts,
}


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


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
        return USAGE_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `briefings facts | head`: the reader has all it wants
        sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 - silence the flush at exit
        return 0
