"""Precision and recall of extraction against the hand-made gold facts of real reports.

Gold rows whose indicator is not in the registry (cao-bang's ``commune_units``) are out of
scope: the extractor only knows registry indicators, so they count neither way.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from briefings.domain.indicators import REGISTRY
from briefings.sources.articles import load_articles

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
FRENCH = "bac-kan-2025-h1.fr"


def _gold() -> dict[str, list[dict[str, str]]]:
    return {
        path.name.removesuffix(".gold.csv"): list(csv.DictReader(path.open(encoding="utf-8")))
        for path in sorted(CORPUS.glob("*.gold.csv"))
    }


def _close(value: float, gold: float) -> bool:
    return abs(value - gold) <= max(0.01, 0.005 * abs(gold))


def _matches(fact: pd.Series, row: dict[str, str]) -> bool:
    keys = ("province", "period", "indicator", "measure")
    return all(fact[key] == row[key] for key in keys) and _close(fact["value"], float(row["value"]))


@pytest.fixture(scope="module")
def extracted() -> dict[str, pd.DataFrame]:
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    load = load_articles(sorted(CORPUS.glob("*.txt")), root=CORPUS)
    names = load.candidates["origin"].str.rsplit(":", n=1).str[0].str.removesuffix(".txt")
    return {name: load.candidates[names == name] for name in _gold()}


def test_precision_and_recall_meet_the_bar(extracted: dict[str, pd.DataFrame]) -> None:
    true_positives = extracted_count = found_required = required = out_of_scope = 0
    for name, rows in _gold().items():
        in_scope = [row for row in rows if row["indicator"] in REGISTRY]
        out_of_scope += len(rows) - len(in_scope)
        facts = extracted[name]
        extracted_count += len(facts)
        true_positives += sum(
            any(_matches(fact, row) for row in in_scope) for _, fact in facts.iterrows()
        )
        for row in in_scope:
            if row["required"] == "1":
                required += 1
                found_required += any(_matches(fact, row) for _, fact in facts.iterrows())
    precision = true_positives / extracted_count if extracted_count else 1.0
    recall = found_required / required if required else 1.0
    print(
        f"\ngold: precision {precision:.3f} ({true_positives}/{extracted_count}), "
        f"recall {recall:.3f} ({found_required}/{required}), "
        f"{out_of_scope} out-of-scope gold row(s) skipped"
    )
    assert precision >= 0.95
    assert recall >= 0.90


def test_nothing_is_extracted_from_the_french_report(extracted: dict[str, pd.DataFrame]) -> None:
    assert extracted[FRENCH].empty
