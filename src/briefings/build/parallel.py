"""Figures and documents as independent tasks on any ``concurrent.futures.Executor``.

Each task is a module-level function of picklable values, so a ``ProcessPoolExecutor``, a
Dask ``distributed.Client`` (its ``get_executor()``) or ``SerialExecutor`` can run it. A task
speaks the edition's language and draws with the committed font in whatever process it lands
in: both are per-process state (a context variable, matplotlib's font list), set by ``task``.
Results come back in submission order, so the output is the same bytes whichever executor.
"""

from __future__ import annotations

import ctypes
import dataclasses
import gc
import logging
import multiprocessing
import os
import signal
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import (
    CancelledError,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Literal, ParamSpec, TypeVar

from briefings.build.briefing import (
    BriefingInParts,
    FigureDigests,
    join_laid_out_parts,
    lay_out_parts,
    wait_for_parts,
)
from briefings.build.cache import code_digest, environment
from briefings.build.sheet_html import edition_inputs, sheet_html
from briefings.build.store import Store, key_of
from briefings.errors import ConfigError
from briefings.facts.model import FactSheet
from briefings.files import sha256
from briefings.present.charts import ChartFile, use_font
from briefings.present.comparison_chart import ComparisonPart, draw_part, plan_comparison
from briefings.present.figures import (
    EditionFigures,
    TrendNote,
    TrendPoint,
    assemble,
    compared_indicators,
    sheet_figures,
)
from briefings.present.i18n import use_language
from briefings.present.pdf import first_line
from briefings.present.render import (
    BRIEFING,
    Renderer,
    document_pdf,
    figure_folders,
    plan_documents,
    view_html,
    view_of,
)

P = ParamSpec("P")
R = TypeVar("R")
logger = logging.getLogger(__name__)
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


@contextmanager
def executor_for(jobs: int, kind: str = "processes", scheduler: str = "") -> Iterator[Executor]:
    """``SerialExecutor`` for one job, else a pool of ``jobs`` processes; for ``kind`` "dask",
    a Dask client's executor (on ``scheduler``, else on a LocalCluster of ``jobs`` workers).

    Workers are forked where the system allows: they start at once with the libraries the
    parent has imported, instead of importing matplotlib and WeasyPrint again each. Each
    worker dies with the build (Linux), so that killing a build leaves no worker behind, and
    no worker outlives it holding a copy of its stage's locked descriptor (the fresh workers
    of ``RenewablePool.renew`` are forked while the build holds its stages).
    """
    if jobs <= 1:
        yield SerialExecutor()
        return
    if kind == "dask":
        with _dask(jobs, scheduler) as executor:
            yield executor
        return
    with RenewablePool(jobs) as pool:
        yield pool


class Workers:
    """The executor a watching process builds on: always the one ``[build]`` names now. A
    changed executor or scheduler is started before the running one stops, so one that cannot
    start (a scheduler nobody runs) leaves the builds on the workers they had."""

    def __init__(self, jobs: int, kind: str = "processes", scheduler: str = "") -> None:
        self._jobs = jobs
        self._stack = ExitStack()
        self.executor = self._stack.enter_context(executor_for(jobs, kind, scheduler))
        self.running = (kind, scheduler)

    def use(self, kind: str, scheduler: str) -> bool:
        """Build on ``kind`` (on ``scheduler``) from now on; whether the workers changed."""
        if (kind, scheduler) == self.running:
            return False
        fresh = ExitStack()
        try:
            executor = fresh.enter_context(executor_for(self._jobs, kind, scheduler))
        except BaseException:
            fresh.close()
            raise
        self._stack.close()
        self._stack, self.executor, self.running = fresh, executor, (kind, scheduler)
        return True

    def close(self) -> None:
        """Stop the workers."""
        self._stack.close()


# Tasks per worker after which a gate renews the workers: in the stage before it, or in all
# stages since the workers were forked. A build of 8 provinces in two languages runs 10 per
# worker in its figures and 19 in its documents; a watching rebuild after one changed value 2
# to 3 in each, 6 in all, so a watching process renews about once in eleven rebuilds.
RENEW_AFTER_STAGE = 8
RENEW_AFTER = 64


_Queued = tuple["Future[Any]", Callable[..., Any], tuple[Any, ...], dict[str, Any]]


class RenewablePool(Executor):
    """A process pool whose workers can be replaced by fresh ones between stages, and whose
    queue a task may jump (``submit_first``).

    The pool holds its tasks and hands the workers one each, so that a task submitted first
    runs next: an edition's joining, which ends its build, then no longer waits behind the
    documents another edition submitted before (a watching rebuild in two languages joined
    its first briefing ~0.6 s after its last part was laid out).

    A worker keeps what its tasks touched: the pages of the libraries it used (copied from the
    build's process on first write), their caches, a fragmented heap. After the figures each
    worker held ~30 MiB of matplotlib's that no document uses, and after the documents ~60 MiB
    of WeasyPrint's under the joining's own. Workers forked afresh between the stages start
    from the build's pages again (34 provinces: peak 352-367 MiB PSS before, 273-304 after).

    Workers are forked by a keeper thread that lives as long as the pool: Linux kills a worker
    when the thread that forked it ends (``_start_worker``), and an edition's thread ends
    before the build does. Where workers are spawned, not forked, a renewal would import every
    library again, so ``renew`` keeps them.
    """

    def __init__(self, jobs: int) -> None:
        methods = multiprocessing.get_all_start_methods()
        self._forks = "fork" in methods
        self._context = multiprocessing.get_context("fork" if self._forks else None)
        self._jobs = jobs
        self._keeper = ThreadPoolExecutor(1, thread_name_prefix="pool-keeper")
        self._pool = self._keeper.submit(self._start).result()
        self._tasks = 0  # submitted since the workers were last forked
        self._stage = 0  # submitted since ``worn`` was last asked
        self._counting = threading.Lock()
        self._queue: deque[_Queued] = deque()
        self._running = 0  # tasks handed to the workers and not finished
        self._idle = threading.Condition(self._counting)  # notified as each task finishes

    def worn(self) -> bool:
        """True when the workers are worth replacing: the stage since this was last asked ran
        many tasks on them, or every stage since they were forked did. A stage of a few tasks (a
        watching rebuild after one change) leaves them much as they were, and renewing would
        make every edition wait for the slowest before its joining."""
        with self._counting:
            stage, self._stage = self._stage, 0
        return stage >= RENEW_AFTER_STAGE * self._jobs or self._tasks >= RENEW_AFTER * self._jobs

    def _start(self) -> ProcessPoolExecutor:
        gc.freeze()  # forked workers share the parent's objects: the collector must not touch them
        with warnings.catch_warnings():
            # Python 3.12+ warns on forking a process with threads. When a pool is renewed the
            # editions' threads wait at their gate and the progress bars draw only when told,
            # so no other thread holds a lock the workers could need.
            warnings.filterwarnings("ignore", r".*multi-threaded.*fork", DeprecationWarning)
            pool = ProcessPoolExecutor(self._jobs, mp_context=self._context,
                                       initializer=_start_worker)  # fmt: skip
            pool.submit(int).result()  # a fork-started pool starts every worker on the first task
        return pool

    def renew(self) -> None:
        """Replace the workers by fresh ones, once the tasks queued or in flight have run;
        call only when no more are submitted meanwhile."""
        if not self._forks:
            return
        with self._idle:
            self._idle.wait_for(lambda: not self._running and not self._queue)
        self._pool.shutdown(wait=True)
        release_memory()  # the fresh workers need not copy what this process has freed
        self._pool = self._keeper.submit(self._start).result()
        self._tasks = 0

    def submit(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> Future[R]:
        return self._enqueue(False, fn, args, kwargs)

    def submit_first(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> Future[R]:
        """``submit``, ahead of every task not yet handed to a worker."""
        return self._enqueue(True, fn, args, kwargs)

    def _enqueue(
        self, first: bool, fn: Callable[..., R], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Future[R]:
        future: Future[R] = Future()
        with self._counting:
            self._tasks += 1
            self._stage += 1
            (self._queue.appendleft if first else self._queue.append)((future, fn, args, kwargs))
        self._hand_out()
        return future

    def _hand_out(self) -> None:
        """Give queued tasks to the workers until each has one."""
        while True:
            with self._counting:
                if self._running >= self._jobs or not self._queue:
                    return
                future, fn, args, kwargs = self._queue.popleft()
                if not future.set_running_or_notify_cancel():
                    continue  # cancelled while it waited
                self._running += 1
            try:
                handed = self._pool.submit(fn, *args, **kwargs)
            except BaseException as exc:  # a broken pool: the task fails, the next is tried
                with self._idle:
                    self._running -= 1
                    self._idle.notify_all()
                future.set_exception(exc)
                continue
            handed.add_done_callback(partial(self._finished, future))

    def _finished(self, future: Future[Any], handed: Future[Any]) -> None:
        with self._idle:
            self._running -= 1
            self._idle.notify_all()
        error = CancelledError() if handed.cancelled() else handed.exception()
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(handed.result())
        self._hand_out()

    def __exit__(self, exc_type: object, exc: object, traceback: object) -> Literal[False]:
        # a build that fails or is interrupted (Ctrl-C) leaves its queued tasks unrun
        self.shutdown(wait=True, cancel_futures=exc_type is not None)
        return False

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if cancel_futures:
            with self._counting:
                queued, self._queue = list(self._queue), deque()
            for future, *_ in queued:
                future.cancel()
        elif wait:  # as any executor: the tasks still queued run before it stops
            with self._idle:
                self._idle.wait_for(lambda: not self._running and not self._queue)
        self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)
        self._keeper.shutdown(wait=wait)


class StageGate:
    """Where the editions made at once wait for each other between stages (after their
    figures, before their joining), so that a ``RenewablePool`` is renewed with no task in
    flight.

    Every edition waits at the same points in the same order. An edition that fails opens the
    gate for good (``open``): the others go on without renewing, since every edition is built
    even when another fails. On any other executor the gate is no wait at all.
    """

    def __init__(self, executor: Executor, editions: int) -> None:
        self._pool = executor if isinstance(executor, RenewablePool) else None
        self._barrier = threading.Barrier(editions, action=self._pool.renew) if self._pool else None
        self._renews: dict[int, bool] = {}  # for each gate in turn: renew there, or pass
        self._deciding = threading.Lock()
        self._passed = threading.local()  # how many gates this edition's thread has passed

    def wait(self) -> None:
        """Wait until every edition is here; the last to come renews the pool. Unless the
        workers are not worn (``RenewablePool.worn``): then every edition passes at once. The
        first edition to reach a gate decides for all, so that none waits for the others in
        vain."""
        if self._barrier is None or self._pool is None:
            return
        gate = getattr(self._passed, "gates", 0)
        self._passed.gates = gate + 1
        with self._deciding:
            if gate not in self._renews:
                self._renews[gate] = self._pool.worn()
            renew = self._renews[gate]
        if not renew:
            return
        try:
            self._barrier.wait()
        except threading.BrokenBarrierError:
            return  # an edition failed: no renewal any more

    def open(self) -> None:
        """Let every edition waiting here, or coming later, pass without renewing."""
        if self._barrier is not None:
            self._barrier.abort()


NO_GATE = StageGate(SerialExecutor(), 1)


@contextmanager
def _dask(jobs: int, scheduler: str) -> Iterator[Executor]:
    try:
        import distributed
    except ImportError:
        raise ConfigError(
            "Dask is not installed",
            key="[build].executor",
            fix='pip install "dask[distributed]", or write executor = "processes"',
        ) from None
    import dask

    with ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(_client(distributed, scheduler))
        else:
            # Dask's statistical profiler samples each worker's stack every 10 ms and keeps the
            # trees: with WeasyPrint's deep stacks a worker grew by ~1.5 MiB a document (the
            # commune benchmark), five times what the documents themselves leave behind.
            stack.enter_context(dask.config.set({"distributed.worker.profile.enabled": False}))
            cluster = stack.enter_context(
                distributed.LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True)
            )
            client = stack.enter_context(distributed.Client(cluster))
        yield client.get_executor()


def _client(distributed: Any, scheduler: str) -> Any:
    """A Dask client of the scheduler at ``scheduler``; an address that is malformed, or where
    no scheduler answers, is the configuration's mistake, said in one line."""
    try:
        return distributed.Client(scheduler)
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f'no Dask scheduler at "{scheduler}" ({first_line(exc)})',
            key="[build].scheduler",
            fix='start one there (dask scheduler), correct the address, or write scheduler = ""'
            " for a cluster on this machine",
        ) from None


def _start_worker() -> None:
    """End quietly on Ctrl-C, and ask Linux to kill this worker when the thread that forked
    it ends: the pool's keeper, which ends only with the pool or with the build's process
    (elsewhere: do nothing)."""
    signal.signal(signal.SIGINT, _end_quietly)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return


def _end_quietly(signal_number: int, _frame: object) -> None:
    """A terminal sends Ctrl-C to every process of the build. A worker ends at once, and the
    build's process, which gets it too, stops the build (or the watching) and says so; the
    worker had printed the traceback of the task queue it was waiting on. Ignoring it instead
    kept the build's threads handing out tasks: an interrupted build ran to its end."""
    os._exit(128 + signal_number)


def task(language: str, fonts: Path, work: Callable[..., R], *args: Any) -> R:
    """Run ``work(*args)`` speaking ``language``, with the committed font registered; then
    hand the memory it freed back to the system, so that a worker holds one task's peak,
    not the sum of its tasks' leftovers. With ``-v`` each task says what it made and how long
    it took: what a rebuild redid, and where its time went."""
    started = time.perf_counter()
    with use_language(language):
        use_font(fonts)
        try:
            return work(*args)
        finally:
            release_memory()
            seconds = time.perf_counter() - started
            logger.info("task %s (%s): %.2f s", _subject(work, args), language, seconds)


def _subject(work: Callable[..., Any], args: Sequence[Any]) -> str:
    """What a task makes, in a few words: "sheet_figures an-giang", "part_pdf parts/x"."""
    for arg in args:
        if isinstance(arg, FactSheet):
            return f"{work.__name__} {arg.province.slug}"
        if isinstance(arg, ComparisonPart):
            return f"{work.__name__} {arg.indicator_id} {arg.number}/{arg.parts}"
        if isinstance(arg, str):
            return f"{work.__name__} {arg}"
    return work.__name__


def release_memory() -> None:
    """Collect garbage and return freed heap pages to the system (glibc; elsewhere: collect)."""
    gc.collect()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError):  # pragma: no cover - not glibc
        return


