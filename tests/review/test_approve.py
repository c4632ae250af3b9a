"""Specification of briefings.review.approve: the current figures become the approved ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.errors import BriefingError
from briefings.review.approve import ApprovalError, approve_figures
from briefings.review.gallery import run_compare
from conftest import make_png


@pytest.fixture
def current(tmp_path: Path) -> Path:
    """A build folder with a figure in both formats, a PDF and files that are not figures."""
    root = tmp_path / "build"
    make_png(root / "2025-Q3" / "grdp.png")
    (root / "2025-Q3" / "grdp.svg").write_text("<svg/>")
    (root / "2025-Q3" / "hanoi.pdf").write_bytes(b"%PDF-1.7 tiny")
    (root / "2025-Q3" / "data.csv").write_text("a,b\n")
    make_png(root / ".cache" / "scratch.png")
    return root


def test_copies_pngs_svgs_and_pdfs_and_returns_what_it_wrote(current: Path, tmp_path: Path) -> None:
    approved = tmp_path / "figures" / "approved"

    written = approve_figures(current, approved)

    assert [p.relative_to(approved).as_posix() for p in written] == [
        "2025-Q3/grdp.png",
        "2025-Q3/grdp.svg",
        "2025-Q3/hanoi.pdf",
    ]
    for path in written:
        assert path.read_bytes() == (current / path.relative_to(approved)).read_bytes()
    assert sorted(p for p in approved.rglob("*") if p.is_file()) == written


def test_replaces_the_approved_folder_whole(current: Path, tmp_path: Path) -> None:
    approved = tmp_path / "approved"
    make_png(approved / "2024-Q3" / "stale.png")

    approve_figures(current, approved)

    assert not (approved / "2024-Q3").exists()
    assert (approved / "2025-Q3" / "grdp.png").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["approved", "build"]  # no temp left


def test_an_empty_build_keeps_the_old_approved_figures(tmp_path: Path) -> None:
    approved = tmp_path / "approved"
    make_png(approved / "keep.png")
    (tmp_path / "build").mkdir()

    with pytest.raises(ApprovalError, match="no PNG, SVG or PDF files to approve"):
        approve_figures(tmp_path / "build", approved)

    assert (approved / "keep.png").is_file()


def test_a_missing_current_folder_is_a_one_line_briefing_error(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        approve_figures(tmp_path / "build", tmp_path / "approved")

    assert "build: no such folder; build the figures first" in caught.value.one_line()


def test_overlapping_folders_are_refused(current: Path) -> None:
    with pytest.raises(ApprovalError, match="overlap"):
        approve_figures(current, current / "approved")


def test_approved_figures_compare_as_unchanged(current: Path, tmp_path: Path) -> None:
    approved = tmp_path / "approved"
    make_png(current / "2025-Q3" / "grdp.png", background="red")
    (current / "2025-Q3" / "hanoi.pdf").unlink()  # not a real PDF
    approve_figures(current, approved)

    code = run_compare(approved, current, tmp_path / "g", fail_on_change=True, tolerance=0)

    assert code == 0
