"""Approve the current figures and PDFs: they become the reference later builds are compared to.

The approved folder is replaced whole, never merged, so a figure that the build no longer
makes disappears from it too; and it is replaced by renaming a finished copy, so an
interrupted approval leaves the old approved set intact.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from briefings.errors import ApprovalError
from briefings.files import replace_folder

log = logging.getLogger(__name__)

APPROVED_SUFFIXES = (".png", ".svg", ".pdf")


def _approvable(current: Path) -> list[Path]:
    files = [
        path
        for path in sorted(current.rglob("*"))
        if path.is_file()
        and path.suffix.lower() in APPROVED_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(current).parts)
    ]
    if not files:
        raise ApprovalError(
            "no PNG, SVG or PDF files to approve",
            where=current,
            fix="build the figures first, or pass the folder that holds them",
        )
    return files


def _check_folders(current: Path, approved: Path) -> None:
    if not current.is_dir():
        raise ApprovalError(
            "no such folder", where=current, fix="build the figures first, or pass --current DIR"
        )
    here, there = current.resolve(), approved.resolve()
    if here.is_relative_to(there) or there.is_relative_to(here):
        raise ApprovalError(
            "the current and approved folders overlap",
            where=approved,
            fix="keep the approved folder outside the build folder, e.g. figures/approved",
        )


def approve_figures(current: Path, approved: Path) -> list[Path]:
    """Copy current figure PNGs and SVGs (and PDFs) into ``approved``, replacing it whole.

    Returns the files written, as paths under ``approved``, sorted.
    """
    _check_folders(current, approved)
    files = _approvable(current)
    approved.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=approved.parent, prefix=f".{approved.name}.new-"))
    try:
        for path in files:
            copy = staging / path.relative_to(current)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, copy)
        replace_folder(staging, approved)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    written = [approved / path.relative_to(current) for path in files]
    log.info("approved %d files into %s", len(written), approved)
    return written
