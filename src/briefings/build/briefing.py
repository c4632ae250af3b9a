"""The briefing on the executor as parts (``present.parts``): each part a task, kept in and
reused from the store like any document, then one task joining them (``present.joining``).

So a changed province lays out its own part again and the others come from the store; the
joined PDF is itself kept under the key of its parts, and every part is laid out in a process
of its own, so no worker ever holds the layout of the whole briefing.
"""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefings.build.store import Store, key_of
from briefings.files import sha256
from briefings.present.figures import EditionFigures
from briefings.present.i18n import use_language
from briefings.present.parts import FOOTER, SOURCES, briefing_parts
from briefings.present.render import (
    Document,
    Renderer,
    figure_folders,
    joined_pdf,
    page_numbers_name,
    part_pdf,
    view_html,
)
from briefings.present.viewmodel import DocumentView

PARTS = "parts"  # the folder of the parts while the briefing is made; removed once joined
# The longest parts are handed out first, so that the joining does not wait on one that a
# worker took up last (the sources, ~2 s for 34 provinces) or that a changed value makes
# again (the comparison, whose charts show every province).
_LONGEST_FIRST = {SOURCES: 0, "comparison": 1}
Submit = Callable[..., "Future[Any]"]  # ``executor.submit(task, language, fonts, work, *args)``
# The two tasks that take most memory (about 40 and 50 MiB above a worker's own, for 34
# provinces): the sources part and the joining. When two editions are made at once, two of
# them on the two workers together raised the build's peak by ~50 MiB; one at a time, the
# other worker keeps laying out light parts meanwhile.
_HEAVY = threading.BoundedSemaphore(1)
# A figure as a document names it: its folder and file ("an-giang/grdp-growth.svg"), found
# from each file ending back; looking for each of an edition's figures in each document's HTML
# took a tenth of what a watching rebuild did in its own process (34 provinces).
_FIGURE_END = re.compile(r"\.(?:svg|png)")
_FIGURE_HEAD = re.compile(r"[\w.-]+/[\w.-]+\Z")


def one_heavy_task_at_a_time(submit: Submit) -> Submit:
    """``submit``, waiting first until no other heavy task of this process is in flight."""

    def submit_alone(*args: Any) -> Future[Any]:
        _HEAVY.acquire()
        try:
            future = submit(*args)
        except BaseException:
            _HEAVY.release()
            raise
        future.add_done_callback(lambda _: _HEAVY.release())
        return future

    return submit_alone


@dataclass
class BriefingInParts:
    """The briefing's parts being laid out (or fetched), in page order."""

    document: Document
    view: DocumentView
    facts: bytes  # attached when the parts are joined
    keys: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # without ".pdf", under the edition's folder
    pages: list[Future[int] | int] = field(default_factory=list)


@dataclass(frozen=True)
class FigureDigests:
    """Each figure file of an edition as a document names it (``an-giang/grdp-growth.svg``),
    with its sha256: part of what a PDF showing it depends on. Made once per edition, not once
    per document: a file is read and hashed once, not for each document that shows it."""

    named: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, drawn: EditionFigures) -> FigureDigests:
        return cls(tuple((p.relative_to(p.parents[1]).as_posix(), sha256(p))
                         for c in drawn.all() for p in (c.svg, c.png)))  # fmt: skip

    def used_by(self, html: str) -> list[str]:
        """The sha256 of each figure file ``html`` shows, in the edition's order."""
        shown = set()
        for end in _FIGURE_END.finditer(html):
            head = _FIGURE_HEAD.search(html, max(0, end.start() - 200), end.start())
            if head is not None:
                shown.add(head.group() + end.group())
        return [digest for name, digest in self.named if name in shown]


def lay_out_parts(
    submit: Submit,
    renderer: Renderer,
    document: Document,
    view: DocumentView,
    drawn: EditionFigures,
    digests: FigureDigests,
    facts: bytes,
    base: str,
    store: Store,
) -> BriefingInParts:
    """Submit each part of ``document`` (which shows ``view``) not in ``store``; call in the
    edition's language. ``facts`` are attached at the joining, so that a changed value lays
    out only the parts it shows in."""
    figures = figure_folders(drawn)
    date = renderer.provenance.date().isoformat()
    made = BriefingInParts(document, view, facts)
    (renderer.out / PARTS).mkdir(exist_ok=True)
    # The comparison is left out when nothing is ranked (one province, or no growth figure
    # for the period): its part would be a page of running header and page number only.
    parts = briefing_parts(document.sheets, bool(made.view.comparison))
    made.keys, made.names, made.pages = [""] * len(parts), [""] * len(parts), [0] * len(parts)
    alone = one_heavy_task_at_a_time(submit)
    for index in sorted(range(len(parts)), key=lambda i: _LONGEST_FIRST.get(parts[i], 2)):
        part = parts[index]
        html = view_html(renderer, made.view, part)
        name = f"{PARTS}/{document.stem}-{index:02d}-{part}"  # in the key: the store keeps it
        key = key_of(base, name, html, date, *digests.used_by(html))
        kept = store.fetch(key, renderer.out)
        made.keys[index], made.names[index] = key, name
        made.pages[index] = (
            int(kept)
            if kept is not None
            else (alone if part == SOURCES else submit)(
                part_pdf, renderer, name, html, figures, None
            )
        )
    return made


def wait_for_parts(parts: BriefingInParts, out: Path, store: Store) -> list[int]:
    """Wait for the parts being laid out, keep each in ``store``; return every part's pages."""
    pages = []
    for key, name, laid_out in zip(parts.keys, parts.names, parts.pages, strict=True):
        if isinstance(laid_out, Future):
            laid_out = laid_out.result()
            store.keep(key, out, [f"{name}.pdf"], laid_out)
        pages.append(laid_out)
    return pages


def join_laid_out_parts(
    submit: Submit,
    language: str,
    renderer: Renderer,
    parts: BriefingInParts,
    pages: list[int],
    base: str,
    store: Store,
) -> Path:
    """Join the laid-out parts of ``pages`` pages each (or fetch the joined PDF); return its
    path."""
    out = renderer.out
    with use_language(language):
        numbers = view_html(renderer, parts.view, FOOTER, sum(pages))
    key = key_of(base, "joined", numbers, parts.facts, *parts.keys)
    stem = parts.document.stem
    name = f"{stem}.pdf"
    if store.fetch(key, out) is None:
        paths = [out / f"{n}.pdf" for n in parts.names]
        # Laying out the page numbers took a third of a joining (34 provinces); a changed
        # value seldom moves a page, so they are kept under the key of their own HTML.
        numbers_key = key_of(base, "page numbers", numbers)
        numbered = store.fetch(numbers_key, out) is not None
        joining = one_heavy_task_at_a_time(submit)
        try:
            joining(joined_pdf, renderer, stem, paths, numbers, parts.facts, numbered).result()
            if not numbered:
                store.keep(numbers_key, out, [page_numbers_name(stem)], sum(pages))
        finally:
            (out / page_numbers_name(stem)).unlink(missing_ok=True)
        store.keep(key, out, [name], sum(pages))
    shutil.rmtree(out / PARTS, ignore_errors=True)
    return out / name
