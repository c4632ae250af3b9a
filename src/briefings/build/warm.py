"""What a watching process keeps from one build to the next (``build --watch``).

A build in a fresh process reads every table and draws every province's trends; a watching
process rebuilds after a change to one value, and read all five tables and all 34 provinces'
trends again for it (about a second, before any figure). Kept here: each table file's reading,
under its own and its sidecar's content (a digest: ``watch`` polls size and modification time,
which an edit in the same clock tick can leave as they were), and each province's trend
series, under the facts it is drawn from. Entries last one build unused: a
renamed table or a province left out is forgotten after the next build, so memory stays that
of one edition.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    import pandas as pd

    from briefings.sources.schema import Loaded

K = TypeVar("K")
V = TypeVar("V")


class LastBuild(MutableMapping[K, V], Generic[K, V]):
    """A mapping that forgets what the build before the last one used and this one did not.

    Reading an entry keeps it for the next build; ``turn`` starts a build."""

    def __init__(self) -> None:
        self._now: dict[K, V] = {}
        self._before: dict[K, V] = {}

    def __getitem__(self, key: K) -> V:
        if key not in self._now:
            self._now[key] = self._before.pop(key)  # KeyError when neither has it
        return self._now[key]

    def __setitem__(self, key: K, value: V) -> None:
        self._now[key] = value

    def __delitem__(self, key: K) -> None:
        self._now.pop(key, None)
        self._before.pop(key, None)

    def __iter__(self) -> Iterator[K]:
        return iter({**self._before, **self._now})

    def __len__(self) -> int:
        return len(self._now.keys() | self._before.keys())

    def turn(self) -> None:
        """Start a build: what the last build did not use is forgotten."""
        self._before, self._now = self._now, {}


@dataclass
class Warm:
    """The readings and trends a watching process keeps between its builds."""

    tables: LastBuild[tuple[object, ...], Loaded] = field(default_factory=LastBuild)
    trends: LastBuild[str, pd.DataFrame] = field(default_factory=LastBuild)

    def turn(self) -> None:
        """Start a build."""
        self.tables.turn()
        self.trends.turn()
