"""An article's province and period from what it says about itself: address, title, dates.

The sentences are invented, in the style of the provincial and national reports.
"""

from __future__ import annotations

import pytest

from briefings.extraction import ArticleMeta, extract_facts
from briefings.extraction.context import read_setting
from briefings.extraction.periods import find_period_phrases


def setting(text: str, *, url: str = "", title: str = "", published: str = "", origin: str = "x"):  # type: ignore[no-untyped-def]
    year = int(published[:4]) if published else None
    phrases = find_period_phrases(text, year)
    return read_setting(text, phrases, origin=origin, url=url, title=title, published=published)


@pytest.mark.parametrize(
    ("url", "title", "province", "source"),
    [
        ("https://baoquangtri.vn/kinh-te/bai-123.html", "", "quang-tri", "host"),
        (
            "https://news.example.vn/tin/ha-giang-cong-bo-so-lieu-quy-i-2025-44.html",
            "",
            "ha-giang",
            "path",
        ),
        (
            "https://news.example.vn/tp-ho-chi-minh-cong-bo-so-lieu-9-thang",
            "",
            "ho-chi-minh-city",
            "path",
        ),
        ("https://news.example.vn/ba-ria-vung-tau-tang-truong-5", "", "ba-ria-vung-tau", "path"),
        (
            "https://news.example.vn/a/123.html",
            "Lạng Sơn công bố số liệu quý I",
            "lang-son",
            "title",
        ),
        ("https://news.example.vn/gdp-quy-i-tang-5-1", "", "vietnam", "path"),
        ("", "Le PIB du Vietnam en hausse de 6 %", "vietnam", "title"),
    ],
)
def test_the_province_comes_from_the_address_then_the_title(
    url: str, title: str, province: str, source: str
) -> None:
    found = setting("Tăng trưởng kinh tế quý I/2025 tăng 6,1%.", url=url, title=title)
    assert (found.province, found.province_from) == (province, source)


def test_a_province_the_text_names_once_is_kept_but_uncertain() -> None:
    found = setting("In the first quarter of 2025 the economy of Son La grew 6.1%.")
    assert found.province == "son-la"
    assert "province" in found.uncertain


def test_a_province_the_text_names_clearly_is_certain() -> None:
    found = setting("Son La grew. Son La exported more. In 2025 Son La plans to grow.")
    assert found.province == "son-la" and "province" not in found.uncertain


def test_the_year_comes_from_the_comparison_when_the_span_has_none() -> None:
    found = setting("6 tháng đầu năm, GRDP ước tăng 5,2% so với cùng kỳ năm 2023.")
    assert found.period is not None and found.period.label == "2024-H1"


def test_the_year_comes_from_the_publication_when_nothing_else_gives_it() -> None:
    found = setting("In the first half of the year the province grew 5.2%.", published="2024-07-15")
    assert found.period is not None and found.period.label == "2024-H1"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The conference reviewed the results of 2024 and set the tasks for 2025.", "2025-01-10"),
        ("Hội nghị tổng kết năm, GRDP năm qua tăng 7,1%; nhiệm vụ năm 2025.", "2025-01-08"),
        ("Last year the economy grew 7.1%; in 2025 it aims at 8%.", "2025-02-03"),
    ],
)
def test_a_review_published_early_in_a_year_is_about_the_year_before(
    text: str, published: str
) -> None:
    found = setting(text, published=published)
    assert found.period is not None and found.period.label == "2024-FY"
    assert found.plan_year == 2025


def test_a_year_end_review_dates_its_figures_and_its_targets_apart() -> None:
    text = "Results of 2024: GRDP grew 7.1%. For 2025, the province targets economic growth of 8%."
    meta = ArticleMeta("x", url="https://baoyenbai.vn/x", published="2025-01-12", language="en")
    found = {(c.period, c.measure, c.value) for c in extract_facts(text, meta).candidates}
    assert found == {("2024-FY", "yoy_pct", 7.1), ("2025-FY", "target_yoy_pct", 8.0)}


def test_a_vague_span_is_kept_and_flagged_not_guessed() -> None:
    text = "In the first months of the year, Yen Bai's budget revenue reached VND 2,100 billion."
    meta = ArticleMeta("x", url="https://baoyenbai.vn/x", published="2025-05-20", language="en")
    [fact] = extract_facts(text, meta).candidates
    assert (fact.period, fact.value, fact.uncertain) == ("2025-Q1", 2100.0, "span")


@pytest.mark.parametrize(
    ("origin", "text", "advice"),
    [
        (
            "sources/articles/dien-bien-q1.txt",
            "GRDP grew 5% in the first quarter of 2025.",
            "Điện Biên",
        ),
        ("x.txt", "GRDP of hoa binh grew 5% in the first quarter of 2025.", "Hoà Bình"),
        ("x.txt", "GRDP grew 5% in the first quarter of 2025.", "<the province's name>"),
    ],
)
def test_the_advice_for_an_unknown_province_names_a_plausible_one(
    origin: str, text: str, advice: str
) -> None:
    found = setting(text, origin=origin)
    assert found.problem == (f"no recognisable province; add front matter `province: {advice}`")
