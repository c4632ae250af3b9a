"""Specification of briefings.extraction.prefixes: a finder that never misses a match.

``prefix_regex(p)`` must match wherever ``p`` matches: a word scan tries the pattern only where
the finder holds, so a prefix that a match does not start with would lose that match. Texts
and patterns here are written for the test (or drawn at random), not taken from articles.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.extraction import periods, places, ranks
from briefings.extraction.matching import lowered
from briefings.extraction.prefixes import prefix_regex


def test_prefixes_share_their_start_and_stop_at_the_depth() -> None:
    assert prefix_regex(r"first\s+half|first\s+quarter|Q1", depth=4) == r"(?:Q1|firs)"
    spaced = r"first\s(?:\s(?:\s|h|q)|ha|qu)"  # each space one character of the eight
    assert prefix_regex(r"first\s+half|first\s+quarter", depth=8) == spaced


def test_a_short_prefix_holds_a_longer_one() -> None:
    assert prefix_regex(r"in|in\s+the|into", depth=6) == "in"


def test_a_small_class_is_its_letters_and_a_wide_one_stays_a_class() -> None:
    assert prefix_regex(r"qu[ýy]\s", depth=4) == r"qu(?:y\s|ý\s)"
    assert prefix_regex(r"\d+%", depth=3) == r"\d(?:%|\d(?:%|\d))"


def test_optional_words_and_look_arounds_take_no_character() -> None:
    assert prefix_regex(r"(?<!-)(?:the\s+)?(?=f)first", depth=5) == r"(?:first|the\s(?:\s|f))"


def test_no_prefix_where_any_character_or_nothing_may_start_a_match() -> None:
    assert prefix_regex(r".+x") is None
    assert prefix_regex(r"(?:abc)?") is None
    assert prefix_regex(r"(\w)\1") is not None  # a letter, then a back-reference: unknown after


def test_a_group_with_its_own_flags_gives_no_prefix_the_finder_would_not_match() -> None:
    found = prefix_regex(r"(?i:q1)|x")
    assert found is None or re.match(found, "Q1")


def test_too_many_prefixes_give_a_shorter_depth() -> None:
    found = prefix_regex(r"[a-k][a-k][a-k][a-k][a-k]", depth=5)
    assert found is not None and re.fullmatch(found, "abc")  # three letters, not five


# Random patterns over a few letters: literals, classes, optional parts, repeats, choices,
# look-arounds; and texts over the same letters.
_ATOMS = st.sampled_from(
    ["a", "b", "ab", "ba", r"\d", r"\s", "[ab]", "[^a]", "[a-z]", ".", r"\b", "(?=a)", "(?<!b)"]
)


def _combine(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.tuples(children, children).map("".join),
        st.tuples(children, children).map(lambda pair: f"(?:{pair[0]}|{pair[1]})"),
        st.tuples(children, st.sampled_from(["?", "*", "+", "{2}", "{1,3}", "??", "++"])).map(
            lambda pair: f"(?:{pair[0]}){pair[1]}"
        ),
    )


_PATTERNS = st.recursive(_ATOMS, _combine, max_leaves=8)
_TEXTS = st.text(alphabet="ab1 -x", max_size=12)


# The recursive strategy's description is long; hypothesis warns that it is, nothing more.
@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@settings(max_examples=500, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(_PATTERNS, _TEXTS, st.integers(min_value=1, max_value=6))
def test_the_finder_matches_wherever_the_pattern_does(pattern: str, text: str, depth: int) -> None:
    finder = prefix_regex(pattern, depth)
    if finder is None:
        return  # no finder: the scan tries the pattern everywhere
    compiled, found = re.compile(pattern), re.compile(finder)
    for position in range(len(text) + 1):
        if compiled.match(text, position):
            assert found.match(text, position), (pattern, finder, text, position)


_PIECES = (
    "in", "the", "first", "6", "months", "of", "2025", "-", "2030", "term", "quý", "I", "năm",
    "2024", "đến", "tháng", "9", "same", "period", "last", "year", "ranked", "5th", "out", "63",
    "thứ", "xếp", "hạng", "led", "top", "Hà Nội", "Ha-Noi", "Quảng Ninh", "Đồng Nai", "x", "'",
    ",", ".", "(", "/", "%", " ", "\n",
)  # fmt: skip


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join))
def test_the_article_scans_find_what_their_patterns_find(text: str) -> None:
    low = lowered(text)
    folded = places.fold(low)
    for scan, scanned in (
        (periods._ANY, low),
        (ranks._SCAN, low),
        (places.name_index().pattern, folded),
    ):
        assert [m.span() for m in scan.finditer(scanned)] == [
            m.span() for m in scan.pattern.finditer(scanned)
        ]
