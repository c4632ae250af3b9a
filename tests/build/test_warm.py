"""What a watching process keeps between builds (synthetic tables of tests/data): a table
is read again only when its or its sidecar's content changed, a province's trends are drawn
again only when its facts did, and what the last build did not use is forgotten."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from briefings.build.warm import LastBuild, Warm
from briefings.domain.geography import load_geography
from briefings.domain.periods import Period
from briefings.facts.conflicts import resolve_conflicts
from briefings.facts.model import FactSheet
from briefings.facts.sheets import build_fact_sheets
from briefings.sources import loading
from briefings.sources.loading import load_table_files

DATA = Path(__file__).resolve().parents[1] / "data" / "tables"


def test_an_entry_is_forgotten_after_a_build_that_did_not_use_it() -> None:
    kept: LastBuild[str, int] = LastBuild()
    kept["used"], kept["unused"] = 1, 2
    kept.turn()
    assert kept.get("used") == 1
    kept.turn()
    assert kept.get("used") == 1 and "unused" not in kept
    assert len(kept) == 1 and list(kept) == ["used"]


def test_a_table_is_read_again_only_when_it_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "grdp.csv"
    shutil.copy(DATA / "synthetic_long.csv", table)
    read: list[Path] = []
    loader = loading.TABLE_LOADERS[".csv"]

    def counting(path: Path, **kwargs: object) -> object:
        read.append(path)
        return loader(path, **kwargs)

    monkeypatch.setitem(loading.TABLE_LOADERS, ".csv", counting)
    warm = Warm()
    first = load_table_files([table], tmp_path, kept=warm.tables)
    warm.turn()
    again = load_table_files([table], tmp_path, kept=warm.tables)
    assert read == [table]
    pd.testing.assert_frame_equal(again.facts, first.facts)
    table.write_text(table.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # a new size
    warm.turn()
    load_table_files([table], tmp_path, kept=warm.tables)
    assert read == [table, table]


def test_an_edit_that_keeps_size_and_time_is_read(tmp_path: Path) -> None:
    """Two saves in one clock tick, the second of the same size: the reading is the new one."""
    table = tmp_path / "grdp.csv"
    shutil.copy(DATA / "synthetic_long.csv", table)
    warm = Warm()
    first = load_table_files([table], tmp_path, kept=warm.tables)
    before = table.stat()
    text = table.read_text(encoding="utf-8")
    assert "5.00,%" in text
    table.write_text(text.replace("5.00,%", "5.50,%", 1), encoding="utf-8")  # synthetic value
    os.utime(table, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (table.stat().st_size, table.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    warm.turn()
    again = load_table_files([table], tmp_path, kept=warm.tables)
    assert set(first.facts["value"]) != set(again.facts["value"])
    assert 5.5 in set(again.facts["value"])


def _sheets(facts: pd.DataFrame, kept: LastBuild[str, pd.DataFrame]) -> list[FactSheet]:
    geography, at = load_geography(), Period.parse("2025-9M")
    provinces = [geography.resolve(n, at) for n in ("Cao Bằng", "Thái Nguyên")]
    formers = {p.slug: [geography.former[m] for m in p.members] for p in provinces if p.is_merged}
    resolved = resolve_conflicts(facts)
    return build_fact_sheets(
        resolved.chosen, resolved.overridden, provinces, at, formers,
        trend_from=Period.parse("2024-Q1"), kept_trends=kept,
    )  # fmt: skip


def test_only_the_changed_provinces_trends_are_drawn_again() -> None:
    facts = load_table_files(sorted(DATA.glob("*.csv")), DATA).facts
    kept: LastBuild[str, pd.DataFrame] = LastBuild()
    before = _sheets(facts, kept)
    changed = facts.copy()
    cao_bang = (changed["province"] == "cao-bang") & (changed["measure"] == "yoy_pct")
    assert cao_bang.any()
    changed.loc[cao_bang, "value"] = changed.loc[cao_bang, "value"] + 1.0
    kept.turn()
    after = _sheets(changed, kept)
    assert after[1].trends is before[1].trends  # Thái Nguyên: kept
    assert after[0].trends is not before[0].trends  # Cao Bằng: drawn again, and right
    fresh = _sheets(changed, LastBuild())
    pd.testing.assert_frame_equal(after[0].trends, fresh[0].trends)
    assert not after[0].trends.equals(before[0].trends)
