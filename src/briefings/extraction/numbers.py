"""Numbers and units as written in English, French and Vietnamese reports.

The same digits mean different things by language: ``3.312`` is three thousand in Vietnamese
and three point three in English; ``1 299`` (with a space or a narrow no-break space) is one
number in French. Quantities are found once per text, with their character span, so the
grammar rules can reason about what lies between an indicator's name and its figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Literal

from briefings.extraction.matching import caseless, lowered

Language = Literal["en", "fr", "vi"]
QuantityKind = Literal["percent", "money", "count", "score", "plain"]

_THIN_SPACES = "\u00a0\u202f\u2009"
_DECIMAL_MARK: dict[str, str] = {"en": ".", "fr": ",", "vi": ","}

# A number is not part of a word, a code (18-NQ/TW), a range (2025-2030) or a date (12/10).
# Every repetition is bounded and no number starts inside another, so a run of digits and
# separators of any length costs linear time and matches nothing when it is no number.
# "VNĐ51.46 trillion", "USD10.7 billion": a currency code may be glued on.
# "growth of4.02%": a space lost where a scraped page broke its line, after a preposition.
_EDGE_BEFORE = r"(?:(?<=VN[DĐ])|(?<=USD)|(?<=(?<!\w)of)|(?<![\w.,/\-−]))"
_SIGN = r"(?P<sign>[-−](?=\d))?"
_GROUPED = r"\d{{1,3}}(?:[{spaces}]\d{{3}}){{1,5}}(?!\d)(?:,\d{{1,6}})?"
_PLAIN = r"\d{1,15}(?:[.,]\d{1,15}){0,6}"
_EDGE_AFTER = r"(?![\d]|[.,]\d|[-–/]\d)"
_SHORT_INTEGER = re.compile(r"(?<![\d.,])\d{1,2}")
_MAX_DIGITS = 15  # beyond this a float cannot hold the figure exactly; no report needs it


def _number_regex(spaces: str) -> re.Pattern[str]:
    grouped = _GROUPED.format(spaces=spaces)
    # The look-ahead first: only a digit or a minus sign can start a number (and it is fast).
    return re.compile(f"(?=[\\d\\-−]){_EDGE_BEFORE}{_SIGN}(?P<num>{grouped}|{_PLAIN}){_EDGE_AFTER}")


# French writes thousands with ordinary spaces too; elsewhere only no-break spaces group digits.
_NUMBER: dict[str, re.Pattern[str]] = {
    "en": _number_regex(_THIN_SPACES),
    "vi": _number_regex(_THIN_SPACES),
    "fr": _number_regex(" " + _THIN_SPACES),
}

_SCALES: dict[str, Decimal] = {
    "thousand": Decimal(10**3),
    "nghìn": Decimal(10**3),
    "ngàn": Decimal(10**3),
    "mille": Decimal(10**3),
    "millier": Decimal(10**3),
    "million": Decimal(10**6),
    "triệu": Decimal(10**6),
    "billion": Decimal(10**9),
    "bn": Decimal(10**9),
    "bln": Decimal(10**9),
    "mln": Decimal(10**6),
    "tn": Decimal(10**12),
    "md": Decimal(10**9),
    "mrd": Decimal(10**9),
    "milliard": Decimal(10**9),
    "tỷ": Decimal(10**9),
    "tỉ": Decimal(10**9),
    "trillion": Decimal(10**12),
    "quadrillion": Decimal(10**15),
    "billiard": Decimal(10**15),
    "nghìn tỷ": Decimal(10**12),
    "ngàn tỷ": Decimal(10**12),
    "nghìn tỉ": Decimal(10**12),
    "ngàn tỉ": Decimal(10**12),
    "triệu tỷ": Decimal(10**15),
    "triệu tỉ": Decimal(10**15),
    "mille milliard": Decimal(10**12),
    "million de milliard": Decimal(10**15),
    "million billion": Decimal(10**15),  # "VND2 million billion": English of "2 triệu tỷ"
    "thousand billion": Decimal(10**12),
    "millions de milliard": Decimal(10**15),
}
_SP = rf"[\s{_THIN_SPACES}]*"
_SCALE_RE = (
    r"(?P<scale>ngh[iì]n t[ỷỉ]|tri[eệ]u t[ỷỉ]|ng[aà]n t[ỷỉ]|mille milliards?"
    r"|millions? de milliards?|million\s+billions?|thousand\s+billions?"
    r"|quadrillions?|billiards?|trillions?"
    r"|billions?|milliards?"
    r"|millions?|thousands?|milliers?|mille|ngh[iì]n|ng[aà]n|tri[eệ]u|t[ỷỉ]|bn|bln|mln|tn"
    r"|mds?|mrds?)(?!\w)"
)
_CURRENCY_RE = (
    r"(?P<cur>VN[DĐ]|vn[dđ]|USD|US\s?dollars?|U\.S\.\s?dollars?|US\$|\$"
    r"|dollars?(?:\s+(?:américains|US))?"
    r"|đô\s+la(?:\s+Mỹ)?|đồng|d[oô]ngs?|đ)(?!\w)"
)
_NOUN_RE = (
    # "5.1 million domestic and foreign tourists": both kinds, so all of them
    r"(?P<noun>(?:(?:domestic|local|foreign|international)\s+(?:and|&)\s+(?:domestic|local"
    r"|foreign|international)\s+)?(?:overnight\s+)?(?:(?:tourist\s+|visitor\s+)?arrivals|visitors"
    r"|tourists)|visits|(?:overnight\s+)?guests"
    r"|turns\s+of\s+(?:visitors|tourists|guests)|lượt(?:\s+(?:khách|du\s+khách)(?:\s+du\s+lịch)?)?"
    r"|du\s+khách|visiteurs|touristes|arrivées)(?!\w)"
)
_SUFFIX = caseless(
    rf"{_SP}(?:(?P<pct>%|percent(?!age)\b|per\s+cent\b|pct\b(?!\s+points?)|pour\s?cent\b"
    r"|phần\s+trăm)"
    rf"|(?P<score>points?|điểm)(?!\w)(?!\s+(?:phần\s+trăm|de\s+pourcentage))"
    rf"|(?:{_SCALE_RE})?{_SP}(?:(?:de\s+|d')?{_CURRENCY_RE}|(?:de\s+|d')?{_NOUN_RE})?)"
)
_PREFIX_CURRENCY = re.compile(r"(?P<cur>VN[DĐ]|USD|US\$|\$)\s?$")
_CANONICAL_CURRENCY = {
    "vnd": "VND",
    "vnđ": "VND",
    "đồng": "VND",
    "dong": "VND",
    "dông": "VND",
    "đ": "VND",
}


@dataclass(frozen=True)
class Quantity:
    """A number with what it counts, found at ``start:end`` of the text."""

    start: int
    end: int
    number: Decimal
    kind: QuantityKind
    scale: Decimal = Decimal(1)
    currency: str = ""
    noun: str = ""
    written: str = ""  # the digits as written, for the other reading

    @property
    def alternative(self) -> Decimal | None:
        """The other reading of a number with one separator before three digits: the decimal
        one of a number read with a thousands point ("8.891" as 8.891), the thousands one of a
        number read with a decimal comma ("126,484" as 126 484)."""
        other = decimal_reading(self.written.lstrip("-−"))
        if other is not None and other == abs(self.number):
            other = other * 1000  # read as the decimal: the other is the thousands reading
        if other is None or other == abs(self.number):
            return None
        return -other if self.number < 0 else other

    @property
    def amount(self) -> Decimal:
        """The number times its scale word (``2.04 billion`` → 2 040 000 000)."""
        return self.number * self.scale


def parse_number(raw: str, language: Language = "en") -> Decimal | None:
    """The value of a written number, reading separators the way ``language`` writes them.

    A separator that occurs more than once, or once before exactly three digits when it is not
    the language's decimal mark, groups thousands; otherwise it is the decimal mark. A number
    whose groups are not thousands ("1.21.21", "0.0.5"), whose one foreign separator is
    followed by more than three digits ("19,3333" in English), or that has more than 15 digits
    is garbled, and None: never a silently wrong value.
    """
    if raw.isdigit():  # the common case, and the fast one
        return Decimal(raw) if len(raw) <= _MAX_DIGITS else None
    text = raw.strip().replace("−", "-")
    for space in " " + _THIN_SPACES:
        text = text.replace(space, "")
    sign = "-" if text.startswith("-") else ""
    text = text.lstrip("-")
    if "." in text and "," in text:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        whole, _, fraction = text.rpartition(decimal)
        grouping = "," if decimal == "." else "."
        if decimal in whole or not _thousands(whole.split(grouping)):
            return None
        text = f"{whole.replace(grouping, '')}.{fraction}"
    else:
        for sep in ".,":
            if sep not in text:
                continue
            head, _, tail = text.rpartition(sep)
            groups = text.split(sep)
            foreign = sep != _DECIMAL_MARK[language]
            grouped = len(groups) > 2 or (len(tail) == 3 and foreign)
            if (grouped and not _thousands(groups)) or (foreign and len(tail) > 3):
                return None  # "VND19,3333 billion": neither thousands nor a decimal written so
            text = text.replace(sep, "") if grouped else f"{head}.{tail}"
    digits = len(text) - text.count(".")
    if not text or digits == 0 or digits > _MAX_DIGITS:
        return None
    try:
        return Decimal(sign + text)
    except InvalidOperation:
        return None


def _thousands(groups: list[str]) -> bool:
    """True when digit groups read as thousands: 1-3 digits, then exactly three each."""
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def decimal_reading(raw: str) -> Decimal | None:
    """The other reading of a number with one thousands point or comma: ``8.891`` as 8.891.

    French and Vietnamese reports sometimes write a decimal point where their own convention
    wants a comma; when the thousands reading is impossible for a province, this one is used.
    """
    text = raw.strip()
    if sum(text.count(sep) for sep in ".,") != 1 or any(s in text for s in " " + _THIN_SPACES):
        return None
    head, _, tail = text.replace(",", ".").partition(".")
    if len(tail) != 3:
        return None
    return parse_number(f"{head}.{tail}", "en")


def scale_of(word: str) -> Decimal:
    """The multiplier of a scale word; French ``billion`` is 10^12, as in French it is."""
    key = re.sub(r"\s+", " ", word.lower()).rstrip("s")
    key = {"milliers": "millier", "mille milliard": "mille milliard"}.get(key, key)
    return _SCALES.get(key, Decimal(1))


def find_quantities(text: str, language: Language = "en") -> list[Quantity]:
    """Every number in ``text`` with its unit class, currency, scale word and span."""
    found: list[Quantity] = []
    for match in _numbers(text, language):
        raw = match.group("num")
        number = parse_number(raw, language)
        if number is None:
            continue
        if match.group("sign"):
            number = -number
        written = raw if "." in raw or "," in raw else ""
        found.append(_classify(text, match.start(), match.end(), number, language, written))
    joined = _join_compounds(text, _rejoin_lost_decimals(text, found))
    return _carry_currency(text, _drop_ranges(text, joined))


def _join_compounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "3 tỷ 362 triệu USD" is one amount, 3,362 million dollars: a whole number of a larger
    scale word, with no currency of its own, right before a smaller amount."""
    out: list[Quantity] = []
    for quantity in found:
        whole = out[-1] if out else None
        if (
            whole is not None
            and whole.scale > quantity.scale > 1
            and quantity.kind == "money"
            and whole.number == whole.number.to_integral_value()
            and 0 < quantity.number < whole.scale / quantity.scale
            and text[whole.end : quantity.start].strip() == ""
            and _VND_BY_DEFAULT.fullmatch(text[whole.start : whole.end].strip())
        ):
            number = whole.number * (whole.scale / quantity.scale) + quantity.number
            out[-1] = replace(quantity, start=whole.start, number=number, written="")
        else:
            out.append(quantity)
    return out


