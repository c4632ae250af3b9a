"""Which province an article is about: its newspaper's web address, then the names it uses.

Provincial papers carry the province in their host name (``baobackan.vn``,
``tuyengiaocaobang.vn``), which outweighs names in the text: a Cao Bằng report may mention
"the Bac Kan - Cao Bang expressway".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlparse

from briefings.domain.geography import NATION_SLUG, Geography, load_geography, slugify


@dataclass(frozen=True)
class NameIndex:
    """Every province name, with and without diacritics, as one regex."""

    pattern: re.Pattern[str]
    slugs: dict[str, str]  # lower-cased name → slug


# Spellings the packaged names lack. A bare "Ho Chi Minh" is left out: party reports name the
# President ("Ho Chi Minh's ideology") far more often than the city.
_EXTRA_NAMES = {
    "Hanoi": "ha-noi",
    "Haiphong": "hai-phong",
    "Danang": "da-nang",
    "HCMC": "ho-chi-minh-city",
    "TP.HCM": "ho-chi-minh-city",
    "TP. Hồ Chí Minh": "ho-chi-minh-city",
    "Thành phố Hồ Chí Minh": "ho-chi-minh-city",
    "Thua Thien Hue": "hue",
    "Thừa Thiên Huế": "hue",
    "Daklak": "dak-lak",
}
_BARE_PERSON = {"hồ chí minh", "ho chi minh"}
_HOST_ALIASES = {
    "thuathienhue": "hue",
    "baohue": "hue",
    "brvt": "ba-ria-vung-tau",
    "hochiminh": "ho-chi-minh-city",
    "hcmc": "ho-chi-minh-city",
    "sggp": "ho-chi-minh-city",
}
# Tone marks sit on either vowel of "oa", "oe", "uy" ("Hoà Bình", "Hòa Bình").
_TONE_SWAPS = {
    "òa": "oà",
    "óa": "oá",
    "ỏa": "oả",
    "õa": "oã",
    "ọa": "oạ",
    "òe": "oè",
    "óe": "oé",
    "ủy": "uỷ",
    "úy": "uý",
    "ùy": "uỳ",
    "ụy": "uỵ",
}


def _spellings(name: str) -> set[str]:
    variants = {name}
    for old, new in _TONE_SWAPS.items():
        for variant in list(variants):
            variants |= {variant.replace(old, new), variant.replace(new, old)}
    return variants


def _key(name: str) -> str:
    return re.sub(r"\s*-\s*", "-", re.sub(r"\s+", " ", name)).lower()


@cache
def name_index() -> NameIndex:
    """The names of the 63 former and 34 current provinces (built once)."""
    geography = load_geography()
    slugs: dict[str, str] = {}
    for province in (*geography.former.values(), *geography.current.values()):
        for name in (province.name_vi, province.name_en):
            for spelling in _spellings(name):
                if spelling.lower() not in _BARE_PERSON:
                    slugs[_key(spelling)] = province.slug
    slugs.update({_key(name): slug for name, slug in _EXTRA_NAMES.items()})
    names = sorted(slugs, key=len, reverse=True)
    body = "|".join(
        re.escape(name).replace(r"\ ", r"\s+").replace(r"\-", r"\s*-\s*") for name in names
    )
    pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE)
    return NameIndex(pattern, slugs)


def province_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, slug) of each capitalised province name in ``text[start:end]``."""
    index = name_index()
    found = []
    for match in index.pattern.finditer(text, start, len(text) if end is None else end):
        word = match.group(0)
        if not word[0].isupper():
            continue  # "long an" or "hue" in running text is no province
        slug = index.slugs.get(_key(word))
        if slug:
            found.append((match.start(), match.end(), slug))
    return found


def province_from_url(url: str, geography: Geography | None = None) -> str | None:
    """The province a newspaper's host name names (``baobackan.vn`` → ``bac-kan``), if any."""
    host = urlparse(url).hostname or ""
    labels = [label for label in host.lower().split(".")[:-1] if label not in ("www", "com")]
    geo = geography or load_geography()
    best: tuple[int, str] | None = None
    compacts = {slug.replace("-", ""): slug for slug in (*geo.former, *geo.current)}
    compacts.update(_HOST_ALIASES)
    for compact, slug in compacts.items():
        if len(compact) >= 4 and any(compact in label for label in labels):
            candidate = (len(compact), slug)
            best = candidate if best is None or candidate > best else best
    return best[1] if best else None


def infer_province(text: str, url: str = "") -> str | None:
    """The article's province: its paper's host, else the province it names most often."""
    from_url = province_from_url(url) if url else None
    if from_url:
        return from_url
    names = province_names(text)
    counts = Counter(slug for _, _, slug in names if slug != NATION_SLUG)
    if not counts:
        return None
    first_seen: dict[str, int] = {}
    for position, (_, _, slug) in enumerate(names):
        first_seen.setdefault(slug, position)
    return max(counts, key=lambda slug: (counts[slug], -first_seen[slug]))


def canonical(name: str) -> str | None:
    """The slug of a province name given in front matter (``Cao Bằng``, ``cao-bang``)."""
    return load_geography().canonical_slug(slugify(name)) or load_geography().canonical_slug(name)
