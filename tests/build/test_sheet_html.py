"""A province's fact-sheet HTML is kept in the process by what it is made from: the same inputs
give the kept HTML without rendering, and any changed input renders it again. Synthetic sheets
and figures only."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

import briefings.build.sheet_html as kept_html
from briefings.build.briefing import FigureDigests
from briefings.build.parallel import sheet_digest
from briefings.build.sheet_html import edition_inputs, sheet_html
from briefings.facts.model import FactSheet
from briefings.present.charts import ChartFile
from briefings.present.figures import EditionFigures
from briefings.present.i18n import use_language
from briefings.present.render import (
    Document,
    Provenance,
    Renderer,
    document_html,
    make_renderer,
    plan_documents,
)
from conftest import ROOT, synthetic_sheet


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The stems rendered afresh (not given back kept), in order; nothing kept before."""
    stems: list[str] = []
    monkeypatch.setattr(kept_html, "_KEPT", {})

    def counting(renderer: Renderer, document: Document, drawn: EditionFigures) -> str:
        stems.append(document.stem)
        return document_html(renderer, document, drawn)

    monkeypatch.setattr(kept_html, "document_html", counting)
    with use_language("en"):
        yield stems


def _edition(tmp_path: Path, provenance: Provenance) -> tuple[Renderer, EditionFigures]:
    reports, figures = tmp_path / "reports", tmp_path / "figures" / "cao-bang"
    figures.mkdir(parents=True)
    (figures / "grdp-growth.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    (figures / "grdp-growth.png").write_bytes(b"synthetic png")
    chart = ChartFile("cao-bang/grdp-growth", figures / "grdp-growth.png",
                      figures / "grdp-growth.svg", "Growth", "Synthetic.", ("synthetic://c",),
                      "A synthetic chart.")  # fmt: skip
    drawn = EditionFigures({"cao-bang": [chart]}, [], {})
    return make_renderer(ROOT / "templates", reports, provenance), drawn


def _html(renderer: Renderer, drawn: EditionFigures, sheet: FactSheet, base: str = "b") -> str:
    """``sheet_html``; ``base`` stands for the edition's code, libraries, language, templates."""
    (document,) = plan_documents("T", [sheet])[1:]
    files = dict(FigureDigests.of(drawn).named)
    edition = edition_inputs(base, renderer)
    return sheet_html(renderer, document, drawn, files, edition, sheet_digest(sheet))


def test_the_same_inputs_give_the_kept_html_without_rendering(
    tmp_path: Path, rendered: list[str]
) -> None:
    renderer, drawn = _edition(tmp_path, Provenance("2025-01-10", "0" * 64, None))
    sheet = synthetic_sheet("cao-bang", 5.1, {"2023-FY": 4.0, "2024-FY": 5.1})
    first = _html(renderer, drawn, sheet)
    (document,) = plan_documents("T", [sheet])[1:]
    assert first == document_html(renderer, document, drawn)
    again = synthetic_sheet("cao-bang", 5.1, {"2023-FY": 4.0, "2024-FY": 5.1})  # equal, not same
    assert _html(renderer, drawn, again) == first
    assert rendered == ["cao-bang"]


@pytest.mark.parametrize(
    "change",
    ["value", "edition", "figure file", "chart text", "provenance"],
)
def test_any_changed_input_renders_again(tmp_path: Path, rendered: list[str], change: str) -> None:
    provenance = Provenance("2025-01-10", "0" * 64, None)
    renderer, drawn = _edition(tmp_path, provenance)
    sheet = synthetic_sheet("cao-bang", 5.1, {"2023-FY": 4.0, "2024-FY": 5.1})
    before = _html(renderer, drawn, sheet)
    base = "b"
    if change == "value":
        sheet = synthetic_sheet("cao-bang", 5.2, {"2023-FY": 4.0, "2024-FY": 5.1})
    elif change == "edition":
        base = "another language"
    elif change == "figure file":
        drawn.by_province["cao-bang"][0].svg.write_text('<svg xmlns="http://www.w3.org/2000/svg">'
                                                        "<rect/></svg>")  # fmt: skip
    elif change == "chart text":
        chart = dataclasses.replace(drawn.by_province["cao-bang"][0], alt="Another text.")
        drawn = EditionFigures({"cao-bang": [chart]}, [], {})
    else:
        renderer = dataclasses.replace(
            renderer, provenance=Provenance("2025-02-10", "0" * 64, None)
        )
    after = _html(renderer, drawn, sheet, base)
    assert rendered == ["cao-bang", "cao-bang"]
    (document,) = plan_documents("T", [sheet])[1:]
    assert after == document_html(renderer, document, drawn)
    if change not in (
        "figure file",
        "edition",
    ):  # same text: new bytes, same name; the base is a stand-in
        assert after != before


def test_nothing_kept_is_used_by_a_sheet_of_another_province(
    tmp_path: Path, rendered: list[str]
) -> None:
    renderer, drawn = _edition(tmp_path, Provenance("2025-01-10", "0" * 64, None))
    _html(renderer, drawn, synthetic_sheet("cao-bang", 5.1, {"2024-FY": 5.1}))
    _html(renderer, drawn, synthetic_sheet("bac-ninh", 5.1, {"2024-FY": 5.1}))
    assert rendered == ["cao-bang", "bac-ninh"]