def for_each_language(
    executor: Executor, languages: Sequence[str], build: Callable[[str], R]
) -> list[R]:
    """``build(language)`` for each language, in order of ``languages``.

    On a pool, the languages' editions are made at once, each by a thread of this process
    that hands its tasks to the same executor: while one edition waits on its comparison or
    its joining, the workers lay out the other's (a rebuild after one changed value waited on
    each edition in turn). One process runs one language after another: matplotlib and
    WeasyPrint are not made for threads. Every edition is built even when another fails;
    the first language's error is the one raised.
    """
    if isinstance(executor, SerialExecutor) or len(languages) < 2:
        return [build(language) for language in languages]
    with ThreadPoolExecutor(len(languages), thread_name_prefix="edition") as editions:
        futures = [editions.submit(build, language) for language in languages]
        wait(futures)
    return [future.result() for future in futures]


def _collect(futures: list[Future[R]], stage: str, tick: Tick | None) -> list[R]:
    results = []
    for future in futures:
        results.append(future.result())
        if tick is not None:
            tick(stage)
    return results


@dataclass(frozen=True)
class Reuse:
    """Where finished work is kept, and the key parts every task of one edition shares."""

    store: Store
    base: str  # code, libraries, language, fonts and templates


def reuse_for(store: Store, language: str, templates: Path) -> Reuse:
    """The shared key parts of an edition in ``language`` built from ``templates``."""
    files = sorted(p for p in templates.rglob("*") if p.is_file())
    shown = [f"{p.relative_to(templates).as_posix()} {sha256(p)}" for p in files]
    return Reuse(store, key_of(code_digest(), *environment(), language, *shown))


