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
_ABBREVIATION = r"(?<!\b[A-Z])(?<!\b(?:TP|Tp|Mr|Ms|Dr|St|No))(?<!\b(?:Mrs|Mme|Gov))(?<!\bProf)"
_SENTENCE_END = re.compile(
    r"(?=[.!?;\n \t])(?:(?=[.!?])(?<![.!?])" + _ABBREVIATION + r"[.!?]+[\"'”’)]{0,3}\s+"
    r"(?=[\"'“‘(]?[^\W\d_a-z])|(?<!;);+"
    # a sentence glued to the next one ("... ou plus.Pour atteindre"): a word, a point, a word
    r"|(?<=[a-zà-ỹ]{2}|\d%)\.(?=[A-ZÀ-ÝĐ][a-zà-ỹ])"
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


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence or semicolon clause, in order."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)
