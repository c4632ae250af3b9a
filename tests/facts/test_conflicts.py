import pandas as pd
import pytest

from briefings.facts.conflicts import (
    CORROBORATED,
    ESTIMATE,
    decimals,
    resolve_conflicts,
    same_figure,
)
from briefings.sources.schema import FACT_COLUMNS


def _fact(value: float, source: str, published: str, kind: str = "table") -> dict[str, object]:
    row: dict[str, object] = dict.fromkeys(FACT_COLUMNS, "")
    row.update(
        province="cao-bang",
        boundary="pre2025",
        period="2024-FY",
        indicator="grdp",
        measure="yoy_pct",
        value=value,
        unit="%",
        source=source,
        published=published,
        kind=kind,
    )
    return row


def test_statistics_office_release_wins_over_a_later_report() -> None:
    facts = pd.DataFrame(
        [
            _fact(6.1, "https://news.example/a", "2025-02-01"),
            _fact(6.3, "https://www.nso.gov.vn/x", "2025-01-06"),
        ]
    )
    resolved = resolve_conflicts(facts)
    chosen, overridden = resolved.chosen, resolved.overridden
    assert chosen["value"].tolist() == [6.3]
    assert overridden["value"].tolist() == [6.1]


def test_otherwise_the_latest_published_wins() -> None:
    facts = pd.DataFrame(
        [
            _fact(5.8, "https://a.example", "2025-01-02"),
            _fact(6.2, "https://b.example", "2025-01"),
            _fact(6.1, "https://c.example", "2025-01-15"),
        ]
    )
    resolved = resolve_conflicts(facts)
    chosen, overridden = resolved.chosen, resolved.overridden
    assert chosen["value"].tolist() == [6.1]
    assert sorted(overridden["value"]) == [5.8, 6.2]


def test_the_choice_does_not_depend_on_row_order() -> None:
    rows = [
        _fact(6.0, "https://b.example", "2025-01-01"),
        _fact(6.4, "https://a.example", "2025-01-01"),
    ]
    first = resolve_conflicts(pd.DataFrame(rows)).chosen["value"].tolist()
    second = resolve_conflicts(pd.DataFrame(rows[::-1])).chosen["value"].tolist()
    assert first == second == [6.4]


def test_repeats_of_the_same_value_are_not_conflicts() -> None:
    facts = pd.DataFrame(
        [
            _fact(6.0, "https://a.example", "2025-01-01"),
            _fact(6.0, "https://b.example", "2025-01-02"),
        ]
    )
    resolved = resolve_conflicts(facts)
    chosen, overridden = resolved.chosen, resolved.overridden
    assert len(chosen) == 1 and overridden.empty


def test_an_article_figure_that_differs_from_a_table_is_footnoted_not_lost() -> None:
    table = _fact(6.5, "https://table.example/report", "2025-01-05")
    article = _fact(6.62, "https://article.example/conference", "2025-01-05", kind="article")
    resolved = resolve_conflicts(pd.DataFrame([table, article]))
    chosen, overridden = resolved.chosen, resolved.overridden
    assert chosen["kind"].tolist() == ["article"]  # same day: the reviewed article wins
    assert overridden["source"].tolist() == ["https://table.example/report"]


def test_the_stronger_tier_wins_whatever_the_dates() -> None:
    facts = pd.DataFrame(
        [
            _fact(6.1, "https://cafef.vn/late-report", "2025-03-01"),  # national media
            _fact(6.9, "https://baogialai.com.vn/x", "2025-02-01"),  # provincial media
            _fact(6.4, "https://quangninh.gov.vn/x", "2025-01-10"),  # government portal
            _fact(7.2, "https://baomoi.net.vn/x", "2025-04-01"),  # aggregator: other
        ]
    )
    assert resolve_conflicts(facts).chosen["value"].tolist() == [6.4]


def test_a_final_figure_wins_over_an_earlier_estimate_of_the_same_tier() -> None:
    facts = pd.DataFrame(
        [
            _fact(8.75, "https://a.example/december-estimate", "2024-12-20"),
            _fact(8.2, "https://b.example/january-release", "2025-01-08"),
        ]
    )
    resolved = resolve_conflicts(facts)
    assert resolved.chosen["value"].tolist() == [8.2]
    assert not resolved.chosen[ESTIMATE].iloc[0]
    assert resolved.overridden["value"].tolist() == [8.75]


def test_a_figure_published_before_its_period_ended_is_marked_an_estimate() -> None:
    only = pd.DataFrame([_fact(8.75, "https://a.example/december", "2024-12-20")])
    assert bool(resolve_conflicts(only).chosen[ESTIMATE].iloc[0])


def test_values_equal_within_rounding_are_one_figure_the_more_precise_kept() -> None:
    facts = pd.DataFrame(
        [
            _fact(10.3, "https://www.nso.gov.vn/release", "2025-01-06"),
            _fact(10.27, "https://cafef.vn/detail", "2025-01-07"),
        ]
    )
    resolved = resolve_conflicts(facts)
    chosen = resolved.chosen.iloc[0]
    assert chosen["value"] == 10.27
    assert chosen["source"] == "https://cafef.vn/detail"
    assert chosen[CORROBORATED] == "https://www.nso.gov.vn/release"
    assert resolved.overridden.empty  # no conflict note


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [(10.3, 10.27, True), (10.3, 10.36, False), (8, 8.02, True), (8, 8.6, False), (6.5, 6.5, True)],
)
def test_same_figure_is_judged_at_the_less_precise_rounding(a: float, b: float, same: bool) -> None:
    assert same_figure(a, b) is same
    assert same_figure(b, a) is same


def test_decimals_are_those_the_value_was_written_with() -> None:
    assert [decimals(v) for v in (10.27, 10.3, 8.0, 1299.0, 0.5)] == [2, 1, 0, 0, 1]