# Each sheet's digest, made once per build: the editions in every language draw from the same
# sheets, and writing a sheet's trends as CSV for it took 2 ms (0.14 s of a watching rebuild's
# own process, 34 provinces in two languages). Kept with the sheet itself, so that its id is
# not reused while it is here.
_DIGESTS: dict[int, tuple[FactSheet, str]] = {}
_DIGESTS_KEPT = 512
_DIGESTS_LOCK = threading.Lock()


def sheet_digest(sheet: FactSheet) -> str:
    """What a province's figures are drawn from: the sheet's lines and trends."""
    with _DIGESTS_LOCK:  # held while digesting: the other edition waits, then finds it made
        kept = _DIGESTS.get(id(sheet))
        if kept is not None and kept[0] is sheet:
            return kept[1]
        fields = [repr(getattr(sheet, f.name)) for f in dataclasses.fields(sheet)
                  if f.name != "trends"]  # fmt: skip
        digest = key_of(*fields, sheet.trends.to_csv(index=False, lineterminator="\n"))
        if len(_DIGESTS) >= _DIGESTS_KEPT:
            _DIGESTS.clear()
        _DIGESTS[id(sheet)] = (sheet, digest)
        return digest


def draw_all(
    executor: Executor,
    language: str,
    fonts: Path,
    sheets: list[FactSheet],
    indicators: tuple[str, ...],
    out: Path,
    reuse: Reuse,
    tick: Tick | None = None,
) -> EditionFigures:
    """``draw_figures``, one task per province and one per part of each compared indicator's
    ranking; a province whose sheet is unchanged, or a part whose rows and scale are, gets its
    charts from the store (a changed growth rate draws the part of that indicator's ranking it
    is in again, not the other parts nor the other indicators)."""
    jobs: list[tuple[str, Callable[..., Any], tuple[Any, ...]]] = [
        (key_of(reuse.base, repr(indicators), "sheet", sheet_digest(sheet)),
         sheet_figures, (sheet, indicators))
        for sheet in sheets
    ]  # fmt: skip
    jobs += [
        (key_of(reuse.base, "comparison", repr(part)), draw_part, (part,))
        for indicator in compared_indicators(sheets, indicators)
        for part in plan_comparison(sheets, indicator)
    ]

    def draw(work: Callable[..., Any], args: tuple[Any, ...]) -> Future[Any]:
        return executor.submit(task, language, fonts, work, *(*args, out))

    # What must be drawn again goes to the workers first; what the store holds is fetched
    # meanwhile (a watching rebuild's one task started ~0.16 s into the stage, after 35 fetches).
    pending: list[tuple[str, Future[Any] | Any]] = [
        (key, None if reuse.store.holds(key) else draw(work, args)) for key, work, args in jobs
    ]
    for index, ((key, done), (_, work, args)) in enumerate(zip(pending, jobs, strict=True)):
        if done is None:
            kept = reuse.store.fetch(key, out)
            pending[index] = (key, draw(work, args) if kept is None else _decoded(kept, out))
    results = []
    for index, (key, done) in enumerate(pending):
        if isinstance(done, Future):
            done = done.result()
            reuse.store.keep(key, out, _names(done, out), _encoded(done, out))
        results.append(done)
        if tick is not None and index < len(sheets):
            tick("figures")
    if tick is not None:
        tick("figures")  # the comparisons, as one
    comparisons = [chart for charts in results[len(sheets) :] for chart in charts]
    return assemble(sheets, results[: len(sheets)], comparisons)


