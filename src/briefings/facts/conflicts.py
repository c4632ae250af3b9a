"""Choose one value when sources disagree about the same fact, and keep the others as notes.

The rule, stated once: a statistics-office release (GSO/NSO or a provincial statistics office)
wins over any other source; among equals, the latest published wins; among those, a reviewed
fact wins over a table row (an analyst read the article), then the first source URL in
alphabetical order, so the choice never depends on file order. A month-only date
(``2025-07``) counts as the first day of that month.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlparse

import pandas as pd

from briefings.sources.schema import KEY_COLUMNS, full_date

_STATISTICS_HOSTS = ("gso.gov.vn", "nso.gov.vn")


def is_statistics_office(source: str) -> bool:
    """True for releases of the national or a provincial statistics office."""
    host = urlparse(source).netloc.lower().removeprefix("www.")
    return host.endswith(_STATISTICS_HOSTS) or ("thongke" in host and host.endswith(".gov.vn"))


@dataclass(frozen=True)
class Resolved:
    """The facts after the conflict rule: one chosen row per fact key, and the values it
    overrode (footnoted beside the chosen one)."""

    chosen: pd.DataFrame
    overridden: pd.DataFrame


def resolve_conflicts(facts: pd.DataFrame) -> Resolved:
    """Split facts into the chosen value of each fact and the other values.

    Rows that repeat the chosen value are not conflicts: they are dropped, not footnoted.
    """
    if facts.empty:
        return Resolved(facts.copy(), facts.copy())
    ranked = facts.assign(
        _office=facts["source"].map(is_statistics_office),
        _published=facts["published"].map(full_date),
        _reviewed=facts["kind"].eq("article"),
    ).sort_values(
        [*KEY_COLUMNS, "_office", "_published", "_reviewed", "source"],
        ascending=[True] * len(KEY_COLUMNS) + [False, False, False, True],
        kind="mergesort",
    )
    first = ~ranked.duplicated(list(KEY_COLUMNS), keep="first")
    chosen = ranked[first]
    rest = ranked[~first]
    chosen_values = chosen.set_index(list(KEY_COLUMNS))["value"]
    rest_chosen = chosen_values.reindex(pd.MultiIndex.from_frame(rest[list(KEY_COLUMNS)]))
    differs = ~pd.Series(rest["value"].to_numpy(), index=rest.index).round(6).eq(
        pd.Series(rest_chosen.to_numpy(), index=rest.index).round(6)
    )
    helper = ["_office", "_published", "_reviewed"]
    return Resolved(
        chosen.drop(columns=helper).reset_index(drop=True),
        rest[differs].drop(columns=helper).reset_index(drop=True),
    )
