"""A review file's encoding error names its line and column, like a table's."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.errors import SourceError
from briefings.sources.decisions import read_review


def test_a_review_file_that_is_not_utf8_names_its_line_not_a_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "reviewed.csv"
    path.write_bytes(b"fact_id,decision,reviewer\nabc,accept,Nguy\xe8n\n")
    with pytest.raises(SourceError) as info:
        read_review(path)
    line = info.value.one_line()
    assert line.startswith(f"{path}:2: not UTF-8 text: byte 0xE8 at column 16")
    assert "position" not in line and "sidecar" not in line
