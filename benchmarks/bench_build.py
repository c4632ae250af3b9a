"""Benchmark whole builds against the floor of their own libraries (issue 13).

Run with `nox -s bench` (or `python benchmarks/bench_build.py [--editions default,all]`).
For the default edition and for all 34 provinces (both languages), in a scratch copy of the
project, it prints:

- the build's wall time (`briefings build`, a fresh process, every core, empty cache);
- the floor: WeasyPrint rendering each HTML file the build wrote, plus drawing the same
  figures, divided by the cores, plus one import of the libraries; and the ratio to it;
- the no-op rebuild's time, and the time of a rebuild after one changed value, beside the
  least it could take: the work it redid (its tasks' times, from its `-v` log) spread on the
  cores, plus one import;
- the same change in a process kept warm by `briefings build --watch` (from the file written
  to the watcher's next "watching" line: its polling is counted);
- peak memory of the build: the sum over the build's process and its workers, as RSS (shared
  pages counted in each process) and as PSS (shared pages split between them).

Targets: all provinces ≤ 1.3× the floor; no-op < 1 s; one change ≤ 1/20 of a build; peak
≤ 300 MiB for 34 provinces. Numbers are for this machine; nothing here is a test.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMPORTS = "import briefings.pipeline, briefings.build.parallel, weasyprint, matplotlib.figure"


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process under it; one that ends while being read is left out (the
    first full Dask commune run lost its sampler to a worker that ended mid-listing)."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        try:
            threads = list(Path(f"/proc/{current}/task").iterdir())
        except OSError:
            continue
        for thread in threads:
            try:
                queue += [int(child) for child in (thread / "children").read_text().split()]
            except OSError:
                continue
    return found


POLL = 0.02  # seconds between RSS readings
PSS_EVERY = 0.25  # seconds between PSS readings


class PeakMemory:
    """Peak RSS and PSS, each summed over a process and its descendants.

    RSS comes from ``/proc/<pid>/status`` (0.04 ms a read); PSS needs ``smaps_rollup``, which
    walks the page tables (about 4 ms a read for a 175 MiB worker): read every POLL for three
    processes it took over half a core from the build it measured, so it is read every
    PSS_EVERY only. A layout that peaks lasts longer than that.
    """

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.rss = self.pss = 0  # KiB
        self._pss_read = 0.0

    def sample(self) -> None:
        processes = _descendants(self.pid)
        self.rss = max(self.rss, sum(_field(p, "status", "VmRSS:") for p in processes))
        now = time.monotonic()
        if now - self._pss_read >= PSS_EVERY:
            self._pss_read = now
            self.pss = max(self.pss, sum(_field(p, "smaps_rollup", "Pss:") for p in processes))


def _field(pid: int, name: str, key: str) -> int:
    """A KiB field of ``/proc/<pid>/<name>``; 0 for a process that has gone."""
    try:
        for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_build(config: Path, *flags: str) -> tuple[float, int, int, str, str]:
    """(wall seconds, peak RSS MiB, peak PSS MiB, stdout, stderr) of one `briefings build`."""
    command = [sys.executable, "-m", "briefings", *flags, "build", "--config", str(config), "-q"]
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=err, text=True, cwd=config.parent
        )
        peak = PeakMemory(process.pid)
        while process.poll() is None:
            peak.sample()
            time.sleep(POLL)
        wall = time.perf_counter() - start
        out = process.stdout.read() if process.stdout else ""
        err.seek(0)
        said = err.read()
    if process.returncode != 0:
        raise SystemExit(f"build failed ({process.returncode}): {' '.join(command)}\n{said}")
    return wall, peak.rss // 1024, peak.pss // 1024, out, said


_TASK_LINE = re.compile(r"INFO: task .+ \(\w+\): (?P<seconds>[\d.]+) s$", re.M)


def task_seconds(log: str) -> list[float]:
    """The time of each task a build ran, from its ``-v`` log."""
    return [float(m["seconds"]) for m in _TASK_LINE.finditer(log)]


def import_seconds() -> float:
    """One fresh process importing the pipeline, WeasyPrint and matplotlib."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", IMPORTS], check=True)
    return time.perf_counter() - start


