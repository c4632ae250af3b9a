"""Benchmark a whole build of the default edition: wall time per stage and peak memory.

Run with `nox -s bench` (or `python benchmarks/bench_build.py`). Prints one line per
measurement; numbers are for this machine, take the median of the repeats.
"""

from __future__ import annotations

import resource
import statistics
import tempfile
import time
from pathlib import Path

from briefings.config import load_config
from briefings.facts.conflicts import resolve_conflicts
from briefings.pipeline import build, load_sources

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 3


def _median_seconds(action: object, repeats: int = REPEATS) -> float:
    assert callable(action)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    config = load_config(ROOT / "briefings.toml")
    load = _median_seconds(lambda: load_sources(config))
    facts = load_sources(config).facts
    conflicts = _median_seconds(lambda: resolve_conflicts(facts))
    with tempfile.TemporaryDirectory() as scratch:
        out = config.with_overrides(out=Path(scratch))
        whole = _median_seconds(lambda: build(out))  # every configured language
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"load sources ({len(facts)} facts): {load * 1000:.0f} ms")
    print(f"conflict rule: {conflicts * 1000:.1f} ms")
    print(f"whole default build (9 PDFs, figures, manifest): {whole:.2f} s")
    print(f"peak resident memory: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
