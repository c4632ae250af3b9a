"""HTML from the view model through Jinja, then PDF through WeasyPrint.

Templates are dumb (autoescape, StrictUndefined: a missing value is an error, not a blank).
WeasyPrint may only read local files, and any error it logs (a missing image, a bad
stylesheet) fails the build instead of producing a PDF with a hole in it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any

import jinja2

from briefings.errors import RenderError
from briefings.formatting import FILTERS
from briefings.viewmodel import DocumentView


def make_environment(templates: Path) -> jinja2.Environment:
    """The Jinja environment every document is rendered with."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=jinja2.select_autoescape(["html", "j2"], default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    return env


def render_html(
    view: DocumentView, templates: Path, template: str = "briefing.html.j2", **extra: Any
) -> str:
    """Render a document view to an HTML string."""
    try:
        return (
            make_environment(templates)
            .get_template(template)
            .render({f.name: getattr(view, f.name) for f in fields(view)} | extra)
        )
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(
            f"template syntax error: {exc.message}",
            where=exc.filename or template,
            line=exc.lineno,
            fix="fix the template",
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise RenderError(
            f"template {exc.name!r} not found",
            where=str(templates),
            fix="restore it from git, or check the templates folder",
        ) from None
    except jinja2.UndefinedError as exc:
        raise RenderError(
            f"template uses an undefined value ({exc.message})",
            where=str(templates / template),
            fix="use only fields of the view model (see viewmodel.py)",
        ) from None


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _weasyprint_errors(where: str) -> Iterator[None]:
    """Turn what WeasyPrint only logs (bad CSS, a missing image) into a RenderError."""
    collector = _Collector()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collector)
    try:
        yield
    finally:
        logger.removeHandler(collector)
    if collector.messages:
        raise RenderError(
            collector.messages[0].splitlines()[0],
            where=where,
            fix="fix the template or the missing file it refers to",
        )


def write_pdf(html: str, *, base: Path, target: Path) -> None:
    """Render HTML (relative URLs resolved against ``base``) to a PDF file."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    # Local files and data: URLs only, never the network; a missing file is an error.
    fetcher = URLFetcher(allowed_protocols={"file", "data"}, fail_on_errors=True)
    with _weasyprint_errors(str(target)):
        try:
            document = HTML(string=html, base_url=str(base) + "/", url_fetcher=fetcher)
            document.write_pdf(target, full_fonts=True)  # fonts are subset already
        except (OSError, ValueError) as exc:
            raise RenderError(
                f"could not render ({exc})",
                where=str(target),
                fix="check the files the template refers to",
            ) from None
