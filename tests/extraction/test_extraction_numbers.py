"""Numbers and units as English, French and Vietnamese reports write them (synthetic values)."""

from decimal import Decimal
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.extraction import numbers
from briefings.extraction.numbers import Language, find_quantities, parse_number


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        ("1,299", "en", "1299"),
        ("20,699.5", "en", "20699.5"),
        ("7.94", "en", "7.94"),
        ("6,52", "fr", "6.52"),
        ("1 299", "fr", "1299"),
        ("1\u202f299", "fr", "1299"),
        ("1\u00a0299,5", "fr", "1299.5"),
        ("3.312", "vi", "3312"),
        ("3.312,5", "vi", "3312.5"),
        ("6,52", "vi", "6.52"),
        ("7.94", "vi", "7.94"),
        ("1.234.567", "en", "1234567"),
    ],
)
def test_separators_are_read_the_way_each_language_writes_them(
    raw: str, language: str, expected: str
) -> None:
    assert parse_number(raw, language) == Decimal(expected)  # type: ignore[arg-type]


def test_french_thousands_separator_is_a_space() -> None:
    [quantity] = find_quantities("atteint 1 299 millions USD", "fr")
    assert quantity.amount == Decimal(1_299_000_000)
    assert quantity.currency == "USD"


def test_narrow_no_break_space_groups_thousands_in_any_language() -> None:
    [quantity] = find_quantities("reached 1\u202f299 million USD", "en")
    assert quantity.number == Decimal(1299)


def test_dot_is_the_vietnamese_thousands_separator() -> None:
    [quantity] = find_quantities("đạt 3.312 tỷ đồng", "vi")
    assert (quantity.kind, quantity.currency, quantity.amount) == (
        "money",
        "VND",
        Decimal("3312e9"),
    )


@pytest.mark.parametrize(
    ("text", "language", "amount", "currency"),
    [
        ("1,299 million USD", "en", Decimal("1299e6"), "USD"),
        ("VND 20,699.5 billion", "en", Decimal("20699.5e9"), "VND"),
        ("207 trillion VND", "en", Decimal("207e12"), "VND"),
        ("2.04 billion USD", "en", Decimal("2.04e9"), "USD"),
        ("US$2.04 billion", "en", Decimal("2.04e9"), "USD"),
        ("207 nghìn tỷ đồng", "vi", Decimal("207e12"), "VND"),
        ("1,2 tỷ USD", "vi", Decimal("1.2e9"), "USD"),
        ("20 699,5 milliards de VND", "fr", Decimal("20699.5e9"), "VND"),
        ("1 299 millions de dollars américains", "fr", Decimal("1299e6"), "USD"),
    ],
)
def test_money_has_its_scale_word_and_currency(
    text: str, language: str, amount: Decimal, currency: str
) -> None:
    [quantity] = find_quantities(text, language)  # type: ignore[arg-type]
    assert (quantity.kind, quantity.amount, quantity.currency) == ("money", amount, currency)
    assert (quantity.start, quantity.end) == (0, len(text))


def test_french_billion_is_a_million_millions() -> None:
    [quantity] = find_quantities("2 billions de VND", "fr")
    assert quantity.amount == Decimal("2e12")


@pytest.mark.parametrize(
    "text", ["6.52%", "6,52 %", "6,52\u00a0%", "6.52 percent", "6,52 pour cent"]
)
def test_percent_signs_and_words_make_a_percent(text: str) -> None:
    language = "fr" if "," in text else "en"
    [quantity] = find_quantities(text, language)
    assert quantity.kind == "percent"
    assert quantity.number == Decimal("6.52")


def test_percentage_points_are_not_percent() -> None:
    [quantity] = find_quantities("up 2 percentage points", "en")
    assert quantity.kind == "plain"


def test_arrivals_are_counted_with_their_scale() -> None:
    [quantity] = find_quantities("khoảng 1,2 triệu lượt khách du lịch", "vi")
    assert (quantity.kind, quantity.amount) == ("count", Decimal(1_200_000))


@pytest.mark.parametrize(
    "text",
    ["term 2025-2030", "Resolution No. 18-NQ/TW", "on 12/10/2025", "quý I/2025"],
)
def test_codes_ranges_and_dates_hold_no_figures(text: str) -> None:
    assert all(q.kind == "plain" and q.scale == 1 for q in find_quantities(text, "en"))


def test_a_minus_sign_makes_a_negative_number() -> None:
    [quantity] = find_quantities("growth of -3.47%", "en")
    assert quantity.number == Decimal("-3.47")


