"""The value of each configuration key, checked: each function returns it, or raises a
``ConfigError`` naming the key (or flag) and how to fix it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefings.domain.geography import load_geography
from briefings.domain.indicators import REGISTRY
from briefings.domain.languages import LANGUAGES
from briefings.domain.periods import PERIOD_HELP, Period
from briefings.errors import ConfigError, PeriodError, SourceError
from briefings.sources.formats import FORMAT_KEYS, TableFormat, table_format
from briefings.sources.periods import checked_period

LATEST = "latest"
ALL = "all"
AS_PUBLISHED, UNITS_2025 = "as-published", "2025"
BOUNDARIES = (AS_PUBLISHED, UNITS_2025)
# Every table the loaders can read, when the configuration names none.
DEFAULT_TABLES = ("sources/tables/*.csv", "sources/tables/*.xlsx")

_ALLOWED = {  # the sections and keys briefings.toml may have
    "briefing": {
        "title", "period", "provinces", "indicators", "trend_from", "edition", "boundaries",
        "language", "languages",
    },
    "sources": {"tables", "articles", "reviewed", "include_unreviewed", *FORMAT_KEYS},
    "build": {"executor", "scheduler"},
}  # fmt: skip
EXECUTORS = ("processes", "dask")
# An edition is a folder name: no separators, no "." or "..", nothing hidden.
_EDITION = re.compile(r"\w[\w.-]{0,99}")
_TOML_PLACE = re.compile(r" \(at line (\d+), column (\d+)\)$")


@dataclass(frozen=True)
class Place:
    """Where a value was given: a key of the configuration file, or a command-line flag."""

    key: str
    where: str | None = None  # the configuration file; None for the command line


def string_value(
    table: dict[str, Any], key: str, where: str, *, required: bool = False, default: str = ""
) -> str:
    value = table.get(key, default)
    if required and key not in table:
        raise ConfigError(
            "missing", where=where, key=key_name(table, key), fix=f'add {key} = "..."'
        )
    if not isinstance(value, str):
        raise ConfigError(
            f"must be a string, not {value!r}",
            where=where,
            key=key_name(table, key),
            fix=f'quote it: {key} = "{value}"',
        )
    return value


def key_name(table: dict[str, Any], key: str) -> str:
    """``[section].key``: the section is the one whose keys ``table`` may hold."""
    section = next((name for name, keys in _ALLOWED.items() if key in keys), "sources")
    return f"[{section}].{key}"


def executor_value(table: dict[str, Any], where: str) -> str:
    """``[build].executor``: where figures and documents are made."""
    value = string_value(table, "executor", where, default=EXECUTORS[0])
    if value not in EXECUTORS:
        raise ConfigError(
            f"unknown executor {value!r}",
            where=where,
            key="[build].executor",
            fix='write executor = "processes" (this machine\'s cores) or "dask"',
        )
    return value


def bool_value(table: dict[str, Any], key: str, where: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(
            f"must be true or false, not {value!r}",
            where=where,
            key=key_name(table, key),
            fix=f"write {key} = true or {key} = false",
        )
    return value


def titles_value(briefing: dict[str, Any], where: str) -> tuple[tuple[str, str], ...]:
    """``title = "…"`` for every language, or ``title = { en = "…", vi = "…" }``."""
    value = briefing.get("title")
    if isinstance(value, dict):
        unknown = [code for code in value if code not in LANGUAGES]
        if not value or unknown or not all(isinstance(v, str) and v for v in value.values()):
            raise ConfigError(
                f"must give a title per language, not {value!r}",
                where=where,
                key="[briefing].title",
                fix='write title = { en = "Northern provinces", vi = "Các tỉnh phía Bắc" }',
            )
        return tuple(value.items())
    return (("", string_value(briefing, "title", where, required=True)),)


def languages_value(briefing: dict[str, Any], where: str) -> tuple[str, ...]:
    if "language" in briefing and "languages" in briefing:
        raise ConfigError(
            "both language and languages are set",
            where=where,
            key="[briefing].languages",
            fix='keep one: language = "vi", or languages = ["en", "vi"] for both',
        )
    if "language" in briefing:
        return language_codes(
            [string_value(briefing, "language", where)], "[briefing].language", where
        )
    value = briefing.get("languages", ["en"])
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ConfigError(
            f"must be a list of language codes, not {value!r}",
            where=where,
            key="[briefing].languages",
            fix='write languages = ["en", "vi"]',
        )
    return language_codes(value, "[briefing].languages", where)


def language_codes(codes: list[str], key: str, where: str | None) -> tuple[str, ...]:
    for index, code in enumerate(codes):
        if code not in LANGUAGES:
            raise ConfigError(
                f"{code!r} is not a language of briefings",
                where=where,
                key=key if key.endswith("language") or key.startswith("--") else f"{key}[{index}]",
                fix=f"use one of {', '.join(LANGUAGES)}",
            )
    return tuple(dict.fromkeys(codes))


def boundaries_value(text: str, key: str, where: str | None) -> str:
    if text not in BOUNDARIES:
        raise ConfigError(
            f"{text!r} is not a choice of boundaries",
            where=where,
            key=key,
            fix='use "as-published" (as the figures were published) or "2025" (the 34 units)',
        )
    return text


def edition_value(value: str, where: str) -> str | None:
    """The edition names a folder under reports/ and figures/: a plain name, or None."""
    if not value:
        return None
    if not _EDITION.fullmatch(value):
        raise ConfigError(
            f"{value!r} is not a folder name",
            where=where,
            key="[briefing].edition",
            fix='use letters, digits, "-", "_" and "." (not first), e.g. "northern-2025-9m"',
        )
    return value


def table_format_value(sources: dict[str, Any], where: str) -> TableFormat:
    try:
        return table_format(sources)
    except SourceError as exc:
        raise ConfigError.from_error(exc, where=where, key=f"[sources].{exc.key}") from None


def period_value(text: Any, key: str, where: str | None, *, latest: bool = False) -> Period | None:
    if latest and text == LATEST:
        return None
    try:
        return checked_period(str(text))
    except PeriodError as exc:
        fix = (exc.fix or PERIOD_HELP) + (' or "latest"' if latest else "")
        raise ConfigError.from_error(exc, where=where, key=key, fix=fix) from None


def provinces_value(value: Any, where: str) -> tuple[tuple[str, ...] | None, tuple[Place, ...]]:
    """The configured slugs (None for all), and the key each was named at."""
    if value == ALL:
        return None, ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise ConfigError(
            f'must be a list of names or "all", not {value!r}',
            where=where,
            key="[briefing].provinces",
            fix='write provinces = ["thai-nguyen"]',
        )
    key = "[briefing].provinces"
    slugs = province_slugs(value, key, where)
    if slugs is None:
        return None, ()
    firsts: dict[str | None, int] = {}
    for index, name in enumerate(value):
        firsts.setdefault(load_geography().canonical_slug(str(name)), index)
    return slugs, tuple(Place(f"{key}[{firsts[slug]}]", where) for slug in slugs)


def province_slugs(names: list[Any], key: str, where: str | None) -> tuple[str, ...] | None:
    """Canonical slugs, each once; an unknown name is named by its key (or flag)."""
    if names == [ALL]:
        return None
    geography = load_geography()
    slugs: list[str] = []
    for index, name in enumerate(names):
        if not isinstance(name, str):
            raise ConfigError(
                f"must be a name, not {name!r}",
                where=where,
                key=f"{key}[{index}]" if where else key,
                fix='quote it: "Cao Bằng"',
            )
        slug = geography.canonical_slug(name)
        if slug is None:
            fix = geography.resolve_hint(name)
            raise ConfigError(
                f"unknown province {name!r}",
                where=where,
                key=f"{key}[{index}]" if where else key,
                fix=fix,
            )
        if slug not in slugs:
            slugs.append(slug)
    return tuple(slugs)


def indicators_value(value: Any, where: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise ConfigError(
            f"must be a list, not {value!r}",
            where=where,
            key="[briefing].indicators",
            fix='write indicators = ["grdp"]',
        )
    for index, item in enumerate(value):
        if not isinstance(item, str) or item not in REGISTRY:
            raise ConfigError(
                f"unknown indicator {item!r}",
                where=where,
                key=f"[briefing].indicators[{index}]",
                fix=f"use one of {', '.join(sorted(REGISTRY))}",
            )
    return tuple(value)


def globs_value(
    table: dict[str, Any], key: str, where: str, *, required: bool = True
) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(
            "must be a list of paths or glob patterns",
            where=where,
            key=f"[sources].{key}",
            fix=f'write {key} = ["sources/{key}/*.csv"]',
        )
    if required and not value:
        raise ConfigError(
            "no source tables configured",
            where=where,
            key=f"[sources].{key}",
            fix='write tables = ["sources/tables/*.csv"]',
        )
    return tuple(value)
