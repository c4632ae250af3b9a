"""A build is all or nothing, even when killed outright or run twice at once.

Each test runs `briefings build` as its own process (`python -m briefings`) on a throwaway
project with the synthetic tables: killed with SIGKILL once it has started writing, the
previous edition stays intact and nothing of the killed build is left among the published
folders; two builds of one edition at once both succeed and leave PDFs that open.
"""

from __future__ import annotations

import hashlib
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefings.files import STAGE_PREFIX
from conftest import DATA, ROOT

pytestmark = pytest.mark.slow
EDITION = "e"


def _start(config: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "briefings", "build", "--config", str(config)],
        cwd=config.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _published(project: Path) -> dict[str, str]:
    """sha256 of every file of the published edition, by path."""
    files = [
        *(project / "reports" / EDITION).rglob("*"),
        *(project / "figures" / EDITION).rglob("*"),
    ]
    return {
        str(p.relative_to(project)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in files
        if p.is_file()
    }


def _wait_for(predicate: Callable[[], bool], process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while not predicate():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the build never reached the point to kill it at"
        time.sleep(0.005)


def _leftovers(project: Path) -> list[str]:
    """Anything but the editions themselves in the published folders."""
    return [
        str(p.relative_to(project))
        for folder in ("reports", "figures")
        for p in (project / folder).iterdir()
        if p.name != EDITION
    ]


@pytest.fixture(scope="module")
def built_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project of the real templates and synthetic tables, its edition built once."""
    project = tmp_path_factory.mktemp("built")
    shutil.copytree(ROOT / "templates", project / "templates")
    shutil.copytree(DATA / "tables", project / "sources" / "tables")
    config = project / "briefings.toml"
    config.write_text(
        '[briefing]\ntitle = "Synthetic test briefing"\nperiod = "2025-9M"\n'
        f'provinces = ["Cao Bằng", "thai-nguyen"]\nedition = "{EDITION}"\n'
        '[sources]\ntables = ["sources/tables/*.csv"]\n',
        encoding="utf-8",
    )
    first = _start(config)
    assert first.wait(timeout=300) == 0, first.communicate()
    return project


@pytest.fixture
def built(built_once: Path, tmp_path: Path) -> Path:
    """A fresh copy of the built project; returns its configuration."""
    shutil.copytree(built_once, tmp_path / "project")
    return tmp_path / "project" / "briefings.toml"


@pytest.mark.parametrize("stage_holds", ["figures/e/comparison", "reports/e/thai-nguyen.pdf"])
def test_a_build_killed_while_writing_leaves_the_previous_edition_intact(
    built: Path, stage_holds: str
) -> None:
    project = built.parent
    table = project / "sources" / "tables" / "synthetic_long.csv"
    table.write_text(table.read_text().replace("6.50", "6.75"))  # so the new edition differs
    before = _published(project)
    build = _start(built)
    _wait_for(lambda: any(s.joinpath(stage_holds).exists() for s in _stages(project)), build)
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=30)
    assert _published(project) == before
    assert not _leftovers(project)
    PdfReader(project / "reports" / EDITION / "briefing.pdf")
    rebuild = _start(built)  # the next build finishes the job and clears the killed one's stage
    assert rebuild.wait(timeout=300) == 0, rebuild.communicate()
    assert _published(project) != before
    assert not _stages(project) and not _leftovers(project)


def _stages(project: Path) -> list[Path]:
    return list(project.glob(f"{STAGE_PREFIX}*"))


def test_two_builds_of_one_edition_at_once_both_succeed_and_leave_valid_pdfs(
    built: Path,
) -> None:
    project = built.parent
    builds = [_start(built), _start(built)]
    for build in builds:
        assert build.wait(timeout=300) == 0, build.communicate()
    for pdf in sorted((project / "reports" / EDITION).glob("*.pdf")):
        assert len(PdfReader(pdf).pages) >= 1
    manifest = (project / "reports" / EDITION / "manifest.json").read_text()
    for name, digest in _published(project).items():
        if name.endswith((".pdf", ".png", ".svg")):
            assert f'"{Path(name).as_posix()}": "{digest}"' in manifest, name
    assert not _stages(project) and not _leftovers(project)
