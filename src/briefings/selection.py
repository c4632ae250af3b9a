"""Turn the configuration's choices into concrete provinces and periods, given the data.

"latest" becomes the newest year-to-date period for which a selected province has a figure;
names become provinces of the right era (former provinces before 1 July 2025, the 34 units
after it).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from briefings.config import Config
from briefings.errors import ConfigError, GeographyError
from briefings.geography import NATION_SLUG, Geography, Province
from briefings.indicators import REGISTRY
from briefings.periods import Period


@dataclass(frozen=True)
class Selection:
    """What one edition covers."""

    period: Period
    provinces: tuple[Province, ...]
    formers: dict[str, list[Province]]
    indicators: tuple[str, ...]
    trend_from: Period
    edition: str  # the configured name, else the period label


def select(config: Config, facts: pd.DataFrame, geography: Geography) -> Selection:
    """Resolve period, provinces, indicators and trend start against the loaded facts."""
    period = config.period or latest_period(facts, config.provinces)
    where = str(config.path)
    slugs = config.provinces or tuple(p.slug for p in geography.units_for(period))
    provinces = []
    for index, slug in enumerate(slugs):
        try:
            provinces.append(geography.resolve(slug, period))
        except GeographyError as exc:  # e.g. merged away in this period
            raise ConfigError(
                exc.problem, where=where, key=f"[briefing].provinces[{index}]", fix=exc.fix
            ) from None
    formers = {p.slug: [geography.former[m] for m in p.members] for p in provinces if p.is_merged}
    return Selection(
        period=period,
        provinces=tuple(provinces),
        formers=formers,
        indicators=config.indicators or indicators_with_data(facts),
        trend_from=config.trend_from or Period(period.year - 2, 1, 3),
        edition=config.edition or period.label,
    )


def latest_period(facts: pd.DataFrame, slugs: tuple[str, ...] | None) -> Period:
    """The newest year-to-date period with any figure for the selected provinces."""
    subset = facts[facts["province"] != NATION_SLUG]
    if slugs is not None:
        subset = subset[subset["province"].isin(slugs)]
    periods = [Period.parse(p) for p in subset["period"].unique()]
    cumulative = [p for p in periods if p.is_cumulative]
    if not cumulative:
        raise ConfigError(
            "no figures for the selected provinces in any period",
            key="[briefing].provinces",
            fix="add data to sources/ or pick others",
        )
    return max(cumulative)


def indicators_with_data(facts: pd.DataFrame) -> tuple[str, ...]:
    """Registry order, keeping only indicators that have at least one fact."""
    present = set(facts["indicator"].unique())
    return tuple(i for i in REGISTRY if i in present)
