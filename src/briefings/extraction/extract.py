"""Extract candidate facts from one article's text.

The article's province and period come from its front matter when it has one, else from its
address, title and text (``context``); each figure then takes the province its sentence names
(``attribution``), so an article ranking provinces gives one fact per province. Every
candidate keeps the words it came from and their offsets, what is uncertain about it, and a
stable id that depends only on what the fact says and where it was published.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import re
from dataclasses import dataclass, replace
from functools import partial

from briefings.domain.geography import NATION_SLUG, load_geography
from briefings.domain.indicators import REGISTRY
from briefings.domain.periods import Period
from briefings.extraction.accents import lacks_accents, with_accents
from briefings.extraction.attribution import Discourse
from briefings.extraction.context import read_setting
from briefings.extraction.lexicon import find_mentions
from briefings.extraction.numbers import Language, find_quantities
from briefings.extraction.periods import find_period_phrases
from briefings.extraction.places import GROUP, Place, find_places
from briefings.extraction.ranks import find_ranks
from briefings.extraction.restatements import drop_goods_beside_total, drop_restatements
from briefings.extraction.rules import Article, RawFact, Sentence, sentence_facts
from briefings.extraction.text import detect_language, sentence_spans
from briefings.extraction.timing import Timeline

logger = logging.getLogger(__name__)

_SOURCE_LINE = re.compile(
    r"(?im)^[ \t]*(?:source|nguồn|theo|lien|link|url)[ \t]*[:：]?[ \t]*(?P<url>https?://[^\s<>\"')\]]+)"
)
_BY_SIZE = re.compile(
    r"(?:largest|biggest)\s+econom|economic\s+(?:scale|size)|quy\s+mô\s+kinh\s+tế"
    r"|GRDP\s+(?:scale|size)|(?:scale|size)\s+of\s+(?:the\s+|its\s+)?GRDP|quy\s+mô\s+GRDP"
    r"|plus\s+grandes?\s+économies",
    re.IGNORECASE,
)
# "Hanoi (VNA) – ...": where a wire story was filed, not what it is about.
_DATELINE = re.compile(r"[^\S\n]*(?:,[^()\n]{0,25})?\((?:VNA|VNS|TTXVN|VOV|CVN|VNP|VNA/VNP)\)")
# "HÀ NỘI — Việt Nam's industrial index ...": a wire dateline in capitals, opening a line.
_DASH_DATELINE = re.compile(r"[^\S\n]*[—–-][^\S\n]")


def _dateline(text: str, start: int, end: int) -> bool:
    """True for a place that only says where a story was filed."""
    if _DATELINE.match(text, end):
        return True
    opens_line = start == 0 or text[start - 1] == "\n"
    return opens_line and text[start:end].isupper() and bool(_DASH_DATELINE.match(text, end))


# "the number of tourists reached 742,335": a count of visitors written out in full
_VISITORS_COUNTED = re.compile(
    r"(?:number\s+of\s+(?:tourists|visitors|tourist\s+arrivals)|nombre\s+de\s+(?:touristes"
    r"|visiteurs)|(?:số\s+)?lượt\s+khách(?:\s+du\s+lịch)?)[^.;\d]{0,40}$",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")  # "742,335", "742.335"


def _counted_visitors(text: str, start: int, end: int) -> bool:
    """True for a plain number with thousands separators said as "the number of tourists": the
    only plain number let through to the readings (``readings._counted_in_full``)."""
    return bool(
        _THOUSANDS.fullmatch(text, start, end)
        and _VISITORS_COUNTED.search(text, max(0, start - 80), start)
    )


_ANY_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_PUBLISHED_LINE = re.compile(
    r"(?im)^[ \t]*(?:published|posted|date|ngày\s+đăng|cập\s+nhật|publié\s+le)[ \t]*[:：]?[ \t]*"
    r"(?:(?P<iso>20\d\d-\d\d-\d\d)|(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>20\d\d))"
)


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about an article before reading it (from front matter or the caller)."""

    origin: str  # where it was read, e.g. "sources/articles/x.txt"
    url: str = ""
    published: str = ""
    province: str | None = None
    period: Period | None = None
    language: Language | None = None
    title: str = ""
    provinces: tuple[str, ...] = ()  # every province front matter names (``province`` first)


@dataclass(frozen=True)
class Candidate:
    """One fact read from an article, awaiting an analyst's review."""

    fact_id: str
    province: str
    boundary: str
    period: str
    indicator: str
    measure: str
    value: float
    unit: str
    source: str
    published: str
    origin: str
    quote: str
    qualifier: str
    start: int
    end: int
    language: str
    kind: str = "article-unreviewed"
    # "province", "span", "conflict": what a reviewer must check; "" when nothing
    uncertain: str = ""


@dataclass(frozen=True)
class Extraction:
    """The candidates of one article, or why it gave none."""

    candidates: tuple[Candidate, ...]
    problem: str = ""
    province: str | None = None
    period: Period | None = None
    language: str = "en"
    url: str = ""


