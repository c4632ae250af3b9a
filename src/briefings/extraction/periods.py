"""Period phrases: "in the first quarter of 2025", "premier semestre", "6 tháng đầu năm".

Vietnamese reports are cumulative from January, so "the first 6 months" is ``H1`` and
"9 months" is ``9M``. A phrase that names a span no briefing period holds ("the first 4
months", "the last 3 months") is kept with ``span=None`` so that a figure next to it is not
wrongly filed under the article's main period. A phrase that names no span at all ("the first
months of the year", "từ đầu năm") is ``vague``: its figures are kept for review, flagged.
"This year", "năm qua" and "l'année dernière" name a year relative to the publication date;
one month ("in September alone") names no span.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from briefings.domain.periods import Period
from briefings.extraction.cues import DISTANT_BASE
from briefings.extraction.matching import WordScan, caseless, lowered


def _of_year(tag: str) -> str:
    """ "… of 2025", "… năm 2025", "… mois cumulés de 2024", "… to September 2024", "… of this
    year", "… of last year": groups ``year_<tag>``, ``this_<tag>``, ``last_<tag>``."""
    return (
        rf"(?:(?:\s+cumul[ée]e?s|\s+(?:to|through|ending)\s+(?:the\s+end\s+of\s+)?{_EN_MONTH})?"
        r"(?:\s*(?:of|in|en|,|de|(?:của\s+)?năm|/)\s*"
        r"(?:the\s+year\s+|l'année\s+|fiscal\s+(?:year\s+)?)?|\s+)"
        rf"(?P<year_{tag}>20\d\d)(?![\d\-–/])"
        rf"|\s+(?P<this_{tag}>(?:of\s+)?this\s+year|de\s+cette\s+année|(?:năm\s+)?nay(?!\w))"
        rf"|\s+(?P<last_{tag}>(?:of\s+)?last\s+year|de\s+l'an(?:née)?\s+(?:derni(?:er|ère)"
        # ("6 tháng đầu năm\nTrước thời điểm ...": a heading's end, then a new sentence)
        r"|passée?|précédente)|(?:năm\s+)?ngoái|(?:năm[^\S\n]+|(?<=năm[^\S\n]))trước)(?!\w))?"
    )


def _as_of(day: int, month: int, english: str, french: str) -> str:
    """A cut-off on the last day of a span from January: "tính đến ngày 31/3/2025", "as of
    March 31, 2025", "au 30 juin 2024": the span up to it (the year follows as in any phrase)."""
    return (
        rf"|(?:đến|hết)\s+(?:hết\s+)?ngày\s+{day}\s*[/-]\s*0?{month}(?![\d])"
        rf"|as\s+of\s+(?:{english}\s+{day}(?:st|th)?|{day}\s+{english})(?![\d\w])"
        rf"|(?<!\w)au\s+{day}\s+{french}(?!\w)"
    )


_EN_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)


_N3 = r"(?:0?3|three|ba|trois)"  # "03 tháng": official Vietnamese pads it
_N6 = r"(?:0?6|six|sáu)"
_N9 = r"(?:0?9|nine|chín|neuf)"
# "ngày 6 tháng 7": the sixth of July, a date, not six months
_NOT_A_DATE = r"(?!\s+(?:1[0-2]|0?[1-9])(?!\d))"
_N_OTHER = r"(?:[1-9]|1[0-2]|two|four|five|seven|eight|ten|eleven|twelve)"
_N_ODD = r"(?:1[01]|[24578])(?![\d,.])"  # months from January that end no quarter
_N_ODD_WORD = r"(?:two|four|five|seven|eight|ten|eleven)"
_N_ODD_FR = r"(?:deux|quatre|cinq|sept|huit|dix|onze)"
_N_ODD_VI = r"(?:hai|bốn|bảy|tám|mười|mười\s+một)"  # not "năm" (also "year")


def _french_short(label: str) -> str:
    """A quarter or half-year written short, as French papers do ("au T1 2025", "du T3",
    "S1/2025"): only after "au"/"du" or before a year, so that no other "T1" is read."""
    return rf"|(?<=au\s){label}\b|(?<=du\s){label}\b|\b{label}(?=\s*[/-]?\s*20\d\d)"


