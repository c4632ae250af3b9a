"""The failure classes still open in the opened test sets (tenth round of rules).

Every sentence and figure here is SYNTHETIC, written for the test and modelled on the phrasing
of real reports; no figure is a real province's.
"""

import pytest

from briefings.extraction.numbers import find_quantities
from briefings.extraction.periods import find_period_phrases
from briefings.extraction.text import sentence_spans
from conftest import article_facts as facts

# A range is no single figure


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hai Duong targets GRDP growth of 8 - 8.5% in 2025.", "en"),
        ("Hai Duong targets GRDP growth of 8% – 8.5% in 2025.", "en"),
        ("Hai Duong targets GRDP growth of 8% to 8.5% in 2025.", "en"),
        ("Hai Duong targets GRDP growth of between 8 and 8.5% in 2025.", "en"),
        ("En 2025, Hai Duong prévoit une croissance de 8 à 8,5 % de son PIBR.", "fr"),
        ("En 2025, Hai Duong vise une croissance comprise entre 8 et 8,5 %.", "fr"),
        ("Năm 2025, Hải Dương phấn đấu tăng trưởng GRDP từ 8 - 8,5%.", "vi"),
        ("Năm 2025, Hải Dương phấn đấu tăng trưởng GRDP từ 8 đến 8,5%.", "vi"),
    ],
)
def test_a_range_gives_neither_end_as_the_figure(text: str, language: str) -> None:
    found = facts(
        f"{text}\nIn 2024, the GRDP of Hai Duong grew by 7.3%.\n",
        language=language,
        published="2025-01-12",
        url="https://baohaiduong.vn/kinh-te.html",
    )
    assert not any(f[4] in (8.0, 8.5) for f in found), found
    assert not {q.number for q in find_quantities(text, language)} & {8, 8.5}


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        # a change between two levels: the level after it (the level before has no time of
        # its own; test_extraction_eleventh_round.py)
        ("The poverty rate fell from 3.1% to 2.4%.", "en", {2.4}),
        ("Le taux de pauvreté est passé de 3,1 % à 2,4 %.", "fr", {2.4}),
        # a rate and an amount are no range
        ("Exports rose 12% to 5.2 billion USD.", "en", {12, 5.2}),
        # a year before a dash is no end of a range
        ("Growth in 2024 - 7.3%, the highest in five years.", "en", {2024, 7.3}),
        # two figures said one after the other, not a range
        ("Industry grew 9.1% and services 6.2%.", "en", {9.1, 6.2}),
    ],
)
def test_figures_that_only_look_like_a_range_stay(
    text: str, language: str, kept: set[float]
) -> None:
    found = {float(q.number) for q in find_quantities(text, language)}
    assert kept <= found


# The same period of a named year dates the figure said right after it


@pytest.mark.parametrize(
    "text",
    [
        "GRDP 9 tháng năm 2024 của Hải Dương ước tăng 9,1% so với cùng kỳ năm trước. Mức tăng này"
        " cao hơn mức tăng GRDP cùng kỳ 2023 là 6,6%.",
        "GRDP 9 tháng năm 2024 của Hải Dương ước tăng 9,1% so với cùng kỳ năm trước. Mức tăng này"
        " cao hơn mức tăng GRDP cùng kỳ năm 2023 là 6,6%.",
        "In the first nine months of 2024, Hai Duong's GRDP grew by 9.1%. This is higher than the"
        " GRDP growth of the same period of 2023, which was 6.6%.",
    ],
)
def test_the_same_period_of_a_named_year_dates_the_figure_after_it(text: str) -> None:
    language = "vi" if "tăng" in text else "en"
    found = facts(
        text, language=language, published="2024-10-05", url="https://baohaiduong.vn/kt.html"
    )
    assert ("hai-duong", "2024-9M", "grdp", "yoy_pct", 9.1) in found
    assert {f[1] for f in found if f[4] == 6.6} <= {"2023-9M"}


