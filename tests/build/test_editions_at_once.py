"""On a pool, the editions of every language are made at once, and the tasks that take most
memory (the sources part, the joining) never run two at a time."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from briefings.build.briefing import one_heavy_task_at_a_time
from briefings.build.parallel import SerialExecutor, for_each_language


def test_on_a_pool_the_languages_are_built_at_once_and_returned_in_order() -> None:
    both_started = threading.Barrier(2, timeout=5)  # broken if one language waited on the other

    def build(language: str) -> str:
        both_started.wait()
        return f"edition {language}"

    with ThreadPoolExecutor(2) as pool:
        assert for_each_language(pool, ["en", "vi"], build) == ["edition en", "edition vi"]


def test_one_process_builds_one_language_after_another() -> None:
    running: list[str] = []
    overlapped = []

    def build(language: str) -> str:
        overlapped.append(bool(running))
        running.append(language)
        time.sleep(0.01)
        running.remove(language)
        return language

    assert for_each_language(SerialExecutor(), ["en", "vi"], build) == ["en", "vi"]
    assert overlapped == [False, False]


def test_every_edition_is_built_and_the_first_languages_error_is_raised() -> None:
    built = []

    def build(language: str) -> str:
        if language != "fr":
            raise ValueError(f"{language} failed")
        built.append(language)
        return language

    with ThreadPoolExecutor(3) as pool, pytest.raises(ValueError, match="en failed"):
        for_each_language(pool, ["en", "fr", "vi"], build)
    assert built == ["fr"]


def test_heavy_tasks_run_one_at_a_time_while_light_ones_go_on() -> None:
    lock = threading.Lock()
    running = {"heavy": 0, "light": 0}
    most = {"heavy": 0, "light": 0}

    def work(kind: str) -> str:
        with lock:
            running[kind] += 1
            most[kind] = max(most[kind], running[kind])
        time.sleep(0.05)
        with lock:
            running[kind] -= 1
        return kind

    with ThreadPoolExecutor(4) as pool:
        alone = one_heavy_task_at_a_time(pool.submit)
        # Two editions' threads each hand out a heavy task and two light ones.
        with ThreadPoolExecutor(2) as editions:
            handed = [
                editions.submit(
                    lambda: [
                        alone(work, "heavy"),
                        pool.submit(work, "light"),
                        pool.submit(work, "light"),
                    ]
                )
                for _ in range(2)
            ]
            futures = [f for h in handed for f in h.result()]
        assert sorted(f.result() for f in futures) == ["heavy"] * 2 + ["light"] * 4
    assert most["heavy"] == 1  # never two at once
    assert most["light"] >= 2  # the light tasks were not held back with them


def test_a_heavy_task_that_cannot_be_handed_out_frees_its_turn() -> None:
    def refuse(*args: object) -> object:
        raise RuntimeError("pool shut down")

    with pytest.raises(RuntimeError):
        one_heavy_task_at_a_time(refuse)(print)  # type: ignore[arg-type]
    with ThreadPoolExecutor(1) as pool:  # the next heavy task is not kept waiting
        assert one_heavy_task_at_a_time(pool.submit)(int, "7").result(timeout=5) == 7
