"""The reviewer's workflow end to end: build, approve, change one value, compare, verify."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefings.cli import main
from conftest import real_project

pytestmark = pytest.mark.slow
CHANGED_ROW = (
    "hai-phong,pre2025,2024-H1,budget_revenue,yoy_pct,34.77,%,"
    "https://vietnam.vnanet.vn/english/tin-van/"
    "hai-phong-ranks-first-among-centrally-run-cities-in-economic-growth-370893.html,2024-07-03"
)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the real project, built once and approved."""
    folder = tmp_path_factory.mktemp("review")
    real_project(
        folder,
        '[briefing]\ntitle = "Review test"\nperiod = "2025-FY"\n'
        'provinces = ["Hải Phòng", "Cao Bằng"]\ntrend_from = "2024-Q1"\n'
        '[sources]\ntables = ["sources/tables/*.csv"]\n',
    )
    assert main(["build", "--config", str(folder / "briefings.toml")]) == 0
    assert main(["figures", "approve", "--config", str(folder / "briefings.toml")]) == 0
    return folder


def _config(project: Path) -> str:
    return str(project / "briefings.toml")


def _compare(project: Path, gallery: Path) -> tuple[int, dict[str, list[dict[str, object]]]]:
    """Run `briefings figures compare --fail-on-change`; its exit code and summary.json."""
    code = main(
        [
            "figures",
            "compare",
            "--config",
            _config(project),
            "--out",
            str(gallery),
            "--fail-on-change",
        ]
    )
    return code, json.loads((gallery / "summary.json").read_text())


def test_manifest_lists_inputs_outputs_and_versions(project: Path) -> None:
    manifest = json.loads((project / "reports" / "2025-FY" / "manifest.json").read_text())
    assert manifest["configuration"]["period"] == "2025-FY"
    assert "sources/tables/news_facts_2023_2025.csv" in manifest["inputs"]
    assert "templates/style.css" in manifest["inputs"]
    assert "reports/2025-FY/briefing.pdf" in manifest["outputs"]
    assert any(name.startswith("figures/2025-FY/") for name in manifest["outputs"])
    for library in (
        "briefings",
        "weasyprint",
        "matplotlib",
        "pandas",
        "jinja2",
        "pango",
        "harfbuzz",
        "freetype",
    ):
        assert manifest["versions"][library]
    assert len(manifest["configuration_sha256"]) == 64


def test_verify_passes_on_a_clean_build(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--config", _config(project)]) == 0
    assert "verified:" in capsys.readouterr().out


def test_verify_names_a_tampered_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = project / "reports" / "2025-FY" / "cao-bang.pdf"
    original = pdf.read_bytes()
    try:
        pdf.write_bytes(original + b"%tampered\n")
        assert main(["verify", "--config", _config(project)]) == 1
        out = capsys.readouterr().out
        assert "differs: reports/2025-FY/cao-bang.pdf" in out
        assert out.count("differs:") == 1
    finally:
        pdf.write_bytes(original)


def test_unchanged_sources_compare_as_unchanged(project: Path, tmp_path: Path) -> None:
    code, summary = _compare(project, tmp_path / "gallery")
    assert code == 0
    assert {item["status"] for item in summary["figures"] + summary["pages"]} == {"unchanged"}


def test_one_changed_value_flags_exactly_the_affected_figure_and_page(
    project: Path, tmp_path: Path
) -> None:
    table = project / "sources" / "tables" / "news_facts_2023_2025.csv"
    original = table.read_text(encoding="utf-8")
    assert CHANGED_ROW in original
    try:
        table.write_text(
            original.replace(CHANGED_ROW, CHANGED_ROW.replace("34.77", "24.77")), encoding="utf-8"
        )
        assert main(["build", "--config", _config(project)]) == 0
        code, summary = _compare(project, tmp_path / "gallery")
    finally:
        table.write_text(original, encoding="utf-8")
    changed = {item["name"] for item in summary["figures"] if item["status"] != "unchanged"}
    pages = [item for item in summary["pages"] if item["status"] != "unchanged"]
    assert code == 1
    assert changed == {"hai-phong/budget_revenue-growth.png"}
    assert len(pages) == 1 and pages[0]["name"].startswith("briefing/page-")
    assert summary["figures"][0]["name"] == "hai-phong/budget_revenue-growth.png"  # most first
