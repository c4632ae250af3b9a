"""Properties of the configuration loader for any file (hypothesis, bounded).

Any TOML value for any key, any text, any command-line override: a valid ``Config`` or one
``ConfigError`` naming the file (or the flag), never another exception.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefings.config import Config, load_config
from briefings.domain.geography import NATION_SLUG, load_geography
from briefings.domain.indicators import REGISTRY
from briefings.errors import ConfigError

BOUNDED = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
GEOGRAPHY = load_geography()
KNOWN = {*GEOGRAPHY.former, *GEOGRAPHY.current, NATION_SLUG}
NAMES = sorted(p.name_vi for p in GEOGRAPHY.current.values())
KEYS = {
    "briefing": ["title", "period", "provinces", "indicators", "trend_from", "edition"],
    "sources": [
        "tables",
        "articles",
        "reviewed",
        "include_unreviewed",
        "decimal",
        "thousands",
        "delimiter",
        "encoding",
    ],
}
PLAUSIBLE = st.sampled_from(
    [
        "latest",
        "2025-9M",
        "2024-fy",
        "0000-FY",
        "2025Q5",
        "all",
        "northern-2025",
        "../x",
        ",",
        ".",
        "\t",
        "windows-1258",
        "sources/tables/*.csv",
        "",
        *NAMES,
        *REGISTRY,
    ]
)
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
SCALARS = st.one_of(
    PLAUSIBLE,
    TEXT,
    st.integers(-(2**63), 2**63 - 1),
    st.floats(),
    st.booleans(),
    st.dates(),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=2),
    max_leaves=6,
)


def toml(value: Any) -> str:
    """``value`` as a TOML value (tomllib reads; the standard library writes no TOML)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return (
            "nan"
            if math.isnan(value)
            else ("inf" if value > 0 else "-inf")
            if math.isinf(value)
            else repr(value)
        )
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{toml(k)} = {toml(v)}" for k, v in value.items()) + "}"
    escaped = "".join(
        f"\\u{ord(c):04x}" if ord(c) < 0x20 or ord(c) == 0x7F else "\\" + c if c in '"\\' else c
        for c in value
    )
    return f'"{escaped}"'


PERIODS = st.sampled_from(["2025-9M", "2024-FY", "2023-q1", " 2025 H1 "])
GOOD: dict[str, st.SearchStrategy[Any]] = {
    "title": TEXT,
    "period": PERIODS | st.just("latest"),
    "provinces": st.lists(st.sampled_from(NAMES), min_size=1, max_size=3) | st.just("all"),
    "indicators": st.lists(st.sampled_from(sorted(REGISTRY)), max_size=3),
    "trend_from": PERIODS,
    "edition": st.from_regex(r"[a-z0-9][a-z0-9.-]{0,20}", fullmatch=True),
    "tables": st.just(["sources/tables/*.csv"]),
    "articles": st.just(["sources/articles/*.txt"]),
    "reviewed": st.just("sources/reviewed.csv"),
    "include_unreviewed": st.booleans(),
    "decimal": st.sampled_from([".", ","]),
    "thousands": st.sampled_from(["", ".", ",", " "]),
    "delimiter": st.sampled_from([",", ";", "\t", "|"]),
    "encoding": st.sampled_from(["utf-8", "UTF-16", "windows-1258", "cp1252"]),
}


@st.composite
def configurations(draw: st.DrawFn) -> str:
    """A configuration file in which every known key is absent, valid, or anything at all,
    and an unknown key sometimes appears."""
    lines = []
    for section, keys in KEYS.items():
        lines.append(f"[{section}]")
        extra = [draw(st.sampled_from(["colour", "x y"]))] if draw(st.integers(0, 9)) == 0 else []
        for key in keys + extra:
            choice = draw(st.sampled_from(["absent", "any", *["good"] * 12]))
            if choice != "absent":
                value = draw(GOOD[key] if choice == "good" and key in GOOD else VALUES)
                lines.append(f"{toml(key)} = {toml(value)}")
    return "\n".join(lines) + "\n"


def _valid(config: Config) -> None:
    assert isinstance(config.title, str)
    assert config.provinces is None or set(config.provinces) <= KNOWN
    assert config.indicators is None or set(config.indicators) <= set(REGISTRY)
    for period in (config.period, config.trend_from):
        assert period is None or 1900 <= period.year <= 2100
    assert config.edition is None or ("/" not in config.edition and config.edition[0] != ".")
    assert config.tables and all(isinstance(t, str) and t for t in config.tables)


@BOUNDED
@given(configurations())
def test_any_value_for_any_key_is_a_valid_config_or_a_config_error(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "briefings.toml"
    path.write_text(text, encoding="utf-8")
    try:
        config = load_config(path)
    except ConfigError as error:
        assert error.where == str(path), error.one_line()
        event(f"refused at {error.key}")
        return
    event("valid")
    _valid(config)


@BOUNDED
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=200))
def test_any_text_is_a_valid_config_or_a_config_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "briefings.toml"
    path.write_text(text, encoding="utf-8")
    try:
        _valid(load_config(path))
    except ConfigError as error:
        assert error.where == str(path), error.one_line()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Config:
    path = tmp_path_factory.mktemp("config") / "briefings.toml"
    path.write_text('[briefing]\ntitle = "t"\n[sources]\ntables = ["t/*.csv"]\n')
    return load_config(path)


@BOUNDED
@given(
    st.none() | PLAUSIBLE | TEXT,
    st.none() | st.lists(PLAUSIBLE | TEXT, max_size=3),
)
def test_any_command_line_override_is_a_valid_config_or_an_error_naming_the_flag(
    base: Config, period: str | None, provinces: list[str] | None
) -> None:
    try:
        _valid(base.with_overrides(period=period, provinces=provinces))
    except ConfigError as error:
        assert error.where is None and error.key in ("--period", "--province"), error.one_line()
