"""`briefings extract` on hostile articles: a result and exit 0, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.cli import main


def test_extract_survives_a_long_run_of_digits_and_separators(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "digits.txt"
    text = "Bac Kan, first quarter of 2025: GRDP increased by " + "1,2." * 5000 + "%.\n"
    article.write_text(text, encoding="utf-8")
    assert main(["extract", str(article)]) == 0
    assert capsys.readouterr().out.startswith("id,province")
