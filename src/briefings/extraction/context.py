"""What an article is about before any figure is read: its province, year and period.

The province comes from front matter, else the newspaper's host (a provincial paper), the
URL's path, the title, and last the name the text uses most (flagged uncertain unless it
clearly leads). The year comes from front matter, else the years the text reports on, the
year before a comparison ("so với cùng kỳ năm 2023"), the title or URL, the publication date.
The period is the commonest span the text names, else the title's or URL's. A year-end review
published in January or February ("results of 2024 and tasks for 2025", "tổng kết năm 2024")
is about the year before. A text that only says "the first months of the year" gets the last
period the publication date allows, flagged uncertain: kept for review, never silently taken.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import unquote, urlparse

from briefings.domain.geography import NATION_SLUG, load_geography, slugify
from briefings.domain.periods import Period
from briefings.extraction.attribution import PROVINCE_WORDS
from briefings.extraction.lexicon import find_mentions
from briefings.extraction.periods import (
    CLOSING_MONTH,
    PeriodPhrase,
    article_year,
    find_period_phrases,
    main_period,
)
from briefings.extraction.places import (
    GROUP,
    fold,
    most_named,
    name_index,
    place_from_title,
    place_from_url_path,
    province_from_url,
    province_names,
)

_YEAR_END = re.compile(
    r"tổng\s+kết\s+năm|kết\s+quả\s+(?:thực\s+hiện\s+)?(?:năm|nhiệm\s+vụ\s+năm)|năm\s+qua"
    r"|results?\s+(?:of|in|for)\s+(?:the\s+year\s+)?20\d\d|(?:the\s+)?past\s+year|year[-\s]end"
    r"|bilan\s+de\s+l'année|résultats\s+de\s+(?:l'année\s+)?20\d\d|l'année\s+(?:dernière|écoulée)",
    re.IGNORECASE,
)
# National offices whose releases are about the nation (not "Cục Thống kê tỉnh X").
_NATIONAL_SOURCE = re.compile(
    r"General\s+Statistics\s+Office|\bGSO\b|National\s+Statistics\s+Office|Tổng\s+cục\s+Thống\s+kê"
    # the national office since March 2025: "Department of Statistics (Ministry of Finance)"
    r"|(?:Department\s+of\s+Statistics|Cục\s+Thống\s+kê)\s*(?:\(|,|-|–|thuộc)\s*(?:the\s+)?"
    r"(?:Ministry\s+of\s+Finance|Bộ\s+Tài\s+chính)"
    r"|Office\s+général\s+des\s+statistiques|Cục\s+Du\s+lịch\s+Quốc\s+gia"
    r"|National\s+(?:Authority|Administration)\s+of\s+Tourism|Foreign\s+Investment\s+Agency"
    r"|Cục\s+Đầu\s+tư\s+nước\s+ngoài|Ministry\s+of\s+Planning\s+and\s+Investment"
    r"|Bộ\s+Kế\s+hoạch\s+và\s+Đầu\s+tư|ministère\s+du\s+Plan\s+et\s+de\s+l'Investissement"
    r"|Ministry\s+of\s+Finance|Bộ\s+Tài\s+chính|ministère\s+des\s+Finances",
    re.IGNORECASE,
)
# A province's own report speaks of "the province" and its committees, which a national
# headline ("Economic growth creates premise for merger") does not make the nation's.
_PROVINCE_SPEAKS = re.compile(
    r"\b(?:in|of)\s+the\s+province\b|the\s+province's|Provincial\s+(?:People's|Party)"
    r"\s+(?:Committee|Council)|UBND\s+tỉnh|Tỉnh\s+ủy|Comité\s+populaire\s+provincial"
    r"|trên\s+địa\s+bàn\s+tỉnh",
    re.IGNORECASE,
)


def cites_national_source(text: str, bounds: tuple[int, int], subject: int) -> bool:
    """True when a sentence cites a national office before an indicator's name ("figures from
    the Department of Statistics (Ministry of Finance) put the IIP ...") and names nothing of a
    province's own after it ("the province's", "của tỉnh")."""
    for source in _NATIONAL_SOURCE.finditer(text, bounds[0], subject):
        if _CITING.search(text, max(bounds[0], source.start() - 30), source.start()):
            return not PROVINCE_WORDS.search(text, source.end(), bounds[1])
    return False


