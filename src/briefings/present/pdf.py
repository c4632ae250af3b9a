"""PDF from HTML through WeasyPrint, reading nothing but local files it is allowed to.

WeasyPrint may read only the templates, the build's own output (its fonts) and the edition's
figures, never the network; a refused or failed fetch and any error it logs (a missing image,
a bad stylesheet) fail the build with one ``RenderError`` naming the template (and line) and
the URL, instead of a traceback or a PDF with a hole in it.

Every PDF is PDF/A-3a: archival, tagged for accessibility (headings, tables, figures with
their alternative text, the document's language), with the facts behind it attached as CSV.
Its dates come from the data, never the clock, so two builds give the same bytes.
"""

from __future__ import annotations

import logging
import multiprocessing.util
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse

from briefings.errors import RenderError
from briefings.files import shown_path

_FETCH_FIX = "refer only to files in the templates folder, the fonts and the edition's figures"
_LOGGED_URL = re.compile(r"""(?:at|image) '?"?((?:[a-z][a-z0-9+.-]*:|\.\.?/)[^\s'"]+)""", re.I)
_LOAD_FIX = "fix the file, or the reference to it"
ROOT_TEMPLATE = "briefing.html.j2"
PDF_VARIANT = "pdf/a-3a"


def _attachment(attachment: Attachment) -> object:
    from weasyprint import Attachment as WeasyAttachment

    return WeasyAttachment(
        string=attachment.data,
        name=attachment.name,
        description=attachment.description,
        created=attachment.date,
        modified=attachment.date,
        relationship="Data",  # PDF/A-3: the source data of what the document shows
    )


