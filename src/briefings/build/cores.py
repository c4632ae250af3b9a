"""How many processes a command spreads its work over by default (a light import: commands
that need no drawing or rendering ask it without loading matplotlib or WeasyPrint)."""

from __future__ import annotations

import os


def default_jobs() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
