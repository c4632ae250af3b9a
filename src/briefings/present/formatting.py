"""``fmt_*`` formatters: numbers, percents, ranks, periods and dates as the edition's reader
expects them, in English or Vietnamese (numbers and dates through Babel, words through the
gettext catalogs of ``i18n``).

Every function takes ``None`` (or NaN) for a missing figure and returns an em dash, so templates
never test for missing values themselves. ``FILTERS`` registers them with Jinja.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from babel.dates import format_date, get_month_names
from babel.numbers import format_decimal
from markupsafe import Markup, escape

from briefings.domain.periods import Period
from briefings.present.i18n import N_, _, language

MISSING = "—"

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
    """Grouped digits and at most ``decimals`` decimals, in the edition's language."""
    if value is None or _missing(value):
        return MISSING
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    text = _decimal(value, pattern, language())
    return "0" if text == "-0" else text


def _fixed(value: float, decimals: int) -> str:
    """Exactly ``decimals`` decimals, digits grouped: one precision per measure."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return _decimal(value, pattern, language())


@lru_cache(maxsize=16_384, typed=True)
def _decimal(value: float, pattern: str, locale: str) -> str:
    """Babel's ``format_decimal``, kept: it parses its pattern on every call (~80 µs), and an
    edition prints the same values again in each document and language that shows them.
    ``typed``: a value of another type (an int, a numpy float) is formatted on its own."""
    return format_decimal(value, format=pattern, locale=locale)


# unit: (scale from, divisor, scaled pattern, plain pattern, decimals below the scale)
_SCALES: dict[str, tuple[float, float, str, str, int]] = {
    "VND billion": (1_000, 1_000, N_("VND {amount} tn"), N_("VND {amount} bn"), 1),
    "USD million": (1_000, 1_000, N_("USD {amount} bn"), N_("USD {amount} m"), 1),
    "arrivals": (1_000_000, 1_000_000, N_("{amount} million arrivals"), N_("{amount} arrivals"), 0),
    "USD": (math.inf, 1, "", N_("USD {amount}"), 0),
    "VND million": (math.inf, 1, "", N_("VND {amount} m"), 1),
    "score": (math.inf, 1, "", "{amount}", 2),
    "index": (math.inf, 1, "", "{amount}", 1),
}
_AXIS = {
    N_("{amount} million arrivals"): N_("{amount} million"),
    N_("{amount} arrivals"): "{amount}",
}


def fmt_value(value: float | None, unit: str) -> str:
    """A level in its unit, large amounts scaled, one decimal: ``VND 20.7 tn``,
    ``USD 182.0 bn``, ``21.3 million arrivals``; in Vietnamese ``20,7 nghìn tỷ đồng``."""
    if value is None or _missing(value):
        return MISSING
    if unit not in _SCALES:
        return f"{fmt_number(value)} {unit}"
    threshold, divisor, scaled, plain, decimals = _SCALES[unit]
    if abs(value) >= threshold:
        return _(scaled).format(amount=_fixed(value / divisor, 1))
    return _(plain).format(amount=_fixed(value, decimals))


def axis_format(unit: str, largest: float) -> Callable[[float, object], str]:
    """A tick formatter for an axis of levels: one scale for every tick, chosen by the axis's
    largest value (never "bn" on low ticks and "tn" on high ones)."""
    threshold, divisor, scaled, plain, _decimals = _SCALES.get(
        unit, (math.inf, 1, "", "{amount}", 1)
    )
    big = abs(largest) >= threshold
    pattern = _(_AXIS.get(scaled if big else plain, scaled if big else plain))
    factor = divisor if big else 1

    def tick(value: float, _position: object = None) -> str:
        return pattern.format(amount=fmt_number(value / factor))

    return tick


def fmt_percent(value: float | None, *, signed: bool = True) -> str:
    """A percent change as the statistics office prints it, to two decimals, with its sign:
    ``+13.85%``, ``−4.75%``; in Vietnamese ``+8,02%``."""
    if value is None or _missing(value):
        return MISSING
    text = _fixed(abs(value), 2)
    sign = (
        ("+" if value > 0 else "−" if value < 0 else "±") if signed else ("−" if value < 0 else "")
    )
    return f"{sign}{text}%"


def fmt_points(value: float) -> str:
    """A difference between two rates, in percentage points: ``2.28 points``."""
    return _("{amount} points").format(amount=_fixed(abs(value), 2))


def _ordinal(rank: int) -> str:
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}"


def fmt_rank(value: float | None, unit: str = "") -> str:
    """A rank out of how many: ``4th of 63``; in Vietnamese ``thứ 4/63``."""
    if value is None or _missing(value):
        return MISSING
    rank = int(value)
    _unit, _slash, out_of = unit.partition("/")
    pattern = _("{ordinal} of {total}") if out_of else _("{ordinal}")
    return pattern.format(ordinal=_ordinal(rank), number=rank, total=out_of)


def fmt_cell(cell: Cell) -> str:
    """A table cell's figure in its style; a whole-year target carries its year."""
    if cell.value is None or _missing(cell.value):
        return MISSING
    text = {
        "level": lambda: fmt_value(cell.value, cell.unit),
        "percent": lambda: fmt_percent(cell.value),
        "rank": lambda: fmt_rank(cell.value, cell.unit),
        "count": lambda: _("{number} of {total}").format(
            number=int(cell.value or 0), total=cell.unit
        ),
    }[cell.style]()
    return f"{text} ({cell.year})" if cell.year is not None else text


