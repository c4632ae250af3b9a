"""The one tidy fact table every loader returns, and its validation.

A fact is one number: a province (slug and boundary era), a period, an indicator, a measure,
the value in the indicator's canonical unit, and where it came from.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from briefings.errors import Problem, SourceError

# Columns every loader fills.
FACT_COLUMNS: tuple[str, ...] = (
    "province",  # slug, e.g. "thai-nguyen" or "vietnam"
    "boundary",  # "pre2025" (63 provinces), "post2025" (34 units) or "national"
    "period",  # label, e.g. "2025-9M"
    "indicator",  # registry id, e.g. "grdp"
    "measure",  # value | yoy_pct | target_yoy_pct | target_value | rank
    "value",  # float, canonical unit
    "unit",  # e.g. "VND billion", "%", "rank/63"
    "source",  # URL, or a citation of the file the figure came from
    "published",  # ISO date "YYYY-MM-DD" or "YYYY-MM"; "" when the source gives none
    "origin",  # where the row was read: "sources/tables/x.csv:12"
    "kind",  # "table", "article" (reviewed) or "article-unreviewed"
    "quote",  # for article facts: the words the figure came from; else ""
    "decimals",  # how many decimals the source wrote the value with ("6.00" → "2"); "" unknown
)
OPTIONAL_COLUMNS = frozenset({"decimals"})  # a loader that cannot tell leaves them out
KEY_COLUMNS: tuple[str, ...] = ("province", "boundary", "period", "indicator", "measure")


def empty_facts() -> pd.DataFrame:
    """A fact table with no rows and the right columns."""
    frame = pd.DataFrame({column: pd.Series(dtype="object") for column in FACT_COLUMNS})
    frame["value"] = frame["value"].astype("float64")
    return frame


def validate_facts(frame: pd.DataFrame, where: str) -> pd.DataFrame:
    """Check a loader's output at its boundary and return it with exactly FACT_COLUMNS."""
    missing = [
        column
        for column in FACT_COLUMNS
        if column not in frame.columns and column not in OPTIONAL_COLUMNS
    ]
    if missing:
        raise SourceError(f"loader returned no column(s) {', '.join(missing)}", where=where)
    out = frame.reindex(columns=list(FACT_COLUMNS)).copy()
    out["value"] = pd.to_numeric(out["value"], errors="raise").astype("float64")
    for column in FACT_COLUMNS:
        if column != "value":
            out[column] = out[column].astype(object).fillna("").astype(str)
    return out.reset_index(drop=True)


@dataclass(frozen=True)
class Loaded:
    """What a loader read: validated facts, and the problems it worked around."""

    facts: pd.DataFrame
    problems: tuple[Problem, ...] = ()


def full_date(published: str) -> str:
    """``YYYY-MM-DD`` from a ``published`` cell: a month-only date counts as its first day.

    An unknown date stays ``""``, which sorts before every real one.
    """
    if len(published) == 10 or not published:
        return published
    return published + "-01"


def publication_dates(facts: pd.DataFrame) -> dict[str, str]:
    """The date each source was published on, as its rows give it (the most common, then the
    earliest, when rows disagree)."""
    dated = facts.loc[facts["published"] != "", ["source", "published"]]
    counts = dated.groupby(["source", "published"]).size().reset_index(name="n")
    counts = counts.sort_values(["source", "n", "published"], ascending=[True, False, True])
    return dict(counts.drop_duplicates("source")[["source", "published"]].itertuples(index=False))
