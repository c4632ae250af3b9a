"""Candidate facts for people: filtered by province and period, printed as CSV or JSON."""

from __future__ import annotations

import json
from typing import Literal

import pandas as pd

from briefings.domain.periods import Period
from briefings.extraction.places import canonical

SHOWN_COLUMNS: tuple[str, ...] = (
    "fact_id",
    "province",
    "period",
    "indicator",
    "measure",
    "value",
    "unit",
    "qualifier",
    "uncertain",
    "quote",
    "source",
)


def select_candidates(
    frame: pd.DataFrame, *, province: str | None = None, period: str | None = None
) -> pd.DataFrame:
    """The candidates of one province (any spelling) and/or one period (``2025-H1``).

    Raises PeriodError for a malformed period; an unknown province selects nothing.
    """
    keep = pd.Series(True, index=frame.index)
    if province:
        keep &= frame["province"] == (canonical(province) or province)
    if period:
        keep &= frame["period"] == Period.parse(period).label
    return frame.loc[keep].reset_index(drop=True)


def format_candidates(frame: pd.DataFrame, fmt: Literal["csv", "json"]) -> str:
    """Candidate facts as CSV (a header, one row per fact) or a JSON list of objects."""
    shown = frame.reindex(columns=list(SHOWN_COLUMNS)).rename(columns={"fact_id": "id"})
    if fmt == "csv":
        return str(shown.to_csv(index=False, lineterminator="\n"))
    if fmt == "json":
        records = [
            {key: _plain(value) for key, value in row.items()}
            for row in shown.to_dict(orient="records")
        ]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown format {fmt!r}; use 'csv' or 'json'")


def _plain(value: object) -> object:
    """JSON-ready scalars: NaN becomes null, numpy numbers Python ones."""
    if isinstance(value, float) and value != value:
        return None
    item = getattr(value, "item", None)
    return item() if callable(item) else value
