"""How a build tells whoever runs it how far it got: stages with a number of steps.

The pipeline reports through ``Progress``; the command line shows it with rich on stderr
(only when stderr is a terminal and ``--quiet`` is not given), tests and library callers
get ``NO_PROGRESS``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import IO, Protocol


class Progress(Protocol):
    """Told when a stage starts (with its number of steps) and when a step is done."""

    def stage(self, name: str, total: int) -> None:
        """A stage of ``total`` steps begins."""

    def advance(self, name: str) -> None:
        """One step of stage ``name`` is done."""


class _Silent:
    def stage(self, name: str, total: int) -> None:
        return None

    def advance(self, name: str) -> None:
        return None


NO_PROGRESS: Progress = _Silent()


class RichProgress:
    """One rich progress bar per stage, on ``stream`` (stderr), while the block runs.

    The bars are drawn when a step is told (at most ``REFRESH`` times a second), never by a
    thread of their own: a pool renewed mid-build forks its workers while no other thread of
    the build is writing to the terminal.
    """

    REFRESH = 0.1  # seconds

    def __init__(self, stream: IO[str]) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as Bars

        self._bars = Bars(
            TextColumn("{task.description:<24}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(file=stream),
            transient=False,
            auto_refresh=False,
        )
        self._tasks: dict[str, int] = {}
        self._drawn = 0.0

    def __enter__(self) -> RichProgress:
        self._bars.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._bars.stop()

    def stage(self, name: str, total: int) -> None:
        """Add a bar for the stage."""
        self._tasks[name] = self._bars.add_task(name, total=total)
        self._draw()

    def advance(self, name: str) -> None:
        """Move the stage's bar one step."""
        self._bars.advance(self._tasks[name])  # type: ignore[arg-type]
        self._draw()

    def _draw(self) -> None:
        now = time.monotonic()
        if now - self._drawn >= self.REFRESH:
            self._drawn = now
            self._bars.refresh()


@contextmanager
def showing_progress(stream: IO[str], *, quiet: bool = False) -> Iterator[Progress]:
    """Rich bars on ``stream`` when it is a terminal and not ``quiet``; else nothing shown."""
    if quiet or not stream.isatty():
        yield NO_PROGRESS
        return
    with RichProgress(stream) as bars:
        yield bars
