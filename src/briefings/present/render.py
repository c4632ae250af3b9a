"""The ``render_documents`` stage: HTML from the view model through Jinja, PDF through WeasyPrint.

Templates are dumb (autoescape, StrictUndefined: a missing value is an error, not a blank).
WeasyPrint may read only the templates, the build's own output (its fonts) and the edition's
figures, never the network; a refused or failed fetch, any error it logs (a missing image, a
bad stylesheet) and any exception a template raises fail the build with one ``RenderError``
naming the template (and line) and the URL, instead of a traceback or a PDF with a hole in it.
Everything the documents of one build share (the Jinja environment, the stylesheet, the fonts,
the PDF metadata) is made once, in a ``Renderer``.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import pikepdf

from briefings import __version__
from briefings.errors import RenderError, SourceError
from briefings.facts.model import FactSheet
from briefings.files import shown_path
from briefings.present.figures import EditionFigures
from briefings.present.fonts import FAMILY, FONT_FILES, copy_fonts
from briefings.present.formatting import FILTERS
from briefings.present.i18n import _, ngettext
from briefings.present.joining import join_parts
from briefings.present.parts import FOOTER, WHOLE, css_string, link_across_parts
from briefings.present.pdf import ROOT_TEMPLATE, Attachment, first_line, write_pdf
from briefings.present.viewmodel import DocumentView, document_view
from briefings.sources.csvfile import decode
from briefings.sources.schema import full_date

log = logging.getLogger(__name__)
BRIEFING = "briefing"
_UTF8_FIX = "save the template as UTF-8"
_LOAD_FIX = "fix the file, or the reference to it"
_FETCH_FIX = "refer only to files in the templates folder, the fonts and the edition's figures"
_LOGGED_URL = re.compile(r"""(?:at|image) '?"?((?:[a-z][a-z0-9+.-]*:|\.\.?/)[^\s'"]+)""", re.I)


@dataclass(frozen=True)
class Provenance:
    """What a document says about how it was made; from the data and the code, never the clock."""

    newest_data: str  # publication date of the newest fact shown
    config_sha256: str
    commit: str | None
    dates: Mapping[str, str] = field(default_factory=dict)  # each source's publication date

    def date(self) -> datetime:
        """The documents' date: the newest data's, so that rebuilds give the same bytes."""
        return datetime.fromisoformat((full_date(self.newest_data) or "2000-01-01") + "T00:00:00")

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
        return _("Built by briefings {version}; configuration sha256 {digest}.").format(
            version=__version__, digest=self.config_sha256[:12]
        )


