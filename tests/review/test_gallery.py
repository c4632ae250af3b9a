"""Specification of briefings.review.gallery: the self-contained folder a reviewer opens."""

from __future__ import annotations

import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from briefings.errors import BriefingError
from briefings.review.compare import ComparisonError, Status
from briefings.review.gallery import compare_editions, run_compare
from conftest import make_pdf, make_png

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """PDFs built once per module, as WeasyPrint takes a moment."""
    root = tmp_path_factory.mktemp("pdfs")
    return {
        "old": make_pdf(root / "old.pdf", "GRDP grew 7.85%", "Same page"),
        "new": make_pdf(root / "new.pdf", "GRDP grew 7.86%", "Same page", "Added page"),
    }


@pytest.fixture
def editions(tmp_path: Path, pdfs: dict[str, Path]) -> tuple[Path, Path]:
    """Approved and current folders with one figure of every status and a changed PDF."""
    approved, current = tmp_path / "approved", tmp_path / "current"
    for folder in (approved, current):
        make_png(folder / "2025-Q3" / "same.png")
    make_png(approved / "2025-Q3" / "grdp trend é #1.png")
    make_png(current / "2025-Q3" / "grdp trend é #1.png", block=(40, 40, 49, 49))
    make_png(current / "added.png")
    make_png(approved / "<dropped>.png")
    (current / "2025-Q3" / "same.svg").write_text("<svg/>")
    (approved / "2025-Q3" / "hanoi.pdf").write_bytes(pdfs["old"].read_bytes())
    (current / "2025-Q3" / "hanoi.pdf").write_bytes(pdfs["new"].read_bytes())
    return approved, current


def unchanged_editions(tmp_path: Path) -> tuple[Path, Path]:
    approved, current = tmp_path / "approved", tmp_path / "current"
    make_png(approved / "f.png")
    make_png(current / "f.png")
    return approved, current


