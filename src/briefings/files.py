"""File-system helpers every stage shares: how a path is shown, hashed and swapped into place."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def shown_path(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` in POSIX form when it lies inside, else as given.

    Messages and manifests name files this way, so they read the same on every machine.
    """
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def sha256(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def replace_folder(staging: Path, target: Path) -> None:
    """Put the finished ``staging`` folder in place of ``target``, removing the old one.

    Both renames happen within one parent folder, so ``target`` is never half-written: a
    reader sees the old folder or the new one.
    """
    staging.chmod(0o755)  # mkdtemp makes it private; the result is an ordinary folder
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        staging.rename(target)
        return
    old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.old-"))
    old.rmdir()
    target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)


@contextmanager
def staged_folders(parent: Path, *names: Path) -> Iterator[tuple[Path, ...]]:
    """Empty folders standing in for ``parent / name``, swapped into place when the block ends
    without an error; on an error, the old folders stay as they were.

    The staging folder sits inside ``parent`` so that every swap is a rename on one file system.
    """
    parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".briefings-build-", dir=parent))
    try:
        staged = tuple(stage / name for name in names)
        for folder in staged:
            folder.mkdir(parents=True)
        yield staged
        for folder, name in zip(staged, names, strict=True):
            replace_folder(folder, parent / name)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
