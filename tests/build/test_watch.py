"""``build --watch``: one warm process that builds again whenever an input changes."""

from __future__ import annotations

import csv
import io
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest

from briefings.build.parallel import SerialExecutor, Workers
from briefings.build.watch import State, input_state, watch
from briefings.cli import executor_note
from briefings.config import load_config
from briefings.errors import ConfigError
from conftest import real_project

CONFIG = (
    '[briefing]\ntitle = "Watched"\nperiod = "2025-9M"\n'
    'provinces = ["Bắc Ninh", "Cao Bằng"]\n[sources]\ntables = ["sources/tables/*.csv"]\n'
)


def _states(*names: str) -> Iterator[State]:
    for name in names:
        yield ((name, 1, 1),)


def test_it_builds_once_then_again_on_each_change_only() -> None:
    states = _states("a", "a", "b", "b", "b", "c", "c")
    rounds = iter([True] * 6 + [False])
    built: list[int] = []
    count = watch(lambda: built.append(len(built)), lambda: next(states), lambda: next(rounds))
    assert count == 3 and built == [0, 1, 2]


def test_a_change_is_built_once_it_has_settled() -> None:
    states = _states("a", "truncated", "half written", "saved", "saved", "saved")
    rounds = iter([True] * 5 + [False])
    built: list[str] = []
    watch(lambda: built.append("built"), lambda: next(states), lambda: next(rounds))
    assert built == ["built", "built"]  # the first build, then "saved" once


def test_a_change_seen_is_looked_at_again_after_the_shorter_settling_wait() -> None:
    states = _states("a", "a", "saved", "saved", "saved")
    waits: list[str] = []

    def wait() -> bool:
        waits.append("poll")
        return len(waits) < 5

    def settle() -> bool:
        waits.append("settle")
        return True

    built: list[str] = []
    watch(lambda: built.append("built"), lambda: next(states), wait, settle)
    # "a" unchanged, "saved" seen, then one short look finds it settled and it is built
    assert waits == ["poll", "poll", "settle", "poll", "poll"]
    assert built == ["built", "built"]


def test_an_input_saved_during_a_build_is_built_next() -> None:
    states = _states("before", "saved during the first build", "saved during the first build")
    rounds = iter([True, True, False])
    built: list[str] = []
    watch(lambda: built.append("built"), lambda: next(states), lambda: next(rounds))
    assert built == ["built", "built"]


def test_the_state_follows_every_configured_input(tmp_path: Path) -> None:
    config = tmp_path / "briefings.toml"
    config.write_text(CONFIG, encoding="utf-8")
    (tmp_path / "sources" / "tables").mkdir(parents=True)
    table = tmp_path / "sources" / "tables" / "a.csv"
    table.write_text("synthetic\n", encoding="utf-8")
    first = input_state(config)
    assert str(table) in {path for path, _, _ in first}
    table.write_text("synthetic, changed\n", encoding="utf-8")
    second = input_state(config)
    assert second != first
    (tmp_path / "sources" / "tables" / "b.csv").write_text("new\n", encoding="utf-8")
    assert len(input_state(config)) == len(second) + 1


def test_a_changed_executor_is_started_and_said(tmp_path: Path) -> None:
    (tmp_path / "briefings.toml").write_text(CONFIG, encoding="utf-8")
    started = load_config(tmp_path / "briefings.toml")
    workers = Workers(1, started.executor, started.scheduler)
    first = workers.executor
    assert not workers.use("processes", "") and workers.executor is first
    assert workers.use("dask", "")  # one job: Dask or not, the tasks run in this process
    assert isinstance(workers.executor, SerialExecutor) and workers.executor is not first
    assert workers.running == ("dask", "")
    dask = replace(started, executor="dask", scheduler="tcp://10.0.0.5:8786")
    assert executor_note(dask) == (
        '[build].executor changed: the builds now run on "dask on tcp://10.0.0.5:8786"'
    )


def test_an_executor_that_cannot_start_leaves_the_running_workers() -> None:
    workers = Workers(2)
    pool = workers.executor
    try:
        with pytest.raises(ConfigError) as info:
            workers.use("dask", "no-address")
        assert info.value.one_line().startswith(
            '[build].scheduler: no Dask scheduler at "no-address" (missing port number'
        )
        assert workers.executor is pool and workers.running == ("processes", "")
        assert workers.executor.submit(int, "7").result() == 7
    finally:
        workers.close()


