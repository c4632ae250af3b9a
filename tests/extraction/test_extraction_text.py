"""Sentences of an article's text (sentences invented for the tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.extraction import text as text_module
from briefings.extraction.text import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Les chiffres de TP. Ho Chi Minh sont attendus demain.",
        "Mr. Nguyen Van A. Binh said growth reached 7%.",
        "Dr. Tran said No. 5 Street was rebuilt.",
    ],
)
def test_the_point_of_an_abbreviation_or_an_initial_ends_no_sentence(text: str) -> None:
    assert sentences(text) == [text.rstrip(".")]


def test_a_point_before_a_capital_ends_a_sentence() -> None:
    assert sentences("GRDP grew 7%. Exports rose 5%.") == ["GRDP grew 7%", "Exports rose 5%"]


def test_a_semicolon_starts_a_clause() -> None:
    assert [s.strip() for s in sentences("GRDP grew 7%; exports rose 5%")] == [
        "GRDP grew 7%",
        "exports rose 5%",
    ]


def test_a_line_ending_in_an_ellipsis_ends_its_sentence() -> None:
    assert [s.strip() for s in sentences("Long An 9 tỷ USD…\nRiêng tháng 9, xuất khẩu")] == [
        "Long An 9 tỷ USD…",
        "Riêng tháng 9, xuất khẩu",
    ]


_PIECES = (
    "Growth", "reached", "7%", "No", "TP", "quý I", "A", "ou plus", "Pour", "(HCMC", ")", ".",
    "..", "!", "?", ";", ";;", ":", "»", "”", "…", " ", "  ", "\t", "\n", "\n\n", " \n", "\t\n",
)  # fmt: skip


@settings(max_examples=300, deadline=2000)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_sentence_ends_are_looked_for_only_where_the_pattern_can_match(text: str) -> None:
    found = [m.span() for m in text_module._sentence_ends(text)]
    assert found == [m.span() for m in text_module._SENTENCE_END.finditer(text)]
