"""Article readings kept between builds: the same candidates and problems as a fresh reading,
no extraction for an unchanged file, a fresh reading for a changed one or with --force."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import briefings.sources.article_file as article_file
import briefings.sources.articles as article_loader
from briefings.build.store import Store
from briefings.sources.articles import ReadCache, load_articles

DATA = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(DATA, folder)
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")  # a problem, kept as well
    return folder


def _no_reading(path: Path, label: str) -> object:
    raise AssertionError(f"{label} was read again")


def test_a_kept_reading_is_the_fresh_one(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ReadCache(Store(tmp_path / "store"), "version 1")
    fresh = load_articles([articles], root=tmp_path)
    first = load_articles([articles], root=tmp_path, cache=cache)
    monkeypatch.setattr(article_file, "read_article_file", _no_reading)
    kept = load_articles([articles], root=tmp_path, cache=cache)
    assert len(fresh.candidates) > 20 and fresh.problems
    for load in (first, kept):
        pd.testing.assert_frame_equal(load.candidates, fresh.candidates)
        assert load.problems == fresh.problems


def test_a_changed_file_new_code_or_force_reads_again(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "store")
    load_articles([articles], root=tmp_path, cache=ReadCache(store, "version 1"))
    changed = articles / "synthetic-vi.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    read: list[str] = []
    reading = article_file.read_article_file

    def counted(path: Path, label: str) -> object:
        read.append(path.name)
        return reading(path, label)

    monkeypatch.setattr(article_file, "read_article_file", counted)
    load_articles([articles], root=tmp_path, cache=ReadCache(store, "version 1"))
    assert read == ["synthetic-vi.txt"]
    read.clear()
    load_articles([articles], root=tmp_path, cache=ReadCache(store, "version 2"))
    every = sorted(path.name for path in articles.iterdir())
    assert sorted(read) == every
    read.clear()
    forced = ReadCache(Store(tmp_path / "store", reuse=False), "version 2")
    load_articles([articles], root=tmp_path, cache=forced)
    assert sorted(read) == every


def test_the_build_pipeline_loads_extraction_only_to_read_an_article() -> None:
    probe = "import sys, briefings.pipeline; print('briefings.extraction' in sys.modules)"
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert shown.stdout.strip() == "False", shown.stderr


def test_a_file_too_large_for_an_article_is_neither_hashed_nor_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 10**6)  # sparse: 50 MB on paper, nothing on disk
    cache = ReadCache(Store(tmp_path / "store"), "version 1")
    monkeypatch.setattr(article_loader, "sha256", _no_reading)
    assert cache.key(path, "dump.txt") is None
    [problem] = load_articles([path], root=tmp_path, cache=cache).problems
    assert "too large for an article" in problem.message
    assert not (tmp_path / "store").exists()
