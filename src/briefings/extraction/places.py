"""Where a figure is from: province names in the text, a newspaper's address, groups of provinces.

Names match with or without diacritics, but only by *dropping* marks: French and English
papers write "Dà Nang" or "Ha Tinh" for Đà Nẵng and Hà Tĩnh, while a Vietnamese word that
adds marks to a name ("Năm" against "Nam Định") is another word. Provincial papers carry the
province in their host (``baobackan.vn``) and many articles in their path
(``…/gia-lai-cong-bo-so-lieu-…``); both outweigh names in the text, which may mention "the
Bac Kan - Cao Bang expressway".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from urllib.parse import unquote, urlparse

from briefings.domain.geography import NATION_SLUG, load_geography, slugify
from briefings.extraction.matching import WordScan, lowered

GROUP = "*group*"  # "six localities", "57/63 tỉnh, thành": a figure of many provinces, of none

# Spellings the packaged names lack. A bare "Ho Chi Minh" is left out: party reports name the
# President ("Ho Chi Minh's ideology") far more often than the city.
_EXTRA_NAMES = {
    "Hanoi": "ha-noi",
    "Hanoï": "ha-noi",
    "Haiphong": "hai-phong",
    "Danang": "da-nang",
    "HCMC": "ho-chi-minh-city",
    "HCM City": "ho-chi-minh-city",
    "TP.HCM": "ho-chi-minh-city",
    "TP HCM": "ho-chi-minh-city",
    "TP. HCM": "ho-chi-minh-city",
    "TPHCM": "ho-chi-minh-city",
    "TP Hồ Chí Minh": "ho-chi-minh-city",
    "TP.Hồ Chí Minh": "ho-chi-minh-city",
    "BR-VT": "ba-ria-vung-tau",
    "BRVT": "ba-ria-vung-tau",
    "TP. Hồ Chí Minh": "ho-chi-minh-city",
    "Thành phố Hồ Chí Minh": "ho-chi-minh-city",
    "thành phố Hồ Chí Minh": "ho-chi-minh-city",
    "Hồ Chí Minh-Ville": "ho-chi-minh-city",
    "Thừa Thiên Huế": "hue",
    "Daklak": "dak-lak",
}
_BARE_PERSON = {"ho chi minh"}
# Sài Gòn Giải Phóng (sggp.org.vn) is left out: a city paper that reports the nation as much.
_HOST_ALIASES = {
    "thuathienhue": "hue",
    "baohue": "hue",
    "brvt": "ba-ria-vung-tau",
    "hochiminh": "ho-chi-minh-city",
    "hcmc": "ho-chi-minh-city",
}
# Tone marks sit on either vowel of "oa", "oe", "uy" ("Hoà Bình", "Hòa Bình").
_TONE_SWAPS = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé"}
_TONE_SWAPS |= {"ủy": "uỷ", "úy": "uý", "ùy": "uỳ", "ụy": "uỵ"}
# Written without diacritics: it runs on folded text, in the same scan as the names.
_GROUP = (
    r"(?:(?:\d{1,2}(?:/\d{2})?|two|three|four|five|six|seven|eight|nine|ten|several|many"
    r"|most|other|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|nombreuses|autres"
    r"|nhieu|mot\s+so|cac)\s+(?:out\s+of\s+\d{1,2}\s+)?(?:other\s+)?(?:localities|provinces"
    r"|cities|localites|villes|dia\s+phuong|tinh|thanh\s+pho)"
    # a region as a whole: "GRDP của vùng ước đạt 9,11%", "GRDP toàn vùng", "(GRDP) cộng gộp"
    r"|(?:toan|ca|cua)\s+vung(?!\s+(?:sau|xa|bien|nguyen\s+lieu))|cong\s+gop"
    r"|the\s+(?:whole\s+|entire\s+)?region's|(?:the\s+)?(?:whole|entire)\s+region|region[-\s]wide"
    # a town below a province ("Phu Quoc remained the top attraction, drawing more than 2
    # million visitors"): its figures are not its province's
    r"|phu\s+quoc|sa\s*pa|hoi\s+an|da\s+lat|nha\s+trang|(?<!vinh\s)ha\s+long(?!\s+bay)"
    r"|con\s+dao|cat\s+ba|mui\s+ne|moc\s+chau|tam\s+dao)"
    r"(?!\w)"
)
# "ranked 3rd among five cities", "trong 5 thành phố", "xếp tốp các tỉnh dẫn đầu" (ranks among
# the leading provinces): the group is a scope, not a subject.
_SCOPE_BEFORE = re.compile(
    r"(?<!\w)(?:in|among|of|out\s+of|trong|tren|sur|parmi|dans|entre|xep(?:\s+(?:top|vao))?"
    r"|nam\s+trong(?:\s+(?:nhom|top))?|thuoc(?:\s+nhom)?|top|one\s+of|mot\s+trong"
    r"|l'une?\s+des|une?\s+des"
    # "Bắc Giang dẫn đầu toàn vùng với 13,85%", "led the whole region": the field of a lead
    r"|dan\s+dau|dung\s+dau|cao\s+nhat|thap\s+nhat|nhat|led|leads|leading|topped|tops"
    r"|highest|lowest|fastest)\s+(?:the\s+|les\s+)?$"
)


@cache
def _fold_table() -> dict[int, str]:
    """Each Latin letter with marks to its bare letter, one character for one (offsets hold)."""
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for code in range(0xC0, 0x2000):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base
    return table


def fold(text: str) -> str:
    """``text`` without diacritics, the same length: "Đà Nẵng" → "Da Nang"."""
    return text.translate(_fold_table())


def _marks(char: str) -> frozenset[str]:
    marks = {c for c in unicodedata.normalize("NFD", char) if unicodedata.combining(c)}
    return frozenset(marks | ({"stroke"} if char in "đĐ" else set()))


def _drops_marks(written: str, name: str) -> bool:
    """True when ``written`` is ``name`` with some of its diacritics left out, none added."""
    return len(written) == len(name) and all(
        _marks(w) <= _marks(n) for w, n in zip(written, name, strict=True)
    )


def _spellings(name: str) -> set[str]:
    variants = {name}
    for old, new in _TONE_SWAPS.items():
        for variant in list(variants):
            variants |= {variant.replace(old, new), variant.replace(new, old)}
    return variants


def _key(name: str) -> str:
    return re.sub(r"\s*[-–]\s*", "-", re.sub(r"\s+", " ", name)).lower()


@dataclass(frozen=True)
class NameIndex:
    """Every province name as one regex over folded text, and the spellings behind each."""

    pattern: WordScan
    spellings: dict[str, tuple[tuple[str, str], ...]]  # folded key → (spelling key, slug)


@cache
def name_index() -> NameIndex:
    """The names of the 63 former and 34 current provinces (built once)."""
    geography = load_geography()
    names: dict[str, str] = {}
    for province in (*geography.former.values(), *geography.current.values()):
        for name in (province.name_vi, province.name_en):
            names.update({spelling: province.slug for spelling in _spellings(name)})
    names.update(_EXTRA_NAMES)
    spellings: dict[str, list[tuple[str, str]]] = {}
    for name, slug in names.items():
        folded = fold(_key(name))
        if folded not in _BARE_PERSON:
            spellings.setdefault(folded, []).append((_key(name), slug))
    body = "|".join(
        re.escape(name).replace(r"\ ", r"\s+").replace(r"\-", r"\s*[-–]\s*")
        for name in sorted(spellings, key=len, reverse=True)
    )
    # On folded, lower-cased text; a group of provinces is found in the same scan.
    # A name or a group starts with one of these (folded): other words fail at once.
    starts = "".join(sorted({name[0] for name in spellings} | set("0123456789tfsendmopacqhrw")))
    pattern = WordScan.compile(
        rf"(?=[{re.escape(starts)}])(?:(?P<group>{_GROUP})|(?:{body})(?![\w]))", not_after=r"\w-"
    )
    return NameIndex(pattern, {key: tuple(value) for key, value in spellings.items()})


# A middle name just before a name makes it a person's: "Vuong Dinh Hue", "Nguyen Van Hue".
_PERSON_BEFORE = re.compile(
    r"(?<!\w)(?:Dinh|Đình|Van|Văn|Thi|Thị|Duc|Đức|Xuan|Xuân|Quoc|Quốc|Ngoc|Ngọc|Huu|Hữu"
    r"|Cong|Công|Trong|Trọng|Manh|Mạnh|Tien|Tiến)\s+$"
)


@dataclass(frozen=True)
class Place:
    """A province name (or a group of provinces, ``GROUP``) at ``start:end`` of the text."""

    start: int
    end: int
    slug: str


# "thành phố Hồ Chí Minh" in running text: the city's name, its first word not capitalised
_CITY_WORD = re.compile(r"thành phố [A-ZĐ]")


def find_places(text: str, folded: str | None = None) -> list[Place]:
    """Every capitalised province name and every group of provinces in ``text``, in order."""
    index = name_index()
    folded = fold(lowered(text)) if folded is None else folded
    found = []
    people: set[str] = set()  # names the text gives a person ("Vuong Dinh Hue"): then "Hue said"
    for match in index.pattern.finditer(folded):
        if match.group("group"):
            if not _SCOPE_BEFORE.search(folded, max(0, match.start() - 20), match.start()):
                found.append(Place(match.start(), match.end(), GROUP))
            continue
        written = text[match.start() : match.end()]
        if not (written[0].isupper() or _CITY_WORD.match(written)):
            continue  # "long an" or "hue" in running text is no province
        if _PERSON_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            people.add(written)  # "Chairman Vuong Dinh Hue praised ...": a person's given name
        if written in people:
            continue
        slug = _slug_of(_key(written), index)
        if slug:
            found.append(Place(match.start(), match.end(), slug))
    return found


def _slug_of(written: str, index: NameIndex) -> str | None:
    for spelling, slug in index.spellings.get(fold(written), ()):
        if written == spelling or _drops_marks(written, spelling):
            return slug
    return None


def province_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, slug) of each capitalised province name in ``text[start:end]``."""
    piece = text[start:end]
    return [(start + p.start, start + p.end, p.slug) for p in find_places(piece) if p.slug != GROUP]


