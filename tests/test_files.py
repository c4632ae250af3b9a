"""Specification of briefings.files: shown paths, hashes and atomic folder swaps."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from briefings.files import replace_folder, sha256, shown_path, staged_folders


def test_a_path_inside_the_root_is_shown_relative_in_posix_form(tmp_path: Path) -> None:
    assert shown_path(tmp_path / "sources" / "t.csv", tmp_path) == "sources/t.csv"


def test_a_path_outside_the_root_is_shown_as_given(tmp_path: Path) -> None:
    outside = Path("/elsewhere/t.csv")
    assert shown_path(outside, tmp_path) == "/elsewhere/t.csv"


def test_sha256_is_of_the_file_bytes(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"abc")
    assert sha256(path) == hashlib.sha256(b"abc").hexdigest()


def test_replace_folder_swaps_in_the_new_folder_and_removes_the_old(tmp_path: Path) -> None:
    target, staging = tmp_path / "edition", tmp_path / ".staging"
    target.mkdir()
    (target / "old.pdf").write_text("old")
    staging.mkdir()
    (staging / "new.pdf").write_text("new")
    replace_folder(staging, target)
    assert [p.name for p in target.iterdir()] == ["new.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edition"]


def test_staged_folders_are_swapped_in_only_when_the_block_succeeds(tmp_path: Path) -> None:
    (tmp_path / "reports" / "e").mkdir(parents=True)
    (tmp_path / "reports" / "e" / "old.pdf").write_text("old")
    with (
        pytest.raises(RuntimeError),
        staged_folders(tmp_path, Path("reports/e"), Path("figures/e")) as (reports, _figures),
    ):
        (reports / "half.pdf").write_text("half")
        raise RuntimeError("a stage failed")
    assert [p.name for p in (tmp_path / "reports" / "e").iterdir()] == ["old.pdf"]
    assert not (tmp_path / "figures").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftovers
    with staged_folders(tmp_path, Path("reports/e"), Path("figures/e")) as (reports, figures):
        (reports / "new.pdf").write_text("new")
        (figures / "f.png").write_text("png")
    assert [p.name for p in (tmp_path / "reports" / "e").iterdir()] == ["new.pdf"]
    assert (tmp_path / "figures" / "e" / "f.png").is_file()
