"""The briefing joined from parts reads, looks and is tagged as the briefing laid out whole.

One real build (three provinces, sources/); the whole briefing is laid out from the
``briefing.html`` the build wrote beside it, and both are compared: every page's pixels, the
text, the outline, the links; then what only joining can break: the structure tree's page
and annotation keys, links across parts, page numbers as artifacts, one copy of each font.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageChops

from briefings.cli import main
from briefings.present.parts import css_string, link_across_parts
from briefings.present.pdf import write_pdf
from conftest import real_project

slow = pytest.mark.slow


def test_links_to_anchors_of_other_parts_are_marked_and_own_ones_kept() -> None:
    html = '<h2 id="cao-bang">x</h2><a href="#cao-bang">a</a> <a href="#src-4">[4]</a>'
    assert link_across_parts(html) == (
        '<h2 id="cao-bang">x</h2><a href="#cao-bang">a</a> <a href="part:src-4">[4]</a>'
    )


def test_a_running_header_text_is_a_safe_css_string() -> None:
    assert (
        css_string('Q3 "draft" & <notes>\\\n') == "Q3 \\22 draft\\22  \\26  \\3c notes\\3e \\5c  "
    )


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("joined")
    real_project(
        folder,
        '[briefing]\ntitle = "Joined \\"parts\\" & pages"\nperiod = "2025-9M"\nlanguage = "en"\n'
        'provinces = ["Bắc Ninh", "Cao Bằng", "Hà Nội"]\n'
        '[sources]\ntables = ["sources/tables/*.csv"]\n',
    )
    assert main(["build", "--config", str(folder / "briefings.toml"), "-q"]) == 0
    return folder / "reports" / "2025-9M"


@pytest.fixture(scope="module")
def whole(edition: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same briefing laid out in one piece, from the HTML the build wrote."""
    html = (edition / "briefing.html").read_text(encoding="utf-8")
    target = tmp_path_factory.mktemp("whole") / "briefing.pdf"
    templates = edition.parents[1] / "templates"
    figures = edition.parents[1] / "figures"
    write_pdf(html, base=edition, target=target, readable=(templates, figures))
    return target


def _pages(pdf: Path, out: Path) -> list[Image.Image]:
    out.mkdir()
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(out / "p")], check=True)
    return [Image.open(p).convert("L") for p in sorted(out.glob("p-*.png"))]


@slow
def test_the_joined_briefing_looks_like_the_whole_one(
    edition: Path, whole: Path, tmp_path: Path
) -> None:
    joined = _pages(edition / "briefing.pdf", tmp_path / "joined")
    alone = _pages(whole, tmp_path / "whole")
    assert len(joined) == len(alone) >= 5
    for number, (a, b) in enumerate(zip(joined, alone, strict=True), start=1):
        assert ImageChops.difference(a, b).getbbox() is None, f"page {number} differs"


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip


@slow
def test_the_joined_briefing_reads_like_the_whole_one(edition: Path, whole: Path) -> None:
    text = _text(edition / "briefing.pdf")
    assert text == _text(whole)
    pages = text.count("\f")
    assert all(f"Page {n} of {pages}" in text for n in range(1, pages + 1))
    assert 'Joined "parts" & pages' in text  # the running header, from a CSS string


def _outline(pdf: pikepdf.Pdf) -> tuple[int, list[tuple[str, int, list[object]]]]:
    """Each item's title and open count, with its children."""

    def tree(item: pikepdf.Object) -> list[tuple[str, int, list[object]]]:
        found: list[tuple[str, int, list[object]]] = []
        child = item.get("/First")
        while child is not None:
            found.append((str(child.Title), int(child.get("/Count", 0)), list(tree(child))))
            child = child.get("/Next")
        return found

    return int(pdf.Root.Outlines.Count), tree(pdf.Root.Outlines)


def _link_targets(pdf: pikepdf.Pdf) -> list[str]:
    return [
        str(a.get("/Dest", a.get("/A", {}).get("/URI", "")))
        for page in pdf.pages
        for a in page.obj.get("/Annots") or []
    ]


@slow
def test_a_briefing_with_nothing_to_rank_has_no_blank_comparison_page(tmp_path: Path) -> None:
    real_project(
        tmp_path,
        '[briefing]\ntitle = "One province"\nperiod = "2025-9M"\nlanguage = "en"\n'
        'provinces = ["Cao Bằng"]\n[sources]\ntables = ["sources/tables/*.csv"]\n',
    )
    assert main(["build", "--config", str(tmp_path / "briefings.toml"), "-q"]) == 0
    pages = _text(tmp_path / "reports" / "2025-9M" / "briefing.pdf").split("\f")[:-1]
    bare = {"One province", "9 months of 2025 (January–September)"}
    for number, page in enumerate(pages, start=1):
        shown = {cell for line in page.splitlines() for cell in re.split(r"\s{2,}", line.strip())}
        assert shown - bare - {"", f"Page {number} of {len(pages)}"}, f"page {number} is blank"


