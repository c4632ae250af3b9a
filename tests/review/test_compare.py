"""Specification of briefings.review.compare: which figures and pages differ, and by how much."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from briefings.errors import BriefingError
from briefings.review.compare import (
    DEFAULT_TOLERANCE,
    ComparisonError,
    Status,
    compare_folders,
    difference_image,
    load_rgb,
    rasterise_pdf,
    rms_difference,
)
from conftest import make_pdf, make_png


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    approved, current = tmp_path / "approved", tmp_path / "current"
    approved.mkdir()
    current.mkdir()
    return approved, current


def test_identical_figures_are_unchanged_with_rms_zero(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = folders
    make_png(approved / "2025-Q3" / "grdp.png")
    make_png(current / "2025-Q3" / "grdp.png")

    summary = compare_folders(approved, current, tmp_path / "work")

    [item] = summary.figures
    assert (item.name, item.status, item.rms) == ("2025-Q3/grdp.png", Status.UNCHANGED, 0.0)
    assert not summary.has_changes


def test_a_changed_block_is_changed_with_positive_rms_and_listed_first(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = folders
    for name in ("a.png", "b.png", "z.png"):
        make_png(approved / name)
        make_png(current / name, block=(40, 40, 49, 49) if name == "z.png" else None)

    summary = compare_folders(approved, current, tmp_path / "work")

    first = summary.figures[0]
    assert (first.name, first.status) == ("z.png", Status.CHANGED)
    assert first.rms is not None and first.rms > 1
    assert [item.status for item in summary.figures[1:]] == [Status.UNCHANGED] * 2
    assert summary.has_changes


def test_most_changed_comes_first_then_new_removed_and_unchanged(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = folders
    for name in ("small.png", "big.png", "same.png"):
        make_png(approved / name)
    make_png(current / "small.png", block=(0, 0, 2, 2))
    make_png(current / "big.png", block=(0, 0, 40, 40))
    make_png(current / "same.png")
    make_png(current / "added.png")
    make_png(approved / "dropped.png")

    summary = compare_folders(approved, current, tmp_path / "work")

    assert [(i.name, i.status.value) for i in summary.figures] == [
        ("big.png", "changed"),
        ("small.png", "changed"),
        ("added.png", "new"),
        ("dropped.png", "removed"),
        ("same.png", "unchanged"),
    ]


def test_a_figure_only_in_current_is_new_and_only_in_approved_is_removed(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = folders
    make_png(current / "added.png")
    make_png(approved / "dropped.png")

    summary = compare_folders(approved, current, tmp_path / "work")

    by_name = {item.name: item for item in summary.figures}
    assert by_name["added.png"].status is Status.NEW
    assert by_name["added.png"].rms is None and by_name["added.png"].approved is None
    assert by_name["dropped.png"].status is Status.REMOVED
    assert by_name["dropped.png"].current is None
    assert summary.has_changes


def test_images_of_different_sizes_are_changed_and_compared_after_padding(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = folders
    make_png(approved / "wide.png", size=(100, 80))
    make_png(current / "wide.png", size=(120, 80))

    [item] = compare_folders(approved, current, tmp_path / "work").figures

    assert item.status is Status.CHANGED
    assert item.rms is not None and item.rms > 0
    assert "100×80 to 120×80" in item.note and "padding" in item.note


def test_an_rms_within_the_tolerance_counts_as_unchanged(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = folders
    make_png(approved / "f.png")
    make_png(current / "f.png", block=(40, 40, 41, 41))

    strict = compare_folders(approved, current, tmp_path / "w1").figures[0]
    lenient = compare_folders(approved, current, tmp_path / "w2", tolerance=50).figures[0]

    assert strict.status is Status.CHANGED and strict.rms is not None
    assert strict.rms > DEFAULT_TOLERANCE
    assert lenient.status is Status.UNCHANGED and lenient.rms == strict.rms


def test_images_in_different_modes_are_compared_as_rgb(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = folders
    make_png(approved / "f.png", mode="RGB")
    make_png(current / "f.png", mode="RGBA")

    [item] = compare_folders(approved, current, tmp_path / "work").figures

    assert (item.status, item.rms) == (Status.UNCHANGED, 0.0)


def test_transparency_is_compared_as_it_shows_on_white(tmp_path: Path) -> None:
    transparent = tmp_path / "t.png"
    Image.new("RGBA", (4, 4), (0, 0, 0, 0)).save(transparent)
    white = make_png(tmp_path / "w.png", size=(4, 4))
    Image.new("RGB", (4, 4), "white").save(white)

    assert rms_difference(load_rgb(transparent), load_rgb(white)) == 0.0


def test_rms_is_on_the_0_255_scale_over_all_channels() -> None:
    black, white = Image.new("RGB", (2, 2), "black"), Image.new("RGB", (2, 2), "white")
    one_red = Image.new("RGB", (2, 2), "black")
    one_red.putpixel((0, 0), (255, 0, 0))

    assert rms_difference(black, white) == pytest.approx(255)
    assert rms_difference(black, one_red) == pytest.approx((255**2 / 12) ** 0.5)


def test_the_difference_image_fades_the_current_image_and_marks_changes_in_magenta(
    tmp_path: Path,
) -> None:
    old = load_rgb(make_png(tmp_path / "old.png"))
    new = load_rgb(make_png(tmp_path / "new.png", block=(40, 40, 49, 49)))

    diff = difference_image(old, new)

    assert diff.size == new.size
    assert diff.getpixel((45, 45)) == (255, 0, 255)
    assert diff.getpixel((99, 0)) == (255, 255, 255)  # white stays white
    red, green, blue = diff.getpixel((1, 1))  # on the navy line: faded to a light grey
    assert red == green == blue and 150 < red < 255


def test_svgs_other_files_and_hidden_folders_are_not_figures(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = folders
    make_png(current / "f.png")
    (current / "f.svg").write_text("<svg/>")
    (current / "notes.txt").write_text("x")
    make_png(current / ".tmp" / "half-written.png")

    summary = compare_folders(approved, current, tmp_path / "work")

    assert [item.name for item in summary.figures] == ["f.png"]


def test_excluded_folders_are_skipped(folders: tuple[Path, Path], tmp_path: Path) -> None:
    approved, current = folders
    make_png(current / "f.png")
    make_png(current / "gallery" / "f.current.png")

    summary = compare_folders(approved, current, tmp_path / "work", exclude=[current / "gallery"])

    assert [item.name for item in summary.figures] == ["f.png"]


def test_pdf_pages_are_rasterised_and_compared_page_by_page(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    approved, current = folders
    make_pdf(approved / "2025-Q3" / "hanoi.pdf", "GRDP grew 7.85%", "Same page")
    make_pdf(current / "2025-Q3" / "hanoi.pdf", "GRDP grew 7.86%", "Same page", "Added")
    make_pdf(approved / "gone.pdf", "Old")

    summary = compare_folders(approved, current, tmp_path / "work")

    assert [(p.name, p.status.value) for p in summary.pages] == [
        ("2025-Q3/hanoi/page-001", "changed"),
        ("2025-Q3/hanoi/page-003", "new"),
        ("gone/page-001", "removed"),
        ("2025-Q3/hanoi/page-002", "unchanged"),
    ]
    assert summary.figures == ()
    assert summary.pages[0].rms is not None and summary.pages[0].rms > DEFAULT_TOLERANCE


def test_rasterised_pages_are_numbered_with_three_digits(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "r.pdf", *[f"page {n}" for n in range(1, 12)])  # p-01 .. p-11

    pages = rasterise_pdf(pdf, tmp_path / "pages")

    assert [p.name for p in pages][:2] == ["page-001.png", "page-002.png"]
    assert len(pages) == 11
    assert sorted(p.name for p in (tmp_path / "pages").iterdir()) == [p.name for p in pages]


def test_an_unreadable_pdf_is_a_briefing_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_text("not a pdf")

    with pytest.raises(ComparisonError, match="pdftoppm failed"):
        rasterise_pdf(bad, tmp_path / "pages")


def test_a_missing_approved_folder_says_to_approve_first(tmp_path: Path) -> None:
    (tmp_path / "current").mkdir()

    with pytest.raises(BriefingError) as caught:
        compare_folders(tmp_path / "approved", tmp_path / "current", tmp_path / "work")

    message = caught.value.one_line()
    assert "approved" in message and "no such" in message
    assert "briefings figures approve" in message
    assert "\n" not in message


def test_a_missing_current_folder_is_a_briefing_error(tmp_path: Path) -> None:
    (tmp_path / "approved").mkdir()

    with pytest.raises(ComparisonError, match="no such current folder"):
        compare_folders(tmp_path / "approved", tmp_path / "current", tmp_path / "work")


def test_a_negative_tolerance_is_rejected(folders: tuple[Path, Path], tmp_path: Path) -> None:
    approved, current = folders

    with pytest.raises(ComparisonError, match="negative"):
        compare_folders(approved, current, tmp_path / "work", tolerance=-1)
