"""The HTML of each province's own fact sheet, kept in this process by what it is made from.

A rebuild after one changed value rendered every province's fact sheet again only to find 33
of 34 unchanged: about 0.08 s of the build process's own time in a watching rebuild (34
provinces, two languages; sampled with py-spy), taken from the cores the workers lay out on.
A sheet whose inputs are those of one rendered before gets that HTML back. The inputs are all
a one-province document's view and HTML read (``present.viewmodel.document_view``,
``present.render``): the sheet, its charts as the HTML names them (folder-relative path,
title, caption, sources, alternative text) with their files' sha256, its trend notes, the
title, the provenance, the fonts, and the edition's key parts (code, libraries, language,
templates). A fresh process
starts with nothing kept, so a build's bytes never depend on what was kept.
"""

from __future__ import annotations

import os
import threading

from briefings.build.store import key_of
from briefings.present.figures import EditionFigures
from briefings.present.render import Document, Renderer, document_html

_KEPT: dict[str, str] = {}
_KEPT_AT_MOST = 1024  # 15-25 kB each: two languages of 63 provinces, several periods
_LOCK = threading.Lock()


def edition_inputs(base: str, renderer: Renderer) -> str:
    """What every fact sheet of one edition is made from besides its own sheet and charts."""
    provenance = renderer.provenance
    return key_of(
        base,
        provenance.newest_data,
        provenance.config_sha256,
        provenance.commit or "",
        repr(sorted(provenance.dates.items())),
        repr(sorted(renderer.fonts.items())),
        renderer.css,
    )


def sheet_html(
    renderer: Renderer,
    document: Document,
    drawn: EditionFigures,
    files: dict[str, str],
    edition: str,
    digest: str,
) -> str:
    """``document_html`` of a one-province ``document``, rendered only when its inputs are new
    to this process; ``files`` gives the sha256 of each figure file by the name the HTML uses
    for it (``an-giang/grdp-growth.svg``), ``edition`` is ``edition_inputs`` and ``digest`` the
    sheet's (``build.parallel.sheet_digest``)."""
    (sheet,) = document.sheets
    slug = sheet.province.slug
    charts = []
    out = os.path.realpath(renderer.out)
    for chart in drawn.by_province.get(slug, []):
        paths = (chart.svg, chart.png)
        shown = [os.path.relpath(os.path.realpath(path), out) for path in paths]
        named = [files.get(f"{path.parent.name}/{path.name}", "") for path in paths]
        charts.append(repr((chart.name, shown, chart.title, chart.caption, chart.sources,
                            chart.alt, named)))  # fmt: skip
    key = key_of(edition, document.stem, document.title, digest, *charts,
                 repr(drawn.notes.get(slug, [])))  # fmt: skip
    with _LOCK:
        kept = _KEPT.get(key)
    if kept is not None:
        return kept
    html = document_html(renderer, document, drawn)
    with _LOCK:
        if len(_KEPT) >= _KEPT_AT_MOST:
            _KEPT.clear()
        _KEPT[key] = html
    return html
