"""Ranks: "ranked 4th out of 63", "the 5th highest in the country", "xếp thứ 4 cả nước",
"led the country", "dẫn đầu cả nước", "cao nhất cả nước" (first).

A rank within a region or among districts is no province ranking a briefing can compare, so
such ranks are found (to be skipped) but flagged ``regional``. "3rd in the region and 15th
in the country" gives two ranks, each read with the words up to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from briefings.extraction.matching import caseless, lowered

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
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_ORD = (
    r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th|e|er|ère|ème|re)?(?![\d.,%])"
    r"|(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|premier|première"
    r"|nhất|nhì|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))"
)
# Leading the country is ranking first in it.
_LEAD = (
    r"(?:(?:led|leads|leading|topped|tops)\s+(?:the\s+)?(?:country|nation|nationwide)"
    r"|took\s+the\s+lead|(?:vươn\s+lên\s+)?dẫn\s+đầu\s+cả\s+nước|cao\s+nhất\s+cả\s+nước"
    r"|(?:the\s+)?highest\s+(?:in\s+the\s+country|nationwide)|en\s+tête\s+du\s+pays)(?!\w)"
)
_RANK = (
    r"(?=rank|plac|posit|xếp|đứng|vị|class|se\s|the\s|cao|lớn|\d)(?:(?:rank(?:ed|ing|s)?"
    r"|placed|placing|position(?:ed)?|xếp\s+(?:thứ|hạng(?:\s+thứ)?)"
    r"|đứng\s+(?:ở\s+)?(?:thứ|vị\s+trí\s+thứ)|vị\s+trí\s+thứ|(?:cao|lớn)\s+thứ"
    r"|classée?s?|se\s+classant|se\s+classe)"
    r"\s+(?:(?:at\s+the|at|the|No\.?|number|thứ|au|à\s+la|en)\s+)?"
    + _ORD
    + r"|(?:the\s+)?(?P<n2>\d{1,2})(?:st|nd|rd|th|e|ème)\s+(?:highest|largest|place|position"
    r"|rang))(?!\w)"
)
_SCAN = caseless(rf"(?<!\w)(?:(?P<lead>{_LEAD})|{_RANK})")  # one scan finds both
_MORE = caseless(
    r"[^,;.]{0,60}?(?:,\s*)?\b(?:and|và|et)\s+(?:(?:ranked|thứ|au|à\s+la|at)\s+"
    r"|xếp\s+(?:hạng\s+)?(?:thứ\s+)?)?" + _ORD
)
_NATIONAL = re.compile(
    r"country|nationwide|\bnation(?:al)?\b|vietnam|cả\s+nước|toàn\s+quốc|du\s+pays"
    r"|(?:out\s+of|of|among|/|sur|trong|trên)\s*(?:the\s+|les\s+)?(?P<n>63|34)\b"
    r"|(?P<n2>63|34)\s+(?:provinces|tỉnh|localities|cities)",
    re.IGNORECASE,
)
_REGIONAL = re.compile(
    r"region|vùng|khu\s+vực|miền|midland|mountainous|delta|highlands|northern|southern"
    r"|districts?|communes?|huyện|xã|centrally[-\s]run|trực\s+thuộc|ressort\s+central"
    r"|(?:out\s+of|among|of|sur|parmi|trong|dans)\s+(?:the\s+|les\s+)?(?:\d{1,2}|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)\s+(?:provinces|cities|localities"
    r"|villes|tỉnh|thành\s+phố|địa\s+phương)",
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
    """Every rank phrase in ``text``, in order; each read with the words up to the next one."""
    low = lowered(text)  # the patterns are caseless; offsets are the same
    found: dict[int, tuple[int, int, int, str]] = {}  # ordinal → (start, end, rank, lead)
    for match in _SCAN.finditer(low):
        if match.group("lead"):
            found[match.start()] = (match.start(), match.end(), 1, match.group(0))
            continue
        found.setdefault(_at(match), (match.start(), match.end(), _ordinal(match), ""))
        more = _MORE.match(low, match.end())
        if more:  # "3rd in the region and 15th in the country": its start is the ordinal's
            found.setdefault(_at(more), (_at(more), more.end(), _ordinal(more), ""))
    ordered = sorted(found.values())
    ranks = []
    for i, (start, end, number, lead) in enumerate(ordered):
        stop = min(ordered[i + 1][0] if i + 1 < len(ordered) else len(text), end + 70)
        scope_text = re.split(r"[,;.]\s", text[end:stop], maxsplit=1)[0]
        ranks.append(_rank(start, end, number, lead + scope_text))
    return ranks


def _at(match: re.Match[str]) -> int:
    """Where the ordinal number itself starts (one rank found twice is found once)."""
    for name in ("n", "n2", "w"):
        if name in match.re.groupindex and match.group(name):
            return match.start(name)
    return match.start()


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
