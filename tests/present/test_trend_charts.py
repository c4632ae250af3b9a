"""Specification of briefings.present.trend_charts (synthetic values): like with like."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from briefings.present.charts import trend_points, use_font
from briefings.present.trend_charts import (
    draw_growth_trend,
    draw_level_trend,
    draw_quarter_trend,
    year_lines,
)
from conftest import synthetic_sheet

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _font() -> None:
    use_font(ROOT / "templates" / "fonts")


def test_growth_so_far_this_year_is_drawn_in_the_committed_font(tmp_path: Path) -> None:
    points = {"2023-H1": 5.0, "2023-FY": 6.0, "2024-Q1": 4.0, "2024-H1": math.nan, "2024-FY": 6.5}
    chart = draw_growth_trend(synthetic_sheet("cao-bang", 6.5, points), "grdp", tmp_path)
    assert chart is not None and chart.png.is_file() and chart.svg.is_file()
    assert chart.title == "GRDP: growth so far this year, by year"
    assert "one year, cumulative from January" in chart.caption
    drawn = {label for label, value in points.items() if not math.isnan(value)}
    assert set(chart.sources) == {f"synthetic://t/{label}" for label in drawn}
    svg = chart.svg.read_text()
    # Text stays text (WeasyPrint sets it in the briefing's own @font-face font): no glyph paths.
    assert "<text" in svg and "font-family: 'Briefings Noto Sans'" in svg
    assert 'id="BriefingsNotoSans-' not in svg  # matplotlib's glyph outlines


def test_growth_is_one_line_per_year_never_chaining_one_year_into_the_next() -> None:
    points = {"2023-H1": 5.0, "2023-FY": 6.0, "2024-Q1": 4.0, "2024-FY": 6.5}
    sheet = synthetic_sheet("cao-bang", 6.5, points)
    lines = year_lines(trend_points(sheet, "grdp", "yoy_pct", "cumulative"), 2024)
    shown = [(line.year, [None if math.isnan(v) else v for v in line.values]) for line in lines]
    assert shown == [(2023, [None, 5.0, None, 6.0]), (2024, [4.0, None, None, 6.5])]


def test_fewer_than_three_values_make_no_chart(tmp_path: Path) -> None:
    sheet = synthetic_sheet("cao-bang", 6.0, {"2024-9M": 5.0, "2024-FY": 6.0})
    assert draw_growth_trend(sheet, "grdp", tmp_path) is None


def test_levels_by_span_across_years(tmp_path: Path) -> None:
    points = {"2023-FY": 100.0, "2024-H1": 60.0, "2024-FY": 120.0}
    sheet = synthetic_sheet("cao-bang", None, points, measure="value")
    chart = draw_level_trend(sheet, "grdp", tmp_path)
    assert chart is not None and chart.name == "cao-bang/grdp-levels"
    assert chart.caption.startswith("By year for each cumulative span")


def test_discrete_quarters_are_their_own_series_and_derived_ones_are_said(
    tmp_path: Path,
) -> None:
    points = {"2024-Q1": 20.0, "2024-Q2": 25.0, "2024-Q3": 30.0}
    sheet = synthetic_sheet("cao-bang", None, points, measure="value", kind="quarter",
                            basis="derived")  # fmt: skip
    chart = draw_quarter_trend(sheet, "grdp", "value", tmp_path)
    assert chart is not None and chart.name == "cao-bang/grdp-quarters"
    assert "not cumulative" in chart.caption
    assert "Q3 = 9 months − 6 months" in chart.caption