# (span or "" for an unrepresentable span, regex); the first alternative that matches wins.
_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "",
        r"(?:last|final|remaining|next|coming|second)\s+(?:\d+|three|six|nine)\s+months"
        r"|second\s+half|(?:\d+|six|trois)\s+derniers\s+mois|second\s+semestre"
        r"|\d+\s+tháng\s+cuối\s+năm|(?:6|sáu)\s+tháng\s+cuối"
        # "pour les mois restants", "những tháng còn lại": what is left of the year
        r"|(?<=mois\s)restants|(?<=tháng\s)còn\s+lại|remaining\s+months"
        r"|(?:past|last|recent|next|coming)\s+(?:\d+|two|three|four|five|ten)\s+years"
        r"|\d+\s+năm\s+(?:qua|gần\s+đây|tới)|20\d\d\s*[-–]\s*20\d\d|nhiệm\s+kỳ"
        r"|(?:whole|entire|this|the)\s+term|since\s+the\s+beginning\s+of\s+the\s+term"
        # a cut-off at the end of a month no span ends with ("as of the end of August")
        r"|end\s+of\s+(?:january|february|april|may|july|august|october|november)(?!\s+\d)"
        r"|(?<=à\sla\s)fin\s+(?:janvier|février|avril|mai|juillet|août|octobre|novembre)"
        r"|(?:đến|hết|cuối)\s+tháng\s+(?:1[01]|[124578])(?![\d/-])"
        # two quarters at once ("the first and second quarter ... 3.8% and 3.0% respectively",
        # "quý 1 và quý 2"): each figure is one of them, and the words do not say which
        r"|(?:first|second|third)\s+and\s+(?:second|third|fourth)\s+quarters?"
        r"|q[1-4]\s+(?:and|&|et|và)\s+q[1-4]\b"
        r"|qu[ýyí]\s+(?:I{1,3}|IV|[1-4])\s*(?:,|và|and)\s*(?:qu[ýyí]\s+)?(?:I{1,3}|IV|[1-4])"
        r"(?![\wI/-])(?!\s+tháng)"
        r"|(?:premier|deuxième|troisième|1er|2e|3e)\s+et\s+(?:deuxième|troisième|quatrième|2e|3e|4e)"
        r"\s+trimestres?",
    ),
    (
        "Q1",
        r"(?:the\s+)?first[\s-]+quarter|1st[\s-]+quarter|\bQ1\b|quarter\s+(?:I|1)\b"
        r"|(?:premier|1er)\s+trimestre"
        + _french_short("T1")
        + r"|qu[ýyí]\s+(?:I|1)(?![\wI])"
        + rf"|first\s+{_N3}\s+months|{_N3}\s+premiers\s+mois"
        r"|3\s+tháng\s+đầu\s+năm" + _as_of(31, 3, "march", "mars"),
    ),
    (
        "Q2",
        r"second[\s-]+quarter|2nd[\s-]+quarter|\bQ2\b|quarter\s+(?:II|2)\b|(?:deuxième|2e)\s+trimestre"
        r"|qu[ýyí]\s+(?:II|2)(?![\wI])" + _french_short("T2"),
    ),
    (
        "Q3",
        r"third[\s-]+quarter|3rd[\s-]+quarter|\bQ3\b|quarter\s+(?:III|3)\b|(?:troisième|3e)\s+trimestre"
        r"|qu[ýyí]\s+(?:III|3)(?![\wI])" + _french_short("T3"),
    ),
    (
        "Q4",
        r"fourth[\s-]+quarter|4th[\s-]+quarter|\bQ4\b|quarter\s+(?:IV|4)\b|(?:quatrième|4e)\s+trimestre"
        r"|qu[ýyí]\s+(?:IV|4)(?![\wI])" + _french_short("T4"),
    ),
    (
        "H1",
        rf"first\s+half(?:\s+of\s+the\s+year)?|\bH1\b|(?:first|past|initial)\s+{_N6}\s+months"
        r"|nửa\s+đầu\s+năm"
        rf"|{_N6}[-\s]months?(?!\s+(?:of\s+)?(?:implementation|operation|later|ago|after))"
        rf"|{_N6}\s+months'|premier\s+semestre|{_N6}\s+(?:premiers\s+)?mois(?!\s+plus)"
        + _french_short("S1")
        + rf"|{_N6}\s+tháng(?:\s+đầu\s+năm)?{_NOT_A_DATE}"
        r"|(?:first|past)\s+(?:two|2)\s+quarters|(?:2|hai)\s+quý\s+đầu(?:\s+năm)?"
        r"|(?:deux|2)\s+premiers\s+trimestres"
        # "by the end of the second quarter", "à la fin du deuxième trimestre": all of it so far
        r"|end\s+of\s+the\s+second\s+quarter|fin\s+du\s+(?:deuxième|2e)\s+trimestre"
        r"|end\s+of\s+june(?!\s+\d)|(?<=à\sla\s)fin\s+juin|(?:đến|hết|cuối)\s+tháng\s+(?:6|sáu)(?![\d/-])"
        + _as_of(30, 6, "june", "juin"),
    ),
    (
        "9M",
        rf"(?:first|past)\s+{_N9}\s+months|\b9M\b"
        rf"|{_N9}[-\s]months?(?!\s+(?:of\s+)?(?:implementation|operation|later|ago|after))"
        rf"|{_N9}\s+months'|{_N9}\s+(?:premiers\s+)?mois(?!\s+plus)"
        rf"|{_N9}\s+tháng(?:\s+đầu\s+năm)?{_NOT_A_DATE}"
        rf"|(?:first|past)\s+{_N3}\s+quarters|{_N3}\s+quý\s+đầu(?:\s+năm)?"
        rf"|{_N3}\s+premiers\s+trimestres"
        r"|end\s+of\s+the\s+third\s+quarter|fin\s+du\s+(?:troisième|3e)\s+trimestre"
        r"|end\s+of\s+september(?!\s+\d)|(?<=à\sla\s)fin\s+septembre|(?:đến|hết|cuối)\s+tháng\s+(?:9|chín)(?![\d/-])"
        + _as_of(30, 9, "september", "septembre"),
    ),
    (
        "",
        rf"first\s+{_N_OTHER}\s+months|{_N_OTHER}\s+premiers\s+mois"
        r"|\d+\s+tháng\s+đầu\s+năm"
        # "in the 11 months of 2024", "sur 11 mois", "10 tháng năm 2024": a span from January
        # no briefing period holds (the 3, 6 and 9 of these are matched above)
        rf"|(?<![\d,.])(?:{_N_ODD}|{_N_ODD_WORD})[-\s]months?(?!\s+(?:ago|later|after|of\s+"
        r"(?:implementation|operation)))"
        rf"|(?<![\d,.])(?:{_N_ODD}|{_N_ODD_FR})\s+(?:premiers\s+|derniers\s+)?mois(?!\s+plus)"
        rf"|(?<!ngày\s)(?<![\d,./])(?:{_N_ODD}|{_N_ODD_VI})\s+tháng(?!\s*\d)",
    ),
    (
        "FY",
        r"(?:the\s+)?(?:whole|full|entire)\s+year|cả\s+năm|toute\s+l'année|l'ensemble\s+de"
        r"\s+l'année|au\s+cours\s+de\s+l'année(?!\s+(?:dernière|précédente|prochaine|20))"
        r"|(?:the\s+)?(?:whole|full|entire)(?=\s+20\d\d)" + _as_of(31, 12, "december", "décembre"),
    ),
)
# Months from January name a cumulative span ("January-March" is Q1); others name none.
_MONTH_NAMES = (
    ("january", "janvier"),
    ("february", "février"),
    ("march", "mars"),
    ("april", "avril"),
    ("may", "mai"),
    ("june", "juin"),
    ("july", "juillet"),
    ("august", "août"),
    ("september", "septembre"),
    ("october", "octobre"),
    ("november", "novembre"),
    ("december", "décembre"),
)
_MONTH = "|".join(name for pair in _MONTH_NAMES for name in pair)
_MONTH_RANGE = (
    rf"(?:(?:between|from|entre|de)\s+)?(?P<m1>{_MONTH})\s*(?:[-–]|\s(?:and|to|et|à)\s)"
    rf"\s*(?P<m2>{_MONTH})(?!\w)(?:\s+(?:period|période))?{_of_year('range')}"
)
# One month ("in September alone", "riêng tháng 9") is no span a briefing holds; a day ("by
# September 24", "24 tháng 9") is a date, and a month after "by" or "end of" a cut-off.
_ONE_MONTH = (
    r"(?:(?:in|during|for|en|au\s+(?:cours\s+du\s+)?mois\s+de|(?:le|du)\s+(?:seul\s+)?mois\s+de)"
    rf"\s+(?:the\s+month\s+of\s+)?(?=[jfmasond])(?:{_MONTH})|(?:{_MONTH})(?=\s+alone))"
    # (not a range, "in September and October"; "en mai et de 3 % en cinq mois" is one)
    rf"(?!\w|\s+\d{{1,2}}(?!\d)|\s*(?:[-–]|\s(?:and|to|et|à)\s)\s*(?:{_MONTH}))"
    r"|(?:trong|riêng|vào)\s+tháng\s+(?:1[0-2]|[1-9])(?!\d)"
    # "trong tháng Chín": a month in words (not "tháng năm", which may be "month and year")
    r"|(?:trong|riêng|vào)\s+tháng\s+(?:hai|ba|tư|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai))?"
    r"|giêng|chạp)(?!\w)"
    # "chỉ trong một tháng", "in a single month", "en un seul mois": one month, no span
    r"|(?:trong|in|en)\s+(?:vòng\s+)?(?:một|one|a|un)\s+(?:single\s+|seul\s+)?(?:tháng|month|mois)(?!\w)"
    r"|(?<!đến\s)(?<!hết\s)(?<!cuối\s)(?<!\d\s)(?<!\w)tháng\s+(?:1[0-2]|[1-9])"
    r"(?=\s+(?:ước|đạt|tăng|giảm))"
    # "tháng 3-2023", "tháng 6 năm 2023" (not "9 tháng năm 2023", nine months; nor a cut-off,
    # "tính đến tháng 9/2023", which is the span up to it)
    r"|(?<!\d\s)(?<!đến\s)(?<!hết\s)(?<!cuối\s)(?<!\w)tháng\s+(?:1[0-2]|0?[1-9])"
    r"(?:\s*[/-]\s*|\s+năm\s+)20\d\d(?!\d)"
)
_MONTH_SPANS = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1"}
_MONTH_SPANS |= {(1, 9): "9M", (1, 12): "FY"}
# No span at all: the figure is kept, flagged for review.
_VAGUE = (
    r"(?:(?:in\s+)?the\s+(?:first|early|opening)\s+months(?:\s+of\s+(?:the|this)\s+year)?"
    r"|(?:since|from)\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year|year[-\s]to[-\s]date"
    r"|so\s+far\s+this\s+year|(?:les\s+)?premiers\s+mois\s+de\s+l'année"
    r"|depuis\s+le\s+début\s+de\s+l'année|(?:những\s+)?tháng\s+đầu\s+năm(?!\s*\d)"
    r"|từ\s+đầu\s+năm(?:\s+đến\s+nay)?)(?!\w)"
)
# A year named relative to the publication date (when it is no comparison base).
_RELATIVE_YEAR = (
    r"(?:(?P<this>(?:in\s+|during\s+)?this\s+year|cette\s+année|năm\s+nay)"
    r"|(?P<last>(?:in\s+|during\s+)?(?:the\s+)?(?:past|last)\s+year|l'année\s+dernière"
    r"|l'an\s+passé|l'an\s+dernier|năm\s+qua|năm\s+ngoái)"
    # "L'année prochaine, Hanoi vise 26,5 millions de visiteurs": a plan's year
    r"|(?P<next>(?:in\s+)?(?:the\s+)?(?:next|coming)\s+year|l'année\s+prochaine|l'an\s+prochain"
    r"|năm\s+tới))(?![\w'’])"
)
# "The past year", "năm qua": in a year-end report (from November) the year closing.
_PAST_YEAR = caseless(r"(?:in\s+|during\s+)?(?:the\s+)?past\s+year|năm\s+qua|l'année\s+écoulée")
CLOSING_MONTH = 11  # from this month of publication, a report closes its year
# "During the reviewed period": the span named last before it.
_ANAPHOR = (
    r"(?:(?:the|this)\s+(?:reviewed|reporting)\s+period|during\s+the\s+period"
    r"|(?:au\s+cours\s+de\s+)?cette\s+période|trong\s+kỳ)(?!\w)"
)
_OTHER_MONTHS = next(
    i for i, (span, body) in enumerate(_PHRASES) if not span and body.startswith("first")
)
_SPAN_RE = "|".join(f"(?P<p{i}>{body})" for i, (_, body) in enumerate(_PHRASES))
# The words a phrase can start with, checked first so the scan skips other words quickly.
_FIRST_WORD = (
    r"(?=\d{1,4}(?:st|nd|rd|th|er|e)?(?:\s*[-–]\s*20|[\s-]+[mtpqnđdc])"
    r"|the\s+(?:first|whole|full|entire|term)|this\s+term"  # "the", "this": common, rarely phrases
    r"|(?:first|last|final|remaining|next|coming|second|past|recent|initial|whole|full"
    r"|entire|since|third|fourth|quarter|premier|deuxième|troisième|quatrième|six|nine"
    r"|three|two|four|five|seven|eight|ten|eleven|twelve|trois|neuf|sáu|chín|ba|qu[ýyí]|nhiệm"
    r"|cả|toute|l'ensemble|q[1-4]|t[1-4]|s1|h1|9m|1er|[2-4]e|nửa|hai|deux|end\s+of|fin|đến|hết|cuối|au\s+cours"
    r"|restants|còn"
    r"|as\s+of|au\s+3[01])"
    r"(?!\w))"
)
_PHRASE = rf"(?<!-){_FIRST_WORD}(?:{_SPAN_RE}){_of_year('span')}"
# A bare year counts only after a preposition: "in 2024", "năm 2024", not "October 12, 2025".
_FY_YEAR = (
    r"(?P<fy>in|of|for|during|throughout|by|d'ici|year|năm|en|de\s+l'année|pour|reviewing"
    r"|bilan\s+de)\s+"
    r"(?P<year_fy>20\d\d)(?![\d\-–/])"
)
# A year said before the growth it dates, as headlines do: "Hue expects 2024 economic
# growth at 7.5%".
_YEAR_BEFORE_GROWTH = r"(?P<year_adj>20\d\d)(?=\s+(?:economic\s+growth|growth|GRDP|GDP)(?!\w))"
# The same period a year before, as the subject of what follows ("trong khi cùng kỳ năm ngoái
# tăng 6,6%"); after "so với", "compared with" it is a comparison base instead.
_PREVIOUS = (
    r"(?:cùng\s+kỳ\s+năm\s+(?:ngoái|trước)|(?:in\s+)?the\s+same\s+period\s+(?:of\s+)?last\s+year"
    r"|la\s+même\s+période\s+de\s+l'année\s+(?:dernière|précédente)"
    # "vì cùng kỳ năm 2023, GRDP ... chỉ tăng hơn 6,6%": that year's same span
    r"|cùng\s+kỳ\s+năm\s+(?P<pyear>20\d\d)|(?:in\s+)?the\s+same\s+period\s+(?:of|in)\s+(?P<pyear2>20\d\d))"
    r"(?!\w)"
)
# ... as a subject only where a clause starts: "while the same period last year ...".
_CLAUSE_OPENS = caseless(
    r"(?:^|[,;.:]\s*|\n\s*|(?:trong\s+khi|while|whereas|tandis\s+que|alors\s+que|vì|because)\s+)$"
)
# A base year of prices ("giá so sánh năm 2010", "2010 comparative prices") or a start
# ("từ năm 2022", "since 2022") names no period.
_NO_PERIOD_BEFORE = caseless(
    r"(?:giá\s+so\s+sánh|so\s+sánh|prix\s+constants?|constant\s+prices?|since|từ|depuis|kể)"
    r"\s*(?:(?:cuối|đầu|giữa|the\s+(?:end|beginning)\s+of|(?:la\s+)?fin)\s*)?(?:năm\s*)?$"
)
_PRICES_AFTER = caseless(r"\s*(?:comparative|constant)?\s*prices")
# One scan of the text finds them all (each pattern scanned alone costs as much as all); the
# look-ahead before each kind is the letters it can start with, so other words fail fast.
# The words each kind can start with: most words fail these at once.
_VAGUE_STARTS = (
    r"in\s+the\s|the\s+(?:first|early|opening)|since\s|from\s+the\s|year|so\s+far|les\s+premiers"
    r"|premiers\s|depuis\s|những\s|tháng\s|từ\s"
)
_ANAPHOR_STARTS = r"th(?:e|is)\s+re|during\s+the\s|au\s+cours|cette\s|trong\s+kỳ"
_PREVIOUS_STARTS = r"cùng\s|in\s+the\s+same|the\s+same|la\s+même"
_RELATIVE_STARTS = (
    r"in\s+(?:this|the|past|last|next|coming)\s|during\s|this\s|the\s+(?:past|last|next|coming)"
    r"|past\s|last\s|next\s|coming\s|cette\s|năm\s|l'an"
)
# Every kind starts a word: the scan looks only after a character that is no letter or digit.
_ANY = WordScan.compile(
    rf"(?:(?=[bfedjmasoný])(?P<range>{_MONTH_RANGE})|(?=in\s|d[uo]|for\s|en\s|au\s|le\s|trong\s|riêng\s|vào\s|tháng\s"
    rf"|[jfmasond]\w++\s+alone)"
    rf"(?P<month>{_ONE_MONTH})"
    rf"|(?=[0-9tflrncspiwqhdekaobêđ])(?P<span>{_PHRASE})|(?={_VAGUE_STARTS})(?P<vague>{_VAGUE})"
    rf"|(?={_ANAPHOR_STARTS})(?P<anaphor>{_ANAPHOR})|(?={_PREVIOUS_STARTS})(?P<previous>{_PREVIOUS})"
    rf"|(?={_RELATIVE_STARTS})(?P<relative>{_RELATIVE_YEAR})"
    rf"|(?=[iofdtbynper][^\s]*+\s+(?:(?:l'année|de)\s+)?20){_FY_YEAR}"
    rf"|(?=20\d\d\s){_YEAR_BEFORE_GROWTH})",
    compiler=caseless,
)
_COMPARISON_BEFORE = caseless(
    r"(?<!\w)(?:compared\s+(?:to|with)|than|hơn|against|versus|vs\.?|so\s+với|so"
    r"|par\s+rapport\s+(?:à|au)|from"
    r"|contre|same\s+(?:period|time|quarter)(?:\s+(?:of|in|last))?|cùng\s+kỳ(?:\s+năm)?"
    r"|m[êe]me\s+p[ée]riode(?:\s+(?:de|en))?)(?:\s+the|\s+l[ae'])?\s*$"  # also "meme periode"
    # ("more than 10.8 million visitors last year": a quantifier, no comparison)
    r"|(?<!\w)(?:compared\s+(?:to|with)|(?<!more\s)(?<!less\s)(?<!fewer\s)than|against|contre"
    r"|so\s+với)\s+[^.;]{0,12}\d"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,30}$"
    # a multiple of a base: "nearly double the first 6 months of 2024", "gấp gần 6 lần năm 2024"
    r"|(?<!\w)(?:(?:nearly|almost|about|over|more\s+than)\s+(?:double|twice|triple)"
    r"(?:\s+(?:that|those))?(?:\s+(?:of|in))?(?:\s+the)?"
    r"|gấp\s+(?:(?:gần|hơn|khoảng|trên)\s+)?(?:đôi|rưỡi|[\d,.]+\s+lần)(?:\s+so\s+với)?"
    r"|(?:le\s+)?(?:double|triple)\s+d[eu](?:\s+la|\s+l')?)\s*$"
    # "nearly equal to the total revenue for the whole year of 2024": a base, said in words
    r"|(?<!\w)(?:equal|equivalent)\s+to\s+[^.;()\d]{0,30}$"
    # "306 per cent of the figure in the first quarter of last year": a ratio to a base
    r"|\d\s*(?:%|per\s*cent|percent)\s+of\s+the\s+(?:figure|level|result)\s+(?:in|for|of)"
    r"(?:\s+the)?\s*$"
)
# A base a few words after its comparison: "par rapport à la période précédant le COVID-19 en
# 2019" (``cues.DISTANT_BASE``). Unless the base's own figure follows ("so với tăng trưởng năm
# 2022 là 8%"): the year dates it.
_DISTANT_BASE_BEFORE = caseless(rf"(?<!\w){DISTANT_BASE}$")
_BASE_FIGURE_AFTER = caseless(r"\s*,?\s*(?:là|was|were|of|de|đạt|reached|:)\s*:?\s*\d")
# The year of a plan a figure is a share of: "đạt 51% kế hoạch năm 2025", "the plan for 2025".
# It dates no figure, as a comparison does not; but it is no base year either: the plan is the
# report's own year's.
_PLAN_BEFORE = caseless(
    r"(?<!\w)(?:kế\s+hoạch|kh|dự\s+toán(?:\s+pháp\s+lệnh)?|(?:annual\s+)?plan|prévisions?"
    r"|(?<!cumulative\s)(?<!accumulated\s)estimates?)"  # "the cumulative estimate for 2025": a sum
    r"(?:\s+(?:giao|được\s+giao|assigned|đặt\s+ra|đề\s+ra|set))?(?:\s+(?:trong|cho|for|pour))?\s*$"
    # "reaching about 55% of the scenario for the whole year 2025": a share of a goal's year
    r"|\d\s*(?:%|per\s*cent|percent)\s+of\s+the\s+(?:[\w-]+\s+)?(?:scenarios?|targets?|goals?)"
    r"\s+for\s*$"
)
# A base's own figure in brackets after a figure: "(6 months of 2024 increased by 33.8%)",
# "(6 tháng năm 2024 tăng 33,8%)", "(the first 6 months of 2022's GRDP reached 5.47%)": the
# phrase dates the base, not the report.
_BRACKET_BEFORE = re.compile(r"\([^()]*$")  # inside a bracket still open
_BASE_CHANGE_AFTER = caseless(
    r"\s*(?:,\s*)?(?:['’]s\s+(?:[\w-]+\s+){0,2})?(?:increased|decreased|rose|fell|grew|was"
    r"|were|up|down|reached|tăng|giảm|đạt|augment\w*|progress\w*|en\s+hausse|en\s+baisse)(?!\w)"
)
_COMPARISON_AFTER = caseless(
    r"\s*(?:à\s+la\s+même\s+période|(?:in|during)\s+the\s+same\s+period|cùng\s+kỳ)"
)
# "the highest in the last five years", "cao nhất trong 5 năm qua": years a record is measured
# over, a comparison that dates nothing after it.
_RECORD_BEFORE = caseless(
    r"(?:highest|lowest|largest|biggest|fastest|record|cao\s+nhất|thấp\s+nhất|lớn\s+nhất"
    r"|kỷ\s+lục|plus\s+(?:élevée?|haute?|forte|faible|bas))[^.;:,]{0,20}$"
)
_FORWARD_BEFORE = caseless(
    r"(?:tasks?|plans?|orientations?|directions?|goals?|targets?|next|coming|upcoming|remaining"
    r"|nhiệm\s+vụ|phương\s+hướng|tâches?|objectifs?|prochain\w*)\b[^.;:]{0,25}$"
)
# "the conference reviewing 2024 and setting tasks for 2025": the year of the meeting's agenda,
# named after the year it reviews; it dates none of the results reported there.
_AGENDA_BEFORE = caseless(
    r"(?:reviewing|review\s+of|tổng\s+kết|sơ\s+kết|bilan\s+de)\s+(?:(?:năm|l'année)\s+)?20\d\d"
    r"\s+(?:and|và|et)\s[^.;:]{0,40}$"
)
# "the implementation of socio-economic development tasks in 2025": the tasks of a year under
# review, not a plan ("to implement the tasks in 2026" stays one: a verb, no noun).
_REVIEWED_BEFORE = caseless(
    r"(?:implementation|results?|review|performance|bilan|mise\s+en\s+(?:œuvre|oeuvre)"
    r"|réalisation)\s+(?:of|des?|du)\s[^.;:]{0,50}(?:tasks?|plans?|targets?|goals?|tâches"
    r"|objectifs?)\b[^.;:]{0,25}$"
    # "tình hình thực hiện nhiệm vụ 9 tháng đầu năm": the tasks carried out, reviewed
    r"|(?:(?:kết\s+quả|tình\s+hình)\s+)?(?:thực\s+hiện|triển\s+khai)\s+(?:các\s+)?(?:nhiệm\s+vụ"
    r"|kế\s+hoạch|chỉ\s+tiêu)[^.;:]{0,25}$"
)