def find_source_url(text: str) -> str:
    """The article's URL: its "Source: URL" line (reports end with one), else its last URL."""
    lines = _SOURCE_LINE.findall(text[-3000:]) or _SOURCE_LINE.findall(text[:3000])
    if lines:
        return str(lines[-1]).rstrip(".,;")
    urls = _ANY_URL.findall(text[-1000:])
    return str(urls[-1]).rstrip(".,;") if urls else ""


def find_published(text: str) -> str:
    """A publication date stated on a "Published:" line, as ISO, or ""."""
    match = _PUBLISHED_LINE.search(text[:3000]) or _PUBLISHED_LINE.search(text[-3000:])
    if not match:
        return ""
    if match.group("iso"):
        return match.group("iso")
    return f"{match.group('y')}-{int(match.group('m')):02d}-{int(match.group('d')):02d}"


def fact_id(
    source: str, province: str, period: str, indicator: str, measure: str, value: float
) -> str:
    """A short id that changes only when the fact itself or its source changes."""
    key = f"{source}|{province}|{period}|{indicator}|{measure}|{value:.6g}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def extract_facts(text: str, meta: ArticleMeta) -> Extraction:
    """Candidate facts in ``text``, or the problem (no province, no period) that stopped it."""
    language: Language = meta.language or detect_language(text)
    url = meta.url or find_source_url(text)
    published = meta.published or find_published(text)
    published_year = int(published[:4]) if published[:4].isdigit() else None
    published_month = int(published[5:7]) if published[5:7].isdigit() else None
    written = text  # quotes are taken from the text as written
    title = meta.title
    if language == "fr" and lacks_accents(text):  # "croissance economique estimee a 7,14 %"
        text, title = with_accents(text), with_accents(title)
    phrases = find_period_phrases(text, published_year, published_month)
    declared = meta.provinces or ((meta.province,) if meta.province else ())
    setting = read_setting(
        text,
        phrases,
        origin=meta.origin,
        url=url,
        title=title,
        published=published,
        declared=declared,
        period=meta.period,
    )
    base = Extraction((), setting.problem, setting.province, setting.period, language, url)
    if setting.problem or setting.province is None:
        return base
    places = [p for p in find_places(text) if not _dateline(text, p.start, p.end)]
    timeline = Timeline(
        text,
        tuple(phrases),
        setting.period,
        setting.year,
        vague="span" in setting.uncertain,
        plan_year=setting.plan_year,
        published_year=published_year,
    )
    by_size = bool(_BY_SIZE.search(f"{title}\n{text[:400]}"))
    topic, amounts = _topics(text, title, places)
    national = setting.province == NATION_SLUG or topic is not None
    article = Article(text, timeline, topic, by_size, national, setting.uncertain, amounts)
    raw = _raw_facts(
        article,
        places,
        Discourse(setting.province, setting.declared, inferred=setting.province_from == "text"),
        language,
    )
    source = url or meta.origin
    kept = drop_goods_beside_total(drop_restatements(raw))
    candidates = _candidates(kept, written, meta, source, published, language)
    logger.debug("%s: %d candidate facts", meta.origin, len(candidates))
    return Extraction(tuple(candidates), "", setting.province, setting.period, language, url)


def _topics(
    text: str, title: str, places: list[Place]
) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """What an article about several provinces ranks them by: GRDP, when it names growth
    (their bare percents are it), else the IIP when it names that; and, by currency, what
    their bare sums are: FDI, else exports, for dollars ("Hai Phong followed with over US$1.4
    billion"), and the budget for đồng when no other sum in đồng is named."""
    provinces = {p.slug for p in places if p.slug != GROUP}
    if len(provinces) < 3:
        return None, ()
    named = {m.indicator for m in find_mentions(f"{title}\n{text[:3000]}")}
    # an article on industrial production that names no GRDP ranks provinces by the IIP
    growth = "grdp" if "grdp" in named else "iip" if "iip" in named else None
    amounts: list[tuple[str, str]] = []
    dollars = next((i for i in ("fdi_registered", "export") if i in named), None)
    if dollars:
        amounts.append(("USD", dollars))
    if "budget_revenue" in named and not named & _OTHER_DONG_SUMS:
        amounts.append(("VND", "budget_revenue"))
    return growth, tuple(amounts)


_OTHER_DONG_SUMS = frozenset({"retail_sales", "tourism_revenue"})


