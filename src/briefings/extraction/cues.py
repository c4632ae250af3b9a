"""The words around a figure that say what it measures.

Reports follow one grammar: an indicator's name, a verb ("reached", "increased by", "tăng",
"en hausse de"), perhaps a qualifier ("over", "khoảng", "plus de"), the figure, then perhaps a
comparison ("over the same period last year", "so với cùng kỳ") or a share of a plan ("of the
plan", "dự toán") that makes a percent something other than a change. A change may be qualified
without being changed ("rose sharply by", "en hausse annuelle de", "tăng mạnh").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

CueKind = Literal["up", "down", "link", "none"]

QUALIFIERS = (
    r"(?:more\s+than|less\s+than|just\s+over|nearly|almost|about|approximately|approx\.?"
    r"|around|roughly|over|above|under|some|at\s+least|up\s+to|an\s+estimated|estimated|only"
    r"|just|merely|seulement"
    r"|un\s+peu\s+plus\s+de|plus\s+de|près\s+de|environ|quelque|au\s+moins|moins\s+de"
    r"|presque|hơn|trên|gần|khoảng|xấp\s+xỉ|chỉ|ước\s+tính|ước)"
)
_TRAILING_QUALS = re.compile(rf"(?<!\w)(?:{QUALIFIERS}\s*)+$", re.IGNORECASE)
_TO = (
    r"(?:increas(?:e|ed|es|ing)|rose|grew|ris(?:e|en|es|ing)|tăng\s+lên|jump(?:ed)?|climb(?:ed|s)?"
    r"|surg(?:ed|es)|soar(?:ed|s)?)\s+to"
)
_UP = (
    r"increas(?:e|ed|es|ing)|ris(?:e|en|es|ing)|rose|gr[eo]w(?:s|n|ing)?|growth(?:\s+rates?)?"
    r"|gain(?:s|ed|ing)?|(?<!made\s)(?<!make\s)(?<!makes\s)up|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|expand(?:s|ed|ing)?|advanc(?:e|ed|es)"
    r"|(?:went|go(?:es)?|edged|inched|picked)\s+up|spik(?:e|ed|es)|skyrocket(?:ed|s)?"
    r"|tăng(?:\s+trưởng)?|hausse|augment(?:é|ée|ait|e|ent|er|ations?|ant)|progress(?:é|ée|ion|ant|er)"
    r"|croissance|cro[iî]t(?:re|ra|rait|ront)?|crû|a\s+cru|grimp(?:é|e|ant)|bondi|accru(?:e|s)?"
    r"|accroissement|surg(?:e|ed|es|ing)|soar(?:ed|s|ing)?|mở\s+rộng(?:\s+thêm)?|\+"
)
_DOWN = (
    r"decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|drop(?:s|ped|ping)?|fell|fall(?:s|en|ing)?"
    r"|down|reduc(?:e|ed|tion)|contract(?:ed|ion|s|é|ée)?|shr[aiu]nk|shrinks|slump(?:s|ed)?"
    r"|plung(?:e|ed|es)|slid(?:e|es)?|slipped|dip(?:s|ped)?|tumbled|plummeted|(?:went|edged)\s+down"
    r"|(?:sụt\s+)?giảm(?:\s+sút)?|sụt|baiss(?:e|é|ée|ait|er)|diminu(?:é|ée|tion|ant|e|er)"
    r"|recul(?:é|ée|e)?|chut(?:e|é|ée)|repli|fléchi|régress(?:é|ée|ion)"
    r"|negative\s+growth(?:\s+rates?)?|croissance\s+négative|(?:tăng\s+trưởng\s+)?âm"
)
# A change named, up or down, anywhere: "tăng", "fell", "en hausse".
CHANGE_WORD = re.compile(rf"(?<!\w)(?:{_UP}|{_DOWN})(?!\w)", re.IGNORECASE)
# Words that qualify a change without changing it, one or two: "rose sharply by", "en hausse
# annuelle de", "une progression robuste de", "tăng mạnh", "tăng khá ấn tượng", "tăng tới".
_MODIFIER = (
    r"(?:\s+(?:sharply|significantly|slightly|strongly|steadily|markedly|modestly|considerably"
    r"|substantially|moderately|marginally|rapidly|robustly|further|annuel(?:le)?s?"
    r"|sensible(?:ment)?|significative(?:ment)?|nette(?:ment)?|forte(?:ment)?|légère(?:ment)?"
    r"|importante|notable|considérable(?:ment)?|record|en\s+glissement\s+annuel|mạnh(?:\s+mẽ)?"
    r"|robustes?|solides?|vigoureuse(?:ment)?|remarquable(?:ment)?|impressive(?:ly)?"
    r"|nhẹ|sâu|khá|rất|đáng\s+kể|ấn\s+tượng|vượt\s+bậc|tới)){0,2}"
)
# "n'a diminué que de 3,5 %" (fell by only 3.5%): "que" restricts, the change stays.
_CHANGE_TAIL = (  # "the accumulated increase is 7.7%": a change named, then its size
    _MODIFIER + r"(?:\s+que)?(?:\s+(?:by|of|at|de|d'|là|ở\s+mức|khoảng|is|was|were))?"
)
_LINK = (
    r"reach(?:ed|es|ing)?|achiev(?:e|ed|es|ing)|attain(?:ed|s)?|hit"
    r"|(?:is|was|are|were|be)\s+(?:estimated|expected|forecast|projected)\s+(?:at|to\s+(?:reach"
    r"|be|hit|achieve))|(?:estimated|expected|forecast)\s+(?:at|to\s+(?:reach|be))"
    r"|(?:slow(?:ed|s)?|accelerat(?:ed|es)|eased|picked\s+up)(?:\s+down)?\s+to"
    r"|(?:is|was|are|were|be|being|stood|stands?|standing)(?:\s+at)?|at|of|:|\(|with"
    r"|amount(?:ed|ing|s)?\s+to|total(?:l?ed|l?ing|s)?|(?:equal|equivalent)\s+to"
    r"|welcom(?:ed|ing|es)|receiv(?:ed|ing)|attract(?:ed|ing)|served|đón(?:\s+tiếp)?|thu\s+hút"
    r"|đạt(?:\s+mức)?|ước\s+(?:đạt|tính(?:\s+(?:đạt|bằng))?|bằng)|bằng|là|ở\s+mức|với(?:\s+mức)?|mức"
    r"|atteint|atteignant|atteindre|estimée?s?\s+à|s'élève\s+à|s'établit\s+à|de|d'|à|avec"
)
_YOY_WORDS = re.compile(
    r"(?<!\w)(?:d'une\s+année\s+sur\s+l'autre|year[-\s]on[-\s]year|sur\s+un\s+an|annuelle|annual)"
    r"(?!\w)",
    re.IGNORECASE,
)
_TAIL = re.compile(
    rf"(?<![\w'])(?:(?P<to>{_TO})|(?P<up>(?:{_UP}){_CHANGE_TAIL})|(?P<down>(?:{_DOWN})"
    rf"{_CHANGE_TAIL})|(?P<link>{_LINK}))\s*$",
    re.IGNORECASE,
)
_ESTIMATED = re.compile(
    r"estimat|expected|forecast|projected|ước|dự\s+kiến|dự\s+báo|estimé|prévu", re.IGNORECASE
)
TARGET = re.compile(
    # ("targets such as GRDP ... is estimated to increase by": indicators listed, no target)
    r"(?<!\w)(?:targets?(?![,\s]+(?:such\s+as|including|like)(?!\w))|targeted|goals?|objectives?"
    r"|striv(?:e|es|ing)|aim(?:s|ed|ing)?\s+(?:to|for|at)"
    r"|plan(?:s|ned)?\s+to|hop(?:e|es|ing)\s+to|seek(?:s|ing)?\s+to|eyes|eyeing|eyed"
    r"|mục\s+tiêu|phấn\s+đấu|objectifs?|viser|vise"
    # "chỉ tiêu" is a target, but "nhiều chỉ tiêu kinh tế có mức tăng trưởng khá" are results
    # ("đạt khá cao so với chỉ tiêu, ước đạt 4.800 tỷ đồng": a result measured against it)
    r"|(?<!so\svới\s)chỉ\s+tiêu(?!(?:\s+kinh\s+tế)?\s+tăng)(?![^.;:]{0,40}?(?:có|đạt)\s+mức\s+tăng)"
    r"|(?<=giao\s)chỉ\s+tiêu"  # "giao chỉ tiêu tăng trưởng": assigned, whatever follows
    r"|initialement\s+fixée?s?|fixée?s?\s+initialement|initially\s+set|kịch\s+bản"
    # "pour que la croissance atteigne ... conformément au scénario (10,02 %)": a goal
    r"|scénarios?|scenarios?|pour\s+que|afin\s+que"
    # "In order to stimulate growth and ensure GRDP growth of 8% or more": a purpose
    r"|in\s+order\s+to|so\s+as\s+to|to\s+ensure|afin\s+d['’]assurer)(?!\w)",
    re.IGNORECASE,
)
_BASE_BEFORE = re.compile(
    rf"(?:compared\s+(?:to|with)|from|(?<!more\s)(?<!less\s)than|against|so\s+với"
    rf"|par\s+rapport\s+(?:à|au)|contre"
    # "far exceeding a record of US$732 billion seen in 2022": the record passed
    rf"|(?:exceed\w*|surpass\w*|beat\w*|dépass\w*|vượt(?:\s+qua)?)\s+(?:(?:a|the|its|le|son)\s+)?"
    rf"(?:previous\s+|all-time\s+|précédent\s+)?(?:record|peak|kỷ\s+lục)(?:\s+(?:high|level))?"
    rf"(?:\s+(?:of|de))?)"
    rf"(?:\s+{QUALIFIERS})*\s*$",
    re.IGNORECASE,
)
_CONNECTOR = re.compile(
    r"(?:an?(?:\s|$)|the\s+(?:growth|increase|rise|rate)|with|which|reach|equal|equivalent|exceed"
    r"|up\b|down\b|increas|decreas|ris|rose|grow|grew|fell|fall|declin|drop|and\b|while|at\b"
    r"|to\b|in\b|during|for\b|over\b|by\b|as\s+of|estimat|expect|tăng|giảm|đạt|bằng|vượt|ước"
    r"|với|và\b|trong|en\b|soit|et\b|atteign|dépass|augment|hausse|baisse|diminu|représent"
    r"|tandis\s+que|whereas|then\b|followed|trong\s+khi|còn\b|pour\s+atteindre|lên|xuống|\+|à(?!\w)"
    r"|tiếp\s+(?:theo|đến|sau)|suivie?s?\b|mức\b"
    r"|pour\s+(?:s['’]établir|se\s+(?:chiffrer|situer|monter|fixer)|totaliser)"
    r"|show|represent|reflect|mark|marqu|affich|account|bringing|making|soar|jump|surg|climb|skyrocket|gain"
    r"|expand|enregistr|ghi\s+nhận|record|post(?:ed|ing)\b"
    r"|plung|slump|tumbl|contract|progress|grimp|bondi|recul|chut|lũy\s+kế|luỹ\s+kế|cumulat"
    r"|fulfil|achiev|complet|hoàn\s+thành"
    r"|accumulat|tính\s+chung|cộng\s+dồn|tương\s+đương|de$|$)",  # ", de 8,8% à Can Tho"
    re.IGNORECASE,
)
# "9,92% pour la période 2021-2024 et à 11,72% cette année": "and" right before the figure.
_AND_THEN = re.compile(
    r"(?<!\w)(?:and|et|và)(?:\s+(?:at|to|by|of|à|de|d'|là|ở\s+mức|với))?\s*$"
    # "..., exceeding 55% of the plan and increasing 15.3%": a change joined by "and"
    r"|(?<!\w)(?:and|et|và)\s+(?:(?:an?\s+)?(?:increas\w*|ris\w*|rose|up|grow\w*|grew|down"
    r"|decreas\w*|fell|fall\w*|declin\w*)|tăng|giảm|en\s+(?:hausse|baisse|progression)"
    r"|(?:une\s+)?(?:hausse|baisse|augmentation))" + _MODIFIER + r"(?:\s+(?:of|by|de))?\s*$",
    re.IGNORECASE,
)
_OR_MORE = re.compile(
    r"\s*(?P<q>or\s+(?:more|higher|above)|and\s+above|trở\s+lên|ou\s+plus|et\s+plus)",
    re.IGNORECASE,
)
# A percent that is a share of a plan, an estimate, a scenario or a total is no change.
_SHARE_AFTER = re.compile(
    r"\s*(?:of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:plan|target|estimates?|scenarios?|goals?"
    r"|objectives?|total|GRDP|GDP|economy)(?!\w)"
    r"|\s*(?:so\s+với\s+)?(?:kế\s+hoạch|KH\b|dự\s+toán|chỉ\s+tiêu|kịch\s+bản|mục\s+tiêu|tổng)"
    r"|\s*(?:du|de\s+l'|de\s+la|des)\s+(?:[\w'’-]+\s+){0,3}?(?:plan|objectifs?|prévisions?"
    r"|estimations?|scénarios?|total)(?!\w)(?:\s+(?:fixée?s?|prévue?s?|annuel(?:le)?s?))?",
    re.IGNORECASE,
)
_IN_TOTAL = re.compile(r"\s*in\s+(?:the\s+)?total\s", re.IGNORECASE)
_COMPARED = (
    r"\s*,?\s*(?:(?:compared\s+(?:to|with)|over|than|against|from|on|of|so\s+với|so"
    r"|par\s+rapport\s+(?:à|au)|sur"
    # "164,2% du chiffre enregistré au cours de la même période de l'année dernière"
    r"|du\s+(?:chiffre|niveau)\s+(?:enregistré\s+)?(?:au\s+cours\s+de|pour|sur))\s+)?"
)
_OTHER_BASE = re.compile(
    r"\s*(?:per\s+year|a\s+year|/\s*year|annually|each\s+year|mỗi\s+năm|/\s*năm|par\s+an)"
    r"|" + _COMPARED + r"(?:the\s+)?(?:(?:previous|last|preceding)\s+(?:month|quarter)"
    r"|beginning\s+of\s+the\s+year|plan|target|estimate|scenario|growth\s+scenario"
    r"|tháng\s+trước|quý\s+trước|đầu\s+năm|kế\s+hoạch|dự\s+toán|kịch\s+bản|mục\s+tiêu"
    r"|(?:le\s+)?(?:trimestre|mois)\s+précédent)",
    re.IGNORECASE,
)
_YOY_BASE = re.compile(
    # "306 per cent of the figure in the first quarter of last year"
    _COMPARED + r"(?:the\s+)?(?:(?:figure|level|result)\s+(?:in|of|for)\s+the\s+(?:first|second|"
    r"third|fourth)\s+quarter\s+of\s+(?:last|the\s+previous)\s+year"
    r"|same\s+period(?:\s+(?:of\s+)?(?:last\s+year|the\s+previous\s+year"
    r"|(?:in\s+|of\s+)?(?P<y1>20\d\d)))?|cùng\s+kỳ(?:\s+năm\s+(?:trước|(?P<y2>20\d\d)))?"
    r"|(?:la\s+)?même\s+période(?:\s+de\s+l'année\s+(?:précédente|dernière)|\s+de\s+(?P<y3>20\d\d))?"
    r"|year[-\s]on[-\s]year|on[-\s]year|last\s+year|(?:the\s+)?previous\s+year"
    r"|(?:the\s+)?year\s+before|a\s+year\s+earlier|(?:en\s+)?glissement\s+annuel|sur\s+un\s+an"
    r"|en\s+rythme\s+annuel|d'une\s+année\s+sur\s+l'autre|(?:năm\s+)?(?P<y4>20\d\d)(?![\d-]))",
    re.IGNORECASE,
)


def year_on_year_end(text: str, position: int) -> int | None:
    """Where a comparison with the same period of the year before, said right at ``position``
    ("year on year", "so với cùng kỳ", "sur un an"), ends; None when none is said there."""
    match = _YOY_BASE.match(text, position)
    return match.end() if match else None


# A comparison and the words up to its base's year, a few words on: "compared with pre-pandemic
# 2019", "par rapport à la période précédant le COVID-19 en 2019", "so với 6 tháng đầu năm
# 2023". The words between hold no clause break, no bracket and no other year. (Also how
# ``periods`` tells such a year from one that dates a figure.)
DISTANT_BASE = (
    r"(?:compared\s+(?:to|with)|against|par\s+rapport\s+(?:à|au)|so\s+với)\s"
    r"(?:(?!20\d\d)[^.;:,()\n]){0,50}"
)
_DISTANT_BASE_YEAR = re.compile(
    rf"\s*,?\s*{DISTANT_BASE}(?<!\d)(?P<year>20\d\d)(?![\d-])", re.IGNORECASE
)
_CHANGE_AFTER = re.compile(
    r"\s*(?:(?:year[-\s]on[-\s]year|on[-\s]year|annual)\s+)?"  # "a 21.4% year-on-year increase"
    r"(?:(?P<up>rise|increase|jump|growth|hike|surge|gain)|(?P<down>drop|decline|fall|decrease"
    r"|contraction|reduction))(?!\w)",
    re.IGNORECASE,
)
_COMPARATIVE = re.compile(
    r"\s*(?:(?P<up>higher|more|greater|de\s+plus)|(?P<down>lower|less|de\s+moins))"
    r"(?:\s+(?:than|que))?(?=\s)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r";|\n\s*\n|[.!?](?:\s|$)")


@dataclass(frozen=True)
class Cue:
    """The verb and qualifiers right before a figure."""

    kind: CueKind
    qualifiers: tuple[str, ...] = ()
    to_level: bool = False  # "increased to 8%": the level, not the change


@dataclass(frozen=True)
class After:
    """What follows a figure: a share of a plan, a comparison base, "or more"."""

    share: bool  # "45% of the plan": not a change
    other_base: bool  # compared with last quarter, the plan...: not year-on-year
    year_on_year: bool
    compared_year: int | None
    end: int  # where the figure's phrase ends, comparison included
    qualifier: str
    change: CueKind = "none"  # "a 99.1% rise", "a 25 per cent contraction": the noun after it
    # "in total retail sales": a share after "accounting for", what changed after "a rise of"
    # (when it names an indicator: the reader clears it otherwise)
    in_total: bool = False


def only_qualifiers(gap: str) -> bool:
    """Whether the words between a subject and its figure are only hedges ("plus de", "over")."""
    return bool(_TRAILING_QUALS.fullmatch(gap.strip()))


_ESTIMATE_ALONE = re.compile(r"\s*ước(?:\s+tính)?\s*", re.IGNORECASE)


def read_cue(gap: str) -> Cue:
    """The cue at the end of the words between a subject and its figure."""
    tail = _YOY_WORDS.sub(" ", gap[-80:])  # "augmentations d'une année sur l'autre de 7,5%"
    quals_match = _TRAILING_QUALS.search(tail)
    words = quals_match.group(0) if quals_match else ""
    quals = ["estimated"] if _ESTIMATED.search(re.split(r"[,;(]", gap)[-1]) else []
    quals += [
        re.sub(r"\s+", " ", q.lower())
        for q in re.findall(QUALIFIERS, words, re.IGNORECASE)
        if q.lower() not in ("estimated", "an estimated", "ước", "ước tính")
    ]
    match = _TAIL.search(tail[: len(tail) - len(words)] if words else tail)
    if match is None and _ESTIMATE_ALONE.fullmatch(words):
        return Cue("link", tuple(quals))  # "tăng trưởng kinh tế của tỉnh ước 6%"
    if match is None:
        return Cue("none", tuple(quals))
    if match.group("to"):
        return Cue("link", tuple(quals), to_level=True)
    kind: CueKind = "up" if match.group("up") else "down" if match.group("down") else "link"
    return Cue(kind, tuple(quals))


def read_after(text: str, pos: int) -> After:
    """Read the comparison or share phrase after a figure ending at ``pos``."""
    limit = pos + 110
    stop = _CLAUSE_END.search(text, pos, limit)
    segment = text[pos : stop.start() if stop else limit]
    qualifier = ""
    offset = 0
    more = _OR_MORE.match(segment)
    if more:
        qualifier, offset = more.group("q").lower(), more.end()
    rest = segment[offset:]
    noun = _CHANGE_AFTER.match(rest)
    change: CueKind = "none"
    if noun:
        change = "up" if noun.group("up") else "down"
        offset += noun.end()
        rest = segment[offset:]
    shared = _SHARE_AFTER.match(rest)
    based = _OTHER_BASE.match(rest)
    share, other = bool(shared), bool(based)
    in_total = share and bool(_IN_TOTAL.match(rest))
    yoy = _YOY_BASE.match(rest)
    comparative = _COMPARATIVE.match(rest) if change == "none" else None
    if comparative and not other:  # "12% higher than a year earlier": a change, if yoy
        yoy = _YOY_BASE.match(rest, comparative.end())
        change = ("up" if comparative.group("up") else "down") if yoy else change
    # The phrase ends after what it is compared with, or what it is a share of.
    ends = [m.end() for m in (shared, based) if m] + ([yoy.end()] if yoy and not other else [])
    end = pos + offset + max(ends, default=0)
    year = None
    if yoy and not other:
        found = next((g for g in yoy.group("y1", "y2", "y3", "y4") if g), None)
        year = int(found) if found else None
    distant = _DISTANT_BASE_YEAR.match(rest) if year is None and not other else None
    if distant:
        year = int(distant.group("year"))
    return After(share, other, bool(yoy) and not other, year, end, qualifier, change, in_total)


_VERB = re.compile(rf"(?<![\w'])(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:by|of|de|d')(?!\w)", re.I)
# ("retail sales by 10%", "les importations, de 12%")
_BARE = re.compile(r"\s*[)\],]?\s*(?:by|of|de|d')\s*", re.IGNORECASE)


def elided_change(text: str, start: int, gap: str) -> CueKind:
    """The change verb a list leaves out: "investment rose by 10%, retail sales by 13.6%".

    Only for a figure whose own words are a bare "by", "of" or "de"; the verb is the first
    one of the sentence (from ``start``).
    """
    if not _BARE.fullmatch(gap):
        return "none"
    verb = _VERB.search(text, start, start + 400)
    if verb is None:
        return "none"
    return "up" if verb.group("up") else "down"


def is_base_value(gap: str) -> bool:
    """True when the figure is what something is compared with: "up from VND 2,000 billion"."""
    return bool(_BASE_BEFORE.search(gap[-60:]))


_ITEM_WITH = re.compile(r"\s+(?:với|with|avec)$", re.IGNORECASE)
_AND = re.compile(r"^(?:và|and|et)\s+", re.IGNORECASE)
ALIKE = r"(?:cùng|đều|both|each|all)"  # a change said alike of several: "cùng tăng"
# The change a list item names after its province ("Khánh Hòa tăng 37%", "Can Tho up 8.8%").
ITEM_CHANGE = re.compile(
    rf"\s+(?:{ALIKE}\s+)?"
    r"(?:tăng|giảm|up|down|rose|fell|increased|decreased|en\s+(?:hausse|baisse)\s+de)"
    r"(?:\s+(?:by|hơn|khoảng|gần))?$",
    re.IGNORECASE,
)
_ITEM_COLON = re.compile(r"\s*:$|\s+(?:đạt|reached|reaching|atteint|atteignant|at|với|with|avec)$")
_NAMES_JOINED = re.compile(r"\s+(?:và|and|et)\s+|\s*&\s*")


_CLOSED_ASIDE = re.compile(r"\([^()]*\)")
_AND_A_TOTAL = re.compile(r"(?:and|et|và)\s+(?:the\s+|le\s+)?(?:total|tổng)\s+\w", re.IGNORECASE)


def opens_with_connector(gap: str) -> bool:
    """True when the clause holding a further figure continues the same subject.

    ", an increase of 77%" continues it; ", the number of firms increased by 15%" does not.
    """
    # "…tỷ đồng, (giá so sánh năm 2010) tăng 5,56%": a closed aside says nothing of the clause
    piece = re.split(r"[,(]", _CLOSED_ASIDE.sub(" ", gap))[-1].strip(" \t\n)]»\"'”’")
    if _AND_A_TOTAL.match(piece):
        return False  # "..., and total social investment increased 8.8%": a total of its own
    if _CONNECTOR.match(piece) or _AND_THEN.search(piece[-60:]):
        return True
    item = _ITEM_WITH.search(piece)  # "..., Đồng Nai với 38.600 tỷ đồng": a list goes on
    return item is not None and names_only(_AND.sub("", piece[: item.start()]))


def list_item(gap: str) -> bool:
    """True when the words before a further figure are one more item of a list of provinces:
    a comma or "and", then nothing but names and perhaps a change's verb ("..., Cần Thơ tăng
    8,8%", "..., Can Tho 8.8%, Ho Chi Minh City and Hai Phong 8.3%", "... and Bac Ninh 10.5%")."""
    head, comma, piece = gap.rpartition(",")
    if not comma:
        piece = gap.strip()
        return bool(_AND.match(piece)) and _names_item(piece)
    return not head.strip() and _names_item(piece.strip())


