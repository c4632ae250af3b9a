"""Deciding on candidate article facts without editing CSV by hand.

``briefings review`` walks the undecided candidates one at a time (the quote in its context,
the proposed labels, what is uncertain) and records accept, reject or correct; with
``--accept ID``, ``--reject ID`` or ``--correct ID=VALUE`` it records them without asking.
Every decision is written to the review file at once, atomically, so quitting half-way (or
a crash) keeps what was decided.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import pandas as pd

from briefings.config import Config
from briefings.errors import ConfigError, Problem
from briefings.files import shown_path
from briefings.sources import expand_patterns
from briefings.sources.article_file import read_article_text
from briefings.sources.articles import flagged, load_articles
from briefings.sources.decisions import Decision, read_review, write_review

_CONTEXT = 160  # characters of the article shown on each side of a quote
_ANSWER = re.compile(r"\s*(?P<verb>[arcsq])\w*\s*(?P<value>.*?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    """One decision to record: ``accept``, ``reject`` or ``correct`` (with its value)."""

    fact_id: str
    decision: str
    value: float | None = None


@dataclass(frozen=True)
class Recorded:
    """What a review session wrote."""

    verdicts: tuple[Verdict, ...]
    remaining: int  # candidates still undecided


def review_sources(config: Config) -> tuple[pd.DataFrame, Path, tuple[Problem, ...]]:
    """The configured articles' candidates, the review file, and the articles' problems."""
    if not config.articles or config.reviewed is None:
        key = "articles" if not config.articles else "reviewed"
        raise ConfigError(
            "is not set",
            where=shown_path(config.path, config.root),
            key=f"[sources].{key}",
            fix='add articles = ["sources/articles/*.txt"] and reviewed = "sources/reviewed.csv"',
        )
    paths = expand_patterns(config.articles, config.root, "[sources].articles")
    loaded = load_articles(paths, root=config.root)
    return loaded.candidates, config.reviewed, loaded.problems


def parse_verdicts(
    accept: Sequence[str], reject: Sequence[str], correct: Sequence[str]
) -> list[Verdict]:
    """The command line's ``--accept``, ``--reject`` and ``--correct ID=VALUE`` as verdicts."""
    verdicts = [Verdict(i, "accept") for i in accept] + [Verdict(i, "reject") for i in reject]
    for item in correct:
        fact_id, equals, raw = item.partition("=")
        value = _number(raw) if equals else None
        if not fact_id.strip() or value is None:
            raise ConfigError(
                f"{item!r} is not ID=VALUE",
                where="the command line",
                key="--correct",
                fix="give the fact id and the right value in its unit, e.g. 1fee45e1a73d=1299.5",
            )
        verdicts.append(Verdict(fact_id.strip(), "correct", value))
    seen: dict[str, str] = {}
    for verdict in verdicts:
        if verdict.fact_id in seen:
            raise ConfigError(
                f"fact {verdict.fact_id} is decided twice ({seen[verdict.fact_id]} and "
                f"{verdict.decision})",
                where="the command line",
                key=f"--{verdict.decision}",
                fix="give each fact id once",
            )
        seen[verdict.fact_id] = verdict.decision
    return verdicts


def record(
    review_file: Path,
    candidates: pd.DataFrame,
    verdicts: Iterable[Verdict],
    *,
    reviewer: str,
    note: str = "",
) -> Recorded:
    """Check every verdict names a candidate, then write them all into the review file."""
    known = set(candidates["fact_id"])
    verdicts = tuple(verdicts)
    for verdict in verdicts:
        if verdict.fact_id not in known:
            raise ConfigError(
                f"no candidate fact {verdict.fact_id!r}",
                where="the command line",
                key=f"--{verdict.decision}",
                fix="copy an id from `briefings extract` or `briefings review` output",
            )
    decisions = _existing(review_file)
    for verdict in verdicts:
        decisions[verdict.fact_id] = Decision(
            verdict.fact_id, verdict.decision, verdict.value, reviewer, note, 0
        )
    write_review(review_file, decisions.values())
    return Recorded(verdicts, len(undecided(candidates, decisions)))


def undecided(candidates: pd.DataFrame, decisions: dict[str, Decision]) -> list[dict[str, object]]:
    """The candidates nobody has decided on yet: those flagged uncertain first (on articles no
    rule was written against, 4 in 10 of them were right, against 8 in 10 of the others), then
    the rest, each in the order the articles give them."""
    rows = [{str(k): v for k, v in row.items()} for row in candidates.to_dict(orient="records")]
    pending = [row for row in rows if str(row["fact_id"]) not in decisions]
    return sorted(pending, key=lambda row: not flagged(row.get("uncertain")))