def _raw_facts(
    article: Article, places: list[Place], discourse: Discourse, language: Language
) -> list[RawFact]:
    """Facts of the sentences that hold a figure; names are looked up there only (speed)."""
    text = article.text
    quantities = [
        q
        for q in find_quantities(text, language)
        if q.kind != "plain" or q.scale > 1 or _counted_visitors(text, q.start, q.end)
    ]
    ranks = find_ranks(text)
    quantity_starts = [q.start for q in quantities]
    rank_starts = [r.start for r in ranks]
    place_starts = [p.start for p in places]
    facts: list[RawFact] = []
    previous: tuple[int, int] | None = None
    named_before: list[Place] = []  # the provinces the sentence before named
    for start, end in sentence_spans(text):
        q0, q1 = _window(quantity_starts, start, end)
        r0, r1 = _window(rank_starts, start, end)
        p0, p1 = _window(place_starts, start, end)
        before, previous = previous, (start, end)
        discourse.refer(text, start, named_before)
        named_before = places[p0:p1]
        if q0 == q1 and r0 == r1:
            discourse.follow(text, start, places[p0:p1], ())
            continue
        if before is not None and "\n\n" in text[before[1] : start]:
            before = None  # a new paragraph
        mentions = find_mentions(text, start, end)
        sentence = Sentence(
            (start, end), mentions, quantities[q0:q1], ranks[r0:r1], places[p0:p1], before
        )
        facts += sentence_facts(article, sentence, discourse)
    return facts


_PLANNED = {"value": "target_value", "yoy_pct": "target_yoy_pct"}
_FORECAST_MONTHS = 3  # a period ending this many months after publication is not yet known
_PLAN_YEARS = 2  # targets up to two years ahead are a briefing's; later ones are long-run goals


def _as_planned(published: str, text: str, fact: RawFact) -> RawFact | None:
    """A figure for a period that ends months after the article appeared is a forecast or a
    target ("Da Nang should welcome 12 million visitors in 2025", published in January 2025):
    its level and growth become targets, and a rank of it is no fact."""
    if not (published[:4].isdigit() and published[5:7].isdigit()):
        return fact
    ends = fact.period.end
    if fact.measure.startswith("target_") and ends.year > int(published[:4]) + _PLAN_YEARS:
        return None  # "by 2030, 30 million visitors": a long-run goal, no briefing's target
    ahead = (ends.year * 12 + ends.month) - (int(published[:4]) * 12 + int(published[5:7]))
    # ("The estimated economic growth rate in 2025 is 8.41%", September 2025: the estimate a
    # province gives its council for the year closing, a result)
    estimated = ahead == _FORECAST_MONTHS and _estimate_said(text, fact)
    if ahead < _FORECAST_MONTHS or estimated or fact.measure.startswith("target_"):
        return fact
    planned = _PLANNED.get(fact.measure)
    if planned is None or planned not in REGISTRY[fact.indicator].measures:
        return None
    return replace(fact, measure=planned)


def _estimate_said(text: str, fact: RawFact) -> bool:
    """True when the words that say the figure, or the few before them in its sentence, call
    it an estimate."""
    start = max(0, fact.start - _ESTIMATE_REACH)
    start = max([start] + [text.rfind(mark, start, fact.start) + 1 for mark in ".;\n"])
    return _ESTIMATE.search(text, start, fact.end) is not None


_ESTIMATE = re.compile(
    r"(?<!\w)(?:estimat|ước(?:\s+tính|\s+đạt|\s+thực\s+hiện)?\s|estim[ée])", re.IGNORECASE
)
_ESTIMATE_REACH = 40


def _window(starts: list[int], start: int, end: int) -> tuple[int, int]:
    return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)


def _candidates(
    raw: list[RawFact],
    text: str,
    meta: ArticleMeta,
    source: str,
    published: str,
    language: str,
) -> list[Candidate]:
    geography = load_geography()
    seen: set[str] = set()
    out: list[Candidate] = []
    for fact in (f for f in map(partial(_as_planned, published, text), raw) if f is not None):
        label = fact.period.label
        fid = fact_id(source, fact.province, label, fact.indicator, fact.measure, fact.value)
        if fid in seen:
            continue  # the same figure said twice ("target of 8%" ... "target of over 8%")
        seen.add(fid)
        line = text.count("\n", 0, fact.start) + 1
        out.append(
            Candidate(
                fid,
                fact.province,
                geography.boundary_of(fact.province, fact.period),
                label,
                fact.indicator,
                fact.measure,
                fact.value,
                fact.unit,
                source,
                published,
                f"{meta.origin}:{line}",
                " ".join(text[fact.start : fact.end].split()),
                fact.qualifier,
                fact.start,
                fact.end,
                language,
                uncertain=", ".join(fact.uncertain),
            )
        )
    return flag_conflicts(out)


CONFLICT = "conflict"


def flag_conflicts(candidates: list[Candidate]) -> list[Candidate]:
    """Candidates that give one province, period, indicator and measure different values in
    the same article, flagged ``conflict``: at most one of them is that fact. Over the opened
    evaluation sets, half of such candidates were wrong, against one in twenty of the others."""
    values: dict[tuple[str, str, str, str], set[float]] = {}
    for c in candidates:
        values.setdefault((c.province, c.period, c.indicator, c.measure), set()).add(c.value)
    return [
        replace(c, uncertain=", ".join(filter(None, (c.uncertain, CONFLICT))))
        if len(values[(c.province, c.period, c.indicator, c.measure)]) > 1
        else c
        for c in candidates
    ]
