"""Sanity checks for the extraction test set (run: python check_testset.py).

Reuses ``../extraction_devset/check_devset.py`` unchanged: same columns, slugs, units, quote
and front-matter checks, same counts. Only the folder and the allowed split differ (``spent``:
measured once, then opened for rule work).
Also checks that no URL of the development set is reused here. Standard library only.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEVSET = HERE.parent / "extraction_devset"


def _load_devset_checker():
    spec = importlib.util.spec_from_file_location("check_devset", DEVSET / "check_devset.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def urls(folder: Path) -> set[str]:
    """The article URLs of an evaluation set's folder (the second test set uses it too)."""
    with (folder / "articles.csv").open(encoding="utf-8", newline="") as fh:
        return {row["url"].rstrip("/") for row in csv.DictReader(fh)}


def _overlapping_urls() -> list[str]:
    return sorted(urls(HERE) & urls(DEVSET))


def check_fresh_set(here: Path, split: str) -> int:
    """The devset checks on the set in ``here`` (every article in ``split``), and no URL shared
    with the development set or any other test set beside it. The later test sets call this."""
    checker = _load_devset_checker()
    checker.HERE = here
    checker.SPLITS = {split}
    status = checker.check()
    mine = urls(here)
    others = sorted(
        folder
        for folder in here.parent.glob("extraction_*")
        if folder != here and (folder / "articles.csv").is_file()
    )
    overlap = False
    for folder in others:
        for url in sorted(mine & urls(folder)):
            print(f"error: URL also in {folder.name}:", url)
            overlap = True
    if overlap:
        return 1
    print("no URL shared with", ", ".join(folder.name for folder in others))
    return status


def main() -> int:
    checker = _load_devset_checker()
    checker.HERE = HERE
    checker.SPLITS = {"spent"}
    status = checker.check()
    overlap = _overlapping_urls()
    for url in overlap:
        print("error: URL also in the development set:", url)
    if overlap:
        return 1
    print("no URL shared with the development set")
    return status


if __name__ == "__main__":
    sys.exit(main())
