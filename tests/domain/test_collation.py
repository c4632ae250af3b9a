"""Specification of briefings.domain.collation: Vietnamese alphabetical order."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from briefings.domain.collation import sorted_vietnamese, vietnamese_key

ICU_ORDER = Path(__file__).resolve().parents[1] / "data" / "icu_vi_order.txt"


def test_every_province_name_sorts_as_icus_vietnamese_collation_does() -> None:
    # The golden order was produced once with PyICU (Collator for locale "vi").
    expected = ICU_ORDER.read_text(encoding="utf-8").splitlines()
    shuffled = expected[:]
    random.Random(7).shuffle(shuffled)
    assert sorted_vietnamese(shuffled) == expected


def test_letters_with_marks_follow_their_base_letter() -> None:
    assert sorted_vietnamese(["Đà Nẵng", "Điện Biên", "Cao Bằng", "Dak", "Ea"]) == [
        "Cao Bằng", "Dak", "Đà Nẵng", "Điện Biên", "Ea",
    ]  # fmt: skip
    assert sorted_vietnamese(["ư", "u", "ơ", "ô", "o", "â", "ă", "a"]) == [
        "a", "ă", "â", "o", "ô", "ơ", "u", "ư",
    ]  # fmt: skip


def test_bình_định_comes_before_bình_thuận_and_tones_come_after_letters() -> None:
    assert sorted_vietnamese(["Bình Thuận", "Bình Định", "Bình Dương"]) == [
        "Bình Dương", "Bình Định", "Bình Thuận",
    ]  # fmt: skip
    assert sorted_vietnamese(["mạ", "má", "mã", "mả", "mà", "ma"]) == [
        "ma", "mà", "mả", "mã", "má", "mạ",
    ]  # fmt: skip


def test_nfc_and_nfd_spellings_sort_alike() -> None:
    name = "Quảng Ngãi"
    assert vietnamese_key(unicodedata.normalize("NFD", name)) == vietnamese_key(name)
