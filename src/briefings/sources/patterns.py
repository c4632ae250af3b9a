"""Which files the configured glob patterns name (no pandas: a no-op build's check uses it)."""

from __future__ import annotations

from pathlib import Path

from briefings.errors import SourceError


def expand_patterns(patterns: tuple[str, ...], root: Path, key: str) -> list[Path]:
    """Every file matched by the configured patterns, in a stable order.

    One pattern among several may match nothing (the default reads both CSV and XLSX tables);
    patterns that together match nothing are a mistake.
    """
    files: list[Path] = []
    for pattern in patterns:
        matched = (
            sorted(root.glob(pattern))
            if not Path(pattern).is_absolute()
            else sorted(Path(pattern).parent.glob(Path(pattern).name))
        )
        files.extend(path for path in matched if path not in files)
    if patterns and not files:
        shown = ", ".join(repr(p) for p in patterns)
        raise SourceError(
            f"no file matches {shown}",
            where=key,
            fix="check the path (relative to the configuration file)",
        )
    return files
