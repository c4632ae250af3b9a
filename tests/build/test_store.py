"""Specification of the store of finished work: an entry gives back exactly the bytes it kept,
and an entry whose files changed since is no entry."""

from __future__ import annotations

import os
from pathlib import Path

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
