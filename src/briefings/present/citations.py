"""Numbered citations of one document: each source gets a number on first use, and every figure
shown carries the numbers of the sources behind it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlparse

from briefings.domain.publishers import publisher_of
from briefings.facts.model import Figure
from briefings.present.wording import TIER_NAMES


@dataclass
class SourceList:
    """Numbered sources of one document, in order of first citation."""

    numbers: dict[str, int] = field(default_factory=dict)

    def cite(self, *figures: Figure | None) -> tuple[int, ...]:
        """Numbers for the sources of these figures (registering new ones)."""
        return self.cite_sources(
            source
            for figure in figures
            if figure is not None
            for source in (*figure.sources, *(a.source for a in figure.alternatives))
        )

    def cite_sources(self, sources: Iterable[str]) -> tuple[int, ...]:
        """Numbers for these sources (registering new ones), sorted."""
        # Register in the order given (never via a set: numbering must not depend on hashing).
        numbers = [self.numbers.setdefault(s, len(self.numbers) + 1) for s in sources]
        return tuple(sorted(set(numbers)))


@dataclass(frozen=True)
class SourceEntry:
    """One source in the appendix: who published it, how strong a source it is, when."""

    number: int
    source: str
    href: str  # "" when the source is a citation, not a web address
    publisher: str
    tier: str
    published: str


def source_entries(sources: SourceList, dates: Mapping[str, str]) -> tuple[SourceEntry, ...]:
    """Every source cited in the document, once, in citation order."""
    entries = []
    for source, number in sorted(sources.numbers.items(), key=lambda item: item[1]):
        publisher = publisher_of(source)
        is_web = urlparse(source).scheme in ("http", "https")
        entries.append(
            SourceEntry(
                number,
                source,
                source if is_web else "",
                publisher.name,
                TIER_NAMES[publisher.tier],
                dates.get(source, ""),
            )
        )
    return tuple(entries)
