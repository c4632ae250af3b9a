"""``briefings verify``: rebuild an edition in a temporary folder and compare with what is
published, file by file, using the manifest's hashes."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from briefings.config import Config
from briefings.files import sha256
from briefings.manifest import MANIFEST, read_manifest
from briefings.pipeline import build


@dataclass(frozen=True)
class Verdict:
    """Outcome of a verification."""

    identical: tuple[str, ...]
    differing: tuple[str, ...]  # published file differs from the rebuild
    missing: tuple[str, ...]  # rebuilt, but not published
    unexpected: tuple[str, ...]  # in the published manifest, but not rebuilt
    changed_inputs: tuple[str, ...]  # inputs whose hash differs from the manifest's

    @property
    def ok(self) -> bool:
        """True when every published file matches the rebuild."""
        return not (self.differing or self.missing or self.unexpected)


def verify(config: Config) -> Verdict:
    """Rebuild ``config``'s editions (every language) elsewhere and compare them with the
    published ones."""
    verdicts = []
    with tempfile.TemporaryDirectory(prefix="briefings-verify-") as scratch:
        for result in build(config.with_overrides(out=Path(scratch))):
            verdicts.append(_compare(config, result.edition, result.reports / MANIFEST))
    return Verdict(*(tuple(x for v in verdicts for x in getattr(v, f)) for f in _FIELDS))


_FIELDS = ("identical", "differing", "missing", "unexpected", "changed_inputs")


def _compare(config: Config, edition: str, rebuilt_manifest: Path) -> Verdict:
    rebuilt = read_manifest(rebuilt_manifest)
    rebuilt_bytes = rebuilt_manifest.read_bytes()
    published_root = config.reports_dir.parent
    published = read_manifest(config.reports_dir / edition / MANIFEST)
    rebuilt_outputs: dict[str, str] = rebuilt["outputs"]
    identical, differing, missing = [], [], []
    for name, digest in sorted(rebuilt_outputs.items()):
        path = published_root / name
        if not path.is_file():
            missing.append(name)
        elif sha256(path) == digest:
            identical.append(name)
        else:
            differing.append(name)
    manifest_path = f"{config.reports_dir.name}/{edition}/{MANIFEST}"
    if (published_root / manifest_path).read_bytes() != rebuilt_bytes:
        differing.append(manifest_path)
    unexpected = sorted(set(published["outputs"]) - set(rebuilt_outputs))
    changed = sorted(
        name
        for name, digest in rebuilt["inputs"].items()
        if published["inputs"].get(name) != digest
    )
    return Verdict(
        tuple(identical), tuple(differing), tuple(missing), tuple(unexpected), tuple(changed)
    )
