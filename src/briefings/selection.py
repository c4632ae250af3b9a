"""Turn the configuration's choices into concrete provinces and periods, given the data.

"latest" becomes the newest year-to-date period for which a selected province has a figure;
names become provinces of the right era (former provinces before 1 July 2025, the 34 units
after it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from briefings.config import UNITS_2025, Config, Place
from briefings.domain.geography import NATION_SLUG, NATIONAL, PRE, Geography, Province
from briefings.domain.indicators import REGISTRY
from briefings.domain.periods import Period
from briefings.errors import ConfigError, GeographyError
from briefings.facts.coverage import Coverage
from briefings.sources.schema import FACT_COLUMNS, KEY_COLUMNS


@dataclass(frozen=True)
class Selection:
    """What one edition covers."""

    period: Period
    provinces: tuple[Province, ...]
    formers: dict[str, list[Province]]
    indicators: tuple[str, ...]
    trend_from: Period
    edition: str  # the configured name, else the period label

    def fact_keys(self, only: Province | None = None) -> set[tuple[str, str]]:
        """(slug, boundary) of every province whose facts the edition (or the fact sheet of
        ``only``) can show: the selected ones, their former provinces (and an unchanged unit's
        earlier self), and the nation."""
        provinces = [only] if only is not None else list(self.provinces)
        keys = {p.key for p in provinces} | {(NATION_SLUG, NATIONAL)}
        keys |= {f.key for p in provinces for f in self.formers.get(p.slug, [])}
        keys |= {(p.slug, PRE) for p in provinces if not p.is_merged}
        return keys


def select(config: Config, facts: pd.DataFrame, geography: Geography) -> Selection:
    """Resolve period, provinces, indicators and trend start against the loaded facts."""
    period = config.period or latest_period(facts, config.provinces, config.province_place())
    on_2025_units = config.boundaries == UNITS_2025
    units = geography.units_for(Period(2025, 1, 12)) if on_2025_units else None  # the 34
    slugs = config.provinces or tuple(p.slug for p in units or geography.units_for(period))
    provinces = []
    for index, slug in enumerate(slugs):
        try:
            # On 2025 boundaries every period is shown on today's units (resolve's default).
            provinces.append(geography.resolve(slug, None if on_2025_units else period))
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
        edition=_edition(config, period),
    )


def _edition(config: Config, period: Period) -> str:
    """The configured name, else the period's label (marked when shown on boundaries other
    than those it was published on, so the two editions never overwrite each other)."""
    if config.edition:
        return config.edition
    redrawn = config.boundaries == UNITS_2025 and not period.after_merger
    return f"{period.label}-34-units" if redrawn else period.label


def edition_name(config: Config, facts: Callable[[], pd.DataFrame]) -> str:
    """The edition a build of ``config`` writes, without building it: the configured name,
    else the label of the period reported on (``facts`` are loaded only for "latest")."""
    if config.edition:
        return config.edition
    place = config.province_place()
    return _edition(config, config.period or latest_period(facts(), config.provinces, place))


def latest_period(
    facts: pd.DataFrame, slugs: tuple[str, ...] | None, place: Place | None = None
) -> Period:
    """The newest year-to-date period with any figure for the selected provinces (named, in
    an error, where ``place`` says they were chosen)."""
    # Targets are plans, published before the period: they say nothing about its outcome.
    subset = facts[(facts["province"] != NATION_SLUG) & ~facts["measure"].str.startswith("target")]
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


def _shown(chosen: pd.DataFrame, selection: Selection, only: Province | None = None) -> pd.Series:
    """Which rows of the chosen facts describe a province the edition can show."""
    keys = selection.fact_keys(only)
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


def selected_facts(
    chosen: pd.DataFrame, selection: Selection, only: Province | None = None
) -> pd.DataFrame:
    """Chosen facts about the selected provinces (or ``only`` one), their former provinces
    and the nation, from the start of the trend to the period reported on."""
    labels = chosen["period"]
    shown = {label: selection.trend_from <= Period.parse(label) <= selection.period
             for label in labels.unique()}  # fmt: skip  # a label parsed once, not once a row
    in_range = labels.map(shown).astype(bool)
    return chosen[in_range & _shown(chosen, selection, only)].reset_index(drop=True)


def attached_csvs(chosen: pd.DataFrame, selection: Selection) -> tuple[bytes, dict[str, bytes]]:
    """The CSV attached to a PDF (the tidy columns, sorted, UTF-8): of the edition's facts, and
    of each selected province's (by slug).

    The edition's rows are sorted once; a province's are picked from them in that order (a
    stable sort of a subset keeps the subset's order), instead of selecting and sorting
    again for each province."""
    ordered = _sorted(selected_facts(chosen, selection))
    keys = list(zip(ordered["province"], ordered["boundary"], strict=True))
    each = {}
    for province in selection.provinces:
        wanted = selection.fact_keys(province)
        each[province.slug] = _csv(ordered[[key in wanted for key in keys]])
    return _csv(ordered), each


def _sorted(facts: pd.DataFrame) -> pd.DataFrame:
    columns = [c for c in FACT_COLUMNS if c in facts.columns]
    return facts[columns].sort_values([*KEY_COLUMNS, "source"], kind="mergesort")


def _csv(facts: pd.DataFrame) -> bytes:
    return facts.to_csv(index=False, lineterminator="\n").encode("utf-8")


def require_figures(coverage: Coverage, facts: pd.DataFrame, selection: Selection) -> None:
    """Refuse an edition in which no selected province has any figure for its period, naming
    the latest period that has data: a build of dashes helps nobody."""
    if not coverage.empty:
        return
    slugs = tuple(p.slug for p in selection.provinces)
    try:
        latest = latest_period(facts, slugs).label
        fix = f"choose --period {latest} (the latest period with data), or add sources"
    except ConfigError:
        fix = "add sources for these provinces, or choose others"
    raise ConfigError(
        f"no selected province has any figure for {selection.period.label}",
        key="period",
        fix=fix,
    )
