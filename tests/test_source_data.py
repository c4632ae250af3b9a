"""The real data in sources/: every row cites a well-formed address, and no source contradicts
itself without the briefing saying so."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pytest

from briefings.facts.conflicts import resolve_conflicts, same_figure
from briefings.sources import load_tables
from briefings.sources.schema import KEY_COLUMNS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    return load_tables(("sources/tables/*.csv", "sources/tables/*.xlsx"), ROOT).facts


def test_every_row_cites_a_well_formed_web_address_or_a_data_set(facts: pd.DataFrame) -> None:
    bad = []
    for source, origin in zip(facts["source"], facts["origin"], strict=True):
        if source.startswith("github:"):
            continue  # a data set mirrored in a repository, cited as repo@commit:path
        url = urlparse(source)
        if url.scheme not in ("http", "https") or "." not in url.netloc or " " in source:
            bad.append(f"{origin}: {source!r}")
    assert bad == []


def test_a_source_that_gives_two_values_for_one_fact_is_footnoted(facts: pd.DataFrame) -> None:
    """The conflict rule keeps one value; every other value of the same source must survive
    as a footnote (or be the same figure within rounding), never silently vanish."""
    resolved = resolve_conflicts(facts)
    shown = pd.concat([resolved.chosen, resolved.overridden], ignore_index=True)
    silent = []
    for (source, *key), rows in facts.groupby(["source", *KEY_COLUMNS]):
        values = sorted(set(rows["value"]))
        if len(values) < 2:
            continue
        kept = shown[(shown["source"] == source) & (shown[list(KEY_COLUMNS)] == key).all(axis=1)]
        chosen = resolved.chosen[(resolved.chosen[list(KEY_COLUMNS)] == key).all(axis=1)]
        for value in values:
            noted = value in set(kept["value"]) or any(
                same_figure(value, v) for v in chosen["value"]
            )
            if not noted:
                silent.append((source, tuple(key), value))
    assert silent == []
