"""The grammar of a report sentence: a subject (an indicator's name), a verb, a figure.

Within a sentence each figure belongs to the indicator named last before it, as long as the
clause that holds it continues that subject ("..., an increase of 77% over the same period").
A figure's measure follows from its unit and cue: a percent after "increased by" is a
year-on-year change, an amount of money after "reached" a level, either after "target" a
target. Only the first figure of a kind per subject and sentence is kept: later ones are
components ("of which ...") or comparison bases.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from briefings.domain.indicators import REGISTRY
from briefings.domain.periods import Period
from briefings.extraction import cues
from briefings.extraction.lexicon import Mention
from briefings.extraction.numbers import Quantity
from briefings.extraction.periods import PeriodPhrase
from briefings.extraction.places import province_names
from briefings.extraction.ranks import Rank

_MAX_GAP = 150
_AVERAGE = re.compile(r"(?<!\w)(?:average|averaged|bình\s+quân|moyenne)(?!\w)", re.IGNORECASE)
_ARRIVAL_NOUNS = re.compile(r"arrival|visitor|tourist|khách|visiteur|touriste|arrivée")
_MILLION = Decimal(10**6)
_BILLION = Decimal(10**9)
_IMPLAUSIBLE = 1e12  # in canonical units: VND billion, USD million, arrivals, %


@dataclass(frozen=True)
class Article:
    """What the rules need to know about the whole article."""

    text: str
    province: str
    period: Period | None  # the period the article reports on
    year: int | None
    phrases: tuple[PeriodPhrase, ...]


@dataclass(frozen=True)
class RawFact:
    """A figure read as a fact, with the span of the words that say it."""

    indicator: str
    measure: str
    value: float
    unit: str
    period: Period
    qualifier: str
    start: int
    end: int


@dataclass(frozen=True)
class _Reading:
    measure: str
    value: Decimal
    unit: str
    qualifiers: tuple[str, ...]


def sentence_facts(
    article: Article,
    bounds: tuple[int, int],
    mentions: list[Mention],
    quantities: list[Quantity],
    ranks: list[Rank],
) -> list[RawFact]:
    """The facts one sentence states (an empty list when it is about another province)."""
    start, end = bounds
    if any(slug != article.province for _, _, slug in province_names(article.text, start, end)):
        return []
    phrases = [p for p in article.phrases if start <= p.start < end and not p.comparison]
    facts: list[RawFact] = []
    taken: set[tuple[str, str]] = set()
    for fact in _quantity_facts(article, start, mentions, quantities, phrases):
        _keep(fact, facts, taken)
    for rank in ranks:
        ranked = _rank_fact(article, rank, mentions, phrases)
        if ranked is not None:
            _keep(ranked, facts, taken)
    return sorted(facts, key=lambda f: f.start)


def _lists_targets(text: str, position: int) -> bool:
    """True inside a list introduced by targets: "Tasks for Q2: budget revenue of ...; ..."."""
    before = re.split(r"[.!?\n]", text[max(0, position - 300) : position])[-1]
    intro, colon, _ = before.partition(":")
    if not colon or _RESULTS.search(intro):
        return False
    return cues.names_target(intro) or bool(_PLANS.search(intro))


_RESULTS = re.compile(
    r"(?<!\w)(?:results?|achieved|completed|reached|kết\s+quả|đạt\s+được|résultats?)(?!\w)",
    re.IGNORECASE,
)
_PLANS = re.compile(
    r"(?<!\w)(?:tasks?|orientations?|plans?\s+for|nhiệm\s+vụ|phương\s+hướng|tâches?)(?!\w)",
    re.IGNORECASE,
)


def _keep(fact: RawFact, facts: list[RawFact], taken: set[tuple[str, str]]) -> None:
    if (fact.indicator, fact.measure) not in taken:
        taken.add((fact.indicator, fact.measure))
        facts.append(fact)


def _quantity_facts(
    article: Article,
    start: int,
    mentions: list[Mention],
    quantities: list[Quantity],
    phrases: list[PeriodPhrase],
) -> list[RawFact]:
    text = article.text
    subject: Mention | None = None
    anchor, chained, next_mention = start, False, 0
    facts: list[RawFact] = []
    for quantity in quantities:
        if quantity.kind == "plain" and quantity.scale == 1:
            continue  # a bare number (a day, a count of comments) is no figure of any indicator
        while next_mention < len(mentions) and mentions[next_mention].end <= quantity.start:
            mention = mentions[next_mention]
            next_mention += 1
            if subject is None or mention.start >= anchor:
                subject, anchor, chained = mention, mention.end, False
        if _names_arrivals(quantity) and (
            subject is None or subject.indicator != "tourist_arrivals" or chained
        ):
            # "welcomed 2.1 million visitors" names its own subject
            anchor = max(text.rfind(",", start, quantity.start), start)
            subject, chained = Mention(anchor, anchor, "tourist_arrivals"), False
        if subject is None or subject.blocks:
            continue
        gap = text[anchor : quantity.start]
        if len(gap) > _MAX_GAP or (chained and not cues.opens_with_connector(gap)):
            subject = None
            continue
        after = cues.read_after(text, quantity.end)
        planned = _lists_targets(text, quantity.start)
        reading = _read(article, subject, quantity, gap, chained, after, planned)
        if reading is not None:
            fact = _fact(article, subject, quantity, gap, chained, after, reading, phrases)
            if fact is not None:
                facts.append(fact)
        anchor, chained = max(after.end, quantity.end), True
    return facts


def _names_arrivals(quantity: Quantity) -> bool:
    return quantity.kind == "count" and bool(_ARRIVAL_NOUNS.search(quantity.noun))


def _read(
    article: Article,
    subject: Mention,
    quantity: Quantity,
    gap: str,
    chained: bool,
    after: cues.After,
    planned: bool,
) -> _Reading | None:
    indicator = REGISTRY[subject.indicator]
    cue = cues.read_cue(gap)
    named = article.text[subject.start : subject.end]
    scope = gap if chained else _clause_before(article.text, subject.start) + named + gap
    target = planned or cues.names_target(scope)
    quals = cue.qualifiers + ((after.qualifier,) if after.qualifier else ())
    if quantity.kind == "percent":
        return _read_percent(subject, quantity, gap, scope, cue, after, target, quals)
    if cue.kind in ("up", "down") or cues.is_base_value(gap):
        return None  # an absolute change or a comparison base, not a level
    measure = "target_value" if target else "value"
    if quantity.kind == "money":
        return _read_money(indicator.id, indicator.unit, quantity, measure, quals)
    if indicator.id == "tourist_arrivals" and (
        quantity.kind == "count" or (quantity.kind == "plain" and quantity.scale > 1)
    ):
        return _Reading(measure, quantity.amount, "arrivals", quals)
    if indicator.id == "pci" and quantity.kind == "score" and not target:
        return _Reading("value", quantity.number, "score", quals)
    return None


def _clause_before(text: str, position: int) -> str:
    """The clause before a name, with the clauses it is coordinated with ("..., and X")."""
    pieces = re.split(r"[,;:]", text[max(0, position - 200) : position])
    clause = pieces.pop()
    while pieces and _COORDINATED.match(clause):
        clause = pieces.pop() + "," + clause
    return clause


_COORDINATED = re.compile(r"\s*(?:and|as\s+well\s+as|và|et)\b", re.IGNORECASE)


def _read_percent(
    subject: Mention,
    quantity: Quantity,
    gap: str,
    scope: str,
    cue: cues.Cue,
    after: cues.After,
    target: bool,
    quals: tuple[str, ...],
) -> _Reading | None:
    if after.share or after.other_base or _AVERAGE.search(scope):
        return None  # a share of a plan, another comparison base, or a multi-year average
    change = cue.kind in ("up", "down")
    number = -quantity.number if cue.kind == "down" and quantity.number > 0 else quantity.number
    if target:
        growth = subject.growth or change or "growth" in gap.lower()
        return _Reading("target_yoy_pct", number, "%", quals) if growth else None
    if change or (cue.kind == "link" and subject.growth):
        return _Reading("yoy_pct", number, "%", quals)
    if cue.kind == "link" and after.year_on_year and quantity.number >= 50:
        # "reached 108.5% compared with the same period": an index, the change is 8.5%
        return _Reading("yoy_pct", quantity.number - 100, "%", quals)
    return None


def _read_money(
    indicator: str, unit: str, quantity: Quantity, measure: str, quals: tuple[str, ...]
) -> _Reading | None:
    amount = quantity.amount
    if indicator == "grdp_per_capita":
        if quantity.currency == "VND":
            return _Reading(measure, amount / _MILLION, "VND million", quals)
        return _Reading(measure, amount, "USD", quals)
    if unit == "VND billion" and quantity.currency == "VND":
        return _Reading(measure, amount / _BILLION, unit, quals)
    if unit == "USD million" and quantity.currency == "USD":
        return _Reading(measure, amount / _MILLION, unit, quals)
    return None


def _fact(
    article: Article,
    subject: Mention,
    quantity: Quantity,
    gap: str,
    chained: bool,
    after: cues.After,
    reading: _Reading,
    phrases: list[PeriodPhrase],
) -> RawFact | None:
    if reading.measure not in REGISTRY[subject.indicator].measures:
        return None
    if subject.indicator == "pci":
        period = _pci_period(article.text, subject, phrases)
    else:
        period = _period(article, phrases, quantity.start, reading.measure.startswith("target"))
    if period is None:
        return None
    if reading.measure == "yoy_pct" and after.compared_year not in (None, period.year - 1):
        return None  # compared with another year than the previous one
    value = round(float(reading.value), 6)
    if not math.isfinite(value) or abs(value) > _IMPLAUSIBLE:
        return None  # a misread: more than any province's, or the nation's, figure
    quals = reading.qualifiers
    cutoff = cues.cutoff_date(gap)
    if cutoff:
        quals += (cutoff,)
    gap_start = quantity.start - len(gap)
    first = _clause_start(article.text, gap_start, quantity.start) if chained else subject.start
    return RawFact(
        subject.indicator,
        reading.measure,
        value,
        reading.unit,
        period,
        "; ".join(dict.fromkeys(quals)),
        first,
        max(after.end, quantity.end),
    )


def _clause_start(text: str, gap_start: int, figure: int) -> int:
    """Where a further figure's clause starts: after the last comma of the words before it."""
    comma = text.rfind(",", gap_start, figure)
    position = comma + 1 if comma >= 0 else gap_start
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _period(
    article: Article, phrases: list[PeriodPhrase], position: int, target: bool
) -> Period | None:
    """The period of a figure: the sentence's nearest period phrase, else the article's.

    A target is for a year, so it takes the year of the nearest phrase. A figure next to a
    phrase naming a span no briefing period holds, a plan or a future year is no fact.
    """
    before = [p for p in phrases if p.start < position]
    nearest = before[-1] if before else (phrases[0] if phrases else None)
    if target:
        years = [p for p in phrases if p.span == "FY" and p.year]
        if not years and nearest is not None and nearest.span is None:
            return None  # a target for a term ("2025-2030") or a span no period holds
        year = years[-1].year if years else (nearest.year if nearest else None)
        year = year or article.year
        return Period.parse(f"{year}-FY") if year else None
    if nearest is None:
        return article.period
    if nearest.forward or nearest.deadline:
        return None
    period = nearest.period(article.year)
    if period is None or (article.year is not None and period.year > article.year):
        return None
    return period


