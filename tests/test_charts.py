"""Figures from a hand-made fact sheet (synthetic values)."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from briefings.charts import draw_comparison, draw_growth_trend, use_font
from briefings.facts import FactSheet, Figure, IndicatorLine
from briefings.geography import load_geography
from briefings.indicators import REGISTRY
from briefings.periods import Period

ROOT = Path(__file__).resolve().parents[1]
PERIOD = Period.parse("2024-FY")


def _sheet(slug: str, growth: float | None, trend: list[float]) -> FactSheet:
    province = load_geography().resolve(slug, PERIOD)
    periods = ["2024-Q1", "2024-H1", "2024-9M", "2024-FY"]
    trends = pd.DataFrame(
        {
            "indicator": "grdp",
            "measure": "yoy_pct",
            "series": province.name_vi,
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
