"""How well extraction does on real articles: precision, recall and F1 against hand-made gold.

Run ``python -m briefings.extraction.evaluate --split dev`` (``nox -s eval_extract``). The
development set (``tests/data/extraction_devset``) lists the articles and their gold facts;
the article texts are git-ignored, so an article whose text is absent is skipped with a note.

A candidate is correct when a gold fact of its article has the same province, period,
indicator and measure and a value equal within rounding. Each gold fact is matched once, so
the same figure found twice counts once right and once wrong. Required gold facts make up
recall; a candidate matching an optional gold fact is neither required nor a false positive,
so it counts in neither precision nor recall.

Splits: ``dev`` (the articles the rules were written on), ``spent`` (a held-out third, measured
once and opened afterwards for rule work), ``all`` (both) and ``test`` (a fresh, sealed set in
its own folder, ``--devset tests/data/extraction_testset5``). The test split exists to be
measured once, at the end: its misses and false positives are never printed, so nobody tunes a
rule against them by accident.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefings.sources.articles import flagged, load_articles

DEVSET = Path("tests/data/extraction_devset")
SPLITS = ("dev", "spent", "test", "all")
SEALED = ("test",)  # splits whose errors are never printed
CLASSES = ("language", "publisher_kind", "scope", "span")
# Candidates flagged for review (an uncertain province or span, a conflict) against the others:
# how far an analyst may trust what extraction does not flag. A class of candidates, not of
# gold facts, so it has no recall.
FLAGGED = "flagged"


@dataclass(frozen=True)
class Fact:
    """A gold or extracted fact, reduced to what is compared."""

    article_id: str
    province: str
    period: str
    indicator: str
    measure: str
    value: float
    required: bool = True
    quote: str = ""
    flagged: bool = False  # a candidate extraction marked uncertain, for review

    @property
    def key(self) -> tuple[str, ...]:
        """Province, period, indicator and measure."""
        return (self.province, self.period, self.indicator, self.measure)

    @property
    def span(self) -> str:
        """The period's span (Q1, H1, 9M, FY, Q2...)."""
        return self.period.partition("-")[2]


@dataclass
class Score:
    """Counts for one group of articles or facts."""

    articles: int = 0
    correct: int = 0  # candidates matching a required gold fact
    wrong: int = 0  # candidates matching no gold fact
    optional: int = 0  # candidates matching an optional gold fact (counted neither way)
    required: int = 0
    found: int = 0  # required gold facts matched

    @property
    def precision(self) -> float:
        """Share of the scored candidates that are right (1.0 when there are none)."""
        scored = self.correct + self.wrong
        return self.correct / scored if scored else 1.0

    @property
    def recall(self) -> float:
        """Share of the required gold facts found (1.0 when there are none)."""
        return self.found / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass
class Outcome:
    """How each candidate and each gold fact of one article fared."""

    correct: list[Fact] = field(default_factory=list)
    wrong: list[Fact] = field(default_factory=list)
    optional: list[Fact] = field(default_factory=list)
    missed: list[Fact] = field(default_factory=list)
    found: list[Fact] = field(default_factory=list)


def close(value: float, gold: float) -> bool:
    """Equal within the rounding a report may apply (0.5 %, at least 0.01)."""
    return abs(value - gold) <= max(0.01, 0.005 * abs(gold))


def match(found: Sequence[Fact], gold: Sequence[Fact]) -> Outcome:
    """Match one article's candidates to its gold facts, each gold fact at most once.

    A candidate takes the closest free gold fact with its key, required ones first.
    """
    outcome = Outcome()
    free = list(gold)
    for fact in found:
        fits = [g for g in free if g.key == fact.key and close(fact.value, g.value)]
        if not fits:
            outcome.wrong.append(fact)
            continue
        best = min(fits, key=lambda g: (not g.required, abs(g.value - fact.value)))
        free.remove(best)
        if best.required:
            outcome.correct.append(fact)
            outcome.found.append(best)
        else:
            outcome.optional.append(fact)
    outcome.missed = [g for g in free if g.required]
    return outcome


