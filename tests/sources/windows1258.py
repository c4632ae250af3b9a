"""Test helper: Vietnamese text as Windows-1258 software writes it."""

from __future__ import annotations

import unicodedata

TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 has the letters ă â ê ô ơ ư đ but no toned vowels: a tone mark follows its
    letter as a combining character (ệ is ê and a combining dot below)."""
    out = b""
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            tones = "".join(mark for mark in decomposed if mark in TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
            out += (base + tones).encode("cp1258")
    return out
