"""Load news articles (text, Markdown or HTML) as candidate facts awaiting review.

A bad file never stops the others: it is skipped (or read with a fallback) and named in a
``Problem`` of ``ArticleLoad.problems`` that says how to fix it.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from briefings.build.store import Store, key_of
from briefings.errors import Problem
from briefings.files import sha256, shown_path
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


@dataclass(frozen=True)
class ArticleLoad:
    """Candidate facts of every readable article, and the problems met on the way."""

    candidates: pd.DataFrame
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class ReadCache:
    """Where the rows read from each article file are kept between builds: under a key of
    the file's bytes, its name and ``version`` (the code that read it), so that a rebuild
    extracts only the articles that changed, and imports extraction only if one did."""

    store: Store
    version: str

    def key(self, path: Path, label: str) -> str | None:
        """The key of what ``path`` gives; None when it cannot be read or is too large to be
        an article (its reading says why, without hashing it)."""
        try:
            if path.stat().st_size > MAX_BYTES:
                return None
            return key_of("article", self.version, label, sha256(path))
        except OSError:
            return None


def load_articles(
    paths: Sequence[Path], *, root: Path, jobs: int = 1, cache: ReadCache | None = None
) -> ArticleLoad:
    """Read article files (folders are searched for .txt, .md, .html) into candidate facts;
    with ``jobs`` above one, many files are read in that many processes (same result, in the
    same order: each file is read on its own). A file whose reading ``cache`` holds is not
    read again."""
    files = _article_files(paths)
    labels = [shown_path(path, root) for path in files]
    keys = [cache.key(p, label) if cache else None for p, label in zip(files, labels, strict=True)]
    kept: dict[int, FileRead] = {}
    if cache is not None:
        for index, key in enumerate(keys):
            found = cache.store.fetch(key, root) if key is not None else None
            if found is not None:
                kept[index] = (found["rows"], found["notes"])
    missing = [i for i in range(len(files)) if i not in kept]
    read = _each_file([files[i] for i in missing], [labels[i] for i in missing], jobs)
    for index, file_read in zip(missing, read, strict=True):
        kept[index] = file_read
        key = keys[index]
        if cache is not None and key is not None:
            cache.store.keep(key, root, [], {"rows": file_read[0], "notes": file_read[1]})
    rows: list[dict[str, object]] = []
    problems: list[Problem] = []
    for index, label in enumerate(labels):
        rows += kept[index][0]
        problems += [_problem(label, note) for note in kept[index][1]]
    logger.info("articles: %d candidate facts, %d problems", len(rows), len(problems))
    return ArticleLoad(_frame(rows), tuple(problems))


FileRead = tuple[list[dict[str, object]], list[str]]
_FILES_PER_POOL = 16  # fewer files than this are read at once, without starting processes


def _each_file(files: list[Path], labels: list[str], jobs: int) -> Iterator[FileRead]:
    """``read_article_file`` of each file, in order: in this process, or in a pool of ``jobs``
    (forked where the system allows, so that workers start with extraction imported)."""
    if not files:
        return
    from briefings.sources.article_file import read_article_file  # loads extraction

    if jobs <= 1 or len(files) < _FILES_PER_POOL:
        yield from map(read_article_file, files, labels)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, len(files) // (jobs * 4))
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        yield from pool.map(read_article_file, files, labels, chunksize=chunk)


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


def _frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(CANDIDATE_COLUMNS))
    facts = validate_facts(frame, where="sources/articles")
    for column in EXTRA_COLUMNS:
        facts[column] = frame[column].to_numpy() if rows else pd.Series(dtype="object")
    for column in ("start", "end"):
        facts[column] = facts[column].astype("int64")
    return facts