@dataclass(frozen=True)
class Renderer:
    """What every document of one build shares: made once per build."""

    templates: Path
    env: jinja2.Environment
    out: Path
    css: str
    fonts: dict[str, str]
    provenance: Provenance

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle without the Jinja environment (a worker process makes its own, once)."""
        return (_remade, (self.templates, self.out, self.css, self.fonts, self.provenance))


def _remade(
    templates: Path, out: Path, css: str, fonts: dict[str, str], provenance: Provenance
) -> Renderer:
    return Renderer(templates, _environment(templates), out, css, fonts, provenance)


def _environment(templates: Path) -> jinja2.Environment:
    """The environment of ``templates`` as they are now, kept in this process while their
    files are unchanged: it compiles each template once (0.1 s an edition; the editions of a
    build, and a watching process's builds, share it). Kept by content, not by Jinja's check
    of modification times, which a quick edit can leave unchanged."""
    return _kept_environment(templates, _templates_digest(templates))


def _templates_digest(templates: Path) -> str:
    """The contents of the templates (not the fonts, which Jinja never reads)."""
    digest = hashlib.sha256()
    for path in sorted(templates.rglob("*")):
        if path.is_file() and "fonts" not in path.relative_to(templates).parts:
            digest.update(f"{path.relative_to(templates).as_posix()}\0".encode())
            try:
                digest.update(path.read_bytes())
            except OSError:  # unreadable: Jinja says so, naming the template, when it is used
                digest.update(b"\0unreadable")
    return digest.hexdigest()


@lru_cache(maxsize=4)
def _kept_environment(templates: Path, _digest: str) -> jinja2.Environment:
    return make_environment(templates)


def make_renderer(templates: Path, out: Path, provenance: Provenance) -> Renderer:
    """Copy the subset fonts into ``out`` and load the templates and stylesheet once."""
    stylesheet = templates / "style.css"
    try:
        css = stylesheet.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RenderError(
            f"cannot read the stylesheet ({getattr(exc, 'strerror', None) or exc})",
            where=shown_path(stylesheet, templates.parent),
            fix="restore it from git, or save it as UTF-8 text",
        ) from None
    fonts = copy_fonts(templates / "fonts", out / "fonts")
    return Renderer(templates, _environment(templates), out, css, fonts, provenance)


@dataclass(frozen=True)
class Document:
    """One PDF to write: its file stem, title, the sheets it shows, and whether it compares them."""

    stem: str
    title: str
    sheets: tuple[FactSheet, ...]
    comparison: bool


def plan_documents(title: str, sheets: Sequence[FactSheet]) -> list[Document]:
    """The briefing, then one fact sheet per province (in the active language)."""
    documents = [Document(BRIEFING, title, tuple(sheets), True)]
    documents += [
        Document(s.province.slug, _("{province}: fact sheet").format(province=s.province.name_vi),
                 (s,), False)
        for s in sheets
    ]  # fmt: skip
    return documents


def render_documents(
    renderer: Renderer,
    title: str,
    sheets: Sequence[FactSheet],
    drawn: EditionFigures,
    facts: Mapping[str, bytes],
) -> list[Path]:
    """The briefing, then one fact sheet per province: HTML beside each PDF, and each PDF
    with ``facts[stem]`` (the facts behind it, as CSV) attached."""
    return [
        render_document(renderer, document, drawn, facts.get(document.stem, b""))
        for document in plan_documents(title, sheets)
    ]


def render_document(
    renderer: Renderer, document: Document, drawn: EditionFigures, facts: bytes
) -> Path:
    """Write one document's HTML and PDF (with ``facts`` attached); return the PDF's path."""
    html = document_html(renderer, document, drawn)
    (renderer.out / f"{document.stem}.html").write_text(html, encoding="utf-8")
    return document_pdf(renderer, document.stem, html, facts, figure_folders(drawn))


def figure_folders(drawn: EditionFigures) -> list[Path]:
    """The folders holding the edition's figures: what WeasyPrint may read besides templates."""
    return sorted({path.parent for chart in drawn.all() for path in (chart.svg, chart.png)})


def document_html(
    renderer: Renderer,
    document: Document,
    drawn: EditionFigures,
    part: str = WHOLE,
    footer_pages: int = 0,
) -> str:
    """One document's HTML, or one ``part`` of the briefing's (``present.parts``); Jinja
    only: fast, and all a PDF's layout depends on."""
    return view_html(renderer, view_of(renderer, document, drawn), part, footer_pages)


def view_of(renderer: Renderer, document: Document, drawn: EditionFigures) -> DocumentView:
    """What ``document`` shows: made once for all the parts of a briefing."""
    return document_view(
        title=document.title,
        sheets=list(document.sheets),
        drawn=drawn,
        comparison=document.comparison,
        newest_data=renderer.provenance.newest_data,
        base=renderer.out,
        build_note=renderer.provenance.build_note(),
        dates=renderer.provenance.dates,
    )


def view_html(
    renderer: Renderer, view: DocumentView, part: str = WHOLE, footer_pages: int = 0
) -> str:
    """The HTML of ``view``, whole or one ``part``; links out of a part marked as such."""
    html = _render(renderer, view, part=part, footer_pages=footer_pages)
    return html if part in (WHOLE, FOOTER) else link_across_parts(html)


def document_pdf(
    renderer: Renderer, stem: str, html: str, facts: bytes, figures: Sequence[Path]
) -> Path:
    """Lay out ``html`` into ``<stem>.pdf`` with ``facts`` attached (the slow part)."""
    part_pdf(renderer, stem, html, figures, facts)
    log.info("wrote %s.pdf", stem)
    return renderer.out / f"{stem}.pdf"


def part_pdf(
    renderer: Renderer, name: str, html: str, figures: Sequence[Path], facts: bytes | None
) -> int:
    """Lay out ``html`` into ``<name>.pdf``, with ``facts`` attached unless None (a part of
    the briefing, which gets its facts when joined); return its pages."""
    return write_pdf(
        html,
        base=renderer.out,
        target=renderer.out / f"{name}.pdf",
        readable=(renderer.templates, renderer.out, *figures),
        templates=renderer.templates,
        attachment=None if facts is None else _facts_attachment(renderer, facts),
    )


def _facts_attachment(renderer: Renderer, facts: bytes) -> Attachment:
    """``facts`` as the CSV a document carries, dated by the newest data."""
    return Attachment(
        "facts.csv",
        facts,
        _("The facts behind this document, with their sources"),
        renderer.provenance.date(),
    )


def page_numbers_name(stem: str) -> str:
    """The file of the briefing's page numbers, laid out once and laid over its pages."""
    return f"{stem}-page-numbers.pdf"


def joined_pdf(
    renderer: Renderer,
    stem: str,
    parts: Sequence[Path],
    footer_html: str,
    facts: bytes,
    numbered: bool = False,
) -> Path:
    """Join the briefing's ``parts`` into ``<stem>.pdf``, numbered by ``footer_html``'s pages,
    with ``facts`` attached; with ``numbered``, those pages are laid out already
    (``page_numbers_name``, from the store: a change that moves no page keeps them). The page
    numbers' file is left for the caller."""
    footers = renderer.out / page_numbers_name(stem)
    if not numbered:
        write_pdf(footer_html, base=renderer.out, target=footers, templates=renderer.templates)
    pdf = renderer.out / f"{stem}.pdf"
    try:
        join_parts(parts, footers.read_bytes(), pdf, _facts_attachment(renderer, facts))
    except (ValueError, pikepdf.PdfError) as exc:
        pdf.unlink(missing_ok=True)
        raise RenderError(
            f"could not join the briefing's parts ({first_line(exc)})",
            where=_root_template_name(renderer),
            fix='keep every section of briefing.html.j2 a page-broken <section class="page">',
        ) from None
    log.info("wrote %s.pdf from %d parts", stem, len(parts))
    return pdf


def _root_template_name(renderer: Renderer) -> str:
    return shown_path(renderer.templates / ROOT_TEMPLATE, renderer.templates.parent)


def _render(renderer: Renderer, view: DocumentView, **extra: Any) -> str:
    return render_html(
        view,
        renderer.env,
        renderer.templates,
        css=renderer.css,
        meta=renderer.provenance.pdf_metadata(),
        fonts=renderer.fonts,
        font_family=FAMILY,
        **extra,
    )


def make_environment(templates: Path) -> jinja2.Environment:
    """The Jinja environment every document of a build is rendered with; ``_("…")`` in a
    template speaks the active language (gettext, through Jinja's i18n extension)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=jinja2.select_autoescape(["html", "j2"], default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_callables(gettext=_, ngettext=ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters.update(FILTERS)
    env.filters["css_string"] = css_string
    return env


def render_html(
    view: DocumentView,
    env: jinja2.Environment,
    templates: Path,
    template: str = "briefing.html.j2",
    **extra: Any,
) -> str:
    """Render a document view to an HTML string (``templates`` names the folder in errors);
    the whole document unless ``extra`` names a ``part`` (``present.parts``)."""
    whole = {"part": WHOLE, "footer_pages": 0}
    try:
        return env.get_template(template).render(
            whole | {f.name: getattr(view, f.name) for f in fields(view)} | extra
        )
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(
            f"template syntax error: {exc.message}",
            where=shown_path(Path(exc.filename), templates.parent) if exc.filename else template,
            line=exc.lineno,
            fix="fix the template",
        ) from None
    except UnicodeDecodeError:  # the loader read a template that is not UTF-8: say which
        raise _undecodable(templates) from None
    except Exception as exc:  # a filter, test or call in a template raised: the template's fault
        where, line = _template_frame(exc, templates, template)
        problem, fix = _explained(exc, templates)
        raise RenderError(problem, where=where, line=line, fix=fix) from None


def _explained(exc: Exception, templates: Path) -> tuple[str, str]:
    """(problem, fix) for an exception raised while rendering."""
    if isinstance(exc, jinja2.TemplateNotFound):
        folder = shown_path(templates, templates.parent)
        return f"template {exc.name!r} not found in {folder}/", "restore it from git"
    if isinstance(exc, jinja2.UndefinedError):
        return (
            f"template uses an undefined value ({exc.message})",
            "use only fields of the view model (see viewmodel.py)",
        )
    return (
        f"template failed: {type(exc).__name__}: {first_line(exc)}",
        "fix the template: give filters the view-model values they format",
    )


def _undecodable(templates: Path) -> RenderError:
    """The first template file that is not UTF-8, named by its line and column."""
    for path in sorted(templates.rglob("*.j2")):
        try:
            decode(path.read_bytes(), shown_path(path, templates.parent), "utf-8", _UTF8_FIX)
        except SourceError as exc:
            return RenderError.from_error(exc)
    return RenderError("a template is not UTF-8 text", where=str(templates), fix=_UTF8_FIX)


def check_templates(templates: Path) -> None:
    """Before a build: the files every build reads from ``templates`` are there."""
    needed = [ROOT_TEMPLATE, "style.css", *(f"fonts/{name}" for name in FONT_FILES.values())]
    for name in needed:
        if not (templates / name).is_file():
            where = shown_path(templates / name, templates.parent)
            raise RenderError(
                "missing", where=where, fix="restore it from git: every build reads it"
            )


def _template_frame(exc: BaseException, templates: Path, template: str) -> tuple[str, int | None]:
    """The template file and line where ``exc`` was raised: Jinja rewrites tracebacks so that
    frames of compiled templates carry the template's file name and line."""
    found: tuple[str, int | None] = (shown_path(templates / template, templates.parent), None)
    traceback = exc.__traceback__
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if filename.endswith(".j2") or Path(filename).parent == templates:
            found = (shown_path(Path(filename), templates.parent), traceback.tb_lineno)
        traceback = traceback.tb_next
    return found
