"""A document's key holds the sha256 of each figure file it shows, and of no other."""

from __future__ import annotations

import hashlib
from pathlib import Path

from briefings.build.briefing import FigureDigests
from briefings.present.charts import ChartFile
from briefings.present.figures import EditionFigures


def _chart(out: Path, name: str, content: bytes) -> ChartFile:
    svg, png = out / f"{name}.svg", out / f"{name}.png"
    svg.parent.mkdir(parents=True, exist_ok=True)
    svg.write_bytes(content)
    png.write_bytes(content + b"png")
    return ChartFile(name, png, svg, "title", "caption")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_document_depends_on_the_figures_it_names_in_the_editions_order(tmp_path: Path) -> None:
    first = _chart(tmp_path, "bac-ninh/grdp-growth", b"<svg>1</svg>")
    second = _chart(tmp_path, "cao-bang/grdp-growth", b"<svg>2</svg>")
    comparison = _chart(tmp_path, "comparison/grdp-growth-1", b"<svg>3</svg>")
    drawn = EditionFigures({"bac-ninh": [first], "cao-bang": [second]}, [comparison], {})
    digests = FigureDigests.of(drawn)
    html = '<img src="../figures/cao-bang/grdp-growth.svg"><img src="comparison/grdp-growth-1.svg">'
    assert digests.used_by(html) == [_digest(comparison.svg), _digest(second.svg)]
    assert digests.used_by("<p>no figure</p>") == []


def test_a_redrawn_figure_changes_the_digest_of_what_shows_it(tmp_path: Path) -> None:
    chart = _chart(tmp_path, "bac-ninh/grdp-growth", b"<svg>1</svg>")
    drawn = EditionFigures({"bac-ninh": [chart]}, [], {})
    html = '<img src="bac-ninh/grdp-growth.svg">'
    before = FigureDigests.of(drawn).used_by(html)
    chart.svg.write_bytes(b"<svg>redrawn</svg>")
    assert FigureDigests.of(drawn).used_by(html) != before


def test_a_figure_named_anywhere_counts_not_only_in_an_image(tmp_path: Path) -> None:
    chart = _chart(tmp_path, "bac-ninh/grdp-growth", b"<svg>1</svg>")
    other = _chart(tmp_path, "cao-bang/grdp-growth", b"<svg>2</svg>")
    drawn = EditionFigures({"bac-ninh": [chart], "cao-bang": [other]}, [], {})
    digests = FigureDigests.of(drawn)
    assert digests.used_by("bac-ninh/grdp-growth.png") == [_digest(chart.png)]
    css = "<style>p { background: url('../../cao-bang/grdp-growth.svg') }</style>"
    assert digests.used_by(css) == [_digest(other.svg)]
    assert digests.used_by('<a href="bac-ninh/grdp-growth.png">') == [_digest(chart.png)]
