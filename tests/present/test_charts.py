"""Specification of briefings.present.charts: the committed font, and which points a chart uses."""

from __future__ import annotations

import functools
import math
from pathlib import Path

import pytest

from briefings.present.charts import own_points, trend_points
from conftest import synthetic_sheet

ROOT = Path(__file__).resolve().parents[2]


def test_trend_points_select_one_measure_and_kind() -> None:
    sheet = synthetic_sheet("cao-bang", 5.0, {"2024-Q1": 4.0, "2024-H1": 5.0})
    assert len(trend_points(sheet, "grdp", "yoy_pct", "cumulative")) == 2
    assert trend_points(sheet, "grdp", "yoy_pct", "quarter").empty
    assert trend_points(sheet, "grdp", "value", "cumulative").empty


def test_own_points_are_the_published_values_of_the_province() -> None:
    sheet = synthetic_sheet("cao-bang", 5.0, {"2024-Q1": 4.0, "2024-H1": math.nan})
    assert list(own_points(trend_points(sheet, "grdp", "yoy_pct", "cumulative"))["value"]) == [4.0]


def test_fonts_are_subset_once_kept_between_processes_and_copied_into_each_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefings.present import fonts

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(fonts, "_subset_once", functools.cache(fonts._subset_once.__wrapped__))
    source = ROOT / "templates" / "fonts"
    first = fonts.prepared_fonts(source)
    assert first.parent == tmp_path / "cache" / "briefings"
    monkeypatch.setattr(fonts, "subset_font", lambda *_: pytest.fail("subset a second time"))
    assert fonts.prepared_fonts(source) == first
    fonts._subset_once.cache_clear()  # as in a new process: the kept subset is used
    assert fonts.prepared_fonts(source) == first
    names = fonts.copy_fonts(source, tmp_path / "fonts")
    assert names == {"regular": "fonts/NotoSans-Regular.ttf", "bold": "fonts/NotoSans-Bold.ttf"}
    for name in fonts.FONT_FILES.values():
        assert (tmp_path / "fonts" / name).read_bytes() == (first / name).read_bytes()


def test_without_a_cache_folder_fonts_are_subset_into_one_of_the_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefings.present import fonts

    monkeypatch.setattr(fonts, "_cache_root", lambda: None)
    monkeypatch.setattr(fonts, "_subset_once", functools.cache(fonts._subset_once.__wrapped__))
    folder = fonts.prepared_fonts(ROOT / "templates" / "fonts")
    assert folder.name.startswith("briefings-fonts-")
    assert all((folder / name).stat().st_size > 10_000 for name in fonts.FONT_FILES.values())


def test_the_subset_font_has_a_minus_sign_as_wide_as_its_plus(tmp_path: Path) -> None:
    from fontTools.ttLib import TTFont

    from briefings.present import fonts

    for name in fonts.FONT_FILES.values():
        fonts.subset_font(ROOT / "templates" / "fonts" / name, tmp_path / name)
        font = TTFont(str(tmp_path / name))
        cmap, metrics = font.getBestCmap(), font["hmtx"]
        minus, plus = cmap[fonts.MINUS], cmap[ord("+")]
        assert metrics[minus][0] == metrics[plus][0]  # −1.30 and +1.30 line up in a column
        bar, cross = font["glyf"][minus], font["glyf"][plus]
        assert (bar.xMin, bar.xMax) == (cross.xMin, cross.xMax)
        assert cross.yMin < bar.yMin < bar.yMax < cross.yMax  # the plus's bar, not a dash
