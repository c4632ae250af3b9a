"""Benchmark: extraction time grows linearly with the length of hostile text.

Run ``python benchmarks/bench_hostile.py``. For each kind of pathological text (runs of dots,
digits and separators, brackets, whitespace, repeated indicator names, mixed scripts) it times
extraction on 10 kB and on 100 kB. Linear time gives a ratio near 10; a regex that backtracks
quadratically gives 100 or more. Exit 1 when any ratio exceeds 25, naming the kind.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from briefings.domain.periods import Period
from briefings.extraction import ArticleMeta, extract_facts

UNITS = {
    "dots": ".",
    "marks": "!?",
    "semicolons": ";",
    "spaces": " ",
    "tabs and newlines": "\t \n",
    "digits": "1",
    "digits and points": "1.",
    "digits and commas": "12,",
    "grouped thousands": "1 000 ",
    "minus signs": "-1",
    "open brackets": "(",
    "close brackets": ")]",
    "percent signs": "5% ",
    "indicator names": "GRDP ",
    "indicator and verb": "GRDP increased by ",
    "qualifiers": "over nearly about khoảng ",
    "Vietnamese growth": "tăng trưởng kinh tế tăng ",
    "province names": "Cao Bằng, Hải Phòng và ",
    "period phrases": "in the first 6 months of ",
    "mixed scripts": "Tăng 3,5% 增长 рост ",
    "quotes": "\"'”’)",
    "heading lines": "Revenue\n",
    "semicolons in a bracket": "(GRDP 5%; ",
    "a total's parts": "This total includes FDI 5%, ",
    "investor countries": "Singapore FDI US$5 billion, ",
    "revenue after visitors": "2 million visitors, revenue reached 5%, ",
    "shares between figures": "FDI US$5 billion, chiếm 5% tổng vốn, tăng 5%",
}
# One long structure rather than a repeated unit: a long gap inside one sentence.
SHAPES: dict[str, Callable[[int], str]] = {
    "long gap in a sentence": lambda n: "GRDP" + " " * n + "x GRDP increased by 5%.",
    "long gap before a figure": lambda n: "GRDP increased by" + " " * n + "5%.",
    "nested brackets": lambda n: "(" * (n // 2) + "GRDP 5%" + ")" * (n // 2),
    "one long number": lambda n: "GRDP reached " + "9" * n + " billion USD.",
}
SIZES = (10_000, 100_000)
LIMIT = 25.0


def _time(text: str, metas: tuple[ArticleMeta, ...]) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        for meta in metas:
            extract_facts(text, meta)
        best = min(best, time.perf_counter() - started)
    return best


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def main() -> int:
    metas = (
        ArticleMeta("hostile.txt", province="cao-bang", period=Period.parse("2025-9M")),
        ArticleMeta("hostile.txt", url="https://baocaobang.vn/x.html"),
    )
    extract_facts("warm up", metas[0])
    worst = 0.0
    failed = []
    print(f"{'text':<22}{'10 kB':>9}{'100 kB':>9}{'ratio':>8}")
    makers = {name: _repeat(unit) for name, unit in UNITS.items()} | SHAPES
    for name, make in makers.items():
        times = [_time(make(size), metas) for size in SIZES]
        ratio = times[1] / max(times[0], 1e-4)
        worst = max(worst, ratio)
        if ratio > LIMIT:
            failed.append(name)
        print(f"{name:<22}{times[0]:>8.3f}s{times[1]:>8.3f}s{ratio:>8.1f}")
    print(f"worst ratio {worst:.1f} (linear: about 10; limit {LIMIT:g})")
    if failed:
        print(f"not linear: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
