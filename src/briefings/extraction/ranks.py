"""Ranks: "ranked 4th out of 63", "the 5th highest in the country", "xếp thứ 4 cả nước",
"led the country", "dẫn đầu cả nước", "le plus élevé du pays" (first), "thấp nhất cả nước"
(last).

A rank within a region or among districts is no province ranking a briefing can compare, so
such ranks are found (to be skipped) but flagged ``regional``; a rank in time ("the highest
in five years") is ``temporal``. "3rd in the region and 15th in the country" gives two ranks,
each read with the words up to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from briefings.extraction.lexicon import Mention, find_mentions
from briefings.extraction.matching import WordScan, caseless, lowered
from briefings.extraction.text import whole_sentence_start

Scope = Literal["national", "regional", "temporal", "unknown"]
LAST = -1  # the rank of "the lowest in the country": the size of the ranking, known later

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
    "deuxième": 2,
    "troisième": 3,
    "quatrième": 4,
    "cinquième": 5,
    "sixième": 6,
    "septième": 7,
    "huitième": 8,
    "neuvième": 9,
    "dixième": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
_ORD = (
    r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th|e|er|ère|ème|re|ᵉʳ|ᵉ)?(?!\d|[.,]\d|\s*%)"
    r"|(?P<w>" + "|".join(sorted(_WORDS, key=len, reverse=True)) + "))"
)
# Leading the country is ranking first in it; the lowest in it is ranking last.
_COUNTRY = r"(?:cả\s+nước|toàn\s+quốc|du\s+pays|in\s+the\s+country|nationwide|in\s+vietnam)"
_GROWTH_NOUN = (
    r"(?:\s+(?:economic\s+|GRDP\s+|GDP\s+)?(?:growth|expansion)(?:\s+rates?)?|\s+rates?)?"
)
_LEAD = (
    r"(?:(?:led|leads|leading|topped|tops|topping)\s+(?:the\s+)?(?:country|nation|nationwide)"
    r"|took\s+the\s+lead|(?:vươn\s+lên\s+)?(?:dẫn|đứng)\s+đầu(?:\s+[^\s,.;]+){0,6}?\s+"
    r"(?:cả\s+nước|toàn\s+quốc)|(?:cao|nhanh)\s+nhất\s+(?:cả\s+nước|toàn\s+quốc)"
    rf"|(?:the\s+)?(?:highest|fastest){_GROWTH_NOUN}\s+(?:in\s+the\s+country|nationwide)"
    r"|(?:en\s+tête|au\s+sommet)\s+du\s+pays"
    r"|(?:le|la)\s+plus\s+(?:élevée?|forte|rapide)\s+du\s+pays)(?!\w)"
)
_LAST = (
    r"(?:(?:thấp|chậm)\s+nhất\s+(?:cả\s+nước|toàn\s+quốc)"
    rf"|(?:the\s+)?(?:lowest|slowest){_GROWTH_NOUN}\s+(?:in\s+the\s+country|nationwide)"
    r"|(?:le|la)\s+plus\s+(?:bas|basse|faible|lente)\s+du\s+pays)(?!\w)"
)
# "se classant seulement 30e", "vẫn xếp thứ 2", "classées respectivement 2e et 3e": a word
# between the verb and its ordinal.
_ADVERB = (
    r"(?:(?:only|just|still|also|now|again|respectively|seulement|encore|désormais|aussi"
    r"|toujours|respectivement|chỉ|vẫn|cũng|lần\s+lượt|tương\s+ứng)\s+)?"
)
_RANK = (
    r"(?:(?:rank(?:ed|ing|s)?"
    r"|plac(?:ed|es|ing)|position(?:ed|ing)?|xếp\s+(?:vị\s+(?:trí\s+)?)?(?:thứ|hạng(?:\s+thứ)?)"
    r"|đứng\s+(?:ở\s+)?(?:thứ|vị\s+trí(?:\s+(?:thứ|số))?)|vị\s+trí(?:\s+(?:thứ|số))?"
    r"|(?:cao|lớn)\s+thứ|classée?s?|se\s+classant|se\s+classe|came(?:\s+in)?|finished)"
    r"\s+"
    + _ADVERB
    # "ranking Nghệ An 13th": a name between, kept only when capitalised (``_named``)
    + r"(?:(?:the\s+province|the\s+city|it)\s+|(?P<who>(?:[^\W\d_][\w'’-]*\s+){1,3}?))??"
    + r"(?:(?:at\s+the|at|the|No\.?|number|thứ|au|à\s+la|en)\s+)?"
    + _ORD
    + r"|(?:the\s+)?(?=[\dfstenpdqchbm])(?:(?P<n2>\d{1,2})(?:st|nd|rd|th|e|ème|ᵉ)|(?P<w2>"
    + "|".join(sorted(_WORDS, key=len, reverse=True))
    # "the fourth nationwide": an ordinal said of the country, no noun between
    + r"))(?:\s+(?:highest|fastest|largest|place|position|rang)"
    + r"|(?=\s+(?:nationwide|in\s+the\s+country))))(?!\w)"
)
# One scan finds them all; the look-aheads are the words each can start with (fast failure).
_LEAD_STARTS = (
    r"led|lead|top|took|vươn|dẫn|đứng|cao|nhanh|the\s+(?:high|fast)|high|fast|en\s+tête"
    r"|au\s+sommet|l[ea]\s+plus"
)
_LAST_STARTS = r"thấp|chậm|the\s+(?:low|slow)|low|slow|l[ea]\s+plus"
_ORDINAL_WORDS = "|".join(sorted(_WORDS))
_RANK_STARTS = (
    rf"rank|plac|posit|xếp|đứng|vị|class|se\s|the\s+(?:\d|{_ORDINAL_WORDS})|cao|lớn|came"
    rf"|finished|\d"
    rf"|{_ORDINAL_WORDS}"
)
_SCAN = WordScan.compile(
    rf"(?=[lrtdđvcnhfeaspxqmb\d])(?:(?={_LEAD_STARTS})(?P<lead>{_LEAD})"
    rf"|(?={_LAST_STARTS})(?P<last>{_LAST})|(?={_RANK_STARTS}){_RANK}"
    r"|(?P<listed>(?P<n3>\d{1,2})\s?/\s?(?:63|34)(?![\d/])))",
    compiler=caseless,
)
# "các tỉnh có mức xếp hạng lần lượt là: Kon Tum 30/63, Đắk Nông 48/63": ranks listed as
# "N/63" count only after a word of ranking in their sentence ("10/63 tỉnh" alone is a count).
_RANKING_BEFORE = caseless(r"(?<!\w)(?:xếp\s+(?:hạng|thứ)|rank|classement|classée?s?)")
_MORE = caseless(
    r"(?:[^,;.]|,\s*(?=thành))"  # "4/13 tỉnh, thành phố vùng ... và 26/63 cả nước"
    r"{0,100}?(?:(?:,\s*)?\b(?:and|và|et)\s+|[,;]\s*(?=thứ\s))(?:(?:ranked|thứ|au|à\s+la|at)\s+"
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
    r"|\b(?:nord|sud|centre|north\s+central|south\s+central)\b|bắc\s+trung\s+bộ|tây\s+nguyên"
    r"|duyên\s+hải|đồng\s+bằng|parmi\s+les\s+provinces\s+d|among\s+(?:the\s+)?provinces\s+(?:of|in)"
    r"|/\s*(?!63\b|34\b)\d{1,2}\s+(?:tỉnh|thành|địa\s+phương)"  # "thứ 7/11 tỉnh, thành phố"
    r"|(?:out\s+of|among|of|sur|parmi|trong|dans)\s+(?:the\s+|les\s+)?(?:\d{1,2}|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)\s+(?:provinces|cities|localities"
    r"|villes|tỉnh|thành\s+phố|địa\s+phương)",
    re.IGNORECASE,
)


# A rank in time ("the second highest in the 2020-2024 period", "the highest in five years").
_TEMPORAL = re.compile(
    r"giai\s+đoạn|(?:\d+|two|three|four|five|ten|deux|trois|cinq|dix)\s+(?:năm|years|années|ans)"
    r"|\bsince\b|depuis|kể\s+từ|history|lịch\s+sử|decade|thập\s+kỷ"
    r"|dernières\s+années|recent\s+years"
    # "the second highest rise in the period from 2020 to present": a rank in time
    r"|\bperiod\s+(?:from\s+)?(?:19|20)\d\d|\bfrom\s+(?:19|20)\d\d\s+(?:to|until)\b"
    r"|\bto\s+(?:the\s+)?present\b|période\s+(?:de\s+)?(?:19|20)\d\d",
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


# "xếp tốp các tỉnh dẫn đầu", "among the top provinces", "parmi les provinces en tête".
_AMONG_THE = re.compile(
    # "nhóm tăng trưởng GRDP thấp nhất": one of a group, not the last
    r"(?:nhóm|group\s+of|groupe\s+des?)(?:\s+[^\s,.;]+){0,4}\s*$"
    r"|(?:tốp|top|nhóm|among|parmi|one\s+of|một\s+trong)\s+(?:the\s+|les\s+|các\s+|những\s+)?"
    r"(?:tỉnh(?:,\s*thành(?:\s+phố)?)?|địa\s+phương|provinces?|localities|cities|villes|localités)"
    r"(?:\s+(?:có\s+)?(?:mức\s+)?(?:tăng\s+trưởng\s+)?)?\s*$"
)


_CLAUSE_END = re.compile(r"[,;.]\s(?!thành)")  # "tỉnh, thành phố" goes on


def find_ranks(text: str) -> list[Rank]:
    """Every rank phrase in ``text``, in order; each read with the words up to the next one."""
    low = lowered(text)  # the patterns are caseless; offsets are the same
    found: dict[int, tuple[int, int, int, str]] = {}  # ordinal → (start, end, rank, lead)
    for match in _SCAN.finditer(low):
        if match.group("lead") or match.group("last"):
            if _AMONG_THE.search(low, max(0, match.start() - 40), match.start()):
                continue  # "among the leading provinces": in a group, not first
            number = 1 if match.group("lead") else LAST
            found[match.start()] = (match.start(), match.end(), number, match.group(0))
            continue
        if match.group("listed"):
            if _listed_rank(low, match.start()):
                found.setdefault(match.start(), (*match.span(), int(match["n3"]), match[0]))
            continue
        if match.group("who") and not _named(text, match.start("who"), match.end("who")):
            continue  # "ranking among the top 10": no province between the verb and a rank
        found.setdefault(_at(match), (match.start(), match.end(), _ordinal(match), ""))
        more = _MORE.match(low, match.end())
        if more:  # "3rd in the region and 15th in the country": its start is the ordinal's
            found.setdefault(_at(more), (_at(more), more.end(), _ordinal(more), ""))
    ordered = sorted(found.values())
    ranks = []
    for i, (start, end, number, lead) in enumerate(ordered):
        stop = min(ordered[i + 1][0] if i + 1 < len(ordered) else len(text), end + 70)
        scope_text = _CLAUSE_END.split(text[end:stop], maxsplit=1)[0]
        ranks.append(_rank(start, end, number, lead + scope_text))
    return ranks


def _listed_rank(low: str, start: int) -> bool:
    """True for an "N/63" after a word of ranking in the same sentence."""
    return bool(_RANKING_BEFORE.search(low, whole_sentence_start(low, start, 300), start))


def _named(text: str, start: int, end: int) -> bool:
    """True when the words at ``start:end`` are a capitalised name ("Nghệ An")."""
    return all(word[0].isupper() for word in text[start:end].split())


def _at(match: re.Match[str]) -> int:
    """Where the ordinal number itself starts (one rank found twice is found once)."""
    for name in ("n", "n2", "n3", "w", "w2"):
        if name in match.re.groupindex and match.group(name):
            return match.start(name)
    return match.start()


def _ordinal(match: re.Match[str]) -> int:
    for name in ("n", "n2"):
        if name in match.re.groupindex and match.group(name):
            return int(match.group(name))
    words = (match.group(n) for n in ("w", "w2") if n in match.re.groupindex and match.group(n))
    word = next(words, None)
    return _WORDS[word.lower()] if word else 0


def _rank(start: int, end: int, number: int, scope_text: str) -> Rank:
    national = _NATIONAL.search(scope_text)
    out_of = None
    if national and (national.group("n") or national.group("n2")):
        out_of = int(national.group("n") or national.group("n2"))
    if out_of is None and _TEMPORAL.search(scope_text):
        return Rank(start, end, number, "temporal", None)
    regional = _REGIONAL.search(scope_text)
    # "thứ 3 cả nước và dẫn đầu Vùng ...": the scope named first is the rank's
    if national and (out_of is not None or not regional or national.start() < regional.start()):
        return Rank(start, end, number, "national", out_of)
    if regional:
        return Rank(start, end, number, "regional", None)
    return Rank(start, end, number, "unknown", None)


_MAX_BEFORE = 150  # from an indicator's name to its rank
_MAX_AFTER = 40  # "ranked 4th in GRDP growth"
# "ranking fifth nationwide ... in terms of growth rate", "xếp thứ 5 về tăng trưởng"
_GROWTH_SCOPE = re.compile(
    r"(?<!\w)(?:in\s+terms\s+of|in|for|by|về|en\s+termes?\s+de|en\s+matière\s+de)\s+"
    r"(?:the\s+)?(?:economic\s+|GRDP\s+)?(?:growth|tăng\s+trưởng|croissance)(?!\w)",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[.!?\n]")
# A clause that opens with its rank ("...; xếp thứ 12/14 ...", "and ranking 5th"); written for
# the text as it is (its letters lower-cased, so a capital opens none).
RANK_OPENS = caseless(r"[\s;,]*(?:và\s+|and\s+)?(?:đứng|xếp|ranking|ranked|ranks|se\s+classant)")


def growth_named_after(text: str, end: int, clause_end: int) -> bool:
    """True when "in terms of growth" follows a rank in its clause, or closes the rank clause
    after a semicolon that goes on like it ("Xếp vị thứ 44/63 tỉnh, thành; xếp vị thứ 9/14
    ... về tăng trưởng kinh tế": both ranks are by growth)."""
    if _GROWTH_SCOPE.search(text, end, min(clause_end, end + 120)):
        return True
    if not (text[clause_end : clause_end + 1] == ";" and RANK_OPENS.match(text, clause_end)):
        return False
    stop = _CLAUSE_START.search(text, clause_end, clause_end + 200)
    following = text.find(";", clause_end + 1, stop.start() if stop else clause_end + 200)
    limit = following if following >= 0 else (stop.start() if stop else clause_end + 200)
    return _GROWTH_SCOPE.search(text, clause_end, limit) is not None


def ranked_subject(
    text: str, bounds: tuple[int, int], mentions: list[Mention], rank: Rank
) -> Mention | None:
    """What a rank ranks: the indicator named before it (or right after it) in its sentence,
    economic growth when the sentence says "in terms of growth", else the indicator named last
    in the clause before a semicolon ("GRDP growth ranked 9th in the region; nationally, it
    ranked 17th")."""
    before = [m for m in mentions if m.end <= rank.start and rank.start - m.end <= _MAX_BEFORE]
    after = [m for m in mentions if m.start >= rank.end and m.start - rank.end <= _MAX_AFTER]
    if before or after:
        return before[-1] if before else after[0]
    if growth_named_after(text, rank.end, bounds[1]):
        return Mention(rank.start, rank.start, "grdp", growth=True)
    semicolon = len(text[: bounds[0]].rstrip()) - 1
    if semicolon < 0 or text[semicolon] != ";":
        return None
    clause = max(semicolon - 300, 0)
    for stop in _CLAUSE_START.finditer(text, clause, semicolon):
        clause = stop.end()
    named = [m for m in find_mentions(text, clause, semicolon) if not m.blocks]
    return named[-1] if named else None
