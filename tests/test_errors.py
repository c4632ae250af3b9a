"""Specification of briefings.errors: one-line errors, whose mistake they are, problems."""

from __future__ import annotations

from briefings.errors import (
    EXIT_ENVIRONMENT,
    EXIT_USER,
    BriefingError,
    ConfigError,
    PeriodError,
    Problem,
    Severity,
    SourceError,
    ToolMissingError,
)


def test_an_error_reads_file_line_key_problem_and_fix_on_one_line() -> None:
    error = SourceError("not a number", where="t.csv", line=3, key="value", fix="write 1.5")
    assert error.one_line() == "t.csv:3: value: not a number; write 1.5"
    assert str(error) == error.one_line()


def test_parts_that_are_unknown_are_left_out() -> None:
    assert BriefingError("broken").one_line() == "broken"
    assert BriefingError("broken", line=4).one_line() == "line 4: broken"
    assert BriefingError("broken", key="--period").one_line() == "--period: broken"


def test_from_error_places_a_problem_where_the_caller_knows_it_was_made() -> None:
    deep = PeriodError("'2025Q5' is not a period", fix="use e.g. 2025-Q3")
    placed = ConfigError.from_error(deep, where="briefings.toml", key="[briefing].period")
    assert isinstance(placed, ConfigError)
    assert placed.one_line() == (
        "briefings.toml: [briefing].period: '2025Q5' is not a period; use e.g. 2025-Q3"
    )


def test_from_error_keeps_what_the_caller_does_not_override() -> None:
    deep = SourceError("bad", where="a.csv", line=2, fix="fix it")
    assert SourceError.from_error(deep, line=7).one_line() == "a.csv:7: bad; fix it"


def test_user_mistakes_exit_2_and_a_missing_tool_exits_3() -> None:
    assert ConfigError("x").exit_code == EXIT_USER
    assert SourceError("x").exit_code == EXIT_USER
    assert ToolMissingError("x").exit_code == EXIT_ENVIRONMENT


def test_a_problem_reads_like_an_error_and_defaults_to_a_warning() -> None:
    problem = Problem("fact left out", where="t.csv", line=9, fix="fix the unit")
    assert problem.one_line() == "t.csv:9: fact left out; fix the unit"
    assert problem.severity is Severity.WARNING
