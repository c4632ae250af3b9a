"""Structured tables (CSV or XLSX, long or wide) → the tidy fact table.

Long tables have one fact per row (``province, period, indicator, measure, value, unit,
source``). Wide tables have one row per province and period and one column per
indicator/measure: either columns named ``indicator.measure`` (``grdp.yoy_pct``), or any
columns described by a sidecar ``<table>.toml`` file beside the table (see sources/README.md).

Reading a file (encodings, delimiters, XLSX cells) is ``csvfile``'s job, reading a number
``numbers``', a sidecar ``sidecar``'s; a table or the configuration may declare its format
(``formats``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from briefings.domain.geography import NATION_SLUG, NATIONAL, POST, PRE, Geography
from briefings.domain.indicators import REGISTRY, get_indicator, to_canonical
from briefings.domain.periods import Period
from briefings.errors import BriefingError, Problem, SourceError
from briefings.files import shown_path
from briefings.sources.csvfile import Cell, Row, Table, as_text, read_table
from briefings.sources.formats import TableFormat
from briefings.sources.numbers import Format, TextCell, detect_format, parse_number, readings
from briefings.sources.periods import checked_period
from briefings.sources.schema import FACT_COLUMNS, Loaded, validate_facts
from briefings.sources.sidecar import (
    BOUNDARY_COLUMNS,
    SOURCE_COLUMNS,
    WideSpec,
    check_spec,
    read_sidecar,
    wide_spec_from_header,
)

LONG_REQUIRED = ("province", "period", "indicator", "measure", "value", "unit")


def load_table(
    path: Path, *, root: Path, geography: Geography, declared: TableFormat | None = None
) -> Loaded:
    """Read one table file into validated tidy facts.

    ``declared`` is the configuration's format for every table; the table's sidecar may
    declare its own. A malformed row stops the load (a wrong number must never reach a
    briefing); a fact whose unit cannot belong to its indicator is left out and returned as a
    problem.
    """
    shown = shown_path(path, root)
    sidecar = shown.removesuffix(path.suffix) + ".toml"
    spec, own = read_sidecar(path, sidecar)
    table_format = own.over(declared or TableFormat())
    table = read_table(path, shown, table_format)
    spec = spec or wide_spec_from_header(table.header)
    if spec is None:
        _check_long_header(table, shown)
        value_columns: tuple[str, ...] = ("value",)
    else:
        check_spec(spec, table, sidecar)
        value_columns = tuple(v.column for v in spec.values)
    cells = (
        (line, column, text)
        for line, row in table.rows
        for column in value_columns
        if isinstance(text := row.get(column, ""), str)
    )
    try:
        values = _values(table_format, cells, sidecar)
        if spec is None:
            records = list(_long_records(table.rows, shown, geography, values))
        else:
            records = list(_wide_records(table.rows, spec, shown, geography, values))
    except SourceError as exc:
        raise SourceError.from_error(exc, where=shown) from None
    problems = tuple(p for r in records if (p := _unit_problem(r, shown)) is not None)
    kept = [r for r in records if REGISTRY[r["indicator"]].accepts_unit(r["measure"], r["unit"])]
    frame = pd.DataFrame.from_records(kept, columns=list(FACT_COLUMNS))
    return Loaded(validate_facts(frame, shown), problems)


@dataclass(frozen=True)
class Values:
    """How one file's value cells are read: its number format, and the fix for a refusal."""

    numbers: Format
    fix: str

    def read(self, cell: Cell, column: str) -> float:
        """A workbook's number as it is; text under the file's number format."""
        if isinstance(cell, float):
            if not math.isfinite(cell):
                raise SourceError(f"{cell!r} is not a number", key=column, fix="check the value")
            return cell
        try:
            return parse_number(cell, self.numbers, self.fix)
        except SourceError as exc:
            raise SourceError.from_error(exc, key=column) from None

    def decimals(self, cell: Cell) -> str:
        """How many decimals a text cell was written with (``6.50`` → ``2``), so that the
        conflict rule knows its precision; "" for a workbook's number, whose is unknown."""
        if isinstance(cell, float):
            return ""
        marks = [r.decimal for r in readings(cell) if r.decimal and self.numbers.accepts(r)]
        if not marks:
            return "0"
        fraction = cell.strip().rpartition(marks[0])[2]
        return str(sum(ch.isdigit() for ch in fraction))


def _values(table_format: TableFormat, cells: Iterable[TextCell], sidecar: str) -> Values:
    """The declared number format, else the one the file's value cells show."""
    declared = table_format.number
    if declared is not None:
        fix = f"write it as declared ({declared.describe()}), or fix the declaration in "
        return Values(declared, fix + f"{sidecar} or [sources] of the configuration")
    fix = f"declare the format in {sidecar} or in [sources] of the configuration"
    return Values(detect_format(cells, fix), fix)


