"""File-system helpers every stage shares: how a path is shown, hashed and swapped into place.

Swaps are safe against a build killed at any moment and against two builds of one edition at
once: a build writes into its own staging folder beside the published ones; the finished
folders are exchanged with the published ones under an exclusive ``flock`` on their parent
folder (so two swaps never interleave), with one atomic ``renameat2(RENAME_EXCHANGE)`` where
Linux offers it (so a reader never sees the edition missing). The replaced edition is moved
into the staging folder before it is deleted, so nothing half-deleted is ever left among the
published folders; a staging folder whose build was killed is removed by the next build.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows; swaps there are unlocked
    fcntl = None  # type: ignore[assignment]

STAGE_PREFIX = ".briefings-build-"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


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


def unwritable_reason(folder: Path) -> str | None:
    """Why a build could not create or replace files in ``folder``, or None if it could.

    Checks without writing anything: every part of the path that exists must be a folder,
    and the deepest one that exists must be writable.
    """
    folder = folder.resolve()  # a link is judged by where it leads
    for part in (folder, *folder.parents):
        if part.exists():
            shown = "it" if part == folder else str(part)
            if not part.is_dir():
                return f"{shown} is a file, not a folder"
            if not os.access(part, os.W_OK | os.X_OK):
                return f"{shown} is not writable"
            return None
    return "no part of the path exists"  # pragma: no cover - "/" always exists


def output_problem(folder: Path, sources: Iterable[Path], *, project: Path) -> str | None:
    """Why a build must not write into ``folder``: it cannot, or it lies among ``sources``
    (the project folder itself and its parents do not count as sources)."""
    reason = unwritable_reason(folder)
    if reason:
        return f"cannot write into {folder}: {reason}"
    resolved, root = folder.resolve(), project.resolve()
    for source in sorted({s.resolve() for s in sources} - {root, *root.parents}):
        if resolved.is_relative_to(source):
            return f"{folder} lies inside {source}, which holds sources a build never writes"
    return None


def fixed_folders(patterns: Iterable[str], root: Path) -> list[Path]:
    """The folder each glob pattern starts from: its parts before the first wildcard
    (``sources/tables`` of ``sources/tables/*.csv``), under ``root``."""
    folders = []
    for pattern in patterns:
        fixed: list[str] = []
        for part in Path(pattern).parts[:-1]:
            if any(mark in part for mark in "*?["):
                break
            fixed.append(part)
        folders.append(root.joinpath(*fixed))
    return folders


@contextmanager
def locked(folder: Path, *, blocking: bool = True) -> Iterator[bool]:
    """Hold an exclusive ``flock`` on ``folder`` (its directory entry: no lock file is left
    behind); yield False, without waiting, when ``blocking`` is off and another holds it.

    Where the file system cannot lock, a blocking caller goes on unlocked (as before locks)
    and a non-blocking one is told False, so that nobody takes a live build's stage for dead.
    """
    if fcntl is None:  # pragma: no cover
        yield blocking
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        except OSError:  # e.g. ENOLCK on a network file system
            yield blocking
            return
        yield True
    finally:
        os.close(descriptor)  # closing releases the lock


def _exchange(first: Path, second: Path) -> bool:
    """Atomically swap two paths (Linux ``renameat2``); False where that is not available."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):  # kernel or file system lacks it
        return False
    raise OSError(code, os.strerror(code), str(second))


def replace_folder(staging: Path, target: Path) -> None:
    """Put the finished ``staging`` folder in place of ``target``, removing the old one.

    Under a lock on ``target``'s parent, so concurrent replacements take turns.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    with locked(target.parent):
        _swap(staging, target)


def _swap(staging: Path, target: Path) -> None:
    """Move ``staging`` to ``target``; the old ``target`` ends up at ``staging``'s path (in the
    build's own staging folder) and is deleted from there. The caller holds the lock."""
    staging.chmod(0o755)  # mkdtemp makes it private; the result is an ordinary folder
    target.parent.mkdir(parents=True, exist_ok=True)
    if not (target.exists() or target.is_symlink()):
        staging.rename(target)
        return
    if not _exchange(staging, target):
        # Two renames: for a moment there is no target, but the old folder is never lost.
        aside = staging.with_name(staging.name + ".old")
        target.rename(aside)
        staging.rename(target)
        staging = aside
    shutil.rmtree(staging, ignore_errors=True)


def _remove_abandoned_stages(parent: Path) -> None:
    """Delete staging folders of builds that were killed: a live build holds its lock."""
    for stage in parent.glob(f"{STAGE_PREFIX}*"):
        try:
            with locked(stage, blocking=False) as free:
                if free:
                    shutil.rmtree(stage, ignore_errors=True)
        except (FileNotFoundError, NotADirectoryError):
            continue  # its build has just finished and removed it, or it is no stage


@contextmanager
def staged_folders(parent: Path, *names: Path) -> Iterator[tuple[Path, ...]]:
    """Empty folders standing in for ``parent / name``, swapped into place when the block ends
    without an error; on an error, the old folders stay as they were.

    The staging folder sits inside ``parent`` so that every swap is a rename on one file system,
    and this build holds a lock on it while it runs. All of one build's folders are swapped
    under one lock on ``parent``, so two builds of one edition never mix their folders.
    """
    parent.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        with locked(parent):  # no other build may take this stage for abandoned before it is
            _remove_abandoned_stages(parent)  # locked
            stage = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=parent))
            stack.enter_context(locked(stage))
        stack.callback(shutil.rmtree, stage, ignore_errors=True)  # runs before the unlock
        staged = tuple(stage / name for name in names)
        for folder in staged:
            folder.mkdir(parents=True)
        yield staged
        with locked(parent):
            for folder, name in zip(staged, names, strict=True):
                _swap(folder, parent / name)
