"""Editions in English and Vietnamese, read back from real PDFs: every word in the edition's
language, tagged for accessibility, archival with the facts attached, and reviewable."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefings.cli import main
from conftest import real_project

pytestmark = pytest.mark.slow

CONFIG = (
    '[briefing]\ntitle = { en = "Test edition", vi = "Bản thử nghiệm" }\n'
    'languages = ["en", "vi"]\nperiod = "2025-9M"\n'
    'provinces = ["Cao Bằng", "Thái Nguyên", "Quảng Ninh"]\ntrend_from = "2024-Q1"\n'
    '[sources]\ntables = ["sources/tables/*.csv"]\n'
)
# Words of our own English that must not survive into a Vietnamese edition.
ENGLISH = (
    "growth", "Growth", "Sources", "Province", "Provinces", "figure", "published", "months",
    "Rank", "Target", "Page", "quarter", "year", "national", "sheet", "cumulative", "the", "of",
)  # fmt: skip


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("languages")
    config = real_project(folder, CONFIG)
    assert main(["build", "--config", str(config)]) == 0
    return folder


def _text(pdf: Path) -> str:
    pages = PdfReader(pdf).pages
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() or "" for p in pages))


def _words(text: str) -> str:
    """The text without web addresses, which keep their publishers' words."""
    return " ".join(t for t in text.split() if not re.search(r"https?:|www\.|\.vn|\.com|/", t))


def test_each_language_goes_to_its_own_edition(project: Path) -> None:
    assert (project / "reports" / "2025-9M" / "briefing.pdf").is_file()
    assert (project / "reports" / "2025-9M-vi" / "briefing.pdf").is_file()
    assert (project / "figures" / "2025-9M-vi").is_dir()


def test_a_vietnamese_edition_reads_in_vietnamese_with_decimal_commas(project: Path) -> None:
    text = _text(project / "reports" / "2025-9M-vi" / "briefing.pdf")
    flat = " ".join(text.split())
    for phrase in (
        "Bản thử nghiệm",
        "9 tháng năm 2025 (tháng 1–9)",
        "lũy kế từ tháng 1, so với cùng kỳ năm trước",
        "Xếp hạng các tỉnh theo tăng trưởng GRDP",
        "THÔNG ĐIỆP CHÍNH",  # the stylesheet capitalises it
        "Nguồn",
        "Quảng Ninh",
    ):
        assert phrase in flat, phrase
    assert re.search(r"[+−]\d+,\d\d%", flat)  # +10,27%: a decimal comma
    assert not re.search(r"[+−]\d+\.\d\d%", flat)
    assert re.search(r"Trang \d+/\d+", flat)


def test_no_english_is_left_in_the_vietnamese_edition(project: Path) -> None:
    pdf = project / "reports" / "2025-9M-vi" / "briefing.pdf"
    [data] = PdfReader(pdf).attachments["facts.csv"]
    cited = " ".join(row["source"] for row in csv.DictReader(io.StringIO(data.decode("utf-8"))))
    words = set(_words(_text(pdf)).split()) - set(cited.split())  # sources keep their words
    assert sorted(words & set(ENGLISH)) == []


def test_the_english_edition_stays_english(project: Path) -> None:
    flat = " ".join(_text(project / "reports" / "2025-9M" / "briefing.pdf").split())
    assert "9 months of 2025 (January–September)" in flat and "Sources" in flat


def _structure(pdf: Path) -> tuple[str, list[tuple[str, str]]]:
    """The document language and every (tag, alternative text) of its structure tree."""
    root = PdfReader(pdf).trailer["/Root"]
    found: list[tuple[str, str]] = []

    def walk(node: object) -> None:
        node = getattr(node, "get_object", lambda: node)()
        if isinstance(node, list):
            for child in node:
                walk(child)
        elif hasattr(node, "get"):
            tag = node.get("/S")
            if tag is not None:
                found.append((str(tag), str(node.get("/Alt") or "")))
            if node.get("/K") is not None:
                walk(node["/K"])

    walk(root["/StructTreeRoot"])
    return str(root.get("/Lang")), found


@pytest.mark.parametrize("edition", ["2025-9M", "2025-9M-vi"])
def test_every_figure_is_tagged_with_alternative_text_from_its_data(
    project: Path, edition: str
) -> None:
    folder = project / "reports" / edition
    language, tags = _structure(folder / "briefing.pdf")
    assert language == ("vi" if edition.endswith("-vi") else "en")
    figures = [alt for tag, alt in tags if tag == "/Figure"]
    images = (folder / "briefing.html").read_text(encoding="utf-8").count("<img ")
    assert len(figures) == images > 0
    assert all(re.search(r"\d", alt) for alt in figures)  # its key values, not just a title
    assert {"/H1", "/H2", "/TH", "/Table"} <= {tag for tag, _ in tags}


def test_each_pdf_carries_its_facts_as_csv(project: Path) -> None:
    reader = PdfReader(project / "reports" / "2025-9M-vi" / "cao-bang.pdf")
    [data] = reader.attachments["facts.csv"]
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert rows and {"province", "period", "value", "source"} <= set(rows[0])
    assert {row["province"] for row in rows} <= {"cao-bang", "vietnam"}
    assert any(row["period"] == "2025-9M" and row["source"] for row in rows)


def test_each_language_has_its_approved_set_and_its_gallery(project: Path) -> None:
    config = str(project / "briefings.toml")
    assert main(["figures", "approve", "--config", config]) == 0
    assert (project / "figures" / "approved" / "briefing.pdf").is_file()
    assert (project / "figures" / "approved-vi" / "briefing.pdf").is_file()
    gallery = project / "gallery"
    code = main(
        ["figures", "compare", "--config", config, "--out", str(gallery), "--fail-on-change"]
    )
    assert code == 0
    assert (gallery / "index.html").is_file() and (project / "gallery-vi" / "index.html").is_file()
