"""Where reviewers' figures live: the approved set and the current edition's set.

An edition's *current set* is its figures (``figures/<edition>/``) plus its ``briefing.pdf``,
whose pages the gallery rasterises, so a moved table or a changed number shows up too. The
approved set is committed at ``figures/approved/`` beside the configuration.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefings.config import Config
from briefings.domain.languages import MAIN, edition_folder
from briefings.errors import SourceError
from briefings.pipeline import load_sources
from briefings.review.approve import approve_figures
from briefings.review.gallery import run_compare
from briefings.selection import edition_name

APPROVED = Path("figures") / "approved"
PAGES_PDF = "briefing.pdf"


def for_language(folder: Path, language: str) -> Path:
    """A folder's counterpart for ``language``: the main language's is the folder itself,
    another's sits beside it with the language code (``approved`` → ``approved-vi``)."""
    return folder if language == MAIN else folder.with_name(f"{folder.name}-{language}")


def approved_dir(config: Config, language: str = MAIN) -> Path:
    """The committed approved set of one language."""
    return for_language(config.root / APPROVED, language)


@contextmanager
def current_set(config: Config, current: Path | None, language: str = MAIN) -> Iterator[Path]:
    """The folder to compare: ``current`` as given, or the edition's figures and PDF."""
    if current is not None:
        yield current
        return
    built = edition_name(config, lambda: load_sources(config).facts)
    edition = edition_folder(built, language)
    figures, pdf = config.figures_dir / edition, config.reports_dir / edition / PAGES_PDF
    if not figures.is_dir() or not pdf.is_file():
        raise SourceError(
            f"edition {edition} has not been built",
            where=str(figures),
            fix="run `briefings build` (or `nox -s reports`) first",
        )
    with tempfile.TemporaryDirectory(prefix="briefings-current-") as scratch:
        folder = Path(scratch) / edition
        shutil.copytree(figures, folder)
        shutil.copyfile(pdf, folder / PAGES_PDF)
        yield folder


def approve(
    config: Config, *, current: Path | None, approved: Path, language: str = MAIN
) -> list[Path]:
    """Accept one language's current figures and pages as its approved set; return the files
    written."""
    with current_set(config, current, language) as folder:
        return approve_figures(folder, approved)


def compare(
    config: Config,
    *,
    current: Path | None,
    approved: Path,
    out: Path,
    fail_on_change: bool,
    language: str = MAIN,
) -> int:
    """Write one language's comparison gallery into ``out``; 1 when asked to fail and
    anything changed."""
    with current_set(config, current, language) as folder:
        return run_compare(approved, folder, out, fail_on_change=fail_on_change)
