"""``briefings.toml`` → a frozen, validated ``Config``; unknown keys are rejected.

Paths in the file are relative to the file's folder and are made absolute here, once.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefings.domain.geography import load_geography
from briefings.domain.indicators import REGISTRY
from briefings.domain.periods import PERIOD_HELP, Period
from briefings.errors import ConfigError, PeriodError

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
    "sources": {"tables", "articles", "reviewed", "include_unreviewed"},
}  # fmt: skip


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
            changes["period"] = _parse_period(period, "--period", "the command line", latest=True)
        if provinces:
            changes["provinces"] = _parse_provinces(provinces, "--province", "the command line")
        if out is not None:
            out = out.resolve()
            changes["reports_dir"] = out / "reports"
            changes["figures_dir"] = out / "figures"
        return dataclasses.replace(self, **changes)


def load_config(path: Path) -> Config:
    """Read and validate a configuration file."""
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            "no such configuration file",
            where=where,
            fix="create it (see README) or pass --config PATH",
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid TOML ({exc})", where=where, fix="fix the syntax") from None
    _reject_unknown(data, where)
    briefing = _table(data, "briefing", where)
    sources = _table(data, "sources", where, required=False)  # every key has a default
    root = path.resolve().parent
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
        provinces=_provinces_value(briefing.get("provinces", ALL), where),
        indicators=_indicators_value(briefing.get("indicators"), where),
        trend_from=_parse_period(briefing["trend_from"], "[briefing].trend_from", where)
        if "trend_from" in briefing
        else None,
        edition=_string(briefing, "edition", where) or None,
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
    )


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
                "must be a table", where=where, key=section, fix=f"write it as [{section}]"
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
        raise ConfigError("missing", where=where, key=key, fix=f'add {key} = "..."')
    if not isinstance(value, str):
        raise ConfigError(
            f"must be a string, not {value!r}",
            where=where,
            key=key,
            fix=f'quote it: {key} = "{value}"',
        )
    return value


def _bool(table: dict[str, Any], key: str, where: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(
            f"must be true or false, not {value!r}",
            where=where,
            key=key,
            fix=f"write {key} = true or {key} = false",
        )
    return value


def _boundaries(text: str, key: str, where: str) -> str:
    if text not in BOUNDARIES:
        raise ConfigError(
            f"{text!r} is not a choice of boundaries",
            where=where,
            key=key,
            fix='use "as-published" (as the figures were published) or "2025" (the 34 units)',
        )
    return text


def _parse_period(text: Any, key: str, where: str, *, latest: bool = False) -> Period | None:
    if latest and text == LATEST:
        return None
    try:
        return Period.parse(str(text))
    except PeriodError as exc:
        fix = (exc.fix or PERIOD_HELP) + (' or "latest"' if latest else "")
        raise ConfigError.from_error(exc, where=where, key=key, fix=fix) from None


def _provinces_value(value: Any, where: str) -> tuple[str, ...] | None:
    if value == ALL:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise ConfigError(
            f'must be a list of names or "all", not {value!r}',
            where=where,
            key="[briefing].provinces",
            fix='write provinces = ["thai-nguyen"]',
        )
    return _parse_provinces(value, "[briefing].provinces", where)


def _parse_provinces(names: list[Any], key: str, where: str) -> tuple[str, ...] | None:
    if names == [ALL]:
        return None
    geography = load_geography()
    slugs: list[str] = []
    for index, name in enumerate(names):
        slug = geography.canonical_slug(str(name))
        if slug is None:
            fix = geography.resolve_hint(str(name))
            raise ConfigError(
                f"unknown province {name!r}", where=where, key=f"{key}[{index}]", fix=fix
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
        if item not in REGISTRY:
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
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
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
