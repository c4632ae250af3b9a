"""Benchmark at commune scale: fact sheets of SYNTHETIC communes, each drawn and rendered as
the build does a province's (its trend figures, then its PDF), on every core (issue 13).

The values are synthetic: the default edition's real province sheets, copied under invented
commune names marked "(synthetic)" with every trend value scaled by a random factor. Nothing
here describes a real commune. Run ``python benchmarks/bench_communes.py --sheets 100 300``
(the default) or ``--sheets 3321`` for all of Vietnam's communes since July 2025, with
``--executor dask`` on a Dask LocalCluster of ``--jobs`` workers; prints, per size, the wall
time, the time per sheet and the peak memory of this process and its workers (the cluster's
scheduler and worker processes included).
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import random
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from bench_build import POLL, PeakMemory

from briefings.build.cores import default_jobs
from briefings.build.parallel import executor_for, task
from briefings.config import load_config
from briefings.facts.model import FactSheet
from briefings.facts.trends import series_id
from briefings.pipeline import build_sheets, prepare
from briefings.present.figures import sheet_figures
from briefings.present.render import Document, Provenance, document_html, document_pdf
from briefings.present.render import make_renderer as renderer_for

ROOT = Path(__file__).resolve().parents[1]
COMMUNES = 3321  # communes and wards of the 34 units since 1 July 2025
BATCH = 250  # sheets per set of worker processes


def synthetic_communes(sheets: list[FactSheet], count: int) -> Iterator[FactSheet]:
    """``count`` sheets of invented communes with scaled values, marked synthetic; made one
    at a time, so that all of them are never in memory at once."""
    chance = random.Random(13)
    for number in range(count):
        base = sheets[number % len(sheets)]
        trends = base.trends.copy()
        trends["value"] = trends["value"] * chance.uniform(0.5, 1.5)
        commune = dataclasses.replace(
            base.province,
            slug=f"synthetic-commune-{number:04d}",
            name_vi=f"Xã {number:04d} (synthetic)",
            name_en=f"Commune {number:04d} (synthetic)",
        )
        own = trends["series"] == series_id(base.province)
        trends.loc[own, "series"] = series_id(commune)
        yield dataclasses.replace(base, province=commune, trends=trends)


def one_sheet(
    sheet: FactSheet, indicators: tuple[str, ...], figures: Path, renderer: object
) -> int:
    """Draw a commune's figures and render its fact sheet; return the PDF's size."""
    from briefings.present.figures import EditionFigures

    charts, notes = sheet_figures(sheet, indicators, figures)
    slug = sheet.province.slug
    drawn = EditionFigures({slug: charts}, [], {slug: notes})
    document = Document(slug, f"{sheet.province.name_vi}: SYNTHETIC VALUES", (sheet,), False)
    html = document_html(renderer, document, drawn)  # type: ignore[arg-type]
    pdf = document_pdf(renderer, slug, html, b"synthetic", [figures / slug])  # type: ignore[arg-type]
    size = pdf.stat().st_size
    pdf.unlink()  # keep the disk small: the time and memory are what is measured
    shutil.rmtree(figures / slug, ignore_errors=True)
    return size


def measure(count: int, jobs: int, kind: str) -> None:
    config = load_config(ROOT / "briefings.toml")
    prepared = prepare(config)
    communes = synthetic_communes(build_sheets(prepared), count)
    indicators = prepared.selection.indicators
    with tempfile.TemporaryDirectory() as scratch:
        out, figures = Path(scratch) / "reports", Path(scratch) / "figures"
        out.mkdir()
        provenance = Provenance("2025-12-31", "synthetic", None)
        renderer = renderer_for(config.templates, out, provenance)
        peak = PeakMemory(os.getpid())
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak.sample()
                time.sleep(POLL)

        sampler = threading.Thread(target=sample, daemon=True)
        fonts = config.templates / "fonts"
        sampler.start()
        start = time.perf_counter()
        size = 0
        # Batches on fresh workers: a worker process that renders thousands of documents keeps
        # a little of each (font and layout caches of the C libraries, about 0.4 MiB a
        # sheet); starting new workers every BATCH sheets bounds that, at the cost of a start.
        done_sheets = 0
        while batch := list(itertools.islice(communes, BATCH)):
            began = time.perf_counter()
            with executor_for(jobs, kind) as executor:
                futures = [
                    executor.submit(
                        task, "en", fonts, one_sheet, sheet, indicators, figures, renderer
                    )
                    for sheet in batch
                ]
                size += sum(future.result() for future in futures)
            done_sheets += len(batch)
            took = time.perf_counter() - began
            print(  # how the time per sheet and the memory move as the run goes on
                f"  sheets {done_sheets - len(batch) + 1}-{done_sheets}: "
                f"{took / len(batch) * 1000:.0f} ms per sheet (workers started included), "
                f"peak so far {peak.rss // 1024} MiB RSS, {peak.pss // 1024} MiB PSS",
                flush=True,
            )
        wall = time.perf_counter() - start
        done.set()
    print(
        f"{count} synthetic commune sheets, {jobs} {kind} workers: {wall:.1f} s, "
        f"{wall / count * 1000:.0f} ms per sheet, {size / count / 1024:.0f} KiB per PDF, "
        f"peak {peak.rss // 1024} MiB RSS, {peak.pss // 1024} MiB PSS (this process + workers)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheets", type=int, nargs="+", default=[40, 120])
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--executor", choices=("processes", "dask"), default="processes")
    arguments = parser.parse_args()
    print("== commune scale (SYNTHETIC values; all communes: --sheets 3321)")
    for count in arguments.sheets:
        measure(count, arguments.jobs, arguments.executor)


if __name__ == "__main__":
    main()
