"""The sentences a briefing says about its rules and boundaries, written once.

Stages below ``present`` hand over data (a merged unit and its former provinces, a boundary
era); the words for them are chosen here.
"""

from __future__ import annotations

from briefings.domain.geography import POST, Province
from briefings.domain.periods import Period
from briefings.domain.publishers import Tier
from briefings.facts.model import Figure
from briefings.present.formatting import fmt_percent, fmt_period, fmt_period_name, fmt_value

CONFLICT_RULE = (
    "When sources disagree, the briefing uses the strongest source (a statistics office, then "
    "a government portal, national media, provincial media, other sites), then a final figure "
    "over an early estimate (e), then the most recently published; the other figures are "
    "footnoted. Figures equal within rounding (10.3 and 10.27) are one figure, shown with the "
    "more precise value."
)
TIER_NAMES = {
    Tier.STATISTICS: "statistics office",
    Tier.GOVERNMENT: "government portal",
    Tier.NATIONAL: "national media",
    Tier.PROVINCIAL: "provincial media",
    Tier.OTHER: "other: re-check",
}


def merger_note(unit: Province, formers: tuple[Province, ...]) -> str:
    """How a merged unit's figures are put together, for its fact sheet."""
    names = ", ".join(f.name_vi for f in formers)
    return (
        f"{unit.name_vi} was formed on 1 July 2025 from {names}. Before then, levels "
        "that add up (revenue, trade, investment) are summed over these former provinces "
        "onto today's boundaries and marked “Σ”; growth rates and ranks are shown for "
        "each former province and never combined."
    )


def former_label(province: Province) -> str:
    """How a former province is named beside the unit that replaced it."""
    return f"{province.name_vi} (pre-2025)"


def era_text(province: Province) -> str:
    """Which boundaries a province's figures are on."""
    if province.boundary == POST:
        return "34-unit boundaries since 1 July 2025"
    return "63-province boundaries before 1 July 2025"


def boundary_note(after_merger: bool) -> str:
    """Which boundaries the whole document's figures are on, for the cover."""
    if after_merger:
        return "Figures are on the 34 provincial units in force since 1 July 2025."
    return "Figures are on the 63 provinces in force before 1 July 2025."


def derived_note(name: str, derived: Figure, cited: tuple[int, int]) -> str:
    """How a discrete quarter's level was worked out from two cumulative levels."""
    later, earlier = derived.parts
    return (
        f"{name} for {fmt_period_name(derived.period)} is derived: "
        f"{fmt_period_name(later.period)} {fmt_value(later.value, later.unit)} [{cited[0]}] "
        f"− {fmt_period_name(earlier.period)} {fmt_value(earlier.value, earlier.unit)} "
        f"[{cited[1]}]."
    )


def quarter_growth_note(name: str, period: Period, year_to_date: Figure, cited: int) -> str:
    """Why a discrete quarter's growth is a dash, with the year-to-date rate that is known."""
    return (
        f"{name} growth for {fmt_period_name(period)} alone is not published, and it cannot "
        f"be derived from year-to-date rates; {fmt_period(year_to_date.period)}: "
        f"{fmt_percent(year_to_date.value)} [{cited}]."
    )


KnownValue = tuple[str, str, int]  # (who and when, the value formatted, citation number)
MAX_LISTED = 4


def known_values(name: str, growth: list[KnownValue], level: list[KnownValue]) -> str:
    """What is published of an indicator's trends too short or too scattered for a chart."""
    parts = [
        f"{what} "
        + "; ".join(f"{when} {value} [{cited}]" for when, value, cited in values[:MAX_LISTED])
        + (f"; {len(values) - MAX_LISTED} more" if len(values) > MAX_LISTED else "")
        for what, values in (("growth", growth), ("level", level))
        if values
    ]
    return f"{name}: {'; '.join(parts)}."


TOO_FEW_HEADING = "Too few figures for a chart; published in this window:"


def missing_line(indicator: str, names: list[str], period: Period) -> str:
    """The provinces a comparison has no figure for, named in one line."""
    return f"No published {indicator} figure for {fmt_period_name(period)}: {', '.join(names)}."


def mixed_units_note(indicator: str, units: list[str]) -> str:
    """Why an indicator published in several units is shown apart, not converted."""
    listed = " and ".join(units)
    return (
        f"{indicator} is published in {listed} by different provinces; each figure is shown "
        "in the unit it was published in, not converted, as the sources give no exchange rate "
        "to convert with."
    )
