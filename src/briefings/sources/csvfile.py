"""Table files → a header and numbered rows of cells: decoding, delimiters and XLSX cells.

CSV is read as UTF-8 (with or without a byte-order mark) or UTF-16 (with one, as Excel's
"Unicode text" saves it); Windows-1258 and Windows-1252 only when declared, since their bytes
cannot be told apart from each other. Text is NFC-normalised, so a name typed with combining
marks (NFD) reads like the same name precomposed. The delimiter is declared or detected:
``csv.Sniffer`` proposes one and the header and first rows must agree with it. XLSX cells that
hold numbers stay numbers; only text cells are parsed later. Every error names the file and
line (and column), never a byte offset.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from briefings.errors import SourceError
from briefings.sources.formats import DELIMITERS, TableFormat

Cell = str | float  # a number only where an XLSX cell holds one
Row = dict[str, Cell]
_SAMPLE_LINES = 50
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
ENCODING_FIX = (
    'save it as UTF-8 ("CSV UTF-8" in Excel), or declare encoding = "cp1258" (Vietnamese '
    'Windows) or "cp1252" in its sidecar .toml'
)


@dataclass(frozen=True)
class Table:
    """A table file's header and its non-blank rows with their line (or spreadsheet row)."""

    header: list[str]
    rows: list[tuple[int, Row]]
    delimiter: str | None = None  # None for a workbook

    def columns(self) -> str:
        """The header as read, to show in an error: ``a, b, c (separated by ';')``."""
        names = ", ".join(self.header) or "none"
        if self.delimiter is None:
            return names
        return f"{names} (separated by {_delimiter_name(self.delimiter)})"


def as_text(cell: Cell) -> str:
    """A cell as text: a whole number without ``.0`` (an XLSX year 2024 reads ``2024``)."""
    if isinstance(cell, str):
        return cell
    return str(int(cell)) if cell.is_integer() else repr(cell)


def read_table(path: Path, shown: str, declared: TableFormat) -> Table:
    """The header and rows of a CSV or XLSX file."""
    if not path.is_file():
        raise SourceError("no such file", where=shown, fix="check [sources].tables in the config")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, shown)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read it ({exc.strerror})", where=shown) from None
    text = unicodedata.normalize("NFC", decode(data, shown, declared.encoding))
    lines = text.splitlines()
    delimiter = declared.delimiter or detect_delimiter(lines[:_SAMPLE_LINES])
    return _parse_csv(text, shown, delimiter)


def decode(data: bytes, shown: str, declared: str | None, fix: str = ENCODING_FIX) -> str:
    """``data`` as text in the declared encoding, else UTF-8 or a byte-order mark's UTF-16;
    an error names the line and column of the first character that is not (and ``fix``)."""
    marked = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if declared and marked and _family(marked) != _family(declared):
        raise SourceError(
            f"starts with a {_family(marked).upper()} byte-order mark, but is declared "
            f"{declared!r}",
            where=shown,
            line=1,
            fix=fix,
        )
    encoding = marked or declared or "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line, column = _position(data[: exc.start].decode(encoding, errors="replace"))
        byte = data[exc.start : exc.start + 1].hex().upper()
        name = "UTF-8" if encoding.startswith("utf-8") else encoding
        raise SourceError(
            f"not {name} text: byte 0x{byte} at column {column}",
            where=shown,
            line=line,
            fix=fix,
        ) from None
    if "\x00" in text:
        line, column = _position(text[: text.index("\x00")])
        raise SourceError(
            f"a NUL character at column {column}: not a text table, or UTF-16 without a "
            "byte-order mark",
            where=shown,
            line=line,
            fix=fix,
        )
    return text.removeprefix("\ufeff")


def _family(encoding: str) -> str:
    """``utf-8``, ``utf-16`` or the code page: what a byte-order mark can confirm."""
    return next((f for f in ("utf-8", "utf-16") if encoding.startswith(f)), encoding)


def _position(before: str) -> tuple[int, int]:
    """(line, column), both from 1, of the character after ``before``."""
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def detect_delimiter(sample: list[str]) -> str:
    """The delimiter the header and first rows agree on; csv.Sniffer's guess first.

    A delimiter agrees when it splits the header into more than one column and every sampled
    row into as many. When none agrees, the one splitting the header most is returned, and the
    row that disagrees is reported (with the delimiter) when the file is read.
    """
    lines = [line for line in sample if line.strip()]
    if not lines:
        return ","
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = ","
    candidates = [sniffed, *(d for d in DELIMITERS if d != sniffed)]
    for delimiter in candidates:
        if _agrees(lines, delimiter):
            return delimiter
    return max(candidates, key=lambda d: len(_split(lines[0], d)))


