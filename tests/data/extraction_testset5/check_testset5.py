"""Sanity checks for the fifth extraction test set (run: python check_testset5.py).

Reuses ``../extraction_devset/check_devset.py`` unchanged: same columns, slugs, units, quote
and front-matter checks, same counts. Only the folder and the allowed split (``test``) differ.
Also checks that no URL of the development set or of the first, second, third or fourth test
set (``../extraction_testset/`` … ``../extraction_testset4/``) is reused here. Standard library
only.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEVSET = HERE.parent / "extraction_devset"
TESTSET = HERE.parent / "extraction_testset"
TESTSET2 = HERE.parent / "extraction_testset2"
TESTSET3 = HERE.parent / "extraction_testset3"
TESTSET4 = HERE.parent / "extraction_testset4"


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
        ("third test set", TESTSET3),
        ("fourth test set", TESTSET4),
    ):
        for url in sorted(mine & FIRST.urls(folder)):
            print(f"error: URL also in the {name}:", url)
            overlap = True
    if overlap:
        return 1
    print("no URL shared with the development set or the first, second, third or fourth test set")
    return status


if __name__ == "__main__":
    sys.exit(main())