# Words that cite a source: "according to", "announced by", "data from", "theo", "selon".
_CITING = re.compile(
    r"(?<!\w)(?:according\s+to|announced\s+by|released\s+by|published\s+by|data\s+(?:from|of)"
    r"|figures\s+(?:from|of)|theo|số\s+liệu(?:\s+của)?|selon|d['’]après|publiées?\s+par)"
    r"(?:\s+(?:the|information\s+from|data\s+from|le|la|l['’]))?\s*$",
    re.IGNORECASE,
)


# A comparison with a whole year and nothing else dated: "une augmentation de 12,7% par rapport
# à 2023", "so với năm 2023", "compared to 2023".
_YEAR_COMPARED = re.compile(
    r"(?:compared\s+(?:to|with)|than|over|par\s+rapport\s+à|so\s+với(?:\s+năm)?)\s+"
    r"(20[12]\d)(?![\d/-])",
    re.IGNORECASE,
)
_NATION_NAMED = re.compile(
    r"(?<!\w)(?:người\s+việt|việt\s+nam|cả\s+nước|toàn\s+quốc|viet\s*nam|nationwide"
    r"|du\s+pays|national(?:e|ly)?)(?!\w)",
    re.IGNORECASE,
)
_SLUG_SPANS = (
    ("Q1", r"quy-(?:i|1)|q1|first-quarter|premier-trimestre|3-thang-dau-nam"),
    ("Q2", r"quy-(?:ii|2)|q2|second-quarter|deuxieme-trimestre"),
    ("Q3", r"quy-(?:iii|3)|q3|third-quarter|troisieme-trimestre"),
    ("Q4", r"quy-(?:iv|4)|q4|fourth-quarter|quatrieme-trimestre"),
    ("H1", r"6-thang|nua-dau-nam|first-half|h1|six-months|6-months|premier-semestre"),
    ("9M", r"9-thang|nine-months|9-months|neuf-premiers-mois|9m"),
)
_OPENING = 3000  # the opening of a text, where what it reports on is said
_SLUG_YEAR = re.compile(r"(?<![0-9])(20[12][0-9])(?![0-9])")


@dataclass(frozen=True)
class Setting:
    """The article's province, year and period, where each came from, and what is uncertain."""

    province: str | None
    province_from: str  # "front matter", "host", "path", "title", "text" or ""
    declared: frozenset[str]  # provinces front matter names; facts of others are left out
    year: int | None
    period: Period | None
    uncertain: frozenset[str]  # "province", "span"
    problem: str = ""  # why no facts can be read: "what; how to fix it"
    plan_year: int | None = None  # the year targets are for when they name none


def read_setting(
    text: str,
    phrases: list[PeriodPhrase],
    *,
    origin: str,
    url: str,
    title: str,
    published: str,
    declared: tuple[str, ...] = (),
    period: Period | None = None,
) -> Setting:
    """The setting of an article from what its front matter declares and what it says."""
    province, source, uncertain = _province(text, url, title, declared)
    published_year = int(published[:4]) if published[:4].isdigit() else None
    month = int(published[5:7]) if published[5:7].isdigit() else None
    year: int | None
    chosen: Period | None
    plan_year: int | None = None
    if period is not None:
        year, chosen = period.year, period
    elif published_year and _reviews_last_year(text, title, phrases, published_year, month):
        year, chosen = published_year - 1, Period.parse(f"{published_year - 1}-FY")
        plan_year = published_year  # "results of 2024 and tasks for 2025"
    else:
        year, chosen = _period(phrases, url, title, published_year)
        if chosen is None and year is not None and any(p.vague for p in phrases):
            chosen = _last_period(year, month)
            uncertain |= {"span"} if chosen else set()
        if chosen is None and not phrases:
            base = _YEAR_COMPARED.search(text[:_OPENING])
            if base:  # "up 12.7% compared to 2023", no span named: a whole year, for review
                year, chosen = int(base.group(1)) + 1, Period.parse(f"{int(base.group(1)) + 1}-FY")
                uncertain |= {"span"}
        # (a plan ahead or a run of years, "the 2021-2023 period", names no span reported)
        unnamed = all(
            p.comparison or p.anaphor or p.forward or not (p.span or p.year) for p in phrases
        )
        closing = (
            _closing_year(text, published_year, month)
            or _names_no_year(text, phrases, year, published_year, month)
            or _year_end_said(text, month)
        )
        if chosen is None and unnamed and closing:
            # a report from November or December that names only its year ("« 2025 sera une
            # année particulièrement difficile »"): the year closing, for review
            year, chosen = published_year, Period.parse(f"{published_year}-FY")
            uncertain |= {"span"}
        elif chosen is None and unnamed and published_year and month in (1, 2):
            # a report from January or February that names no span ("tỉnh vẫn đạt mức tăng
            # trưởng GRDP 7,6%", February 2026): the year just closed, for review
            year, chosen = published_year - 1, Period.parse(f"{published_year - 1}-FY")
            uncertain |= {"span"}
    problem = ""
    if province is None:
        problem = f"no recognisable province; add front matter `{_suggest(origin, text, url)}`"
    elif chosen is None:
        problem = (
            f"no recognisable period; add front matter `period: {_suggest_period(year, month)}`"
        )
    flags = frozenset(uncertain)
    plans = plan_year or year
    return Setting(province, source, frozenset(declared), year, chosen, flags, problem, plans)