@dataclass(frozen=True)
class PeriodPhrase:
    """A phrase naming a period, at ``start:end`` of the text."""

    start: int
    end: int
    span: str | None  # Q1..Q4, H1, 9M, FY; None when no briefing period holds it
    year: int | None
    comparison: bool = False  # the base of a comparison: "compared to the first quarter of 2024"
    plan: bool = False  # (a comparison too) the year of a plan: "đạt 59% kế hoạch năm 2023"
    forward: bool = False  # a plan: "tasks for the second quarter"
    deadline: bool = False  # "by 2030"
    vague: bool = False  # "the first months of the year": some span, not said which
    anaphor: bool = False  # "the reviewed period": the span named before it
    relative: bool = False  # "this year", "năm qua": dated by the publication, weak evidence
    last: bool = False  # (relative) "last year": the year before the publication's
    previous: bool = False  # "the same period last year" as a subject: the year before's
    sticky: bool = False  # "January-April", "first 4 months": holds until another period

    def period(self, default_year: int | None) -> Period | None:
        """The period this phrase names, taking the year from the article when it has none."""
        year = self.year or default_year
        if self.span is None or year is None:
            return None
        return Period.parse(f"{year}-{self.span}")


def find_period_phrases(
    text: str, published_year: int | None = None, published_month: int | None = None
) -> list[PeriodPhrase]:
    """Every period phrase in ``text``, in order; "this year" and "last year" take their year
    from ``published_year`` (and stay without one when it is unknown). "The past year" said in
    November or December is the year closing, not the one before."""
    text = lowered(text)  # the pattern is caseless; offsets are the same
    closing = published_month is not None and published_month >= CLOSING_MONTH
    phrases = (_read(text, match, published_year, closing) for match in _ANY.finditer(text))
    return [_planned(p, published_year) for p in phrases if p is not None]


