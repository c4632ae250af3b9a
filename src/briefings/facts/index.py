"""Chosen facts looked up by key, and the two rules that combine reported levels.

The merger rule: for a unit formed on 1 July 2025 from several former provinces, levels of
additive indicators are summed over the former provinces when the unit itself has no reported
figure (and only when every former province has one); rates, per-capita values, indices and
ranks are never summed or averaged.

The quarter rule: a discrete quarter's level of an additive indicator, when no source reports
it, is the difference of two cumulative levels (Q3 = 9 months − 6 months), marked derived and
citing both. Growth rates are never derived this way: a quarter's growth is not the difference
of two year-to-date rates.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any

import pandas as pd

from briefings.domain.geography import NATIONAL, POST, PRE, Province
from briefings.domain.indicators import LEVEL_MEASURES, Indicator
from briefings.domain.periods import Period
from briefings.facts.conflicts import CORROBORATED, ESTIMATE
from briefings.facts.model import Alternative, Figure
from briefings.sources.schema import KEY_COLUMNS

Key = tuple[str, str, str, str, str]


class FactIndex:
    """Chosen facts and their overridden alternatives, looked up by key."""

    def __init__(self, chosen: pd.DataFrame, overridden: pd.DataFrame) -> None:
        self.rows: dict[Key, dict[Hashable, Any]] = {
            _key(row): row for row in chosen.to_dict("records")
        }
        self._by_slug: dict[str, list[str]] | None = None
        self.alternatives: dict[Key, list[Alternative]] = {}
        for row in overridden.to_dict("records"):
            self.alternatives.setdefault(_key(row), []).append(
                Alternative(float(row["value"]), str(row["source"]), str(row["published"]))
            )

    def rows_of(self, slugs: Iterable[str]) -> list[str]:
        """Every chosen fact of the provinces ``slugs`` as text, in a stable order: what the
        figures of those provinces are read from (the overridden ones are only noted)."""
        if self._by_slug is None:
            self._by_slug = {}
            for key, row in sorted(self.rows.items()):
                self._by_slug.setdefault(key[0], []).append(repr(sorted(row.items(), key=str)))
        return [row for slug in slugs for row in self._by_slug.get(slug, [])]

    def figure(
        self, province: Province, period: Period, indicator: str, measure: str
    ) -> Figure | None:
        """The reported figure for a province in its own boundaries, or None."""
        for boundary in _boundaries(province):
            key = (province.slug, boundary, period.label, indicator, measure)
            row = self.rows.get(key)
            if row is not None:
                corroborating = str(row.get(CORROBORATED) or "")
                return Figure(
                    float(str(row["value"])),
                    str(row["unit"]),
                    period,
                    (str(row["source"]), *filter(None, corroborating.split("\n"))),
                    alternatives=tuple(self.alternatives.get(key, ())),
                    unreviewed=row["kind"] == "article-unreviewed",
                    quote=str(row["quote"]),
                    estimate=bool(row.get(ESTIMATE, False)),
                )
        return None


def _key(row: dict[Hashable, Any]) -> Key:
    return tuple(str(row[c]) for c in KEY_COLUMNS)  # type: ignore[return-value]


def _boundaries(province: Province) -> tuple[str, ...]:
    """Which eras' facts describe this province's own territory."""
    if province.boundary == NATIONAL:
        return (NATIONAL,)
    if province.boundary == POST:
        # An unchanged unit has the same territory as the former province of that name.
        return (POST,) if province.is_merged else (POST, PRE)
    return (PRE,)


def unit_figure(
    index: FactIndex,
    unit: Province,
    period: Period,
    indicator: Indicator,
    measure: str,
    formers: list[Province],
) -> Figure | None:
    """Reported figure, else (levels of additive indicators) the sum over former provinces,
    else (a discrete quarter's level) the difference of two cumulative levels."""
    reported = index.figure(unit, period, indicator.id, measure)
    if reported is not None or not (indicator.additive and measure in LEVEL_MEASURES):
        return reported
    summed = _summed(index, unit, period, indicator, measure, formers)
    if summed is not None or measure != "value":
        return summed
    return _derived_quarter(index, unit, period, indicator, formers)


def _summed(
    index: FactIndex,
    unit: Province,
    period: Period,
    indicator: Indicator,
    measure: str,
    formers: list[Province],
) -> Figure | None:
    if not unit.is_merged:
        return None
    parts = [index.figure(former, period, indicator.id, measure) for former in formers]
    if not parts or any(part is None for part in parts):
        return None
    present = [part for part in parts if part is not None]
    return Figure(
        sum(part.value for part in present),
        present[0].unit,
        period,
        tuple(source for part in present for source in part.sources),
        basis="summed",
    )


def _derived_quarter(
    index: FactIndex,
    unit: Province,
    period: Period,
    indicator: Indicator,
    formers: list[Province],
) -> Figure | None:
    cumulative = period.cumulative_parts()
    if cumulative is None:
        return None
    later, earlier = (
        unit_figure(index, unit, at, indicator, "value", formers) for at in cumulative
    )
    if later is None or earlier is None or later.unit != earlier.unit:
        return None
    return Figure(
        later.value - earlier.value,
        later.unit,
        period,
        (*later.sources, *(s for s in earlier.sources if s not in later.sources)),
        basis="derived",
        parts=(later, earlier),
    )
