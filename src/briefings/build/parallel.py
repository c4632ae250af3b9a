"""Figures and documents as independent tasks on any ``concurrent.futures.Executor``.

Each task is a module-level function of picklable values, so a ``ProcessPoolExecutor``, a
Dask ``distributed.Client`` (its ``get_executor()``) or ``SerialExecutor`` can run it. A task
speaks the edition's language and draws with the committed font in whatever process it lands
in: both are per-process state (a context variable, matplotlib's font list), set by ``task``.
Results come back in submission order, so the output is the same bytes whichever executor.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from briefings.facts.model import FactSheet
from briefings.present.charts import ChartFile, use_font
from briefings.present.figures import (
    EditionFigures,
    TrendNote,
    assemble,
    comparison_figures,
    sheet_figures,
)
from briefings.present.i18n import use_language
from briefings.present.render import Renderer, plan_documents, render_document

P = ParamSpec("P")
R = TypeVar("R")
Tick = Callable[[str], None]  # told the stage of each task as it finishes
_PR_SET_PDEATHSIG = 1


class SerialExecutor(Executor):
    """Runs each task at once, in this process: ``--jobs 1``, and the library's default."""

    def submit(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> Future[R]:
        future: Future[R] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # the caller's .result() raises it, as in a pool
            future.set_exception(exc)
        return future


def default_jobs() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextmanager
def executor_for(jobs: int) -> Iterator[Executor]:
    """``SerialExecutor`` for one job, else a pool of ``jobs`` processes.

    Workers are forked where the system allows: they start at once with the libraries the
    parent has imported, instead of importing matplotlib and WeasyPrint again each. They are
    all started here, before the build takes any lock: a forked worker holding a copy of the
    stage's locked descriptor would keep a killed build's stage looking alive. Each worker
    dies with the build (Linux), so that killing a build leaves no worker behind.
    """
    if jobs <= 1:
        yield SerialExecutor()
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_die_with_parent) as pool:
        pool.submit(int).result()  # a fork-started pool starts every worker on the first task
        yield pool


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the build's process dies (elsewhere: do nothing)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return


def task(language: str, fonts: Path, work: Callable[..., R], *args: Any) -> R:
    """Run ``work(*args)`` speaking ``language``, with the committed font registered."""
    with use_language(language):
        use_font(fonts)
        return work(*args)


def _collect(futures: list[Future[R]], stage: str, tick: Tick | None) -> list[R]:
    results = []
    for future in futures:
        results.append(future.result())
        if tick is not None:
            tick(stage)
    return results


def draw_all(
    executor: Executor,
    language: str,
    fonts: Path,
    sheets: list[FactSheet],
    indicators: tuple[str, ...],
    out: Path,
    tick: Tick | None = None,
) -> EditionFigures:
    """``draw_figures``, one task per province plus one for the comparisons."""
    compared = executor.submit(task, language, fonts, comparison_figures, sheets, indicators, out)
    per_sheet: list[Future[tuple[list[ChartFile], list[TrendNote]]]] = [
        executor.submit(task, language, fonts, sheet_figures, sheet, indicators, out)
        for sheet in sheets
    ]
    drawn = _collect(per_sheet, "figures", tick)
    return assemble(sheets, drawn, _collect([compared], "figures", tick)[0])


def render_all(
    executor: Executor,
    language: str,
    fonts: Path,
    renderer: Renderer,
    title: str,
    sheets: list[FactSheet],
    drawn: EditionFigures,
    facts: Mapping[str, bytes],
    tick: Tick | None = None,
) -> list[Path]:
    """``render_documents``, one task per document (the briefing, the longest, first)."""
    with use_language(language):
        documents = plan_documents(title, sheets)
    futures = [
        executor.submit(task, language, fonts, render_document, renderer, document, drawn,
                        facts.get(document.stem, b""))
        for document in documents
    ]  # fmt: skip
    return _collect(futures, "documents", tick)