def _read(
    text: str, match: re.Match[str], published_year: int | None, closing: bool = False
) -> PeriodPhrase | None:
    start, end = match.span()
    if match.group("range"):
        months = (_month(match.group("m1")), _month(match.group("m2")))
        span = _MONTH_SPANS.get(months)
        year = _year(match, "range", published_year)
        return _phrase(text, start, end, span, year, sticky=span is None)
    if match.group("month"):
        return _phrase(text, start, end, None, None)
    if match.group("span"):
        index = next(i for i, _ in enumerate(_PHRASES) if match.group(f"p{i}") is not None)
        year = _year(match, "span", published_year)
        sticky = index == _OTHER_MONTHS  # "the first 4 months": a span of this year, not held
        found = _phrase(text, start, end, _PHRASES[index][0] or None, year, sticky=sticky)
        if index == 0 and _RECORD_BEFORE.search(text, max(0, start - 40), start):
            return replace(found, comparison=True)
        return found
    if match.group("vague"):
        return _phrase(text, start, end, None, None, vague=True)
    if match.group("anaphor"):
        return _phrase(text, start, end, None, None, anaphor=True)
    if match.group("previous"):
        opens = bool(_CLAUSE_OPENS.search(text, max(0, start - 15), start))
        said = match.group("pyear") or match.group("pyear2")
        year = int(said) if said else None
        return replace(_phrase(text, start, end, None, year, previous=opens), comparison=not opens)
    if match.group("relative"):
        past = closing and bool(_PAST_YEAR.fullmatch(text, start, end))
        last = bool(match.group("last")) and not past
        year = None
        if published_year is not None:
            year = published_year - (1 if last else 0) + (1 if match.group("next") else 0)
        return replace(_phrase(text, start, end, "FY", year, relative=True), last=last)
    if match.group("year_adj"):
        return _phrase(text, start, end, "FY", int(match.group("year_adj")))
    if _NO_PERIOD_BEFORE.search(text, max(0, start - 20), match.start("year_fy")) or (
        _PRICES_AFTER.match(text, end)
    ):
        return None
    deadline = match.group("fy").lower() in ("by", "d'ici")
    return _phrase(text, start, end, "FY", int(match.group("year_fy")), deadline=deadline)


