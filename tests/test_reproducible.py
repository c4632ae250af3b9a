"""Two builds of the same configuration and sources give the same bytes."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from briefings.cli import main

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _digests(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "templates", folder / "templates")
    shutil.copytree(ROOT / "sources", folder / "sources")
    (folder / "briefings.toml").write_text(
        '[briefing]\ntitle = "Reproducible"\nperiod = "2025-9M"\n'
        'provinces = ["Bắc Ninh", "Cao Bằng"]\n[sources]\ntables = ["sources/tables/*.csv"]\n',
        encoding="utf-8",
    )
    return folder


def _build(project: Path, out: Path) -> dict[str, str]:
    assert main(["build", "--config", str(project / "briefings.toml"), "--out", str(out)]) == 0
    return _digests(out)


def test_building_twice_gives_identical_bytes(project: Path, tmp_path: Path) -> None:
    first = _build(project, tmp_path / "one")
    second = _build(project, tmp_path / "two")
    assert first == second
    kinds = {Path(name).suffix for name in first}
    assert {".pdf", ".png", ".svg", ".html"} <= kinds


def test_output_is_the_same_without_harfbuzz_subset(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import weasyprint.pdf.fonts

    with_harfbuzz = _build(project, tmp_path / "with")
    monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)
    without = _build(project, tmp_path / "without")
    assert with_harfbuzz == without