def _rank_fact(
    article: Article, rank: Rank, mentions: list[Mention], phrases: list[PeriodPhrase]
) -> RawFact | None:
    if rank.scope == "regional" or not 1 <= rank.rank <= 63:
        return None
    before = [m for m in mentions if m.end <= rank.start and rank.start - m.end <= _MAX_GAP]
    after = [m for m in mentions if m.start >= rank.end and m.start - rank.end <= 40]
    subject = before[-1] if before else (after[0] if after else None)
    if subject is None or subject.blocks or "rank" not in REGISTRY[subject.indicator].measures:
        return None
    if subject.indicator == "pci":
        period = _pci_period(article.text, subject, phrases)
    else:
        period = _period(article, phrases, rank.start, target=False)
    if period is None:
        return None
    out_of = rank.out_of
    if out_of is None and (rank.scope == "national" or subject.indicator == "pci"):
        out_of = 34 if period.after_merger else 63
    unit = f"rank/{out_of}" if out_of else "rank"
    start, end = min(subject.start, rank.start), max(subject.end, rank.end)
    return RawFact(subject.indicator, "rank", float(rank.rank), unit, period, "", start, end)


def _pci_period(text: str, subject: Mention, phrases: list[PeriodPhrase]) -> Period | None:
    """PCI is published for a past year, so a PCI figure needs its year said: "PCI 2024"."""
    named = _YEAR_AFTER.match(text, subject.end)
    if named:
        return Period.parse(f"{named.group(1)}-FY")
    years = [p.year for p in phrases if p.span == "FY" and p.year and not p.deadline]
    return Period.parse(f"{years[0]}-FY") if years else None


_YEAR_AFTER = re.compile(r"\s*(?:of\s+|in\s+|năm\s+)?(20\d\d)(?!\d)")
