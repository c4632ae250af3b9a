"""What went into an edition and what came out: ``reports/<edition>/manifest.json``.

Inputs and outputs are listed with their sha256 so anyone can rebuild and check; the resolved
configuration, the library versions and the git commit say how. Nothing in it depends on the
clock or on where the build ran, so the manifest itself is byte-reproducible.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefings import __version__
from briefings.config import Config
from briefings.errors import SourceError
from briefings.files import sha256, shown_path

if TYPE_CHECKING:
    from briefings.selection import Selection

MANIFEST = "manifest.json"


def git_commit(root: Path) -> str | None:
    """The checked-out commit of the repository holding ``root``, if there is one."""
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def library_versions() -> dict[str, str]:
    """Versions of everything that shapes the output's bytes."""
    versions = {"briefings": __version__}
    for package in ("weasyprint", "matplotlib", "pandas", "jinja2", "fonttools", "pydyf"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = "absent"
    versions.update(_native_versions())
    return versions


def _native_versions() -> dict[str, str]:
    from matplotlib import ft2font
    from weasyprint.text.ffi import pango

    pango_number = int(pango.pango_version())
    return {
        "pango": f"{pango_number // 10000}.{pango_number // 100 % 100}.{pango_number % 100}",
        "harfbuzz": _c_version("harfbuzz", "hb_version_string"),
        "freetype": str(getattr(ft2font, "__freetype_version__", "unknown")),
    }


def _c_version(library: str, function: str) -> str:
    """A C library's version string, read from the shared library itself."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library(library)
    if name is None:
        return "unknown"
    getter = getattr(ctypes.CDLL(name), function)
    getter.restype = ctypes.c_char_p
    return str(getter().decode())


def input_files(config: Config, tables: list[Path], articles: list[Path]) -> list[Path]:
    """Every file a build reads: configuration, sources (with sidecars), templates, fonts."""
    files = {config.path, *tables}
    files |= {p for a in articles for p in ([a] if a.is_file() else a.rglob("*")) if p.is_file()}
    if config.reviewed is not None and config.reviewed.is_file():
        files.add(config.reviewed)
    files |= {t.with_suffix(".toml") for t in tables if t.with_suffix(".toml").is_file()}
    files |= {p for p in config.templates.rglob("*") if p.is_file()}
    return sorted(files)


def resolved_configuration(config: Config, selection: Selection, edition: str) -> dict[str, Any]:
    """The configuration as the build understood it (no output paths: they are not inputs)."""
    return {
        "title": config.title,
        "edition": edition,
        "period": selection.period.label,
        "provinces": [f"{p.slug} ({p.boundary})" for p in selection.provinces],
        "indicators": list(selection.indicators),
        "trend_from": selection.trend_from.label,
        "tables": list(config.tables),
    }


@dataclass(frozen=True)
class Manifest:
    """The manifest's content, ready to write."""

    data: dict[str, Any]

    def write(self, folder: Path) -> Path:
        """Write ``manifest.json`` (sorted keys, trailing newline) into ``folder``."""
        path = folder / MANIFEST
        path.write_text(
            json.dumps(self.data, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
        return path


def make_manifest(
    config: Config,
    selection: Selection,
    edition: str,
    inputs: list[Path],
    outputs: dict[str, Path],
    commit: str | None,
    build_key: str,
) -> Manifest:
    """Assemble the manifest; ``outputs`` maps names as published (reports/.., figures/..)."""
    return Manifest(
        {
            "briefings_manifest": 1,
            "build_key": build_key,  # see briefings.build.cache: equal keys, equal bytes
            "configuration": resolved_configuration(config, selection, edition),
            "configuration_sha256": sha256(config.path),
            "git_commit": commit,
            "inputs": {shown_path(p, config.root): sha256(p) for p in inputs},
            "outputs": {name: sha256(path) for name, path in sorted(outputs.items())},
            "versions": library_versions(),
        }
    )


def output_files(stage: Path, *folders: Path) -> dict[str, Path]:
    """Every file written, named as published (``reports/<edition>/...``, ``figures/...``)."""
    return {
        path.relative_to(stage).as_posix(): path
        for folder in folders
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def read_manifest(path: Path) -> dict[str, Any]:
    """Load a manifest written by ``Manifest.write``."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourceError(
            "no manifest", where=str(path), fix="build the edition first: briefings build"
        ) from None
    except json.JSONDecodeError as exc:
        raise SourceError(
            f"not a valid manifest ({exc.msg})",
            where=str(path),
            line=exc.lineno,
            fix="rebuild the edition to rewrite it",
        ) from None
    return data
