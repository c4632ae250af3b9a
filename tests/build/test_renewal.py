"""Between the figures and the documents, and before the joining, a pool's workers are
replaced by fresh ones: the editions made at once wait for each other at a gate first."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import briefings.pipeline
from briefings.build.parallel import (
    RENEW_AFTER,
    RENEW_AFTER_STAGE,
    RenewablePool,
    SerialExecutor,
    StageGate,
    executor_for,
)
from briefings.config import load_config
from conftest import real_project


def _pids(pool: RenewablePool) -> set[int]:
    return {pool.submit(os.getpid).result(timeout=60) for _ in range(6)}


def test_a_renewed_pool_has_fresh_workers_that_outlive_the_thread_that_renewed_it() -> None:
    with executor_for(2) as pool:
        assert isinstance(pool, RenewablePool)
        before = _pids(pool)
        edition = threading.Thread(target=pool.renew)  # as the last edition at a gate does
        edition.start()
        edition.join()
        time.sleep(0.3)  # a worker killed with that thread's end would be gone by now
        after = _pids(pool)
    assert after
    assert after.isdisjoint(before)


def test_a_task_submitted_first_runs_before_those_queued() -> None:
    pool = RenewablePool(1)  # one worker: the tasks run in the order they are handed out
    try:
        busy = pool.submit(time.sleep, 0.3)
        queued = [pool.submit(time.monotonic) for _ in range(3)]
        first = pool.submit_first(time.monotonic)
        started = first.result(timeout=60)
        assert all(started < later.result(timeout=60) for later in queued)
        busy.result(timeout=60)
    finally:
        pool.shutdown()


def test_a_renewal_lets_the_queued_tasks_run_first() -> None:
    with executor_for(2) as pool:
        assert isinstance(pool, RenewablePool)
        before = _pids(pool)
        pending = [pool.submit(os.getpid) for _ in range(8)]  # more than the workers
        pool.renew()
        assert all(future.done() for future in pending)  # run before the workers were replaced
        old = before | {future.result() for future in pending}
        assert _pids(pool).isdisjoint(old)


def test_a_pool_shut_down_runs_the_tasks_still_queued_first() -> None:
    pool = RenewablePool(1)
    busy = pool.submit(time.sleep, 0.2)
    queued = [pool.submit(int, "7") for _ in range(3)]
    pool.shutdown(wait=True)
    assert busy.done() and [future.result(timeout=0) for future in queued] == [7, 7, 7]


def test_a_pool_left_by_an_exception_cancels_the_tasks_still_queued() -> None:
    with pytest.raises(KeyboardInterrupt), RenewablePool(1) as pool:
        busy = pool.submit(time.sleep, 0.2)
        queued = [pool.submit(int, "7") for _ in range(3)]
        raise KeyboardInterrupt
    assert busy.done() and all(future.cancelled() for future in queued)


def test_a_failing_task_fails_its_future_and_the_queue_goes_on() -> None:
    with executor_for(2) as pool:
        assert isinstance(pool, RenewablePool)
        failing = pool.submit(int, "not a number")
        after = [pool.submit(int, "7") for _ in range(4)]
        with pytest.raises(ValueError):
            failing.result(timeout=60)
        assert [future.result(timeout=60) for future in after] == [7, 7, 7, 7]


def test_the_gate_renews_once_each_time_every_edition_has_come(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with executor_for(2) as pool:
        assert isinstance(pool, RenewablePool)
        renewed = []
        monkeypatch.setattr(pool, "renew", lambda: renewed.append(threading.current_thread()))
        gate = StageGate(pool, 2)
        passed = []

        def edition(name: str) -> None:
            for stage in ("figures", "joining"):
                # a stage of many tasks, as in a build: enough for 2 workers from each edition
                for _ in range(RENEW_AFTER_STAGE * 2):
                    pool.submit(int).result(timeout=60)
                gate.wait()
                passed.append((stage, name, len(renewed)))

        threads = [threading.Thread(target=edition, args=(n,)) for n in ("en", "vi")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert len(renewed) == 2
    assert sorted(passed) == [("figures", "en", 1), ("figures", "vi", 1),
                              ("joining", "en", 2), ("joining", "vi", 2)]  # fmt: skip


def test_after_a_stage_of_few_tasks_every_edition_passes_the_gate_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A watching rebuild after one changed value runs a few tasks per stage: an edition
    whose documents are laid out joins its briefing without waiting for the other's."""
    with executor_for(2) as pool:
        assert isinstance(pool, RenewablePool)
        renewed: list[bool] = []
        monkeypatch.setattr(pool, "renew", lambda: renewed.append(True))
        for _ in range(3):
            pool.submit(int).result(timeout=60)
        gate = StageGate(pool, 2)
        alone = threading.Thread(target=lambda: (gate.wait(), gate.wait()), daemon=True)
        alone.start()  # the other edition never comes
        alone.join(timeout=10)
        assert not alone.is_alive(), "the edition waited at a gate after a stage of few tasks"
        gate.wait()  # the other edition comes late, and passes the same way
        gate.wait()
    assert renewed == []


