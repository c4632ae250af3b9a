"""Between the figures and the documents, and before the joining, a pool's workers are
replaced by fresh ones: the editions made at once wait for each other at a gate first."""

from __future__ import annotations

import os
import threading
import time

import pytest

from briefings.build.parallel import RenewablePool, SerialExecutor, StageGate, executor_for


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
    gate.wait()  # one edition alone at a gate for two: no waiting, no renewal
    gate.open()
    gate.wait()
