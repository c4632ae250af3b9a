"""The evaluation's scoring: which candidates count as right, wrong or neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.extraction.evaluate import Fact, Score, evaluate, format_table, main, match


def fact(value: float, *, measure: str = "yoy_pct", required: bool = True) -> Fact:
    return Fact("a", "cao-bang", "2025-9M", "grdp", measure, value, required)


def test_a_candidate_matches_a_gold_fact_within_rounding() -> None:
    outcome = match([fact(6.52)], [fact(6.5200001)])
    assert (len(outcome.correct), len(outcome.wrong), len(outcome.missed)) == (1, 0, 0)


def test_a_wrong_value_or_label_is_wrong_and_the_gold_fact_missed() -> None:
    outcome = match([fact(6.6), fact(6.52, measure="value")], [fact(6.52)])
    assert (len(outcome.correct), len(outcome.wrong), len(outcome.missed)) == (0, 2, 1)


def test_an_optional_gold_fact_counts_neither_way() -> None:
    outcome = match([fact(8.0)], [fact(8.0, required=False)])
    assert (outcome.correct, outcome.wrong, outcome.missed) == ([], [], [])
    assert len(outcome.optional) == 1


def test_the_same_figure_twice_is_once_right_and_once_wrong() -> None:
    outcome = match([fact(6.52), fact(6.52)], [fact(6.52)])
    assert (len(outcome.correct), len(outcome.wrong)) == (1, 1)


def test_a_required_gold_fact_is_preferred_over_an_optional_one_with_its_key() -> None:
    outcome = match([fact(10.35)], [fact(10.39, required=False), fact(10.35)])
    assert len(outcome.correct) == 1
    assert outcome.missed == []


def write_devset(tmp_path: Path, split: str = "dev") -> None:
    (tmp_path / "articles.csv").write_text(
        "article_id,url,language,publisher,publisher_kind,scope,periods,published,split,title\n"
        f"en-x-01,https://example.org/x,en,Ex,national,single,2025-FY,2026-01,{split},X\n",
        encoding="utf-8",
    )
    (tmp_path / "gold.csv").write_text(
        "article_id,province,period,indicator,measure,value,unit,required,quote\n"
        "en-x-01,cao-bang,2025-FY,grdp,yoy_pct,7,%,1,grew 7%\n",
        encoding="utf-8",
    )


def write_text(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "en-x-01.txt").write_text(  # a sentence written for this test
        "---\nurl: https://example.org/x\npublished: 2026-01-08\nlanguage: en\n---\n"
        "In 2025, the GRDP of Cao Bang province grew 7% over the previous year.\n",
        encoding="utf-8",
    )


def test_articles_without_text_are_skipped_with_a_note(tmp_path: Path) -> None:
    write_devset(tmp_path)
    scores, outcomes, notes = evaluate(tmp_path, "dev")
    assert outcomes == {}
    assert notes == [f"en-x-01: no text at {tmp_path / 'texts' / 'en-x-01.txt'}; skipped"]
    assert "class" in format_table(scores)


def test_sealed_test_errors_are_never_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_devset(tmp_path)
    assert main(["--split", "test", "--details", "--devset", str(tmp_path)]) == 2
    assert "sealed errors stay unseen" in capsys.readouterr().err


def test_spent_errors_may_be_listed(tmp_path: Path) -> None:
    write_devset(tmp_path, split="spent")
    assert main(["--split", "spent", "--details", "--devset", str(tmp_path)]) == 0


def test_a_test_folder_is_scored_by_name_and_never_under_all(tmp_path: Path) -> None:
    write_devset(tmp_path, split="test")
    write_text(tmp_path)
    scores, outcomes, _ = evaluate(tmp_path, "test")
    assert list(outcomes) == ["en-x-01"]
    assert scores["all"].recall == 1.0
    assert evaluate(tmp_path, "all")[1] == {}


def test_a_score_below_the_floor_exits_1_and_at_it_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_devset(tmp_path)
    write_text(tmp_path)
    assert main(["--split", "dev", "--devset", str(tmp_path), "--floor", "1.01,0"]) == 1
    assert "below the floor" in capsys.readouterr().err
    assert main(["--split", "dev", "--devset", str(tmp_path), "--floor", "0,0"]) == 0


def test_flagged_and_unflagged_candidates_are_scored_apart_without_recall() -> None:
    from briefings.extraction.evaluate import _add

    flagged = Fact("a", "cao-bang", "2025-9M", "grdp", "yoy_pct", 9.9, flagged=True)
    outcome = match([fact(6.52), flagged], [fact(6.52)])
    scores: dict[str, Score] = {}
    _add(scores, {"language": "en", "publisher_kind": "national", "scope": "single"}, outcome)
    assert (scores["flagged=no"].correct, scores["flagged=no"].wrong) == (1, 0)
    assert (scores["flagged=yes"].correct, scores["flagged=yes"].wrong) == (0, 1)
    row = next(line for line in format_table(scores).splitlines() if line.startswith("flagged=yes"))
    assert row.split()[-4:] == ["-", "0.000", "-", "-"]
