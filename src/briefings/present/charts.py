"""What every figure shares: its style, its font, how it is saved, and the points it draws.

Figures use matplotlib's object API, never pyplot state: each is a
``matplotlib.figure.Figure`` saved to PNG (for reviewers' side-by-side comparison) and SVG
(placed in the PDF, its text left as text for WeasyPrint to set in the briefing's own font: a
third faster to lay out and paint than glyph outlines). Saving is deterministic: a fixed font
file, a fixed SVG hash salt and no dates or software versions in the metadata.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure

from briefings.domain.geography import NATION
from briefings.facts.model import FactSheet
from briefings.facts.trends import series_id
from briefings.present.fonts import FAMILY, prepared_fonts
from briefings.present.formatting import fmt_number
from briefings.present.wording import former_label

PALETTE = ("#1b5e8c", "#d9822b", "#5a9e4b", "#a23b72", "#6c6c6c", "#c8a400")
EARLIER_YEARS = ("#8fb3cf", "#c4d6e4", "#dde7ef")  # the edition's year is PALETTE[0]
MIN_POINTS = 3  # fewer values than this make no chart, but a sentence
NATIONAL_COLOR = "#7a7a7a"
STYLE: dict[Any, Any] = {
    "svg.hashsalt": "briefings",
    "svg.fonttype": "none",
    "font.family": FAMILY,
    "font.size": 8,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 9,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "legend.frameon": False,
    "legend.fontsize": 7,
    "path.simplify": False,
}
PNG_METADATA: dict[str, str | None] = {"Software": None}
SVG_METADATA: dict[str, str | None] = {"Date": None, "Creator": None, "Format": None, "Type": None}


@dataclass(frozen=True)
class ChartFile:
    """A drawn figure: where it is and what it shows."""

    name: str  # e.g. "thai-nguyen/grdp-growth"
    png: Path
    svg: Path
    title: str
    caption: str
    sources: tuple[str, ...] = ()  # every source behind a point drawn
    alt: str = ""  # what it shows and its key values, in words: the PDF's alternative text


def use_font(source_dir: Path) -> None:
    """Register the committed font (prepared once per process) so figures never depend on the
    machine's fonts."""
    folder = prepared_fonts(source_dir)
    known = {entry.fname for entry in font_manager.fontManager.ttflist}
    for path in sorted(folder.glob("*.ttf")):
        if str(path) not in known:
            font_manager.fontManager.addfont(str(path))


def series_names(sheet: FactSheet) -> dict[str, str]:
    """Legend names of a sheet's trend series: the province, its former provinces, the nation."""
    names = {series_id(sheet.province): sheet.province.name_vi, series_id(NATION): NATION.name_vi}
    names |= {series_id(former): former_label(former) for former in sheet.formers}
    return names


def percent_axis(value: float, _position: object = None) -> str:
    """Tick labels of a growth axis, in the edition's number format: ``2.5%``, ``2,5%``."""
    return f"{fmt_number(value)}%"


def trend_points(sheet: FactSheet, indicator_id: str, measure: str, kind: str) -> pd.DataFrame:
    """A sheet's trend points of one indicator, measure and kind (NaN where unpublished)."""
    trends = sheet.trends
    return trends[
        (trends["indicator"] == indicator_id)
        & (trends["measure"] == measure)
        & (trends["kind"] == kind)
    ]


def own_points(points: pd.DataFrame) -> pd.DataFrame:
    """The published points of the province itself (and its former provinces), not the nation's:
    what decides whether a chart has enough to show."""
    return points[(points["role"] != "national") & points["value"].notna()]


def sources_of(points: pd.DataFrame) -> tuple[str, ...]:
    """Sources of the points actually drawn, in first-seen order."""
    drawn = points.dropna(subset=["value"])
    return tuple(dict.fromkeys(s for sources in drawn["sources"] for s in sources))


def save_chart(
    figure: Figure,
    out_dir: Path,
    name: str,
    title: str,
    caption: str,
    sources: tuple[str, ...] = (),
    alt: str = "",
) -> ChartFile:
    png, svg = out_dir / f"{name}.png", out_dir / f"{name}.svg"
    png.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(png, dpi=150, metadata=PNG_METADATA)
    # The layout is made once: the SVG keeps the positions the PNG's constrained layout found
    # (laying out again took a quarter of drawing a chart, for shifts below a point). No
    # engine at all, not "none": matplotlib draws a figure that has one (even its placeholder
    # for "none") once without output before saving it, and that draw was wasted here.
    figure.set_layout_engine(None)
    figure.savefig(svg, metadata=SVG_METADATA)
    return ChartFile(name, png, svg, title, caption, sources, alt or title)
