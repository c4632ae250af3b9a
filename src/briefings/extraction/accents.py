"""French written without its accents, given them back so that the French rules read it.

Some pages print French without a single accent ("le taux de croissance economique est estime
a 7,14 %"): the rules, written for "économique", "estimé à", "détail", "dépassé", read nothing
there. Before extraction such a text gets the accents back, one letter for one, so every offset
(and so every quote, taken from the text as written) still holds.

A word takes the accented spelling of pyspellchecker's French word list when that list does not
know it unaccented ("economique", "detail", "periode"). Where both spellings are words, the
context decides, and only twice: a participle after an auxiliary ("est estime", "ont augmente")
is the accented one, and "a" before a number is "à" ("estime a 7,14 %"). Anything else stays
as written: a word the list does not know in any spelling, every capitalised word (a name:
"Hai Phong", not "Haï"), every Vietnamese word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_ACCENTED = re.compile(r"[àâäçéèêëîïôöùûüÿœæ]", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"(?<!\w)([A-Za-z]+)(?!\w)")
_ADDRESS = re.compile(r"\S*(?:/|www\.|@)\S*")  # a link or an e-mail address: as written
_MOST_ACCENTS = 0.005  # French has some 3% of its letters accented; written without, under 0.2%
_LEAST_LETTERS = 300  # too short a text to tell
_AUXILIARIES = frozenset({"est", "sont", "a", "ont", "ete", "etre", "etait", "etaient", "sera"})
_PARTICIPLE = re.compile(r"e(?:e?s?)$")  # "estime", "estimes", "estimee", "estimees"
_NUMBER_AHEAD = re.compile(r"\s*[-−+]?\d")


def lacks_accents(text: str) -> bool:
    """True for a French text long enough to tell that is written without accents."""
    letters = len(_LETTERS.findall(text))
    return letters >= _LEAST_LETTERS and len(_ACCENTED.findall(text)) < _MOST_ACCENTS * letters


def with_accents(text: str) -> str:
    """``text`` with the accents of its French words given back, letter for letter."""
    words = _variants()

    def restore(match: re.Match[str]) -> str:
        written = match.group(1)
        if written[0].isupper():
            return written  # a name ("Hai Phong", not "Haï"), or a sentence's first word
        low = written.lower()
        accented = _accented(low, words, match)
        if accented is None or len(accented) != len(written):
            return written
        return "".join(
            new.upper() if old.isupper() else new
            for old, new in zip(written, accented, strict=True)
        )

    out: list[str] = []
    done = 0
    for address in _ADDRESS.finditer(text):
        out += [_WORD.sub(restore, text[done : address.start()]), address.group(0)]
        done = address.end()
    out.append(_WORD.sub(restore, text[done:]))
    return "".join(out)


def _accented(low: str, words: dict[str, tuple[str, bool]], match: re.Match[str]) -> str | None:
    """The accented spelling of the lower-cased word ``low``, or None to keep it."""
    text = match.string
    if low == "a":
        return "à" if _NUMBER_AHEAD.match(text, match.end()) else None
    found = words.get(low)
    if found is None:
        return None
    accented, known_bare = found
    if not known_bare:
        return accented  # "economique": no French word without its accents
    before = text[max(0, match.start() - 12) : match.start()].split()
    after_auxiliary = bool(before) and before[-1].lower() in _AUXILIARIES
    if after_auxiliary and _PARTICIPLE.search(low) and accented.endswith(("é", "ée", "és", "ées")):
        return accented  # "est estime", "ont augmente": the participle
    return None


@cache
def _variants() -> dict[str, tuple[str, bool]]:
    """Unaccented spelling → (its most frequent accented spelling, whether the unaccented one is
    a word too), from pyspellchecker's French list (imported only when a text needs it)."""
    from spellchecker import SpellChecker

    frequency = SpellChecker(language="fr", distance=1).word_frequency.dictionary
    best: dict[str, tuple[int, str]] = {}
    for word, count in frequency.items():
        if not _ACCENTED.search(word):
            continue
        bare = _bare(word)
        if len(bare) == len(word) and bare.isascii() and count > best.get(bare, (0, ""))[0]:
            best[bare] = (count, word)
    return {bare: (word, bare in frequency) for bare, (_, word) in best.items()}


def _bare(word: str) -> str:
    """``word`` without its accents, one letter for one ("œ" stays, and the word is skipped)."""
    return "".join(unicodedata.normalize("NFD", letter)[0] for letter in word)
