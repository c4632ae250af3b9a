"""The analyst's review: accepted and corrected facts reach briefings, nothing else does."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from briefings.errors import SourceError
from briefings.sources.articles import load_articles
from briefings.sources.decisions import apply_review
from briefings.sources.schema import FACT_COLUMNS

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "synthetic-vi.txt"
HEADER = "fact_id,decision,corrected_value,reviewer,note\n"


@pytest.fixture(scope="module")
def candidates() -> pd.DataFrame:
    return load_articles([ARTICLE], root=ARTICLE.parent).candidates


def review(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "reviewed.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_accepted_and_corrected_facts_become_article_facts(
    tmp_path: Path, candidates: pd.DataFrame
) -> None:
    first, second, third = candidates["fact_id"][:3]
    path = review(
        tmp_path, f"{first},accept,,an,\n{second},correct,9,an,rank fixed\n{third},reject,,an,\n"
    )
    facts = apply_review(candidates, path, include_unreviewed=False).facts
    assert tuple(facts.columns) == FACT_COLUMNS
    assert list(facts["kind"]) == ["article", "article"]
    assert list(facts["value"]) == [candidates["value"][0], 9.0]
    assert list(facts["quote"]) == list(candidates["quote"][:2])
    assert set(facts["source"]) == {"https://baonghean.example/bai-viet-gia-lap-2025.html"}


def test_unreviewed_facts_come_only_when_asked(tmp_path: Path, candidates: pd.DataFrame) -> None:
    path = review(tmp_path, f"{candidates['fact_id'][0]},reject,,,\n")
    assert apply_review(candidates, path, include_unreviewed=False).facts.empty
    drafts = apply_review(candidates, path, include_unreviewed=True).facts
    assert len(drafts) == len(candidates) - 1
    assert set(drafts["kind"]) == {"article-unreviewed"}


def test_no_review_file_means_no_article_facts(candidates: pd.DataFrame) -> None:
    assert apply_review(candidates, None, include_unreviewed=False).facts.empty
    assert len(apply_review(candidates, None, include_unreviewed=True).facts) == len(candidates)


def test_an_unknown_id_is_a_problem_not_an_error(tmp_path: Path, candidates: pd.DataFrame) -> None:
    path = review(tmp_path, "000000000000,accept,,,\n")
    decided = apply_review(candidates, path, include_unreviewed=False)
    assert decided.facts.empty
    [problem] = decided.problems
    assert problem.line == 2
    assert "fact 000000000000 matches no candidate fact" in problem.one_line()


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("abc,maybe,,,\n", 2, "decision 'maybe' is not one of accept, reject, correct"),
        ("abc,correct,,,\n", 2, "decision is correct but corrected_value is empty"),
        ("abc,accept,,,\nabd,correct,lots,,\n", 3, "corrected_value 'lots' is not a number"),
        (",accept,,,\n", 2, "empty fact_id"),
        ("abc,accept,,,\nabc,reject,,,\n", 3, "fact abc is decided again (first on line 2)"),
    ],
)
def test_a_malformed_review_names_file_line_and_fix(
    tmp_path: Path, candidates: pd.DataFrame, body: str, line: int, message: str
) -> None:
    path = review(tmp_path, body)
    with pytest.raises(SourceError) as error:
        apply_review(candidates, path, include_unreviewed=False)
    assert error.value.line == line
    assert error.value.where == str(path)
    assert message in str(error.value)
    assert error.value.fix


def test_a_review_without_the_header_says_which_columns(
    tmp_path: Path, candidates: pd.DataFrame
) -> None:
    path = tmp_path / "reviewed.csv"
    path.write_text("id,verdict\nabc,accept\n", encoding="utf-8")
    with pytest.raises(SourceError, match="no column fact_id, decision"):
        apply_review(candidates, path, include_unreviewed=False)


def test_a_missing_review_file_is_a_source_error(tmp_path: Path, candidates: pd.DataFrame) -> None:
    with pytest.raises(SourceError, match="review file not found"):
        apply_review(candidates, tmp_path / "nope.csv", include_unreviewed=False)


def test_the_review_file_is_replaced_whole_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefings.sources.decisions import Decision, read_review, write_review

    path = review(tmp_path, "abc,accept,,an,kept\n")
    write_review(path, [Decision("abc", "correct", 29232.75, "an", "a note, with a comma", 0)])
    assert read_review(path)["abc"].corrected_value == 29232.75
    assert read_review(path)["abc"].note == "a note, with a comma"

    def fail(_: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.fsync", fail)
    with pytest.raises(OSError):
        write_review(path, [Decision("abd", "reject", None, "an", "", 0)])
    assert set(read_review(path)) == {"abc"}
    assert [p.name for p in tmp_path.iterdir()] == ["reviewed.csv"]
