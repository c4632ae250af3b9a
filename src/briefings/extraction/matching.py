"""Case-blind matching that stays fast: whole-article patterns run on a lower-cased copy.

``re.IGNORECASE`` makes every pattern that scans an article two to three times slower, so
those patterns are compiled with their literals lower-cased (``caseless``) and run on the
article's lower-cased text (``lowered``), which has the same length: matches and offsets are
those of the case-blind pattern on the text as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

_LITERAL = re.compile(r"(\\.|\(\?P[<=])|(\w)")


def caseless(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled to run on ``lowered`` text: its letters lower-cased (Đ as well as
    D), escapes (``\\W``, ``\\D``) and group syntax left alone."""
    return re.compile(_LITERAL.sub(lambda m: m.group(1) or m.group(2).lower(), pattern))


@lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """``text`` in lower case, one character for one, so offsets into it hold for ``text``;
    a typographic apostrophe is the plain one ("l’année" is "l'année")."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("\u2019", "'")
