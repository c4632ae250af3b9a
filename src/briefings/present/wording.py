"""The sentences a briefing says about its rules, boundaries and notes, written once, in the
edition's language.

Stages below ``present`` hand over data (a merged unit and its former provinces, a boundary
era); the words for them are chosen here.
"""

from __future__ import annotations

from briefings.domain.geography import POST, Province
from briefings.domain.periods import Period
from briefings.domain.publishers import Tier
from briefings.facts.model import Figure
from briefings.present.formatting import (
    fmt_names,
    fmt_percent,
    fmt_period,
    fmt_period_name,
    fmt_value,
)
from briefings.present.i18n import N_, _

_TIER_NAMES = {
    Tier.STATISTICS: N_("statistics office"),
    Tier.GOVERNMENT: N_("government portal"),
    Tier.NATIONAL: N_("national media"),
    Tier.PROVINCIAL: N_("provincial media"),
    Tier.OTHER: N_("other: re-check"),
}
_UNIT_NAMES = {"USD": N_("USD"), "VND million": N_("VND million")}
MAX_LISTED = 4

KnownValue = tuple[str, str, int]  # (who and when, the value formatted, citation number)


def conflict_rule() -> str:
    """The conflict rule, as the cover and the appendix state it."""
    return _(
        "When sources disagree, the briefing uses the strongest source (a statistics office, "
        "then a government portal, national media, provincial media, other sites), then a final "
        "figure over an early estimate (e), then the most recently published; the other figures "
        "are footnoted. Figures equal within rounding (10.3 and 10.27) are one figure, shown "
        "with the more precise value."
    )


def tier_name(tier: Tier) -> str:
    """A source tier in words."""
    return _(_TIER_NAMES[tier])


def merger_note(unit: Province, formers: tuple[Province, ...]) -> str:
    """How a merged unit's figures are put together, for its fact sheet."""
    return _(
        "{unit} was formed on 1 July 2025 from {formers}. Before then, levels that add up "
        "(revenue, trade, investment) are summed over these former provinces onto today's "
        "boundaries and marked “Σ”; growth rates and ranks are shown for each former province "
        "and never combined."
    ).format(unit=unit.name_vi, formers=", ".join(f.name_vi for f in formers))


def former_label(province: Province) -> str:
    """How a former province is named beside the unit that replaced it."""
    return _("{province} (pre-2025)").format(province=province.name_vi)


def era_text(province: Province) -> str:
    """Which boundaries a province's figures are on."""
    if province.boundary == POST:
        return _("34-unit boundaries since 1 July 2025")
    return _("63-province boundaries before 1 July 2025")


def boundary_note(after_merger: bool) -> str:
    """Which boundaries the whole document's figures are on, for the cover."""
    if after_merger:
        return _("Figures are on the 34 provincial units in force since 1 July 2025.")
    return _("Figures are on the 63 provinces in force before 1 July 2025.")


def derived_note(name: str, derived: Figure, cited: tuple[int, int]) -> str:
    """How a discrete quarter's level was worked out from two cumulative levels."""
    later, earlier = derived.parts
    return _(
        "{indicator} for {period} is derived: {later_period} {later} [{later_source}] − "
        "{earlier_period} {earlier} [{earlier_source}]."
    ).format(
        indicator=name,
        period=fmt_period_name(derived.period),
        later_period=fmt_period_name(later.period),
        later=fmt_value(later.value, later.unit),
        later_source=cited[0],
        earlier_period=fmt_period_name(earlier.period),
        earlier=fmt_value(earlier.value, earlier.unit),
        earlier_source=cited[1],
    )


def quarter_growth_note(name: str, period: Period, year_to_date: Figure, cited: int) -> str:
    """Why a discrete quarter's growth is a dash, with the year-to-date rate that is known."""
    return _(
        "{indicator} growth for {period} alone is not published, and it cannot be derived from "
        "year-to-date rates; {year_to_date}: {growth} [{source}]."
    ).format(
        indicator=name,
        period=fmt_period_name(period),
        year_to_date=fmt_period(year_to_date.period),
        growth=fmt_percent(year_to_date.value),
        source=cited,
    )


def known_values(name: str, growth: list[KnownValue], level: list[KnownValue]) -> str:
    """What is published of an indicator's trends too short or too scattered for a chart."""
    parts = []
    for what, values in ((_("growth"), growth), (_("level"), level)):
        if not values:
            continue
        listed = "; ".join(
            f"{when} {value} [{cited}]" for when, value, cited in values[:MAX_LISTED]
        )
        if len(values) > MAX_LISTED:
            listed += "; " + _("{count} more").format(count=len(values) - MAX_LISTED)
        parts.append(f"{what} {listed}")
    return f"{name}: {'; '.join(parts)}."


def too_few_heading() -> str:
    """The heading of a fact sheet's list of trends too short for a chart."""
    return _("Too few figures for a chart; published in this window:")


def missing_line(indicator: str, names: list[str], period: Period) -> str:
    """The provinces a comparison has no figure for, named in one line."""
    return _("No published {indicator} figure for {period}: {provinces}.").format(
        indicator=indicator, period=fmt_period_name(period), provinces=", ".join(names)
    )


def disagreeing_ranks_line(names: list[str]) -> str:
    """The provinces whose national ranks contradict each other or their growth, in one line."""
    return _(
        "The national ranks of {provinces} disagree with each other or with the growth shown:"
        " each is as its source published it, and sources may rank on different estimates."
    ).format(provinces=fmt_names(names))


def mixed_units_note(indicator: str, units: list[str]) -> str:
    """Why an indicator published in several units is shown apart, not converted."""
    listed = _(" and ").join(_(_UNIT_NAMES[u]) if u in _UNIT_NAMES else u for u in units)
    return _(
        "{indicator} is published in {units} by different provinces; each figure is shown in "
        "the unit it was published in, not converted, as the sources give no exchange rate to "
        "convert with."
    ).format(indicator=indicator, units=listed)
