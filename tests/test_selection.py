"""The facts each document carries: the edition's, and each province's picked from them."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pandas as pd

from briefings.config import load_config
from briefings.pipeline import prepare
from briefings.selection import attached_csvs, selected_facts
from briefings.sources.schema import KEY_COLUMNS

ROOT = Path(__file__).resolve().parents[1]


def _every_province(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    text = (ROOT / "briefings.toml").read_text(encoding="utf-8")
    config = tmp_path / "briefings.toml"
    config.write_text(re.sub(r"provinces = \[.*?\]", 'provinces = "all"', text, flags=re.S))
    return config


def test_each_province_carries_its_own_facts_sorted_as_the_editions(tmp_path: Path) -> None:
    prepared = prepare(load_config(_every_province(tmp_path)))
    chosen, selection = prepared.resolved.chosen, prepared.selection
    edition, provinces = attached_csvs(chosen, selection)
    assert list(provinces) == [p.slug for p in selection.provinces]
    merged = [p for p in selection.provinces if p.is_merged]
    assert merged  # the 34 include merged provinces: their former provinces' facts come along
    for province in selection.provinces:
        shown = pd.read_csv(io.BytesIO(provinces[province.slug]), keep_default_na=False)
        # Selected and sorted on its own, as each province's facts were before.
        own = selected_facts(chosen, selection, province)
        own = own.sort_values([*KEY_COLUMNS, "source"], kind="mergesort")
        expected = own[list(shown.columns)].reset_index(drop=True).astype(str)
        assert shown.astype(str).equals(expected), province.slug
    lines = edition.decode("utf-8").splitlines()
    assert len(lines) > 1 and all(
        set(csv.decode("utf-8").splitlines()) <= set(lines) for csv in provinces.values()
    )
