"""Compare generated figures and PDF pages with approved ones, pixel by pixel.

Figures and pages are compared as rasters because that is what a reader sees: a moved
table or a changed number shows up even when the underlying data looks the same. The build
is byte-reproducible, so the default tolerance only absorbs sparse rounding noise.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt
from PIL import Image

from briefings.errors import ComparisonError, ToolMissingError

log = logging.getLogger(__name__)

DEFAULT_TOLERANCE = 0.1
"""Largest RMS difference (0-255 RGB scale) still counted as unchanged.

One changed digit on a page rasterised at 72 dpi scores about 0.4-0.6 and a 4x4 block in a
100x100 figure about 10, so 0.1 flags every visible edit while ignoring a few pixels that
drift by one level.
"""
PAGE_DPI = 72
_BACKGROUND = (255, 255, 255)
_HIGHLIGHT = (255, 0, 255)

Kind = Literal["figure", "page"]


class Status(StrEnum):
    """How a figure or page differs between the approved and the current edition."""

    CHANGED = "changed"
    NEW = "new"
    REMOVED = "removed"
    UNCHANGED = "unchanged"


_STATUS_ORDER = {Status.CHANGED: 0, Status.NEW: 1, Status.REMOVED: 2, Status.UNCHANGED: 3}


@dataclass(frozen=True)
class Comparison:
    """One figure or page: where each side's PNG is and how far apart they are."""

    name: str
    kind: Kind
    status: Status
    rms: float | None
    approved: Path | None
    current: Path | None
    note: str = ""


@dataclass(frozen=True)
class ComparisonSummary:
    """Every figure and page, most changed first."""

    figures: tuple[Comparison, ...]
    pages: tuple[Comparison, ...]
    tolerance: float

    @property
    def has_changes(self) -> bool:
        """True when anything is changed, new or removed: all need a reviewer's approval."""
        return any(item.status is not Status.UNCHANGED for item in (*self.figures, *self.pages))

    def to_json(self) -> dict[str, list[dict[str, object]]]:
        """The ``summary.json`` shape: ``{"figures": [...], "pages": [...]}``."""
        return {
            "figures": [_item_json(item) for item in self.figures],
            "pages": [_item_json(item) for item in self.pages],
        }


def _item_json(item: Comparison) -> dict[str, object]:
    rms = None if item.rms is None else round(item.rms, 4)
    return {"name": item.name, "status": item.status.value, "rms": rms}


def _visible(name: str, path: Path, exclude: Iterable[Path]) -> bool:
    """Skip hidden files and folders (temporary folders) and excluded trees (the gallery)."""
    if any(part.startswith(".") for part in name.split("/")):
        return False
    return not any(path.resolve().is_relative_to(excluded) for excluded in exclude)


def find_files(folder: Path, suffix: str, exclude: Iterable[Path] = ()) -> dict[str, Path]:
    """Files ending in ``suffix`` at any depth, keyed by their POSIX path relative to folder."""
    excluded = [path.resolve() for path in exclude]
    found = {}
    for path in sorted(folder.rglob(f"*{suffix}")):
        name = path.relative_to(folder).as_posix()
        if path.is_file() and _visible(name, path, excluded):
            found[name] = path
    return found


def rasterise_pdf(pdf: Path, dest: Path, *, dpi: int = PAGE_DPI) -> list[Path]:
    """Render each page of ``pdf`` to ``dest/page-001.png``, ``page-002.png``, ..."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise ToolMissingError(
            "pdftoppm not found, so PDF pages cannot be compared",
            where=pdf,
            fix="install poppler-utils (apt-get install poppler-utils)",
        )
    raw = dest / ".pdftoppm"
    raw.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [pdftoppm, "-r", str(dpi), "-png", str(pdf), str(raw / "p")],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        detail = (result.stderr.strip().splitlines() or ["unknown error"])[0]
        raise ComparisonError(
            f"pdftoppm failed: {detail}", where=pdf, fix="check the PDF opens in a viewer"
        )
    # pdftoppm pads page numbers to the page count's width (p-1 or p-01), so sort numerically.
    numbered = sorted(raw.glob("p-*.png"), key=lambda p: int(re.sub(r"\D", "", p.stem)))
    pages = []
    for number, path in enumerate(numbered, start=1):
        page = dest / f"page-{number:03d}.png"
        path.replace(page)
        pages.append(page)
    raw.rmdir()
    return pages


def rasterise_pdfs(folder: Path, work: Path, exclude: Iterable[Path] = ()) -> dict[str, Path]:
    """Every page of every PDF under folder, named ``<pdf path without .pdf>/page-001``."""
    pages = {}
    for name, pdf in find_files(folder, ".pdf", exclude).items():
        stem = name.removesuffix(".pdf")
        for page in rasterise_pdf(pdf, work / stem):
            pages[f"{stem}/{page.stem}"] = page
    return pages


def load_rgb(path: Path) -> Image.Image:
    """Open any PNG as RGB, flattening transparency onto white as a viewer would show it."""
    with Image.open(path) as image:
        rgba = image.convert("RGBA")
    background = Image.new("RGBA", rgba.size, (*_BACKGROUND, 255))
    return Image.alpha_composite(background, rgba).convert("RGB")


def pad_to(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Extend an image with white to ``size``, anchored top left."""
    if image.size == size:
        return image
    canvas = Image.new("RGB", size, _BACKGROUND)
    canvas.paste(image, (0, 0))
    return canvas


