"""Write the comparison gallery: a self-contained folder a reviewer opens in a browser.

The folder holds ``index.html`` (from ``templates/gallery.html.j2`` beside this module: inline
CSS, relative links only, no network), every image
it shows, and ``summary.json`` for CI. It is rebuilt from scratch on each run and swapped in
whole, and every byte in it is deterministic, so two runs on the same inputs are identical.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined
from PIL import Image

from briefings.errors import ComparisonError
from briefings.files import replace_folder
from briefings.review.compare import (
    DEFAULT_TOLERANCE,
    Comparison,
    ComparisonSummary,
    Status,
    compare_folders,
    difference_image,
    load_rgb,
)

log = logging.getLogger(__name__)

_ROLES = ("approved", "current", "diff")
_CAPTIONS = {"approved": "approved", "current": "current", "diff": "difference"}
_MISSING = {
    "approved": "not in approved",
    "current": "not in current",
    "diff": "no difference: one side only",
}


@dataclass(frozen=True)
class ImageCell:
    """One column of a row: an image to show, or why there is none."""

    caption: str
    src: str | None
    width: int = 0
    height: int = 0
    missing: str = ""


@dataclass(frozen=True)
class Row:
    """One figure or page, as the reviewer sees it."""

    anchor: str
    name: str
    status: str
    rms_text: str
    note: str
    is_open: bool
    cells: tuple[ImageCell, ...]


@dataclass(frozen=True)
class Section:
    """Figures or PDF pages, with their counts by status."""

    anchor: str
    title: str
    counts: str
    empty: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class GalleryView:
    """Everything the template places; it computes nothing."""

    approved: str
    current: str
    tolerance: str
    verdict: str
    verdict_class: str
    sections: tuple[Section, ...]


def image_path(item: Comparison, role: str) -> str:
    """Where one of an item's images goes in the gallery, relative to its root.

    ``<kind>s/<name>.<role>.png`` keeps names readable and cannot collide, as the role
    suffixes are fixed.
    """
    base = item.name.removesuffix(".png") if item.kind == "figure" else item.name
    return f"{item.kind}s/{base}.{role}.png"


def _save_png(image: Image.Image, path: Path) -> None:
    # PIL writes no time chunk, so the same pixels always give the same bytes.
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, format="PNG")


def write_images(item: Comparison, root: Path) -> dict[str, Path]:
    """Copy an item's approved and current PNGs under ``root`` and draw its difference."""
    written = {}
    for role, source in (("approved", item.approved), ("current", item.current)):
        if source is not None:
            target = root / image_path(item, role)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            written[role] = target
    if item.approved is not None and item.current is not None:
        target = root / image_path(item, "diff")
        _save_png(difference_image(load_rgb(item.approved), load_rgb(item.current)), target)
        written["diff"] = target
    return written


def _cell(item: Comparison, role: str, written: dict[str, Path], root: Path) -> ImageCell:
    path = written.get(role)
    if path is None:
        return ImageCell(_CAPTIONS[role], None, missing=_MISSING[role])
    with Image.open(path) as image:
        width, height = image.size
    return ImageCell(_CAPTIONS[role], quote(path.relative_to(root).as_posix()), width, height)


def _row(index: int, item: Comparison, written: dict[str, Path], root: Path) -> Row:
    rms = "RMS —" if item.rms is None else f"RMS {item.rms:.3f}"
    return Row(
        anchor=f"{item.kind}-{index}",
        name=item.name,
        status=item.status.value,
        rms_text=rms,
        note=item.note,
        is_open=item.status is not Status.UNCHANGED,
        cells=tuple(_cell(item, role, written, root) for role in _ROLES),
    )


def _counts(items: tuple[Comparison, ...]) -> str:
    return ", ".join(
        f"{sum(item.status is status for item in items)} {status.value}" for status in Status
    )


def _section(title: str, anchor: str, items: tuple[Comparison, ...], root: Path) -> Section:
    rows = tuple(_row(i, item, write_images(item, root), root) for i, item in enumerate(items, 1))
    empty = f"No {title.lower()} on either side."
    return Section(anchor, title, _counts(items), empty, rows)