# "... trên 10% gồm Hải Phòng 11,2%", "... were: Hai Phong 11.2%": a list opens, its first item
_LIST_OPENS = re.compile(
    r"(?:(?<!\w)(?:gồm|bao\s+gồm|là|including|includ(?:e|es|ed)|namely|were|are|notamment|dont"
    r"|à\s+savoir|sont)\s*:?|:)\s+(?P<names>[^\d:]+?)\s*$",
    re.IGNORECASE,
)


def list_opening(gap: str) -> bool:
    """True when the words before a figure open a list with its first item's names only."""
    opened = _LIST_OPENS.search(gap[-80:])
    return opened is not None and _names_item(opened.group("names"))


def list_change(words: str) -> CueKind:
    """The change said before a list opens, which each of its rates is ("retail sales rose in
    the large cities, including Da Nang with 9.4%, Can Tho 8.8%", "Une augmentation ... dans
    de nombreuses localités, notamment Da Nang avec 9,4%"): up, down or none. ``words`` are the
    sentence's up to the first item's figure; only those after its last number count."""
    opened = _LIST_OPENS.search(words, max(0, len(words) - 80))
    if opened is None or not _names_item(opened.group("names")):
        return "none"
    said = _CHANGE_SAID.findall(re.split(r"\d", words[: opened.start()])[-1])
    kinds = {bool(up) for up, _ in said}
    if len(kinds) != 1:
        return "none"
    return "up" if kinds.pop() else "down"