def read_devset(folder: Path) -> tuple[list[dict[str, str]], dict[str, list[Fact]]]:
    """The articles (rows of articles.csv) and their gold facts by article id."""
    with (folder / "articles.csv").open(encoding="utf-8", newline="") as handle:
        articles = list(csv.DictReader(handle))
    gold: dict[str, list[Fact]] = {row["article_id"]: [] for row in articles}
    with (folder / "gold.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            gold.setdefault(row["article_id"], []).append(_gold_fact(row))
    return articles, gold


def _gold_fact(row: dict[str, str]) -> Fact:
    keys = (row["province"], row["period"], row["indicator"], row["measure"])
    return Fact(row["article_id"], *keys, float(row["value"]), row["required"] == "1", row["quote"])


def extract_article(path: Path, article_id: str) -> list[Fact]:
    """The candidates the loader extracts from one article file, as comparable facts."""
    frame = load_articles([path], root=path.parent).candidates
    return [
        Fact(
            article_id,
            str(row["province"]),
            str(row["period"]),
            str(row["indicator"]),
            str(row["measure"]),
            float(row["value"]),
            quote=str(row["quote"]),
            flagged=flagged(row["uncertain"]),
        )
        for row in frame.to_dict(orient="records")
    ]


def evaluate(folder: Path, split: str) -> tuple[dict[str, Score], dict[str, Outcome], list[str]]:
    """Scores by class (``all``, ``language=en``, ``span=H1``...), outcomes by article, notes."""
    articles, gold = read_devset(folder)
    chosen = [a for a in articles if _in_split(a["split"], split)]
    scores: dict[str, Score] = {}
    outcomes: dict[str, Outcome] = {}
    notes: list[str] = []
    for article in chosen:
        path = folder / "texts" / f"{article['article_id']}.txt"
        if not path.is_file():
            notes.append(f"{article['article_id']}: no text at {path}; skipped")
            continue
        outcome = match(extract_article(path, article["article_id"]), gold[article["article_id"]])
        outcomes[article["article_id"]] = outcome
        _add(scores, article, outcome)
    return scores, outcomes, notes


def _in_split(article_split: str, split: str) -> bool:
    """``all`` is every split that may be opened: a sealed split is only ever asked for by name."""
    return article_split == split or (split == "all" and article_split not in SEALED)


def _add(scores: dict[str, Score], article: dict[str, str], outcome: Outcome) -> None:
    groups = ["all"] + [f"{name}={article[name]}" for name in CLASSES if name != "span"]
    for name in groups:
        score = scores.setdefault(name, Score())
        score.articles += 1
        score.correct += len(outcome.correct)
        score.wrong += len(outcome.wrong)
        score.optional += len(outcome.optional)
        score.found += len(outcome.found)
        score.required += len(outcome.found) + len(outcome.missed)
    # By span, each fact counts under its own period: a wrong span is wrong in the span given.
    # Candidates (not the gold facts found) also count under their flag.
    for facts, attribute in (
        (outcome.correct, "correct"),
        (outcome.wrong, "wrong"),
        (outcome.optional, "optional"),
        (outcome.found, "found"),
    ):
        for fact in facts:
            names = [f"span={fact.span}"]
            if attribute != "found":
                names.append(f"{FLAGGED}={'yes' if fact.flagged else 'no'}")
            for name in names:
                score = scores.setdefault(name, Score())
                setattr(score, attribute, getattr(score, attribute) + 1)
    for fact in (*outcome.found, *outcome.missed):
        scores.setdefault(f"span={fact.span}", Score()).required += 1


def format_table(scores: dict[str, Score]) -> str:
    """The scores as a fixed-width table, one row per class."""
    header = (
        f"{'class':<26}{'articles':>9}{'correct':>9}{'wrong':>7}{'optional':>10}"
        f"{'found/required':>16}{'precision':>11}{'recall':>8}{'F1':>7}"
    )
    lines = [header, "-" * len(header)]
    for name in _ordered(scores):
        s = scores[name]
        articles = str(s.articles) if s.articles else "-"
        if name.startswith(f"{FLAGGED}="):  # candidates only: no gold fact to recall
            found, recall, f1 = "-", "-", "-"
        else:
            found, recall, f1 = f"{s.found}/{s.required}", f"{s.recall:.3f}", f"{s.f1:.3f}"
        lines.append(
            f"{name:<26}{articles:>9}{s.correct:>9}{s.wrong:>7}{s.optional:>10}"
            f"{found:>16}{s.precision:>11.3f}{recall:>8}{f1:>7}"
        )
    return "\n".join(lines)


def _ordered(scores: dict[str, Score]) -> list[str]:
    spans = ["Q1", "Q2", "Q3", "Q4", "H1", "9M", "FY"]

    def key(name: str) -> tuple[int, int, str]:
        kind, _, value = name.partition("=")
        rank = ("all", *CLASSES, FLAGGED).index(kind)
        return rank, spans.index(value) if value in spans else 0, value

    return sorted(scores, key=key)


def format_details(outcomes: dict[str, Outcome]) -> Iterable[str]:
    """Every miss and false positive, by article (never for a sealed split)."""
    for article_id, outcome in outcomes.items():
        for label, facts in (("missed", outcome.missed), ("wrong", outcome.wrong)):
            for f in facts:
                yield (
                    f"{article_id}: {label}: {f.province} {f.period} {f.indicator} {f.measure}"
                    f" {f.value:g} | {f.quote[:90]}"
                )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the evaluation table for a split; exit 2 when the development set is missing."""
    parser = argparse.ArgumentParser(
        prog="python -m briefings.extraction.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--split", choices=SPLITS, default="dev", help="all = dev and spent (default: dev)"
    )
    parser.add_argument("--devset", type=Path, default=DEVSET, help=f"default: {DEVSET}")
    parser.add_argument(
        "--details", action="store_true", help="list misses and false positives (not for test)"
    )
    parser.add_argument(
        "--floor",
        type=_floor,
        metavar="P,R",
        help="exit 1 when overall precision or recall is below these, e.g. 0.95,0.90",
    )
    args = parser.parse_args(argv)
    if not (args.devset / "articles.csv").is_file():
        print(f"evaluate: error: {args.devset}: no articles.csv; give --devset", file=sys.stderr)
        return 2
    if args.details and args.split in SEALED:
        print(
            f"evaluate: error: --details: not for --split {args.split}; sealed errors stay unseen",
            file=sys.stderr,
        )
        return 2
    scores, outcomes, notes = evaluate(args.devset, args.split)
    for note in notes:
        print(f"note: {note}")
    if args.details:
        print("\n".join(format_details(outcomes)))
    print(f"split {args.split}: {len(outcomes)} articles with text")
    print(format_table(scores))
    if args.floor is not None and outcomes:
        precision, recall = args.floor
        overall = scores["all"]
        if overall.precision < precision or overall.recall < recall:
            print(
                f"evaluate: below the floor: precision {overall.precision:.3f} (≥ {precision}), "
                f"recall {overall.recall:.3f} (≥ {recall})",
                file=sys.stderr,
            )
            return 1
    return 0


def _floor(text: str) -> tuple[float, float]:
    """``0.95,0.90`` → (precision, recall)."""
    try:
        precision, recall = (float(x) for x in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not P,R (e.g. 0.95,0.90)") from None
    return precision, recall


if __name__ == "__main__":
    sys.exit(main())
