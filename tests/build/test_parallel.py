"""Figures and documents run as tasks on any executor, with the same bytes whichever runs
them; progress shows on a terminal's stderr unless ``--quiet``."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from briefings.build.parallel import SerialExecutor, executor_for, task
from briefings.build.progress import NO_PROGRESS, RichProgress, showing_progress
from briefings.cli import main
from briefings.errors import RenderError
from conftest import real_project

CONFIG = (
    '[briefing]\ntitle = "Parallel"\nperiod = "2025-9M"\nlanguages = ["en", "vi"]\n'
    'provinces = ["Bắc Ninh", "Cao Bằng", "Hà Nội"]\n[sources]\ntables = ["sources/tables/*.csv"]\n'
)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _fail(message: str) -> None:
    raise RenderError(message, where="templates/x.j2", line=3, fix="fix it")


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_error_in_a_task_arrives_whole(jobs: int) -> None:
    with executor_for(jobs) as executor, pytest.raises(RenderError) as caught:
        executor.submit(_fail, "broken").result()
    assert caught.value.one_line() == "templates/x.j2:3: broken; fix it"


def _made(name: str, html: str) -> str:
    return f"{name}: {len(html)}"


def test_a_task_says_what_it_made_and_how_long_it_took(caplog: pytest.LogCaptureFixture) -> None:
    """With -v, a rebuild lists the work it redid: the benchmark sums these lines."""
    fonts = Path(__file__).resolve().parents[2] / "templates" / "fonts"
    with caplog.at_level(logging.INFO, logger="briefings.build.parallel"):
        assert task("vi", fonts, _made, "parts/briefing-01", "<p>x</p>") == "parts/briefing-01: 8"
    (said,) = [r.getMessage() for r in caplog.records if r.name == "briefings.build.parallel"]
    assert said.startswith("task _made parts/briefing-01 (vi): ")
    assert said.endswith(" s") and float(said.split(": ")[1][:-2]) >= 0


def test_one_job_runs_in_this_process() -> None:
    with executor_for(1) as executor:
        assert isinstance(executor, SerialExecutor)
        assert executor.submit(sorted, [3, 1, 2]).result() == [1, 2, 3]


def test_progress_is_shown_only_on_a_terminal_and_not_when_quiet() -> None:
    with showing_progress(io.StringIO()) as progress:
        assert progress is NO_PROGRESS
    with showing_progress(_Terminal(), quiet=True) as progress:
        assert progress is NO_PROGRESS
    terminal = _Terminal()
    with showing_progress(terminal) as progress:
        assert isinstance(progress, RichProgress)
        progress.stage("figures 2025-9M", 2)
        progress.advance("figures 2025-9M")
    assert "figures 2025-9M" in terminal.getvalue()
    assert "1/2" in terminal.getvalue()


@pytest.mark.parametrize(("flags", "level"), [([], logging.WARNING), (["-vv"], logging.DEBUG)])
def test_library_logs_are_quiet_unless_very_verbose(flags: list[str], level: int) -> None:
    assert main([*flags, "build", "--config", "/nonexistent/briefings.toml"]) == 2
    for library in ("matplotlib", "fontTools", "weasyprint.progress"):
        assert logging.getLogger(library).level == level


@pytest.mark.parametrize(("verbose", "shown"), [(0, False), (1, False), (2, True)])
def test_a_library_that_sets_its_own_level_is_still_quiet(verbose: int, shown: bool) -> None:
    """Dask's ``distributed`` sets INFO on its loggers when a build first imports it, after
    the command line has set the libraries' levels."""
    from briefings.cli import set_up_logging

    stream = io.StringIO()
    set_up_logging(verbose)
    root = logging.getLogger()
    try:
        root.handlers[0].setStream(stream)  # type: ignore[attr-defined]
        logging.getLogger("distributed.scheduler").setLevel(logging.INFO)
        logging.getLogger("distributed.scheduler").info("Scheduler at: tcp://127.0.0.1:1")
        logging.getLogger("distributed.scheduler").warning("a worker was lost")
        logging.getLogger("briefings.build.parallel").warning("a task failed")
    finally:
        logging.getLogger("distributed.scheduler").setLevel(logging.NOTSET)
        set_up_logging(0)
    said = stream.getvalue()
    assert ("Scheduler at" in said) is shown
    assert "a worker was lost" in said and "a task failed" in said


def test_jobs_must_be_positive(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    config = real_project(tmp_path, CONFIG)
    assert main(["build", "--config", str(config), "--jobs", "0"]) == 2
    assert "--jobs 0" in capsys.readouterr().err
    assert main(["extract", str(tmp_path / "sources"), "-j", "-1"]) == 2
    assert "--jobs -1: not a number of processes; give 1 or more" in capsys.readouterr().err


@pytest.mark.slow
def test_one_job_and_two_give_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = real_project(tmp_path, CONFIG)
    built = {}
    for jobs, quiet in ((1, ["--quiet"]), (2, [])):
        terminal = _Terminal()
        monkeypatch.setattr("sys.stderr", terminal)
        out = tmp_path / f"jobs{jobs}"
        args = ["build", "--config", str(config), "--out", str(out), "--jobs", str(jobs)]
        assert main(args + quiet) == 0
        built[jobs] = _files(out)
        shown = terminal.getvalue()
        assert ("documents 2025-9M-vi" in shown) is not bool(quiet), shown
    assert built[1] == built[2]
    assert len(built[1]) > 40


@pytest.mark.slow
def test_a_dask_cluster_gives_the_same_bytes(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    config = real_project(
        tmp_path, CONFIG.replace(', "Hà Nội"', "") + '[build]\nexecutor = "dask"\n'
    )
    for name, flags in (("serial", ["--jobs", "1", "--force"]), ("dask", ["--jobs", "2"])):
        out = tmp_path / name
        assert main(["build", "--config", str(config), "--out", str(out), "-q", *flags]) == 0
    assert _files(tmp_path / "serial") == _files(tmp_path / "dask")
    assert len(_files(tmp_path / "dask")) > 20


@pytest.mark.slow
def test_the_local_dask_workers_do_not_profile() -> None:
    """Dask's profiler keeps each worker's sampled stacks: ~1.5 MiB a document at scale."""
    pytest.importorskip("distributed")
    import dask

    with executor_for(2, "dask") as executor:
        asked = executor.submit(dask.config.get, "distributed.worker.profile.enabled")
        assert asked.result(timeout=60) is False


def test_an_unknown_executor_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = real_project(tmp_path, CONFIG + '[build]\nexecutor = "threads"\n')
    assert main(["build", "--config", str(config)]) == 2
    assert "[build].executor: unknown executor 'threads'" in capsys.readouterr().err
