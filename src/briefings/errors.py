"""One exception hierarchy for what stops a build, and the ``Problem`` value for what does not.

Each error knows *where* it happened (a file, a line, a key, a command-line flag) and *how to
fix it*, so the CLI prints it as a single line and exits without a traceback. Its class says
whose mistake it is: the user's input (exit 2) or the machine it runs on (exit 3).

A ``Problem`` is something a loader noticed but could work around (a fact with an impossible
unit left out, an article decoded with a fallback). Loaders return them; the pipeline collects
them; only the CLI shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Self

EXIT_OK = 0
EXIT_DIFFERENCES = 1  # `briefings verify` found files that differ from a rebuild
EXIT_USER = 2  # the user's configuration, command line, sources or templates
EXIT_ENVIRONMENT = 3  # the machine lacks a tool the command needs (pdftoppm, ...)
EXIT_BUG = 70  # an exception that is no BriefingError: a bug in briefings (sysexits' EX_SOFTWARE)


def locate(
    problem: str,
    *,
    where: str | None = None,
    line: int | None = None,
    key: str | None = None,
    fix: str | None = None,
) -> str:
    """Render ``file:line: key: problem; fix``, leaving out the parts that are unknown."""
    place = where or ""
    if line is not None:
        place = f"{place}:{line}" if place else f"line {line}"
    if key:
        place = f"{place}: {key}" if place else key
    text = f"{place}: {problem}" if place else problem
    return f"{text}; {fix}" if fix else text


class BriefingError(Exception):
    """Something that stops a build: a problem with the user's input unless a subclass says."""

    exit_code = EXIT_USER

    def __init__(
        self,
        problem: str,
        *,
        where: str | Path | None = None,
        line: int | None = None,
        key: str | None = None,
        fix: str | None = None,
    ) -> None:
        self.problem = problem
        self.where = str(where) if where is not None else None
        self.line = line
        self.key = key
        self.fix = fix
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """Render as ``file:line: key: problem; fix``."""
        return locate(self.problem, where=self.where, line=self.line, key=self.key, fix=self.fix)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with every part, so an error raised in a worker process arrives whole."""
        parts = {"where": self.where, "line": self.line, "key": self.key, "fix": self.fix}
        return (_remade, (type(self), self.problem, parts))

    @classmethod
    def from_error(
        cls,
        error: BriefingError,
        *,
        where: str | Path | None = None,
        line: int | None = None,
        key: str | None = None,
        fix: str | None = None,
    ) -> Self:
        """The same problem, placed where the caller knows it was made (its file, line, key).

        What the caller does not give is kept from ``error``.
        """
        return cls(
            error.problem,
            where=where if where is not None else error.where,
            line=line if line is not None else error.line,
            key=key if key is not None else error.key,
            fix=fix if fix is not None else error.fix,
        )


def _remade(kind: type[BriefingError], problem: str, parts: dict[str, Any]) -> BriefingError:
    return kind(problem, **parts)


class ConfigError(BriefingError):
    """The configuration file or a command-line option is wrong."""


class PeriodError(BriefingError):
    """A period label cannot be parsed."""


class GeographyError(BriefingError):
    """A province name is unknown or does not exist in the requested period."""


class SourceError(BriefingError):
    """A source file is missing, unreadable or malformed."""


class RenderError(BriefingError):
    """A template or the PDF renderer failed."""


class ApprovalError(BriefingError):
    """The current folder is missing or empty, or overlaps the approved folder."""


class ComparisonError(BriefingError):
    """The folders to compare are missing, or a PDF cannot be rasterised."""


class ToolMissingError(BriefingError):
    """A program the command needs is not installed: the machine's fault, not the input's."""

    exit_code = EXIT_ENVIRONMENT


class Severity(StrEnum):
    """How much a problem matters to the reader of the briefing."""

    WARNING = "warning"  # something was left out or read with a fallback: check it
    NOTE = "note"  # worth knowing, changes nothing in the output


@dataclass(frozen=True)
class Problem:
    """Something a loader noticed and worked around; the build goes on."""

    message: str
    where: str = ""
    line: int | None = None
    key: str = ""
    fix: str = ""
    severity: Severity = Severity.WARNING

    def one_line(self) -> str:
        """``file:line: key: message; fix``, like an error."""
        return locate(
            self.message,
            where=self.where or None,
            line=self.line,
            key=self.key or None,
            fix=self.fix or None,
        )