def _charts(result: Any) -> list[ChartFile]:
    return result[0] if isinstance(result, tuple) else result  # type: ignore[no-any-return]


def _names(result: Any, out: Path) -> list[str]:
    paths = [p for chart in _charts(result) for p in (chart.png, chart.svg)]
    return [p.relative_to(out).as_posix() for p in paths]


def _encoded(result: Any, out: Path) -> dict[str, Any]:
    charts = [
        dataclasses.asdict(chart) | {"png": chart.png.relative_to(out).as_posix(),
                                     "svg": chart.svg.relative_to(out).as_posix()}
        for chart in _charts(result)
    ]  # fmt: skip
    notes = [dataclasses.asdict(note) for note in result[1]] if isinstance(result, tuple) else None
    return {"charts": charts, "notes": notes}


def _decoded(kept: dict[str, Any], out: Path) -> Any:
    charts = [
        ChartFile(**(c | {"png": out / c["png"], "svg": out / c["svg"],
                          "sources": tuple(c["sources"])}))
        for c in kept["charts"]
    ]  # fmt: skip
    if kept["notes"] is None:
        return charts
    notes = [
        TrendNote(n["indicator"], n["measure"],
                  tuple(TrendPoint(**(p | {"sources": tuple(p["sources"])})) for p in n["points"]))
        for n in kept["notes"]
    ]  # fmt: skip
    return charts, notes


