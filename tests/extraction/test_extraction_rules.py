"""The grammar: which sentences become which facts, and which never do.

Sentences are invented for the tests; the article's province and period are given as
front matter would give them.
"""

import pytest

from briefings.domain.periods import Period
from briefings.extraction import ArticleMeta, extract_facts

META = ArticleMeta(
    "test.txt", url="https://example.org/a", province="cao-bang", period=Period.parse("2025-9M")
)


def facts(text: str, language: str = "en") -> list[tuple[str, str, str, float, str]]:
    meta = ArticleMeta(META.origin, META.url, "", META.province, META.period, language)  # type: ignore[arg-type]
    found = extract_facts(text, meta).candidates
    return [(c.period, c.indicator, c.measure, c.value, c.unit) for c in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("GRDP increased by 6.52%.", ("2025-9M", "grdp", "yoy_pct", 6.52, "%")),
        (
            "The economic growth rate is estimated at 7.94%.",
            ("2025-9M", "grdp", "yoy_pct", 7.94, "%"),
        ),
        (
            "Export turnover reached 2.04 billion USD.",
            ("2025-9M", "export", "value", 2040.0, "USD million"),
        ),
        ("Import turnover fell, down 4.75%.", ("2025-9M", "import", "yoy_pct", -4.75, "%")),
        (
            "Budget revenue reached VND 20,699.5 billion.",
            ("2025-9M", "budget_revenue", "value", 20699.5, "VND billion"),
        ),
        (
            "Retail sales reached 207 trillion VND.",
            ("2025-9M", "retail_sales", "value", 207000.0, "VND billion"),
        ),
        (
            "The growth rate of GRDP ranked 4th out of 63 provinces.",
            ("2025-9M", "grdp", "rank", 4.0, "rank/63"),
        ),
        (
            "In 2024, GRDP grew by 12.01%, up 14.5% compared to 2023.",
            ("2024-FY", "grdp", "yoy_pct", 12.01, "%"),
        ),
        (
            "The province set a growth target of 8% or more for 2026.",
            ("2026-FY", "grdp", "target_yoy_pct", 8.0, "%"),
        ),
        (
            "The province strives for budget revenue of VND 5,000 billion in 2025.",
            ("2025-FY", "budget_revenue", "target_value", 5000.0, "VND billion"),
        ),
        (
            "The province welcomed over 2.5 million visitors.",
            ("2025-9M", "tourist_arrivals", "value", 2_500_000.0, "arrivals"),
        ),
        (
            "In the first quarter, FDI attraction reached USD 300 million.",
            ("2025-Q1", "fdi_registered", "value", 300.0, "USD million"),
        ),
    ],
)
def test_sentences_of_the_report_grammar_become_facts(
    sentence: str, expected: tuple[str, str, str, float, str]
) -> None:
    assert facts(sentence) == [expected]


def test_a_figure_after_a_comma_continues_the_same_subject() -> None:
    text = (
        "Total import-export turnover reached over 1,299 million USD, an increase of 77% over"
        " the same period last year, exceeding 45% of the plan."
    )
    assert facts(text) == [
        ("2025-9M", "import_export", "value", 1299.0, "USD million"),
        ("2025-9M", "import_export", "yoy_pct", 77.0, "%"),
    ]


def test_each_figure_goes_to_the_indicator_named_just_before_it() -> None:
    text = "Total tourist arrivals increased by 59.4%, total tourism revenue increased by 104%."
    assert facts(text) == [
        ("2025-9M", "tourist_arrivals", "yoy_pct", 59.4, "%"),
        ("2025-9M", "tourism_revenue", "yoy_pct", 104.0, "%"),
    ]


def test_french_forms() -> None:
    text = (
        "Les recettes budgétaires ont atteint plus de 1 299 milliards de VND, "
        "en hausse de 6,52 % par rapport à la même période."
    )
    assert facts(text, "fr") == [
        ("2025-9M", "budget_revenue", "value", 1299.0, "VND billion"),
        ("2025-9M", "budget_revenue", "yoy_pct", 6.52, "%"),
    ]


