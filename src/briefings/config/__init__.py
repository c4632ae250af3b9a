"""``briefings.toml`` → a frozen, validated ``Config``; unknown keys are rejected.

Paths in the file are relative to the file's folder and are made absolute here, once. Every
error names where the mistake was made: the file and its key (``[briefing].period``), or the
command-line flag (``--province``) for what the command line overrides, which ``Config``
remembers.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefings.config.values import (
    _ALLOWED,
    _TOML_PLACE,
    ALL,
    AS_PUBLISHED,
    BOUNDARIES,
    DEFAULT_TABLES,
    LATEST,
    UNITS_2025,
    Place,
    bool_value,
    boundaries_value,
    edition_value,
    executor_value,
    globs_value,
    indicators_value,
    language_codes,
    languages_value,
    period_value,
    province_slugs,
    provinces_value,
    string_value,
    table_format_value,
    titles_value,
)
from briefings.domain.periods import Period
from briefings.errors import ConfigError
from briefings.files import fixed_folders, output_problem
from briefings.sources.formats import TableFormat


@dataclass(frozen=True)
class Config:
    """Everything a build needs to know, validated."""

    path: Path
    root: Path
    title: str  # in the first language; ``titles`` has one per language
    period: Period | None  # None means the latest period with data
    provinces: tuple[str, ...] | None  # canonical slugs; None means all
    indicators: tuple[str, ...] | None  # None means all with data
    trend_from: Period | None
    edition: str | None
    tables: tuple[str, ...]
    # "as-published": each period on the boundaries its figures were published on (63
    # provinces before 1 July 2025, 34 units after); "2025": every period on the 34 units.
    boundaries: str = AS_PUBLISHED
    languages: tuple[str, ...] = ("en",)  # one edition per language; the first is the main one
    titles: tuple[tuple[str, str], ...] = ()  # (language, title) where the file gives one each

    def title_in(self, language: str) -> str:
        """The edition's title in ``language``: its own, else the one title given."""
        return dict(self.titles).get(language, self.title)

    articles: tuple[str, ...] = ()
    reviewed: Path | None = None
    include_unreviewed: bool = False
    templates: Path = Path("templates")
    reports_dir: Path = Path("reports")
    figures_dir: Path = Path("figures")
    table_format: TableFormat = dataclasses.field(default_factory=TableFormat)
    province_places: tuple[Place, ...] = ()  # where each of ``provinces`` was named
    out: Path | None = None  # --out, as given on the command line
    # [build]: "processes" (a pool of --jobs processes) or "dask" (a distributed.Client on
    # ``scheduler``'s address, or on a LocalCluster of --jobs workers when it is empty)
    executor: str = "processes"
    scheduler: str = ""

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
        languages: list[str] | None = None,
    ) -> Config:
        """Apply the command line's ``--period``, ``--province``, ``--out``, ``--boundaries``
        and ``--language``."""
        changes: dict[str, Any] = {}
        if languages:
            changes["languages"] = language_codes(languages, "--language", None)
        if boundaries is not None:
            changes["boundaries"] = boundaries_value(boundaries, "--boundaries", None)
        if period is not None:
            changes["period"] = period_value(period, "--period", None, latest=True)
        if provinces:
            slugs = province_slugs(provinces, "--province", None)
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
    speed = _table(data, "build", where, required=False)
    root = path.resolve().parent
    provinces = provinces_value(briefing.get("provinces", ALL), where)
    return Config(
        path=path.resolve(),
        root=root,
        title=titles_value(briefing, where)[0][1],
        titles=titles_value(briefing, where),
        period=period_value(
            string_value(briefing, "period", where, default=LATEST),
            "[briefing].period",
            where,
            latest=True,
        ),
        provinces=provinces[0],
        indicators=indicators_value(briefing.get("indicators"), where),
        trend_from=period_value(briefing["trend_from"], "[briefing].trend_from", where)
        if "trend_from" in briefing
        else None,
        edition=edition_value(string_value(briefing, "edition", where), where),
        boundaries=boundaries_value(
            string_value(briefing, "boundaries", where, default=AS_PUBLISHED),
            "[briefing].boundaries",
            where,
        ),
        languages=languages_value(briefing, where),
        tables=globs_value(sources, "tables", where, required=False) or DEFAULT_TABLES,
        articles=globs_value(sources, "articles", where, required=False),
        reviewed=root / string_value(sources, "reviewed", where)
        if sources.get("reviewed")
        else None,
        include_unreviewed=bool_value(sources, "include_unreviewed", where),
        templates=root / "templates",
        reports_dir=root / "reports",
        figures_dir=root / "figures",
        table_format=table_format_value(sources, where),
        province_places=provinces[1],
        executor=executor_value(speed, where),
        scheduler=string_value(speed, "scheduler", where),
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


__all__ = [
    "ALL",
    "AS_PUBLISHED",
    "BOUNDARIES",
    "LATEST",
    "UNITS_2025",
    "Config",
    "Place",
    "check_output",
    "check_outputs",
    "load_config",
]
