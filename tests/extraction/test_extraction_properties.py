"""Any text yields candidates or none: no exception, offsets inside the text, finite values.

Hypothesis generates hostile text (random characters, long runs of digits and separators,
unbalanced brackets, mixed scripts, decomposed Vietnamese); examples are bounded so the
suite stays fast. Linear time is measured in benchmarks/bench_hostile.py, not here.
"""

from __future__ import annotations

import math
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.domain.periods import Period
from briefings.extraction import ArticleMeta, extract_facts
from briefings.extraction.numbers import find_quantities, parse_number

SETTINGS = settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
DECLARED = ArticleMeta("x.txt", province="cao-bang", period=Period.parse("2025-9M"))
INFERRED = ArticleMeta("x.txt", url="https://baobackan.vn/x.html")

# Pieces of real report grammar, so that random text reaches the rules and not only the regexes.
WORDS = (
    "GRDP",
    "increased by",
    "reached",
    "tăng",
    "đạt",
    "en hausse de",
    "budget revenue",
    "thu ngân sách",
    "exportations",
    "USD",
    "tỷ đồng",
    "milliards de dôngs",
    "%",
    " per cent",
    "in the first 6 months of 2025",
    "quý I/2025",
    "au premier trimestre",
    "Cao Bằng",
    "Hải Phòng",
    "Quang Ninh",
    "respectively",
    "lần lượt",
    "ranked",
    "xếp thứ",
    "/63",
    "(",
    ")",
    "[",
    "]",
    "-",
    "−",
    ".",
    ",",
    ";",
    ":",
    "\n",
    "\n\n",
    " ",
    "\u00a0",
    "\u202f",
    "so với cùng kỳ năm 2024",
    "down",
    "giảm",
    "followed by",
    "with",
    "and",
)
digit_runs = st.text(alphabet="0123456789.,  \u00a0-−/%", min_size=1, max_size=200)
pieces = st.one_of(st.sampled_from(WORDS), digit_runs, st.text(max_size=30), st.integers().map(str))
texts = st.lists(pieces, max_size=60).map("".join)


def check(text: str) -> None:
    for meta in (DECLARED, INFERRED):
        result = extract_facts(text, meta)
        for candidate in result.candidates:
            assert 0 <= candidate.start < candidate.end <= len(text)
            assert math.isfinite(candidate.value)
            assert candidate.quote == " ".join(text[candidate.start : candidate.end].split())


@SETTINGS
@given(texts)
def test_report_like_text_never_raises(text: str) -> None:
    check(text)


@SETTINGS
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    check(text)


@SETTINGS
@given(texts, st.sampled_from(["NFC", "NFD", "NFKC", "NFKD"]))
def test_any_unicode_normal_form_never_raises(text: str, form: str) -> None:
    check(unicodedata.normalize(form, text))  # type: ignore[arg-type]


@SETTINGS
@given(digit_runs, st.sampled_from(["en", "fr", "vi"]))
def test_numbers_are_finite_or_absent(raw: str, language: str) -> None:
    value = parse_number(raw, language)  # type: ignore[arg-type]
    assert value is None or value.is_finite()
    for quantity in find_quantities(raw, language):  # type: ignore[arg-type]
        assert 0 <= quantity.start < quantity.end <= len(raw)
        assert quantity.amount.is_finite()


@SETTINGS
@given(
    st.integers(min_value=1, max_value=5000), st.sampled_from(["1", "1.", "1,", "9 ", "(", "])"])
)
def test_long_runs_never_raise(length: int, unit: str) -> None:
    check("GRDP increased by " + unit * length + "% in the first 6 months of 2025.")
