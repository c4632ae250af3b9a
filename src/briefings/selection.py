"""Turn the configuration's choices into concrete provinces and periods, given the data.

"latest" becomes the newest year-to-date period for which a selected province has a figure;
names become provinces of the right era (former provinces before 1 July 2025, the 34 units
after it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from briefings.config import Config, Place
from briefings.domain.geography import NATION_SLUG, NATIONAL, PRE, Geography, Province
from briefings.domain.indicators import REGISTRY
from briefings.domain.periods import Period
from briefings.errors import ConfigError, GeographyError


@dataclass(frozen=True)
class Selection:
    """What one edition covers."""

    period: Period
    provinces: tuple[Province, ...]
    formers: dict[str, list[Province]]
    indicators: tuple[str, ...]
    trend_from: Period
    edition: str  # the configured name, else the period label

    def fact_keys(self) -> set[tuple[str, str]]:
        """(slug, boundary) of every province whose facts the edition can show: the selected
        ones, their former provinces (and an unchanged unit's earlier self), and the nation."""
        keys = {p.key for p in self.provinces} | {(NATION_SLUG, NATIONAL)}
        keys |= {f.key for formers in self.formers.values() for f in formers}
        keys |= {(p.slug, PRE) for p in self.provinces if not p.is_merged}
        return keys


def select(config: Config, facts: pd.DataFrame, geography: Geography) -> Selection:
    """Resolve period, provinces, indicators and trend start against the loaded facts."""
    period = config.period or latest_period(facts, config.provinces, config.province_place())
    slugs = config.provinces or tuple(p.slug for p in geography.units_for(period))
    provinces = []
    for index, slug in enumerate(slugs):
        try:
            provinces.append(geography.resolve(slug, period))
        except GeographyError as exc:  # e.g. merged away in this period
            place = config.province_place(index)  # the flag, or the file and key
            raise ConfigError.from_error(exc, where=place.where, key=place.key) from None
    formers = {p.slug: [geography.former[m] for m in p.members] for p in provinces if p.is_merged}
    return Selection(
        period=period,
        provinces=tuple(provinces),
        formers=formers,
        indicators=config.indicators or indicators_with_data(facts),
        trend_from=config.trend_from or Period(period.year - 2, 1, 3),
        edition=config.edition or period.label,
    )


def edition_name(config: Config, facts: Callable[[], pd.DataFrame]) -> str:
    """The edition a build of ``config`` writes, without building it: the configured name,
    else the label of the period reported on (``facts`` are loaded only for "latest")."""
    if config.edition:
        return config.edition
    place = config.province_place()
    return (config.period or latest_period(facts(), config.provinces, place)).label


def latest_period(
    facts: pd.DataFrame, slugs: tuple[str, ...] | None, place: Place | None = None
) -> Period:
    """The newest year-to-date period with any figure for the selected provinces (named, in
    an error, where ``place`` says they were chosen)."""
    subset = facts[facts["province"] != NATION_SLUG]
    if slugs is not None:
        subset = subset[subset["province"].isin(slugs)]
    periods = [Period.parse(p) for p in subset["period"].unique()]
    cumulative = [p for p in periods if p.is_cumulative]
    if not cumulative:
        place = place or Place("[briefing].provinces")
        raise ConfigError(
            "no figures for the selected provinces in any period",
            where=place.where,
            key=place.key,
            fix="add data to sources/ or pick others",
        )
    return max(cumulative)


def indicators_with_data(facts: pd.DataFrame) -> tuple[str, ...]:
    """Registry order, keeping only indicators that have at least one fact."""
    present = set(facts["indicator"].unique())
    return tuple(i for i in REGISTRY if i in present)


def _shown(chosen: pd.DataFrame, selection: Selection) -> pd.Series:
    """Which rows of the chosen facts describe a province the edition can show."""
    keys = selection.fact_keys()
    wanted = [
        (slug, boundary) in keys
        for slug, boundary in zip(chosen["province"], chosen["boundary"], strict=True)
    ]
    return pd.Series(wanted, index=chosen.index, dtype=bool)


def newest_data(chosen: pd.DataFrame, selection: Selection) -> str:
    """Publication date of the newest fact about the edition's provinces (any era, any period)."""
    slugs = {slug for slug, _boundary in selection.fact_keys()}
    published = chosen.loc[chosen["province"].isin(slugs), "published"]
    return str(max((p for p in published if p), default=""))


def selected_facts(chosen: pd.DataFrame, selection: Selection) -> pd.DataFrame:
    """Chosen facts about the selected provinces, their former provinces and the nation,
    from the start of the trend to the period reported on."""
    in_range = chosen["period"].map(
        lambda label: selection.trend_from <= Period.parse(label) <= selection.period
    )
    return chosen[in_range & _shown(chosen, selection)].reset_index(drop=True)
