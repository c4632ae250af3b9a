"""Every page of all-province editions, checked as a reader sees it: something in the body,
nothing outside the page's content box but the running header and footer, no blank page."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from briefings.cli import main
from conftest import real_project

pytestmark = pytest.mark.slow

DPI = 40
PAGE_MM = (210.0, 297.0)
MARGINS_MM = {"top": 20.0, "right": 16.0, "bottom": 18.0, "left": 16.0}  # templates/style.css
HEADER_MM, FOOTER_MM = (4.0, 16.0), (281.0, 294.0)  # where the running header and footer sit
SLACK_MM = 1.0  # anti-aliasing at the edges of glyphs and lines
INK = 245  # a pixel darker than this in any channel is ink


def _px(mm: float) -> int:
    return round(mm / 25.4 * DPI)


def _pages(pdf: Path, out: Path) -> list[np.ndarray]:
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(out / "p")], check=True)
    return [np.asarray(Image.open(p).convert("L")) for p in sorted(out.glob("p-*.png"))]


def _ink(region: np.ndarray) -> int:
    return int((region < INK).sum())


def _outside_content(page: np.ndarray) -> dict[str, int]:
    """Ink in the margins, leaving out the bands of the running header and footer."""
    left, right = (
        _px(MARGINS_MM["left"] - SLACK_MM),
        _px(PAGE_MM[0] - MARGINS_MM["right"] + SLACK_MM),
    )
    top, bottom = (
        _px(MARGINS_MM["top"] - SLACK_MM),
        _px(PAGE_MM[1] - MARGINS_MM["bottom"] + SLACK_MM),
    )
    mask = np.ones(page.shape, dtype=bool)
    mask[top:bottom, left:right] = False  # the content box
    for low, high in (HEADER_MM, FOOTER_MM):
        mask[_px(low) : _px(high), left:right] = False
    return {"margins": int((page[mask] < INK).sum())}


@pytest.fixture(scope="module", params=[("2025-H1", "2025-H1"), ("2024-FY", "2024-FY")])
def pages(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list:
    period, edition = request.param
    folder = tmp_path_factory.mktemp(f"layout-{period}")
    config = real_project(
        folder,
        f'[briefing]\ntitle = "All provinces"\nperiod = "{period}"\nprovinces = "all"\n'
        '[sources]\ntables = ["sources/tables/*.csv"]\n',
    )
    assert main(["build", "--config", str(config)]) == 0
    return _pages(folder / "reports" / edition / "briefing.pdf", folder)


def test_every_page_has_something_in_its_body(pages: list[np.ndarray]) -> None:
    top, bottom = _px(MARGINS_MM["top"]), _px(PAGE_MM[1] - MARGINS_MM["bottom"])
    left, right = _px(MARGINS_MM["left"]), _px(PAGE_MM[0] - MARGINS_MM["right"])
    blank = [n for n, page in enumerate(pages, 1) if _ink(page[top:bottom, left:right]) < 50]
    assert blank == []


def test_nothing_is_drawn_outside_the_content_box_or_over_header_and_footer(
    pages: list[np.ndarray],
) -> None:
    spilled = {
        n: ink for n, page in enumerate(pages, 1) if (ink := _outside_content(page))["margins"]
    }
    assert spilled == {}


def test_every_page_but_the_cover_has_its_running_header_and_footer(
    pages: list[np.ndarray],
) -> None:
    left, right = _px(MARGINS_MM["left"]), _px(PAGE_MM[0] - MARGINS_MM["right"])
    for number, page in enumerate(pages[1:], 2):
        assert _ink(page[_px(HEADER_MM[0]) : _px(HEADER_MM[1]), left:right]) > 0, number
        assert _ink(page[_px(FOOTER_MM[0]) : _px(FOOTER_MM[1]), left:right]) > 0, number
