"""Ranks: "ranked 4th out of 63", "the 5th highest in the country", "xếp thứ 4 cả nước".

A rank within a region or among districts is no province ranking a briefing can compare, so
such ranks are found (to be skipped) but flagged ``regional``. "3rd in the region and 15th
in the country" gives two ranks, each read with the words up to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Scope = Literal["national", "regional", "unknown"]

_WORDS = {
    "first": 1,
    "premier": 1,
    "première": 1,
    "nhất": 1,
    "second": 2,
    "nhì": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_ORD = (
    r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th|e|er|ère|ème|re)?(?![\d.,%])"
    r"|(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|premier|première"
    r"|nhất|nhì))"
)
_RANK = re.compile(
    r"(?<!\w)(?=rank|plac|posit|xếp|đứng|vị|class|se\s|the\s|\d)(?:(?:rank(?:ed|ing|s)?|placed|placing|position(?:ed)?|xếp\s+(?:thứ|hạng(?:\s+thứ)?)"
    r"|đứng\s+(?:thứ|vị\s+trí\s+thứ)|vị\s+trí\s+thứ|classée?s?|se\s+classant|se\s+classe)"
    r"\s+(?:(?:at\s+the|at|the|No\.?|number|thứ|au|à\s+la|en)\s+)?"
    + _ORD
    + r"|(?:the\s+)?(?P<n2>\d{1,2})(?:st|nd|rd|th|e|ème)\s+(?:highest|largest|place|position"
    r"|rang))(?!\w)",
    re.IGNORECASE,
)
_MORE = re.compile(
    r"[^,;.]{0,60}?(?:,\s*)?\b(?:and|và|et)\s+(?:(?:ranked|thứ)\s+)?" + _ORD, re.IGNORECASE
)
_NATIONAL = re.compile(
    r"country|nationwide|\bnation(?:al)?\b|vietnam|cả\s+nước|toàn\s+quốc|du\s+pays"
    r"|(?:out\s+of|of|among|/|sur|trong|trên)\s*(?:the\s+)?(?P<n>63|34)\b"
    r"|(?P<n2>63|34)\s+(?:provinces|tỉnh|localities|cities)",
    re.IGNORECASE,
)
_REGIONAL = re.compile(
    r"region|vùng|khu\s+vực|miền|midland|mountainous|delta|highlands|northern|southern"
    r"|districts?|communes?|huyện|xã|(?:out\s+of|among|of)\s+(?:the\s+)?\d{1,2}\s+provinces",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Rank:
    """A rank at ``start:end`` and how wide the ranking is."""

    start: int
    end: int
    rank: int
    scope: Scope
    out_of: int | None


def find_ranks(text: str) -> list[Rank]:
    """Every rank phrase in ``text``, in order."""
    ranks: list[Rank] = []
    for match in _RANK.finditer(text):
        spans = [(match.start(), match.end(), _ordinal(match))]
        more = _MORE.match(text, match.end())
        if more:
            spans.append((more.start("n" if more.group("n") else "w"), more.end(), _ordinal(more)))
        for i, (start, end, number) in enumerate(spans):
            stop = spans[i + 1][0] if i + 1 < len(spans) else end + 70
            scope_text = re.split(r"[,;.]\s", text[end:stop], maxsplit=1)[0]
            ranks.append(_rank(start, end, number, scope_text))
    return ranks


def _ordinal(match: re.Match[str]) -> int:
    for name in ("n", "n2"):
        if name in match.re.groupindex and match.group(name):
            return int(match.group(name))
    word = match.group("w")
    return _WORDS[word.lower()] if word else 0


def _rank(start: int, end: int, number: int, scope_text: str) -> Rank:
    national = _NATIONAL.search(scope_text)
    out_of = None
    if national and (national.group("n") or national.group("n2")):
        out_of = int(national.group("n") or national.group("n2"))
    if national and not (_REGIONAL.search(scope_text) and out_of is None):
        return Rank(start, end, number, "national", out_of)
    if _REGIONAL.search(scope_text):
        return Rank(start, end, number, "regional", None)
    return Rank(start, end, number, "unknown", None)
