import pandas as pd

from briefings.facts.conflicts import is_statistics_office, resolve_conflicts
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
            _fact(6.0, "https://a.example", "2024-12-20"),
            _fact(6.2, "https://b.example", "2025-01"),
            _fact(6.1, "https://c.example", "2025-01-15"),
        ]
    )
    resolved = resolve_conflicts(facts)
    chosen, overridden = resolved.chosen, resolved.overridden
    assert chosen["value"].tolist() == [6.1]
    assert sorted(overridden["value"]) == [6.0, 6.2]


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


def test_statistics_office_hosts() -> None:
    assert is_statistics_office("https://www.gso.gov.vn/en/data")
    assert is_statistics_office("https://cucthongkelangson.gov.vn/x")
    assert not is_statistics_office("https://thongke.example.com/x")
    assert not is_statistics_office("https://cafef.vn/x")


def test_an_article_figure_that_differs_from_a_table_is_footnoted_not_lost() -> None:
    table = _fact(6.5, "https://table.example/report", "2025-01-05")
    article = _fact(6.52, "https://article.example/conference", "2025-01-05", kind="article")
    resolved = resolve_conflicts(pd.DataFrame([table, article]))
    chosen, overridden = resolved.chosen, resolved.overridden
    assert chosen["kind"].tolist() == ["article"]  # same day: the reviewed article wins
    assert overridden["source"].tolist() == ["https://table.example/report"]
