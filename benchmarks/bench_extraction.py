"""Benchmark: articles per second and peak memory of fact extraction on real-length reports.

Run ``python benchmarks/bench_extraction.py``. The main measure uses synthetic ~10 kB reports:
sentences in the style of provincial conference reports with varied, invented figures, padded
with the procedural prose that makes up most of a real report (and denser in figures than
real ones). When present, the same measure runs on the three real ~10 kB conference reports
of the development corpus and on the development split of the extraction dev set (real news
articles, but truncated to about 2 kB; the spent split is left out, so the figure stays
comparable with earlier runs).
"""

from __future__ import annotations

import csv
import random
import tempfile
import time
import tracemalloc
from pathlib import Path

from briefings.extraction import ArticleMeta, extract_facts

FIGURES = (
    "In the first 6 months of 2025, the economic growth rate is estimated at {p}%, ranking {r}th"
    " out of 63 provinces and cities.",
    "Total state budget revenue reached VND {m} billion, equal to {p}% of the estimate, up {p}%"
    " over the same period.",
    "Total import-export turnover reached over {m} million USD, an increase of {p}% over the same"
    " period last year, exceeding {p}% of the plan.",
    "Total tourist arrivals increased by {p}%, total tourism revenue increased by {p}%.",
    "Total retail sales of goods and consumer services reached {m} billion VND, up {p}%.",
    "The index of industrial production (IIP) increased by {p}%.",
)
PROSE = (
    "The Provincial Party Committee focused on leading and directing localities and units to"
    " promote the spirit of initiative, creativity and determination to implement Resolution"
    " No. 18-NQ/TW dated October 25, 2017 for the 2025-2030 term. The conference received {n}"
    " comments from delegates; the {n}th Conference approved the reports unanimously."
)


def make_report(rng: random.Random, size: int = 10_000) -> str:
    """A synthetic report of about ``size`` characters with varied figures."""
    parts = ["Bac Kan province held its conference on the first 6 months of 2025."]
    while sum(len(p) for p in parts) < size:
        # Real reports are mostly procedure: about one paragraph in six carries figures.
        template = rng.choice(FIGURES) if rng.random() < 0.18 else PROSE
        parts.append(
            template.format(
                p=f"{rng.uniform(1, 99):.2f}",
                m=f"{rng.randint(1, 99):,}{rng.randint(100, 999)}",
                r=rng.randint(4, 20),
                n=rng.randint(2, 60),
            )
        )
    parts.append("Source: https://baobackan.vn/synthetic-benchmark.html")
    return "\n".join(parts)


def main() -> None:
    rng = random.Random(20250701)
    reports = [make_report(rng) for _ in range(50)]
    meta = ArticleMeta("bench.txt")
    extract_facts(reports[0], meta)  # warm up: compile regexes, load the geography
    rounds = 8
    facts = 0
    started = time.perf_counter()
    for _ in range(rounds):
        for report in reports:
            facts += len(extract_facts(report, meta).candidates)
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    for report in reports:
        extract_facts(report, meta)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    count = rounds * len(reports)
    size = sum(map(len, reports)) / len(reports)
    print(
        f"{count} articles of {size / 1000:.1f} kB in {elapsed:.2f} s: "
        f"{count / elapsed:.0f} articles/s, {facts / count:.1f} facts per article"
    )
    print(f"peak traced memory while extracting: {peak / 1e6:.2f} MB")
    _bench_files(reports)
    _bench_corpus(meta)
    _bench_devset()


def _bench_files(reports: list[str]) -> None:
    """The same reports as files, read as ``briefings extract FOLDER`` reads them: in this one
    process, then spread on every core (the pool started afresh for each folder)."""
    from briefings.build.cores import default_jobs
    from briefings.sources.articles import load_articles

    rounds = 8
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for number, report in enumerate(reports):
            (folder / f"report-{number:02d}.txt").write_text(report, encoding="utf-8")
        for jobs in sorted({1, default_jobs()}):
            started = time.perf_counter()
            for _ in range(rounds):
                load_articles([folder], root=folder, jobs=jobs)
            elapsed = time.perf_counter() - started
            print(
                f"as files, {len(reports)} a folder, {jobs} process(es): "
                f"{rounds * len(reports) / elapsed:.0f} articles/s"
            )


def _bench_corpus(meta: ArticleMeta) -> None:
    """The same measure on the real reports of the development corpus, when present."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
    if not texts:
        return
    rounds = 100
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            extract_facts(text, meta)
    elapsed = time.perf_counter() - started
    size = sum(map(len, texts)) / len(texts)
    print(
        f"real corpus ({len(texts)} reports of {size / 1000:.1f} kB): "
        f"{rounds * len(texts) / elapsed:.0f} articles/s"
    )


def _bench_devset() -> None:
    """The development split of the extraction dev set, read as the loader reads it."""
    from briefings.extraction.document import read_document

    folder = Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction_devset"
    if not (folder / "texts").is_dir():
        return
    with (folder / "articles.csv").open(encoding="utf-8") as handle:
        dev = [row["article_id"] for row in csv.DictReader(handle) if row["split"] == "dev"]
    documents = []
    for article_id in dev:
        path = folder / "texts" / f"{article_id}.txt"
        document = read_document(path.read_text(encoding="utf-8"), suffix=".txt")
        meta = document.meta
        documents.append(
            (
                document.text,
                ArticleMeta(
                    path.name,
                    meta.get("url", ""),
                    meta.get("published", ""),
                    title=meta.get("title", ""),
                ),
            )
        )
    rounds = 20
    started = time.perf_counter()
    for _ in range(rounds):
        for text, meta in documents:
            extract_facts(text, meta)
    elapsed = time.perf_counter() - started
    size = sum(len(text) for text, _ in documents) / len(documents)
    print(
        f"dev-set articles ({len(documents)} real, truncated, {size / 1000:.1f} kB): "
        f"{rounds * len(documents) / elapsed:.0f} articles/s"
    )


if __name__ == "__main__":
    main()