def _check_long_header(table: Table, shown: str) -> None:
    missing = [c for c in LONG_REQUIRED if c not in table.header]
    if missing or not any(c in table.header for c in SOURCE_COLUMNS):
        raise SourceError(
            f"no column(s) {', '.join(missing) or 'source'} among {table.columns()}",
            where=shown,
            line=1,
            fix="use the long columns province, period, indicator, measure, value, unit, "
            "source, or wide columns named indicator.measure, or a sidecar .toml",
        )


def _unit_problem(record: dict[str, Any], shown: str) -> Problem | None:
    """A fact whose unit cannot belong to its indicator is left out, never guessed at."""
    indicator = REGISTRY[record["indicator"]]
    if indicator.accepts_unit(record["measure"], record["unit"]):
        return None
    return Problem(
        f"{record['indicator']} {record['measure']} is in {record['unit']!r}, "
        f"not a unit of {indicator.name}; fact left out",
        where=shown,
        line=int(record["origin"].rpartition(":")[2]),
        fix="fix the unit in the source",
    )


def _long_records(
    rows: list[tuple[int, Row]], shown: str, geography: Geography, values: Values
) -> Iterator[dict[str, Any]]:
    boundary_column = next((c for c in BOUNDARY_COLUMNS if rows and c in rows[0][1]), None)
    for line, cells in rows:
        row = {column: as_text(cell) for column, cell in cells.items()}
        source = next((row[c] for c in SOURCE_COLUMNS if row.get(c)), "")
        yield _record(
            row["province"],
            row["period"],
            row["indicator"],
            row["measure"],
            cells["value"],
            row["unit"],
            source,
            row.get("published", ""),
            row.get(boundary_column, "") if boundary_column else "",
            shown,
            line,
            geography,
            values,
        )


def _wide_records(
    rows: list[tuple[int, Row]], spec: WideSpec, shown: str, geography: Geography, values: Values
) -> Iterator[dict[str, Any]]:
    for line, cells in rows:
        row = {column: as_text(cell) for column, cell in cells.items()}
        if row.get(spec.province, "") in spec.skip:
            continue
        source = row.get(spec.source, "") if spec.source else spec.citation or ""
        for column in spec.values:
            cell = cells.get(column.column, "")
            if cell == "":
                continue  # a blank cell is a missing value, never a zero
            boundary = (
                spec.boundary
                if spec.boundary in (PRE, POST, NATIONAL)
                else (row.get(spec.boundary, "") if spec.boundary else "")
            )
            yield _record(
                row[spec.province],
                row[spec.period],
                column.indicator,
                column.measure,
                cell,
                column.unit,
                source or shown,
                row.get(spec.published or "", ""),
                boundary or "",
                shown,
                line,
                geography,
                values,
                column=column.column,
            )


def _record(
    province: str,
    period_text: str,
    indicator_id: str,
    measure: str,
    value_cell: Cell,
    unit: str,
    source: str,
    published: str,
    boundary: str,
    shown: str,
    line: int,
    geography: Geography,
    values: Values,
    *,
    column: str = "value",
) -> dict[str, Any]:
    """One validated fact; every problem names the file, the line and the column."""
    try:
        period = _table_period(period_text)
        slug = geography.canonical_slug(province)
        if slug is None:
            raise SourceError(
                f"unknown province {province!r}", fix=geography.resolve_hint(province)
            )
        indicator = get_indicator(indicator_id)
        if measure not in indicator.measures:
            raise SourceError(
                f"unknown measure {measure!r} for {indicator_id}",
                fix=f"use one of {', '.join(indicator.measures)}",
            )
        value, unit = to_canonical(indicator, measure, values.read(value_cell, column), unit)
        if not math.isfinite(value):
            raise SourceError(f"{value_cell!r} {unit} is too large", key=column, fix="check it")
        boundary = (
            NATIONAL if slug == NATION_SLUG else (boundary or geography.boundary_of(slug, period))
        )
        if boundary not in (PRE, POST, NATIONAL):
            raise SourceError(
                f"boundary {boundary!r} is not pre2025, post2025 or national",
                fix="say which era the province is in",
            )
    except BriefingError as exc:
        raise SourceError.from_error(exc, where=shown, line=line) from None
    return {
        "province": slug,
        "boundary": boundary,
        "period": period.label,
        "indicator": indicator.id,
        "measure": measure,
        "value": value,
        "unit": unit,
        "source": source,
        "published": published,
        "origin": f"{shown}:{line}",
        "kind": "table",
        "quote": "",
        "decimals": values.decimals(value_cell),
    }


def _table_period(text: str) -> Period:
    """Tables also write a whole year as a bare ``2024``."""
    try:
        return checked_period(text, bare_year=True)
    except BriefingError as exc:
        raise SourceError(f"period {exc.problem}", fix=exc.fix) from None
