"""Every way to work on briefings: `nox -s reports`, `nox -s tests`, `nox -s lint`, ...

Dependencies are declared once, in pyproject.toml; sessions install from there.
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests", "lint"]
nox.options.reuse_existing_virtualenvs = True

PYPROJECT = nox.project.load_toml("pyproject.toml")


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
def lint(session: nox.Session) -> None:
    """ruff (lint and format) and mypy."""
    _install(session, "lint")
    session.run("ruff", "check", "src", "tests", "noxfile.py", "benchmarks")
    session.run("ruff", "format", "--check", "src", "tests", "noxfile.py", "benchmarks")
    session.run("mypy")