def _province(
    text: str, url: str, title: str, declared: tuple[str, ...]
) -> tuple[str | None, str, set[str]]:
    if declared:
        return declared[0], "front matter", set()
    for source, found in (
        ("host", province_from_url(url) if url else None),
        ("path", _path_place(url) if url else None),
        ("title", _title_place(title) if title else None),
    ):
        if found and source != "host" and found not in (NATION_SLUG, GROUP):
            named, clear = most_named(text)
            if clear and _outnamed(text, found, named):
                # "tỉnh nào sẽ thay thế Bắc Ninh ...": the headline's province is a foil; the
                # text is about the one it names three times as often
                return named, "text", set()
        if found:
            return found, source, set()
    named, clear = most_named(text)
    if title and _REGION_TITLE.search(title) and not _ONE_PROVINCE_TITLE.match(title):
        # "Tăng trưởng vùng Trung du và miền núi phía Bắc ước đạt 9,11%": the region's figures
        # are no province's; the provinces the text names keep theirs
        return GROUP, "text", set()
    provincial = named is not None and _PROVINCE_SPEAKS.search(text, 0, _OPENING) is not None
    if not clear and (
        _NATIONAL_SOURCE.search(text, 0, 1500) or (_national_title(title) and not provincial)
    ):
        # "according to the General Statistics Office": a national release that names
        # provinces along the way, none of them its subject
        return NATION_SLUG, "text", set()
    if named is None and _NATION_NAMED.search(text, 0, _OPENING):
        # "les exportations du Vietnam ...", no province named anywhere: the nation's figures,
        # for review
        return NATION_SLUG, "text", {"province"}
    return named, "text" if named else "", set() if clear or named is None else {"province"}


def _title_place(title: str) -> str | None:
    """The place a title names; not the nation when an unnamed province of it is the subject."""
    found = place_from_title(title)
    return None if found == NATION_SLUG and _unnamed_province_of_nation(title) else found


def _path_place(url: str) -> str | None:
    """The place an address's path names; not the nation when an unnamed province of it is."""
    found = place_from_url_path(url)
    if found == NATION_SLUG and _unnamed_province_of_nation(urlparse(url).path):
        return None
    return found


# "tỉnh nhỏ nhất Việt Nam ..." in a headline, ".../tinh-nho-nhat-viet-nam-..." in an address:
# the most-something province of the nation, unnamed, is the subject (slugged, so that "tỉnh"
# must be followed by a superlative: "tinh-hinh-kinh-te-viet-nam", the nation's, is not one;
# nor "cac-tinh", "10-tinh ... nhat": several provinces)
_ONE_PROVINCE_OF_NATION = re.compile(
    r"(?<![a-z0-9])(?<!cac-)(?<!nhung-)(?<!\d-)tinh(?:-[a-z]+){0,3}?-nhat-viet-?nam(?![a-z])"
)


