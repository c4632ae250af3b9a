"""``briefings.toml`` → a frozen, validated ``Config``; unknown keys are rejected.

Paths in the file are relative to the file's folder and are made absolute here, once. Every
error names where the mistake was made: the file and its key (``[briefing].period``), or the
command-line flag (``--province``) for what the command line overrides, which ``Config``
remembers.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefings.domain.geography import load_geography
from briefings.domain.indicators import REGISTRY
from briefings.domain.periods import PERIOD_HELP, Period
from briefings.errors import ConfigError, PeriodError, SourceError
from briefings.files import fixed_folders, output_problem
from briefings.sources.formats import FORMAT_KEYS, TableFormat, table_format
from briefings.sources.periods import checked_period

LATEST = "latest"
ALL = "all"
AS_PUBLISHED, UNITS_2025 = "as-published", "2025"
BOUNDARIES = (AS_PUBLISHED, UNITS_2025)
# Every table the loaders can read, when the configuration names none.
DEFAULT_TABLES = ("sources/tables/*.csv", "sources/tables/*.xlsx")

_ALLOWED = {
    "briefing": {
        "title", "period", "provinces", "indicators", "trend_from", "edition", "boundaries",
    },
    "sources": {"tables", "articles", "reviewed", "include_unreviewed", *FORMAT_KEYS},
}  # fmt: skip
# An edition is a folder name: no separators, no "." or "..", nothing hidden.
_EDITION = re.compile(r"\w[\w.-]{0,99}")
_TOML_PLACE = re.compile(r" \(at line (\d+), column (\d+)\)$")


@dataclass(frozen=True)
class Place:
    """Where a value was given: a key of the configuration file, or a command-line flag."""

    key: str
    where: str | None = None  # the configuration file; None for the command line


@dataclass(frozen=True)
class Config:
    """Everything a build needs to know, validated."""

    path: Path
    root: Path
    title: str
    period: Period | None  # None means the latest period with data
    provinces: tuple[str, ...] | None  # canonical slugs; None means all
    indicators: tuple[str, ...] | None  # None means all with data
    trend_from: Period | None
    edition: str | None
    tables: tuple[str, ...]
    # "as-published": each period on the boundaries its figures were published on (63
    # provinces before 1 July 2025, 34 units after); "2025": every period on the 34 units.
    boundaries: str = AS_PUBLISHED
    articles: tuple[str, ...] = ()
    reviewed: Path | None = None
    include_unreviewed: bool = False
    templates: Path = Path("templates")
    reports_dir: Path = Path("reports")
    figures_dir: Path = Path("figures")
    table_format: TableFormat = dataclasses.field(default_factory=TableFormat)
    province_places: tuple[Place, ...] = ()  # where each of ``provinces`` was named
    out: Path | None = None  # --out, as given on the command line

    def province_place(self, index: int | None = None) -> Place:
        """Where the ``index``-th selected province was named (file key or flag); without an
        index, where the provinces were chosen."""
        if index is not None and index < len(self.province_places):
            return self.province_places[index]
        if self.province_places and self.province_places[0].where is None:
            return Place("--province")
        return Place("[briefing].provinces", str(self.path))

    def with_overrides(
        self,
        *,
        period: str | None = None,
        provinces: list[str] | None = None,
        out: Path | None = None,
        boundaries: str | None = None,
    ) -> Config:
        """Apply the command line's ``--period``, ``--province``, ``--out``, ``--boundaries``."""
        changes: dict[str, Any] = {}
        if boundaries is not None:
            changes["boundaries"] = _boundaries(boundaries, "--boundaries", "the command line")
        if period is not None:
            changes["period"] = _parse_period(period, "--period", None, latest=True)
        if provinces:
            slugs = _parse_provinces(provinces, "--province", None)
            changes["provinces"] = slugs
            changes["province_places"] = tuple(Place("--province") for _ in slugs or ())
        if out is not None:
            changes["out"] = out
            out = out.resolve()
            changes["reports_dir"] = out / "reports"
            changes["figures_dir"] = out / "figures"
        return dataclasses.replace(self, **changes)


def load_config(path: Path) -> Config:
    """Read and validate a configuration file."""
    where = str(path)
    data = _read_toml(path, where)
    _reject_unknown(data, where)
    briefing = _table(data, "briefing", where)
    sources = _table(data, "sources", where, required=False)  # every key has a default
    root = path.resolve().parent
    provinces = _provinces_value(briefing.get("provinces", ALL), where)
    return Config(
        path=path.resolve(),
        root=root,
        title=_string(briefing, "title", where, required=True),
        period=_parse_period(
            _string(briefing, "period", where, default=LATEST),
            "[briefing].period",
            where,
            latest=True,
        ),
        provinces=provinces[0],
        indicators=_indicators_value(briefing.get("indicators"), where),
        trend_from=_parse_period(briefing["trend_from"], "[briefing].trend_from", where)
        if "trend_from" in briefing
        else None,
        edition=_edition(_string(briefing, "edition", where), where),
        boundaries=_boundaries(
            _string(briefing, "boundaries", where, default=AS_PUBLISHED),
            "[briefing].boundaries",
            where,
        ),
        tables=_globs(sources, "tables", where, required=False) or DEFAULT_TABLES,
        articles=_globs(sources, "articles", where, required=False),
        reviewed=root / _string(sources, "reviewed", where) if sources.get("reviewed") else None,
        include_unreviewed=_bool(sources, "include_unreviewed", where),
        templates=root / "templates",
        reports_dir=root / "reports",
        figures_dir=root / "figures",
        table_format=_table_format(sources, where),
        province_places=provinces[1],
    )


