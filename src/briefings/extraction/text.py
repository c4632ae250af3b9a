"""Language and sentences of an article's text.

The language decides how numbers are read (``3.312`` is 3312 in Vietnamese); sentences bound
the search for a figure's subject, and a semicolon starts a new one because reports list
indicators as "GRDP grew 8%; budget revenue reached ...".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefings.extraction.numbers import Language

_VI_LETTERS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
_DROP_VI = {ord(letter): None for letter in _VI_LETTERS}
# Common words of each language, counted in one pass (the two lists share no word).
_WORDS = re.compile(
    r"\b(?:(?P<fr>le|la|les|des|du|et|est|une|pour|dans|au|aux|sur|été)"
    r"|(?P<en>the|of|and|is|to|in|was|with|for|on|by))\b"
)
# A line break ends a sentence only after punctuation or before a blank line: Markdown and
# plain-text files often wrap a paragraph's lines. A run of marks is matched from its start
# only (the look-behinds), so "......" costs linear time, not a scan per dot. The point of an
# abbreviation ("TP. Hồ Chí Minh", "Mr. Minh", an initial) ends no sentence; a point glued
# between two words ("ou plus.Pour") does.
_ABBREVIATION = (
    r"(?<!\b[A-HJ-Z])(?<!(?<![qQ]uý\s)\bI)"  # "quý I." (the first quarter) is no initial
    r"(?<!\b(?:TP|Tp|Mr|Ms|Dr|St|No))(?<!\b(?:Mrs|Mme|Gov))(?<!\bProf)"
)
_SENTENCE_END = re.compile(
    r"(?=[.!?;\n \t])(?:(?=[.!?])(?<![.!?])" + _ABBREVIATION + r"[.!?]+[\"'”’)]{0,3}\s+"
    r"(?=[\"'“‘(]?[^\W\d_a-z])|(?<!;);+"
    # a sentence glued to the next one ("... ou plus.Pour atteindre"): a word, a point, a word
    r"|(?<=[a-zà-ỹ]{2}|\d%)\.(?=[A-ZÀ-ÝĐ][a-zà-ỹ])"
    # a sentence that opens with its span or year ("... cho cả năm. 6 tháng đầu năm 2025, GRDP")
    r"|(?<=[a-zà-ỹ]{2}|\d%)\.[ \t]+(?=\d{1,2}\s+(?:tháng|months?|mois)(?!\w)|20\d\d[\s,])"
    r"|(?<=[.!?:;)»\"”…])[ \t]*\n\s*|\n[ \t]*\n\s*|\.\s*$)"  # the look-ahead: where any can start
)


def detect_language(text: str) -> Language:
    """English, French or Vietnamese, from letters and common words of the first 5 000 chars."""
    sample = text[:5_000].lower()  # an article keeps to its language; its start says which
    if len(sample) - len(sample.translate(_DROP_VI)) > 0.02 * len(sample):
        return "vi"
    words = _WORDS.findall(sample)
    french = sum(1 for fr, _ in words if fr)
    english = len(words) - french
    return "fr" if french > english else "en"


_DIGIT = re.compile(r"\d")
_HEADING_MAX = 60  # a shorter line without a final point, before a capital, is a heading


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence or semicolon clause, in order.

    A semicolon inside brackets ends nothing ("(HCMC 7.07%; Dong Nai 8.86%) and ranked 8th"),
    and a short line with no figure and no final point ends a sentence when a capital opens the
    next line: a heading ("Budget revenue\nHanoi collected ...") is no part of what follows.
    """
    start = 0
    opening = len(text) - len(text.lstrip())  # where the text's first line starts
    for match in _sentence_ends(text):
        if match.start() <= start:
            start = match.end()
            continue
        if text[match.start()] == ";" and _bracket_open(text, start, match.start()):
            continue
        newline = text.find("\n", start, start + _HEADING_MAX + 1)
        if newline == -1 or newline >= match.start():
            yield start, match.start()  # no line break where a heading could end: most sentences
        else:
            yield from _headings(text, start, match.start(), opening)
        start = match.end()
    if start < len(text):
        yield from _headings(text, start, len(text), opening)


# Where _SENTENCE_END can match: at a mark or a line break, or at the spaces or tabs just
# before a line break (its look-ahead lets it try any space, but only the line-break
# alternative starts with one, and only after a mark, which no space is).
_MARK = re.compile(r"[.!?;\n]")


def _sentence_ends(text: str) -> Iterator[re.Match[str]]:
    """``_SENTENCE_END.finditer(text)``, tried only where a match can start: the regex engine
    finds marks quickly, while the pattern, opening with look-arounds, it tries everywhere."""
    end = 0  # a match starts after the one before it ends
    for mark in _MARK.finditer(text):
        at = spaces = mark.start()
        if text[at] == "\n":
            while spaces > 0 and text[spaces - 1] in " \t":
                spaces -= 1
        for start in (spaces, at) if spaces < at else (at,):
            match = _SENTENCE_END.match(text, start) if start >= end else None
            if match:
                yield match
                end = match.end()
                break


_BRACKET_REACH = 400  # a bracket open longer than this is a typo, not an aside


def _bracket_open(text: str, start: int, end: int) -> bool:
    start = max(start, end - _BRACKET_REACH)  # bounded, so many semicolons cost linear time
    return text.count("(", start, end) > text.count(")", start, end)


_NEXT_LETTER = re.compile(r"\s*(\S)")


def _opens_with_capital(text: str, start: int, end: int) -> bool:
    found = _NEXT_LETTER.match(text, start, end)
    return bool(found and found.group(1).isupper())


def _headings(text: str, start: int, end: int, opening: int) -> Iterator[tuple[int, int]]:
    """The span ``start:end``, split after the headings it opens with (``opening``: where the
    text's first line, its headline, starts)."""
    newline = text.find("\n", start, end)
    while (
        newline != -1
        and text[max(0, start - 20) : start].rstrip(" \t")[-1:] in ("", "\n")  # a whole line
        and newline - start <= _HEADING_MAX
        and text[start:newline].strip()
        # a headline with a figure inside the text restates it; the text's first line is
        # the article's headline, a sentence of its own ("Hue expects 2024 economic growth
        # at 7.5%" must not run into the first sentence after it)
        and (not _DIGIT.search(text, start, newline) or start == opening)
        and _opens_with_capital(text, newline + 1, end)
    ):
        yield start, newline
        start = newline + 1
        while start < end and text[start].isspace():
            start += 1
        newline = text.find("\n", start, end)
    yield start, end


_WHOLE_SENTENCE_REACH = 500


def whole_sentence_start(text: str, position: int, reach: int = _WHOLE_SENTENCE_REACH) -> int:
    """Where the sentence holding ``position`` starts, read whole: after the last full stop,
    mark or line break (within ``reach``). ``sentence_spans`` also splits at semicolons; the
    words that introduce a list its semicolons split ("Trong đó: A 5%; B 6%") are here."""
    floor = max(0, position - reach)
    stops = (text.rfind(stop, floor, position) for stop in (". ", "! ", "? ", "\n"))
    return max(floor - 1, *stops) + 1
