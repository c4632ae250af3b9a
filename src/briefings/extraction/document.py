"""An article file's text and front matter, with HTML tags and Markdown marks removed.

Offsets of extracted facts must point into the file as written, so front matter and Markdown
marks are blanked with spaces (same length) rather than cut, and HTML, whose tags and
entities must go, keeps a map from its plain text back to the original characters.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)^---[ \t]*$", re.S | re.M)
_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html|<head|<body|<article|<p[\s>])", re.I)
_DROP = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TOKEN = re.compile(r"<[^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)
_BLOCK = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|table|section|article|blockquote)\b", re.I)
_MARKDOWN_MARKS = re.compile(
    r"\*+|(?<!\w)_{1,2}|_{1,2}(?!\w)|^#{1,6}[ \t]|^>[ \t]?|!?\[|\]\([^)]*\)", re.M
)


@dataclass(frozen=True)
class Document:
    """The plain text of an article file and its front matter."""

    text: str
    meta: dict[str, str]
    problems: tuple[str, ...] = ()
    # For HTML: (offset in text, offset in the original) at the start of each run of text.
    offset_map: tuple[tuple[int, int], ...] = field(default=())

    def original_offset(self, position: int) -> int:
        """Where ``position`` of the plain text lies in the file as written."""
        if not self.offset_map:
            return position
        index = bisect.bisect_right(self.offset_map, (position, 1 << 62)) - 1
        plain, original = self.offset_map[max(index, 0)]
        return original + (position - plain)


def read_front_matter(text: str) -> tuple[dict[str, str], str, tuple[str, ...]]:
    """``key: value`` lines between ``---`` lines at the top; the text with them blanked."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, ()
    meta: dict[str, str] = {}
    problems: list[str] = []
    first_line = 2
    for number, line in enumerate(match.group("body").splitlines(), start=first_line):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pair = _KEY_VALUE.match(line)
        if pair is None:
            problems.append(f"front matter line {number} is not `key: value`; ignored it")
            continue
        meta[pair.group("key").lower()] = pair.group("value").strip().strip("'\"")
    blank = re.sub(r"[^\n]", " ", match.group(0))
    return meta, blank + text[match.end() :], tuple(problems)


def html_to_text(source: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Plain text of an HTML page and the map of its runs back to the original offsets."""
    dropped = _DROP.sub(lambda m: " " * len(m.group(0)), source)
    parts: list[str] = []
    runs: list[tuple[int, int]] = []
    length = 0
    position = 0
    for match in _TOKEN.finditer(dropped):
        length = _append(parts, runs, length, dropped[position : match.start()], position)
        token = match.group(0)
        if token.startswith("<"):
            replacement = "\n" if _BLOCK.match(token) else " "
        else:
            replacement = html.unescape(token)
        length = _append(parts, runs, length, replacement, match.start())
        position = match.end()
    _append(parts, runs, length, dropped[position:], position)
    return "".join(parts), tuple(runs)


def _append(
    parts: list[str], runs: list[tuple[int, int]], length: int, piece: str, origin: int
) -> int:
    if piece:
        parts.append(piece)
        runs.append((length, origin))
    return length + len(piece)


def blank_markdown(text: str) -> str:
    """Markdown with emphasis, heading and link marks replaced by spaces (offsets kept)."""
    return _MARKDOWN_MARKS.sub(lambda m: " " * len(m.group(0)), text)


def read_document(text: str, *, suffix: str) -> Document:
    """The article in ``text`` (a file's decoded content), whatever its format."""
    meta, body, problems = read_front_matter(text)
    if suffix in (".html", ".htm") or _HTML_START.match(body):
        plain, runs = html_to_text(body)
        return Document(plain, meta, problems, runs)
    if suffix in (".md", ".markdown"):
        body = blank_markdown(body)
    return Document(body, meta, problems)
