"""Specification of the store of finished work: an entry gives back exactly the bytes it kept,
and an entry whose files changed since is no entry. Files are placed as hard links where the
file system allows, as copies where it does not."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

from briefings.build.store import Store


def _kept(tmp_path: Path) -> tuple[Store, Path]:
    made = tmp_path / "made"
    (made / "sub").mkdir(parents=True)
    (made / "a.pdf").write_bytes(b"%PDF a")
    (made / "sub" / "b.svg").write_bytes(b"<svg/>")
    os.utime(made / "a.pdf", ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    store = Store(tmp_path / "store")
    store.keep("k", made, ["a.pdf", "sub/b.svg"], {"pages": 2})
    return store, tmp_path / "store" / "k" / "files"


def test_a_fetch_gives_the_kept_bytes_result_and_time(tmp_path: Path) -> None:
    store, _ = _kept(tmp_path)
    target = tmp_path / "target"
    target.mkdir()
    assert store.fetch("k", target) == {"pages": 2}
    assert (target / "a.pdf").read_bytes() == b"%PDF a"
    assert (target / "sub" / "b.svg").read_bytes() == b"<svg/>"
    assert (target / "a.pdf").stat().st_mtime_ns == 1_600_000_000_000_000_000


def test_an_entry_changed_or_lost_since_is_a_miss_that_writes_nothing(tmp_path: Path) -> None:
    store, files = _kept(tmp_path)
    target = tmp_path / "target"
    target.mkdir()
    (files / "sub" / "b.svg").write_bytes(b"<svg>changed</svg>")
    assert store.fetch("k", target) is None
    assert list(target.iterdir()) == []  # not even the unchanged file
    (files / "sub" / "b.svg").unlink()
    assert store.fetch("k", target) is None
    assert store.fetch("never kept", target) is None


def test_force_keeps_but_never_gives_back(tmp_path: Path) -> None:
    _kept(tmp_path)
    target = tmp_path / "target"
    target.mkdir()
    assert Store(tmp_path / "store", reuse=False).fetch("k", target) is None
    assert Store(tmp_path / "store").fetch("k", target) == {"pages": 2}


def test_a_fetched_file_is_the_entrys_own_file_not_a_copy(tmp_path: Path) -> None:
    store, files = _kept(tmp_path)
    target = tmp_path / "target"
    store.fetch("k", target)
    assert (target / "a.pdf").stat().st_ino == (files / "a.pdf").stat().st_ino
    assert (files / "a.pdf").stat().st_ino == (tmp_path / "made" / "a.pdf").stat().st_ino


def test_an_output_changed_in_place_damages_its_entry_and_the_next_fetch_notices(
    tmp_path: Path,
) -> None:
    store, _ = _kept(tmp_path)
    store.fetch("k", tmp_path / "first")
    with (tmp_path / "first" / "a.pdf").open("r+b") as output:  # an editor saving in place
        output.write(b"%PDF b")
    assert store.fetch("k", tmp_path / "second") is None  # the work is done again


def test_where_links_cannot_be_made_the_files_are_copied(tmp_path: Path, monkeypatch: Any) -> None:
    def no_links(source: Path, target: Path) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)
    store, files = _kept(tmp_path)
    target = tmp_path / "target"
    assert store.fetch("k", target) == {"pages": 2}
    assert (target / "a.pdf").read_bytes() == b"%PDF a"
    assert (target / "a.pdf").stat().st_mtime_ns == 1_600_000_000_000_000_000
    assert (target / "a.pdf").stat().st_ino != (files / "a.pdf").stat().st_ino


def test_a_fetch_over_a_file_already_there_leaves_that_files_other_names_alone(
    tmp_path: Path,
) -> None:
    store, _ = _kept(tmp_path)
    target = tmp_path / "target"
    target.mkdir()
    (tmp_path / "other.pdf").write_bytes(b"%PDF other")
    os.link(tmp_path / "other.pdf", target / "a.pdf")
    store.fetch("k", target)
    assert (target / "a.pdf").read_bytes() == b"%PDF a"
    assert (tmp_path / "other.pdf").read_bytes() == b"%PDF other"


def test_an_entry_is_held_until_its_key_is_unknown_or_reuse_is_off(tmp_path: Path) -> None:
    """``holds`` only says an entry is there: a damaged one is still held, and ``fetch``
    finds it out."""
    store, files = _kept(tmp_path)
    assert store.holds("k")
    assert not store.holds("never kept")
    assert not Store(tmp_path / "store", reuse=False).holds("k")
    (files / "a.pdf").write_bytes(b"%PDF changed")
    assert store.holds("k") and store.fetch("k", tmp_path / "target") is None