def render_all(
    executor: Executor,
    language: str,
    fonts: Path,
    renderer: Renderer,
    title: str,
    sheets: list[FactSheet],
    drawn: EditionFigures,
    facts: Mapping[str, bytes],
    reuse: Reuse,
    tick: Tick | None = None,
    gate: StageGate = NO_GATE,
) -> list[Path]:
    """``render_documents``, one task per fact sheet and per part of the briefing (its parts
    first: they are most of the work). The briefing is joined once its parts are laid out and
    the editions have passed ``gate``, ahead of the fact sheets still queued.

    Each document's HTML is made here (Jinja is fast); a PDF whose HTML, attached facts and
    figures' bytes are unchanged is copied from the store instead of laid out again.
    """
    figures = figure_folders(drawn)
    figure_digests = FigureDigests.of(drawn)
    out = renderer.out

    def submit(work: Callable[..., R], *args: Any) -> Future[R]:
        return executor.submit(task, language, fonts, work, *args)

    def submit_first(work: Callable[..., R], *args: Any) -> Future[R]:
        # the joining ends the edition: it goes before the tasks other editions queued
        if isinstance(executor, RenewablePool):
            return executor.submit_first(task, language, fonts, work, *args)
        return submit(work, *args)

    pending: list[tuple[str, str, Future[Path] | Path | BriefingInParts]] = []
    date = renderer.provenance.date().isoformat()
    edition = edition_inputs(reuse.base, renderer)
    files = dict(figure_digests.named)
    with use_language(language):
        for document in plan_documents(title, sheets):
            # the briefing's view is made once, for its HTML and its parts
            view = view_of(renderer, document, drawn) if document.stem == BRIEFING else None
            html = (
                view_html(renderer, view)
                if view is not None
                else sheet_html(renderer, document, drawn, files, edition,
                                sheet_digest(document.sheets[0]))
            )  # fmt: skip
            (out / f"{document.stem}.html").write_text(html, encoding="utf-8")
            attached = facts.get(document.stem, b"")
            if view is not None:
                parts = lay_out_parts(submit, renderer, document, view, drawn, figure_digests,
                                      attached, reuse.base, reuse.store)  # fmt: skip
                pending.append(("", "", parts))
                continue
            shown = figure_digests.used_by(html)
            key = key_of(reuse.base, "document", html, attached, date, *shown)
            name = f"{document.stem}.pdf"
            if reuse.store.fetch(key, out) is not None:
                pending.append((key, name, out / name))
                continue
            job = submit(document_pdf, renderer, document.stem, html, attached, figures)
            pending.append((key, name, job))
    written: dict[int, Path] = {}
    # The briefing is joined as soon as its parts are laid out, ahead of the fact sheets still
    # queued: the joining is the longest task left, and one at a time (a watching rebuild
    # after one change in two languages ended ~0.3 s earlier). A gate that renews the
    # workers lets the fact sheets in flight finish first (``RenewablePool.renew``).
    laid_out = [(index, done, wait_for_parts(done, out, reuse.store))
                for index, (_, _, done) in enumerate(pending)
                if isinstance(done, BriefingInParts)]  # fmt: skip
    gate.wait()
    for index, parts, pages in laid_out:
        written[index] = join_laid_out_parts(submit_first, language, renderer, parts, pages,
                                             reuse.base, reuse.store)  # fmt: skip
        if tick is not None:
            tick("documents")
    for index, (key, name, done) in enumerate(pending):
        if isinstance(done, BriefingInParts):
            continue
        if isinstance(done, Future):
            done = done.result()
            reuse.store.keep(key, out, [name], name)
        written[index] = done
        if tick is not None:
            tick("documents")
    return [written[index] for index in sorted(written)]
