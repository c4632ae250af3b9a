"""``fmt_*`` formatters: numbers, percents, ranks and periods as an English reader expects.

Every function takes ``None`` (or NaN) for a missing figure and returns an em dash, so templates
never test for missing values themselves. ``FILTERS`` registers them with Jinja.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from babel.numbers import format_decimal
from markupsafe import Markup, escape

from briefings.domain.periods import Period

MISSING = "—"
LOCALE = "en"
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
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    text = format_decimal(value, format=pattern, locale=LOCALE)
    return "0" if text == "-0" else text


def _fixed(value: float, decimals: int) -> str:
    """Exactly ``decimals`` decimals, with thousands separators: one precision per measure."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


# unit: (scale from, divisor, prefix, suffix of the scaled amount, suffix below the scale)
_SCALES: dict[str, tuple[float, float, str, str, str]] = {
    "VND billion": (1_000, 1_000, "VND ", " tn", " bn"),
    "USD million": (1_000, 1_000, "USD ", " bn", " m"),
    "arrivals": (1_000_000, 1_000_000, "", " million arrivals", " arrivals"),
}


def fmt_value(value: float | None, unit: str) -> str:
    """A level in its unit, large amounts scaled, one decimal: ``VND 20.7 tn``,
    ``USD 182.0 bn``, ``USD 364.2 m``, ``21.3 million arrivals``, ``USD 5,852``."""
    if value is None or _missing(value):
        return MISSING
    if unit in _SCALES:
        threshold, divisor, prefix, scaled, plain = _SCALES[unit]
        if abs(value) >= threshold:
            return f"{prefix}{_fixed(value / divisor, 1)}{scaled}"
        decimals = 0 if unit == "arrivals" else 1
        return f"{prefix}{_fixed(value, decimals)}{plain}"
    if unit == "USD":
        return f"USD {_fixed(value, 0)}"
    if unit == "VND million":
        return f"VND {_fixed(value, 1)} m"
    if unit == "score":
        return _fixed(value, 2)
    if unit == "index":
        return _fixed(value, 1)
    return f"{fmt_number(value)} {unit}"


def axis_format(unit: str, largest: float) -> Callable[[float, object], str]:
    """A tick formatter for an axis of levels: one scale for every tick, chosen by the axis's
    largest value (never "bn" on low ticks and "tn" on high ones)."""
    threshold, divisor, prefix, scaled, plain = _SCALES.get(unit, (math.inf, 1, "", "", ""))
    if unit in ("USD", "VND million"):
        prefix, plain = ("USD ", "") if unit == "USD" else ("VND ", " m")
    big = abs(largest) >= threshold
    suffix = (scaled if big else plain).replace(" arrivals", "")
    factor = divisor if big else 1

    def tick(value: float, _position: object = None) -> str:
        return f"{prefix}{fmt_number(value / factor)}{suffix}"

    return tick


def fmt_percent(value: float | None, *, signed: bool = True) -> str:
    """A percent change as the statistics office prints it, to two decimals, with its sign:
    ``+13.85%``, ``−4.75%``, ``+77.00%``."""
    if value is None or _missing(value):
        return MISSING
    text = _fixed(abs(value), 2)
    sign = (
        ("+" if value > 0 else "−" if value < 0 else "±") if signed else ("−" if value < 0 else "")
    )
    return f"{sign}{text}%"


def fmt_points(value: float) -> str:
    """A difference between two rates, in percentage points: ``2.28 points``."""
    return f"{_fixed(abs(value), 2)} points"


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


def citation_ranges(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Runs of consecutive citation numbers: 2, 3, 4, 7 → (2, 4), (7, 7)."""
    runs: list[tuple[int, int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


def cite(numbers: Iterable[int]) -> Markup:
    """Citation numbers as links to their entries in the sources appendix, runs as ranges:
    ``[2–5][9]``."""
    links = [
        f'<a class="cite" href="#src-{first}">[{first}{f"–{last}" if last > first else ""}]</a>'
        for first, last in citation_ranges(numbers)
    ]
    return Markup("".join(links))


_CITATION = re.compile(r"\[(\d+)\]")


def linked(text: str) -> Markup:
    """Prose with its ``[n]`` citations made links to the sources appendix (text escaped)."""
    escaped = str(escape(text))
    return Markup(
        _CITATION.sub(lambda m: f'<a class="cite" href="#src-{m[1]}">[{m[1]}]</a>', escaped)
    )


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
    "cite": cite,
    "linked": linked,
}
