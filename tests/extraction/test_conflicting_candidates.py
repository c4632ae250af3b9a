"""Two values for one fact in one article are both kept and flagged ``conflict`` for review.

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's.
"""

from __future__ import annotations

from briefings.extraction import ArticleMeta, extract_facts
from briefings.extraction.extract import Candidate

META = ArticleMeta("test.txt", "https://baocaobang.vn/synthetic-review.html", "2025-01-10")


def _flags(text: str) -> dict[tuple[str, str, str, float], str]:
    found: tuple[Candidate, ...] = extract_facts(text, META).candidates
    return {(c.period, c.indicator, c.measure, c.value): c.uncertain for c in found}


def test_two_growth_rates_for_one_year_are_both_flagged() -> None:
    text = (
        "In 2024, the GRDP of Cao Bang province grew by 6.2% over 2023.\n\n"
        "Budget revenue in the province reached VND 2,950 billion, up 12% over the previous year."
        "\n\nSumming up the year, the leader said the GRDP growth rate of Cao Bang in 2024"
        " reached 5.9%.\n"
    )
    flags = _flags(text)
    assert flags[("2024-FY", "grdp", "yoy_pct", 6.2)] == "conflict"
    assert flags[("2024-FY", "grdp", "yoy_pct", 5.9)] == "conflict"
    assert flags[("2024-FY", "budget_revenue", "yoy_pct", 12.0)] == ""  # one value: no conflict
    assert flags[("2024-FY", "budget_revenue", "value", 2950.0)] == ""


def test_the_same_value_said_twice_is_no_conflict() -> None:
    text = (
        "In 2024, the GRDP of Cao Bang province grew by 6.2% over 2023.\n\n"
        "The leader recalled that the GRDP growth rate of Cao Bang in 2024 reached 6.2%.\n"
    )
    assert _flags(text) == {("2024-FY", "grdp", "yoy_pct", 6.2): ""}


def test_a_conflict_adds_to_what_else_is_uncertain() -> None:
    from briefings.extraction.extract import flag_conflicts

    def candidate(value: float, uncertain: str) -> Candidate:
        return Candidate(f"id{value}", "cao-bang", "post2025", "2025-H1", "grdp", "yoy_pct",
                         value, "%", "s", "2025-07-01", "t.txt:1", "q", "", 0, 1, "en",
                         uncertain=uncertain)  # fmt: skip

    flagged = flag_conflicts([candidate(6.1, "span"), candidate(6.4, "")])
    assert [c.uncertain for c in flagged] == ["span, conflict", "conflict"]