@pytest.mark.parametrize(
    ("raw", "language"),
    [("1.21.21", "en"), ("0.0.0.5", "vi"), ("1,2,3", "en"), ("1" * 40, "en"), ("12.34,5.6", "vi")],
)
def test_garbled_or_overlong_numbers_are_no_numbers(raw: str, language: str) -> None:
    assert parse_number(raw, language) is None  # type: ignore[arg-type]


def test_a_long_run_of_digits_and_separators_holds_no_quantity() -> None:
    assert find_quantities("reached " + "1,2." * 500 + " billion USD", "en") == []


def test_a_thousands_point_in_a_decimal_position_keeps_its_other_reading() -> None:
    [quantity] = find_quantities("8.891 milliards de dollars", "fr")
    assert (quantity.number, quantity.alternative) == (Decimal(8891), Decimal("8.891"))


@pytest.mark.parametrize(
    ("raw", "language"), [("19,3333", "en"), ("4,12345", "en"), ("7.2468", "vi"), ("3.1415", "fr")]
)
def test_a_foreign_separator_before_more_than_three_digits_is_garbled(
    raw: str, language: str
) -> None:
    assert parse_number(raw, language) is None  # type: ignore[arg-type]


def test_a_foreign_decimal_comma_of_one_or_two_digits_is_still_a_decimal() -> None:
    assert parse_number("832,17", "en") == Decimal("832.17")  # translated Vietnamese figures


def test_a_million_of_billions_is_a_quadrillion() -> None:
    [quantity] = find_quantities("1,4 million de milliards de dôngs", "fr")
    assert quantity.amount == Decimal("1.4E15")
    assert quantity.currency == "VND"


def test_french_counts_take_de_before_their_noun() -> None:
    [quantity] = find_quantities("3,2 millions de touristes", "fr")
    assert (quantity.kind, quantity.amount) == ("count", Decimal(3_200_000))


@pytest.mark.parametrize(
    ("text", "language", "amount", "currency"),
    [
        ("1.5 bln USD", "en", Decimal("1.5E9"), "USD"),
        ("320 mln USD", "en", Decimal("3.2E8"), "USD"),
        ("VND1.2tn", "en", Decimal("1.2E12"), "VND"),
        ("1.5 billion U.S. dollars", "en", Decimal("1.5E9"), "USD"),
        ("1,5 Md USD", "fr", Decimal("1.5E9"), "USD"),
        ("2,4 Mds de dollars", "fr", Decimal("2.4E9"), "USD"),
    ],
)
def test_abbreviated_scales_and_currencies(
    text: str, language: str, amount: Decimal, currency: str
) -> None:
    [quantity] = find_quantities(text, language)  # type: ignore[arg-type]
    assert (quantity.kind, quantity.amount, quantity.currency) == ("money", amount, currency)


def test_pct_is_a_percent_but_pct_points_are_not() -> None:
    assert [q.kind for q in find_quantities("8.5 pct and 0.4 pct points", "en")] == [
        "percent",
        "plain",
    ]


def test_a_bare_vietnamese_million_counts_rather_than_pays() -> None:
    [million] = find_quantities("Sơn La (3,5 triệu)", "vi")
    [billion] = find_quantities("đạt 3,5 tỷ", "vi")
    assert (million.kind, million.amount) == ("plain", Decimal(3_500_000))
    assert (billion.kind, billion.currency) == ("money", "VND")


def test_a_currency_code_glued_to_the_number_is_its_currency() -> None:
    [quantity] = find_quantities("exports of USD10.7 billion", "en")
    assert (quantity.kind, quantity.currency, quantity.amount) == (
        "money",
        "USD",
        Decimal(10_700_000_000),
    )


def test_a_rate_whose_decimal_comma_was_lost_is_one_rate() -> None:
    found = find_quantities("la province a progressé de 8 25 % en 2024", "fr")
    assert [(q.kind, q.number) for q in found] == [("percent", Decimal("8.25")), ("plain", 2024)]


def test_a_year_before_a_rate_stays_a_year() -> None:
    found = find_quantities("en 2024 7 % de plus", "fr")
    assert [(q.kind, q.number) for q in found] == [("plain", 2024), ("percent", 7)]


_PIECES = (
    "1", "23", "2025", "-", "−", "–", ".", ",", "/", " ", "\u202f", "%", "VND", "USD", "x", "NQ",
)  # fmt: skip


@settings(max_examples=300, deadline=2000)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.sampled_from(list(get_args(Language))),
)
def test_numbers_are_looked_for_only_where_a_run_of_digits_starts(
    text: str, language: Language
) -> None:
    found = [m.span() for m in numbers._numbers(text, language)]
    assert found == [m.span() for m in numbers._NUMBER[language].finditer(text)]