@slow
def test_outline_and_links_are_those_of_the_whole_briefing(edition: Path, whole: Path) -> None:
    with pikepdf.open(edition / "briefing.pdf") as joined, pikepdf.open(whole) as alone:
        assert _outline(joined) == _outline(alone)
        (_, items) = _outline(joined)
        assert len(items) == 1 and len(items[0][2]) >= 5  # the title; comparison, 3, sources
        assert _link_targets(joined) == _link_targets(alone)
        anchors = {str(n) for n, _ in pikepdf.NameTree(joined.Root.Names.Dests).items()}
        citations = [t for t in _link_targets(joined) if t.startswith("src-")]
        assert citations and set(citations) <= anchors  # across parts, and they resolve
        assert not [t for t in _link_targets(joined) if t.startswith("part:")]


def _elements(element: pikepdf.Object) -> list[pikepdf.Object]:
    found = [element]
    kids = element.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            found += _elements(kid)
    return found


def _orphans(pdf: pikepdf.Pdf) -> int:
    """Elements the parent tree names that the tree from its root does not reach (WeasyPrint
    leaves some: the page-number boxes of a briefing laid out whole, for one)."""
    root = pdf.Root.StructTreeRoot
    reached = {e.objgen for e in _elements(root.K[0] if isinstance(root.K, pikepdf.Array)
                                           else root.K)}  # fmt: skip
    named = [
        m
        for _, value in pikepdf.NumberTree(root.ParentTree).items()
        for m in (value if isinstance(value, pikepdf.Array) else [value])
        if isinstance(m, pikepdf.Dictionary)
    ]
    return sum(1 for m in named if m.objgen not in reached)


@slow
def test_one_structure_tree_whose_keys_point_into_the_document(edition: Path, whole: Path) -> None:
    with pikepdf.open(edition / "briefing.pdf") as pdf, pikepdf.open(whole) as alone:
        root = pdf.Root.StructTreeRoot
        top = root.K[0] if isinstance(root.K, pikepdf.Array) else root.K
        elements = _elements(top)
        pages = {page.obj.objgen for page in pdf.pages}
        assert {e.Pg.objgen for e in elements if "/Pg" in e} == pages
        tree = dict(pikepdf.NumberTree(root.ParentTree).items())
        keys = [int(p.obj.StructParents) for p in pdf.pages] + [
            int(a.StructParent) for p in pdf.pages for a in p.obj.get("/Annots") or []
        ]
        assert len(keys) == len(set(keys)) and set(keys) == set(tree)
        assert len(elements) > 500
        assert _orphans(pdf) < _orphans(alone)  # no more than WeasyPrint's, less its footers
        assert sum(1 for e in elements if e.S == "/Figure" and "/Alt" in e) >= 3
        assert str(pdf.Root.Lang) == "en" and "/AF" in pdf.Root  # the facts stay attached


@slow
def test_page_numbers_are_artifacts_and_each_font_file_map_and_profile_is_there_once(
    edition: Path,
) -> None:
    with pikepdf.open(edition / "briefing.pdf") as pdf:
        for page in pdf.pages:
            numbers = page.obj.Resources.XObject["/PageNumbers"]
            content = numbers.read_bytes()
            assert b"/Artifact <</Type /Pagination>> BDC" in content
            assert b"/MCID" not in content
        files = {
            o.FontFile2.objgen: o.FontFile2.read_raw_bytes()
            for o in pdf.objects
            if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/FontDescriptor"
        }
        assert len(files) >= 2  # regular and bold, each part using them
        assert len(set(files.values())) == len(files)
        maps = {
            o.ToUnicode.objgen: o.ToUnicode.read_raw_bytes()
            for o in pdf.objects
            if isinstance(o, pikepdf.Dictionary) and "/ToUnicode" in o
        }
        assert maps and len(set(maps.values())) == len(maps)  # each character map once
        profiles = {
            space[1].objgen: space[1].read_raw_bytes()
            for o in pdf.objects
            if isinstance(o, pikepdf.Dictionary | pikepdf.Stream)
            and isinstance(o.get("/Resources"), pikepdf.Dictionary)
            for space in o.Resources.get("/ColorSpace", {}).values()
            if isinstance(space, pikepdf.Array) and space[0] == "/ICCBased"
        }
        assert profiles and len(set(profiles.values())) == len(profiles)  # each profile once


@slow
def test_the_same_parts_join_to_the_same_bytes(edition: Path, tmp_path: Path) -> None:
    config = edition.parents[1] / "briefings.toml"
    out = tmp_path / "again"
    assert main(["build", "--config", str(config), "--force", "--out", str(out), "-q"]) == 0
    assert (out / "reports" / "2025-9M" / "briefing.pdf").read_bytes() == (
        edition / "briefing.pdf"
    ).read_bytes()
    assert not (edition / "parts").exists()  # the parts are not published


def test_parts_without_a_page_number_for_every_page_are_refused(tmp_path: Path) -> None:
    from briefings.present.joining import join_parts

    part = tmp_path / "part.pdf"
    write_pdf('<html lang="en"><p>one</p><p style="break-before: page">two</p>', base=tmp_path,
              target=part)  # fmt: skip
    numbers = io.BytesIO()
    pikepdf.new().save(numbers)
    with pytest.raises(ValueError, match="0 page numbers for 2 pages"):
        join_parts([part], numbers.getvalue(), tmp_path / "joined.pdf")
    assert not (tmp_path / "joined.pdf").exists()