def _unnamed_province_of_nation(words: str) -> bool:
    return _ONE_PROVINCE_OF_NATION.search(slugify(unquote(words))) is not None


def _outnamed(text: str, found: str, named: str | None) -> bool:
    """True when the text names ``named`` at least three times as often as ``found``."""
    counts = Counter(slug for _, _, slug in province_names(text))
    return named not in (None, found) and counts[named] >= 3 * max(1, counts[found])


# A title about a region of provinces, not one of them, nor the nation.
_REGION_TITLE = re.compile(
    r"(?<!\w)(?:vùng\s+(?:kinh\s+tế\s+)?(?:trọng\s+điểm\s+)?[A-ZĐ]|(?:Đồng\s+bằng\s+sông|ĐBSCL"
    r"|Tây\s+Nguyên|Mekong\s+Delta|Red\s+River\s+Delta|Central\s+Highlands|economic\s+region"
    r"|région|delta\s+du\s+Mékong|Hauts\s+Plateaux)(?!\w))"
)
# ... unless one province of it is the subject: "Tỉnh thuộc ĐBSCL ... đặt mục tiêu GRDP tăng 7%"
_ONE_PROVINCE_TITLE = re.compile(
    r"\s*(?:(?:một\s+)?tỉnh|(?:a|one|this|the)\s+province|(?:une|la|cette)\s+province)\s",
    re.IGNORECASE,
)


def _national_title(title: str) -> bool:
    """True for a headline that gives an indicator or names the nation, and names no province
    ("IDE : 25 milliards d'USD décaissés en 2024", "Người Việt chi hơn 3 triệu tỷ đồng ..."):
    the article is about the nation, whatever provinces it lists; not one whose subject is a
    province of the nation, unnamed."""
    return (
        bool(title)
        and not _unnamed_province_of_nation(title)
        and (
            _NATION_NAMED.search(title) is not None
            or any(not m.blocks for m in find_mentions(title))
        )
    )


def _period(
    phrases: list[PeriodPhrase], url: str, title: str, published_year: int | None
) -> tuple[int | None, Period | None]:
    """The year and period the text reports on, else what its title or URL names."""
    # (a plan's year is no reported year: "the target of 7.5% in 2024" in December 2023)
    reported = [p for p in phrases if not p.forward]
    said, compared = article_year(reported, None), _compared_year(phrases)
    if said is not None and compared is not None and said < compared:
        said = None  # "so với cùng kỳ năm 2022" reports 2023: "năm 2021, ..." looks back
    dated = [
        p
        for p in reported
        if p.year and not (p.comparison or p.deadline or p.previous or p.relative)
    ]
    long_past = said is not None and published_year is not None and said < published_year - 1
    if long_past and len(dated) == 1:
        # "... funds from the revenue of 2020 and 2021" in a report published in 2023 on "the
        # first quarter": one mention of a year long past dates an aside
        said = None
    year = (
        said
        or compared
        or _named_year(url, title)
        or published_year
        or article_year(phrases, None, plans=True)
    )
    found = main_period(phrases, year)
    if found is None and title:
        found = main_period(find_period_phrases(title, published_year), year)
    if found is None and year is not None:
        span = _slug_span(url, title)
        found = Period.parse(f"{year}-{span}") if span else None
    return year, found


def _compared_year(phrases: list[PeriodPhrase]) -> int | None:
    """The year after the one a comparison names: "so với cùng kỳ năm 2023" reports 2024 (a
    plan's year is no base: "đạt 59% kế hoạch năm 2023" reports 2023)."""
    years = Counter(
        p.year for p in phrases if (p.comparison or p.previous) and not p.plan and p.year
    )
    return years.most_common(1)[0][0] + 1 if years else None


def _named_year(url: str, title: str) -> int | None:
    path = slugify(unquote(urlparse(url).path)) if url else ""
    for piece in (title, path):
        match = _SLUG_YEAR.search(piece)
        if match:
            return int(match.group(1))
    return None


def _slug_span(url: str, title: str) -> str | None:
    words = f"-{slugify(unquote(urlparse(url).path))}-{slugify(title)}-"
    for span, pattern in _SLUG_SPANS:
        if re.search(rf"-(?:{pattern})-", words):
            return span
    return None