def test_many_small_stages_wear_the_workers_out_in_the_end() -> None:
    with executor_for(2) as pool:
        assert isinstance(pool, RenewablePool)
        decisions = []
        for _ in range(RENEW_AFTER):  # stages of 2 tasks for 2 workers, as in watching rebuilds
            for _ in range(2):
                pool.submit(int).result(timeout=60)
            decisions.append(pool.worn())
    # the workers are worn once they have run RENEW_AFTER tasks each
    assert decisions.index(True) == RENEW_AFTER - 1


def test_an_edition_that_fails_lets_the_others_pass_without_renewing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with executor_for(2) as pool:
        assert isinstance(pool, RenewablePool)
        renewed: list[bool] = []
        monkeypatch.setattr(pool, "renew", lambda: renewed.append(True))
        gate = StageGate(pool, 2)
        waiting = threading.Thread(target=lambda: (gate.wait(), gate.wait()))
        waiting.start()
        time.sleep(0.1)
        gate.open()  # the other edition failed before its gate
        waiting.join(timeout=30)
        assert not waiting.is_alive()
        gate.wait()  # and a gate once open stays open
    assert renewed == []


def test_without_a_pool_the_gate_does_not_wait() -> None:
    gate = StageGate(SerialExecutor(), 2)

    def alone() -> None:  # one edition alone at a gate for two: no waiting, no renewal
        gate.wait()
        gate.open()
        gate.wait()

    edition = threading.Thread(target=alone, daemon=True)
    edition.start()
    edition.join(timeout=10)
    assert not edition.is_alive(), "the gate waited for an edition that never comes"


@pytest.mark.slow
def test_an_edition_failing_before_its_gate_does_not_hold_up_the_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = load_config(real_project(
        tmp_path,
        '[briefing]\ntitle = "Gates"\nperiod = "2025-9M"\nlanguages = ["en", "vi"]\n'
        'provinces = ["Cao Bằng"]\n[sources]\ntables = ["sources/tables/*.csv"]\n',
    ))  # fmt: skip
    made = briefings.pipeline.build_language

    def vi_fails(*args: Any, **kwargs: Any) -> Any:
        if "vi" in args:
            raise RuntimeError("vi failed")
        return made(*args, **kwargs)

    monkeypatch.setattr(briefings.pipeline, "build_language", vi_fails)
    outcome: list[BaseException | None] = []

    def build() -> None:
        with executor_for(2) as pool:
            try:
                briefings.pipeline.build(config, executor=pool)
            except RuntimeError as error:
                outcome.append(error)

    builder = threading.Thread(target=build, daemon=True)
    builder.start()
    builder.join(timeout=300)
    assert not builder.is_alive(), "the English edition waited at a gate for the failed one"
    assert [str(error) for error in outcome] == ["vi failed"]
    assert (tmp_path / "reports" / "2025-9M" / "briefing.pdf").is_file()


@pytest.mark.slow
def test_workers_leave_no_fonts_in_the_temporary_directory(tmp_path: Path) -> None:
    """WeasyPrint copies the ``@font-face`` fonts to a temporary folder per process; each
    worker of each stage must delete its own when it ends."""
    config = real_project(
        tmp_path,
        '[briefing]\ntitle = "Temporary"\nperiod = "2025-9M"\nlanguages = ["en", "vi"]\n'
        'provinces = ["Cao Bằng"]\n[sources]\ntables = ["sources/tables/*.csv"]\n',
    )
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    command = [sys.executable, "-m", "briefings", "build", "--config", str(config), "-q"]
    environment = os.environ | {"TMPDIR": str(temporary)}
    subprocess.run([*command, "--jobs", "2"], check=True, env=environment, cwd=tmp_path)
    assert (tmp_path / "reports" / "2025-9M-vi" / "briefing.pdf").is_file()
    assert sorted(p.name for p in temporary.iterdir()) == []