def _common_arrays(
    approved: Image.Image, current: Image.Image
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    size = (max(approved.width, current.width), max(approved.height, current.height))
    return (
        np.asarray(pad_to(approved, size), dtype=np.float64),
        np.asarray(pad_to(current, size), dtype=np.float64),
    )


def rms_difference(approved: Image.Image, current: Image.Image) -> float:
    """Root mean square difference over all RGB channels, after padding to the larger size."""
    a, b = _common_arrays(approved, current)
    if a.size == 0:
        return 0.0
    return float(np.sqrt(np.mean((a - b) ** 2)))


def difference_image(approved: Image.Image, current: Image.Image) -> Image.Image:
    """The current image faded to light grey, with every differing pixel in magenta."""
    a, b = _common_arrays(approved, current)
    grey = b @ np.array([0.299, 0.587, 0.114])
    faded = np.round(255 - (255 - grey) * 0.3).astype(np.uint8)
    out = np.repeat(faded[:, :, None], 3, axis=2)
    out[np.any(a != b, axis=2)] = _HIGHLIGHT
    return Image.fromarray(out, mode="RGB")


def compare_pair(
    name: str,
    kind: Kind,
    approved: Path | None,
    current: Path | None,
    tolerance: float,
) -> Comparison:
    """Compare one name's approved and current PNGs, either of which may be missing."""
    if approved is None or current is None:
        status = Status.NEW if approved is None else Status.REMOVED
        return Comparison(name, kind, status, None, approved, current)
    old, new = load_rgb(approved), load_rgb(current)
    rms = rms_difference(old, new)
    if old.size != new.size:
        note = (
            f"size changed from {old.width}×{old.height} to {new.width}×{new.height}; "
            "RMS computed after padding both with white to the larger size"
        )
        return Comparison(name, kind, Status.CHANGED, rms, approved, current, note)
    status = Status.CHANGED if rms > tolerance else Status.UNCHANGED
    return Comparison(name, kind, status, rms, approved, current)


def compare_sets(
    kind: Kind, approved: Mapping[str, Path], current: Mapping[str, Path], tolerance: float
) -> tuple[Comparison, ...]:
    """Compare every name on either side; changed first (largest RMS first), then new,
    removed and unchanged."""
    items = [
        compare_pair(name, kind, approved.get(name), current.get(name), tolerance)
        for name in sorted(approved.keys() | current.keys())
    ]
    return tuple(sorted(items, key=lambda i: (_STATUS_ORDER[i.status], -(i.rms or 0.0), i.name)))


def compare_folders(
    approved: Path,
    current: Path,
    work: Path,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    exclude: Iterable[Path] = (),
) -> ComparisonSummary:
    """Compare figure PNGs and rasterised PDF pages; PDF pages are rendered under ``work``."""
    for label, folder in (("approved", approved), ("current", current)):
        if not folder.is_dir():
            raise ComparisonError(f"no such {label} folder", where=folder, fix=_FIXES[label])
    if tolerance < 0:
        raise ComparisonError(
            f"tolerance {tolerance} is negative", key="tolerance", fix="use 0 or more, e.g. 0.1"
        )
    excluded = tuple(exclude)
    figures = compare_sets(
        "figure",
        find_files(approved, ".png", excluded),
        find_files(current, ".png", excluded),
        tolerance,
    )
    pages = compare_sets(
        "page",
        rasterise_pdfs(approved, work / "approved", excluded),
        rasterise_pdfs(current, work / "current", excluded),
        tolerance,
    )
    log.info("compared %d figures and %d PDF pages", len(figures), len(pages))
    return ComparisonSummary(figures, pages, tolerance)


_FIXES = {
    "approved": "run `briefings figures approve` first, or pass --approved DIR",
    "current": "build the figures and reports first, or pass --current DIR",
}
