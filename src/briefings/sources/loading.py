"""Loading tables: ``TABLE_LOADERS`` maps a file suffix to the loader for it; ``load_tables``
expands the configured glob patterns, loads every file and concatenates the validated results.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping, Sequence
from pathlib import Path

import pandas as pd

from briefings.domain.geography import Geography, load_geography
from briefings.errors import Problem, Severity
from briefings.files import sha256, shown_path
from briefings.sources.formats import TableFormat
from briefings.sources.patterns import expand_patterns
from briefings.sources.schema import Loaded, empty_facts
from briefings.sources.tables import load_table

Loader = Callable[..., Loaded]
TABLE_LOADERS: dict[str, Loader] = {".csv": load_table, ".xlsx": load_table, ".xlsm": load_table}


def load_tables(
    patterns: tuple[str, ...],
    root: Path,
    geography: Geography | None = None,
    declared: TableFormat | None = None,
) -> Loaded:
    """Load every configured table into one tidy fact table (``declared``: the format the
    configuration declares for every table)."""
    return load_table_files(
        expand_patterns(patterns, root, "[sources].tables"), root, geography, declared
    )


Readings = MutableMapping[tuple[object, ...], Loaded]  # a table's reading under its file state


def load_table_files(
    paths: Sequence[Path],
    root: Path,
    geography: Geography | None = None,
    declared: TableFormat | None = None,
    kept: Readings | None = None,
) -> Loaded:
    """Load table files already found (by ``expand_patterns``) into one tidy fact table; a
    file whose reading ``kept`` holds under its present state is not read again."""
    geography = geography or load_geography()
    frames: list[pd.DataFrame] = []
    problems: list[Problem] = []
    for path in paths:
        loader = TABLE_LOADERS.get(path.suffix.lower())
        if loader is None:
            if path.suffix.lower() != ".toml":  # sidecar descriptions sit beside tables
                problems.append(
                    Problem(
                        f"not a table ({path.suffix}); skipped",
                        where=shown_path(path, root),
                        fix="give CSV or XLSX files in [sources].tables",
                        severity=Severity.NOTE,
                    )
                )
            continue
        state = _file_state(path, root, declared) if kept is not None else None
        loaded = kept.get(state) if kept is not None and state is not None else None
        if loaded is None:
            loaded = loader(path, root=root, geography=geography, declared=declared)
            if kept is not None and state is not None:
                kept[state] = loaded
        frames.append(loaded.facts)
        problems += loaded.problems
    facts = pd.concat(frames, ignore_index=True) if frames else empty_facts()
    return Loaded(facts, tuple(problems))


def _file_state(path: Path, root: Path, declared: TableFormat | None) -> tuple[object, ...] | None:
    """What a table's reading depends on: the file's and its sidecar's content (as digests),
    where it is shown from, and the declared format (None when the file cannot be read: it is
    read anyway, and its reading says why). Content, not size and modification time: an edit
    that keeps both (two saves in one clock tick) must not leave the older reading in use."""
    try:
        own = sha256(path)
    except OSError:
        return None
    try:
        sidecar: str | None = sha256(path.with_suffix(".toml"))
    except OSError:
        sidecar = None
    return (str(path.resolve()), own, sidecar, str(root), declared)


def unread_files(folder: Path, read: set[Path], root: Path) -> tuple[Problem, ...]:
    """Files under ``folder`` that no configured source pattern reads (READMEs and the
    sidecar descriptions of tables that are read excepted): a table put there and silently
    ignored is a wrong briefing."""
    known = {path.resolve() for path in read}
    known |= {path.with_suffix(".toml").resolve() for path in read}
    return tuple(
        Problem(
            "no [sources] pattern reads this file",
            where=shown_path(path, root),
            fix="add it to [sources].tables or [sources].articles, or move it out of sources/",
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and path.resolve() not in known
        and not path.name.lower().startswith("readme")
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
