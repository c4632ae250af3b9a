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
from briefings.errors import SourceError
from briefings.pipeline import load_sources
from briefings.review.approve import approve_figures
from briefings.review.gallery import run_compare
from briefings.selection import edition_name

APPROVED = Path("figures") / "approved"
PAGES_PDF = "briefing.pdf"


def approved_dir(config: Config) -> Path:
    """The committed approved set."""
    return config.root / APPROVED


@contextmanager
def current_set(config: Config, current: Path | None) -> Iterator[Path]:
    """The folder to compare: ``current`` as given, or the edition's figures and PDF."""
    if current is not None:
        yield current
        return
    edition = edition_name(config, lambda: load_sources(config).facts)
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


def approve(config: Config, *, current: Path | None, approved: Path | None) -> list[Path]:
    """Accept the current figures and pages as the approved set; return the files written."""
    target = approved or approved_dir(config)
    with current_set(config, current) as folder:
        return approve_figures(folder, target)


def compare(
    config: Config, *, current: Path | None, approved: Path | None, out: Path, fail_on_change: bool
) -> int:
    """Write the comparison gallery into ``out``; 1 when asked to fail and anything changed."""
    with current_set(config, current) as folder:
        return run_compare(
            approved or approved_dir(config), folder, out, fail_on_change=fail_on_change
        )
