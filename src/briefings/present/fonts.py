"""The committed font, cut down once per build to the characters briefings print.

WeasyPrint subsets fonts itself, with HarfBuzz when Debian's libharfbuzz-subset0 is present
and with fontTools otherwise; the two give different bytes. Subsetting here, deterministically
with fontTools, and telling WeasyPrint to embed the result as it is (``full_fonts``) makes the
PDF identical on both kinds of machine.
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
from functools import cache
from pathlib import Path

from fontTools import subset
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
    _rename(font, bold="Bold" in source.stem)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(target))


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
    """A folder holding the subset fonts for the life of this process, made once per font set.

    matplotlib remembers where it found a font; handing it files from a build's staging folder,
    which is renamed when the build finishes, would make a second build in the same process
    fall back to another font. So the subset lives here, and builds copy it.
    """
    return _subset_once(font_digest(source_dir), source_dir)


@cache
def _subset_once(digest: str, source_dir: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=f"briefings-fonts-{digest[:8]}-"))
    atexit.register(shutil.rmtree, folder, True)
    for name in FONT_FILES.values():
        subset_font(source_dir / name, folder / name)
    return folder


def copy_fonts(source_dir: Path, target_dir: Path) -> dict[str, str]:
    """Put the subset fonts into a build's ``target_dir``; return CSS-relative names by weight."""
    prepared = prepared_fonts(source_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    for name in FONT_FILES.values():
        shutil.copyfile(prepared / name, target_dir / name)
    return {weight: f"{target_dir.name}/{name}" for weight, name in FONT_FILES.items()}
