"""Numbers in tables: the ways a cell can be read, a file's number format, and strict parsing.

Vietnamese sources write 4.321,5 where English ones write 4,321.5, so a separator alone does
not say what a number is. A table may declare its format (``decimal``, ``thousands``); when it
does not, the format is taken from what the file's own numbers show unambiguously:

- a mark followed by other than three digits (``5.1``, ``6,52``), or the last of two different
  marks (``1,234.5``), is the decimal mark, and so is the mark of ``0,500`` (no group of
  thousands starts with 0);
- a mark repeated (``1.234.567``) or before a decimal mark (``4.321,5``) is the thousands
  separator; a space between groups of three digits (``1 299``) always is;
- a lone ``1,234`` or ``1.234`` is read as a decimal when its mark is the file's decimal mark
  and as thousands when the file shows that mark as its thousands separator; otherwise it is
  refused (in a file of ``5.1``, ``1,234`` may be 1234 or a misplaced 1.234: declare it);
- a file whose numbers show two decimal marks, or one mark used both ways, is refused at the
  first line that disagrees with an earlier one.

Nothing is ever rescaled to make a cell fit: a cell that cannot be read under the file's
format is an error naming its line, never a number 1000 times off.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from briefings.errors import SourceError

DECIMALS = (".", ",")
THOUSANDS = ("", ",", ".", " ")  # "" means none; " " also stands for the no-break spaces
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})
_BODY = re.compile(r"[0-9]+(?:[., ][0-9]+)*")  # ASCII digits only: float() takes any script's
_EXPONENT = re.compile(r"[0-9]+(?:\.[0-9]+)?[eE][+-]?[0-9]+")
_MINUS = ("-", "\u2212")  # the hyphen, and the minus sign typesetting programs write


@dataclass(frozen=True)
class Reading:
    """One way to read a cell: its value, and which marks that reading takes as what."""

    value: float
    decimal: str | None = None  # the mark read as the decimal point, if the cell has one
    thousands: str | None = None  # the mark read as the thousands separator, if any


@dataclass(frozen=True)
class NumberFormat:
    """A declared number format: the decimal mark and the thousands separator ("" for none)."""

    decimal: str = "."
    thousands: str = ""

    def __post_init__(self) -> None:
        if self.decimal not in DECIMALS:
            raise ValueError(f'decimal must be "." or ",", not {self.decimal!r}')
        if self.thousands not in THOUSANDS:
            raise ValueError(
                f'thousands must be ",", ".", " " or "" (none), not {self.thousands!r}'
            )
        if self.decimal == self.thousands:
            raise ValueError(f"decimal and thousands are both {self.decimal!r}")

    def accepts(self, reading: Reading) -> bool:
        """True when ``reading`` is how this format reads its cell."""
        return reading.decimal in (None, self.decimal) and reading.thousands in (
            None,
            self.thousands or None,
        )

    def describe(self) -> str:
        """As a declaration: ``decimal = ","; thousands = "."``."""
        return f'decimal = "{self.decimal}", thousands = "{self.thousands}"'


@lru_cache(maxsize=1 << 16)  # detection and parsing both read every cell
def readings(text: str) -> tuple[Reading, ...]:
    """Every way to read ``text`` as a number: none when it is not one, two for ``1,234``."""
    body = text.strip().translate(_SPACES)
    sign = 1.0
    if body[:1] in (*_MINUS, "+"):
        sign = -1.0 if body[0] in _MINUS else 1.0
        body = body[1:]
    if _EXPONENT.fullmatch(body):
        return _finite(Reading(sign * float(body), "." if "." in body else None))
    if not _BODY.fullmatch(body):
        return ()
    groups = re.split(r"[., ]", body)
    marks = re.findall(r"[., ]", body)
    found: list[Reading] = []
    if not marks:
        return _finite(Reading(sign * float(body)))
    if len(set(marks)) == 1 and _grouped(groups):  # every mark separates thousands
        found.append(Reading(sign * float("".join(groups)), thousands=marks[0]))
    last = marks[-1]
    before = set(marks[:-1])
    decimal_last = last != " " and before <= ({" ", ",", "."} - {last}) and len(before) <= 1
    if decimal_last and (not before or _grouped(groups[:-1])):
        whole = "".join(groups[:-1])
        found.append(
            Reading(
                sign * float(f"{whole}.{groups[-1]}"),
                decimal=last,
                thousands=marks[0] if before else None,
            )
        )
    return _finite(*found)


def _grouped(groups: list[str]) -> bool:
    """Digits grouped by thousands: 1–3 digits (no leading zero), then groups of exactly 3."""
    first, rest = groups[0], groups[1:]
    return 1 <= len(first) <= 3 and not first.startswith("0") and all(len(g) == 3 for g in rest)


def _finite(*found: Reading) -> tuple[Reading, ...]:
    return tuple(r for r in found if math.isfinite(r.value))


@dataclass(frozen=True)
class Shown:
    """A mark a file's numbers showed unambiguously: which, and where it was first seen."""

    mark: str
    line: int
    text: str