# A quarter named in passing dates its own sentence, not the report's next ones


def test_a_quarter_named_in_passing_does_not_date_the_next_sentences() -> None:
    text = (
        "6 tháng đầu năm nay, kinh tế tỉnh Hải Dương tiếp tục ổn định. GRDP ước tăng 8,1% so với"
        " cùng kỳ năm 2023. Kết quả khảo sát doanh nghiệp công nghiệp trong quý II/2024 cho thấy"
        " có 85,5% doanh nghiệp đánh giá tình hình tốt hơn quý I. Tổng mức bán lẻ hàng hóa ước"
        " đạt 41.200 tỷ đồng, tăng 12,4% so với cùng kỳ năm trước.\n"
    )
    found = facts(text, language="vi", published="2024-06-28", url="https://baohaiduong.vn/kt.html")
    assert ("hai-duong", "2024-H1", "retail_sales", "value", 41200.0) in found
    assert ("hai-duong", "2024-H1", "retail_sales", "yoy_pct", 12.4) in found
    assert not any(f[1] == "2024-Q2" for f in found)


def test_a_quarter_still_dates_the_clauses_after_its_semicolon() -> None:
    text = (
        "Chín tháng năm 2025, kinh tế tỉnh Hải Dương tăng trưởng khá. GRDP quý III tăng 8,4% so"
        " với cùng kỳ; trong đó công nghiệp tăng 10,2%, dịch vụ tăng 7,1%.\n"
        "Tổng thu ngân sách 9 tháng ước đạt 15.300 tỷ đồng.\n"
    )
    found = facts(text, language="vi", published="2025-10-02", url="https://baohaiduong.vn/kt.html")
    assert ("hai-duong", "2025-Q3", "grdp", "yoy_pct", 8.4) in found
    assert ("hai-duong", "2025-9M", "budget_revenue", "value", 15300.0) in found


def test_the_first_quarter_in_roman_figures_ends_a_sentence() -> None:
    text = "Sản xuất tốt hơn quý I. Tổng mức bán lẻ tăng. Quý I. Ông Nguyễn Văn A. Trần phát biểu."
    assert [text[start:end] for start, end in sentence_spans(text)] == [
        "Sản xuất tốt hơn quý I",
        "Tổng mức bán lẻ tăng",
        "Quý I",
        "Ông Nguyễn Văn A. Trần phát biểu",  # an initial still ends nothing
    ]


def test_a_quarter_after_than_in_vietnamese_is_a_comparison() -> None:
    (phrase,) = find_period_phrases("Tình hình sản xuất tốt hơn quý I.", 2024, 6)
    assert phrase.span == "Q1" and phrase.comparison


# Two quarters named at once date no single figure


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Long An's GRDP in the first and second quarter of the year grew by 3.1% and 2.6%"
            " respectively; in the first 6 months it grew by 2.9%.",
            "en",
        ),
        (
            "Trong quý 1 và quý 2, GRDP tỉnh Long An tăng lần lượt 3,1% và 2,6%. 6 tháng đầu năm,"
            " GRDP tỉnh Long An tăng 2,9%.",
            "vi",
        ),
        (
            "Au premier et deuxième trimestres, le PIBR de Long An a progressé de 3,1 % et 2,6 %."
            " Au premier semestre, le PIBR de Long An a progressé de 2,9 %.",
            "fr",
        ),
    ],
)
def test_two_quarters_at_once_date_neither_figure(text: str, language: str) -> None:
    found = facts(text, language=language, published="2023-07-08", url="https://baolongan.vn/x")
    assert ("long-an", "2023-H1", "grdp", "yoy_pct", 2.9) in found
    assert not {3.1, 2.6} & {f[4] for f in found}, found


def test_one_quarter_and_a_span_are_still_two_phrases() -> None:
    phrases = find_period_phrases("GRDP quý 2 và 6 tháng đầu năm 2023 đều tăng.", 2023, 7)
    assert [p.span for p in phrases] == ["Q2", "H1"]
