"""`briefings review`: decisions recorded without editing CSV, by id or one question at a time."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from briefings.cli import main
from briefings.sources.articles import load_articles

DATA = Path(__file__).resolve().parents[1] / "data"
HEADER = "fact_id,decision,corrected_value,reviewer,note\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with one synthetic article, its review file and a configuration."""
    shutil.copytree(DATA / "tables", tmp_path / "sources" / "tables")
    (tmp_path / "sources" / "articles").mkdir()
    shutil.copy(DATA / "articles" / "synthetic-vi.txt", tmp_path / "sources" / "articles")
    (tmp_path / "briefings.toml").write_text(
        '[briefing]\ntitle = "Review test"\n[sources]\ntables = ["sources/tables/*.csv"]\n'
        'articles = ["sources/articles/*.txt"]\nreviewed = "sources/reviewed.csv"\n',
        encoding="utf-8",
    )
    return tmp_path


def ids(project: Path) -> list[str]:
    articles = project / "sources" / "articles"
    return list(load_articles([articles], root=project).candidates["fact_id"])


def decisions(project: Path) -> list[dict[str, str]]:
    with (project / "sources" / "reviewed.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def run(project: Path, *args: str) -> int:
    return main(["review", "--config", str(project / "briefings.toml"), *args])


def test_decisions_by_id_are_written_without_editing_csv(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, third, *rest = ids(project)
    code = run(
        project,
        "--accept",
        first,
        "--reject",
        second,
        "--correct",
        f"{third}=9",
        "--reviewer",
        "an",
    )
    assert code == 0
    assert [(d["fact_id"], d["decision"], d["corrected_value"]) for d in decisions(project)] == [
        (first, "accept", ""),
        (second, "reject", ""),
        (third, "correct", "9"),
    ]
    assert {d["reviewer"] for d in decisions(project)} == {"an"}
    assert f"recorded 3 decision(s) in sources/reviewed.csv; {len(rest)} candidate(s)" in (
        capsys.readouterr().out
    )


def test_a_later_decision_replaces_the_earlier_one_and_keeps_the_rest(project: Path) -> None:
    first, second, *_ = ids(project)
    review = project / "sources" / "reviewed.csv"
    review.write_text(HEADER + f"{first},accept,,an,kept\n{second},accept,,an,\n", "utf-8")
    assert run(project, "--reject", second) == 0
    assert [(d["fact_id"], d["decision"], d["note"]) for d in decisions(project)] == [
        (first, "accept", "kept"),
        (second, "reject", ""),
    ]
    assert [p.name for p in review.parent.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--accept", "000000000000"], ["--accept", "no candidate fact '000000000000'"]),
        (["--correct", "abc"], ["--correct", "'abc' is not ID=VALUE"]),
        (["--correct", "abc=lots"], ["--correct", "is not ID=VALUE"]),
    ],
)
def test_a_bad_id_or_value_is_one_line_naming_the_flag(
    project: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: list[str]
) -> None:
    assert run(project, *args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0]
    assert all(word in err[0] for word in words)
    assert not (project / "sources" / "reviewed.csv").exists()


def test_the_same_fact_twice_on_the_command_line_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = ids(project)[0]
    assert run(project, "--accept", first, "--reject", first) == 2
    assert f"fact {first} is decided twice" in capsys.readouterr().err


def test_interactive_review_walks_the_undecided_candidates(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, third, fourth, *_ = ids(project)
    (project / "sources" / "reviewed.csv").write_text(HEADER + f"{first},accept,,an,\n", "utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("r\nmaybe\nc lots\nc 8.5\ns\nq\n"))
    assert run(project, "--reviewer", "an") == 0
    assert [(d["fact_id"], d["decision"], d["corrected_value"]) for d in decisions(project)] == [
        (first, "accept", ""),
        (second, "reject", ""),
        (third, "correct", "8.5"),
    ]
    out = capsys.readouterr().out
    assert out.count("accept [a], reject [r], correct [c VALUE], skip [s], quit [q]?") == 6
    assert "answer a, r, c VALUE, s or q" in out
    assert "give the right value after c" in out
    assert "[1/" in out and second in out and fourth in out
    assert first not in out  # decided before: not asked again
    assert "«" in out and "synthetic-vi.txt:" in out  # the quote in its context, and its line


def test_the_end_of_input_stops_the_review(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a\n"))
    assert run(project) == 0
    assert len(decisions(project)) == 1


def test_review_needs_the_review_file_configured(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = project / "briefings.toml"
    config.write_text(config.read_text("utf-8").replace('reviewed = "sources/reviewed.csv"', ""))
    assert run(project, "--accept", "x") == 2
    assert "[sources].reviewed: is not set" in capsys.readouterr().err


def test_check_flags_decisions_for_facts_that_no_longer_exist(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = ids(project)[0]
    review = project / "sources" / "reviewed.csv"
    review.write_text(HEADER + f"{first},accept,,an,\n000000000000,accept,,an,\n", "utf-8")
    assert main(["check", "--config", str(project / "briefings.toml")]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and ":3: fact 000000000000 matches no candidate fact" in err
    assert first not in err


def test_a_conflicting_candidate_shows_the_articles_other_value(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "sources" / "articles" / "synthetic-vi.txt").unlink()
    (project / "sources" / "articles" / "synthetic-conflict.txt").write_text(
        "---\nurl: https://baocaobang.vn/synthetic-review.html\npublished: 2025-01-10\n---\n"
        "In 2024, the GRDP of Cao Bang province grew by 6.2% over 2023 (synthetic).\n\n"
        "Summing up the year, the leader said the GRDP growth rate of Cao Bang in 2024"
        " reached 5.9%.\n",
        encoding="utf-8",
    )
    first, second = ids(project)
    monkeypatch.setattr("sys.stdin", io.StringIO("r\na\n"))
    assert run(project) == 0
    out = capsys.readouterr().out
    assert f"uncertain: conflict; the article also gives 5.9 ({second})" in out
    assert f"uncertain: conflict; the article also gives 6.2 ({first})" in out
    assert [(d["fact_id"], d["decision"]) for d in decisions(project)] == [
        (first, "reject"),
        (second, "accept"),
    ]


def test_the_candidates_flagged_uncertain_are_asked_about_first(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "sources" / "articles" / "synthetic-vi.txt").unlink()
    (project / "sources" / "articles" / "synthetic-order.txt").write_text(
        "---\nurl: https://baocaobang.vn/synthetic-order.html\npublished: 2025-01-10\n---\n"
        "In 2024, Cao Bang's retail sales reached VND 21,000 billion (synthetic).\n\n"
        "In 2024, the GRDP of Cao Bang province grew by 6.2% over 2023.\n\n"
        "Summing up the year, the leader said the GRDP growth rate of Cao Bang in 2024"
        " reached 5.9%.\n",
        encoding="utf-8",
    )
    retail, first, second = ids(project)
    monkeypatch.setattr("sys.stdin", io.StringIO("a\na\na\n"))
    assert run(project) == 0
    out = capsys.readouterr().out
    assert out.index(first) < out.index(second) < out.index(f"[3/3] {retail}")
