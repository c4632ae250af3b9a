"""``fmt_*`` formatters: numbers, percents, ranks and periods as an English reader expects.

Every function takes ``None`` (or NaN) for a missing figure and returns an em dash, so templates
never test for missing values themselves. ``FILTERS`` registers them with Jinja.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from briefings.domain.periods import Period

MISSING = "—"
_UNIT_STYLES: dict[str, tuple[str, str]] = {
    # unit: (prefix, suffix)
    "VND billion": ("VND ", " bn"),
    "VND million": ("VND ", " m"),
    "USD million": ("USD ", " m"),
    "USD": ("USD ", ""),
    "arrivals": ("", ""),
    "score": ("", ""),
    "index": ("", ""),
}
_SPAN_SHORT = {"H1": "6M"}
_SPAN_NAMES = {"H1": "6 months", "9M": "9 months", "FY": "full year"}
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

Style = Literal["level", "percent", "rank", "count"]


@dataclass(frozen=True)
class Cell:
    """A figure to print in a table, with its marks (Σ for sums, † for unreviewed facts).

    The view model fills it with values; the template formats it with ``fmt_cell``.
    """

    value: float | None = None
    style: Style = "level"
    unit: str = ""
    mark: str = ""
    year: int | None = None  # a target for the whole year, shown beside a shorter period


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def fmt_number(value: float | None, decimals: int = 1) -> str:
    """Thousands separators and at most ``decimals`` decimals, trailing zeros dropped."""
    if value is None or _missing(value):
        return MISSING
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def fmt_value(value: float | None, unit: str) -> str:
    """A level in its unit: ``VND 20,699.5 bn``, ``USD 1,299 m``, ``1,800,000 arrivals``."""
    if value is None or _missing(value):
        return MISSING
    prefix, suffix = _UNIT_STYLES.get(unit, ("", f" {unit}"))
    if unit == "arrivals":
        return f"{fmt_number(value, 0)} arrivals"
    return f"{prefix}{fmt_number(value)}{suffix}"


def fmt_percent(value: float | None, *, signed: bool = True) -> str:
    """A percent change with its sign: ``+13.85%``, ``-4.75%``."""
    if value is None or _missing(value):
        return MISSING
    text = fmt_number(abs(value), 2)
    sign = (
        ("+" if value > 0 else "−" if value < 0 else "±") if signed else ("−" if value < 0 else "")
    )
    return f"{sign}{text}%"


def fmt_rank(value: float | None, unit: str = "") -> str:
    """``4th of 63`` from a rank and its unit ``rank/63``."""
    if value is None or _missing(value):
        return MISSING
    rank = int(value)
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    _, _, out_of = unit.partition("/")
    return f"{rank}{suffix} of {out_of}" if out_of else f"{rank}{suffix}"


def fmt_cell(cell: Cell) -> str:
    """A table cell's figure in its style; a whole-year target carries its year."""
    if cell.value is None or _missing(cell.value):
        return MISSING
    text = {
        "level": lambda: fmt_value(cell.value, cell.unit),
        "percent": lambda: fmt_percent(cell.value),
        "rank": lambda: fmt_rank(cell.value, cell.unit),
        "count": lambda: f"{int(cell.value or 0)} of {cell.unit}",
    }[cell.style]()
    return f"{text} ({cell.year})" if cell.year is not None else text


def fmt_met(met: bool | None) -> str:
    """Whether a target was met: ``met``, ``not met``, or a dash when nobody can tell."""
    return {True: "met", False: "not met", None: MISSING}[met]


def _period(period: Period | str) -> Period:
    return period if isinstance(period, Period) else Period.parse(period)


def fmt_span_short(period: Period | str) -> str:
    """The span alone, as axis labels print it: ``Q1``, ``6M``, ``9M``, ``FY``."""
    span = _period(period).span
    return _SPAN_SHORT.get(span, span)


def fmt_span_name(span: str) -> str:
    """A span in words, for legends: ``Q1``, ``6 months``, ``9 months``, ``full year``."""
    return _SPAN_NAMES.get(span, span)


def fmt_period(period: Period | str) -> str:
    """A period with the months it covers, so a reader knows whether it is cumulative:
    ``Q3 2025 (July–September)``, ``9 months of 2025 (January–September)``."""
    p = _period(period)
    return f"{fmt_period_name(p)} ({_MONTHS[p.first_month - 1]}–{_MONTHS[p.last_month - 1]})"


def fmt_period_name(period: Period | str) -> str:
    """The period's name alone: ``Q3 2025``, ``9 months of 2025``, ``full year 2025``."""
    p = _period(period)
    if p.span == "FY":
        return f"full year {p.year}"
    if p.span.startswith("Q"):
        return f"{p.span} {p.year}"
    return f"{fmt_span_name(p.span)} of {p.year}"


def fmt_period_basis(period: Period | str) -> str:
    """What a period's figures are and what they are compared with."""
    p = _period(period)
    if p.is_quarter and p.span != "Q1":
        return "a single quarter, compared with the same quarter of the previous year"
    if p.span == "Q1":
        return "the first quarter, compared with the first quarter of the previous year"
    return "cumulative from January, compared with the same period of the previous year"


def fmt_period_short(period: Period | str) -> str:
    """Axis labels: ``Q1 2025``, ``6M 2025``, ``9M 2025``, ``FY 2025``."""
    return f"{fmt_span_short(period)} {_period(period).year}"


FILTERS = {
    "fmt_number": fmt_number,
    "fmt_value": fmt_value,
    "fmt_percent": fmt_percent,
    "fmt_rank": fmt_rank,
    "fmt_cell": fmt_cell,
    "fmt_met": fmt_met,
    "fmt_period": fmt_period,
    "fmt_period_name": fmt_period_name,
    "fmt_period_basis": fmt_period_basis,
    "fmt_period_short": fmt_period_short,
}
