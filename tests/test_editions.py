"""Editions of every kind, built from synthetic tables through ``main(argv)`` and read back:
a quarter, a derived quarter, an empty period, other boundaries, XLSX tables."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader

from briefings.cli import main

# Synthetic: Thái Nguyên and Bắc Kạn's first-half revenue before the merger, so that Q3 2025
# can be derived as 9 months (20,699.5, reported for the unit) − 6 months (12,000 + 699.5).
HALF_YEAR = (
    "province,province_status,period,indicator,measure,value,unit,source_url,published\n"
    "thai-nguyen,pre2025,2025-H1,budget_revenue,value,12000,VND billion,synthetic://h1/tn,"
    "2025-07-10\n"
    "bac-kan,pre2025,2025-H1,budget_revenue,value,699.5,VND billion,synthetic://h1/bk,"
    "2025-07-11\n"
)


def _text(pdf: Path) -> str:
    pages = PdfReader(pdf).pages
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() or "" for p in pages))


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_an_edition_with_no_figure_for_its_period_is_refused_and_nothing_is_written(
    write_config: Callable[..., Path], project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2030-FY"', provinces='["Cao Bằng"]')
    code, _, err = _run(["build", "--config", str(config)], capsys)
    assert code == 2
    assert err.strip().splitlines() == [
        "briefings: error: period: no selected province has any figure for 2030-FY; "
        "choose --period 2025-9M (the latest period with data), or add sources"
    ]
    assert not (project / "reports").exists() and not (project / "figures").exists()
    code, _, err = _run(["check", "--config", str(config)], capsys)
    assert code == 2 and "2030-FY" in err


def test_check_prints_coverage_and_names_provinces_without_figures(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng", "Lạng Sơn"]')
    code, out, _ = _run(["check", "--config", str(config)], capsys)
    assert code == 0
    assert "coverage of 2025-9M: provinces with a figure, of 2" in out
    assert "  GRDP  " in out and "1 of 2" in out
    assert "no figure for 2025-9M: Lạng Sơn" in out


def test_check_names_files_under_sources_that_no_pattern_reads(
    write_config: Callable[..., Path], project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "sources" / "tables" / "extra.ods").write_bytes(b"not read")
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng"]')
    code, _, err = _run(["check", "--config", str(config)], capsys)
    assert code == 0
    assert (
        "briefings: warning: sources/tables/extra.ods: no [sources] pattern reads this file; "
        "add it to [sources].tables or [sources].articles, or move it out of sources/"
    ) in err


def test_xlsx_tables_are_read_by_default(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tables = project / "sources" / "tables"
    frame = pd.read_csv(tables / "synthetic_long.csv")
    (tables / "synthetic_long.csv").unlink()
    frame.to_excel(tables / "synthetic_long.xlsx", index=False)
    config = project / "briefings.toml"
    config.write_text('[briefing]\ntitle = "T"\nperiod = "2025-9M"\nprovinces = ["Cao Bằng"]\n')
    code, out, _ = _run(["facts", "--config", str(config)], capsys)
    assert code == 0
    assert "cao-bang,post2025,2025-9M,grdp,yoy_pct,6.5," in out


@pytest.mark.slow
def test_a_quarter_edition_says_it_is_a_single_quarter_and_derives_its_level(
    write_config: Callable[..., Path], project: Path
) -> None:
    (project / "sources" / "tables" / "half_year.csv").write_text(HALF_YEAR, encoding="utf-8")
    config = write_config(period='"2025-Q3"', provinces='["Thái Nguyên", "Cao Bằng"]')
    assert main(["build", "--config", str(config)]) == 0
    text = _text(project / "reports" / "2025-Q3" / "briefing.pdf")
    flat = " ".join(text.split())
    assert "Q3 2025 (July–September): a single quarter, compared with the same quarter" in flat
    assert "cumulative from January, compared" not in flat
    assert "VND 8.0 tnΔ" in flat  # 20,699.5 − (12,000 + 699.5), marked derived
    derived = flat[flat.index("State budget revenue for Q3 2025 is derived") :][:200]
    assert "9 months of 2025 VND 20.7 tn [" in derived
    assert "− 6 months of 2025 VND 12.7 tn [" in derived
    assert "GRDP growth for Q3 2025 alone is not published" in flat


@pytest.mark.slow
def test_any_period_can_be_shown_on_the_34_units(
    write_config: Callable[..., Path], project: Path
) -> None:
    config = write_config(period='"2024-FY"', provinces='["Thái Nguyên"]', boundaries='"2025"')
    assert main(["build", "--config", str(config)]) == 0
    text = " ".join(_text(project / "reports" / "2024-FY-34-units" / "briefing.pdf").split())
    assert "Figures are on the 34 provincial units" in text
    assert "VND 1.3 tnΣ" in text  # Thái Nguyên 1,000 + Bắc Kạn 250.5, summed
    assert "Thái Nguyên (pre-2025): +7.00%" in text and "Bắc Kạn (pre-2025): +3.00%" in text
