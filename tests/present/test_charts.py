"""Figures from a hand-made fact sheet (synthetic values)."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from briefings.domain.geography import load_geography
from briefings.domain.indicators import REGISTRY
from briefings.domain.periods import Period
from briefings.facts.model import FactSheet, Figure, IndicatorLine
from briefings.facts.trends import series_id
from briefings.present.charts import draw_comparison, draw_growth_trend, use_font

ROOT = Path(__file__).resolve().parents[2]
PERIOD = Period.parse("2024-FY")


def _sheet(slug: str, growth: float | None, trend: list[float]) -> FactSheet:
    province = load_geography().resolve(slug, PERIOD)
    periods = ["2024-Q1", "2024-H1", "2024-9M", "2024-FY"]
    trends = pd.DataFrame(
        {
            "indicator": "grdp",
            "measure": "yoy_pct",
            "series": series_id(province),
            "role": "province",
            "period": periods,
            "value": trend,
            "unit": "%",
            "sources": [("synthetic://t",)] * 4,
        }
    )
    line = IndicatorLine(
        REGISTRY["grdp"],
        yoy_pct=None if growth is None else Figure(growth, "%", PERIOD, ("synthetic://g",)),
    )
    return FactSheet(province, PERIOD, (line,), trends)


def test_trend_with_a_missing_period_is_drawn_in_the_committed_font(tmp_path: Path) -> None:
    use_font(ROOT / "templates" / "fonts")
    sheet = _sheet("cao-bang", 5.0, [4.0, math.nan, 5.0, 6.0])
    chart = draw_growth_trend(sheet, "grdp", Period.parse("2024-Q1"), tmp_path)
    assert chart is not None and chart.png.is_file() and chart.svg.is_file()
    assert chart.sources == ("synthetic://t",)
    svg = chart.svg.read_text()
    assert "<text" not in svg  # text is drawn as glyph paths, independent of installed fonts
    assert "BriefingsNotoSans" in svg


def test_a_single_point_is_no_trend(tmp_path: Path) -> None:
    sheet = _sheet("cao-bang", 5.0, [math.nan, math.nan, math.nan, 6.0])
    assert draw_growth_trend(sheet, "grdp", Period.parse("2024-Q1"), tmp_path) is None


def test_comparison_needs_two_provinces_with_a_figure(tmp_path: Path) -> None:
    one = [_sheet("cao-bang", 5.0, [1, 2, 3, 4]), _sheet("lang-son", None, [1, 2, 3, 4])]
    assert draw_comparison(one, "grdp", tmp_path) is None
    two = [*one, _sheet("ha-giang", 7.5, [1, 2, 3, 4])]
    chart = draw_comparison(two, "grdp", tmp_path)
    assert chart is not None and chart.name == "comparison/grdp-growth"


def test_fonts_are_subset_once_per_process_and_copied_into_each_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefings.present import fonts

    source = ROOT / "templates" / "fonts"
    first = fonts.prepared_fonts(source)
    monkeypatch.setattr(fonts, "subset_font", lambda *_: pytest.fail("subset a second time"))
    assert fonts.prepared_fonts(source) == first
    names = fonts.copy_fonts(source, tmp_path / "fonts")
    assert names == {"regular": "fonts/NotoSans-Regular.ttf", "bold": "fonts/NotoSans-Bold.ttf"}
    for name in fonts.FONT_FILES.values():
        assert (tmp_path / "fonts" / name).read_bytes() == (first / name).read_bytes()
