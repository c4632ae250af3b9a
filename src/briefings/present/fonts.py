"""The committed font, cut down once per build to the characters briefings print.

WeasyPrint subsets fonts itself, with HarfBuzz when Debian's libharfbuzz-subset0 is present
and with fontTools otherwise; the two give different bytes. Subsetting here, deterministically
with fontTools, and telling WeasyPrint to embed the result as it is (``full_fonts``) makes the
PDF identical on both kinds of machine.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

import fontTools
from fontTools import subset
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

# Basic Latin, Latin-1, Latin Extended-A/B, combining marks, Greek (Σ), Latin Extended
# Additional (Vietnamese: ạ ả ấ ầ ẩ ẫ ậ ...), general punctuation (— † …), ₫ and math (−).
UNICODE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x024F),
    (0x0300, 0x036F),
    (0x0391, 0x03C9),
    (0x1EA0, 0x1EFF),
    (0x2000, 0x206F),
    (0x20AB, 0x20AC),
    (0x2190, 0x2193),
    (0x2212, 0x2212),
)
FONT_FILES = {"regular": "NotoSans-Regular.ttf", "bold": "NotoSans-Bold.ttf"}
# Our copy gets a family name of its own, so neither fontconfig (for the PDF) nor matplotlib
# can swap in a "Noto Sans" the machine happens to have installed in another version.
FAMILY = "Briefings Noto Sans"
MINUS = 0x2212  # "−", which every negative figure prints
_SUBSET_FORMAT = 2  # raise when subset_font cuts differently: kept subsets are then not reused


def subset_font(source: Path, target: Path) -> None:
    """Write ``source`` cut down to UNICODE_RANGES; the same input gives the same bytes."""
    options = subset.Options()
    # Kerning and mark positioning (Vietnamese stacks two diacritics: ệ, ở); no ligatures,
    # whose glyphs have no character of their own and would read back as garbage.
    options.layout_features = ["kern", "mark", "mkmk", "ccmp", "locl"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.hinting = False  # screen hinting is of no use in a PDF; halves the size
    font = TTFont(str(source), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for lo, hi in UNICODE_RANGES for c in range(lo, hi + 1)])
    subsetter.subset(font)
    _add_minus(font)
    _rename(font, bold="Bold" in source.stem)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(target))


def _add_minus(font: TTFont) -> None:
    """Give the font a minus sign drawn as the bar of its plus, with the plus's width.

    Noto Sans has no U+2212: Pango set every "−" in DejaVu Sans, a second font embedded whole
    in each PDF with a negative figure, and matplotlib's charts had no glyph for it at all.
    """
    cmap = font.getBestCmap()
    if MINUS in cmap:
        return
    glyphs, metrics = font["glyf"], font["hmtx"]
    plus = cmap[ord("+")]
    points, _ends, _flags = glyphs[plus].getCoordinates(glyphs)
    left, right = min(x for x, _ in points), max(x for x, _ in points)
    bar = sorted({y for x, y in points if x == left})  # the left arm's bottom and top
    pen = TTGlyphPen(None)
    pen.moveTo((left, bar[0]))  # clockwise, as TrueType draws an outer contour
    pen.lineTo((left, bar[-1]))
    pen.lineTo((right, bar[-1]))
    pen.lineTo((right, bar[0]))
    pen.closePath()
    glyphs["minus"] = pen.glyph()
    metrics["minus"] = metrics[plus]
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[MINUS] = "minus"


def _rename(font: TTFont, *, bold: bool) -> None:
    style = "Bold" if bold else "Regular"
    names = {1: FAMILY, 16: FAMILY, 4: f"{FAMILY} {style}", 6: f"{FAMILY.replace(' ', '')}-{style}"}
    for record in font["name"].names:
        if record.nameID in names:
            record.string = names[record.nameID]


def font_digest(source_dir: Path) -> str:
    """sha256 over the committed font files, to know when two folders hold the same fonts."""
    digest = hashlib.sha256()
    for name in sorted(FONT_FILES.values()):
        digest.update((source_dir / name).read_bytes())
    return digest.hexdigest()


def prepared_fonts(source_dir: Path) -> Path:
    """A folder holding the subset fonts, made once per font set and kept between builds.

    Subsetting takes over a second, and every build and every worker process needs the fonts,
    so they are kept in the user's cache (``$XDG_CACHE_HOME/briefings``, else a folder of
    this process's own), under a key of the font files, fontTools' version and what is cut.
    matplotlib remembers where it found a font; handing it files from a build's staging
    folder, which is renamed when the build finishes, would make a second build in the same
    process fall back to another font. So the subset lives here, and builds copy it.
    """
    return _subset_once(font_digest(source_dir), source_dir)


@cache
def _subset_once(digest: str, source_dir: Path) -> Path:
    key = hashlib.sha256(
        f"{digest} {fontTools.version} {UNICODE_RANGES} {FAMILY} {_SUBSET_FORMAT}".encode()
    ).hexdigest()[:16]
    cache_root = _cache_root()
    if cache_root is None:  # no cache to keep it in: a folder for this process
        folder = Path(tempfile.mkdtemp(prefix=f"briefings-fonts-{key}-"))
        atexit.register(shutil.rmtree, folder, True)
        _subset_into(source_dir, folder)
        return folder
    kept = cache_root / f"fonts-{key}"
    if all((kept / name).is_file() for name in FONT_FILES.values()):
        return kept
    staging = Path(tempfile.mkdtemp(prefix=".new-fonts-", dir=cache_root))
    try:
        _subset_into(source_dir, staging)
        staging.rename(kept)  # whole or not at all; another process may have been first
    except OSError:
        pass
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return kept


def _subset_into(source_dir: Path, folder: Path) -> None:
    for name in FONT_FILES.values():
        subset_font(source_dir / name, folder / name)


def _cache_root() -> Path | None:
    """The user's cache folder for briefings, made if need be; None when it cannot be."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    root = Path(base) / "briefings"
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return root if os.access(root, os.W_OK) else None


def copy_fonts(source_dir: Path, target_dir: Path) -> dict[str, str]:
    """Put the subset fonts into a build's ``target_dir``; return CSS-relative names by weight."""
    prepared = prepared_fonts(source_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    for name in FONT_FILES.values():
        shutil.copyfile(prepared / name, target_dir / name)
    return {weight: f"{target_dir.name}/{name}" for weight, name in FONT_FILES.items()}
