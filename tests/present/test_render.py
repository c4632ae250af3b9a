"""Specification of rendering's boundaries: what WeasyPrint may fetch, and how a template's
failure reads (one RenderError naming the template, its line and the URL; never a traceback)."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefings.errors import RenderError
from briefings.present.render import make_environment, render_html
from conftest import ROOT

PNG_1PX = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQ"
    "DwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


@dataclass(frozen=True)
class _View:
    title: str


def _project(tmp_path: Path, page: str) -> tuple[Path, Path, str]:
    """A templates folder whose root template is ``page``, an empty output folder, the HTML."""
    templates, out = tmp_path / "templates", tmp_path / "reports" / "e"
    templates.mkdir()
    out.mkdir(parents=True)
    (templates / "briefing.html.j2").write_text(page, encoding="utf-8")
    return templates, out, page


def test_a_filter_error_in_a_template_names_the_template_and_line(tmp_path: Path) -> None:
    templates, _, _ = _project(tmp_path, '<h1>{{ title }}</h1>\n{% include "_cover.html.j2" %}')
    (templates / "_cover.html.j2").write_text("<p>cover</p>\n<p>{{ title | fmt_cell }}</p>\n")
    with pytest.raises(RenderError) as info:
        render_html(_View("t"), make_environment(templates), templates)  # type: ignore[arg-type]
    line = info.value.one_line()
    assert line.startswith("templates/_cover.html.j2:2: template failed: AttributeError")
    assert "fix the template" in line


def test_an_undefined_value_names_the_included_template(tmp_path: Path) -> None:
    templates, _, _ = _project(tmp_path, '{% include "_cover.html.j2" %}')
    (templates / "_cover.html.j2").write_text("\n\n{{ nothing.here }}")
    with pytest.raises(RenderError) as info:
        render_html(_View("t"), make_environment(templates), templates)  # type: ignore[arg-type]
    assert info.value.one_line().startswith(
        "templates/_cover.html.j2:3: template uses an undefined"
    )


def test_a_missing_stylesheet_is_a_render_error(tmp_path: Path) -> None:
    from briefings.present.render import Provenance, make_renderer

    templates, out, _ = _project(tmp_path, "")
    with pytest.raises(RenderError) as info:
        make_renderer(templates, out, Provenance("", "0" * 64, None))
    assert info.value.one_line().startswith("templates/style.css: cannot read the stylesheet")


def test_a_template_that_is_not_utf8_is_named_with_its_line(tmp_path: Path) -> None:
    templates, _, _ = _project(tmp_path, '{% include "_cover.html.j2" %}')
    (templates / "_cover.html.j2").write_bytes("<p>Bắc Kạn</p>\n<p>Cao B".encode() + b"\xe8ng</p>")
    with pytest.raises(RenderError) as info:
        render_html(_View("t"), make_environment(templates), templates)  # type: ignore[arg-type]
    assert info.value.one_line().startswith(
        "templates/_cover.html.j2:2: not UTF-8 text: byte 0xE8 at column 9"
    )


def test_an_included_template_that_is_missing_is_named_where_it_is_included(
    tmp_path: Path,
) -> None:
    templates, _, _ = _project(tmp_path, '<p>x</p>\n{% include "_gone.html.j2" %}')
    with pytest.raises(RenderError) as info:
        render_html(_View("t"), make_environment(templates), templates)  # type: ignore[arg-type]
    assert info.value.one_line().startswith(
        "templates/briefing.html.j2:2: template '_gone.html.j2' not found in templates/"
    )


def test_a_build_needs_the_root_template_the_stylesheet_and_the_fonts(tmp_path: Path) -> None:
    from briefings.present.render import check_templates

    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    check_templates(tmp_path / "templates")
    (tmp_path / "templates" / "fonts" / "NotoSans-Bold.ttf").unlink()
    with pytest.raises(RenderError) as info:
        check_templates(tmp_path / "templates")
    assert info.value.one_line() == (
        "templates/fonts/NotoSans-Bold.ttf: missing; restore it from git: every build reads it"
    )


def test_the_templates_are_compiled_once_and_again_when_their_text_changes(
    tmp_path: Path,
) -> None:
    """Builds share an environment while the templates are unchanged; an edit that leaves a
    file's size and modification time as they were is still a change."""
    from briefings.present.render import Provenance, make_renderer

    templates, out, _ = _project(tmp_path, "<h1>{{ title }}</h1>")
    (templates / "style.css").write_text("h1 { color: black }", encoding="utf-8")
    (templates / "fonts").mkdir()
    for font in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        shutil.copy(ROOT / "templates" / "fonts" / font, templates / "fonts" / font)
    provenance = Provenance("", "0" * 64, None)
    first = make_renderer(templates, out, provenance)
    assert make_renderer(templates, out, provenance).env is first.env
    page = templates / "briefing.html.j2"
    when = page.stat().st_mtime_ns
    page.write_text("<h2>{{ title }}</h2>", encoding="utf-8")  # the same size
    os.utime(page, ns=(when, when))
    again = make_renderer(templates, out, provenance)
    assert again.env is not first.env
    assert render_html(_View("t"), again.env, templates) == "<h2>t</h2>"  # type: ignore[arg-type]
