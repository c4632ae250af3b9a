"""Benchmark: figures in the PDF as SVG (as now) or as PNG at print resolution (issue 13).

Run with `nox -s bench` (or `python benchmarks/bench_figures.py`). Builds the default
edition's English half once in a scratch copy of the project, then for the same figures and
the same HTML prints: the time to save each figure as SVG vs as PNG at 300 dpi, the time
WeasyPrint takes to lay out and paint every document with either, and the PDFs' total size.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PRINT_DPI = 300


def main() -> None:
    from weasyprint import HTML

    import briefings.present.comparison_chart as comparison_chart
    import briefings.present.trend_charts as trend_charts
    from briefings.config import load_config
    from briefings.pipeline import build
    from briefings.present import charts

    saved = {"svg": 0.0, "png": 0.0}
    original = charts.save_chart

    def timed_save(figure: Any, out_dir: Path, name: str, *args: Any, **kwargs: Any) -> Any:
        chart = original(figure, out_dir, name, *args, **kwargs)
        for kind, target, options in (
            ("svg", out_dir / f"{name}-timed.svg", {"metadata": charts.SVG_METADATA}),
            ("png", out_dir / f"{name}-{PRINT_DPI}.png",
             {"metadata": charts.PNG_METADATA, "dpi": PRINT_DPI}),
        ):  # fmt: skip
            start = time.perf_counter()
            figure.savefig(target, **options)
            saved[kind] += time.perf_counter() - start
        return chart

    for module in (trend_charts, comparison_chart):
        module.save_chart = timed_save  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        for folder in ("templates", "sources"):
            shutil.copytree(ROOT / folder, root / folder)
        shutil.copy(ROOT / "briefings.toml", root / "briefings.toml")
        config = load_config(root / "briefings.toml").with_overrides(languages=["en"])
        (result,) = build(config)
        figures = len(list(result.figures.rglob("*-timed.svg")))
        htmls = sorted(result.reports.glob("*.html"))
        painted: dict[str, float] = {}
        size: dict[str, int] = {}
        for kind in ("svg", "png"):
            start, total = time.perf_counter(), 0
            for html in htmls:
                text = html.read_text(encoding="utf-8")
                if kind == "png":
                    text = text.replace('.svg"', f'-{PRINT_DPI}.png"')
                target = root / f"{html.stem}-{kind}.pdf"
                HTML(string=text, base_url=str(html.parent) + "/").write_pdf(
                    target, full_fonts=True, pdf_variant="pdf/a-3a"
                )
                total += target.stat().st_size
            painted[kind], size[kind] = time.perf_counter() - start, total
    print(f"== figures: {figures} figures, {len(htmls)} documents (default edition, English)")
    print(f"save: SVG {saved['svg']:.2f} s, PNG at {PRINT_DPI} dpi {saved['png']:.2f} s")
    for kind, label in (("svg", "SVG"), ("png", f"PNG {PRINT_DPI} dpi")):
        print(
            f"documents with {label}: laid out and painted in {painted[kind]:.2f} s, "
            f"{size[kind] / 2**20:.1f} MiB of PDF"
        )


if __name__ == "__main__":
    main()