def _read_toml(path: Path, where: str) -> dict[str, Any]:
    """The parsed file; a syntax or encoding error names its line, never a byte offset."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            "no such configuration file",
            where=where,
            fix="create it (see README) or pass --config PATH",
        ) from None
    except OSError as exc:
        raise ConfigError(
            f"cannot read the configuration ({exc.strerror})",
            where=where,
            fix="pass --config with a readable file",
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            "not UTF-8 text",
            where=where,
            line=raw[: exc.start].count(b"\n") + 1,
            fix="save the file as UTF-8",
        ) from None
    try:
        return tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        place = _TOML_PLACE.search(str(exc))
        problem = _TOML_PLACE.sub(f" (column {place.group(2)})" if place else "", str(exc))
        raise ConfigError(
            f"not valid TOML: {problem}",
            where=where,
            line=int(place.group(1)) if place else None,
            fix="fix the syntax",
        ) from None


def _reject_unknown(data: dict[str, Any], where: str) -> None:
    for section, value in data.items():
        if section not in _ALLOWED:
            raise ConfigError(
                f"unknown section [{section}]",
                where=where,
                key=f"[{section}]",
                fix=f"use {', '.join(f'[{s}]' for s in _ALLOWED)}",
            )
        if not isinstance(value, dict):
            raise ConfigError(
                "must be a table", where=where, key=f"[{section}]", fix=f"write it as [{section}]"
            )
        for key in value:
            if key not in _ALLOWED[section]:
                raise ConfigError(
                    "unknown key",
                    where=where,
                    key=f"[{section}].{key}",
                    fix=f"remove it; known keys are {', '.join(sorted(_ALLOWED[section]))}",
                )


def _table(data: dict[str, Any], name: str, where: str, *, required: bool = True) -> dict[str, Any]:
    if name not in data and not required:
        return {}
    if name not in data:
        raise ConfigError(
            "missing section",
            where=where,
            key=f"[{name}]",
            fix=f"add a [{name}] section (see README)",
        )
    table: dict[str, Any] = data[name]
    return table


def _string(
    table: dict[str, Any], key: str, where: str, *, required: bool = False, default: str = ""
) -> str:
    value = table.get(key, default)
    if required and key not in table:
        raise ConfigError("missing", where=where, key=_key(table, key), fix=f'add {key} = "..."')
    if not isinstance(value, str):
        raise ConfigError(
            f"must be a string, not {value!r}",
            where=where,
            key=_key(table, key),
            fix=f'quote it: {key} = "{value}"',
        )
    return value


def _key(table: dict[str, Any], key: str) -> str:
    """``[section].key``: the section is the one whose keys ``table`` may hold."""
    section = "briefing" if key in _ALLOWED["briefing"] else "sources"
    return f"[{section}].{key}"


def _bool(table: dict[str, Any], key: str, where: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(
            f"must be true or false, not {value!r}",
            where=where,
            key=_key(table, key),
            fix=f"write {key} = true or {key} = false",
        )
    return value


def _boundaries(text: str, key: str, where: str | None) -> str:
    if text not in BOUNDARIES:
        raise ConfigError(
            f"{text!r} is not a choice of boundaries",
            where=where,
            key=key,
            fix='use "as-published" (as the figures were published) or "2025" (the 34 units)',
        )
    return text


def _edition(value: str, where: str) -> str | None:
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


def _table_format(sources: dict[str, Any], where: str) -> TableFormat:
    try:
        return table_format(sources)
    except SourceError as exc:
        raise ConfigError.from_error(exc, where=where, key=f"[sources].{exc.key}") from None


def _parse_period(text: Any, key: str, where: str | None, *, latest: bool = False) -> Period | None:
    if latest and text == LATEST:
        return None
    try:
        return checked_period(str(text))
    except PeriodError as exc:
        fix = (exc.fix or PERIOD_HELP) + (' or "latest"' if latest else "")
        raise ConfigError.from_error(exc, where=where, key=key, fix=fix) from None


def _provinces_value(value: Any, where: str) -> tuple[tuple[str, ...] | None, tuple[Place, ...]]:
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
    slugs = _parse_provinces(value, key, where)
    if slugs is None:
        return None, ()
    firsts: dict[str | None, int] = {}
    for index, name in enumerate(value):
        firsts.setdefault(load_geography().canonical_slug(str(name)), index)
    return slugs, tuple(Place(f"{key}[{firsts[slug]}]", where) for slug in slugs)


def _parse_provinces(names: list[Any], key: str, where: str | None) -> tuple[str, ...] | None:
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


def _indicators_value(value: Any, where: str) -> tuple[str, ...] | None:
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


def _globs(
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


def check_outputs(config: Config) -> None:
    """Before a build writes anything: its output folders can be written and are no sources.

    A mistake is named as ``--out`` when the command line chose the folder, else as the
    folders beside the configuration file.
    """
    if config.out is not None:
        where, key, fix = None, "--out", "give --out a writable folder outside the sources"
    else:
        where, key = str(config.path), None
        fix = "move it away, or build elsewhere with --out DIR"
    parent = config.reports_dir.parent
    folders = [parent, config.reports_dir, config.figures_dir]
    if config.edition:
        folders += [config.reports_dir / config.edition, config.figures_dir / config.edition]
    for folder in folders:
        check_output(config, folder, where=where, key=key, fix=fix)


def check_output(
    config: Config, folder: Path, *, where: str | None, key: str | None, fix: str
) -> None:
    """``folder`` (created if missing) can be written, and is not a folder of sources."""
    sources = [
        config.root / "sources",
        *fixed_folders((*config.tables, *config.articles), config.root),
    ]
    if config.reviewed is not None:
        sources.append(config.reviewed.parent)
    problem = output_problem(folder, sources, project=config.root)
    if problem:
        raise ConfigError(problem, where=where, key=key, fix=fix)
