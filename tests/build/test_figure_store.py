"""Figures come from the store unless what they are drawn from changed: a province's trend
charts from its sheet, each comparison from the compared indicator's lines (synthetic
values)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from briefings.build.parallel import SerialExecutor, draw_all, reuse_for
from briefings.build.store import Store
from briefings.domain.indicators import REGISTRY
from briefings.facts.model import FactSheet, Figure, IndicatorLine
from conftest import ROOT, synthetic_sheet

INDICATORS = ("grdp", "budget_revenue")


class Recording(SerialExecutor):
    """Runs each task here, and records what it drew: the work and what it was drawn for."""

    def __init__(self) -> None:
        self.drawn: list[tuple[str, str]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        _language, _fonts, work, subject, drawn_for, _out = args
        shown = subject.province.slug if isinstance(subject, FactSheet) else drawn_for
        self.drawn.append((work.__name__, shown))
        return super().submit(fn, *args, **kwargs)


def _sheet(slug: str, growth: float, revenue: float) -> FactSheet:
    sheet = synthetic_sheet(slug, growth, {"2022-FY": 5.0, "2023-FY": 6.0, "2024-FY": growth})
    budget = IndicatorLine(
        REGISTRY["budget_revenue"], yoy_pct=Figure(revenue, "%", sheet.period, ("synthetic://b",))
    )
    return dataclasses.replace(sheet, lines=(*sheet.lines, budget))


def _draw(sheets: list[FactSheet], out: Path, store: Store) -> list[tuple[str, str]]:
    executor = Recording()
    fonts = ROOT / "templates" / "fonts"
    drawn = draw_all(executor, "en", fonts, sheets, INDICATORS, out,
                     reuse_for(store, "en", ROOT / "templates"))  # fmt: skip
    assert [c.name for c in drawn.comparisons] == [
        "comparison/grdp-growth",
        "comparison/budget_revenue-growth",
    ]
    return executor.drawn


def test_a_changed_growth_rate_draws_its_province_and_its_comparison_again(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "store")
    sheets = [_sheet("cao-bang", 5.0, 9.0), _sheet("lang-son", 6.5, 11.0)]
    first = _draw(sheets, tmp_path / "first", store)
    assert first == [
        ("sheet_figures", "cao-bang"),
        ("sheet_figures", "lang-son"),
        ("draw_comparison", "grdp"),
        ("draw_comparison", "budget_revenue"),
    ]
    assert _draw(sheets, tmp_path / "again", store) == []  # everything from the store
    changed = [_sheet("cao-bang", 5.2, 9.0), sheets[1]]
    assert _draw(changed, tmp_path / "changed", store) == [
        ("sheet_figures", "cao-bang"),
        ("draw_comparison", "grdp"),  # budget revenue's comparison is unchanged
    ]
    revenue = [sheets[0], _sheet("lang-son", 6.5, 12.0)]
    assert _draw(revenue, tmp_path / "revenue", store) == [
        ("sheet_figures", "lang-son"),
        ("draw_comparison", "budget_revenue"),
    ]