def province_from_url(url: str) -> str | None:
    """The province a newspaper's host name names (``baobackan.vn`` → ``bac-kan``), if any."""
    host = urlparse(url).hostname or ""
    labels = [label for label in host.lower().split(".")[:-1] if label not in ("www", "com")]
    best: tuple[int, str] | None = None
    for compact, slug in _compact_slugs().items():
        if len(compact) >= 4 and any(compact in label for label in labels):
            candidate = (len(compact), slug)
            best = candidate if best is None or candidate > best else best
    return best[1] if best else None


@cache
def _compact_slugs() -> dict[str, str]:
    geo = load_geography()
    compacts = {slug.replace("-", ""): slug for slug in (*geo.former, *geo.current)}
    return compacts | _HOST_ALIASES


_NATION_WORDS = re.compile(
    # ("...-dung-dau-ca-nuoc": the nation as the scope of a rank, not the subject)
    # ("le-commerce-vietnamien": the nation's trade, in an adjective)
    r"(?<![a-z0-9])(?:gdp|viet-?nam(?:ien(?:ne)?s?|ese)?|(?<!dau-)(?<!nhat-)(?<!\d-)ca-nuoc"
    r"|national|nationwide"
    r"|du-pays|toan-quoc)(?![a-z0-9])"
)


