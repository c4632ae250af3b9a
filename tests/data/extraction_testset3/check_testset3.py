"""Sanity checks for the third extraction test set (run: python check_testset3.py).

Reuses ``../extraction_devset/check_devset.py`` unchanged: same columns, slugs, units, quote
and front-matter checks, same counts. Only the folder and the allowed split (``test``) differ.
Also checks that no URL of the development set, the first test set (``../extraction_testset/``)
or the second test set (``../extraction_testset2/``) is reused here. Standard library only.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEVSET = HERE.parent / "extraction_devset"
TESTSET = HERE.parent / "extraction_testset"
TESTSET2 = HERE.parent / "extraction_testset2"


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


FIRST = _load(TESTSET / "check_testset.py")  # its devset loader and URL reader, reused


def main() -> int:
    checker = FIRST._load_devset_checker()
    checker.HERE = HERE
    checker.SPLITS = {"test"}
    status = checker.check()
    mine = FIRST.urls(HERE)
    overlap = False
    for name, folder in (
        ("development set", DEVSET),
        ("first test set", TESTSET),
        ("second test set", TESTSET2),
    ):
        for url in sorted(mine & FIRST.urls(folder)):
            print(f"error: URL also in the {name}:", url)
            overlap = True
    if overlap:
        return 1
    print("no URL shared with the development set, the first or the second test set")
    return status


if __name__ == "__main__":
    sys.exit(main())