def _planned(phrase: PeriodPhrase, published_year: int | None) -> PeriodPhrase:
    """A year after the publication is a plan, whatever the words around it."""
    if phrase.year and published_year and phrase.year > published_year and not phrase.forward:
        return replace(phrase, forward=True)
    return phrase


def _year(match: re.Match[str], tag: str, published_year: int | None) -> int | None:
    if match.group(f"year_{tag}"):
        return int(match.group(f"year_{tag}"))
    if published_year is not None and match.group(f"last_{tag}"):
        return published_year - 1
    return published_year if match.group(f"this_{tag}") else None


def _month(name: str) -> int:
    return next(i for i, pair in enumerate(_MONTH_NAMES, start=1) if name in pair)


def _phrase(
    text: str,
    start: int,
    end: int,
    span: str | None,
    year: int | None,
    *,
    deadline: bool = False,
    vague: bool = False,
    anaphor: bool = False,
    relative: bool = False,
    sticky: bool = False,
    previous: bool = False,
) -> PeriodPhrase:
    before = text[max(0, start - 40) : start]
    plan = bool(_PLAN_BEFORE.search(before))
    planned = bool(_FORWARD_BEFORE.search(before))
    forward = planned and not _REVIEWED_BEFORE.search(text, max(0, start - 100), start)
    agenda = planned and bool(_AGENDA_BEFORE.search(text, max(0, start - 80), start))
    return PeriodPhrase(
        start,
        end,
        span,
        year,
        comparison=bool(
            plan
            or agenda
            or _COMPARISON_BEFORE.search(text, max(0, start - 40), start)  # sees "more than"
            or (
                _DISTANT_BASE_BEFORE.search(text, max(0, start - 70), start)
                and not _BASE_FIGURE_AFTER.match(text, end, end + 20)
            )
            or _COMPARISON_AFTER.match(text, end, end + 40)
            # "(cơ cấu tương ứng của 6 tháng đầu năm 2023 là: 22,81%; ...)": a base's figures
            or (
                _BRACKET_BEFORE.search(before)
                and (
                    _BASE_CHANGE_AFTER.match(text, end, end + 20)
                    or _BASE_FIGURE_AFTER.match(text, end, end + 20)
                )
            )
        ),
        plan=plan,
        forward=forward,
        deadline=deadline,
        vague=vague,
        anaphor=anaphor,
        relative=relative,
        sticky=sticky,
        previous=previous,
    )


