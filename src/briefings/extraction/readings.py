"""What one figure measures, given its subject and the words around it.

A percent after "increased by" is a year-on-year change, an amount of money after "reached" a
level, either after "target" a target; "45% of the plan" and "up 3% on the previous quarter"
are neither. Levels are converted to the indicator's canonical unit, and a reading that no
province could have (8.891 milliards read as 8 891 billion dollars) takes the number's other
reading when that one is plausible.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from briefings.domain.indicators import REGISTRY
from briefings.extraction import cues
from briefings.extraction.lexicon import Mention
from briefings.extraction.numbers import Quantity

_AVERAGE = re.compile(
    r"(?<!\w)(?:average|averaged|bình\s+quân|trung\s+bình|moyen(?:ne)?s?)(?!\w)", re.IGNORECASE
)
# "tăng trưởng GRDP bình quân của tỉnh X ước đạt 7%": the province's own rate for the span,
# called an average of its sectors, no average over years or provinces
_OWN_AVERAGE = re.compile(
    r"(?<!\w)bình\s+quân\s+của\s+(?:tỉnh|thành\s+phố|[A-ZĐ])(?![^\d]*(?:năm|giai\s+đoạn)\s)"
)
# Several years at once ("giai đoạn 2021-2025", "in the period of 2021 - 2023"): an average
# or a sum over them, no figure of one year.
_YEARS_SPAN = re.compile(r"(?<![\d.,])(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?![\d.,])")
_EACH_DAY = re.compile(
    r"(?<!\w)(?:each\s+day|every\s+day|per\s+day|a\s+day|daily|chaque\s+jour|par\s+jour"
    r"|mỗi\s+ngày|hàng\s+ngày|hằng\s+ngày)(?!\w)",
    re.IGNORECASE,
)
# "... pour la période 2021 - 2024 et à 11,72% cette année": the year after the figure is its own.
_ONE_YEAR_AFTER = re.compile(
    r"\s*(?:(?:this|cette|en|in|năm)\s+(?:year|année|nay|20\d\d)|năm\s+nay)(?!\w)", re.IGNORECASE
)
_DAY_REACH = 40  # "accueille chaque jour près de 800 visiteurs"
_COORDINATED = re.compile(r"\s*(?:and|as\s+well\s+as|và|et)\b", re.IGNORECASE)
_MILLION = Decimal(10**6)
_BILLION = Decimal(10**9)
# More than the whole country's figure in the unit: a misread, not a province's level.
_CEILING = {
    "VND billion": Decimal(10**8),
    "USD million": Decimal(10**6),
    "arrivals": Decimal(10**9),
    "VND million": Decimal(10**4),
    "USD": Decimal(10**6),
}
# No province's exports, budget or investment is under ten thousand dollars or ten million
# đồng: "surged to around $1." (the text cut before "billion") is no figure.
_FLOOR = {"VND billion": Decimal("0.01"), "USD million": Decimal("0.01")}
# Below these, a level is no province's even for one quarter (the smallest provinces collect
# some 200 billion đồng of budget and sell 1,500 billion at retail in a quarter): a GRDP of
# "126,484 tỷ đồng" is 126 484 billion with the thousands written the English way.
_INDICATOR_FLOOR = {
    "budget_revenue": Decimal(50),
    "retail_sales": Decimal(100),
    "grdp": Decimal(500),
    "public_investment_disbursed": Decimal(10),
    "tourist_arrivals": Decimal(1000),
}


@dataclass(frozen=True)
class Reading:
    """A figure read as a measure of its subject, in the indicator's unit."""

    measure: str
    value: Decimal
    unit: str
    qualifiers: tuple[str, ...]


