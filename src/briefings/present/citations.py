"""Numbered citations of one document: each source gets a number on first use, and every figure
shown carries the numbers of the sources behind it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlparse

from briefings.domain.publishers import Publisher, Tier, publisher_of
from briefings.facts.model import Figure
from briefings.present.formatting import fmt_date
from briefings.present.i18n import _, language
from briefings.present.wording import tier_name


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


def publisher_name(publisher: Publisher) -> str:
    """A publisher's name in the edition's language, or what is known of an unnamed one."""
    if publisher.name:
        return publisher.name_vi if language() == "vi" and publisher.name_vi else publisher.name
    if publisher.mirror:
        return _("data set mirrored on GitHub ({repository})").format(repository=publisher.mirror)
    if publisher.tier is Tier.OTHER:
        return publisher.host
    return f"{tier_name(publisher.tier)} ({publisher.host})"


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
                publisher_name(publisher),
                tier_name(publisher.tier),
                fmt_date(dates.get(source, "")),
            )
        )
    return tuple(entries)
