"""Structured tables (CSV or XLSX, long or wide) → the tidy fact table.

Long tables have one fact per row (``province, period, indicator, measure, value, unit,
source``). Wide tables have one row per province and period and one column per
indicator/measure: either columns named ``indicator.measure`` (``grdp.yoy_pct``), or any
columns described by a sidecar ``<table>.toml`` file beside the table (see sources/README.md).
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from briefings.domain.geography import NATION_SLUG, NATIONAL, POST, PRE, Geography
from briefings.domain.indicators import MEASURES, REGISTRY, get_indicator, to_canonical
from briefings.domain.periods import PERIOD_HELP, Period
from briefings.errors import BriefingError, Problem, SourceError
from briefings.files import shown_path
from briefings.sources.schema import FACT_COLUMNS, Loaded, validate_facts

LONG_REQUIRED = ("province", "period", "indicator", "measure", "value", "unit")
_BOUNDARY_COLUMNS = ("boundary", "province_status")
_SOURCE_COLUMNS = ("source", "source_url")
_BARE_YEAR = re.compile(r"^\s*(\d{4})\s*$")


@dataclass(frozen=True)
class ValueColumn:
    """One column of a wide table and the fact it holds."""

    column: str
    indicator: str
    measure: str
    unit: str


@dataclass(frozen=True)
class WideSpec:
    """How to read a wide table: which columns hold the province, period, values, source."""

    province: str
    period: str
    values: tuple[ValueColumn, ...]
    boundary: str | None = None
    source: str | None = None  # a column name
    citation: str | None = None  # a fixed citation for every row
    published: str | None = None
    skip: tuple[str, ...] = ()  # province-column values that are not provinces


def load_table(path: Path, *, root: Path, geography: Geography) -> Loaded:
    """Read one table file into validated tidy facts.

    A malformed row stops the load (a wrong number must never reach a briefing); a fact whose
    unit cannot belong to its indicator is left out and returned as a problem.
    """
    shown = shown_path(path, root)
    header, rows = _read_rows(path, shown)
    spec = _sidecar_spec(path, shown) or _wide_spec_from_header(header)
    if spec is None:
        missing = [c for c in LONG_REQUIRED if c not in header]
        if missing or not any(c in header for c in _SOURCE_COLUMNS):
            raise SourceError(
                f"no column(s) {', '.join(missing) or 'source'}",
                where=shown,
                line=1,
                fix="use the long columns province, period, indicator, measure, value, unit, "
                "source, or wide columns named indicator.measure, or a sidecar .toml",
            )
        records = list(_long_records(rows, shown, geography))
    else:
        records = list(_wide_records(rows, spec, shown, geography))
    problems = tuple(p for r in records if (p := _unit_problem(r, shown)) is not None)
    kept = [r for r in records if REGISTRY[r["indicator"]].accepts_unit(r["measure"], r["unit"])]
    frame = pd.DataFrame.from_records(kept, columns=list(FACT_COLUMNS))
    return Loaded(validate_facts(frame, shown), problems)


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


def _read_rows(path: Path, shown: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """(header, [(line number, row)]) from a CSV or XLSX file, every cell as text."""
    if not path.is_file():
        raise SourceError("no such file", where=shown, fix="check [sources].tables in the config")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, shown)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"not UTF-8 text (byte {exc.start})", where=shown, fix="save the file as UTF-8 CSV"
        ) from None
    reader = csv.reader(text.splitlines())
    header = [h.strip() for h in next(reader, [])]
    if not header:
        raise SourceError("empty file", where=shown, fix="add a header row and facts")
    rows: list[tuple[int, dict[str, str]]] = []
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise SourceError(
                f"{len(cells)} fields where the header has {len(header)}",
                where=shown,
                line=line,
                fix="quote values that contain commas, or fix the row",
            )
        rows.append((line, dict(zip(header, (c.strip() for c in cells), strict=True))))
    return header, rows


def _read_xlsx(path: Path, shown: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    try:
        frame = pd.read_excel(path, dtype=str, keep_default_na=False)
    except Exception as exc:  # openpyxl raises many kinds for a broken workbook
        raise SourceError(
            f"not a readable XLSX workbook ({exc})",
            where=shown,
            fix="re-save it from a spreadsheet program",
        ) from None
    header = [str(c).strip() for c in frame.columns]
    rows = [
        (index + 2, dict(zip(header, (str(v).strip() for v in values), strict=True)))
        for index, values in enumerate(frame.itertuples(index=False, name=None))
    ]
    return header, rows


def _sidecar_spec(path: Path, shown: str) -> WideSpec | None:
    sidecar = path.with_suffix(".toml")
    if not sidecar.is_file():
        return None
    where = shown.removesuffix(path.suffix) + ".toml"
    try:
        data: dict[str, Any] = tomllib.loads(sidecar.read_text(encoding="utf-8"))
        values = tuple(
            ValueColumn(v["column"], v["indicator"], v["measure"], v["unit"])
            for v in data.pop("values")
        )
        skip = tuple(data.pop("skip", ()))
        return WideSpec(values=values, skip=skip, **data)
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise SourceError(
            f"not a valid table description ({exc})",
            where=where,
            fix="give province, period and [[values]] column/indicator/measure/unit",
        ) from None


def _wide_spec_from_header(header: list[str]) -> WideSpec | None:
    if "indicator" in header or "province" not in header or "period" not in header:
        return None
    values = []
    for column in header:
        indicator, _, measure = column.partition(".")
        if indicator in REGISTRY and measure in MEASURES:
            unit = "%" if measure.endswith("pct") else REGISTRY[indicator].unit
            values.append(
                ValueColumn(column, indicator, measure, "rank" if measure == "rank" else unit)
            )
    if not values:
        return None
    source = next((c for c in _SOURCE_COLUMNS if c in header), None)
    boundary = next((c for c in _BOUNDARY_COLUMNS if c in header), None)
    return WideSpec(
        "province",
        "period",
        tuple(values),
        boundary=boundary,
        source=source,
        published="published" if "published" in header else None,
    )


def _long_records(
    rows: list[tuple[int, dict[str, str]]], shown: str, geography: Geography
) -> Iterator[dict[str, Any]]:
    boundary_column = next((c for c in _BOUNDARY_COLUMNS if rows and c in rows[0][1]), None)
    for line, row in rows:
        source = next((row[c] for c in _SOURCE_COLUMNS if row.get(c)), "")
        yield _record(
            row["province"],
            row["period"],
            row["indicator"],
            row["measure"],
            row["value"],
            row["unit"],
            source,
            row.get("published", ""),
            row.get(boundary_column, "") if boundary_column else "",
            shown,
            line,
            geography,
        )


def _wide_records(
    rows: list[tuple[int, dict[str, str]]], spec: WideSpec, shown: str, geography: Geography
) -> Iterator[dict[str, Any]]:
    for line, row in rows:
        if row.get(spec.province, "") in spec.skip:
            continue
        source = row.get(spec.source, "") if spec.source else spec.citation or ""
        for column in spec.values:
            text = row.get(column.column, "")
            if text == "":
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
                text,
                column.unit,
                source or shown,
                row.get(spec.published or "", ""),
                boundary or "",
                shown,
                line,
                geography,
                column=column.column,
            )


def _record(
    province: str,
    period_text: str,
    indicator_id: str,
    measure: str,
    value_text: str,
    unit: str,
    source: str,
    published: str,
    boundary: str,
    shown: str,
    line: int,
    geography: Geography,
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
        try:
            value = float(value_text.replace(",", ""))
        except ValueError:
            raise SourceError(
                f"{column}: {value_text!r} is not a number",
                fix="write plain numbers like 20699.5; leave missing values empty",
            ) from None
        value, unit = to_canonical(indicator, measure, value, unit)
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
        "decimals": _written_decimals(value_text),
    }


def _written_decimals(text: str) -> str:
    """How many decimals a plain number was written with: ``6.50`` → ``2``."""
    _, dot, fraction = text.strip().partition(".")
    return str(len(fraction)) if dot and fraction.isdigit() else "0"


def _table_period(text: str) -> Period:
    """Tables also write a whole year as a bare ``2024``."""
    bare = _BARE_YEAR.match(text)
    if bare:
        return Period.parse(f"{bare.group(1)}-FY")
    try:
        return Period.parse(text)
    except BriefingError:
        raise SourceError(f"period {text!r} is not a period", fix=PERIOD_HELP) from None
