"""Candidate facts printed for the CLI."""

import json
from pathlib import Path

import pandas as pd
import pytest

from briefings.extraction import format_candidates, select_candidates
from briefings.sources.articles import load_articles

DATA = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return load_articles([DATA], root=DATA).candidates


def test_csv_has_one_row_per_fact_and_the_shown_columns(frame: pd.DataFrame) -> None:
    lines = format_candidates(frame, "csv").splitlines()
    assert lines[0] == (
        "id,province,period,indicator,measure,value,unit,qualifier,uncertain,quote,source"
    )
    assert len(lines) == len(frame) + 1


def test_json_is_a_list_of_plain_objects(frame: pd.DataFrame) -> None:
    records = json.loads(format_candidates(frame, "json"))
    assert len(records) == len(frame)
    assert records[0]["id"] == frame["fact_id"][0]
    assert isinstance(records[0]["value"], float)


def test_selection_by_province_name_and_period(frame: pd.DataFrame) -> None:
    chosen = select_candidates(frame, province="Nghệ An", period="2025-H1")
    assert set(chosen["province"]) == {"nghe-an"}
    assert set(chosen["period"]) == {"2025-H1"}
    assert select_candidates(frame, province="nowhere").empty
