"""The committed evaluation sets stay well-formed: every checker passes, with or without the
git-ignored article texts (with them, each quote must also be found in its text)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
CHECKERS = [
    DATA / "extraction_devset" / "check_devset.py",
    DATA / "extraction_testset" / "check_testset.py",
    DATA / "extraction_testset2" / "check_testset2.py",
    DATA / "extraction_testset3" / "check_testset3.py",
    DATA / "extraction_testset4" / "check_testset4.py",
    DATA / "extraction_testset5" / "check_testset5.py",
    DATA / "extraction_testset6" / "check_testset6.py",
    DATA / "extraction_testset7a" / "check_testset7a.py",
    DATA / "extraction_testset7b" / "check_testset7b.py",
    DATA / "extraction_testset8a" / "check_testset8a.py",
    DATA / "extraction_testset8b" / "check_testset8b.py",
    DATA / "extraction_testset9a" / "check_testset9a.py",
    DATA / "extraction_testset9b" / "check_testset9b.py",
    DATA / "extraction_testset10a" / "check_testset10a.py",
    DATA / "extraction_testset10b" / "check_testset10b.py",
    DATA / "extraction_testset11a" / "check_testset11a.py",
    DATA / "extraction_testset11b" / "check_testset11b.py",
    DATA / "extraction_testset12a" / "check_testset12a.py",
    DATA / "extraction_testset12b" / "check_testset12b.py",
    DATA / "extraction_testset13a" / "check_testset13a.py",
    DATA / "extraction_testset13b" / "check_testset13b.py",
    DATA / "extraction_testset14a" / "check_testset14a.py",
    DATA / "extraction_testset14b" / "check_testset14b.py",
    DATA / "extraction_testset15a" / "check_testset15a.py",
    DATA / "extraction_testset15b" / "check_testset15b.py",
    DATA / "extraction_testset16a" / "check_testset16a.py",
    DATA / "extraction_testset16b" / "check_testset16b.py",
    DATA / "extraction_testset17a" / "check_testset17a.py",
    DATA / "extraction_testset17b" / "check_testset17b.py",
    DATA / "extraction_testset18a" / "check_testset18a.py",
    DATA / "extraction_testset18b" / "check_testset18b.py",
    DATA / "extraction_testset19a" / "check_testset19a.py",
    DATA / "extraction_testset19b" / "check_testset19b.py",
    DATA / "extraction_testset20a" / "check_testset20a.py",
    DATA / "extraction_testset20b" / "check_testset20b.py",
    DATA / "extraction_testset21a" / "check_testset21a.py",
    DATA / "extraction_testset21b" / "check_testset21b.py",
    DATA / "extraction_testset22a" / "check_testset22a.py",
    DATA / "extraction_testset22b" / "check_testset22b.py",
    DATA / "extraction_testset23a" / "check_testset23a.py",
    DATA / "extraction_testset23b" / "check_testset23b.py",
    DATA / "extraction_testset24a" / "check_testset24a.py",
    DATA / "extraction_testset24b" / "check_testset24b.py",
]


@pytest.mark.parametrize("checker", CHECKERS, ids=lambda path: path.parent.name)
def test_an_evaluation_set_passes_its_checks(checker: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(checker)], capture_output=True, text=True, cwd=checker.parent
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK" in done.stdout


def test_a_gold_row_of_no_listed_article_fails_the_check(tmp_path: Path) -> None:
    for folder in ("extraction_devset", "extraction_testset", "extraction_testset2"):
        (tmp_path / folder).mkdir()
        for path in (DATA / folder).glob("*.*"):
            if path.is_file():
                (tmp_path / folder / path.name).write_bytes(path.read_bytes())
    gold = tmp_path / "extraction_testset2" / "gold.csv"
    lines = gold.read_text(encoding="utf-8").splitlines(keepends=True)
    first = lines[1].split(",")
    first[0] = "en-atlantis-2024-fy-01"  # SYNTHETIC: no such article
    gold.write_text(lines[0] + ",".join(first) + "".join(lines[2:]), encoding="utf-8")
    checker = tmp_path / "extraction_testset2" / "check_testset2.py"
    done = subprocess.run([sys.executable, str(checker)], capture_output=True, text=True)
    assert done.returncode != 0
    assert "en-atlantis-2024-fy-01" in done.stdout + done.stderr