def test_vietnamese_forms() -> None:
    text = "Tổng thu ngân sách đạt 3.312 tỷ đồng, bằng 55% dự toán, tăng 6,52% so với cùng kỳ."
    assert facts(text, "vi") == [
        ("2025-9M", "budget_revenue", "value", 3312.0, "VND billion"),
        ("2025-9M", "budget_revenue", "yoy_pct", 6.52, "%"),
    ]


def test_qualifiers_are_kept() -> None:
    text = (
        "Export turnover is estimated at nearly 2.04 billion USD."
        " Thu ngân sách đạt khoảng 3.312 tỷ đồng."
    )
    found = extract_facts(text, META).candidates
    assert [c.qualifier for c in found] == ["estimated; nearly", "khoảng"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Resolution No. 18-NQ/TW dated October 25, 2017 was implemented.",
        "The 20th Provincial Party Congress, term 2025 - 2030, was organised.",
        "The conference received 27 comments from 120 delegates.",
        "The province completed the arrangement of 56 commune-level administrative units.",
        "Export turnover reached 45% of the plan.",
        "Total import-export turnover exceeded 28% compared to the growth scenario.",
        "Retail sales rose 11% compared to the previous quarter.",
        "Economic growth in the 2021-2025 period averaged 7.2% per year.",
        "Budget revenue in the first 4 months reached VND 2,000 billion.",
        "The growth rate ranked 3rd in the region.",
        "The number of newly established enterprises increased by 15%.",
        "Thai Nguyen's GRDP grew by 9%.",
        "The rate of correct and early settlement reached over 99% at the commune level.",
    ],
)
def test_never_facts(sentence: str) -> None:
    assert facts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "GRDP grew 8.2%, higher than the national average of 6.9%.",
        "GRDP rose 8.2%, of which industry and construction increased by 12.3%.",
        "GRDP rose 8.2%, the number of enterprises increased by 15%.",
    ],
)
def test_a_figure_of_another_subject_is_not_credited_to_the_indicator(sentence: str) -> None:
    assert facts(sentence) == [("2025-9M", "grdp", "yoy_pct", 8.2, "%")]


def test_facts_keep_their_quote_and_offsets() -> None:
    text = (
        "Intro.\nThe total product in the province (GRDP) in the first 9 months increased by 6.52%."
    )
    [fact] = extract_facts(text, META).candidates
    assert text[fact.start : fact.end] == fact.quote
    assert fact.quote.endswith("increased by 6.52%")
    assert fact.origin == "test.txt:2"


def test_fact_ids_are_stable_and_ignore_unrelated_edits() -> None:
    text = "GRDP increased by 6.52%."
    first = extract_facts(text, META).candidates[0].fact_id
    again = extract_facts("A new first paragraph.\n\n" + text, META).candidates[0].fact_id
    assert first == again
    other = extract_facts("GRDP increased by 6.53%.", META).candidates[0].fact_id
    assert other != first


def test_an_article_without_province_or_period_says_so() -> None:
    result = extract_facts("GRDP increased by 6.52%.", ArticleMeta("x.txt"))
    assert result.candidates == ()
    assert "no recognisable" in result.problem


def test_a_list_introduced_by_tasks_holds_targets() -> None:
    text = "Tasks for the coming year: budget revenue of VND 5,000 billion; GRDP growth of 9%."
    assert facts(text) == [
        ("2025-FY", "budget_revenue", "target_value", 5000.0, "VND billion"),
        ("2025-FY", "grdp", "target_yoy_pct", 9.0, "%"),
    ]


