"""Vietnam's provinces before and after the 1 July 2025 reorganisation (63 → 34 units).

A province is identified by its slug *and* its boundary: ``thai-nguyen`` before July 2025 is
the former province; after it, the unit that also absorbed Bắc Kạn. Names resolve from either
era, with or without diacritics.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from briefings.domain.collation import vietnamese_key
from briefings.domain.periods import Period
from briefings.errors import GeographyError

Boundary = Literal["pre2025", "post2025", "national"]
PRE, POST, NATIONAL = "pre2025", "post2025", "national"
NATION_SLUG = "vietnam"
# The centrally-run cities ("thành phố trực thuộc trung ương"), Huế since 2025: what "the
# city" in a text can point back to, where "the province" cannot.
CITIES = frozenset({"ha-noi", "ho-chi-minh-city", "hai-phong", "da-nang", "can-tho", "hue"})

# Common spellings that slugify differently from the official English name.
_ALIASES = {
    "tp-ho-chi-minh": "ho-chi-minh-city",
    "ho-chi-minh": "ho-chi-minh-city",
    "hcmc": "ho-chi-minh-city",
    "tphcm": "ho-chi-minh-city",
    "thua-thien-hue": "hue",
    "ha-noi-city": "ha-noi",
    "hanoi": "ha-noi",
    "haiphong": "hai-phong",
    "danang": "da-nang",
    "viet-nam": NATION_SLUG,
    "ca-nuoc": NATION_SLUG,
    "national": NATION_SLUG,
}
_PREFIXES = ("thanh-pho-", "tp-", "tinh-", "province-of-", "city-of-")
_SUFFIXES = ("-province", "-city")


def slugify(name: str) -> str:
    """ASCII slug of a Vietnamese or English name: ``Bắc Kạn`` → ``bac-kan``."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass(frozen=True)
class Province:
    """A province or centrally-run city in one era, or the nation."""

    slug: str
    name_vi: str
    name_en: str
    gso_code: str
    boundary: Boundary
    members: tuple[str, ...] = ()
    successor: str | None = None

    @property
    def is_merged(self) -> bool:
        """True for a post-2025 unit formed from more than one former province."""
        return len(self.members) > 1

    @property
    def key(self) -> tuple[str, str]:
        """(slug, boundary): unique across eras."""
        return (self.slug, self.boundary)


NATION = Province(NATION_SLUG, "Việt Nam", "Vietnam", "", "national")


class Geography:
    """Lookup of the 63 former provinces, the 34 current units and the nation."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        former: dict[str, Province] = {}
        members: dict[str, list[str]] = {}
        current_rows: dict[str, dict[str, str]] = {}
        for row in rows:
            new_slug = slugify(row["new_name_en"])
            old_slug = slugify(row["old_name_en"])
            former[old_slug] = Province(
                old_slug,
                row["old_name_vi"],
                row["old_name_en"],
                row["old_code"],
                "pre2025",
                successor=new_slug,
            )
            members.setdefault(new_slug, []).append(old_slug)
            current_rows.setdefault(new_slug, row)
        self.former = former
        self.current = {
            slug: Province(
                slug,
                row["new_name_vi"],
                row["new_name_en"],
                row["new_code"],
                "post2025",
                members=tuple(sorted(members[slug], key=lambda s: (s != slug, s))),
            )
            for slug, row in current_rows.items()
        }
        self._names = {
            slugify(p.name_vi): p.slug for p in (*former.values(), *self.current.values())
        }
        # Computed once: canonical_slug runs for every row of every table.
        self._known = frozenset({*self.former, *self.current, NATION_SLUG})

    def canonical_slug(self, name: str) -> str | None:
        """The slug a name refers to, in either era, or None."""
        slug = slugify(name)
        slug = _ALIASES.get(slug, slug)
        for prefix in _PREFIXES:
            if slug.startswith(prefix) and slug[len(prefix) :] in self._known:
                slug = slug[len(prefix) :]
        for suffix in _SUFFIXES:
            if slug.endswith(suffix) and slug[: -len(suffix)] in self._known:
                slug = slug[: -len(suffix)]
        slug = self._names.get(slug, slug)
        return slug if slug in self._known else None

    def get(self, slug: str, boundary: str) -> Province:
        """The province with this slug in this era (``pre2025``, ``post2025``, ``national``)."""
        if slug == NATION_SLUG:
            return NATION
        table = self.current if boundary == POST else self.former
        if slug not in table:
            raise GeographyError(f"no {boundary} province {slug!r}")
        return table[slug]

    def resolve(self, name: str, period: Period | None = None) -> Province:
        """The province a user means by ``name`` for ``period`` (current units when None)."""
        slug = self.canonical_slug(name)
        if slug is None:
            raise GeographyError(f"unknown province {name!r}", fix=self.resolve_hint(name))
        if slug == NATION_SLUG:
            return NATION
        if period is None or period.after_merger:
            if slug in self.current:
                return self.current[slug]
            successor = self.current[self.former[slug].successor or ""]
            raise GeographyError(
                f"{self.former[slug].name_vi} was merged into {successor.name_vi} on 1 July 2025,"
                f" so it has no figures of its own for {period or 'the current period'}",
                fix=f"use {successor.slug!r}",
            )
        return self.former[slug]

    def resolve_hint(self, name: str) -> str:
        """How to fix an unknown name: the closest known slug, or the accepted forms."""
        close = difflib.get_close_matches(slugify(name), sorted(self._known), n=1, cutoff=0.6)
        if close:
            return f"did you mean {close[0]!r}?"
        return "use a slug (thai-nguyen), a Vietnamese (Thái Nguyên) or ASCII name (Thai Nguyen)"

    def units_for(self, period: Period) -> list[Province]:
        """Every province that reports for ``period`` (34 units after the merger, else 63), in
        Vietnamese alphabetical order."""
        table = self.current if period.after_merger else self.former
        return sorted(table.values(), key=lambda p: vietnamese_key(p.name_vi))

    def boundary_of(self, slug: str, period: Period) -> str:
        """The era a bare slug most likely refers to for ``period`` (for sources without one)."""
        if slug == NATION_SLUG:
            return NATIONAL
        if period.after_merger and slug in self.current:
            return POST
        return PRE if slug in self.former else POST


@cache
def load_geography() -> Geography:
    """The packaged 63→34 mapping (GSO codes; see sources/README.md for provenance)."""
    text = (
        resources.files("briefings.domain.data")
        .joinpath("provinces_63_to_34_codes.csv")
        .read_text(encoding="utf-8")
    )
    return Geography(list(csv.DictReader(io.StringIO(text))))
