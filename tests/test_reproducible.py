"""Two builds of the same configuration and sources give the same bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from briefings.cli import main
from conftest import real_project

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
    real_project(
        folder,
        '[briefing]\ntitle = "Reproducible"\nperiod = "2025-9M"\nlanguages = ["en", "vi"]\n'
        'provinces = ["Bắc Ninh", "Cao Bằng"]\n[sources]\ntables = ["sources/tables/*.csv"]\n',
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
    assert any("2025-9M-vi/" in name for name in first)  # both languages, tagged PDF/A-3


def test_output_is_the_same_without_harfbuzz_subset(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import weasyprint.pdf.fonts

    with_harfbuzz = _build(project, tmp_path / "with")
    monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)
    without = _build(project, tmp_path / "without")
    assert with_harfbuzz == without