@dataclass(frozen=True)
class Detected:
    """The number format a file's own numbers show; either mark may be unknown.

    A thousands separator shown implies the other mark is the decimal one; a decimal mark
    shown implies nothing about thousands (``1,234`` in a file of ``5.1`` is refused).
    """

    decimal: Shown | None = None
    thousands: Shown | None = None

    def accepts(self, reading: Reading) -> bool:
        """True when ``reading`` agrees with what the file showed."""
        decimal = self.decimal.mark if self.decimal else None
        thousands = self.thousands.mark if self.thousands else None
        if decimal is None and thousands in DECIMALS:
            decimal = next(m for m in DECIMALS if m != thousands)
        return reading.decimal in (None, decimal) and reading.thousands in (None, thousands, " ")


Format = NumberFormat | Detected
TextCell = tuple[int, str, str]  # line, column, text


def detect_format(cells: Iterable[TextCell], fix: str) -> Detected:
    """What a file's numbers show about its format; a cell that contradicts an earlier one
    is refused with its line and column, and ``fix`` (how to declare the format)."""
    detected = Detected()
    for line, column, text in cells:
        found = readings(text)
        if len(found) != 1:
            continue  # not a number (reported when read), or ambiguous: shows nothing
        reading = found[0]
        for role in ("decimal", "thousands"):
            mark = getattr(reading, role)
            if mark is None or mark == " ":
                continue
            detected = _note(detected, role, Shown(mark, line, text), column, fix)
    return detected


def _note(detected: Detected, role: str, shown: Shown, column: str, fix: str) -> Detected:
    """``detected`` with ``shown`` added, refusing a contradiction."""
    other_role = "thousands" if role == "decimal" else "decimal"
    same: Shown | None = getattr(detected, role)
    other: Shown | None = getattr(detected, other_role)
    if same is not None and same.mark != shown.mark:
        _refuse_conflict(shown, role, same, role, column, fix)
    if other is not None and other.mark == shown.mark:
        _refuse_conflict(shown, role, other, other_role, column, fix)
    if same is not None:
        return detected
    if role == "decimal":
        return Detected(decimal=shown, thousands=other)
    return Detected(decimal=other, thousands=shown)


def _refuse_conflict(
    shown: Shown, role: str, earlier: Shown, earlier_role: str, column: str, fix: str
) -> None:
    raise SourceError(
        f"{shown.text!r} uses {_name(shown.mark)} as the {_role(role)}, but line "
        f"{earlier.line} ({earlier.text!r}) uses {_name(earlier.mark)} as the "
        f"{_role(earlier_role)}",
        line=shown.line,
        key=column,
        fix=f"write every number of the file the same way, or {fix}",
    )


def _name(mark: str) -> str:
    return {".": "a point", ",": "a comma", " ": "a space"}[mark]


def _role(role: str) -> str:
    return "decimal mark" if role == "decimal" else "thousands separator"


def parse_number(text: str, number_format: Format, fix: str) -> float:
    """The value of ``text`` under the file's format, or a SourceError that says why not
    (the caller adds the file, line and column)."""
    found = readings(text)
    if not found:
        raise SourceError(
            f"{text!r} is not a number",
            fix="write plain numbers like 20699.5; leave missing values empty",
        )
    chosen = [r for r in found if number_format.accepts(r)]
    if len(chosen) == 1:
        return chosen[0].value
    if len(found) > 1:
        shown = " or ".join(_plain(r.value) for r in found)
        raise SourceError(f"{text!r} could be {shown}", fix=fix)
    reading = found[0]
    mark = reading.thousands if reading.decimal is None else reading.decimal
    role = "thousands" if reading.decimal is None else "decimal"
    says = _format_says(number_format)
    raise SourceError(f"{text!r} uses {_name(mark or '')} as the {_role(role)}, {says}", fix=fix)


def _format_says(number_format: Format) -> str:
    if isinstance(number_format, NumberFormat):
        return f"which the declared format ({number_format.describe()}) does not"
    if number_format.decimal is not None:
        shown = number_format.decimal
        return f"but this file's decimal mark is {_name(shown.mark)} (line {shown.line})"
    return "which no other number of this file shows"


def _plain(value: float) -> str:
    return f"{value:.15g}"
