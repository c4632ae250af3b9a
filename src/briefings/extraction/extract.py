"""Extract candidate facts from one article's text.

The article's province and period come from its front matter when it has one, else from the
text: the newspaper's address in its closing "Source:" line, the names it uses, its period
phrases. Every candidate keeps the words it came from and their offsets, and a stable id
that depends only on what the fact says and where it was published.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import re
from dataclasses import dataclass

from briefings.domain.geography import load_geography
from briefings.domain.periods import Period
from briefings.extraction.lexicon import find_mentions
from briefings.extraction.numbers import Language, find_quantities
from briefings.extraction.periods import article_year, find_period_phrases, main_period
from briefings.extraction.places import infer_province
from briefings.extraction.ranks import find_ranks
from briefings.extraction.rules import Article, RawFact, sentence_facts
from briefings.extraction.text import detect_language, sentence_spans

logger = logging.getLogger(__name__)

_SOURCE_LINE = re.compile(
    r"(?im)^[ \t]*(?:source|nguồn|theo|lien|link|url)[ \t]*[:：]?[ \t]*(?P<url>https?://[^\s<>\"')\]]+)"
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
    phrases = find_period_phrases(text)
    published_year = int(published[:4]) if published[:4].isdigit() else None
    year = meta.period.year if meta.period else article_year(phrases, published_year)
    period = meta.period or main_period(phrases, year)
    province = meta.province or infer_province(text, url)
    base = Extraction((), "", province, period, language, url)
    if province is None:
        return _problem(base, "no recognisable province", "add front matter `province: Cao Bằng`")
    if period is None:
        return _problem(base, "no recognisable period", "add front matter `period: 2025-H1`")
    article = Article(text, province, period, year or period.year, tuple(phrases))
    raw = _raw_facts(article, language)
    source = url or meta.origin
    candidates = _candidates(raw, article, meta, source, published, language)
    logger.debug("%s: %d candidate facts", meta.origin, len(candidates))
    return Extraction(tuple(candidates), "", province, period, language, url)


def _problem(base: Extraction, problem: str, fix: str) -> Extraction:
    return Extraction((), f"{problem}; {fix}", base.province, base.period, base.language, base.url)


def _raw_facts(article: Article, language: Language) -> list[RawFact]:
    """Facts of the sentences that hold a figure; names are looked up there only (speed)."""
    text = article.text
    quantities = [q for q in find_quantities(text, language) if q.kind != "plain" or q.scale > 1]
    ranks = find_ranks(text)
    quantity_starts = [q.start for q in quantities]
    rank_starts = [r.start for r in ranks]
    facts: list[RawFact] = []
    for start, end in sentence_spans(text):
        q0, q1 = _window(quantity_starts, start, end)
        r0, r1 = _window(rank_starts, start, end)
        if q0 == q1 and r0 == r1:
            continue
        mentions = find_mentions(text, start, end)
        facts += sentence_facts(article, (start, end), mentions, quantities[q0:q1], ranks[r0:r1])
    return facts


def _window(starts: list[int], start: int, end: int) -> tuple[int, int]:
    return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)


def _candidates(
    raw: list[RawFact],
    article: Article,
    meta: ArticleMeta,
    source: str,
    published: str,
    language: str,
) -> list[Candidate]:
    geography = load_geography()
    seen: set[str] = set()
    out: list[Candidate] = []
    for fact in raw:
        label = fact.period.label
        fid = fact_id(source, article.province, label, fact.indicator, fact.measure, fact.value)
        if fid in seen:
            continue  # the same figure said twice ("target of 8%" ... "target of over 8%")
        seen.add(fid)
        line = article.text.count("\n", 0, fact.start) + 1
        out.append(
            Candidate(
                fid,
                article.province,
                geography.boundary_of(article.province, fact.period),
                label,
                fact.indicator,
                fact.measure,
                fact.value,
                fact.unit,
                source,
                published,
                f"{meta.origin}:{line}",
                " ".join(article.text[fact.start : fact.end].split()),
                fact.qualifier,
                fact.start,
                fact.end,
                language,
            )
        )
    return out
