"""Build again whenever an input changes, in one process that stays warm (``build --watch``).

A build in a fresh process spends about 2 s importing pandas, matplotlib and WeasyPrint
before its first task; a process that stays gives an analyst who corrects a value or a
template the next edition in the time the change itself needs. The inputs watched are those
of the build key (the configuration, the sources and their sidecars, reviewed decisions,
templates and fonts), polled by their size and modification time ten times a second (a poll
takes about a millisecond for 34 provinces; a file-system notification library would be one
more dependency for that). A change is built once a second look, 20 ms after it was seen,
finds the inputs alike: a save caught halfway, a table truncated and not yet written, was
built and then built again. A save so waits 0.07 s on average before its build starts (0.15 s
when the second look waited a whole poll). An edit that leaves both size and time as they were
is seen at the next change; what a build reads is keyed by content.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from briefings.build.cache import configured_inputs
from briefings.config import load_config
from briefings.errors import BriefingError

POLL_SECONDS = 0.1
SETTLE_SECONDS = 0.02  # from a change seen to the second look that finds it settled
State = tuple[tuple[str, int, int], ...]  # (path, size, modification time in ns) of each input


def input_state(config_path: Path) -> State:
    """What the build reads, as sizes and modification times: it changes when an input does.

    A configuration that cannot be read (being edited, or wrong) is watched alone: once it is
    fixed, its state changes and the next build says what is still wrong, if anything.
    """
    try:
        paths = [config_path, *configured_inputs(load_config(config_path))]
    except BriefingError:
        paths = [config_path]
    state = []
    for path in sorted(set(paths)):
        try:
            found = path.stat()
        except OSError:
            state.append((str(path), -1, -1))  # gone: coming back is a change too
            continue
        state.append((str(path), found.st_size, found.st_mtime_ns))
    return tuple(state)


def watch(
    build_once: Callable[[], None],
    state: Callable[[], State],
    wait: Callable[[], bool],
    settle: Callable[[], bool] | None = None,
) -> int:
    """Build, then build again each time ``state`` changes and settles (reads the same at
    two calls in a row), until ``wait`` (or ``settle``, the shorter wait after a change was
    seen) says stop; return the number of builds.

    The state is read before each build, so an input saved during a build is built next.
    ``build_once`` reports its own errors: a mistake in an input stops one build, not the
    watching (the analyst fixes the file, and the next build follows).
    """
    seen = settled = state()
    build_once()
    builds = 1
    pause = wait
    while pause():
        now = state()
        if now != settled:  # still being written, perhaps: look again shortly
            settled = now
            pause = settle or wait
            continue
        pause = wait
        if now != seen:
            seen = now
            build_once()
            builds += 1
    return builds


def poll(seconds: float = POLL_SECONDS) -> bool:
    """Wait one polling interval; always go on (Ctrl-C ends the watching)."""
    time.sleep(seconds)
    return True