def floor_work(config_path: Path) -> tuple[float, float, int, int]:
    """(seconds rendering every HTML the build wrote, seconds drawing its figures, documents,
    figures), all in this one process, one after another."""
    from weasyprint import HTML

    from briefings.config import load_config
    from briefings.pipeline import build_sheets, prepare
    from briefings.present.charts import use_font
    from briefings.present.figures import draw_figures
    from briefings.present.i18n import use_language

    config = load_config(config_path)
    htmls = sorted(config.reports_dir.glob("*/*.html"))
    with tempfile.TemporaryDirectory() as scratch:
        start = time.perf_counter()
        for html in htmls:
            HTML(filename=str(html), base_url=str(html.parent) + "/").write_pdf(
                Path(scratch) / "out.pdf", full_fonts=True, pdf_variant="pdf/a-3a"
            )
        render = time.perf_counter() - start
        prepared = prepare(config)
        sheets = build_sheets(prepared)
        use_font(config.templates / "fonts")
        start = time.perf_counter()
        figures = 0
        indicators = prepared.selection.indicators
        for language in config.languages:
            with use_language(language):
                drawn = draw_figures(sheets, indicators, Path(scratch) / language)
                figures += len(drawn.all())
        draw = time.perf_counter() - start
    return render, draw, len(htmls), figures


def change_one_value(root: Path, config_path: Path) -> str:
    """Nudge one published growth rate of the edition's first province in its period."""
    from briefings.config import load_config
    from briefings.pipeline import prepare

    prepared = prepare(load_config(config_path))
    slug = prepared.selection.provinces[0].slug
    period = prepared.selection.period.label
    row = re.compile(rf"^({re.escape(slug)},[a-z0-9]+,{period},grdp,yoy_pct,)([0-9.]+)", re.M)
    for table in sorted((root / "sources" / "tables").glob("*.csv")):
        text = table.read_text(encoding="utf-8")
        if row.search(text):
            table.write_text(
                row.sub(lambda m: f"{m[1]}{float(m[2]) + 0.01:.2f}", text, count=1),
                encoding="utf-8",
            )
            return f"{slug} {period} GRDP growth in {table.name}"
    raise SystemExit(f"no GRDP growth row of {slug} in {period} to change")


def watched_change(root: Path, config: Path) -> tuple[float, str]:
    """(seconds, what changed) of one changed value built by a watching process: from the
    file written to the watcher's next "watching" line."""
    command = [sys.executable, "-m", "briefings", "build", "--watch", "-q", "--config", str(config)]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=root,
        start_new_session=True, env=os.environ | {"PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    assert process.stderr is not None

    def until_watching() -> None:
        for line in process.stderr:  # type: ignore[union-attr]
            if "error" in line:
                raise SystemExit(f"the watching build failed: {line}")
            if "watching" in line:
                return
        raise SystemExit("the watching build ended")

    try:
        until_watching()
        what = change_one_value(root, config)
        start = time.perf_counter()
        until_watching()
        return time.perf_counter() - start, what
    finally:
        os.killpg(process.pid, signal.SIGINT)  # as Ctrl-C would
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:  # started where SIGINT is ignored (a background job)
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)


def bench(name: str, provinces: str | None, cores: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        for folder in ("templates", "sources"):
            shutil.copytree(ROOT / folder, root / folder)
        text = (ROOT / "briefings.toml").read_text(encoding="utf-8")
        if provinces is not None:
            text = re.sub(r"provinces = \[.*?\]", f"provinces = {provinces}", text, flags=re.S)
        config = root / "briefings.toml"
        config.write_text(text, encoding="utf-8")

        wall, rss, pss, _, _ = run_build(config)
        render, draw, documents, figures = floor_work(config)
        imports = import_seconds()
        floor = (render + draw) / cores + imports
        noop, _, _, said, _ = run_build(config)
        assert said.startswith("up to date"), said
        what = change_one_value(root, config)
        one, _, _, _, log = run_build(config, "-v")
        redone = task_seconds(log)
        least = sum(redone) / cores + imports
        watched, watched_what = watched_change(root, config)
        print(f"== {name}: {documents} documents, {figures} figures, {cores} cores")
        print(f"build (fresh process, empty cache): {wall:.2f} s")
        print(
            f"floor: (render {render:.2f} s + draw {draw:.2f} s) / {cores} + import "
            f"{imports:.2f} s = {floor:.2f} s; build / floor = {wall / floor:.2f}x"
        )
        print(f"no-op rebuild: {noop:.2f} s")
        print(f"one changed value ({what}): {one:.2f} s = 1/{wall / one:.1f} of a build")
        print(
            f"  it redid {len(redone)} tasks, {sum(redone):.2f} s of work: spread on {cores} cores"
            f" + import = {least:.2f} s = 1/{wall / least:.1f} of a build at the least"
        )
        print(
            f"one changed value in a watching process ({watched_what}): {watched:.2f} s"
            f" = 1/{wall / watched:.1f} of a build"
        )
        print(f"peak memory, build + workers: {rss} MiB RSS, {pss} MiB PSS")


def main() -> None:
    from briefings.build.cores import default_jobs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editions", default="default,all", help="default, all, or both")
    chosen = parser.parse_args().editions.split(",")
    for name, provinces in (("default edition", None), ("all provinces", '"all"')):
        if name.split()[0] in chosen:
            bench(name, provinces, default_jobs())


if __name__ == "__main__":
    main()