# Between an amount and the next of its list: names, brackets, "and", "nearly": no clause end,
# no other number. "Binh Duong (30,6 milliards de dollars), Hai Phong (près de 26,8 milliards)"
_LIST_BETWEEN = re.compile(r"[^\d.;:!?\n]{1,80}")
# "... (US$98.2 million) and the number of tourists reached around 5.6 million": a count named
# between the two, so the second is that count, not one more amount of the list.
_COUNT_BETWEEN = re.compile(
    r"(?<!\w)(?:number\s+of|tourists?|visitors?|arrivals|guests|passengers|khách|lượt|visiteurs"
    r"|touristes|arrivées|số\s+lượng)(?!\w)",
    re.IGNORECASE,
)
# "26,8 tỷ" with no currency word is read as đồng; in a list of dollars it is dollars.
_VND_BY_DEFAULT = re.compile(r"[\d.,]+\s*(?:nghìn\s+tỷ|ngàn\s+tỷ|tỷ|triệu)", re.IGNORECASE)


def _carry_currency(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare scaled number listed right after an amount of money with the same scale word is
    in its currency: the list says the currency once ("30.6 billion USD, ... 26.8 billion")."""
    for i in range(1, len(found)):
        before, bare = found[i - 1], found[i]
        if (
            (bare.kind == "plain" or _VND_BY_DEFAULT.fullmatch(text, bare.start, bare.end))
            and bare.scale > 1
            and before.kind == "money"
            and before.currency != bare.currency
            and before.scale == bare.scale
            and _LIST_BETWEEN.fullmatch(text, before.end, bare.start)
            and not _COUNT_BETWEEN.search(text, before.end, bare.start)
        ):
            found[i] = replace(bare, kind="money", currency=before.currency)
    return found


# A number starts where a run of digits and minus signs starts: inside a run, the character
# before is one the number pattern's _EDGE_BEFORE refuses (and "VND", "USD" are no digits).
_RUN = re.compile(r"[\d\-−]+")


def _numbers(text: str, language: Language) -> Iterator[re.Match[str]]:
    """The matches of ``_NUMBER[language].finditer(text)``, looked for only where a run of
    digits starts: the regex engine finds those runs quickly, while the number pattern, which
    opens with look-arounds, it would try at every character."""
    pattern = _NUMBER[language]
    end = 0  # a number starts after the one before it ends
    for run in _RUN.finditer(text):
        if run.start() >= end:
            match = pattern.match(text, run.start())
            if match:
                yield match
                end = match.end()


def _rejoin_lost_decimals(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "11 7 %" is 11,7 % with its comma lost (machine translation drops it): two short
    integers one space apart, the second a percent or a scaled amount ("4 2 milliards de
    dollars"), are one figure."""
    out: list[Quantity] = []
    for quantity in found:
        whole = out[-1] if out else None
        if (
            whole is not None
            and (quantity.kind == "percent" or quantity.scale > 1)
            and whole.kind == "plain"
            and whole.scale == 1
            and text[whole.end : quantity.start] == " "
            and _SHORT_INTEGER.fullmatch(text, whole.start, whole.end)
            and _SHORT_INTEGER.fullmatch(
                text, quantity.start, quantity.start + len(str(quantity.number))
            )
        ):
            joined = Decimal(f"{whole.number}.{quantity.number}")
            out[-1] = replace(
                quantity,
                start=whole.start,
                number=joined,
                written=f"{whole.number} {quantity.number}",
            )
            continue
        out.append(quantity)
    return out


# A range ("8 - 8.5%", "từ 8 - 9%", "8% to 8.5%", "between 8 and 9%", "de 24 à 25 %") is no
# single figure: read as one, its upper end became a target it is not. Written without spaces
# ("8-8.5%") neither end is a number already; these are the spaced and worded ways.
_RANGE_DASH = re.compile(r"\s+[-–]\s*|\s*[-–]\s+")
_RANGE_WORD = caseless(r"\s+(?P<word>to|à|đến|tới|and|et|và|lên|xuống)\s+")
# The words one of which must come before the first end; None: any ("from 3% to 2%", a change,
# is told apart by _CHANGE_BEFORE).
_RANGE_OPENS = {
    "to": None,
    "à": None,
    "đến": ("từ",),
    "tới": ("từ",),
    "and": ("between",),
    "et": ("entre",),
    "và": ("giữa", "từ"),
}
_VIETNAMESE_CHANGE = ("lên", "xuống")  # "từ 7,2% lên 9,1%": up to; "xuống": down to
_WORD_BEFORE = re.compile(r"(\w+)\s*$")
# "rose from 7.2% to 9.1%", "passé de 7 % à 9 %": a change between two levels, not a range.
_CHANGE_BEFORE = caseless(
    r"(?:\bfrom|(?:pass|augment|grimp|bondi|progress|évolu|chut|recul)\w*\s+de)\s*$"
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _drop_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` without the two ends of each range of like figures, and without the first
    level of a change between two ("raised the target from 7.2% to 9.1%"): the text gives
    no time for it, and the level now is the second."""
    dropped: set[int] = set()
    for index in range(1, len(found)):
        low, high = found[index - 1], found[index]
        joint = _joint(text, low, high)
        if joint == "range":
            dropped |= {index - 1, index}
        elif joint == "change":
            dropped.add(index - 1)
    return [quantity for index, quantity in enumerate(found) if index not in dropped]


def _joint(text: str, low: Quantity, high: Quantity) -> str:
    """What joins two figures: "range" for the ends of a range, "change" for the levels before
    and after a change ("from 3.1% to 2.4%", "passé de 7 % à 9 %"), else ""."""
    alike = low.kind == high.kind or (low.kind == "plain" and low.scale == 1)
    if not alike or high.kind == "plain" or _YEAR.fullmatch(text, low.start, low.end):
        return ""
    if _RANGE_DASH.fullmatch(text, low.end, high.start):
        return "range"
    joined = _RANGE_WORD.fullmatch(lowered(text), low.end, high.start)
    if not joined:
        return ""
    before = lowered(text)[max(0, low.start - 30) : low.start]
    word = joined.group("word")
    found = _WORD_BEFORE.search(before)
    opener = found.group(1) if found else ""
    if word in _VIETNAMESE_CHANGE:
        return "change" if opener == "từ" else ""
    if _CHANGE_BEFORE.search(before):
        return "change" if word in ("to", "à") else ""
    opens = _RANGE_OPENS[word]
    return "range" if opens is None or opener in opens else ""


def _classify(
    text: str, start: int, end: int, number: Decimal, language: Language, written: str = ""
) -> Quantity:
    suffix = _SUFFIX.match(lowered(text), end)
    prefix = _PREFIX_CURRENCY.search(text, max(0, start - 5), start)
    if prefix is None and (suffix is None or suffix.lastindex is None):
        # No currency before and no unit after (every group of _SUFFIX names one): what all
        # the tests below would conclude, for most numbers, at a fraction of the cost.
        return Quantity(start, end, number, "plain", written=written)
    if suffix and suffix.group("pct"):
        return Quantity(start, suffix.end(), number, "percent", written=written)
    if suffix and suffix.group("score"):
        return Quantity(start, suffix.end(), number, "score", written=written)
    scale_word = suffix.group("scale") if suffix else None
    scale = scale_of(scale_word) if scale_word else Decimal(1)
    if language == "fr" and scale_word and scale_word.lower().startswith("billion"):
        scale = Decimal(10**12)
    currency = (suffix.group("cur") if suffix else None) or (
        prefix.group("cur") if prefix else None
    )
    last = suffix.end() if suffix and suffix.group(0).strip() else end
    first = prefix.start() if prefix and currency == prefix.group("cur") else start
    noun = suffix.group("noun") if suffix else None
    if currency is None and noun is None and language == "vi" and scale > Decimal(10**6):
        # Vietnamese writes "3.312 tỷ" for VND and names any other currency; a bare "triệu"
        # (a million đồng is no indicator's size) counts people: "Thanh Hóa (10,5 triệu)".
        currency = "đồng"
    if currency is not None:
        cur = _CANONICAL_CURRENCY.get(currency.lower().rstrip("s"), "USD")
        return Quantity(first, last, number, "money", scale, cur, written=written)
    if noun:
        return Quantity(start, last, number, "count", scale, noun=noun.lower(), written=written)
    if scale_word:
        return Quantity(start, last, number, "plain", scale, written=written)
    return Quantity(start, end, number, "plain", written=written)
