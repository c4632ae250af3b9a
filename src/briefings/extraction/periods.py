"""Period phrases: "in the first quarter of 2025", "premier semestre", "6 tháng đầu năm".

Vietnamese reports are cumulative from January, so "the first 6 months" is ``H1`` and
"9 months" is ``9M``. A phrase that names a span no briefing period holds ("the first 4
months", "the last 3 months") is kept with ``span=None`` so that a figure next to it is not
wrongly filed under the article's main period.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefings.domain.periods import Period

_YEAR = r"(?P<year>20\d\d)(?![\d\-–/])"
_OF_YEAR = rf"(?:(?:\s*(?:of|in|,|de|năm|/)\s*(?:the\s+year\s+|l'année\s+)?|\s+){_YEAR})?"

_N3 = r"(?:3|three|ba|trois)"
_N6 = r"(?:6|six|sáu)"
_N9 = r"(?:9|nine|chín|neuf)"
_N_OTHER = r"(?:[1-9]|1[0-2]|two|four|five|seven|eight|ten|eleven|twelve)"

# (span or "" for an unrepresentable span, regex); the first alternative that matches wins.
_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "",
        r"(?:last|final|remaining|next|coming|second)\s+(?:\d+|three|six|nine)\s+months"
        r"|second\s+half|(?:\d+|six|trois)\s+derniers\s+mois|second\s+semestre"
        r"|\d+\s+tháng\s+cuối\s+năm|(?:6|sáu)\s+tháng\s+cuối"
        r"|(?:past|last|recent|next|coming)\s+(?:\d+|two|three|four|five|ten)\s+years"
        r"|\d+\s+năm\s+(?:qua|gần\s+đây|tới)|20\d\d\s*[-–]\s*20\d\d|nhiệm\s+kỳ"
        r"|(?:whole|entire|this|the)\s+term|since\s+the\s+beginning\s+of\s+the\s+term",
    ),
    (
        "Q1",
        r"(?:the\s+)?first\s+quarter|1st\s+quarter|\bQ1\b|quarter\s+I\b|premier\s+trimestre"
        r"|qu[ýy]\s+(?:I|1)(?![\wI])" + rf"|first\s+{_N3}\s+months|{_N3}\s+premiers\s+mois"
        r"|3\s+tháng\s+đầu\s+năm",
    ),
    (
        "Q2",
        r"second\s+quarter|2nd\s+quarter|\bQ2\b|quarter\s+II\b|deuxième\s+trimestre"
        r"|qu[ýy]\s+(?:II|2)(?![\wI])",
    ),
    (
        "Q3",
        r"third\s+quarter|3rd\s+quarter|\bQ3\b|quarter\s+III\b|troisième\s+trimestre"
        r"|qu[ýy]\s+(?:III|3)(?![\wI])",
    ),
    (
        "Q4",
        r"fourth\s+quarter|4th\s+quarter|\bQ4\b|quarter\s+IV\b|quatrième\s+trimestre"
        r"|qu[ýy]\s+(?:IV|4)(?![\wI])",
    ),
    (
        "H1",
        rf"first\s+half(?:\s+of\s+the\s+year)?|(?:first|past|initial)\s+{_N6}\s+months"
        rf"|{_N6}[-\s]months?(?!\s+(?:of\s+)?(?:implementation|operation|later|ago|after))"
        rf"|{_N6}\s+months'|premier\s+semestre|{_N6}\s+premiers\s+mois"
        rf"|{_N6}\s+tháng(?:\s+đầu\s+năm)?",
    ),
    (
        "9M",
        rf"(?:first|past)\s+{_N9}\s+months"
        rf"|{_N9}[-\s]months?(?!\s+(?:of\s+)?(?:implementation|operation|later|ago|after))"
        rf"|{_N9}\s+months'|{_N9}\s+premiers\s+mois|{_N9}\s+tháng(?:\s+đầu\s+năm)?",
    ),
    (
        "",
        rf"first\s+{_N_OTHER}\s+months|{_N_OTHER}\s+premiers\s+mois"
        r"|\d+\s+tháng\s+đầu\s+năm",
    ),
    (
        "FY",
        r"(?:the\s+)?(?:whole|full|entire)\s+year|cả\s+năm|toute\s+l'année|l'ensemble\s+de"
        r"\s+l'année",
    ),
)
_SPAN_RE = "|".join(f"(?P<p{i}>{body})" for i, (_, body) in enumerate(_PHRASES))
# The words a phrase can start with, checked first so the scan skips other words quickly.
_FIRST_WORD = (
    r"(?=\d|(?:the|first|last|final|remaining|next|coming|second|past|recent|initial|whole|full"
    r"|entire|this|since|third|fourth|quarter|premier|deuxième|troisième|quatrième|six|nine"
    r"|three|two|four|five|seven|eight|ten|eleven|twelve|trois|neuf|sáu|chín|ba|qu[ýy]|nhiệm"
    r"|cả|toute|l'ensemble|q[1-4])(?!\w))"
)
_PHRASE = re.compile(rf"(?<![\w-]){_FIRST_WORD}(?:{_SPAN_RE}){_OF_YEAR}", re.IGNORECASE)
# A bare year counts only after a preposition: "in 2024", "năm 2024", not "October 12, 2025".
_FY_YEAR = re.compile(
    rf"(?<!\w)(?:in|of|for|during|throughout|by|year|năm|en|de\s+l'année|pour)\s+{_YEAR}",
    re.IGNORECASE,
)
_COMPARISON_BEFORE = re.compile(
    r"(?:compared\s+(?:to|with)|than|against|so\s+với|par\s+rapport\s+(?:à|au)"
    r"|same\s+period(?:\s+(?:of|in|last))?|cùng\s+kỳ(?:\s+năm)?|même\s+période(?:\s+de)?)"
    r"(?:\s+the|\s+l[ae'])?\s*$",
    re.IGNORECASE,
)
_FORWARD_BEFORE = re.compile(
    r"(?:tasks?|plans?|orientations?|directions?|goals?|targets?|next|coming|upcoming|remaining"
    r"|nhiệm\s+vụ|phương\s+hướng|tâches?|objectifs?|prochain\w*)\b[^.;:]{0,25}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PeriodPhrase:
    """A phrase naming a period, at ``start:end`` of the text."""

    start: int
    end: int
    span: str | None  # Q1..Q4, H1, 9M, FY; None when no briefing period holds it
    year: int | None
    comparison: bool = False  # the base of a comparison: "compared to the first quarter of 2024"
    forward: bool = False  # a plan: "tasks for the second quarter"
    deadline: bool = False  # "by 2030"

    def period(self, default_year: int | None) -> Period | None:
        """The period this phrase names, taking the year from the article when it has none."""
        year = self.year or default_year
        if self.span is None or year is None:
            return None
        return Period.parse(f"{year}-{self.span}")


def find_period_phrases(text: str) -> list[PeriodPhrase]:
    """Every period phrase in ``text``, in order."""
    phrases: list[PeriodPhrase] = []
    taken: list[tuple[int, int]] = []
    for match in _PHRASE.finditer(text):
        index = next(i for i, _ in enumerate(_PHRASES) if match.group(f"p{i}") is not None)
        span = _PHRASES[index][0] or None
        year = int(match.group("year")) if match.group("year") else None
        phrases.append(_phrase(text, match.start(), match.end(), span, year))
        taken.append((match.start(), match.end()))
    for match in _FY_YEAR.finditer(text):
        if any(s <= match.start("year") < e for s, e in taken):
            continue
        deadline = match.group(0).lower().startswith("by")
        phrases.append(
            _phrase(text, match.start(), match.end(), "FY", int(match.group("year")), deadline)
        )
    return sorted(phrases, key=lambda p: p.start)


def _phrase(
    text: str, start: int, end: int, span: str | None, year: int | None, deadline: bool = False
) -> PeriodPhrase:
    before = text[max(0, start - 40) : start]
    return PeriodPhrase(
        start,
        end,
        span,
        year,
        comparison=bool(_COMPARISON_BEFORE.search(before)),
        forward=bool(_FORWARD_BEFORE.search(before)),
        deadline=deadline,
    )


def article_year(phrases: list[PeriodPhrase], published_year: int | None) -> int | None:
    """The year the article reports on: the commonest year its period phrases name."""
    years = Counter(p.year for p in phrases if p.year and not p.comparison and not p.deadline)
    if years:
        best = max(years.values())
        return min(year for year, count in years.items() if count == best)
    return published_year


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
    span = next(p.span for p in pool if counts[p.span] == best)
    years = Counter(p.year for p in pool if p.span == span and p.year)
    chosen = years.most_common(1)[0][0] if years else year
    return None if chosen is None else Period.parse(f"{chosen}-{span}")
