"""Shared fixtures: paths, synthetic tables and small configurations."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A throwaway project folder: the real templates plus synthetic tables."""
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(DATA / "tables", tmp_path / "sources" / "tables")
    return tmp_path


@pytest.fixture
def write_config(project: Path) -> Callable[..., Path]:
    """Write a briefings.toml into the throwaway project and return its path."""

    def write(text: str | None = None, **briefing: str) -> Path:
        if text is None:
            lines = ["[briefing]", 'title = "Synthetic test briefing"']
            lines += [f"{key} = {value}" for key, value in briefing.items()]
            lines += ["[sources]", 'tables = ["sources/tables/*.csv"]']
            text = "\n".join(lines) + "\n"
        path = project / "briefings.toml"
        path.write_text(text, encoding="utf-8")
        return path

    return write
