"""Whether a build has anything to do, decided before pandas, matplotlib or WeasyPrint load.

An edition's *build key* is a sha256 over everything its bytes depend on: the resolved
configuration (output folders aside), every input file (configuration, sources and their
sidecars, reviewed decisions, templates and fonts), the briefings package's own files, the
versions of the libraries that shape the output, Python's version and the git commit (which
the PDFs cite). The manifest records the key; a build whose key matches the published
edition's manifest, and whose every listed output is still there with its hash, is a no-op.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import dataclasses
import hashlib
import json
import sys
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import briefings
from briefings.config import Config
from briefings.files import sha256, shown_path
from briefings.manifest import MANIFEST, git_commit, input_files
from briefings.sources.patterns import expand_patterns

# Config fields that say where the output goes, where a value was written, or what runs the
# work (every executor gives the same bytes): not inputs.
_NOT_INPUTS = {"path", "root", "reports_dir", "figures_dir", "out", "province_places",
               "executor", "scheduler"}  # fmt: skip
_LIBRARIES = ("weasyprint", "pydyf", "matplotlib", "numpy", "pandas", "jinja2", "fonttools",
              "babel", "pillow", "openpyxl")  # fmt: skip


def configured_inputs(config: Config) -> list[Path]:
    """``input_files`` of the configured patterns, found without loading any source."""
    tables = expand_patterns(config.tables, config.root, "[sources].tables")
    articles = expand_patterns(config.articles, config.root, "[sources].articles")
    return input_files(config, tables, articles)


def _settings(config: Config) -> str:
    """The configuration as resolved, without absolute paths (the key is the same anywhere)."""
    shown = {}
    for item in dataclasses.fields(config):
        if item.name in _NOT_INPUTS:
            continue
        value = getattr(config, item.name)
        shown[item.name] = shown_path(value, config.root) if isinstance(value, Path) else value
    return repr(sorted(shown.items()))


@cache
def code_digest() -> str:
    """sha256 over the briefings package's files (code, catalogs, data): its own version."""
    digest = hashlib.sha256(briefings.__version__.encode())
    package = Path(briefings.__file__).parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def environment() -> tuple[str, ...]:
    """Python's, the libraries' and the native text libraries' versions, without importing
    the libraries (their metadata, and the shared libraries' own version functions)."""
    found = [sys.version]
    for package in _LIBRARIES:
        try:
            found.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            found.append(f"{package} absent")
    for library, function in (("pango-1.0", "pango_version_string"),
                              ("harfbuzz", "hb_version_string")):  # fmt: skip
        name = ctypes.util.find_library(library)
        if name is not None:
            getter = getattr(ctypes.CDLL(name), function)
            getter.restype = ctypes.c_char_p
            found.append(f"{library} {getter().decode()}")
    return tuple(found)


def build_key(config: Config, language: str, commit: str | None) -> str:
    """The key of the edition in ``language``: changes whenever its bytes could."""
    digest = hashlib.sha256()
    parts = [_settings(config), language, str(commit), code_digest(), *environment()]
    parts += [f"{shown_path(p, config.root)} {sha256(p)}" for p in configured_inputs(config)]
    for part in parts:
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


@dataclasses.dataclass(frozen=True)
class UpToDate:
    """Published editions whose key matches this build's: nothing to rebuild."""

    editions: tuple[str, ...]
    files: int  # outputs checked against their recorded hashes


def published_edition(reports_dir: Path, key: str) -> tuple[str, int] | None:
    """(edition, number of outputs) of the published edition built with ``key`` whose every
    output is still there with its recorded bytes; None when there is none."""
    parent = reports_dir.parent
    for manifest in sorted(reports_dir.glob(f"*/{MANIFEST}")):
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if data.get("build_key") != key:
            continue
        outputs: dict[str, str] = data.get("outputs", {})
        if all((parent / name).is_file() and sha256(parent / name) == digest
               for name, digest in outputs.items()):  # fmt: skip
            return manifest.parent.name, len(outputs)
    return None


def up_to_date(config: Config) -> UpToDate | None:
    """The published editions, when every language's is current; else None (build)."""
    commit = git_commit(config.root)
    editions, files = [], 0
    for language in config.languages:
        found = published_edition(config.reports_dir, build_key(config, language, commit))
        if found is None:
            return None
        editions.append(found[0])
        files += found[1]
    return UpToDate(tuple(editions), files)
