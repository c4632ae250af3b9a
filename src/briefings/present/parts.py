"""The briefing as parts laid out one by one: the cover, the comparison, each province, the
sources.

A change to one province's figures then lays out that province's pages again, not the whole
briefing, and no process ever holds the layout of every page at once (the briefing of all
provinces was the build's memory peak). Each part is an ordinary page-broken section of the
briefing, so cutting there changes nothing on the page. What a part cannot know on its own is
joined afterwards (``present.joining``): its page numbers, and links to anchors in other parts.
Such a link is written ``part:<anchor>`` here, because WeasyPrint drops a link to an anchor
missing from the document it lays out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markupsafe import Markup

from briefings.facts.model import FactSheet

WHOLE = "whole"  # a document not cut into parts: a fact sheet, or the briefing's HTML
FOOTER = "footer"  # the page numbers laid over the joined briefing
SOURCES = "sources"  # the last part: the numbered list of sources
ACROSS = "part:"  # the scheme of a link to an anchor in another part
_ID = re.compile(r'\sid="([^"]+)"')
_LOCAL_LINK = re.compile(r'href="#([^"]+)"')
_CSS_ESCAPED = frozenset("\\\"'<>&")


def briefing_parts(sheets: Sequence[FactSheet], comparison: bool = True) -> list[str]:
    """The parts of a briefing, in page order."""
    middle = ["comparison"] if comparison else []
    return ["cover", *middle, *(sheet.province.slug for sheet in sheets), SOURCES]


def link_across_parts(html: str) -> str:
    """``html`` with each link to an anchor it does not contain written as ``part:<anchor>``."""
    own = set(_ID.findall(html))
    return _LOCAL_LINK.sub(
        lambda m: m[0] if m[1] in own else f'href="{ACROSS}{m[1]}"',
        html,
    )


def css_string(text: object) -> Markup:
    """``text`` as the inside of a double-quoted CSS string in a ``<style>`` element (for a
    running header): the characters HTML would escape, quotes and backslashes as CSS escapes,
    line breaks as spaces."""
    flat = re.sub(r"[\n\r\f]", " ", str(text))
    return Markup("".join(f"\\{ord(c):x} " if c in _CSS_ESCAPED else c for c in flat))
