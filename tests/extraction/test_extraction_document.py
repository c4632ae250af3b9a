"""Reading article files: front matter, HTML and Markdown, with offsets kept."""

from briefings.extraction.document import read_document, read_front_matter


def test_front_matter_is_parsed_and_blanked_keeping_offsets() -> None:
    text = "---\nurl: 'https://example.org/a'\nprovince: Cao Bằng\nbad line\n---\nGRDP grew."
    meta, body, problems = read_front_matter(text)
    assert meta == {"url": "https://example.org/a", "province": "Cao Bằng"}
    assert len(body) == len(text)
    assert body.index("GRDP") == text.index("GRDP")
    assert problems == ("front matter line 4 is not `key: value`; ignored it",)


def test_text_without_front_matter_is_unchanged() -> None:
    assert read_front_matter("--- not front matter") == ({}, "--- not front matter", ())


def test_html_is_stripped_and_maps_back_to_the_page() -> None:
    page = "<html><body><p>Exports reached USD&nbsp;350 million.</p><script>x=1</script></body>"
    document = read_document(page, suffix=".html")
    assert "Exports reached USD\u00a0350 million." in document.text
    assert "x=1" not in document.text
    start = document.text.index("350")
    assert page[document.original_offset(start) :].startswith("350 million")


def test_markdown_marks_are_blanked() -> None:
    document = read_document("# Title\n\nGRDP grew **7.35%**.", suffix=".md")
    assert "**" not in document.text
    assert len(document.text) == len("# Title\n\nGRDP grew **7.35%**.")