def _split(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def _agrees(lines: list[str], delimiter: str) -> bool:
    try:
        rows = list(csv.reader(io.StringIO("\n".join(lines), newline=""), delimiter=delimiter))
    except csv.Error:
        return False
    width = len(rows[0])
    # The last sampled row may be cut short inside a quoted field: it does not count.
    return width > 1 and all(len(row) == width for row in rows[:-1] if row)


def _delimiter_name(delimiter: str) -> str:
    return {",": "','", ";": "';'", "\t": "tabs", "|": "'|'"}.get(delimiter, repr(delimiter))


def _parse_csv(text: str, shown: str, delimiter: str) -> Table:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, Row]] = []
    header: list[str] = []
    line = 1
    try:
        for cells in reader:  # the header is the first row that is not blank
            if any(c.strip() for c in cells):
                header = [h.strip() for h in cells]
                break
            line = reader.line_num + 1
        _check_header(header, shown, line)
        line = reader.line_num + 1
        for cells in reader:
            if any(c.strip() for c in cells):
                if len(cells) != len(header):
                    raise SourceError(
                        f"{len(cells)} fields where the header has {len(header)} (fields "
                        f"separated by {_delimiter_name(delimiter)})",
                        where=shown,
                        line=line,
                        fix=f"quote values that contain {_delimiter_name(delimiter)}, or fix "
                        'the row (or declare delimiter = "..." in its sidecar .toml)',
                    )
                rows.append((line, dict(zip(header, (c.strip() for c in cells), strict=True))))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise SourceError(
            f"malformed CSV ({exc})",
            where=shown,
            line=line,
            fix='quote a field that holds a delimiter or a quote as "...", doubling its quotes',
        ) from None
    return Table(header, rows, delimiter)


def _check_header(header: list[str], shown: str, line: int) -> None:
    if not any(header):
        raise SourceError("empty file", where=shown, fix="add a header row and facts")
    named = [h for h in header if h]
    doubled = sorted({h for h in named if named.count(h) > 1})
    if doubled:
        raise SourceError(
            f"column {doubled[0]!r} appears twice in the header",
            where=shown,
            line=line,
            fix="give every column its own name",
        )


def _read_xlsx(path: Path, shown: str) -> Table:
    """The first sheet; its spreadsheet row numbers are the lines errors name."""
    values, formulas = _sheet(path, shown, computed=True), _sheet(path, shown, computed=False)
    start = next((i for i, row in enumerate(values) if any(_present(v) for v in row)), 0)
    header = [as_text(_cell(v)).strip() for v in (values[start] if values else [])]
    _check_header(header, shown, start + 1)
    table: list[tuple[int, Row]] = []
    for index in range(start + 1, len(values)):
        cells = [_cell(v) for v in values[index]][: len(header)]
        if not any(as_text(c).strip() for c in cells):
            continue
        for column, (value, formula) in enumerate(
            zip(values[index], formulas[index], strict=False)
        ):
            if value is None and isinstance(formula, str) and formula.startswith("="):
                raise SourceError(
                    f"{formula!r} is a formula without a saved result",
                    where=shown,
                    line=index + 1,
                    key=header[column] if column < len(header) else None,
                    fix="open the workbook in a spreadsheet program and save it",
                )
        cells += [""] * (len(header) - len(cells))
        table.append((index + 1, dict(zip(header, cells, strict=True))))
    return Table(header, table)


def _sheet(path: Path, shown: str, *, computed: bool) -> list[list[object]]:
    """Every row of the first sheet from row 1: results of formulas, or the formulas."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=computed)
        try:
            rows = workbook.worksheets[0].iter_rows(min_row=1, values_only=True)
            return [list(row) for row in rows]
        finally:
            workbook.close()
    except Exception as exc:  # openpyxl and zipfile raise many kinds for a broken workbook
        raise SourceError(
            f"not a readable XLSX workbook ({type(exc).__name__}: {exc})",
            where=shown,
            fix="re-save it from a spreadsheet program",
        ) from None


def _present(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def _cell(value: object) -> Cell:
    """A workbook cell: numbers stay numbers (never their text rendering); the rest is text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()  # TRUE/FALSE, as the spreadsheet shows it: not a number
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, datetime) and value.time() == time():
        return value.date().isoformat()  # a date cell: "2025-10-01", as a CSV writes it
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value)).strip()
