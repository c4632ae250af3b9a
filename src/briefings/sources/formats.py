"""How a table is written, when it says so: number format, delimiter and encoding.

A table declares its format in its sidecar ``<table>.toml``, or every table at once in the
configuration's ``[sources]``; a sidecar's keys win. What is not declared is detected per file
(see ``numbers`` and ``csvfile``), and what cannot be detected unambiguously is refused with a
fix that names these keys.
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from dataclasses import dataclass, replace

from briefings.errors import SourceError
from briefings.sources.numbers import DECIMALS, THOUSANDS, NumberFormat

FORMAT_KEYS = ("decimal", "thousands", "delimiter", "encoding")
DELIMITERS = (",", ";", "\t", "|")
# What the loader reads besides UTF-8: UTF-16 (Excel's "Unicode text") and the Windows code
# pages Vietnamese and Western spreadsheets save in. Neither code page can be told from bytes
# (every byte is a character in both), so they are read only when declared.
ENCODINGS = {
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8",
    "utf-16": "utf-16",
    "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be",
    "cp1258": "cp1258",
    "cp1252": "cp1252",
}
FORMAT_HELP = (
    'declare the format in the table\'s sidecar .toml or in [sources]: decimal = "," or ".", '
    'thousands = ".", ",", " " or ""'
)


@dataclass(frozen=True)
class TableFormat:
    """What a table (or the configuration) declares; None where it declares nothing."""

    decimal: str | None = None
    thousands: str | None = None
    delimiter: str | None = None
    encoding: str | None = None

    @property
    def number(self) -> NumberFormat | None:
        """The declared number format, or None to detect it per file.

        Declaring only ``thousands`` implies the other mark as the decimal one; declaring only
        ``decimal`` means numbers have no thousands separator.
        """
        if self.decimal is None and self.thousands is None:
            return None
        decimal = self.decimal or ("," if self.thousands == "." else ".")
        return NumberFormat(decimal, self.thousands or "")

    def over(self, fallback: TableFormat) -> TableFormat:
        """This declaration, with ``fallback``'s where this one declares nothing: the number
        format as a whole (decimal and thousands go together), the delimiter, the encoding."""
        mine: dict[str, str | None] = {
            key: getattr(self, key) for key in FORMAT_KEYS[2:] if getattr(self, key) is not None
        }
        if self.number is not None:
            mine |= {"decimal": self.decimal, "thousands": self.thousands}
        return replace(fallback, **mine)


def table_format(data: Mapping[str, object]) -> TableFormat:
    """The format keys of a sidecar or of ``[sources]``, validated; a SourceError names the key
    (the caller adds the file)."""
    values: dict[str, str] = {}
    for key in FORMAT_KEYS:
        if key not in data:
            continue
        value = data[key]
        allowed = _allowed(key)
        if not isinstance(value, str) or (
            value not in allowed if key != "encoding" else _encoding(value) is None
        ):
            shown = ", ".join(f'"{a}"' for a in allowed).replace("\t", "\\t")
            raise SourceError(f"{value!r} is not a {key}", key=key, fix=f"use one of {shown}")
        values[key] = (_encoding(value) or value) if key == "encoding" else value
    declared = TableFormat(**values)
    try:
        declared.number  # noqa: B018 - validates the decimal and thousands pair
    except ValueError as exc:
        raise SourceError(str(exc), key="thousands", fix=FORMAT_HELP) from None
    return declared


def _allowed(key: str) -> tuple[str, ...]:
    return {
        "decimal": DECIMALS,
        "thousands": THOUSANDS,
        "delimiter": DELIMITERS,
        "encoding": ("utf-8", "utf-16", "cp1258", "cp1252"),
    }[key]


def _encoding(name: str) -> str | None:
    """The codec a declared encoding names (``windows-1258`` → ``cp1258``), if one we read."""
    try:
        return ENCODINGS.get(codecs.lookup(name).name)
    except LookupError:
        return None
