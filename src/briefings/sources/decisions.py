"""Analysts' decisions on candidate article facts: accept, reject or correct each one.

Only reviewed facts reach a briefing, as kind ``article``; facts nobody has decided on come in
as ``article-unreviewed`` only when the caller asks for them (drafts). The review file is a
CSV with columns ``fact_id, decision, corrected_value, reviewer, note``; ``write_review``
replaces it atomically, so a reader (or a crash) never sees half a file.
"""

from __future__ import annotations

import csv
import io
import math
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from briefings.errors import Problem, SourceError
from briefings.sources.csvfile import decode
from briefings.sources.schema import Loaded, empty_facts, validate_facts

REVIEW_COLUMNS = ("fact_id", "decision", "corrected_value", "reviewer", "note")
DECISIONS = ("accept", "reject", "correct")
_HEADER_FIX = f"start the file with the header {','.join(REVIEW_COLUMNS)}"


@dataclass(frozen=True)
class Decision:
    """One row of a review file."""

    fact_id: str
    decision: str
    corrected_value: float | None
    reviewer: str
    note: str
    line: int


def read_review(path: Path) -> dict[str, Decision]:
    """The decisions in a review file, by fact id; a SourceError names any bad line."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(
            "review file not found", where=path, fix="check the path, or leave the review out"
        ) from None
    except OSError as error:
        raise SourceError(
            f"review file cannot be read ({error.strerror})", where=path, fix="check the path"
        ) from None
    # A bad byte is named by its line and column, never by its offset in the file.
    text = decode(data, str(path), None, fix='save it as UTF-8 ("CSV UTF-8" in Excel)')
    reader = csv.DictReader(text.splitlines())
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [column for column in ("fact_id", "decision") if column not in header]
    if missing:
        raise SourceError(f"no column {', '.join(missing)}", where=path, line=1, fix=_HEADER_FIX)
    decisions: dict[str, Decision] = {}
    for line, row in enumerate(reader, start=2):
        cells = {
            (key or "").strip(): (value or "").strip()
            for key, value in row.items()
            if isinstance(value, str)
        }
        if not any(cells.values()):
            continue
        decision = _decision(cells, path, line)
        earlier = decisions.get(decision.fact_id)
        if earlier is not None:
            raise SourceError(
                f"fact {decision.fact_id} is decided again (first on line {earlier.line})",
                where=path,
                line=line,
                fix="keep one row per fact_id",
            )
        decisions[decision.fact_id] = decision
    return decisions


def _decision(cells: dict[str, str], path: Path, line: int) -> Decision:
    fact_id = cells.get("fact_id", "")
    if not fact_id:
        raise SourceError(
            "empty fact_id",
            where=path,
            line=line,
            fix="copy the id from `briefings extract` output",
        )
    decision = cells.get("decision", "").lower()
    if decision not in DECISIONS:
        raise SourceError(
            f"decision {cells.get('decision', '')!r} is not one of {', '.join(DECISIONS)}",
            where=path,
            line=line,
            fix="write accept, reject or correct",
        )
    raw = cells.get("corrected_value", "")
    corrected = _number(raw) if raw else None
    if raw and corrected is None:
        raise SourceError(
            f"corrected_value {raw!r} is not a number",
            where=path,
            line=line,
            fix="write a plain number in the fact's unit, e.g. 1299.5",
        )
    if decision == "correct" and corrected is None:
        raise SourceError(
            "decision is correct but corrected_value is empty",
            where=path,
            line=line,
            fix="give the right value in the fact's unit, e.g. 1299.5",
        )
    return Decision(
        fact_id, decision, corrected, cells.get("reviewer", ""), cells.get("note", ""), line
    )


def write_review(path: Path, decisions: Iterable[Decision]) -> None:
    """Write ``decisions`` as the review file: a temporary file beside it, then a rename.

    The rename replaces the file in one step, so the old decisions survive any failure.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(REVIEW_COLUMNS)
    for d in decisions:
        value = "" if d.corrected_value is None else f"{d.corrected_value:.15g}"
        writer.writerow([d.fact_id, d.decision, value, d.reviewer, d.note])
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(buffer.getvalue())
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _number(raw: str) -> float | None:
    try:
        value = float(raw.replace(" ", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def apply_review(
    candidates: pd.DataFrame, reviewed: Path | None, *, include_unreviewed: bool
) -> Loaded:
    """Tidy facts from candidates and the analyst's decisions (validated, FACT_COLUMNS).

    Accepted and corrected facts become kind ``article``; rejected ones are dropped; facts
    with no decision are kept as ``article-unreviewed`` only when ``include_unreviewed``.
    A decision about a fact no article yields any more is returned as a problem.
    """
    decisions = read_review(reviewed) if reviewed is not None else {}
    known = set(candidates["fact_id"]) if "fact_id" in candidates.columns else set()
    problems = tuple(
        Problem(
            f"fact {fact_id} matches no candidate fact (its article changed or is gone);"
            " ignored it",
            where=str(reviewed),
            line=decision.line,
            fix="remove the row, or restore the article it came from",
        )
        for fact_id, decision in decisions.items()
        if fact_id not in known
    )
    return Loaded(_decided_facts(candidates, decisions, reviewed, include_unreviewed), problems)


def _decided_facts(
    candidates: pd.DataFrame,
    decisions: dict[str, Decision],
    reviewed: Path | None,
    include_unreviewed: bool,
) -> pd.DataFrame:
    if candidates.empty:
        return empty_facts()
    rows = []
    for record in candidates.to_dict(orient="records"):
        decided = decisions.get(str(record["fact_id"]))
        if decided is None:
            if include_unreviewed:
                rows.append({**record, "kind": "article-unreviewed"})
        elif decided.decision != "reject":
            value = decided.corrected_value if decided.decision == "correct" else record["value"]
            rows.append({**record, "kind": "article", "value": value})
    if not rows:
        return empty_facts()
    return validate_facts(pd.DataFrame(rows), where=str(reviewed or "articles"))
