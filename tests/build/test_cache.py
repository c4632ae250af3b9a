"""A build with nothing changed writes nothing and says so, before importing the renderers;
``--force`` rebuilds every file with the same bytes; any changed input rebuilds."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

from briefings.build.cache import build_key, up_to_date
from briefings.cli import main
from briefings.config import load_config
from conftest import real_project

pytestmark = pytest.mark.slow


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and modification time (ns): what a no-op must leave alone."""
    return {
        path.relative_to(folder).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cached")
    real_project(
        folder,
        '[briefing]\ntitle = "Cached"\nperiod = "2025-9M"\n'
        'provinces = ["Bắc Ninh", "Cao Bằng"]\n[sources]\ntables = ["sources/tables/*.csv"]\n',
    )
    assert main(["build", "--config", str(folder / "briefings.toml"), "-q"]) == 0
    return folder


def test_a_rebuild_with_nothing_changed_writes_nothing_and_says_so(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _state(built)
    capsys.readouterr()
    assert main(["build", "--config", str(built / "briefings.toml")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("up to date: 2025-9M (")
    assert "nothing written" in out
    assert _state(built) == before


def test_the_no_op_decision_imports_neither_matplotlib_nor_weasyprint(built: Path) -> None:
    script = (
        "import sys\nfrom briefings.cli import main\n"
        f"assert main(['build', '--config', {str(built / 'briefings.toml')!r}]) == 0\n"
        "print(sorted(m for m in ('matplotlib', 'weasyprint', 'pandas') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == [done.stdout.splitlines()[0], "[]"]
    assert done.stdout.startswith("up to date")


def test_force_rewrites_every_file_with_the_same_bytes(built: Path) -> None:
    before = _state(built / "reports")
    assert main(["build", "--config", str(built / "briefings.toml"), "--force", "-q"]) == 0
    after = _state(built / "reports")
    assert after.keys() == before.keys()
    assert all(after[name][0] == before[name][0] for name in before)
    assert all(after[name][1] != before[name][1] for name in before)  # written again


def test_a_damaged_or_missing_output_is_rebuilt(built: Path) -> None:
    config = load_config(built / "briefings.toml")
    assert up_to_date(config) is not None
    sheet = built / "reports" / "2025-9M" / "bac-ninh.pdf"
    good = sheet.read_bytes()
    sheet.write_bytes(good[:-10])
    assert up_to_date(config) is None
    (built / "figures" / "2025-9M" / "bac-ninh").rename(built / "aside")
    assert main(["build", "--config", str(built / "briefings.toml"), "-q"]) == 0
    assert sheet.read_bytes() == good
    assert up_to_date(config) is not None


def test_every_input_is_in_the_key(built: Path) -> None:
    config = load_config(built / "briefings.toml")
    key = build_key(config, "en", None)
    assert build_key(config, "vi", None) != key
    assert build_key(config, "en", "abc") != key
    assert build_key(config.with_overrides(period="2025-H1"), "en", None) != key
    assert build_key(config.with_overrides(out=built / "elsewhere"), "en", None) == key
    for touched in ("templates/style.css", "sources/tables/grdp_2025_collected.csv"):
        path = built / touched
        original = path.read_bytes()
        try:
            path.write_bytes(original + b"\n")
            assert build_key(config, "en", None) != key, touched
        finally:
            path.write_bytes(original)
            os.utime(path)
    assert build_key(config, "en", None) == key


def test_a_changed_province_rebuilds_only_what_shows_it(tmp_path: Path) -> None:
    config = real_project(
        tmp_path,
        '[briefing]\ntitle = "Incremental"\nperiod = "2025-9M"\n'
        'provinces = ["Bắc Ninh", "Cao Bằng"]\n[sources]\ntables = ["sources/tables/*.csv"]\n',
    )
    assert main(["build", "--config", str(config), "-q"]) == 0
    before = _state(tmp_path / "reports") | _state(tmp_path / "figures")
    kept_before = set((tmp_path / ".briefings-cache").iterdir())
    row = re.compile(r"^(bac-ninh,post2025,2025-9M,grdp,yoy_pct,)10\.(\d\d)", re.M)
    table = next(p for p in (tmp_path / "sources" / "tables").glob("*.csv")
                 if row.search(p.read_text(encoding="utf-8")))  # fmt: skip
    text = table.read_text(encoding="utf-8")
    changed = row.sub(lambda m: f"{m[1]}10.{int(m[2]) + 2:02d}", text)
    assert changed != text
    table.write_text(changed, encoding="utf-8")
    assert main(["build", "--config", str(config), "-q"]) == 0
    after = _state(tmp_path / "reports") | _state(tmp_path / "figures")
    rewritten = {name for name in after if after[name][1] != before.get(name, (b"", 0))[1]}
    unchanged_work = {n for n in after if n.endswith(".pdf") or n.startswith("2025-9M/cao-bang/")}
    assert "2025-9M/bac-ninh.pdf" in rewritten
    assert after["2025-9M/bac-ninh.pdf"][0] != before["2025-9M/bac-ninh.pdf"][0]
    assert "2025-9M/briefing.pdf" in rewritten  # it shows every province: joined again
    laid_out = {  # what the second build laid out: the store's new entries
        path.relative_to(entry / "files").as_posix()
        for entry in set((tmp_path / ".briefings-cache").iterdir()) - kept_before
        for path in (entry / "files").rglob("*.pdf")
    }
    assert {n for n in laid_out if n.startswith("parts/")} == {
        "parts/briefing-00-cover.pdf",  # its key message names Bắc Ninh's growth
        "parts/briefing-01-comparison.pdf",
        "parts/briefing-02-bac-ninh.pdf",
    }
    # The change moved no page: the page numbers laid out by the first build are reused.
    numbered_before = {
        path.name for entry in kept_before for path in (entry / "files").rglob("*page-numbers.pdf")
    }
    assert numbered_before == {"briefing-page-numbers.pdf"}
    assert not {n for n in laid_out if n.endswith("page-numbers.pdf")}
    assert "2025-9M/cao-bang.pdf" not in rewritten
    assert not {n for n in rewritten & unchanged_work if "cao-bang" in n}
    # The same bytes as everything built afresh.
    out = tmp_path / "fresh"
    assert main(["build", "--config", str(config), "--force", "--out", str(out), "-q"]) == 0
    fresh = _state(out / "reports") | _state(out / "figures")
    assert {n: b for n, (b, _) in fresh.items()} == {n: b for n, (b, _) in after.items()}


def test_a_value_the_cover_does_not_show_leaves_the_cover_as_laid_out(tmp_path: Path) -> None:
    """The briefing's facts are attached when its parts are joined: a changed national rank
    lays out the parts that show it, and the joined briefing carries the new facts."""
    config = real_project(
        tmp_path,
        '[briefing]\ntitle = "Incremental"\nperiod = "2025-9M"\n'
        'provinces = ["Bắc Ninh", "Cao Bằng"]\n[sources]\ntables = ["sources/tables/*.csv"]\n',
    )
    assert main(["build", "--config", str(config), "-q"]) == 0
    kept_before = set((tmp_path / ".briefings-cache").iterdir())
    row = re.compile(r"^(bac-ninh,post2025,2025-9M,grdp,rank,)6,", re.M)
    table = next(p for p in (tmp_path / "sources" / "tables").glob("*.csv")
                 if row.search(p.read_text(encoding="utf-8")))  # fmt: skip
    table.write_text(row.sub(r"\g<1>8,", table.read_text(encoding="utf-8")), encoding="utf-8")
    assert main(["build", "--config", str(config), "-q"]) == 0
    laid_out = {
        path.relative_to(entry / "files").as_posix()
        for entry in set((tmp_path / ".briefings-cache").iterdir()) - kept_before
        for path in (entry / "files").rglob("*.pdf")
    }
    assert {n for n in laid_out if n.startswith("parts/")} == {
        "parts/briefing-01-comparison.pdf",  # its table names the national rank
        "parts/briefing-02-bac-ninh.pdf",
    }
    with pikepdf.open(tmp_path / "reports" / "2025-9M" / "briefing.pdf") as pdf:
        assert len(pdf.Root.AF) == 1 and str(pdf.Root.AF[0].AFRelationship) == "/Data"
        facts = pdf.attachments["facts.csv"].get_file().read_bytes().decode("utf-8")
    wanted = ("bac-ninh", "2025-9M", "rank")
    rows = csv.DictReader(io.StringIO(facts))
    ranks = [r["value"] for r in rows if (r["province"], r["period"], r["measure"]) == wanted]
    assert [float(value) for value in ranks] == [8.0]