class _Links(HTMLParser):
    """Collects every URL the page would load or link to."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.urls += [value for name, value in attrs if name in {"src", "href"} and value]


def test_summary_json_has_exactly_the_documented_shape(
    editions: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = editions
    out = tmp_path / "gallery"

    compare_editions(approved, current, out)

    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert list(summary) == ["figures", "pages"]
    for item in summary["figures"] + summary["pages"]:
        assert list(item) == ["name", "status", "rms"]
        assert item["status"] in {"unchanged", "changed", "new", "removed"}
        assert item["rms"] is None or isinstance(item["rms"], float)
    assert summary["figures"] == [
        {
            "name": "2025-Q3/grdp trend é #1.png",
            "status": "changed",
            "rms": pytest.approx(19.9, abs=5),
        },
        {"name": "added.png", "status": "new", "rms": None},
        {"name": "<dropped>.png", "status": "removed", "rms": None},
        {"name": "2025-Q3/same.png", "status": "unchanged", "rms": 0.0},
    ]
    assert [(p["name"], p["status"]) for p in summary["pages"]] == [
        ("2025-Q3/hanoi/page-001", "changed"),
        ("2025-Q3/hanoi/page-003", "new"),
        ("2025-Q3/hanoi/page-002", "unchanged"),
    ]


def test_index_html_references_only_files_inside_the_out_folder(
    editions: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = editions
    out = tmp_path / "gallery"

    compare_editions(approved, current, out)

    parser = _Links()
    parser.feed((out / "index.html").read_text(encoding="utf-8"))
    files = [unquote(url) for url in parser.urls if not url.startswith("#")]
    assert files, "the gallery shows no images"
    for url in files:
        assert not urlsplit(url).scheme and not url.startswith("/"), url
        assert (out / url).resolve().is_relative_to(out.resolve()), url
        assert (out / url).is_file(), url
    assert "link" not in parser.tags  # styles are inline
    assert not any(url.endswith(".svg") for url in files)
    images = {p.relative_to(out).as_posix() for p in out.rglob("*.png")}
    assert images == {url for url in files if url.endswith(".png")}  # no orphan images


def test_the_page_shows_status_rms_and_escapes_names(
    editions: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = editions
    out = tmp_path / "gallery"

    compare_editions(approved, current, out)

    html = (out / "index.html").read_text(encoding="utf-8")
    assert "&lt;dropped&gt;.png" in html and "<dropped>" not in html
    assert html.index("grdp trend é #1.png") < html.index("2025-Q3/same.png")
    assert "Needs review" in html and "RMS 0.000" in html


def test_the_returned_summary_points_at_the_copies_in_the_gallery(
    editions: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = editions
    out = tmp_path / "gallery"

    summary = compare_editions(approved, current, out)

    for item in (*summary.figures, *summary.pages):
        for path in (item.approved, item.current):
            assert path is None or (path.is_file() and path.is_relative_to(out))


def test_run_compare_fails_on_change_only_when_asked(
    editions: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = editions

    assert run_compare(approved, current, tmp_path / "g1", fail_on_change=True, tolerance=0.1) == 1
    assert run_compare(approved, current, tmp_path / "g2", fail_on_change=False, tolerance=0.1) == 0


def test_run_compare_passes_when_nothing_changed(tmp_path: Path) -> None:
    approved, current = unchanged_editions(tmp_path)

    code = run_compare(approved, current, tmp_path / "g", fail_on_change=True, tolerance=0.1)

    assert code == 0
    assert "Nothing changed" in (tmp_path / "g" / "index.html").read_text(encoding="utf-8")


def test_a_new_figure_alone_fails_on_change(tmp_path: Path) -> None:
    approved, current = unchanged_editions(tmp_path)
    make_png(current / "added.png")

    assert run_compare(approved, current, tmp_path / "g", fail_on_change=True, tolerance=9) == 1


def test_a_change_within_the_tolerance_passes(tmp_path: Path) -> None:
    approved, current = unchanged_editions(tmp_path)
    make_png(current / "f.png", block=(40, 40, 49, 49))

    assert run_compare(approved, current, tmp_path / "g", fail_on_change=True, tolerance=100) == 0


def test_two_runs_write_identical_bytes(editions: tuple[Path, Path], tmp_path: Path) -> None:
    approved, current = editions

    compare_editions(approved, current, tmp_path / "one")
    compare_editions(approved, current, tmp_path / "two")

    def contents(root: Path) -> dict[str, bytes]:
        return {
            p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()
        }

    one, two = contents(tmp_path / "one"), contents(tmp_path / "two")
    assert one == two
    assert {"index.html", "summary.json", "pages/2025-Q3/hanoi/page-001.diff.png"} <= set(one)


def test_a_rerun_replaces_the_gallery_and_leaves_no_temporary_folders(
    editions: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = editions
    out = tmp_path / "gallery"
    compare_editions(approved, current, out)
    (current / "added.png").unlink()

    compare_editions(approved, current, out)

    assert not list(out.rglob("added*"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["approved", "current", "gallery"]


def test_a_gallery_inside_the_current_folder_is_not_compared(tmp_path: Path) -> None:
    approved, current = unchanged_editions(tmp_path)
    out = current / "gallery"

    compare_editions(approved, current, out)
    summary = compare_editions(approved, current, out)

    assert [item.name for item in summary.figures] == ["f.png"]


def test_refuses_to_replace_a_folder_that_is_not_a_gallery(tmp_path: Path) -> None:
    approved, current = unchanged_editions(tmp_path)
    precious = tmp_path / "reports"
    (precious / "keep.pdf").parent.mkdir()
    (precious / "keep.pdf").write_bytes(b"%PDF")

    with pytest.raises(ComparisonError, match="not a comparison gallery"):
        compare_editions(approved, current, precious)
    assert (precious / "keep.pdf").exists()


def test_refuses_an_out_folder_that_holds_the_approved_figures(tmp_path: Path) -> None:
    approved, current = unchanged_editions(tmp_path)

    with pytest.raises(ComparisonError, match="would replace"):
        compare_editions(approved, current, tmp_path)


def test_a_missing_approved_folder_is_a_one_line_briefing_error(tmp_path: Path) -> None:
    current = tmp_path / "current"
    make_png(current / "f.png")

    with pytest.raises(BriefingError) as caught:
        run_compare(tmp_path / "nope", current, tmp_path / "g", fail_on_change=True, tolerance=0)

    assert re.fullmatch(
        r".*nope: no such approved folder; run `briefings figures approve`.*",
        caught.value.one_line(),
    )
    assert not (tmp_path / "g").exists()


def _chromium_dom(index: Path, tmp_path: Path) -> str:
    result = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'chromium-profile'}",
            "--virtual-time-budget=10000",
            "--dump-dom",
            index.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium)"
)


@needs_chromium
def test_every_image_loads_in_a_headless_browser(
    editions: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = editions
    out = tmp_path / "gallery"
    compare_editions(approved, current, out)

    dom = _chromium_dom(out / "index.html", tmp_path)

    assert 'data-images-ok="true"' in dom, re.findall(r"<body[^>]*>", dom)
    assert dom.count("<img ") == 15  # figures 3+1+1+3, pages 3+1+3


@needs_chromium
def test_the_browser_check_notices_a_missing_image(tmp_path: Path) -> None:
    approved, current = unchanged_editions(tmp_path)
    out = tmp_path / "gallery"
    compare_editions(approved, current, out)
    (out / "figures" / "f.diff.png").unlink()

    dom = _chromium_dom(out / "index.html", tmp_path)

    assert 'data-images-ok="false"' in dom
    assert 'data-images-broken="figures/f.diff.png"' in dom


def test_status_values_are_the_documented_ones() -> None:
    assert {s.value for s in Status} == {"unchanged", "changed", "new", "removed"}
