"""Source loaders: each kind of source becomes the same tidy fact table.

``LOADERS`` maps a file suffix to the loader for it; ``load_sources`` expands the configured
glob patterns, loads every file and concatenates the validated results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from briefings.errors import SourceError
from briefings.geography import Geography, load_geography
from briefings.sources.schema import empty_facts
from briefings.sources.tables import load_table

log = logging.getLogger(__name__)

Loader = Callable[..., pd.DataFrame]
TABLE_LOADERS: dict[str, Loader] = {".csv": load_table, ".xlsx": load_table, ".xlsm": load_table}


def expand_patterns(patterns: tuple[str, ...], root: Path, key: str) -> list[Path]:
    """Every file matched by the configured patterns, in a stable order."""
    files: list[Path] = []
    for pattern in patterns:
        matched = (
            sorted(root.glob(pattern))
            if not Path(pattern).is_absolute()
            else sorted(Path(pattern).parent.glob(Path(pattern).name))
        )
        if not matched:
            raise SourceError(
                f"no file matches {pattern!r}",
                where=key,
                fix="check the path (relative to the configuration file)",
            )
        files.extend(path for path in matched if path not in files)
    return files


def load_tables(
    patterns: tuple[str, ...], root: Path, geography: Geography | None = None
) -> pd.DataFrame:
    """Load every configured table into one tidy fact table."""
    geography = geography or load_geography()
    frames = []
    for path in expand_patterns(patterns, root, "[sources].tables"):
        loader = TABLE_LOADERS.get(path.suffix.lower())
        if loader is None:
            if path.suffix.lower() != ".toml":  # sidecar descriptions sit beside tables
                log.warning("%s: not a table (%s); skipped", path, path.suffix)
            continue
        frames.append(loader(path, root=root, geography=geography))
        log.info("loaded %s (%d facts)", path.name, len(frames[-1]))
    return pd.concat(frames, ignore_index=True) if frames else empty_facts()