@dataclass(frozen=True)
class Figure:
    """A quantity and what surrounds it: the words from its subject, and what follows it."""

    quantity: Quantity
    gap: str  # from the subject (or the previous figure, when ``chained``) to the figure
    chained: bool
    after: cues.After
    planned: bool  # inside a list introduced by tasks or targets
    bare: bool = False  # "Hà Nam (10,39%)": a province and a percent, the subject implied
    listed: cues.CueKind = "none"  # the change a list carries over ("13,2%, 12,4%", "IIP by 5%")


# A forecast in Vietnamese ("Dự báo tăng trưởng quý I …", "được dự báo đạt"). (English reports
# say "is forecast to reach" of a province's own estimate, which is read as one.)
_FORECAST = re.compile(r"(?<!\w)dự\s+báo(?!\w)", re.IGNORECASE)
FORECAST = "dự báo"  # the qualifier of a forecast


def read_figure(text: str, subject: Mention, figure: Figure) -> Reading | None:
    """The measure, value and unit the figure gives its subject, or None when it gives none."""
    indicator = REGISTRY[subject.indicator]
    quantity, gap = figure.quantity, figure.gap
    cue = cues.read_cue(gap)
    named = text[subject.start : subject.end]
    scope = gap if figure.chained else _clause_before(text, subject.start) + named + gap
    several = _YEARS_SPAN.search(scope) and not _ONE_YEAR_AFTER.match(text, quantity.end)
    if several or _EACH_DAY.search(scope[-_DAY_REACH:]):
        return None  # "in the period of 2021 - 2023": no one year's; "chaque jour": no span's
    target = figure.planned or cues.names_target(scope)
    quals = cue.qualifiers + ((figure.after.qualifier,) if figure.after.qualifier else ())
    if _FORECAST.search(scope):
        quals += (FORECAST,)  # "được dự báo đạt 6,3%": a forecaster's (``rules`` drops it)
    if quantity.kind == "percent":
        return _read_percent(subject, figure, scope, cue, target, quals)
    if cue.kind in ("up", "down") or cues.is_base_value(gap):
        return None  # an absolute change or a comparison base, not a level
    if subject.growth:
        return None  # "economic growth" names a rate: a sum of money after it is something else
    measure = "target_value" if target else "value"
    if quantity.kind == "money":
        return _read_money(indicator.id, indicator.unit, quantity, measure, quals)
    if indicator.id == "tourist_arrivals" and (
        quantity.kind == "count"
        or (quantity.kind == "plain" and quantity.scale > 1)
        or _counted_in_full(quantity, cue)
    ):
        reading = Reading(measure, quantity.amount, "arrivals", quals)
        return _plausible(reading, quantity, indicator.id)
    if indicator.id == "pci" and quantity.kind == "score" and not target:
        return Reading("value", quantity.number, "score", quals)
    return None


# A signed rate right after the level it changes: "60 milliards de dollars, -10%".
_SIGNED_AFTER = re.compile(r"\s*[,(]\s*|\s+")
# "..., soit 164,2% du chiffre enregistré au cours de la même période": an index to the base
_RATIO_LEAD = re.compile(r"(?<!\w)(?:soit|i\.e\.)\s*$", re.IGNORECASE)


def _counted_in_full(quantity: Quantity, cue: cues.Cue) -> bool:
    """True for a plain number linked to its subject: the only plain numbers that reach a
    reading are counts of visitors written out in full ("the number of tourists reached
    742,335"), which ``extract`` lets through."""
    return quantity.kind == "plain" and quantity.scale == 1 and cue.kind == "link"


def _clause_before(text: str, position: int) -> str:
    """The clause before a name, with the clauses it is coordinated with ("..., and X")."""
    pieces = re.split(r"[,;:.!?\n]", text[max(0, position - 200) : position])
    clause = pieces.pop()
    while pieces and _COORDINATED.match(clause):
        clause = pieces.pop() + "," + clause
    return clause