def _reviews_last_year(
    text: str,
    title: str,
    phrases: list[PeriodPhrase],
    published_year: int,
    month: int | None,
) -> bool:
    """A review published in January or February of the year it has just closed."""
    if month not in (1, 2):
        return False
    reported = {p.year for p in phrases if p.year and not (p.forward or p.comparison)}
    if published_year in reported and published_year - 1 not in reported:
        return False  # the text reports on the new year itself ("in January 2025, ...")
    return published_year - 1 in reported or bool(_YEAR_END.search(f"{title}\n{text[:_OPENING]}"))


def _names_no_year(
    text: str,
    phrases: list[PeriodPhrase],
    year: int | None,
    published: int | None,
    month: int | None,
) -> bool:
    """True for a report from November or December whose text names no period and no year
    at all, and whose title names at most the year ahead ("2024, Bình Định tập trung gỡ nút
    thắt", December 2023): it reviews the year closing."""
    if published is None or month is None or month < CLOSING_MONTH or phrases:
        return False
    if _ANY_YEAR.search(text[:_OPENING]):
        return False  # "les onze mois de 2024": a span the phrases did not read
    return year is None or year in (published, published + 1)


_ANY_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")


def _closing_year(text: str, year: int | None, month: int | None) -> bool:
    """True when a report published from November names its own year, bare."""
    if year is None or month is None or month < CLOSING_MONTH:
        return False
    return any(
        not _SPAN_BEFORE.search(text, max(0, found.start() - 20), found.start())
        for found in re.finditer(rf"(?<![\d/.-]){year}(?![\d/-])", text[:_OPENING])
    )


def _year_end_said(text: str, month: int | None) -> bool:
    """True when a report published from November opens on the year's end ("At the end of
    the year, GRDP is estimated to reach 5.56%")."""
    opens = _END_OF_YEAR.search(text[:_OPENING]) is not None
    return month is not None and month >= CLOSING_MONTH and opens


_END_OF_YEAR = re.compile(
    r"(?<!\w)(?:(?:at|by)\s+the\s+end\s+of\s+the\s+year|à\s+la\s+fin\s+de\s+l['’]année"
    r"|cuối\s+năm(?!\s+(?:20\d\d|\d)))",
    re.IGNORECASE,
)


# "les onze mois de 2024": a year some span is of, which the phrases did not read
_SPAN_BEFORE = re.compile(
    r"(?:mois|months?|tháng|trimestre|quarter|quý|semestre|half)\s+(?:de\s+|of\s+|năm\s+)?$",
    re.IGNORECASE,
)


def _last_period(year: int, month: int | None) -> Period | None:
    """The longest cumulative period of ``year`` that ends before the publication month."""
    if month is None:
        return None
    for span, last in (("FY", 12), ("9M", 9), ("H1", 6), ("Q1", 3)):
        if month > last:
            return Period.parse(f"{year}-{span}")
    return None


def _suggest_period(year: int | None, month: int | None) -> str:
    found = _last_period(year, month) if year else None
    if found is None and year and month is not None and month <= 3:
        return f"{year - 1}-FY"  # early in a year, the year just closed
    return found.label if found else f"{year or 2025}-H1"


def _suggest(origin: str, text: str, url: str) -> str:
    """The province most plausibly meant: named in the file name, in lower case in the text,
    or in the URL; else a placeholder, never a made-up province."""
    stem = slugify(PurePath(origin.split(":")[0]).name)
    geography = load_geography()
    for piece in (stem, slugify(url)):
        for slug in sorted({*geography.former, *geography.current}, key=len, reverse=True):
            if f"-{slug}-" in f"-{piece}-":
                return f"province: {_name(slug)}"
    lowered = Counter(
        slug
        for folded, entries in name_index().spellings.items()
        for slug in [entries[0][1]]
        if f" {folded} " in f" {fold(text).lower()} "
    )
    if lowered:
        return f"province: {_name(lowered.most_common(1)[0][0])}"
    return "province: <the province's name>"


def _name(slug: str) -> str:
    geography = load_geography()
    province = geography.current.get(slug) or geography.former.get(slug)
    return province.name_vi if province else slug
