"""Choose one value when sources disagree about the same fact, and keep the others as notes.

The rule, stated once (the words a reader sees are in ``present.wording``):

1. the stronger source tier wins: statistics office, then government portal, national media,
   provincial media, other (see ``domain.publishers``);
2. then a final figure wins over an estimate (a figure published before its period ended can
   only be an estimate: a province's December figure for its year, say);
3. then the latest published wins; then a reviewed article over a table row; then the first
   source URL in alphabetical order, so the choice never depends on file order.

Values equal within the rounding of the less precise one are one figure, not a conflict:
10.3 and 10.27 agree. The more precise is kept, the other source corroborates it, and no
conflict note is written. A month-only date (``2025-07``) counts as its first day.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass
from itertools import groupby
from typing import Any

import pandas as pd

from briefings.domain.periods import Period
from briefings.domain.publishers import publisher_of
from briefings.sources.schema import KEY_COLUMNS, full_date

CORROBORATED = "corroborated_by"  # sources stating the chosen figure less precisely
ESTIMATE = "estimate"  # True for a figure published before its period ended

Row = dict[Hashable, Any]


@dataclass(frozen=True)
class Resolved:
    """The facts after the conflict rule: one chosen row per fact key (with the sources that
    corroborate it, and whether it is an estimate), and the values it overrode."""

    chosen: pd.DataFrame
    overridden: pd.DataFrame


def is_estimate(period_label: str, published: str) -> bool:
    """True when a figure was published on or before the last day of its period."""
    date = full_date(published)
    return bool(date) and date <= Period.parse(period_label).end.isoformat()


def decimals(value: float, written: str = "") -> int:
    """Decimals the value was written with: as the source wrote it when the loader recorded
    it (``6.00`` → 2), else as far as a float remembers (10.27 → 2, 8.0 → 0)."""
    if written.isdigit():
        return int(written)
    text = repr(float(value))
    if "e" in text or "." not in text:
        return 0
    fraction = text.split(".", 1)[1]
    return 0 if fraction == "0" else len(fraction)


def same_figure(a: float, b: float, places: tuple[int, int] | None = None) -> bool:
    """True when ``a`` and ``b`` agree within the rounding of the less precise of the two
    (``places``: the decimals each was written with, when known)."""
    written = places or (decimals(a), decimals(b))
    tolerance = 0.5 * 10.0 ** -min(written)
    return math.isclose(a, b, abs_tol=tolerance + 1e-9)


def _places(row: Row) -> int:
    return decimals(float(row["value"]), str(row.get("decimals", "") or ""))


def _rank(row: Row) -> tuple[Any, ...]:
    return (
        int(publisher_of(str(row["source"])).tier),
        is_estimate(str(row["period"]), str(row["published"])),
        _descending(full_date(str(row["published"]))),
        row["kind"] != "article",
        str(row["source"]),
    )


def _descending(date: str) -> tuple[int, ...]:
    return (*(-ord(ch) for ch in date), 1)  # later dates first; unknown ("") last


def _choose(rows: list[Row]) -> tuple[Row, list[Row]]:
    """The chosen row of one fact (made the most precise of its agreeing values) and the
    rows that disagree with it."""
    ranked = sorted(rows, key=_rank)
    best = ranked[0]
    agreeing = [
        r
        for r in ranked
        if same_figure(float(r["value"]), float(best["value"]), (_places(r), _places(best)))
    ]
    precise = max(agreeing, key=_places)  # the first among equals
    others = [str(r["source"]) for r in agreeing if r is not precise]
    chosen = {
        **precise,
        CORROBORATED: "\n".join(dict.fromkeys(s for s in others if s != precise["source"])),
        ESTIMATE: is_estimate(str(precise["period"]), str(precise["published"])),
    }
    return chosen, [r for r in ranked if not any(r is a for a in agreeing)]


def resolve_conflicts(facts: pd.DataFrame) -> Resolved:
    """Split facts into the chosen value of each fact and the values that disagree with it."""
    columns = list(facts.columns)
    records = sorted(facts.to_dict("records"), key=lambda r: tuple(str(r[c]) for c in KEY_COLUMNS))
    chosen: list[Row] = []
    overridden: list[Row] = []
    for _key, group in groupby(records, key=lambda r: tuple(str(r[c]) for c in KEY_COLUMNS)):
        best, rest = _choose(list(group))
        chosen.append(best)
        overridden += rest
    return Resolved(
        pd.DataFrame(chosen, columns=[*columns, CORROBORATED, ESTIMATE]),
        pd.DataFrame(overridden, columns=columns),
    )