def build_view(summary: ComparisonSummary, root: Path, approved: str, current: str) -> GalleryView:
    """Write every image under ``root`` and describe the page that shows them."""
    everything = (*summary.figures, *summary.pages)
    if summary.has_changes:
        verdict, verdict_class = f"Needs review: {_counts(everything)}.", "review"
    else:
        verdict, verdict_class = f"Nothing changed: {_counts(everything)}.", "ok"
    return GalleryView(
        approved=approved,
        current=current,
        tolerance=f"RMS ≤ {summary.tolerance:g} on the 0–255 RGB scale counts as unchanged",
        verdict=verdict,
        verdict_class=verdict_class,
        sections=(
            _section("Figures", "figures", summary.figures, root),
            _section("PDF pages", "pages", summary.pages, root),
        ),
    )


def render_html(view: GalleryView) -> str:
    """Fill the gallery template; autoescaped, and strict about missing values."""
    env = Environment(
        loader=PackageLoader("briefings.review", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    return env.get_template("gallery.html.j2").render(view=view)


def write_gallery(summary: ComparisonSummary, root: Path, *, approved: str, current: str) -> None:
    """Write images, ``summary.json`` and ``index.html`` into the (empty) folder ``root``."""
    view = build_view(summary, root, approved, current)
    text = json.dumps(summary.to_json(), indent=2, ensure_ascii=False) + "\n"
    (root / "summary.json").write_text(text, encoding="utf-8")
    (root / "index.html").write_text(render_html(view), encoding="utf-8")


def _check_out(out: Path, approved: Path, current: Path) -> None:
    target = out.resolve()
    for folder in (approved, current):
        if folder.resolve().is_relative_to(target):
            raise ComparisonError(
                "the gallery folder would replace a folder it compares",
                where=out,
                fix="choose an --out folder outside --approved and --current",
            )
    if out.exists() and not out.is_dir():
        raise ComparisonError("not a folder", where=out, fix="choose a folder for --out")
    if out.is_dir() and any(out.iterdir()) and not (out / "summary.json").is_file():
        raise ComparisonError(
            "folder exists and is not a comparison gallery",
            where=out,
            fix="choose a new or empty --out folder; it is replaced on every run",
        )


def _published(items: tuple[Comparison, ...], out: Path) -> tuple[Comparison, ...]:
    """Point each item at its copies in the gallery, as the originals may be temporary."""
    return tuple(
        replace(
            item,
            approved=None if item.approved is None else out / image_path(item, "approved"),
            current=None if item.current is None else out / image_path(item, "current"),
        )
        for item in items
    )


def compare_editions(
    approved: Path, current: Path, out: Path, *, tolerance: float = DEFAULT_TOLERANCE
) -> ComparisonSummary:
    """Compare two folders of figure PNGs and PDFs and write the gallery to ``out``.

    ``out`` is replaced whole; PDF pages are rasterised with pdftoppm. The returned summary
    points at the image copies inside ``out``.
    """
    _check_out(out, approved, current)
    with tempfile.TemporaryDirectory(prefix="briefings-pages-") as work:
        summary = compare_folders(
            approved, current, Path(work), tolerance=tolerance, exclude=(out,)
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.new-"))
        try:
            write_gallery(summary, staging, approved=str(approved), current=str(current))
            replace_folder(staging, out)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return replace(
        summary, figures=_published(summary.figures, out), pages=_published(summary.pages, out)
    )


def run_compare(
    approved: Path,
    current: Path,
    out: Path,
    *,
    fail_on_change: bool,
    tolerance: float = DEFAULT_TOLERANCE,
) -> int:
    """The ``briefings figures compare`` command: 1 if asked to fail and anything changed."""
    summary = compare_editions(approved, current, out, tolerance=tolerance)
    everything = (*summary.figures, *summary.pages)
    log.info("comparison gallery: %s (%s)", out / "index.html", _counts(everything))
    if summary.has_changes:
        log.warning("figures or pages differ from the approved ones; see %s", out / "index.html")
    return 1 if fail_on_change and summary.has_changes else 0
