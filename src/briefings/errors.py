"""One exception hierarchy for every mistake a user can make.

Each error knows *where* it happened (a file, a line, a key) and *how to fix it*, so the CLI
can print it as a single line and exit 2 without a traceback.
"""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """A problem with the user's input: configuration, sources or templates."""

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
        place = self.where or ""
        if self.line is not None:
            place = f"{place}:{self.line}" if place else f"line {self.line}"
        if self.key:
            place = f"{place}: {self.key}" if place else self.key
        text = f"{place}: {self.problem}" if place else self.problem
        return f"{text}; {self.fix}" if self.fix else text


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
