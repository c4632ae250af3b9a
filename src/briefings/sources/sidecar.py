"""A wide table's description: its sidecar ``<table>.toml`` or its ``indicator.measure`` header.

A sidecar says which columns hold the province, the period and each value (and may declare the
table's format, see ``formats``). It is checked, key by key, before any row is read, and
against the table's header, so a mistake in it is named as its key, never as a data row.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefings.domain.geography import NATIONAL, POST, PRE
from briefings.domain.indicators import MEASURES, REGISTRY, get_indicator
from briefings.errors import BriefingError, SourceError
from briefings.sources.csvfile import Table
from briefings.sources.formats import FORMAT_KEYS, TableFormat, table_format

BOUNDARY_COLUMNS = ("boundary", "province_status")
SOURCE_COLUMNS = ("source", "source_url")
_SPEC_KEYS = ("province", "period", "boundary", "source", "citation", "published", "skip")
_VALUE_KEYS = ("column", "indicator", "measure", "unit")


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


def read_sidecar(path: Path, where: str) -> tuple[WideSpec | None, TableFormat]:
    """The wide-table description and the format a sidecar ``.toml`` declares, if any."""
    sidecar = path.with_suffix(".toml")
    if not sidecar.is_file():
        return None, TableFormat()
    try:
        data: dict[str, Any] = tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise SourceError(
            f"not a valid table description ({exc})", where=where, fix="fix the TOML syntax"
        ) from None
    try:
        unknown = sorted(set(data) - {*_SPEC_KEYS, *FORMAT_KEYS, "values"})
        if unknown:
            raise SourceError(
                "unknown key",
                key=unknown[0],
                fix=f"known keys are {', '.join((*_SPEC_KEYS, 'values', *FORMAT_KEYS))}",
            )
        own = table_format(data)
        if "values" not in data and not set(data) & set(_SPEC_KEYS):
            return None, own  # the sidecar only declares the format
        return _wide_spec(data), own
    except SourceError as exc:
        raise SourceError.from_error(exc, where=where) from None


def _wide_spec(data: dict[str, Any]) -> WideSpec:
    """A sidecar's description of a wide table; every mistake names its key."""
    values = data.get("values")
    if not isinstance(values, list) or not values:
        raise SourceError(
            "missing or empty",
            key="values",
            fix='add [[values]] with column, indicator, measure and unit, e.g. column = "gdp"',
        )
    columns = []
    for index, value in enumerate(values):
        key = f"values[{index}]"
        if not isinstance(value, dict) or set(value) != set(_VALUE_KEYS):
            raise SourceError(
                "must have exactly the keys column, indicator, measure and unit",
                key=key,
                fix='write [[values]] column = "...", indicator = "...", measure = "value", '
                'unit = "..."',
            )
        column = ValueColumn(*(_text_key(value, k, f"{key}.{k}") for k in _VALUE_KEYS))
        indicator = _placed(get_indicator, column.indicator, f"{key}.indicator")
        if column.measure not in indicator.measures:
            raise SourceError(
                f"unknown measure {column.measure!r} for {column.indicator}",
                key=f"{key}.measure",
                fix=f"use one of {', '.join(indicator.measures)}",
            )
        columns.append(column)
    skip = data.get("skip", [])
    if not isinstance(skip, list) or not all(isinstance(s, str) for s in skip):
        raise SourceError("must be a list of names", key="skip", fix='write skip = ["Dầu khí"]')
    optional = {k: _text_key(data, k, k) for k in _SPEC_KEYS[2:-1] if k in data}
    return WideSpec(
        _text_key(data, "province", "province"),
        _text_key(data, "period", "period"),
        tuple(columns),
        skip=tuple(skip),
        **optional,
    )


def _text_key(data: dict[str, Any], name: str, key: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value:
        raise SourceError(
            "missing" if value is None else f"must be a non-empty string, not {value!r}",
            key=key,
            fix=f'write {name} = "..."',
        )
    return value


def _placed(function: Any, value: str, key: str) -> Any:
    try:
        return function(value)
    except BriefingError as exc:
        raise SourceError.from_error(exc, key=key) from None


def check_spec(spec: WideSpec, table: Table, where: str) -> None:
    """Every column a wide table's description names is in the table's header."""
    named = [("province", spec.province), ("period", spec.period)]
    named += [(k, getattr(spec, k)) for k in ("source", "published") if getattr(spec, k)]
    if spec.boundary and spec.boundary not in (PRE, POST, NATIONAL):
        named.append(("boundary", spec.boundary))
    named += [(f"values[{i}].column", v.column) for i, v in enumerate(spec.values)]
    for key, column in named:
        if column not in table.header:
            raise SourceError(
                f"column {column!r} is not in the table (columns: {table.columns()})",
                where=where,
                key=key,
                fix="name a column of the table's header",
            )


def wide_spec_from_header(header: list[str]) -> WideSpec | None:
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
    source = next((c for c in SOURCE_COLUMNS if c in header), None)
    boundary = next((c for c in BOUNDARY_COLUMNS if c in header), None)
    return WideSpec(
        "province",
        "period",
        tuple(values),
        boundary=boundary,
        source=source,
        published="published" if "published" in header else None,
    )