def fmt_met(met: bool | None) -> str:
    """Whether a target was met: ``met``, ``not met``, or a dash when nobody can tell."""
    return {True: _("met"), False: _("not met"), None: MISSING}[met]


def _period(period: Period | str) -> Period:
    return period if isinstance(period, Period) else Period.parse(period)


_SPAN_SHORT = {"Q1": N_("Q1"), "Q2": N_("Q2"), "Q3": N_("Q3"), "Q4": N_("Q4"), "H1": N_("6M"),
               "9M": N_("9M"), "FY": N_("FY")}  # fmt: skip
_SPAN_NAMES = {"H1": N_("6 months"), "9M": N_("9 months"), "FY": N_("full year")}
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def fmt_span_short(period: Period | str) -> str:
    """The span alone, as axis labels print it: ``Q1``, ``6M``, ``9M``, ``FY``."""
    return _(_SPAN_SHORT[_period(period).span])


def fmt_span_name(span: str) -> str:
    """A span in words, for legends: ``Q1``, ``6 months``, ``9 months``, ``full year``."""
    return _(_SPAN_NAMES[span]) if span in _SPAN_NAMES else _(_SPAN_SHORT[span])


def fmt_period(period: Period | str) -> str:
    """A period with the months it covers, so a reader knows whether it is cumulative:
    ``Q3 2025 (July–September)``; in Vietnamese ``quý III/2025 (tháng 7–9)``."""
    p = _period(period)
    months = get_month_names("wide", locale=language())
    covered = _("({first}–{last})").format(
        first=months[p.first_month], last=months[p.last_month],
        first_number=p.first_month, last_number=p.last_month,
    )  # fmt: skip
    return f"{fmt_period_name(p)} {covered}"


def fmt_period_name(period: Period | str) -> str:
    """The period's name alone: ``Q3 2025``, ``9 months of 2025``, ``full year 2025``; in
    Vietnamese ``quý III/2025``, ``9 tháng năm 2025``, ``năm 2025``."""
    p = _period(period)
    if p.span == "FY":
        return _("full year {year}").format(year=p.year)
    if p.span.startswith("Q"):
        number = int(p.span[1])
        return _("Q{number} {year}").format(number=number, roman=_ROMAN[number], year=p.year)
    if p.span == "H1":
        return _("6 months of {year}").format(year=p.year)
    return _("9 months of {year}").format(year=p.year)


def fmt_period_basis(period: Period | str) -> str:
    """What a period's figures are and what they are compared with."""
    p = _period(period)
    if p.is_quarter and p.span != "Q1":
        return _("a single quarter, compared with the same quarter of the previous year")
    if p.span == "Q1":
        return _("the first quarter, compared with the first quarter of the previous year")
    return _("cumulative from January, compared with the same period of the previous year")


def fmt_period_short(period: Period | str) -> str:
    """Axis labels: ``Q1 2025``, ``6M 2025``, ``9M 2025``, ``FY 2025``."""
    return f"{fmt_span_short(period)} {_period(period).year}"


def fmt_date(published: str) -> str:
    """A publication date as the edition's readers write it: ``January 6, 2026`` or
    ``6 tháng 1 năm 2026``; a month alone as ``January 2026``; "" stays ""."""
    if not published:
        return ""
    if len(published) == 7:
        return _date(published + "-01", _("MMMM y"), language())
    return _date(published[:10], _("MMMM d, y"), language())


@lru_cache(maxsize=4_096)
def _date(iso: str, pattern: str, locale: str) -> str:
    """Babel's ``format_date``, kept: a source's date is printed wherever the source is cited."""
    return format_date(date.fromisoformat(iso), pattern, locale=locale)


def fmt_names(names: list[str]) -> str:
    """Names listed as a reader writes them: ``A``, ``A and B``, ``A, B and C``."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + _(" and ") + names[-1]


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
    "fmt_date": fmt_date,
    "cite": cite,
    "linked": linked,
}
