"""Build real PDFs from the real data in sources/ and read them back."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader

from briefings.cli import main
from conftest import real_project

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _text(pdf: Path) -> str:
    reader = PdfReader(pdf)
    return unicodedata.normalize(
        "NFC", "\n".join(page.extract_text() or "" for page in reader.pages)
    )


def _fonts(pdf: Path) -> set[str]:
    fonts: set[str] = set()
    for page in PdfReader(pdf).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    return fonts


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One real build: Cao Bằng and Thái Nguyên, 9 months of 2025, from sources/."""
    project = tmp_path_factory.mktemp("project")
    real_project(
        project,
        '[briefing]\ntitle = "Test edition"\nperiod = "2025-9M"\n'
        'provinces = ["Cao Bằng", "thai-nguyen"]\ntrend_from = "2024-Q1"\n'
        '[sources]\ntables = ["sources/tables/*.csv"]\narticles = ["sources/articles/*.txt"]\n'
        'reviewed = "sources/reviewed.csv"\n',
    )
    assert main(["build", "--config", str(project / "briefings.toml")]) == 0
    return project / "reports" / "2025-9M"


def test_briefing_and_one_fact_sheet_per_province_are_written(edition: Path) -> None:
    assert sorted(p.name for p in edition.glob("*.pdf")) == [
        "briefing.pdf",
        "cao-bang.pdf",
        "thai-nguyen.pdf",
    ]
    figures = edition.parents[1] / "figures" / "2025-9M"
    assert list(figures.rglob("*.png")) and list(figures.rglob("*.svg"))


def test_page_count_matches_cover_comparison_sheets_and_sources(edition: Path) -> None:
    pages = len(PdfReader(edition / "briefing.pdf").pages)
    single = len(PdfReader(edition / "cao-bang.pdf").pages)
    assert 5 <= pages <= 10  # cover, comparison, two sheets (figures may flow on), sources
    assert single >= 3  # cover, sheet, sources
    text = _text(edition / "briefing.pdf")
    assert f"Page {pages} of {pages}" in text


def test_vietnamese_names_keep_their_diacritics(edition: Path) -> None:
    text = _text(edition / "briefing.pdf")
    for name in ("Cao Bằng", "Thái Nguyên", "Bắc Kạn", "Việt Nam"):
        assert name in text


def test_a_known_figure_from_sources_is_formatted(edition: Path) -> None:
    # sources/tables/news_facts_2023_2025.csv: cao-bang, 2025-9M, grdp, yoy_pct, 6.52
    text = _text(edition / "cao-bang.pdf")
    assert "+6.52%" in text
    assert "9 months of 2025" in text


def test_the_committed_font_is_embedded(edition: Path) -> None:
    fonts = _fonts(edition / "briefing.pdf")
    assert fonts and all("Briefings-Noto-Sans" in font for font in fonts)


def test_text_reads_back_without_ligature_garbage(edition: Path) -> None:
    text = _text(edition / "briefing.pdf")
    assert "the strongest source (a statistics office" in text and "are footnoted" in text


def test_every_source_of_the_period_is_listed_in_the_appendix(edition: Path) -> None:
    facts = pd.read_csv(ROOT / "sources" / "tables" / "news_facts_2023_2025.csv")
    used = facts[
        (facts["period"] == "2025-9M")
        & facts["province"].isin(["cao-bang", "thai-nguyen"])
        & (facts["province_status"] == "post2025")
    ]
    text = _text(edition / "briefing.pdf")
    appendix = re.sub(r"\s+", "", text[text.index("Every figure in this document cites") :])
    missing = [url for url in used["source_url"] if re.sub(r"\s+", "", url) not in appendix]
    assert not missing
    assert len(used) >= 3


def test_a_reviewed_article_fact_is_shown_and_cited(edition: Path) -> None:
    # sources/articles/cao-bang-2025-9m.en.txt: "import-export turnover reached over
    # 1,299 million USD", accepted in sources/reviewed.csv; printed scaled.
    text = _text(edition / "cao-bang.pdf")
    assert "USD 1.3 bn" in text
    appendix = re.sub(r"\s+", "", text[text.index("Every figure in this document cites") :])
    assert "https://tuyengiaocaobang.vn/index.php/tin-trong-tinh/" in appendix


def _links(pdf: Path) -> tuple[set[str], int]:
    """The web addresses the PDF links to, and how many links point inside the document."""
    uris, internal = set(), 0
    for page in PdfReader(pdf).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            if action.get("/URI"):
                uris.add(str(action["/URI"]))
            elif action.get("/S") == "/GoTo" or annotation.get_object().get("/Dest"):
                internal += 1
    return uris, internal


def test_sources_are_listed_once_with_publisher_tier_and_date_as_links(edition: Path) -> None:
    text = " ".join(_text(edition / "briefing.pdf").split())
    appendix = text[text.index("Every figure in this document cites") :]
    assert "Cao Bằng Party Propaganda Department · government portal" in appendix
    assert "· national media ·" in appendix
    uris, internal = _links(edition / "briefing.pdf")
    assert "https://tuyengiaocaobang.vn" in " ".join(uris)
    assert all(uri.startswith(("http://", "https://")) for uri in uris)
    assert internal > 10  # in-text citations link to their entries


def test_each_province_page_leads_with_its_message_and_the_cover_with_the_editions(
    edition: Path,
) -> None:
    text = " ".join(_text(edition / "briefing.pdf").split())
    assert "KEY MESSAGE GRDP growth in 9 months of 2025 (January–September): only Cao Bằng" in text
    assert re.search(r"GRDP grew \+\d+\.\d\d% (\[\d+\])+ in 9 months of 2025", text)
