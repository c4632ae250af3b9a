"""Facts an article states twice: a headline's rounded figure beside the body's precise one,
or a part beside its whole.

"Bắc Giang tăng trưởng gần 14%" and "ước đạt 13,85%", or a title's "plus de 8%" and the body's
"8,03%", are one fact: the approximate one is dropped, so the precise one stands alone.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from briefings.extraction import cues
from briefings.extraction.rules import RawFact

# Qualifiers that make a figure approximate; the others say how it was obtained.
_APPROXIMATE = re.compile(cues.QUALIFIERS, re.IGNORECASE)
_NOT_APPROXIMATE = frozenset({"estimated", "an estimated", "only", "chỉ", "ước", "ước tính"})


def drop_restatements(facts: list[RawFact]) -> list[RawFact]:
    """Without the rounded restatements of a precise figure: a headline's "nearly 14%" or
    "plus de 8%" beside the body's 13.85% or 8.03% says the same fact less exactly."""
    rough = [f for f in facts if _approximate(f.qualifier)]
    if not rough:
        return facts
    keys = {_key(f) for f in rough}
    by_key: dict[tuple[str, str, str, str], list[RawFact]] = {}
    for fact in facts:
        if _key(fact) in keys:
            by_key.setdefault(_key(fact), []).append(fact)
    dropped = {id(f) for f in rough if any(_rounds(f, other) for other in by_key[_key(f)])}
    return [f for f in facts if id(f) not in dropped]


def drop_goods_beside_total(facts: list[RawFact]) -> list[RawFact]:
    """Without the retail sales of goods alone where the article also gives the total of goods
    and services for the same province and period: the total is the indicator, and the goods
    are a part of it (alone, they stand for it)."""
    totals = {(f.province, f.period.label) for f in facts if f.retail == "total"}
    return [
        f for f in facts if not (f.retail == "goods" and (f.province, f.period.label) in totals)
    ]


def _key(fact: RawFact) -> tuple[str, str, str, str]:
    return (fact.province, fact.period.label, fact.indicator, fact.measure)


@lru_cache(maxsize=256)
def _approximate(qualifier: str) -> bool:
    """True when a fact's qualifiers ("estimated; nearly") make its figure approximate."""
    if not qualifier:
        return False
    qualifiers = set(qualifier.split("; ")) - _NOT_APPROXIMATE
    return any(_APPROXIMATE.fullmatch(q) for q in qualifiers)


def _rounds(rough: RawFact, exact: RawFact) -> bool:
    """True when ``rough`` is ``exact`` with fewer digits."""
    if _significant(rough.value) >= _significant(exact.value):
        return False
    gap = abs(rough.value - exact.value)
    return gap <= 0.05 * max(abs(rough.value), abs(exact.value)) and (rough.unit != "%" or gap < 1)


def _significant(value: float) -> int:
    """Significant digits of a value as written: 14 → 2, 13.85 → 4, 30000 → 1."""
    return len(Decimal(repr(value)).normalize().as_tuple().digits)
