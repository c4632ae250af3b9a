"""Specification of briefings.files: shown paths, hashes and atomic folder swaps."""

from __future__ import annotations

import hashlib
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from briefings.files import (
    fixed_folders,
    locked,
    output_problem,
    replace_folder,
    sha256,
    shown_path,
    staged_folders,
    unwritable_reason,
)


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


def test_a_folder_a_build_cannot_use_is_named_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("")
    assert unwritable_reason(tmp_path / "new" / "deeper") is None
    assert unwritable_reason(tmp_path / "afile") == "it is a file, not a folder"
    assert (
        unwritable_reason(tmp_path / "afile" / "x")
        == f"{tmp_path / 'afile'} is a file, not a folder"
    )


def test_an_output_folder_among_the_sources_is_refused_but_the_project_folder_is_not(
    tmp_path: Path,
) -> None:
    sources = [tmp_path / "sources", *fixed_folders(["data/*.csv", "*.csv"], tmp_path)]
    assert fixed_folders(["sources/tables/*.csv", "s/**/x.csv"], tmp_path) == [
        tmp_path / "sources" / "tables",
        tmp_path / "s",
    ]
    assert output_problem(tmp_path / "reports", sources, project=tmp_path) is None
    problem = output_problem(tmp_path / "data" / "out", sources, project=tmp_path)
    assert problem is not None and "lies inside" in problem


def test_a_swap_waits_for_the_lock_on_the_parent_folder(tmp_path: Path) -> None:
    target, staging = tmp_path / "edition", tmp_path / ".staging"
    target.mkdir()
    staging.mkdir()
    (staging / "new.pdf").write_text("new")
    swapper = threading.Thread(target=replace_folder, args=(staging, target))
    with locked(tmp_path):
        swapper.start()
        swapper.join(timeout=0.3)
        assert swapper.is_alive() and not (target / "new.pdf").exists()
    swapper.join(timeout=5)
    assert (target / "new.pdf").read_text() == "new"


def test_a_stage_left_by_a_killed_build_is_removed_by_the_next_but_a_live_one_is_not(
    tmp_path: Path,
) -> None:
    abandoned, live = tmp_path / ".briefings-build-dead", tmp_path / ".briefings-build-live"
    abandoned.mkdir()
    live.mkdir()
    with locked(live), staged_folders(tmp_path, Path("reports/e")) as (reports,):
        (reports / "a.pdf").write_text("a")
        assert not abandoned.exists() and live.exists()
    assert (tmp_path / "reports" / "e" / "a.pdf").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".briefings-build-live", "reports"]


def test_the_old_edition_never_lingers_beside_the_published_one(tmp_path: Path) -> None:
    for content in ("first", "second", "third"):
        with staged_folders(tmp_path, Path("reports/e"), Path("figures/e")) as (reports, _):
            (reports / "briefing.pdf").write_text(content)
    assert (tmp_path / "reports" / "e" / "briefing.pdf").read_text() == "third"
    assert [p.name for p in (tmp_path / "reports").iterdir()] == ["e"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures", "reports"]


def _publish_repeatedly(parent: str, tag: str, rounds: int) -> None:
    for round_ in range(rounds):
        with staged_folders(Path(parent), Path("reports/e"), Path("figures/e")) as folders:
            for folder in folders:
                for index in range(5):
                    (folder / f"{index}.txt").write_text(f"{tag}-{round_}")


def test_concurrent_publishers_of_one_edition_never_fail_nor_mix_their_folders(
    tmp_path: Path,
) -> None:
    with ProcessPoolExecutor(max_workers=4) as pool:
        runs = [pool.submit(_publish_repeatedly, str(tmp_path), f"p{n}", 15) for n in range(4)]
        for run in runs:
            run.result()  # re-raises whatever a publisher raised
    contents = {p.read_text() for p in (tmp_path / "reports" / "e").iterdir()}
    assert len(contents) == 1 and len(list((tmp_path / "reports" / "e").iterdir())) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures", "reports"]
    assert [p.name for p in (tmp_path / "reports").iterdir()] == ["e"]
