"""The sentences a briefing says about its rules and boundaries, written once.

Stages below ``present`` hand over data (a merged unit and its former provinces, a boundary
era); the words for them are chosen here.
"""

from __future__ import annotations

from briefings.domain.geography import POST, Province

CONFLICT_RULE = (
    "When sources disagree, the briefing uses a statistics-office release over other reports, "
    "otherwise the most recently published figure; the other figures are footnoted."
)


def merger_note(unit: Province, formers: tuple[Province, ...]) -> str:
    """How a merged unit's figures are put together, for its fact sheet."""
    names = ", ".join(f.name_vi for f in formers)
    return (
        f"{unit.name_vi} was formed on 1 July 2025 from {names}. Before then, levels "
        "that add up (revenue, trade, investment) are summed over these former provinces "
        "onto today's boundaries and marked “Σ”; growth rates and ranks are shown for "
        "each former province and never combined."
    )


def former_label(province: Province) -> str:
    """How a former province is named beside the unit that replaced it."""
    return f"{province.name_vi} (pre-2025)"


def era_text(province: Province) -> str:
    """Which boundaries a province's figures are on."""
    if province.boundary == POST:
        return "34-unit boundaries since 1 July 2025"
    return "63-province boundaries before 1 July 2025"


def boundary_note(after_merger: bool) -> str:
    """Which boundaries the whole document's figures are on, for the cover."""
    if after_merger:
        return "Figures are on the 34 provincial units in force since 1 July 2025."
    return "Figures are on the 63 provinces in force before 1 July 2025."
