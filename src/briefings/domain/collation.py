"""Vietnamese alphabetical order: a ă â b c d đ e ê … o ô ơ … u ư …, tone marks after the base.

ICU's collation (PyICU) gives this order, but PyICU has no wheel on the package index: it
compiles against the system's ICU headers, which a fresh machine lacks. So this module is a
sort key of our own, tested against the order ICU gives for every province name
(``tests/data/icu_vi_order.txt``). Letters compare first (primary), then tone marks (secondary,
in ICU's Vietnamese order: none, grave, hook, tilde, acute, dot below), then case.
"""

from __future__ import annotations

import unicodedata

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_PRIMARY = {letter: rank + 100 for rank, letter in enumerate(_ALPHABET)}
_VOWEL_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve (ă), circumflex (â ê ô), horn (ơ ư)
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

SortKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]


def _letters(text: str) -> list[tuple[str, int, bool]]:
    """(base letter with its vowel marks, tone, upper case) for each character."""
    letters: list[tuple[str, int, bool]] = []
    for char in unicodedata.normalize("NFD", text):
        if char in _VOWEL_MARKS and letters:
            base, tone, upper = letters[-1]
            letters[-1] = (unicodedata.normalize("NFC", base + char), tone, upper)
        elif char in _TONES and letters:
            base, _tone, upper = letters[-1]
            letters[-1] = (base, _TONES[char], upper)
        elif not unicodedata.combining(char):
            letters.append((char.lower(), 0, char.isupper()))
    return letters


def vietnamese_key(text: str) -> SortKey:
    """Sort key for Vietnamese text (NFC or NFD alike): letters, then tones, then case.

    Spaces and punctuation sort before every letter, digits before letters too.
    """
    letters = _letters(text)
    primary = tuple(_PRIMARY.get(base, ord(base) if base.isdigit() else 1) for base, *_ in letters)
    return primary, tuple(tone for _b, tone, _u in letters), tuple(int(u) for *_x, u in letters)


def sorted_vietnamese(names: list[str]) -> list[str]:
    """Names in Vietnamese alphabetical order."""
    return sorted(names, key=vietnamese_key)
