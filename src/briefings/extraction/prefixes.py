"""The first few characters every match of a pattern starts with, as a regex that finds them.

A scan that tries a long alternation at every word start spends most of its time on words
that start no match: "the", "of", "provincial". The prefixes of a pattern (at most ``depth``
characters, each a literal or a character class) rule most of those out in one pass of the
regex engine, which checks a literal first character of each alternative cheaply; the whole
pattern is then tried only where a prefix was found.

The prefixes are read from Python's own parse of the pattern, as ``start_guard`` reads first
characters. It is a private module: an unknown shape gives a shorter prefix, and the module
missing gives none, so the scan is slower, never different.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

Prefix = tuple[str, ...]  # each item the regex of one character: "a", r"\d", "[^x]"
# (a prefix, whether the pattern part it was read from ended there, so that what follows
# the part goes on it); a prefix that did not end is complete: cut at ``depth`` or unknown.
_Partial = set[tuple[Prefix, bool]]

_MOST_PREFIXES = 4000  # beyond this, a shorter depth: the finder's regex grows past its use
_SMALL_CLASS = 12  # a class of at most this many characters counts as that many literals
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


class _TooManyError(Exception):
    """More prefixes than ``_MOST_PREFIXES`` at this depth."""


def prefix_regex(pattern: str, depth: int = 6) -> str | None:
    """A regex that matches at every position where ``pattern`` matches (and at a few more),
    built from the prefixes of at most ``depth`` characters of its matches; None when some
    match can start with anything."""
    try:
        parser = importlib.import_module("re._parser")
        parsed = parser.parse(pattern).data
    except Exception:  # a private module: anything unexpected gives no prefixes
        return None
    for tried in range(depth, 0, -1):
        try:
            partials = _sequence({((), True)}, parsed, tried)
        except _TooManyError:
            continue
        prefixes = {prefix for prefix, _ in partials}
        return None if () in prefixes else _trie(prefixes)
    return None


def _sequence(partials: _Partial, items: Any, depth: int) -> _Partial:
    """``partials`` each followed by the parsed ``items`` in turn."""
    for op, value in items:
        if not any(going and len(prefix) < depth for prefix, going in partials):
            break
        following: _Partial = set()
        read: dict[int, _Partial] = {}  # room left → the item's prefixes that fit in it
        for prefix, going in partials:
            room = depth - len(prefix)
            if not going or room <= 0:
                following.add((prefix, False))
                continue
            if room not in read:
                read[room] = _item(str(op), value, room)
            following |= {(prefix + more, ends) for more, ends in read[room]}
        if len(following) > _MOST_PREFIXES:
            raise _TooManyError
        partials = following
    return partials


def _item(op: str, value: Any, depth: int) -> _Partial:
    """The prefixes of one parsed item, of at most ``depth`` characters."""
    if op == "LITERAL":
        return {((re.escape(chr(value)),), True)}
    if op == "NOT_LITERAL":
        return {(("[^" + re.escape(chr(value)) + "]",), True)}
    if op == "IN":
        members = _class(value)
        return {((), False)} if members is None else {((member,), True) for member in members}
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return {((), True)}  # zero-width: it takes no character
    if op == "SUBPATTERN":
        if value[1] or value[2]:  # "(?i:...)": its own flags, which the finder would not have
            return {((), False)}
        return _sequence({((), True)}, value[-1].data, depth)
    if op == "ATOMIC_GROUP":
        return _sequence({((), True)}, value.data, depth)
    if op == "BRANCH":
        found: _Partial = set()
        for alternative in value[1]:
            found |= _sequence({((), True)}, alternative.data, depth)
        return found
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return _repeat(value, depth)
    return {((), False)}  # any character, a back-reference, a condition: unknown from here


def _repeat(value: Any, depth: int) -> _Partial:
    """The prefixes of an item repeated between ``least`` and ``most`` times."""
    least, most, item = value
    if ((), True) in _sequence({((), True)}, item.data, depth):
        return {((), False)}  # an item that can match nothing: unknown from here
    found: _Partial = set()
    current: _Partial = {((), True)}
    count = 0
    while True:
        going_on = {(prefix, True) for prefix, going in current if going and len(prefix) < depth}
        found |= {(prefix, False) for prefix, going in current if not going or len(prefix) >= depth}
        if count >= least:
            found |= going_on  # the repeat may end here: what follows it goes on
        if not going_on or count == most:
            return found
        current = _sequence(going_on, item.data, depth)
        count += 1
        if len(found) + len(current) > _MOST_PREFIXES:
            raise _TooManyError


def _class(members: Any) -> list[str] | None:
    """A class as the literals it holds (when few) or as one class; None when unknown."""
    literals: list[str] = []
    parts: list[str] = []
    negated = wide = False
    for op, value in members:
        op = str(op)
        if op == "NEGATE":
            negated = True
        elif op == "LITERAL":
            literals.append(re.escape(chr(value)))
            parts.append(re.escape(chr(value)))
        elif op == "RANGE":
            low, high = value
            wide = wide or high - low >= _SMALL_CLASS
            if not wide:
                literals.extend(re.escape(chr(c)) for c in range(low, high + 1))
            parts.append(f"{re.escape(chr(low))}-{re.escape(chr(high))}")
        elif op == "CATEGORY" and str(value) in _CATEGORIES:
            wide = True
            parts.append(_CATEGORIES[str(value)])
        else:
            return None
    if not negated and len(parts) == 1 and parts[0] in _CATEGORIES.values():
        return parts  # r"\s", not r"[\s]"
    if negated or wide or len(literals) > _SMALL_CLASS:
        return ["[" + ("^" if negated else "") + "".join(parts) + "]"]
    return list(dict.fromkeys(literals))


def _trie(prefixes: set[Prefix]) -> str:
    """One regex of ``prefixes``, their shared starts written once: the engine reads each
    character once for all prefixes that share it, and a prefix that holds another needs no
    alternative of its own."""
    root: dict[str, Any] = {}
    for prefix in prefixes:
        node = root
        for character in prefix:
            node = node.setdefault(character, {})
        node[""] = {}

    def written(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a prefix ends here: whatever follows matches
        alternatives = [character + written(child) for character, child in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return written(root)
