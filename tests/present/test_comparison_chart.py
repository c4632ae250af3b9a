"""Specification of briefings.present.comparison_chart (synthetic values)."""

from __future__ import annotations

from pathlib import Path

from briefings.domain.geography import load_geography
from briefings.domain.periods import Period
from briefings.present.comparison_chart import draw_comparison, ranked_growth, split_rows
from conftest import synthetic_sheet


def test_comparison_needs_two_provinces_with_a_figure(tmp_path: Path) -> None:
    one = [synthetic_sheet("cao-bang", 5.0, {}), synthetic_sheet("lang-son", None, {})]
    assert draw_comparison(one, "grdp", tmp_path) == []
    two = [*one, synthetic_sheet("ha-giang", 7.5, {})]
    [chart] = draw_comparison(two, "grdp", tmp_path)
    assert chart.name == "comparison/grdp-growth"


def test_only_provinces_with_a_figure_are_ranked_fastest_first() -> None:
    sheets = [
        synthetic_sheet("cao-bang", 5.0, {}),
        synthetic_sheet("lang-son", None, {}),
        synthetic_sheet("ha-giang", 7.5, {}),
        synthetic_sheet("bac-kan", 7.5, {}),
    ]
    frame = ranked_growth(sheets, "grdp")
    assert list(frame["province"]) == ["Bắc Kạn", "Hà Giang", "Cao Bằng"]  # ties by name


def test_long_rankings_split_into_balanced_parts_that_fit_a_page() -> None:
    assert [len(part) for part in split_rows(63)] == [21, 21, 21]
    assert [len(part) for part in split_rows(34)] == [17, 17]
    assert [len(part) for part in split_rows(8)] == [8]


def test_every_part_is_a_figure_of_its_own(tmp_path: Path) -> None:
    provinces = load_geography().units_for(Period.parse("2024-FY"))[:40]
    sheets = [synthetic_sheet(p.slug, float(i % 9), {}) for i, p in enumerate(provinces)]
    charts = draw_comparison(sheets, "grdp", tmp_path)
    assert [c.name for c in charts] == ["comparison/grdp-growth-1", "comparison/grdp-growth-2"]
    assert charts[1].title.endswith("(part 2 of 2)")
