"""One article file read into candidate rows: its text decoded, its front matter checked, its
facts extracted. The extraction libraries load with this module, so a build whose articles are
all in the store (``sources.articles``) never imports them.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from briefings.domain.periods import PERIOD_HELP, Period
from briefings.errors import BriefingError
from briefings.extraction.document import Document, read_document
from briefings.extraction.extract import ArticleMeta, Candidate, extract_facts
from briefings.extraction.numbers import Language
from briefings.extraction.places import canonical
from briefings.sources.articles import MAX_BYTES

_VI_MARKS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323")
_LANGUAGES: dict[str, Language] = {"en": "en", "fr": "fr", "vi": "vi"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff")
Rows = list[dict[str, object]]


class _SkipFileError(Exception):
    """A file that cannot be read as an article; the message says why and how to fix it."""


def read_article_file(path: Path, label: str) -> tuple[Rows, list[str]]:
    """The candidate rows of one article file, and its notes, each ``what is wrong; how to fix
    it`` (a bad file gives only those)."""
    try:
        text, notes = _read_text(path)
        document = read_document(text, suffix=path.suffix.lower())
        meta, meta_notes = _meta(document, label)
    except _SkipFileError as skip:
        return [], [str(skip)]
    notes += document.problems + meta_notes
    extraction = extract_facts(document.text, meta)
    if extraction.problem:
        notes += (extraction.problem,)
    rows = [_row(candidate, document) for candidate in extraction.candidates]
    return rows, list(notes)


def read_article_text(path: Path) -> str:
    """The text of an article file as extraction read it: candidates' offsets point into it."""
    try:
        return _read_text(path)[0]
    except _SkipFileError as error:
        raise OSError(str(error)) from None


def _read_text(path: Path) -> tuple[str, tuple[str, ...]]:
    """The file's text (NFC), and a note when it had to be decoded with a fallback."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _SkipFileError(
                f"{size / 1e6:.1f} MB is too large for an article (limit {MAX_BYTES // 10**6} MB);"
                " keep only the article's text"
            )
        data = path.read_bytes()
    except OSError as error:
        raise _SkipFileError(f"cannot be read ({error.strerror}); check the path") from None
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise _SkipFileError("binary file, not text; save the article as .txt, .md or .html")
    notes: tuple[str, ...] = ()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text, encoding = _decode_legacy(data)
        notes = (f"not UTF-8 text (looks like {encoding}); read as {encoding}; save it as UTF-8",)
    if not text.strip():
        raise _SkipFileError("empty file; paste the article's text into it or remove it")
    return unicodedata.normalize("NFC", text), notes


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Decode a non-UTF-8 file as Windows-1258 when it reads as Vietnamese, else as Latin-1."""
    vietnamese = data.decode("cp1258", errors="replace")
    letters = sum(ch.isalpha() for ch in vietnamese) or 1
    if sum(ch in _VI_MARKS for ch in vietnamese) / letters > 0.01:
        return vietnamese, "Windows-1258"
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"


def _meta(document: Document, label: str) -> tuple[ArticleMeta, tuple[str, ...]]:
    """Front matter as ArticleMeta; a wrong province or period skips the file."""
    given = document.meta
    notes: list[str] = []
    provinces: tuple[str, ...] = ()
    if given.get("province"):
        names = [name.strip() for name in given["province"].split(",") if name.strip()]
        unknown = [name for name in names if canonical(name) is None]
        if unknown or not names:
            raise _SkipFileError(
                f"front matter province {(unknown or [given['province']])[0]!r} is no known"
                " province; use a name such as Cao Bằng or a slug such as cao-bang"
            )
        provinces = tuple(dict.fromkeys(str(canonical(name)) for name in names))
    period = None
    if given.get("period"):
        try:
            period = Period.parse(given["period"])
        except BriefingError:
            raise _SkipFileError(
                f"front matter period {given['period']!r} is not a period; {PERIOD_HELP}"
            ) from None
    language = _LANGUAGES.get(given.get("language", "").lower()[:2])
    if given.get("language") and language is None:
        notes.append(f"front matter language {given['language']!r} is not en, fr or vi; ignored")
    published = given.get("published", "")
    if published and not _ISO_DATE.match(published):
        notes.append(f"front matter published {published!r} is not YYYY-MM-DD; ignored")
        published = ""
    meta = ArticleMeta(
        label,
        given.get("url", ""),
        published,
        provinces[0] if provinces else None,
        period,
        language,
        given.get("title", ""),
        provinces,
    )
    return meta, tuple(notes)


def _row(candidate: Candidate, document: Document) -> dict[str, object]:
    row = dict(vars(candidate))  # every field is a plain value: asdict's deep copy is not needed
    row["start"] = document.original_offset(candidate.start)
    row["end"] = document.original_offset(candidate.end)
    return row
