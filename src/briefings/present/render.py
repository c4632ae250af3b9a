"""The ``render_documents`` stage: HTML from the view model through Jinja, PDF through WeasyPrint.

Templates are dumb (autoescape, StrictUndefined: a missing value is an error, not a blank).
WeasyPrint may only read local files, and any error it logs (a missing image, a bad
stylesheet) fails the build instead of producing a PDF with a hole in it. Everything the
documents of one build share (the Jinja environment, the stylesheet, the fonts, the PDF
metadata) is made once, in a ``Renderer``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import jinja2

from briefings import __version__
from briefings.errors import RenderError
from briefings.facts.model import FactSheet
from briefings.present.figures import EditionFigures
from briefings.present.fonts import FAMILY, copy_fonts
from briefings.present.formatting import FILTERS
from briefings.present.viewmodel import DocumentView, document_view
from briefings.sources.schema import full_date

log = logging.getLogger(__name__)
BRIEFING = "briefing"


@dataclass(frozen=True)
class Provenance:
    """What a document says about how it was made; from the data and the code, never the clock."""

    newest_data: str  # publication date of the newest fact shown
    config_sha256: str
    commit: str | None
    dates: Mapping[str, str] = field(default_factory=dict)  # each source's publication date

    def pdf_metadata(self) -> list[tuple[str, str]]:
        """PDF metadata, dated by the newest data so two builds give the same bytes."""
        date = full_date(self.newest_data) or "2000-01-01"
        return [
            ("generator", f"briefings {__version__}"),
            (
                "description",
                f"configuration sha256 {self.config_sha256}; git commit {self.commit or 'none'}",
            ),
            ("dcterms.created", f"{date}T00:00:00Z"),
            ("dcterms.modified", f"{date}T00:00:00Z"),
        ]

    def build_note(self) -> str:
        """The line on the cover that ties a PDF to its configuration."""
        return f"Built by briefings {__version__}; configuration sha256 {self.config_sha256[:12]}."


@dataclass(frozen=True)
class Renderer:
    """What every document of one build shares: made once per build."""

    templates: Path
    env: jinja2.Environment
    out: Path
    css: str
    fonts: dict[str, str]
    provenance: Provenance


def make_renderer(templates: Path, out: Path, provenance: Provenance) -> Renderer:
    """Copy the subset fonts into ``out`` and load the templates and stylesheet once."""
    css = (templates / "style.css").read_text(encoding="utf-8")
    fonts = copy_fonts(templates / "fonts", out / "fonts")
    return Renderer(templates, make_environment(templates), out, css, fonts, provenance)


def render_documents(
    renderer: Renderer, title: str, sheets: Sequence[FactSheet], drawn: EditionFigures
) -> list[Path]:
    """The briefing, then one fact sheet per province: HTML beside each PDF."""
    documents = [(BRIEFING, title, list(sheets), True)]
    documents += [
        (s.province.slug, f"{s.province.name_vi}: fact sheet", [s], False) for s in sheets
    ]
    written = []
    for stem, doc_title, doc_sheets, comparison in documents:
        view = document_view(
            title=doc_title,
            sheets=doc_sheets,
            drawn=drawn,
            comparison=comparison,
            newest_data=renderer.provenance.newest_data,
            base=renderer.out,
            build_note=renderer.provenance.build_note(),
            dates=renderer.provenance.dates,
        )
        html = _render(renderer, view)
        (renderer.out / f"{stem}.html").write_text(html, encoding="utf-8")
        write_pdf(html, base=renderer.out, target=renderer.out / f"{stem}.pdf")
        written.append(renderer.out / f"{stem}.pdf")
        log.info("wrote %s.pdf", stem)
    return written


def _render(renderer: Renderer, view: DocumentView) -> str:
    return render_html(
        view,
        renderer.env,
        renderer.templates,
        css=renderer.css,
        meta=renderer.provenance.pdf_metadata(),
        fonts=renderer.fonts,
        font_family=FAMILY,
    )


def make_environment(templates: Path) -> jinja2.Environment:
    """The Jinja environment every document of a build is rendered with."""
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
    view: DocumentView,
    env: jinja2.Environment,
    templates: Path,
    template: str = "briefing.html.j2",
    **extra: Any,
) -> str:
    """Render a document view to an HTML string (``templates`` names the folder in errors)."""
    try:
        return env.get_template(template).render(
            {f.name: getattr(view, f.name) for f in fields(view)} | extra
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