def test_a_list_of_results_holds_no_targets() -> None:
    text = "Results achieved against the targets: GRDP grew 9%; exports rose 5%."
    assert [f[2] for f in facts(text)] == ["yoy_pct", "yoy_pct"]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Kim ngạch xuất khẩu giảm 2,1% so với cùng kỳ.", "vi", ("export", "yoy_pct", -2.1)),
        ("Budget revenue was down 3.5% year on year.", "en", ("budget_revenue", "yoy_pct", -3.5)),
        ("Les exportations sont en recul de 4,5 %.", "fr", ("export", "yoy_pct", -4.5)),
        (
            "Tổng mức bán lẻ hàng hóa ước tính đạt 29.232,75 tỷ đồng.",
            "vi",
            ("retail_sales", "value", 29232.75),
        ),
        ("Retail sales reached VNĐ5.2 trillion.", "en", ("retail_sales", "value", 5200.0)),
        ("The province exported $16.7 billion in exports.", "en", ("export", "value", 16700.0)),
        (
            "Tourist arrivals hit 2.1 million, a 12.4% rise.",
            "en",
            ("tourist_arrivals", "yoy_pct", 12.4),
        ),
        (
            "Ses importations ont atteint 9 milliards de dollars (+7,5% sur un an).",
            "fr",
            ("import", "yoy_pct", 7.5),
        ),
        (
            "Ses exportations ont atteint 3.125 milliards de dollars.",
            "fr",
            ("export", "value", 3125.0),
        ),
        ("GRDP is estimated to reach 8.4 per cent.", "en", ("grdp", "yoy_pct", 8.4)),
    ],
)
def test_full_article_forms_in_three_languages(
    sentence: str, language: str, expected: tuple[str, str, float]
) -> None:
    assert expected in [(f[1], f[2], f[3]) for f in facts(sentence, language)]


def test_a_province_experiencing_growth_is_its_economic_growth() -> None:
    text = "Au premier trimestre, la province de Lao Cai a connu une croissance de 9,2 %."
    meta = ArticleMeta("x", province="lao-cai", period=Period.parse("2025-H1"), language="fr")
    [fact] = extract_facts(text, meta).candidates
    assert (fact.period, fact.indicator, fact.measure, fact.value) == (
        "2025-Q1",
        "grdp",
        "yoy_pct",
        9.2,
    )


def test_a_list_leaves_its_change_verb_out_after_the_first_figure() -> None:
    text = (
        "Investment rose by 10%, retail sales by 13.6% and the industrial production index"
        " by 15.4%."
    )
    assert [(f[1], f[3]) for f in facts(text)] == [("retail_sales", 13.6), ("iip", 15.4)]


@pytest.mark.parametrize(
    ("text", "language", "precise"),
    [
        ("Kinh tế tỉnh tăng trưởng gần 9%. Tăng trưởng kinh tế ước đạt 8,87%.", "vi", 8.87),
        ("GRDP grew by more than 7%. GRDP grew by 7.18% year-on-year.", "en", 7.18),
        ("Le PIBR devrait croître de plus de 8%. Le PIBR a augmenté de 8,06%.", "fr", 8.06),
    ],
)
def test_a_rounded_restatement_of_a_precise_figure_is_dropped(
    text: str, language: str, precise: float
) -> None:
    assert [f[3] for f in facts(text, language)] == [precise]


def test_an_approximate_figure_alone_is_kept() -> None:
    assert facts("GRDP grew by nearly 7%.") == [("2025-9M", "grdp", "yoy_pct", 7.0, "%")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The province has 320 valid FDI projects with total registered capital of USD 12"
            " billion.",
            "en",
        ),
        (
            "Lũy kế đến nay, tỉnh thu hút vốn đầu tư trực tiếp nước ngoài đạt 9,2 tỷ USD.",
            "vi",
        ),
        (
            "Au total, 240 projets d'IDE valides représentent 11 milliards d'USD.",
            "fr",
        ),
    ],
)
def test_a_stock_built_over_the_years_is_no_level_of_the_period(text: str, language: str) -> None:
    assert facts(text, language) == []