_CHANGE_SAID = re.compile(rf"(?<![\w'])(?:({_UP})|({_DOWN}))(?!\w)", re.IGNORECASE)


# "Phú Yên (cũ)", "Phu Yen (old)": a former province, named as one before the 2025 merger
_FORMER = re.compile(r"\s*\((?:cũ|old|former|anciens?|anciennes?)\)", re.IGNORECASE)


def _names_item(piece: str) -> bool:
    names = _AND.sub("", ITEM_CHANGE.sub("", _ITEM_COLON.sub("", _FORMER.sub("", piece))))
    return bool(names) and all(names_only(name) for name in _NAMES_JOINED.split(names))


def names_only(piece: str) -> bool:
    """True for a list item's name and nothing else ("; Bình Dương 22 tỷ USD")."""
    words = piece.split()
    return 1 <= len(words) <= 4 and all(word[0].isupper() for word in words)


def names_target(text: str) -> bool:
    """True when ``text`` speaks of a target, a goal or striving."""
    return bool(TARGET.search(text))


_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)
_CUTOFF = re.compile(
    rf"(?:by|as\s+of|until|up\s+to|to|tính\s+đến(?:\s+ngày)?|đến\s+ngày|au|jusqu'au)\s+"
    rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+20\d\d|\d{{1,2}}(?:er)?\s+{_MONTHS}\s+20\d\d"
    rf"|\d{{1,2}}/\d{{1,2}}(?:/20\d\d)?|(?:the\s+)?end\s+of\s+{_MONTHS})",
    re.IGNORECASE,
)


