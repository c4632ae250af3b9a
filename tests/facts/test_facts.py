"""Fact sheets from the synthetic tables in tests/data (values invented for tests)."""

from pathlib import Path

import pandas as pd
import pytest

from briefings.domain.geography import load_geography
from briefings.domain.periods import Period
from briefings.facts.conflicts import resolve_conflicts
from briefings.facts.model import FactSheet
from briefings.facts.sheets import build_fact_sheets
from briefings.facts.trends import cumulative_periods
from briefings.sources import load_tables

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    return load_tables(("tables/*.csv",), DATA).facts


def _sheets(facts: pd.DataFrame, names: list[str], period: str) -> list[FactSheet]:
    geography, at = load_geography(), Period.parse(period)
    provinces = [geography.resolve(n, at) for n in names]
    formers = {p.slug: [geography.former[m] for m in p.members] for p in provinces if p.is_merged}
    resolved = resolve_conflicts(facts)
    chosen, overridden = resolved.chosen, resolved.overridden
    return build_fact_sheets(
        chosen, overridden, provinces, at, formers, trend_from=Period.parse("2024-Q1")
    )


def test_line_has_value_growth_target_and_national_figure(facts: pd.DataFrame) -> None:
    sheet = _sheets(facts, ["Cao Bằng"], "2025-9M")[0]
    line = sheet.line("grdp")
    assert line is not None and line.yoy_pct is not None
    assert line.yoy_pct.value == 6.5  # the statistics office's figure wins
    assert [a.value for a in line.yoy_pct.alternatives] == [6.0]  # and the other is kept
    assert (
        line.target is not None
        and line.target.value == 8
        and line.target.period.label == ("2025-FY")
    )
    assert line.target_met is None  # a full-year target is not judged after 9 months
    assert line.national_yoy_pct is not None and line.national_yoy_pct.value == 7.0


def test_additive_levels_of_former_provinces_are_summed_onto_2025_boundaries(
    facts: pd.DataFrame,
) -> None:
    sheet = _sheets(facts, ["Thái Nguyên"], "2025-9M")[0]
    trends = sheet.trends
    levels = trends[
        (trends["indicator"] == "budget_revenue")
        & (trends["measure"] == "value")
        & (trends["kind"] == "cumulative")
    ].set_index("period")
    assert levels.loc["2024-FY", "value"] == 1250.5  # Thái Nguyên 1000 + Bắc Kạn 250.5
    assert levels.loc["2024-FY", "basis"] == "summed"
    assert levels.loc["2025-9M", "value"] == 20699.5
    assert [former.name_vi for former in sheet.formers] == ["Thái Nguyên", "Bắc Kạn"]


def test_rates_of_former_provinces_are_never_combined(facts: pd.DataFrame) -> None:
    sheet = _sheets(facts, ["Thái Nguyên"], "2025-9M")[0]
    growth = sheet.trends[
        (sheet.trends["indicator"] == "grdp") & (sheet.trends["measure"] == "yoy_pct")
    ]
    at_2024 = growth[growth["period"] == "2024-FY"].set_index("series")["value"]
    assert at_2024["thai-nguyen@pre2025"] == 7.0
    assert at_2024["bac-kan@pre2025"] == 3.0
    assert pd.isna(at_2024["thai-nguyen@post2025"])  # no average, no sum: a gap


def test_missing_periods_are_gaps_not_zeros(facts: pd.DataFrame) -> None:
    sheet = _sheets(facts, ["Cao Bằng"], "2025-9M")[0]
    growth = sheet.trends[
        (sheet.trends["series"] == "cao-bang@post2025") & (sheet.trends["indicator"] == "grdp")
    ]
    assert growth["value"].isna().sum() > 0
    assert (growth["value"] != 0).all()


def test_provinces_are_ranked_among_the_selection(facts: pd.DataFrame) -> None:
    sheets = _sheets(facts, ["Cao Bằng", "Thái Nguyên"], "2025-9M")
    ranks = {
        s.province.slug: (s.line("grdp").selected_rank, s.line("grdp").selected_count)
        for s in sheets
    }  # type: ignore[union-attr]
    assert ranks == {"thai-nguyen": (1, 2), "cao-bang": (2, 2)}


def test_cumulative_periods_cover_each_year_to_date_span() -> None:
    labels = [p.label for p in cumulative_periods(Period.parse("2024-H1"), Period.parse("2025-Q1"))]
    assert labels == ["2024-H1", "2024-9M", "2024-FY", "2025-Q1"]


def _with_rows(facts: pd.DataFrame, *rows: tuple[str, str, str, str, str, float]) -> pd.DataFrame:
    """Extra synthetic facts: (province, boundary, period, indicator, measure, value)."""
    extra = pd.DataFrame(
        [
            {
                "province": province, "boundary": boundary, "period": period,
                "indicator": indicator, "measure": measure, "value": value,
                "unit": "%" if measure == "yoy_pct" else "VND billion",
                "source": f"synthetic://extra/{province}/{period}", "published": "2025-10-01",
                "origin": "test", "kind": "table", "quote": "",
            }
            for province, boundary, period, indicator, measure, value in rows
        ]
    )  # fmt: skip
    return pd.concat([facts, extra], ignore_index=True)


def test_a_quarters_level_is_derived_from_two_cumulative_levels_citing_both(
    facts: pd.DataFrame,
) -> None:
    # Thái Nguyên's 9 months are reported (20,699.5); its 6 months are summed over Thái Nguyên
    # and Bắc Kạn before the merger (12,000 + 699.5): Q3 = 8,000, derived.
    more = _with_rows(
        facts,
        ("thai-nguyen", "pre2025", "2025-H1", "budget_revenue", "value", 12000.0),
        ("bac-kan", "pre2025", "2025-H1", "budget_revenue", "value", 699.5),
    )
    line = _sheets(more, ["Thái Nguyên"], "2025-Q3")[0].line("budget_revenue")
    assert line is not None and line.value is not None
    assert line.value.value == pytest.approx(8000.0)
    assert line.value.basis == "derived"
    later, earlier = line.value.parts
    assert (later.period.label, earlier.period.label) == ("2025-9M", "2025-H1")
    assert earlier.basis == "summed"
    assert set(line.value.sources) == {
        "synthetic://test/8",
        "synthetic://extra/thai-nguyen/2025-H1",
        "synthetic://extra/bac-kan/2025-H1",
    }


def test_a_quarters_growth_is_never_derived_but_the_year_to_date_rate_is_kept(
    facts: pd.DataFrame,
) -> None:
    line = _sheets(facts, ["Cao Bằng"], "2025-Q3")[0].line("grdp")
    assert line is not None
    assert line.yoy_pct is None
    assert line.cumulative_yoy_pct is not None
    assert (line.cumulative_yoy_pct.period.label, line.cumulative_yoy_pct.value) == ("2025-9M", 6.5)
    assert line.has_data and not line.has_period_figure


def test_rates_are_not_derived_for_quarters(facts: pd.DataFrame) -> None:
    more = _with_rows(
        facts,
        ("cao-bang", "pre2025", "2025-H1", "grdp", "yoy_pct", 5.0),
    )
    line = _sheets(more, ["Cao Bằng"], "2025-Q3")[0].line("grdp")
    assert line is not None and line.yoy_pct is None
