"""Numbered citations of one document: each source gets a number on first use, and every figure
shown carries the numbers of the sources behind it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlparse

from briefings.facts.model import Figure


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


def source_rows(sources: SourceList) -> tuple[tuple[int, str, str], ...]:
    """(number, source, host) for the appendix."""
    return tuple(
        (number, source, urlparse(source).netloc or "file")
        for source, number in sorted(sources.numbers.items(), key=lambda item: item[1])
    )