def test_a_figure_after_a_plan_year_keeps_the_reported_period() -> None:
    text = (
        "Trong 6 tháng đầu năm 2025, thị trường ổn định. Doanh thu bán lẻ hàng hóa ước đạt 6.100"
        " tỷ đồng, bằng 50,2% kế hoạch năm 2025 và tăng 21%."
    )
    assert {f[0] for f in facts(text, "vi")} == {"2025-H1"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Les IDE se sont bien redressés. Sur neuf mois, ils ont atteint 950 millions de"
            " dollars, soit une hausse de 31%.",
            "fr",
            [("fdi_registered", "value", 950.0), ("fdi_registered", "yoy_pct", 31.0)],
        ),
        (
            "Exports recovered strongly. In nine months, they rose 14%.",
            "en",
            [("export", "yoy_pct", 14.0)],
        ),
        ("The number of new enterprises grew. They registered VND 5 trillion.", "en", []),
    ],
)
def test_a_pronoun_carries_the_subject_of_the_sentence_before(
    text: str, language: str, expected: list[tuple[str, str, float]]
) -> None:
    assert [(f[1], f[2], f[3]) for f in facts(text, language)] == expected


def test_a_pronoun_doing_something_else_carries_no_subject() -> None:
    assert facts("Exports fell 3%. It attracted $1 billion of new capital.") == [
        ("2025-9M", "export", "yoy_pct", -3.0, "%")
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The province posted growth of 9.5%.", "en", [("grdp", 9.5)]),
        ("La ville a connu une croissance de 7,5%.", "fr", [("grdp", 7.5)]),
        ("The number of enterprises in the province grew 8.2%.", "en", []),
        ("The city recorded growth of 9.1% in industrial output.", "en", []),
        ("La province a connu une croissance de 9,1% de ses exportations.", "fr", []),
    ],
)
def test_growth_said_of_the_province_itself_is_its_grdp(
    text: str, language: str, expected: list[tuple[str, float]]
) -> None:
    assert [(f[1], f[3]) for f in facts(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Retail sales reached VND40 trillion, soaring 18.5% year-on-year.", "en", 18.5),
        ("Exports reached USD3 billion, jumping 9.4% against the same period.", "en", 9.4),
        ("Budget revenue hit VND9 trillion, climbing 7.1% on the year.", "en", 7.1),
        ("L'IPI devrait augmenter de 12,3 % cette année.", "fr", 12.3),
        ("Les exportations devraient diminuer de 4,2 %.", "fr", -4.2),
    ],
)
def test_participles_and_infinitives_of_change_verbs_give_the_growth(
    text: str, language: str, expected: float
) -> None:
    assert [f[3] for f in facts(text, language) if f[2] == "yoy_pct"] == [expected]


def test_figures_of_the_industrial_parks_are_a_part_of_the_provinces() -> None:
    text = (
        "Exports reached 9.5 billion USD. Businesses in the industrial parks exported 6.1"
        " billion USD and attracted 450 million USD of foreign investment. Các khu công nghiệp"
        " thu hút 300 triệu USD vốn FDI."
    )
    assert facts(text) == [("2025-9M", "export", "value", 9500.0, "USD million")]


def test_a_restricted_french_change_keeps_its_sign() -> None:
    text = "Au premier semestre, le PIBR n'a diminué que de 1,8 % sur un an."
    assert [f[3] for f in facts(text, "fr") if f[2] == "yoy_pct"] == [-1.8]


def test_the_growth_of_a_named_province_is_its_grdp_growth() -> None:
    text = "La croissance de Cao Bang devrait augmenter de 6,4 % sur la même période."
    assert [(f[1], f[2], f[3]) for f in facts(text, "fr")] == [("grdp", "yoy_pct", 6.4)]


def test_a_growth_name_takes_no_sum_of_money() -> None:
    text = "Alongside its economic growth, the province has collected 9.2 trillion VND so far."
    assert [f for f in facts(text) if f[1] == "grdp"] == []
