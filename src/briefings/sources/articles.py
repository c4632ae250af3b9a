"""Load news articles (text, Markdown or HTML) as candidate facts awaiting review.

A bad file never stops the others: it is skipped (or read with a fallback) and named in a
``Problem`` of ``ArticleLoad.problems`` that says how to fix it.
"""

from __future__ import annotations

import logging
import multiprocessing
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from briefings.domain.periods import PERIOD_HELP, Period
from briefings.errors import BriefingError, Problem
from briefings.extraction.document import Document, read_document
from briefings.extraction.extract import ArticleMeta, Candidate, extract_facts
from briefings.extraction.numbers import Language
from briefings.extraction.places import canonical
from briefings.files import shown_path
from briefings.sources.schema import FACT_COLUMNS, validate_facts

logger = logging.getLogger(__name__)

MAX_BYTES = 5_000_000  # a long article is 100 kB; anything this big is not one article
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
EXTRA_COLUMNS: tuple[str, ...] = ("fact_id", "qualifier", "start", "end", "language", "uncertain")
CANDIDATE_COLUMNS: tuple[str, ...] = FACT_COLUMNS + EXTRA_COLUMNS


def flagged(uncertain: object) -> bool:
    """True for a candidate's ``uncertain`` cell that flags it (a province or span the text
    does not settle, a conflict; empty or missing is no flag): what review asks about first,
    and evaluation scores apart."""
    return isinstance(uncertain, str) and bool(uncertain)


_VI_MARKS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323")
_LANGUAGES: dict[str, Language] = {"en": "en", "fr": "fr", "vi": "vi"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff")


@dataclass(frozen=True)
class ArticleLoad:
    """Candidate facts of every readable article, and the problems met on the way."""

    candidates: pd.DataFrame
    problems: tuple[Problem, ...]


class _SkipFileError(Exception):
    """A file that cannot be read as an article; the message says why and how to fix it."""


def load_articles(paths: Sequence[Path], *, root: Path, jobs: int = 1) -> ArticleLoad:
    """Read article files (folders are searched for .txt, .md, .html) into candidate facts;
    with ``jobs`` above one, many files are read in that many processes (same result, in the
    same order: each file is read on its own)."""
    files = _article_files(paths)
    labels = [shown_path(path, root) for path in files]
    rows: list[dict[str, object]] = []
    problems: list[Problem] = []
    for file_rows, file_problems in _each_file(files, labels, jobs):
        rows += file_rows
        problems += file_problems
    logger.info("articles: %d candidate facts, %d problems", len(rows), len(problems))
    return ArticleLoad(_frame(rows), tuple(problems))


FileRead = tuple[list[dict[str, object]], list[Problem]]
_FILES_PER_POOL = 16  # fewer files than this are read at once, without starting processes


def _each_file(files: list[Path], labels: list[str], jobs: int) -> Iterator[FileRead]:
    """``_load_file`` of each file, in order: in this process, or in a pool of ``jobs``
    (forked where the system allows, so that workers start with extraction imported)."""
    if jobs <= 1 or len(files) < _FILES_PER_POOL:
        yield from map(_load_file, files, labels)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, len(files) // (jobs * 4))
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        yield from pool.map(_load_file, files, labels, chunksize=chunk)


def _load_file(path: Path, label: str) -> FileRead:
    """The candidate rows of one article file, and its problems (a bad file gives only those)."""
    try:
        text, notes = _read_text(path)
        document = read_document(text, suffix=path.suffix.lower())
        meta, meta_notes = _meta(document, label)
    except _SkipFileError as skip:
        return [], [_problem(label, str(skip))]
    notes += document.problems + meta_notes
    extraction = extract_facts(document.text, meta)
    if extraction.problem:
        notes += (extraction.problem,)
    rows = [_row(candidate, document) for candidate in extraction.candidates]
    return rows, [_problem(label, note) for note in notes]


def read_article_text(path: Path) -> str:
    """The text of an article file as extraction read it: candidates' offsets point into it."""
    try:
        return _read_text(path)[0]
    except _SkipFileError as error:
        raise OSError(str(error)) from None


def _article_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.lower().startswith("readme")
            )
        else:
            files.append(path)
    return files


def _problem(label: str, note: str) -> Problem:
    """A note written as ``what is wrong; how to fix it`` as a Problem of this file."""
    message, _, fix = note.partition("; ")
    return Problem(message, where=label, fix=fix)


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


def _frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(CANDIDATE_COLUMNS))
    facts = validate_facts(frame, where="sources/articles")
    for column in EXTRA_COLUMNS:
        facts[column] = frame[column].to_numpy() if rows else pd.Series(dtype="object")
    for column in ("start", "end"):
        facts[column] = facts[column].astype("int64")
    return facts