def cutoff_date(text: str) -> str:
    """A cut-off date ("by October 12, 2025") that makes a figure's period approximate."""
    match = _CUTOFF.search(text)
    return re.sub(r"\s+", " ", match.group(0)) if match else ""


# A stock, not the period's flow: "valid FDI projects totalling ...", "lũy kế đến nay". "To
# date" and "à ce jour" are left out: reports use them for the year so far as often, and so
# is "accumulated for the whole year", "cumulative in the first nine months".
_STOCK = re.compile(
    r"(?<!\w)(?:valid\s+(?:FDI\s+)?projects|projets\s+(?:d'IDE\s+)?valides|còn\s+hiệu\s+lực"
    # ("The cumulative estimate for 2025 is ...": the year's sum so far, no stock)
    r"|(?:accumulated|cumulative(?:ly)?)(?:\s+(?:estimate|total|figure|amount))?+"
    r"(?!\s+(?:for|in|over|during|through)\s+(?:the\s+)?"
    r"(?:whole\s+|full\s+|first\s+|past\s+)?(?:year|20\d\d|\w+\s+months|quarter))"
    r"|lũy\s+kế\s+(?:đến\s+nay|từ)|luỹ\s+kế\s+(?:đến\s+nay|từ)"
    r"|từ\s+trước\s+đến\s+nay"
    # a count held now: "la province compte à ce jour 170 projets d'IDE ..."
    r"|compte\s+(?:à\s+ce\s+jour|actuellement|aujourd['’]hui)"
    # the projects running now: "hiện có 300 dự án đang hoạt động, tổng vốn ..."
    r"|dự\s+án(?:\s+\w+){0,3}\s+đang\s+hoạt\s+động|projects\s+(?:currently\s+)?in\s+operation"
    r"|(?:currently\s+)?operating\s+(?:FDI\s+)?projects|projets\s+en\s+activité"
    r"|since\s+(?:its\s+|the\s+)?(?:re-?)?establishment|depuis\s+(?:sa|la)\s+création)(?!\w)",
    re.IGNORECASE,
)


def names_stock(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (a sentence up to a figure) speaks of a stock built up
    over the years: its levels and ranks are no figures of the period. Only the last
    ``_STOCK_REACH`` characters are read, so a sentence of many figures stays linear."""
    return bool(_STOCK.search(text, max(start, end - _STOCK_REACH), end))


_STOCK_REACH = 300  # "Lũy kế đến nay, toàn tỉnh có 250 dự án FDI còn hiệu lực với tổng vốn ..."
