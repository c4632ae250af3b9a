"""Case-blind matching that stays fast: whole-article patterns run on a lower-cased copy.

``re.IGNORECASE`` makes every pattern that scans an article two to three times slower, so
those patterns are compiled with their literals lower-cased (``caseless``) and run on the
article's lower-cased text (``lowered``), which has the same length: matches and offsets are
those of the case-blind pattern on the text as written.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from briefings.extraction.prefixes import prefix_regex

_LITERAL = re.compile(r"(\\.|\(\?P[<=])|(\w)")


def caseless(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled to run on ``lowered`` text: its letters lower-cased (Đ as well as
    D), escapes (``\\W``, ``\\D``) and group syntax left alone."""
    return re.compile(_lowered_literals(pattern))


def _lowered_literals(pattern: str) -> str:
    return _LITERAL.sub(lambda m: m.group(1) or m.group(2).lower(), pattern)


@dataclass(frozen=True)
class WordScan:
    """A pattern that matches only where no character of ``not_after`` comes before, scanned
    through a finder that the regex engine runs faster: the same matches as ``pattern.finditer``.

    A pattern that opens with a look-behind ("(?<!\\w)") gives the regex engine no character to
    look for, so it starts a whole match attempt at every character of the text. The finder
    starts with a character the match must follow ("[^\\w]") instead: the engine then skips, in
    one fast loop, every character that is no such one (most of a text). After it come the
    first few characters every match starts with (``prefix_regex``), so most words are passed
    at their first letters; the pattern itself is tried only where the finder found.
    """

    pattern: re.Pattern[str]  # "(?<![C])BODY": the matches wanted
    finder: re.Pattern[str]  # "[^C]PREFIXES": just after a character not in C, where BODY may

    @classmethod
    def compile(
        cls,
        body: str,
        not_after: str = r"\w",
        compiler: Callable[[str], re.Pattern[str]] = re.compile,
    ) -> WordScan:
        """The scan of ``(?<![not_after])body``, ``not_after`` the inside of a class."""
        pattern = compiler(rf"(?<![{not_after}])(?:{body})")
        written = compiler(body)  # as the compiler wrote it ("caseless": letters lowered)
        prefixes = prefix_regex(written.pattern) or written.pattern
        return cls(pattern, re.compile(rf"[^{not_after}](?:{prefixes})", written.flags))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(text)``: the leftmost match, then the leftmost one from its
        end, and so on. After the text's start, a match can start only at a position just after
        a character not in C where the finder holds, so the leftmost one from ``pos`` starts
        one after one of the finder's hits from ``pos - 1``, the first hit where it matches."""
        match = self.pattern.match(text)
        pos = 0
        while True:
            if match is None:
                hit = self.finder.search(text, max(pos - 1, 0))
                if hit is None:
                    return
                match = self.pattern.match(text, hit.start() + 1)
                if match is None:  # a prefix, but no match: look on from the next character
                    pos = hit.start() + 2
                    continue
            if match.end() == match.start():
                raise ValueError(f"{self.pattern.pattern!r} matched an empty string")
            yield match
            pos = match.end()
            match = None


@lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """``text`` in lower case, one character for one, so offsets into it hold for ``text``;
    a typographic apostrophe is the plain one ("l’année" is "l'année")."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("\u2019", "'")


def start_guard(body: str) -> str:
    """A look-ahead of the characters a match of ``body`` (written for ``caseless``) can start
    with, or "" when any may: put before a named group of a long alternation, it lets a scan
    skip, at each word, every group that cannot start there (twice as fast on articles).

    The characters are read from Python's own parse of the pattern; it is a private module,
    so an unknown shape, or the module missing, gives no guard: slower, never different."""
    try:
        parser = importlib.import_module("re._parser")
        starts = _first(parser.parse(_lowered_literals(body)).data)
    except Exception:  # any surprise in a private module: no guard
        return ""
    if starts is None or starts[1]:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(starts[0])) + "])"


_WIDEST_RANGE = 400  # a wider class ("any letter") guards nothing worth its cost


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """(the characters a match of the parsed ``items`` can start with, whether it can be
    empty), or None when any character may start it."""
    found: set[str] = set()
    for op, value in items:
        one = _first_of(str(op), value)
        if one is None:
            return None
        found |= one[0]
        if not one[1]:
            return found, False
    return found, True


def _first_of(op: str, value: Any) -> tuple[set[str], bool] | None:
    if op == "LITERAL":
        return {chr(value)}, False
    if op == "IN":
        return _class(value)
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return set(), True  # zero-width: what follows starts the match
    if op == "SUBPATTERN":
        return _first(value[-1].data)
    if op == "BRANCH":
        found: set[str] = set()
        empty = False
        for alternative in value[1]:
            one = _first(alternative.data)
            if one is None:
                return None
            found |= one[0]
            empty = empty or one[1]
        return found, empty
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        least, _, item = value
        one = _first(item.data)
        return None if one is None else (one[0], one[1] or least == 0)
    return None  # any character, a back-reference, a negated class: unknown


def _class(members: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    found: set[str] = set()
    for op, value in members:
        if str(op) == "LITERAL":
            found.add(chr(value))
        elif str(op) == "RANGE" and value[1] - value[0] <= _WIDEST_RANGE:
            found |= {chr(c) for c in range(value[0], value[1] + 1)}
        else:
            return None  # \w, \d, a negation: too wide to say
    return found, False