# A title whose subject is one province, unnamed: "Tỉnh miền Trung ...", "Một tỉnh ...", "This
# province ...", "Une province ..." (slugified).
_ONE_PROVINCE_UNNAMED = re.compile(
    r"(?:mot-)?tinh-(?:nay-)?|(?:a|one|this|the)-province-|(?:une|la|cette)-province-"
)


def place_from_url_path(url: str) -> str | None:
    """The province the article's path names first (``…/quang-ninh-s-grdp-growth…``), else
    ``vietnam`` when it speaks of the nation's GDP, else None."""
    if _one_province_unnamed(slugify(unquote(urlparse(url).path).rstrip("/").rpartition("/")[2])):
        return None  # ".../mot-tinh-vuot-long-an-...": as in a title, no province of its own
    path = slugify(unquote(urlparse(url).path))
    found = _slugs_in(path)
    if found:
        return found[0]
    return NATION_SLUG if _NATION_WORDS.search(path) else None


def _slugs_in(slug_text: str) -> list[str]:
    """Province slugs occurring as whole hyphenated words, in order of appearance."""
    geo = load_geography()
    words = f"-{slug_text}-"
    hits = []
    for slug in {*geo.former, *geo.current, "tp-ho-chi-minh", "hanoi", "haiphong"}:
        at = words.find(f"-{slug}-")
        if at >= 0:
            hits.append((at, -len(slug), geo.canonical_slug(slug) or slug))
    return [slug for _, _, slug in sorted(hits)]


def place_from_title(title: str) -> str | None:
    """The first province a title names, else ``vietnam`` for a national title, else None.
    A title about one province it does not name ("Tỉnh miền Trung tăng trưởng cao thứ 2 cả
    nước": the nation is only the scope of its rank) leaves the province to the text."""
    slug = slugify(title)
    if _one_province_unnamed(slug):
        return None  # "Một tỉnh vượt Long An ...": the provinces it names are not its subject
    names = province_names(title)
    if names:
        return names[0][2]
    return NATION_SLUG if _NATION_WORDS.search(slug) else None


def _one_province_unnamed(slug: str) -> bool:
    """True for a (slugified) title or address whose subject is a province it does not name:
    "tinh-mien-trung-...", "mot-tinh-vuot-long-an-...", not "tinh-bac-ninh-dan-dau-..."."""
    opening = _ONE_PROVINCE_UNNAMED.match(slug)
    if opening is None:
        return False
    words = slug[opening.end() :].split("-")
    if words and words[0] in ("of", "de", "du", "d", "s"):
        words = words[1:]  # "la-province-de-quang-ninh", "the-province-of-..."
    geography = load_geography()
    return not any(geography.canonical_slug("-".join(words[:n])) for n in range(1, 5))


def most_named(text: str) -> tuple[str | None, bool]:
    """The province the text names most often, and whether it clearly leads (twice or more,
    ahead of any other)."""
    names = province_names(text)
    counts = Counter(slug for _, _, slug in names)
    if not counts:
        return None, False
    first_seen: dict[str, int] = {}
    for position, (_, _, slug) in enumerate(names):
        first_seen.setdefault(slug, position)
    ranked = sorted(counts, key=lambda slug: (-counts[slug], first_seen[slug]))
    best = ranked[0]
    clear = counts[best] >= 2 and (len(ranked) == 1 or counts[ranked[1]] < counts[best])
    return best, clear


def infer_province(text: str, url: str = "") -> str | None:
    """The article's province: its paper's host, its path, else the province it names most."""
    return (province_from_url(url) if url else None) or most_named(text)[0]


def canonical(name: str) -> str | None:
    """The slug of a province name given in front matter (``Cao Bằng``, ``cao-bang``)."""
    return load_geography().canonical_slug(slugify(name)) or load_geography().canonical_slug(name)