def article_year(
    phrases: list[PeriodPhrase], published_year: int | None, *, plans: bool = False
) -> int | None:
    """The year the article reports on: the commonest year its period phrases name.

    Plans ("tasks for 2026") count only when neither the reported phrases nor the publication
    date give a year (or when ``plans`` asks for them): a mid-year report plans for its year.
    """
    usable = [
        p
        for p in phrases
        if p.year and not (p.comparison or p.deadline or p.relative or p.previous)
    ]  # ("cùng kỳ năm 2023, ..." names the year before the report's)
    reported = [p for p in usable if not p.forward]
    if reported:
        # "In 2022, the province welcomed 2.2 million; this year, 4 million": "this year" votes
        # (not "last year", said mostly of a base: "after a 6.9 per cent decline last year")
        now = [p for p in phrases if p.relative and p.year and not (p.last or p.comparison)]
        return _commonest_year(reported + now)
    if published_year is not None and not plans:
        return published_year
    return _commonest_year(usable) if usable else None


def _commonest_year(phrases: list[PeriodPhrase]) -> int:
    years = Counter(p.year for p in phrases if p.year)
    best = max(years.values())
    return max(year for year, count in years.items() if count == best)  # a tie: the report's


_CLOSES = {"Q2": "H1", "Q3": "9M", "Q4": "FY"}  # a quarter and the cumulative span it ends


def main_period(phrases: list[PeriodPhrase], year: int | None) -> Period | None:
    """The period an article reports on: its commonest cumulative or quarterly phrase.

    A year-only phrase ("in 2025") decides only when nothing shorter is named, because reports
    on a quarter keep naming the year's goals.
    """
    votes = [p for p in phrases if p.span and not p.comparison and not p.forward]
    if not votes:
        return None
    short = [p for p in votes if p.span != "FY"]
    pool = short or votes
    counts = Counter(p.span for p in pool)
    best = max(counts.values())
    tied = [p.span for p in pool if p.span and counts[p.span] == best]
    # "Q3 grew 8.6%; the nine months 8.6%": a report naming a quarter and the span it closes as
    # often is a cumulative report that also gives its last quarter
    span = tied[0]
    closes = _CLOSES.get(span, "")
    if closes in tied or (closes == "FY" and any(p.span == "FY" for p in votes)):
        # the fourth quarter is given only in a report on the whole year ("GRDP grew 9.63% in
        # 2025; in the fourth quarter, 10.73%")
        span = closes
    years = Counter(p.year for p in pool if p.span == span and p.year)
    chosen = years.most_common(1)[0][0] if years else year
    return None if chosen is None else Period.parse(f"{chosen}-{span}")