def _read_percent(
    subject: Mention,
    figure: Figure,
    scope: str,
    cue: cues.Cue,
    target: bool,
    quals: tuple[str, ...],
) -> Reading | None:
    after, quantity = figure.after, figure.quantity
    if cue.kind in ("none", "link") and after.change != "none":
        cue = cues.Cue(after.change, cue.qualifiers)  # "a 99.1% rise", "a 25 per cent contraction"
    elif cue.kind in ("none", "link") and figure.listed != "none":
        cue = cues.Cue(figure.listed, cue.qualifiers)  # "13,2%, 12,4% và 11%"; "IIP de 15,4%"
    change = cue.kind in ("up", "down")
    # "an increase of 13.42% in total retail sales": the total is what rose, not a base
    if (after.share and not (after.in_total and change)) or after.other_base:
        return None  # a share of a plan or another comparison base
    if _AVERAGE.search(scope) and not _OWN_AVERAGE.search(scope):
        return None  # a multi-year average
    number = -quantity.number if cue.kind == "down" and quantity.number > 0 else quantity.number
    if target:
        growth = subject.growth or change or "growth" in figure.gap.lower()
        return Reading("target_yoy_pct", number, "%", quals) if growth else None
    # "croissance de plus de 8,2%"; "Tốc độ tăng trưởng GRDP 9,40%": the rate named, then it
    hedged = subject.growth and (not figure.gap.strip(" :") or cues.only_qualifiers(figure.gap))
    linked = cue.kind == "link" or (cue.kind == "none" and (figure.bare or hedged))
    if change or (linked and subject.growth):
        return Reading("yoy_pct", number, "%", quals)
    if number < 0 and figure.chained and _SIGNED_AFTER.fullmatch(figure.gap):
        return Reading("yoy_pct", number, "%", quals)  # "60 milliards de dollars, -10%"
    if linked and subject.indicator == "grdp" and quantity.number < 50:
        return Reading("yoy_pct", number, "%", quals)  # "GRDP is estimated to reach 11.03%"
    ratio = cue.kind == "link" or _RATIO_LEAD.search(figure.gap) is not None
    if ratio and after.year_on_year and quantity.number >= 50:
        # "reached 108.5% compared with the same period": an index, the change is 8.5%
        return Reading("yoy_pct", quantity.number - 100, "%", quals)
    return None


def _read_money(
    indicator: str, unit: str, quantity: Quantity, measure: str, quals: tuple[str, ...]
) -> Reading | None:
    amount = quantity.amount
    if indicator == "grdp_per_capita":
        if quantity.currency == "VND":
            reading = Reading(measure, amount / _MILLION, "VND million", quals)
        else:
            reading = Reading(measure, amount, "USD", quals)
    elif unit == "VND billion" and quantity.currency == "VND":
        reading = Reading(measure, amount / _BILLION, unit, quals)
    elif unit == "USD million" and quantity.currency == "USD":
        reading = Reading(measure, amount / _MILLION, unit, quals)
    else:
        return None
    return _plausible(reading, quantity, indicator)


def _plausible(reading: Reading, quantity: Quantity, indicator: str) -> Reading | None:
    """The reading, or the number's other reading when only that one is possible, or None."""
    if reading.value and abs(reading.value) < _FLOOR.get(reading.unit, 0):
        return None
    floor = _INDICATOR_FLOOR.get(indicator, Decimal(0))
    if reading.value and abs(reading.value) < floor:
        return _other_reading(reading, quantity, lambda value: abs(value) >= floor)
    ceiling = _CEILING.get(reading.unit)
    if ceiling is None or abs(reading.value) <= ceiling:
        return reading
    return _other_reading(reading, quantity, lambda value: abs(value) <= ceiling)


def _other_reading(
    reading: Reading, quantity: Quantity, possible: Callable[[Decimal], bool]
) -> Reading | None:
    """The number's other reading ("126,484": 126.484 or 126 484) when it is ``possible``."""
    if quantity.alternative is not None and quantity.number:
        value = reading.value * quantity.alternative / quantity.number
        if possible(value):
            return Reading(reading.measure, value, reading.unit, reading.qualifiers)
    return None
