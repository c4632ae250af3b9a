"""The command line through ``main(argv)``: exit codes and one-line messages."""

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.cli import main


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def _assert_one_line_error(err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0]


def test_check_summarises_a_valid_configuration(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng", "thai nguyen"]')
    code, out, _ = _run(["check", "--config", str(config)], capsys)
    assert code == 0
    assert "period 2025-9M" in out and "Cao Bằng, Thái Nguyên" in out


def test_facts_prints_the_selected_facts_as_csv(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng"]')
    code, out, _ = _run(["facts", "--config", str(config)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("province,boundary,period,indicator,measure,value,unit,source")
    assert any(line.startswith("cao-bang,post2025,2025-9M,grdp,yoy_pct,6.5,") for line in lines)
    assert not any(line.startswith("thai-nguyen") for line in lines)


def test_unknown_province_exits_2_naming_the_key(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(provinces='["Atlantis"]')
    code, _, err = _run(["check", "--config", str(config)], capsys)
    assert code == 2
    _assert_one_line_error(err, "[briefing].provinces[0]", "unknown province 'Atlantis'")


def test_bad_period_on_the_command_line_exits_2(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config()
    code, _, err = _run(["check", "--config", str(config), "--period", "2025Q5"], capsys)
    assert code == 2
    _assert_one_line_error(err, "--period", "'2025Q5' is not a period", "2025-9M")


def test_unknown_key_exits_2(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"', colour='"red"')
    code, _, err = _run(["check", "--config", str(config)], capsys)
    assert code == 2
    _assert_one_line_error(err, "briefings.toml", "[briefing].colour", "unknown key")


def test_missing_source_file_exits_2(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config('[briefing]\ntitle = "t"\n[sources]\ntables = ["sources/none.csv"]\n')
    code, _, err = _run(["check", "--config", str(config)], capsys)
    assert code == 2
    _assert_one_line_error(err, "[sources].tables", "no file matches 'sources/none.csv'")


def test_former_province_after_the_merger_exits_2_naming_its_unit(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"', provinces='["Bắc Kạn"]')
    code, _, err = _run(["check", "--config", str(config)], capsys)
    assert code == 2
    _assert_one_line_error(err, "merged into Thái Nguyên", "use 'thai-nguyen'")


def test_malformed_row_fails_the_build_and_keeps_the_previous_edition(
    write_config: Callable[..., Path], project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng"]', edition='"e"')
    previous = project / "reports" / "e"
    previous.mkdir(parents=True)
    (previous / "briefing.pdf").write_bytes(b"%PDF previous edition")
    table = project / "sources" / "tables" / "synthetic_long.csv"
    table.write_text(table.read_text() + "cao-bang,post2025,2025-9M,grdp,yoy_pct,seven,%,x,\n")
    code, _, err = _run(["build", "--config", str(config)], capsys)
    assert code == 2
    _assert_one_line_error(err, "synthetic_long.csv:13", "'seven' is not a number")
    assert (previous / "briefing.pdf").read_bytes() == b"%PDF previous edition"
    assert not list(project.glob(".briefings-build-*"))


def test_broken_template_exits_2_and_writes_nothing(
    write_config: Callable[..., Path], project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng"]')
    (project / "templates" / "_cover.html.j2").write_text("{% if %}")
    code, _, err = _run(["build", "--config", str(config)], capsys)
    assert code == 2
    _assert_one_line_error(err, "_cover.html.j2", "template syntax error")
    assert not (project / "reports").exists() or not any((project / "reports").iterdir())


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def test_extract_prints_candidate_facts_with_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    code, out, _ = _run(
        ["extract", str(CORPUS), "--province", "Cao Bằng", "--format", "json"], capsys
    )
    assert code == 0
    assert "Total import-export turnover reached over 1,299 million USD" in out
    assert "bac-kan" not in out


def test_extract_of_a_missing_path_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["extract", "no/such/article.txt"], capsys)
    assert code == 2
    _assert_one_line_error(err, "no/such/article.txt", "no such file or folder")


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["--help"], capsys)
    assert code == 0
    assert "exit codes:" in out
    for line in ("0  success", "1  verify found files", "2  a mistake", "3  the machine lacks"):
        assert line in out


def test_a_problem_a_loader_worked_around_is_one_warning_line_and_the_command_goes_on(
    project: Path, write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    table = project / "sources" / "tables" / "synthetic_long.csv"
    with table.open("a", encoding="utf-8") as handle:  # synthetic: a per-capita target in VND bn
        handle.write("cao-bang,post2025,2025-FY,grdp_per_capita,target_value,1,VND billion,s,\n")
    rows = table.read_text(encoding="utf-8").count("\n")
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng"]')
    code, out, err = _run(["check", "--config", str(config)], capsys)
    assert code == 0 and out.startswith("ok:")
    _assert_one_line_error(
        err,
        "briefings: warning: ",
        f"sources/tables/synthetic_long.csv:{rows}:",
        "not a unit of GRDP per capita; fact left out; fix the unit in the source",
    )


def test_a_missing_tool_exits_3_not_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from conftest import make_pdf

    for side in ("approved", "current"):
        make_pdf(tmp_path / side / "briefing.pdf", "page")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-path"))  # no pdftoppm to be found
    code, _, err = _run(
        [
            "figures",
            "compare",
            "--approved",
            str(tmp_path / "approved"),
            "--current",
            str(tmp_path / "current"),
            "--out",
            str(tmp_path / "gallery"),
        ],
        capsys,
    )
    assert code == 3
    _assert_one_line_error(err, "pdftoppm not found", "install poppler-utils")


def test_sources_lists_the_editions_sources_by_tier_and_flags_others(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng"]')
    code, out, _ = _run(["sources", "--config", str(config)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("sources of edition 2025-9M:")
    assert "statistics office: 1 sources, 1 facts" in lines
    assert any(line.startswith(" !") and "synthetic://test/" in line for line in lines)
    assert lines[-1].endswith("are of tier other: re-check them before release")


@pytest.mark.slow  # draws the figures before the PDF stage refuses the fetch
def test_a_template_image_from_the_network_exits_2_naming_template_and_url(
    write_config: Callable[..., Path], project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng"]', edition='"e"')
    cover = project / "templates" / "_cover.html.j2"
    cover.write_text(cover.read_text() + '<img src="http://example.invalid/logo.png">\n')
    code, _, err = _run(["build", "--config", str(config)], capsys)
    assert code == 2
    _assert_one_line_error(
        err, "templates/_cover.html.j2:", "'http://example.invalid/logo.png'", "network"
    )
    assert not (project / "reports" / "e").exists()
    assert not list(project.glob(".briefings-build-*"))


def test_a_former_province_on_the_command_line_is_blamed_on_the_flag_with_its_unit(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(provinces='["Cao Bằng"]')
    code, _, err = _run(
        ["check", "--config", str(config), "--period", "2025-9M", "--province", "Bắc Kạn"], capsys
    )
    assert code == 2
    _assert_one_line_error(
        err, "briefings: error: --province: Bắc Kạn was merged into Thái Nguyên", "'thai-nguyen'"
    )
    assert "briefings.toml" not in err


def test_an_unknown_province_on_the_command_line_is_blamed_on_the_flag(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config()
    code, _, err = _run(["check", "--config", str(config), "--province", "Atlantis"], capsys)
    assert code == 2
    _assert_one_line_error(err, "briefings: error: --province: unknown province 'Atlantis'")


def _nothing_written(project: Path) -> bool:
    return not any((project / name).exists() for name in ("reports", "figures")) and not list(
        project.rglob(".briefings-build-*")
    )


def test_out_naming_a_file_exits_2_and_writes_nothing(
    write_config: Callable[..., Path], project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng"]')
    (project / "afile").write_text("not a folder")
    code, _, err = _run(["build", "--config", str(config), "--out", str(project / "afile")], capsys)
    assert code == 2
    _assert_one_line_error(err, "--out: cannot write into", "afile: it is a file, not a folder")
    assert (project / "afile").read_text() == "not a folder"
    assert _nothing_written(project)


def test_out_inside_the_sources_exits_2_and_writes_nothing(
    write_config: Callable[..., Path], project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng"]')
    inside = project / "sources" / "tables" / "out"
    code, _, err = _run(["build", "--config", str(config), "--out", str(inside)], capsys)
    assert code == 2
    _assert_one_line_error(err, "--out: ", "lies inside", "sources a build never writes")
    assert not inside.exists() and _nothing_written(project)


def test_an_unwritable_out_exits_2_and_writes_nothing(
    write_config: Callable[..., Path],
    project: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng"]')
    locked = project / "locked"
    locked.mkdir()
    real_access = os.access
    monkeypatch.setattr(  # as root, chmod would not stop a write: ask access() to say no
        os, "access", lambda path, mode, **kw: Path(path) != locked and real_access(path, mode)
    )
    code, _, err = _run(["build", "--config", str(config), "--out", str(locked / "x")], capsys)
    assert code == 2
    _assert_one_line_error(err, "--out: cannot write into", f"{locked} is not writable")
    assert not list(locked.iterdir()) and _nothing_written(project)


def test_a_reports_file_beside_the_configuration_is_named_with_the_configuration(
    write_config: Callable[..., Path], project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng"]')
    (project / "reports").write_text("not a folder")
    code, _, err = _run(["build", "--config", str(config)], capsys)
    assert code == 2
    _assert_one_line_error(err, "briefings.toml: cannot write into", "reports: it is a file")
    assert "--out DIR" in err
    assert not (project / "figures").exists()


def test_figures_compare_out_naming_a_file_exits_2(
    write_config: Callable[..., Path], project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"')
    (project / "gallery").write_text("")
    code, _, err = _run(
        ["figures", "compare", "--config", str(config), "--out", str(project / "gallery")], capsys
    )
    assert code == 2
    _assert_one_line_error(err, "--out: cannot write into", "gallery: it is a file")


def test_an_exception_that_is_no_briefing_error_is_one_line_calling_itself_a_bug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefings import cli

    def broken(args: object) -> int:
        raise ZeroDivisionError("division by zero\nsecond line")

    monkeypatch.setitem(cli.COMMANDS, "check", broken)
    code, _, err = _run(["check"], capsys)
    assert code == 70
    _assert_one_line_error(err, "internal error, a bug in briefings", "ZeroDivisionError")


def test_a_missing_font_exits_2_before_anything_is_built(
    write_config: Callable[..., Path], project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(period='"2025-9M"', provinces='["Cao Bằng"]')
    (project / "templates" / "fonts" / "NotoSans-Regular.ttf").unlink()
    code, _, err = _run(["build", "--config", str(config)], capsys)
    assert code == 2
    _assert_one_line_error(err, "templates/fonts/NotoSans-Regular.ttf: missing")
    assert _nothing_written(project)
