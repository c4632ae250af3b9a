"""Who published a source, and how far a reader can trust it without checking.

Sources fall into tiers, strongest first: a statistics office (national or provincial), a
government or Party portal, a national newspaper or agency, a provincial one, and everything
else (aggregators that republish, mirrors, forums, companies). A source's tier comes from its
host: ``data/publishers.csv`` names the known ones, and a few rules cover official domains.
An unknown host is "other", so that a reviewer re-checks it rather than trusting it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from importlib import resources
from urllib.parse import urlparse


class Tier(IntEnum):
    """Source tiers, strongest first: the conflict rule prefers a lower number."""

    STATISTICS = 1
    GOVERNMENT = 2
    NATIONAL = 3
    PROVINCIAL = 4
    OTHER = 5


_TIERS = {
    "statistics": Tier.STATISTICS,
    "government": Tier.GOVERNMENT,
    "national": Tier.NATIONAL,
    "provincial": Tier.PROVINCIAL,
    "other": Tier.OTHER,
}
_GITHUB = re.compile(r"^github:([^@:\s]+)")


@dataclass(frozen=True)
class Publisher:
    """Who published a source, and its tier; an unknown publisher has no name, only a host
    (or, for a data set mirrored in a repository, the repository)."""

    name: str
    tier: Tier
    host: str
    name_vi: str = ""
    mirror: str = ""  # "owner/repository" of a data set mirrored on GitHub


@cache
def _registry() -> dict[str, Publisher]:
    text = resources.files("briefings.domain.data").joinpath("publishers.csv").read_text("utf-8")
    return {
        row["host"]: Publisher(
            row["publisher"], _TIERS[row["tier"]], row["host"], row["publisher_vi"]
        )
        for row in csv.DictReader(io.StringIO(text))
    }


def host_of(source: str) -> str:
    """The source's host without ``www.``; for a non-URL citation, its scheme or first word."""
    host = urlparse(source).netloc.lower().removeprefix("www.")
    return host or source.split(":", 1)[0].strip().lower()


@cache
def publisher_of(source: str) -> Publisher:
    """The publisher and tier of a source URL or citation."""
    host = host_of(source)
    registry = _registry()
    parts = host.split(".")
    for start in range(len(parts) - 1):  # the host, then each parent domain
        known = registry.get(".".join(parts[start:]))
        if known is not None:
            return known
    if host.endswith((".gso.gov.vn", ".nso.gov.vn")) or (
        "thongke" in host and host.endswith(".gov.vn")
    ):
        return Publisher("", Tier.STATISTICS, host)
    if host.endswith(".gov.vn"):
        return Publisher("", Tier.GOVERNMENT, host)
    mirror = _GITHUB.match(source)
    if mirror:
        return Publisher("", Tier.OTHER, "github", mirror=mirror.group(1))
    return Publisher("", Tier.OTHER, host)