def walk(
    review_file: Path,
    candidates: pd.DataFrame,
    *,
    root: Path,
    reviewer: str,
    answers: TextIO,
    out: TextIO,
) -> Recorded:
    """Ask about each undecided candidate in turn; record each answer at once.

    Answers: ``a`` accept, ``r`` reject, ``c VALUE`` correct, ``s`` skip, ``q`` quit (so does
    the end of input).
    """
    decisions = _existing(review_file)
    pending = undecided(candidates, decisions)
    given = rival_values(candidates)
    recorded: list[Verdict] = []
    for number, row in enumerate(pending, start=1):
        out.write(f"\n[{number}/{len(pending)}] {describe(row, root, given)}\n")
        verdict = _ask(str(row["fact_id"]), answers, out)
        if verdict is None:
            break
        if verdict.decision == "skip":
            continue
        decisions[verdict.fact_id] = Decision(
            verdict.fact_id, verdict.decision, verdict.value, reviewer, "", 0
        )
        write_review(review_file, decisions.values())
        recorded.append(verdict)
    return Recorded(tuple(recorded), len(undecided(candidates, decisions)))


_Fact = tuple[str, str, str, str, str]  # article file, province, period, indicator, measure


def _fact_of(row: dict[str, object]) -> _Fact:
    article = str(row["origin"]).rsplit(":", 1)[0]
    return (article, str(row["province"]), str(row["period"]), str(row["indicator"]),
            str(row["measure"]))  # fmt: skip


def rival_values(candidates: pd.DataFrame) -> dict[_Fact, list[tuple[str, float]]]:
    """(id, value) of every candidate of each fact of each article: what a ``conflict``
    candidate is weighed against."""
    given: dict[_Fact, list[tuple[str, float]]] = {}
    for row in candidates.to_dict(orient="records"):
        fact = _fact_of({str(k): v for k, v in row.items()})
        given.setdefault(fact, []).append((str(row["fact_id"]), float(str(row["value"]))))
    return given


def describe(
    row: dict[str, object], root: Path, given: dict[_Fact, list[tuple[str, float]]] | None = None
) -> str:
    """A candidate as a reviewer reads it: id, proposed labels, doubts (for a conflict, the
    article's other values of the same fact), the quote in context."""
    value = float(str(row["value"]))
    labels = (
        f"{row['fact_id']}  {row['province']} {row['period']}  {row['indicator']} "
        f"{row['measure']} = {value:g} {row['unit']}"
    )
    extras = [str(row[key]) for key in ("qualifier",) if row.get(key)]
    if row.get("uncertain"):
        extras.append(f"uncertain: {row['uncertain']}")
    rivals = [
        f"{other:g} ({fact_id})"
        for fact_id, other in (given or {}).get(_fact_of(row), [])
        if fact_id != row["fact_id"]
    ]
    if rivals:
        extras.append(f"the article also gives {', '.join(rivals)}")
    if extras:
        labels += f"  ({'; '.join(extras)})"
    return f"{labels}\n  {context(row, root)}\n  {row['origin']}  {row['source']}"


def context(row: dict[str, object], root: Path) -> str:
    """The quote in the words around it, «marked»; the quote alone if the file is gone."""
    path = root / str(row["origin"]).rsplit(":", 1)[0]
    try:
        text = read_article_text(path)
    except OSError:
        return f"«{row['quote']}»"
    start, end = int(str(row["start"])), int(str(row["end"]))
    before = " ".join(text[max(0, start - _CONTEXT) : start].split())
    after = " ".join(text[end : end + _CONTEXT].split())
    quote = " ".join(text[start:end].split())
    return f"…{before} «{quote}» {after}…"


def _ask(fact_id: str, answers: TextIO, out: TextIO) -> Verdict | None:
    while True:
        out.write("accept [a], reject [r], correct [c VALUE], skip [s], quit [q]? ")
        out.flush()
        line = answers.readline()
        if not line:
            return None  # the end of the input: stop as after "q"
        answer = _ANSWER.match(line)
        verb = answer.group("verb").lower() if answer else ""
        if verb == "q":
            return None
        if verb in ("a", "r", "s"):
            decision = {"a": "accept", "r": "reject", "s": "skip"}[verb]
            return Verdict(fact_id, decision)
        if verb == "c" and answer:
            value = _number(answer.group("value"))
            if value is not None:
                return Verdict(fact_id, "correct", value)
            out.write("give the right value after c, in the fact's unit, e.g. c 1299.5\n")
            continue
        out.write("answer a, r, c VALUE, s or q\n")


def _existing(review_file: Path) -> dict[str, Decision]:
    return read_review(review_file) if review_file.exists() else {}


def _number(raw: str) -> float | None:
    try:
        value = float(raw.replace(" ", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None