def test_a_configuration_being_edited_is_watched_alone(tmp_path: Path) -> None:
    config = tmp_path / "briefings.toml"
    config.write_text("[briefing\n", encoding="utf-8")
    assert [path for path, _, _ in input_state(config)] == [str(config)]
    config.unlink()
    assert input_state(config) == ((str(config), -1, -1),)


class _Lines:
    """The lines a process writes to one of its streams, read as they come."""

    def __init__(self, stream: io.TextIOWrapper) -> None:
        self.seen: list[str] = []
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: io.TextIOWrapper) -> None:
        for line in stream:
            self._lines.put(line)
        self._lines.put(None)  # the stream is closed: every process writing to it has ended

    def until(self, pattern: str, seconds: float = 120) -> str:
        while True:
            line = self._lines.get(timeout=seconds)
            if line is None:
                raise AssertionError(f"no line matching {pattern!r} in {self.seen}")
            self.seen.append(line)
            if re.search(pattern, line):
                return line

    def to_the_end(self, seconds: float = 60) -> list[str]:
        """Every line, once the stream is closed."""
        while (line := self._lines.get(timeout=seconds)) is not None:
            self.seen.append(line)
        return self.seen


def _started(*arguments: str) -> tuple[subprocess.Popen[str], _Lines]:
    """``python -m briefings ARGUMENTS`` in a process group of its own, as a terminal's
    foreground job, with Ctrl-C not ignored; and the lines of its stderr."""
    # A shell starts a background job with Ctrl-C ignored, and the child would inherit that;
    # a handler (not an ignored signal) in this process is the default again in the child.
    shielded = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "briefings", *arguments],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=os.environ | {"PYTHONUNBUFFERED": "1"},
            start_new_session=True,
        )
    finally:
        signal.signal(signal.SIGINT, shielded)
    assert process.stderr is not None
    return process, _Lines(process.stderr)


def _rank_in_briefing(folder: Path) -> float:
    with pikepdf.open(folder / "reports" / "2025-9M" / "briefing.pdf") as pdf:
        facts = pdf.attachments["facts.csv"].get_file().read_bytes().decode("utf-8")
    wanted = ("bac-ninh", "2025-9M", "rank")
    rows = csv.DictReader(io.StringIO(facts))
    [rank] = [r["value"] for r in rows if (r["province"], r["period"], r["measure"]) == wanted]
    return float(rank)


@pytest.mark.slow
def test_a_watching_build_follows_changes_says_mistakes_and_stops_on_ctrl_c(
    tmp_path: Path,
) -> None:
    config = real_project(tmp_path, CONFIG)
    process, said = _started("build", "--watch", "-q", "--config", str(config))
    try:
        said.until("watching")
        assert _rank_in_briefing(tmp_path) == 6
        row = re.compile(r"^(bac-ninh,post2025,2025-9M,grdp,rank,)6,", re.M)
        table = next(p for p in (tmp_path / "sources" / "tables").glob("*.csv")
                     if row.search(p.read_text(encoding="utf-8")))  # fmt: skip
        table.write_text(row.sub(r"\g<1>8,", table.read_text(encoding="utf-8")), encoding="utf-8")
        said.until("watching")
        assert _rank_in_briefing(tmp_path) == 8
        config.write_text(CONFIG + "[oops\n", encoding="utf-8")
        assert "briefings.toml" in said.until("error")
        said.until("watching 1 inputs")
        config.write_text(CONFIG, encoding="utf-8")
        said.until("watching")
    finally:
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the build and its workers
        code = process.wait(timeout=60)
    said.until("stopped watching")
    assert code == 0
    assert not [line for line in said.to_the_end() if "Traceback" in line]  # workers' neither


@pytest.mark.slow
def test_ctrl_c_stops_a_build_at_once_and_writes_nothing(tmp_path: Path) -> None:
    """Every process of the build gets Ctrl-C: the workers end quietly, the build stops (it
    does not run on to its end) and no half-made edition is left."""
    config = real_project(tmp_path, CONFIG.replace('["Bắc Ninh", "Cao Bằng"]', '"all"'))
    process, said = _started("-v", "build", "-q", "--config", str(config))
    said.until("task sheet_figures")  # the workers are at work
    os.killpg(process.pid, signal.SIGINT)
    assert process.wait(timeout=30) == 130  # not the minute the whole build takes
    assert not [line for line in said.to_the_end() if "Traceback" in line]
    left = {p.name for p in tmp_path.iterdir()} - {".briefings-cache"}  # finished tasks' store
    assert left == {"briefings.toml", "sources", "templates"}  # no reports, figures or staging
