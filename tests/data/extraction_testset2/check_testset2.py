"""Sanity checks for the second extraction test set (run: python check_testset2.py).

Runs ``../extraction_devset/check_devset.py`` unchanged on this folder (same columns, slugs,
units, quote and front-matter checks, same counts) with split ``spent`` (measured as a sealed
set, then opened for rule work), and fails if a URL is shared with the development set or any
other test set. The code is the first test set's (``check_fresh_set`` in
``../extraction_testset/check_testset.py``). Standard library only.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location(
    "check_testset", HERE.parent / "extraction_testset" / "check_testset.py"
)
assert _SPEC is not None and _SPEC.loader is not None
FIRST = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(FIRST)

if __name__ == "__main__":
    sys.exit(FIRST.check_fresh_set(HERE, split="spent"))
