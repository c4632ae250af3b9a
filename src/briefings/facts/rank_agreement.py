"""National ranks that contradict one another or the growth beside them.

Ranks and growth rates come from whichever page published each one: an early estimate ranked
one province third, a later release another. Shown side by side, two provinces "3rd of 63", or
a faster one ranked below a slower one, would read as a mistake of the briefing; they are
named so that the reader checks each rank against its source.
"""

from __future__ import annotations

from briefings.domain.geography import Province
from briefings.facts.model import FactSheet

_SAME_GROWTH = 0.005  # growth rates equal within rounding to two decimals


def disagreeing_ranks(sheets: list[FactSheet], indicator: str) -> tuple[Province, ...]:
    """The provinces whose national rank of ``indicator`` growth another province shares, or
    that rank above a province growing faster, in rank order."""
    ranked = sorted(
        (
            (line.national_rank.value, line.yoy_pct.value, index, sheet.province,
             line.national_rank.unit)
            for index, sheet in enumerate(sheets)
            if (line := sheet.line(indicator)) is not None
            and line.national_rank is not None
            and line.yoy_pct is not None
        ),
        key=lambda item: item[:3],
    )  # fmt: skip
    flagged: set[int] = set()
    for place, (rank, growth, index, _province, unit) in enumerate(ranked):
        for later_rank, later_growth, later, _later_province, later_unit in ranked[place + 1 :]:
            if later_unit != unit:
                continue  # "5th of 63" and "5th of 34" rank among different provinces
            if later_rank == rank or later_growth > growth + _SAME_GROWTH:
                flagged |= {index, later}
    return tuple(item[3] for item in ranked if item[2] in flagged)
