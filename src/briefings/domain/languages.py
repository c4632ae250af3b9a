"""The languages an edition can be written in: English, and Vietnamese for the officials who
read the briefings as much as foreign analysts do."""

from __future__ import annotations

LANGUAGES = ("en", "vi")
MAIN = "en"  # its editions keep the plain edition name; others add "-<code>"


def edition_folder(edition: str, language: str) -> str:
    """Where an edition in ``language`` goes: ``2025-FY`` (English), ``2025-FY-vi``."""
    return edition if language == MAIN else f"{edition}-{language}"
