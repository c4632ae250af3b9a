"""Figures come from the store unless what they are drawn from changed: a province's trend
charts from its sheet, each part of a comparison from its rows and the scale its parts share
(synthetic values)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from briefings.build.parallel import SerialExecutor, draw_all, reuse_for, sheet_digest
from briefings.build.store import Store
from briefings.domain.geography import load_geography
from briefings.domain.indicators import REGISTRY
from briefings.domain.periods import Period
from briefings.facts.model import FactSheet, Figure, IndicatorLine
from conftest import ROOT, synthetic_sheet

INDICATORS = ("grdp", "budget_revenue")


class Recording(SerialExecutor):
    """Runs each task here, and records what it drew: the work and what it was drawn for."""

    def __init__(self) -> None:
        self.drawn: list[tuple[str, str]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        _language, _fonts, work, subject, *_rest = args
        if isinstance(subject, FactSheet):
            shown = subject.province.slug
        else:
            shown = subject.indicator_id + (f" {subject.number}" if subject.parts > 1 else "")
        self.drawn.append((work.__name__, shown))
        return super().submit(fn, *args, **kwargs)


def _sheet(slug: str, growth: float, revenue: float) -> FactSheet:
    sheet = synthetic_sheet(slug, growth, {"2022-FY": 5.0, "2023-FY": 6.0, "2024-FY": growth})
    budget = IndicatorLine(
        REGISTRY["budget_revenue"], yoy_pct=Figure(revenue, "%", sheet.period, ("synthetic://b",))
    )
    return dataclasses.replace(sheet, lines=(*sheet.lines, budget))


def _draw(
    sheets: list[FactSheet], out: Path, store: Store, indicators: tuple[str, ...] = INDICATORS
) -> tuple[list[tuple[str, str]], list[str]]:
    executor = Recording()
    fonts = ROOT / "templates" / "fonts"
    drawn = draw_all(executor, "en", fonts, sheets, indicators, out,
                     reuse_for(store, "en", ROOT / "templates"))  # fmt: skip
    return executor.drawn, [c.name for c in drawn.comparisons]


def test_a_changed_growth_rate_draws_its_province_and_its_comparison_again(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "store")
    sheets = [_sheet("cao-bang", 5.0, 9.0), _sheet("lang-son", 6.5, 11.0)]
    first, comparisons = _draw(sheets, tmp_path / "first", store)
    assert comparisons == ["comparison/grdp-growth", "comparison/budget_revenue-growth"]
    assert first == [
        ("sheet_figures", "cao-bang"),
        ("sheet_figures", "lang-son"),
        ("draw_part", "grdp"),
        ("draw_part", "budget_revenue"),
    ]
    assert _draw(sheets, tmp_path / "again", store)[0] == []  # everything from the store
    changed = [_sheet("cao-bang", 5.2, 9.0), sheets[1]]
    assert _draw(changed, tmp_path / "changed", store)[0] == [
        ("sheet_figures", "cao-bang"),
        ("draw_part", "grdp"),  # budget revenue's comparison is unchanged
    ]
    revenue = [sheets[0], _sheet("lang-son", 6.5, 12.0)]
    assert _draw(revenue, tmp_path / "revenue", store)[0] == [
        ("sheet_figures", "lang-son"),
        ("draw_part", "budget_revenue"),
    ]


def test_a_changed_rate_draws_again_only_the_part_of_the_ranking_it_is_in(
    tmp_path: Path,
) -> None:
    """32 provinces rank in two parts of 16 on one scale (synthetic rates from 5.0 to 8.1)."""
    slugs = [p.slug for p in load_geography().units_for(Period.parse("2024-FY"))][:32]
    rates = {slug: 5.0 + index / 10 for index, slug in enumerate(slugs)}
    sheets = [_sheet(slug, rate, 9.0) for slug, rate in rates.items()]
    store = Store(tmp_path / "store")
    first, comparisons = _draw(sheets, tmp_path / "first", store, ("grdp",))
    assert comparisons == ["comparison/grdp-growth-1", "comparison/grdp-growth-2"]
    assert first[-2:] == [("draw_part", "grdp 1"), ("draw_part", "grdp 2")]
    fastest_but_one = slugs[-2]  # 8.0%, in the first part; the scale is set by 8.1 and 0
    nudged = [_sheet(s, rates[s] + (0.05 if s == fastest_but_one else 0), 9.0) for s in slugs]
    assert _draw(nudged, tmp_path / "nudged", store, ("grdp",))[0] == [
        ("sheet_figures", fastest_but_one),
        ("draw_part", "grdp 1"),
    ]
    widened = [_sheet(s, rates[s] + (2.0 if s == slugs[0] else 0), 9.0) for s in slugs]
    assert _draw(widened, tmp_path / "widened", store, ("grdp",))[0] == [
        ("sheet_figures", slugs[0]),
        ("draw_part", "grdp 1"),  # a new fastest province moves the scale of both parts
        ("draw_part", "grdp 2"),
    ]


def test_a_sheets_digest_is_made_once_and_follows_its_content() -> None:
    sheet = _sheet("cao-bang", 5.0, 9.0)
    first = sheet_digest(sheet)
    assert sheet_digest(sheet) == first  # the same sheet: from the per-build memo
    assert sheet_digest(_sheet("cao-bang", 5.0, 9.0)) == first  # an equal sheet: the same key
    assert sheet_digest(_sheet("cao-bang", 5.1, 9.0)) != first  # a changed rate: another key


def test_what_must_be_drawn_is_handed_out_before_the_kept_figures_are_fetched(
    tmp_path: Path,
) -> None:
    """The workers start on the changed province while this process fetches the rest."""
    events: list[str] = []

    class Watched(Store):
        def fetch(self, key: str, target: Path) -> Any | None:
            events.append("fetch")
            return super().fetch(key, target)

    class Told(Recording):
        def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
            events.append("draw")
            return super().submit(fn, *args, **kwargs)

    store = Watched(tmp_path / "store")
    sheets = [_sheet(slug, 5.0, 9.0) for slug in ("bac-ninh", "cao-bang", "lang-son")]
    _draw(sheets, tmp_path / "first", store)
    events.clear()
    changed = [*sheets[:2], _sheet("lang-son", 5.5, 9.0)]
    draw_all(Told(), "en", ROOT / "templates" / "fonts", changed, INDICATORS, tmp_path / "again",
             reuse_for(store, "en", ROOT / "templates"))  # fmt: skip
    assert events == ["draw", "draw", "fetch", "fetch", "fetch"]  # lang-son, grdp; then the rest


def test_a_kept_entry_damaged_since_is_drawn_again(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    sheets = [_sheet("cao-bang", 5.0, 9.0), _sheet("lang-son", 6.5, 11.0)]
    _draw(sheets, tmp_path / "first", store)
    (kept,) = (tmp_path / "store").glob("*/files/comparison/grdp-growth.svg")
    kept.unlink()
    kept.write_text("<svg>damaged</svg>")  # the entry is still there, its file is not
    assert _draw(sheets, tmp_path / "again", store)[0] == [("draw_part", "grdp")]
    assert "damaged" not in (tmp_path / "again" / "comparison" / "grdp-growth.svg").read_text()