def first_line(exc: BaseException) -> str:
    """An exception's message, first line only."""
    return (str(exc).strip().splitlines() or [""])[0]


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class FetchRefusedError(Exception):
    """A URL the renderer will not read, or could not read; the message says why."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class LocalFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint has no type hints
    """WeasyPrint's fetcher, restricted to ``data:`` URLs and files under ``readable``.

    Every refusal or failure raises ``FetchRefusedError``; as ``fail_on_errors`` is set,
    WeasyPrint stops rendering with a ``FatalURLFetchingError`` caused by it, which
    ``write_pdf`` turns into one ``RenderError``.
    """

    def __init__(self, readable: Sequence[Path]) -> None:
        super().__init__(allowed_protocols={"file", "data"}, fail_on_errors=True)
        self.readable = tuple(path.resolve() for path in readable)

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        """Read ``url`` if it is allowed, else raise ``FetchRefusedError`` saying why."""
        reason = self.refusal(url)
        if reason:
            raise FetchRefusedError(url, reason)
        try:
            return super().fetch(url, headers)
        except Exception as exc:  # urllib raises many kinds: a missing file, a bad data: URL
            raise FetchRefusedError(url, f"cannot be read ({first_line(exc)})") from None

    def refusal(self, url: str) -> str | None:
        """Why ``url`` may not be read, or None when it may."""
        scheme, colon, _rest = url.partition(":")
        if not colon:
            return "not an absolute URL"
        if scheme.lower() == "data":
            return None
        if scheme.lower() != "file":
            return "briefings never reads from the network"
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            return f"a file on another host ({parts.netloc}) is refused"
        path = Path(url2pathname(unquote(parts.path))).resolve()
        if not any(path.is_relative_to(folder) for folder in self.readable):
            return "outside the folders a build may read"
        if not path.is_file():
            return "no such file"
        return None


def fetch_error(
    url: str, reason: str, templates: Path | None, base: Path, fix: str = _FETCH_FIX
) -> RenderError:
    """One line naming where ``url`` was written (template and line) and why it failed."""
    written, where, line = url, None, None
    if templates is not None:
        found = _written_in(url, templates, base)
        written, where, line = found if found else (url, _root_template(templates), None)
    return RenderError(f"cannot fetch {written!r}: {reason}", where=where, line=line, fix=fix)


def _root_template(templates: Path) -> str:
    return shown_path(templates / ROOT_TEMPLATE, templates.parent)


def _written_in(url: str, templates: Path, base: Path) -> tuple[str, str, int] | None:
    """(the URL as written, template, line) of the first template that contains ``url``,
    whole or relative to ``base`` (where relative URLs were resolved)."""
    forms = [url]
    if url.startswith("file:"):
        path = Path(url2pathname(unquote(urlsplit(url).path)))
        try:
            forms.append(path.relative_to(base.resolve()).as_posix())
        except ValueError:
            forms.append(path.as_posix())
    for template in sorted(p for p in templates.rglob("*") if p.suffix in (".j2", ".css")):
        try:
            text = template.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for form in forms:
            # As an attribute or CSS url() value first, so that a mere mention does not count.
            for written in (f'"{form}"', f"'{form}'", f"({form})", form):
                if form and written in text:
                    line = text[: text.index(written)].count("\n") + 1
                    return form, shown_path(template, templates.parent), line
    return None


@contextmanager
def _weasyprint_errors(where: str, templates: Path | None, base: Path) -> Iterator[None]:
    """Turn what WeasyPrint only logs (bad CSS, an image that cannot be decoded) into a
    RenderError; one naming a URL is placed where that URL was written."""
    collector = _Collector()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collector)
    propagate, logger.propagate = logger.propagate, False  # the error line says it, once
    try:
        yield
    finally:
        logger.removeHandler(collector)
        logger.propagate = propagate
    if collector.messages:
        message = collector.messages[0].splitlines()[0]
        url = _LOGGED_URL.search(message)
        if url:
            detail = message[url.end() :].strip(" '\":")
            reason = f"cannot be loaded ({detail})" if detail else "cannot be loaded"
            raise fetch_error(url.group(1), reason, templates, base, fix=_LOAD_FIX)
        raise RenderError(
            message, where=where, fix="fix the template or the missing file it refers to"
        )


_font_configurations: dict[int, object] = {}


def font_configuration() -> object:
    """This process's one WeasyPrint font configuration.

    WeasyPrint otherwise makes a new one per document: it loads every system font into a new
    Fontconfig configuration and a new Pango font map, not all of which the C libraries give
    back (a process rendering commune sheets kept 0.45 MiB a document, 0.2 with one shared).
    The ``@font-face`` fonts are the same files in every document, added once. Kept per
    process id: a forked worker makes its own.
    """
    from weasyprint.text.fonts import FontConfiguration

    process = os.getpid()
    if process not in _font_configurations:
        _font_configurations[process] = FontConfiguration()
        # WeasyPrint deletes the copies of the ``@font-face`` fonts it keeps in a temporary
        # folder when the configuration is collected; a worker ends without collecting it, and
        # every worker left 0.2-1.4 MB in the temporary directory. multiprocessing runs this at
        # the exit of the build's process and of each of its workers.
        multiprocessing.util.Finalize(None, _forget_fonts, args=(process,), exitpriority=0)
    return _font_configurations[process]


def _forget_fonts(process: int) -> None:
    """Drop this process's font configuration: WeasyPrint then deletes its fonts' folder."""
    _font_configurations.pop(process, None)


@dataclass(frozen=True)
class Attachment:
    """A file embedded in the PDF (the facts behind it), dated by the data."""

    name: str
    data: bytes
    description: str
    date: datetime


def write_pdf(
    html: str,
    *,
    base: Path,
    target: Path,
    readable: Sequence[Path] = (),
    templates: Path | None = None,
    attachment: Attachment | None = None,
) -> int:
    """Render HTML (relative URLs resolved against ``base``) to a PDF file; return its pages.

    Only ``data:`` URLs and files under ``base`` and ``readable`` are read; errors name the
    template under ``templates`` that wrote the URL.
    """
    from weasyprint import HTML
    from weasyprint.urls import FatalURLFetchingError

    fetcher = LocalFetcher((base, *readable))
    where = _root_template(templates) if templates is not None else str(target)
    try:
        with _weasyprint_errors(where, templates, base):
            options = {"full_fonts": True, "pdf_variant": PDF_VARIANT}  # fonts: subset already
            laid_out = HTML(string=html, base_url=str(base) + "/", url_fetcher=fetcher).render(
                font_config=font_configuration(), **options
            )
            laid_out.write_pdf(
                target,
                attachments=[_attachment(attachment)] if attachment else None,
                **options,
            )
            return len(laid_out.pages)
    except FatalURLFetchingError as exc:  # a BaseException: nothing else may swallow it
        target.unlink(missing_ok=True)
        cause = exc.__cause__
        if isinstance(cause, FetchRefusedError):
            raise fetch_error(cause.url, cause.reason, templates, base) from None
        raise RenderError(first_line(exc), where=where, fix=_FETCH_FIX) from None
    except (OSError, ValueError) as exc:
        target.unlink(missing_ok=True)
        raise RenderError(
            f"could not render ({exc})", where=where, fix="check the files the template refers to"
        ) from None
    except RenderError:
        target.unlink(missing_ok=True)  # never a PDF with a hole in it
        raise
