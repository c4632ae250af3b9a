"""``briefings sources``: the sources an edition cites, by tier, so a reviewer knows what to
re-check before it goes out (tier "other": aggregators, mirrors, forums)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from briefings.domain.publishers import Publisher, Tier, publisher_of
from briefings.present.citations import publisher_name
from briefings.present.wording import tier_name


@dataclass(frozen=True)
class CitedSource:
    """One source and how many of the edition's facts rest on it."""

    source: str
    publisher: Publisher
    facts: int


def sources_by_tier(facts: pd.DataFrame) -> dict[Tier, list[CitedSource]]:
    """The sources of ``facts`` grouped by tier, strongest first; most-cited first in each."""
    counts = facts["source"].value_counts()
    grouped: dict[Tier, list[CitedSource]] = {}
    for source, count in sorted(counts.items(), key=lambda item: (-item[1], str(item[0]))):
        publisher = publisher_of(str(source))
        grouped.setdefault(publisher.tier, []).append(CitedSource(str(source), publisher, count))
    return dict(sorted(grouped.items()))


def source_report(facts: pd.DataFrame, edition: str) -> str:
    """The report as lines of text; sources of tier "other" are flagged with ``!``."""
    grouped = sources_by_tier(facts)
    total = sum(len(sources) for sources in grouped.values())
    lines = [f"sources of edition {edition}: {total} sources behind {len(facts)} facts"]
    for tier, sources in grouped.items():
        cited = sum(s.facts for s in sources)
        lines.append(f"{tier_name(tier)}: {len(sources)} sources, {cited} facts")
        flag = "!" if tier is Tier.OTHER else " "
        lines += [
            f" {flag} {s.facts:>3}  {publisher_name(s.publisher)}  {s.source}" for s in sources
        ]
    others = len(grouped.get(Tier.OTHER, []))
    if others:
        lines.append(f"{others} sources marked ! are of tier other: re-check them before release")
    return "\n".join(lines) + "\n"
