"""The indicator registry: what each indicator means, its unit and how it aggregates.

``additive`` decides the merger rule: levels of additive indicators (budget revenue, FDI) may
be summed over former provinces onto 2025 boundaries; rates, per-capita values, indices and
ranks never are.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefings.errors import SourceError

MEASURES = ("value", "yoy_pct", "target_yoy_pct", "target_value", "rank")
PERCENT_MEASURES = ("yoy_pct", "target_yoy_pct")
LEVEL_MEASURES = ("value", "target_value")


@dataclass(frozen=True)
class Indicator:
    """One indicator of the registry."""

    id: str
    name: str
    unit: str
    measures: tuple[str, ...]
    additive: bool
    higher_is_better: bool = True
    other_units: tuple[str, ...] = ()

    def accepts_unit(self, measure: str, unit: str) -> bool:
        """True when ``unit`` is a valid unit for ``measure`` of this indicator."""
        if measure in PERCENT_MEASURES:
            return unit == "%"
        if measure == "rank":
            return unit.startswith("rank")
        return unit in (self.unit, *self.other_units)


_ALL = MEASURES

REGISTRY: dict[str, Indicator] = {
    i.id: i
    for i in (
        Indicator("grdp", "GRDP", "VND billion", _ALL, additive=True),
        Indicator(
            "grdp_per_capita",
            "GRDP per capita",
            "USD",
            _ALL,
            additive=False,
            other_units=("VND million",),
        ),
        Indicator("budget_revenue", "State budget revenue", "VND billion", _ALL, additive=True),
        Indicator("import_export", "Import-export turnover", "USD million", _ALL, additive=True),
        Indicator("export", "Export turnover", "USD million", _ALL, additive=True),
        Indicator("import", "Import turnover", "USD million", _ALL, additive=True),
        Indicator("fdi_registered", "Registered FDI", "USD million", _ALL, additive=True),
        Indicator(
            "retail_sales", "Retail sales of goods and services", "VND billion", _ALL, additive=True
        ),
        Indicator("iip", "Index of industrial production", "index", _ALL, additive=False),
        Indicator("tourist_arrivals", "Tourist arrivals", "arrivals", _ALL, additive=True),
        Indicator("tourism_revenue", "Tourism revenue", "VND billion", _ALL, additive=True),
        Indicator(
            "public_investment_disbursed",
            "Public investment disbursed",
            "VND billion",
            _ALL,
            additive=True,
        ),
        Indicator(
            "pci", "Provincial Competitiveness Index", "score", ("value", "rank"), additive=False
        ),
    )
}

# Units we convert on load to an indicator's canonical unit: (from, to) -> factor.
CONVERSIONS: dict[tuple[str, str], float] = {
    ("VND million", "VND billion"): 1e-3,
    ("VND trillion", "VND billion"): 1e3,
    ("VND", "VND billion"): 1e-9,
    ("USD billion", "USD million"): 1e3,
    ("USD thousand", "USD million"): 1e-3,
    ("USD", "USD million"): 1e-6,
    ("thousand arrivals", "arrivals"): 1e3,
    ("million arrivals", "arrivals"): 1e6,
}


def get_indicator(indicator_id: str) -> Indicator:
    """The registered indicator, or a SourceError listing the known ones."""
    try:
        return REGISTRY[indicator_id]
    except KeyError:
        known = ", ".join(sorted(REGISTRY))
        raise SourceError(
            f"unknown indicator {indicator_id!r}", fix=f"use one of: {known}"
        ) from None


def to_canonical(indicator: Indicator, measure: str, value: float, unit: str) -> tuple[float, str]:
    """Convert a level to the indicator's canonical unit when a conversion is known."""
    if measure not in LEVEL_MEASURES or indicator.accepts_unit(measure, unit):
        return value, unit
    factor = CONVERSIONS.get((unit, indicator.unit))
    if factor is None:
        return value, unit
    return value * factor, indicator.unit
