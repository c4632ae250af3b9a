"""Specification of briefings.extraction.matching.start_guard: a faster scan, never a different one.

The guard is a look-ahead of the characters a pattern can start with. It must hold every
character a match can start with (or be absent), so that a guarded alternation finds exactly
what the unguarded one finds. Texts here are written for the test, not taken from articles.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.extraction import lexicon
from briefings.extraction.matching import WordScan, caseless, lowered, start_guard


def test_a_guard_names_the_first_letters_of_every_alternative_and_skips_optional_words() -> None:
    assert start_guard(r"(?:total\s+)?retail\s+sales|GRDP|\bPIB\b") == "(?=[gprt])"


def test_a_vietnamese_first_letter_is_kept_as_written() -> None:
    assert start_guard(r"đầu\s+tư|tổng\s+mức") == "(?=[tđ])"


def test_no_guard_when_any_character_may_start_a_match() -> None:
    assert start_guard(r"\w+\s+growth") == ""
    assert start_guard(r"[^x]y") == ""
    assert start_guard(r".*GRDP") == ""


def test_no_guard_for_a_pattern_that_can_match_nothing() -> None:
    assert start_guard(r"(?:GRDP)?") == ""
    assert start_guard(r"(?=GRDP)") == ""


def test_a_look_behind_or_a_word_edge_before_the_first_letter_is_no_letter() -> None:
    assert start_guard(r"(?<!and\s)\bexports") == "(?=[e])"


_UNGUARDED = caseless(
    r"(?<!\w)(?=\w)(?:"
    + "|".join(f"(?P<n{i}>{body})" for i, (_, _, body) in enumerate(lexicon._ALL_NAMES))
    + f"|(?P<block>{lexicon._BLOCKERS})|(?P<revenue>{lexicon._BARE_REVENUE})"
    + f"|(?P<turnover>{lexicon._BARE_TURNOVER}))"
)
_PIECES = (
    "GRDP", "GDP", "growth", "tăng trưởng", "kinh tế", "total", "retail sales", "export",
    "xuất khẩu", "nhập khẩu", "kim ngạch", "thu ngân sách", "budget revenue", "FDI", "vốn",
    "đầu tư", "tourist arrivals", "lượt khách", "doanh thu du lịch", "PIB", "croissance",
    "exportations", "industrial production", "chỉ số", "per capita", "bình quân đầu người",
    "excluding", "of which", "national average", "Singapore", "lĩnh vực", "tổng", "recettes",
    "12,5%", "đạt", "increased", ",", ".", "(", ")", " ", " ", "\n",
)  # fmt: skip


@settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join))
def test_the_guarded_lexicon_scan_finds_what_the_unguarded_one_finds(text: str) -> None:
    low = lowered(text)
    found = [(m.span(), m.lastgroup) for m in lexicon._PATTERN.finditer(low)]
    assert found == [(m.span(), m.lastgroup) for m in _UNGUARDED.finditer(low)]


def test_the_lexicon_scan_is_guarded() -> None:
    guards = re.findall(r"\(\?=\[[^\]]+\]\)\(\?P<n\d+>", lexicon._PATTERN.pattern)
    assert len(guards) == len(lexicon._ALL_NAMES)


_WORD_PIECES = (
    "in", "the", "first", "6", "months", "of", "2025", "-", "2030", "term", "quý", "I", "năm",
    "2024", "đến", "tháng", "9", "same", "period", "last", "year", "ranked", "5th", "out", "63",
    "Hà Nội", "Ha-Noi", "x", "'", ",", ".", "(", " ", "\n", "",
)  # fmt: skip


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=30).map(" ".join))
def test_a_word_scan_finds_what_its_pattern_finds(text: str) -> None:
    low = lowered(text)
    for body, not_after in (
        (r"(?:the\s+)?first|\d+(?:\s*-\s*\d+)?|in|-\s*\d|'|quý\s+i|(?<=-)\d+", r"\w"),
        (r"(?:hà|ha)[\s-]+n[ộo]i|\d+|x", r"\w-"),
    ):
        scan = WordScan.compile(body, not_after)
        assert [m.span() for m in scan.finditer(low)] == [
            m.span() for m in scan.pattern.finditer(low)
        ]


def test_a_word_scan_refuses_a_pattern_that_matches_nothing_at_all() -> None:
    with pytest.raises(ValueError, match="empty"):
        list(WordScan.compile(r"x?").finditer("a b"))
