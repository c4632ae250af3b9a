"""Specification of briefings.present.pdf: WeasyPrint reads only what it is allowed to, and
every refused or failed fetch is one error naming the template and the URL."""

from __future__ import annotations

import logging
import multiprocessing
from pathlib import Path

import pikepdf
import pytest

from briefings.errors import RenderError
from briefings.present.pdf import LocalFetcher, font_configuration, write_pdf

PNG_1PX = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQ"
    "DwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def _project(tmp_path: Path, page: str) -> tuple[Path, Path, str]:
    """A templates folder whose root template is ``page``, an empty output folder, the HTML."""
    templates, out = tmp_path / "templates", tmp_path / "reports" / "e"
    templates.mkdir()
    out.mkdir(parents=True)
    (templates / "briefing.html.j2").write_text(page, encoding="utf-8")
    return templates, out, page


def _render_pdf(tmp_path: Path, page: str) -> str:
    templates, out, html = _project(tmp_path, page)
    with pytest.raises(RenderError) as info:
        write_pdf(html, base=out, target=out / "briefing.pdf", templates=templates)
    assert not (out / "briefing.pdf").exists()
    return info.value.one_line()


def test_an_image_from_the_network_is_refused_naming_the_template_line_and_url(
    tmp_path: Path,
) -> None:
    line = _render_pdf(tmp_path, '<html><body>\n<p>x</p>\n<img src="http://example.invalid/a.png">')
    assert line.startswith(
        "templates/briefing.html.j2:3: cannot fetch 'http://example.invalid/a.png'"
    )
    assert "never reads from the network" in line


@pytest.mark.parametrize(
    "tag",
    [
        '<link rel="stylesheet" href="https://example.invalid/s.css">',
        '<style>@import url("ftp://example.invalid/s.css");</style>',
        "<style>body { background: url(http://example.invalid/b.png) }</style>",
        '<link rel="stylesheet" href="file:///etc/passwd">',
        '<img src="file://otherhost/share/a.png">',
    ],
)
def test_every_kind_of_refused_fetch_is_one_render_error(tmp_path: Path, tag: str) -> None:
    line = _render_pdf(tmp_path, f"<html><head>{tag}</head><body><p>x</p></body></html>")
    assert line.startswith("templates/briefing.html.j2:1: cannot fetch ")
    assert "refer only to files in the templates folder" in line


def test_a_missing_local_image_is_named_as_written_in_the_template(tmp_path: Path) -> None:
    line = _render_pdf(tmp_path, '<p>x</p><img src="logo.png">')
    assert line.startswith("templates/briefing.html.j2:1: cannot fetch 'logo.png': no such file")


def test_a_local_file_that_is_not_an_image_is_named_with_its_template(tmp_path: Path) -> None:
    templates, out, _ = _project(tmp_path, "")
    (out / "logo.png").write_bytes(b"not an image")
    html = '<p>x</p><img src="logo.png">'
    (templates / "_cover.html.j2").write_text(html)
    with pytest.raises(RenderError) as info:
        write_pdf(html, base=out, target=out / "briefing.pdf", templates=templates)
    assert info.value.one_line().startswith("templates/_cover.html.j2:1: cannot fetch 'logo.png'")


def test_data_urls_and_files_in_the_output_folder_are_read(tmp_path: Path) -> None:
    templates, out, _ = _project(tmp_path, "")
    (out / "note.css").write_text("p { color: navy }")
    html = (
        '<html lang="en"><link rel="stylesheet" href="note.css"><p>x</p>'
        f'<img src="{PNG_1PX}" alt="a dot"></html>'
    )
    write_pdf(html, base=out, target=out / "briefing.pdf", templates=templates)
    assert (out / "briefing.pdf").read_bytes().startswith(b"%PDF")


def test_an_image_without_alternative_text_is_refused_for_the_tagged_pdf(
    tmp_path: Path,
) -> None:
    line = _render_pdf(tmp_path, f'<p>x</p><img src="{PNG_1PX}">')
    assert "has no required alt description" in line


def test_the_fetcher_refuses_the_network_and_files_outside_its_folders(tmp_path: Path) -> None:
    allowed = tmp_path / "templates"
    allowed.mkdir()
    (allowed / "ok.css").write_text("")
    (tmp_path / "secret.txt").write_text("")
    (allowed / "link.css").symlink_to(tmp_path / "secret.txt")
    fetcher = LocalFetcher([allowed])
    assert fetcher.refusal((allowed / "ok.css").as_uri()) is None
    assert fetcher.refusal("data:text/plain,hi") is None
    for url in (
        "http://example.invalid/",
        "HTTPS://example.invalid/",
        "ftp://example.invalid/",
        "gopher://example.invalid/",
        f"{allowed.as_uri()}/../secret.txt",
        (allowed / "link.css").as_uri(),  # a symlink is judged by where it leads
        (tmp_path / "secret.txt").as_uri(),
        "file://otherhost/etc/passwd",
        "relative.png",
    ):
        assert fetcher.refusal(url), url


def test_a_logged_weasyprint_error_is_one_render_error_and_nothing_else_is_printed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        line = _render_pdf(tmp_path, '<p>x</p><img src="data:image/png;base64,AAAA">')
    assert line == (
        "templates/briefing.html.j2:1: cannot fetch 'data:image/png;base64,AAAA': cannot be "
        "loaded; fix the file, or the reference to it"
    )
    assert not caplog.records  # the CLI prints the error; WeasyPrint's own line would be a second


def test_a_document_without_a_language_is_refused_for_the_tagged_pdf(tmp_path: Path) -> None:
    assert 'Missing required "lang" attribute' in _render_pdf(tmp_path, "<p>x</p>")


def _same_in_a_forked_child(parents: int, answer: multiprocessing.SimpleQueue[bool]) -> None:
    answer.put(id(font_configuration()) == parents)


def test_documents_of_one_process_share_one_font_configuration(tmp_path: Path) -> None:
    """WeasyPrint's own default, a new one per document, costs time and memory never given
    back; the same bytes come out either way."""
    html = "<html lang='vi'><p style='font-family: sans-serif'>Tăng trưởng 7,5%</p></html>"
    for name in ("a.pdf", "b.pdf"):
        write_pdf(html, base=tmp_path, target=tmp_path / name)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert font_configuration() is font_configuration()
    context = multiprocessing.get_context("fork")
    answer: multiprocessing.SimpleQueue[bool] = context.SimpleQueue()
    child = context.Process(target=_same_in_a_forked_child, args=(id(font_configuration()), answer))
    child.start()
    child.join()
    assert answer.get() is False  # a forked worker makes its own


def test_negative_figures_are_set_in_the_briefings_font_alone(tmp_path: Path) -> None:
    from briefings.present.fonts import FAMILY, copy_fonts

    names = copy_fonts(
        Path(__file__).resolve().parents[2] / "templates" / "fonts", tmp_path / "fonts"
    )
    html = (
        f"<html lang='vi'><style>@font-face {{ font-family: '{FAMILY}'; "
        f"src: url('{names['regular']}') }} p {{ font-family: '{FAMILY}' }}</style>"
        "<p>Xuất khẩu −1,30%; nhập khẩu +24,00%</p></html>"
    )
    target = tmp_path / "minus.pdf"
    write_pdf(html, base=tmp_path, target=target)
    fonts = {str(f.BaseFont) for p in pikepdf.open(target).pages for f in p.Resources.Font.values()}
    assert fonts and all("Briefings-Noto-Sans" in font for font in fonts), fonts
