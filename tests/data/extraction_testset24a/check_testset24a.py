"""Sanity checks for the twenty-fourth extraction test set, English and French half.

Run: python check_testset24a.py.

Runs ``../extraction_devset/check_devset.py`` unchanged on this folder (same columns, slugs,
units, quote and front-matter checks, same counts) with split ``test`` (sealed: only its scores
may be printed), and fails if a URL is shared with the development set or any other test set, the
sibling ``../extraction_testset24b/`` included. The code is the first test set's
(``check_fresh_set`` in ``../extraction_testset/check_testset.py``). Standard library only.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "extraction_testset"))
from check_testset import check_fresh_set  # noqa: E402  (the first test set's checker)

if __name__ == "__main__":
    sys.exit(check_fresh_set(HERE, split="test"))
