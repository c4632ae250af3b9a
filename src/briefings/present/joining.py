"""Join the briefing's parts (``present.parts``) into one tagged PDF, and number its pages.

WeasyPrint lays out each part as its own PDF/A-3a document; joining keeps what a reader and a
screen reader get from the briefing laid out whole: one structure tree (each part's elements
under the first part's document element, their page and annotation keys renumbered), one
outline, the named anchors of every part (so a citation in a province's pages opens its entry
in the sources), "Page N of M" on every page (laid over, marked as pagination artifacts) and
each font file, character map and colour profile once. The first part's catalogue (language,
metadata) is the briefing's. The facts behind the briefing are attached here, not to a part:
a changed value then lays out no part whose pages it does not change (the cover's were laid
out again only to carry the new facts). pikepdf (qpdf) does the copying, and writes the same
bytes for the same parts.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

import pikepdf

from briefings.present.parts import ACROSS

if TYPE_CHECKING:
    from briefings.present.pdf import Attachment

_MARKED = re.compile(rb"/[A-Za-z0-9]+\s*<<\s*/MCID\s+\d+\s*>>\s*BDC")
_PAGINATION = b"/Artifact <</Type /Pagination>> BDC"
_NUMBERS = "/PageNumbers"


def join_parts(
    parts: Sequence[Path], footers: bytes, target: Path, attachment: Attachment | None = None
) -> int:
    """Write ``parts`` as one PDF to ``target``, with page ``i`` of ``footers`` (a PDF of the
    page numbers, one page per page of the result) laid over page ``i`` and ``attachment``
    embedded; return the pages."""
    with pikepdf.open(parts[0]) as joined:
        for path in parts[1:]:
            with pikepdf.open(path) as part:
                _append(joined, part)
        _link_across(joined)
        with pikepdf.open(io.BytesIO(footers)) as numbers:
            if len(numbers.pages) != len(joined.pages):
                raise ValueError(f"{len(numbers.pages)} page numbers for {len(joined.pages)} pages")
            for page, number in zip(joined.pages, numbers.pages, strict=True):
                _as_pagination(number)
                _lay_over(joined, page, joined.copy_foreign(number.as_form_xobject()))
        _share_repeated_streams(joined)
        if attachment is not None:
            _attach(joined, attachment)
        joined.save(
            target,
            deterministic_id=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,  # the structure tree: small
            stream_decode_level=pikepdf.StreamDecodeLevel.none,  # streams as WeasyPrint wrote them
        )
        return len(joined.pages)


def _attach(pdf: pikepdf.Pdf, attachment: Attachment) -> None:
    """Embed ``attachment`` as PDF/A-3 has it and as WeasyPrint writes it: among the
    catalogue's embedded files, and among its associated files as the data the document shows
    (its size, MD5 checksum and dates in the file's parameters, dated by the data, not by the
    clock, so that the same facts give the same bytes)."""
    date = attachment.date.strftime("D:%Y%m%d%H%M%SZ")
    mime_type = mimetypes.guess_type(attachment.name)[0] or "application/octet-stream"
    spec = pikepdf.AttachedFileSpec(
        pdf,
        attachment.data,
        description=attachment.description,
        filename=attachment.name,
        mime_type=mime_type,
        creation_date=date,
        mod_date=date,
        relationship=pikepdf.Name.Data,
    )
    pdf.attachments[attachment.name] = spec
    pdf.Root.AF = pikepdf.Array([pdf.attachments[attachment.name].obj])


def _append(joined: pikepdf.Pdf, part: pikepdf.Pdf) -> None:
    """Copy ``part``'s pages, structure, anchors and outline to the end of ``joined``."""
    offset = _next_key(joined)
    first_new = len(joined.pages)
    joined.pages.extend(part.pages)  # qpdf copies each object once: later copies refer to them
    for page in joined.pages[first_new:]:
        if "/StructParents" in page.obj:
            page.obj.StructParents = int(page.obj.StructParents) + offset
        for annotation in page.obj.get("/Annots") or []:
            if "/StructParent" in annotation:
                annotation.StructParent = int(annotation.StructParent) + offset
    tree = pikepdf.NumberTree(joined.Root.StructTreeRoot.ParentTree)
    for key, value in pikepdf.NumberTree(part.Root.StructTreeRoot.ParentTree).items():
        tree[key + offset] = _copied(joined, part, value)
    document = _document_element(joined)
    for element in _children(_document_element(part)):
        copied = _copied(joined, part, element)
        copied.P = document
        document.K.append(copied)
    if "/Names" in part.Root and "/Dests" in part.Root.Names:
        if "/Names" not in joined.Root:
            joined.Root.Names = pikepdf.Dictionary()
        anchors = pikepdf.NameTree.new(joined) if "/Dests" not in joined.Root.Names else None
        if anchors is not None:
            joined.Root.Names.Dests = anchors.obj
        names = pikepdf.NameTree(joined.Root.Names.Dests)
        for name, destination in pikepdf.NameTree(part.Root.Names.Dests).items():
            names[name] = _copied(joined, part, destination)
    if "/Outlines" in part.Root and "/First" in part.Root.Outlines:
        _chain_outline(joined, _copied(joined, part, part.Root.Outlines))


def _copied(joined: pikepdf.Pdf, part: pikepdf.Pdf, obj: pikepdf.Object) -> pikepdf.Object:
    """``obj`` of ``part`` copied into ``joined``; objects it refers to that were copied
    already (the pages) are referred to, not copied again."""
    if not obj.is_indirect:
        obj = part.make_indirect(obj)
    return joined.copy_foreign(obj)


def _next_key(pdf: pikepdf.Pdf) -> int:
    keys = [int(k) for k, _ in pikepdf.NumberTree(pdf.Root.StructTreeRoot.ParentTree).items()]
    return max(keys, default=-1) + 1


def _document_element(pdf: pikepdf.Pdf) -> pikepdf.Object:
    """The structure tree's one top element (WeasyPrint's /Document)."""
    top = pdf.Root.StructTreeRoot.K
    element = top[0] if isinstance(top, pikepdf.Array) else top
    if not isinstance(element.get("/K"), pikepdf.Array):
        element.K = pikepdf.Array([element.K] if "/K" in element else [])
    return element


def _children(element: pikepdf.Object) -> list[pikepdf.Object]:
    return list(element.K)


def _chain_outline(joined: pikepdf.Pdf, outline: pikepdf.Object) -> None:
    """Add the top-level items of ``outline`` (already copied) where the briefing laid out
    whole has them: under the first part's one top-level item (the title heading, whose
    level is above every later heading's), else at the top level."""
    root = joined.Root.Outlines
    if "/First" not in root:
        outline.Type = pikepdf.Name.Outlines
        joined.Root.Outlines = outline
        return
    single = root.First.objgen == root.Last.objgen
    parent = root.Last if single else root
    added = int(outline.get("/Count", 0))
    item = outline.First
    if "/First" in parent:
        item.Prev = parent.Last
        parent.Last.Next = item
    else:
        parent.First = item
    while True:
        item.Parent = parent
        if "/Next" not in item:
            break
        item = item.Next
    parent.Last = item
    for holder in {parent.objgen: parent, root.objgen: root}.values():
        holder.Count = int(holder.get("/Count", 0)) + added


def _link_across(joined: pikepdf.Pdf) -> None:
    """Links written ``part:<anchor>`` go to the anchor, now that every part is here."""
    known = set()
    if "/Names" in joined.Root and "/Dests" in joined.Root.Names:
        known = {str(name) for name, _ in pikepdf.NameTree(joined.Root.Names.Dests).items()}
    for page in joined.pages:
        for annotation in page.obj.get("/Annots") or []:
            action = annotation.get("/A")
            uri = str(action.get("/URI", "")) if action is not None else ""
            if not uri.startswith(ACROSS):
                continue
            anchor = uri.removeprefix(ACROSS)
            if anchor not in known:
                raise ValueError(f"a link to #{anchor}, which no part of the briefing has")
            del annotation.A
            annotation.Dest = pikepdf.String(anchor)
            annotation.Contents = pikepdf.String(anchor)


def _as_pagination(page: pikepdf.Page) -> None:
    """Mark a page-number page's content as a pagination artifact, not document content."""
    page.contents_coalesce()
    stream = page.obj.Contents
    stream.write(_MARKED.sub(_PAGINATION, stream.read_bytes()))


def _lay_over(joined: pikepdf.Pdf, page: pikepdf.Page, form: pikepdf.Object) -> None:
    """Draw ``form`` over ``page``, under a fixed name (pikepdf's ``add_overlay`` picks a
    random one, and the same parts must give the same bytes)."""
    resources = pikepdf.Dictionary(dict(page.obj.Resources.items()))  # pages may share one
    shown = resources.get("/XObject")
    resources.XObject = pikepdf.Dictionary(dict(shown.items()) if shown is not None else {})
    if _NUMBERS in resources.XObject:
        raise ValueError(f"a page already has an XObject named {_NUMBERS}")
    resources.XObject[_NUMBERS] = form
    page.obj.Resources = resources
    page.contents_add(pikepdf.Stream(joined, b"q\n"), prepend=True)
    page.contents_add(pikepdf.Stream(joined, f"Q\nq {_NUMBERS} Do Q\n".encode()))


_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def _share_repeated_streams(pdf: pikepdf.Pdf) -> None:
    """Every part embeds the same font files, the same fonts' character maps and the same
    sRGB profile: keep one copy of each (the maps and profiles alone were a third of the
    default briefing). They are found from the pages' resources down (fonts, forms, patterns),
    not among every object of the file: most of those are the structure tree's, and visiting
    each took 0.4 s of a 1 s joining (34 provinces)."""
    first: dict[str, pikepdf.Object] = {}
    visited: set[tuple[int, int]] = set()

    def one_copy(stream: pikepdf.Object) -> pikepdf.Object:
        described = sorted((str(k), repr(v)) for k, v in stream.items() if k != "/Length")
        digest = hashlib.sha256(repr(described).encode() + stream.read_raw_bytes()).hexdigest()
        return first.setdefault(digest, stream)

    def unvisited(obj: object) -> TypeGuard[pikepdf.Object]:
        if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            return False
        if obj.is_indirect:
            if obj.objgen in visited:
                return False
            visited.add(obj.objgen)
        return True

    def font(shown: object) -> None:
        if not unvisited(shown):
            return
        if isinstance(shown.get("/ToUnicode"), pikepdf.Stream):
            shown.ToUnicode = one_copy(shown.ToUnicode)
        descriptor = shown.get("/FontDescriptor")
        if unvisited(descriptor):
            for key in _FONT_FILES:
                if isinstance(descriptor.get(key), pikepdf.Stream):
                    descriptor[key] = one_copy(descriptor[key])
        for descendant in shown.get("/DescendantFonts") or ():
            font(descendant)
        resources(shown.get("/Resources"))  # a Type 3 font's glyphs

    def resources(held: object) -> None:
        if not unvisited(held):
            return
        spaces = held.get("/ColorSpace")
        for space in spaces.values() if isinstance(spaces, pikepdf.Dictionary) else ():
            if isinstance(space, pikepdf.Array) and len(space) == 2 and space[0] == "/ICCBased":
                space[1] = one_copy(space[1])
        fonts = held.get("/Font")
        for shown in fonts.values() if isinstance(fonts, pikepdf.Dictionary) else ():
            font(shown)
        for group in ("/XObject", "/Pattern"):
            drawn = held.get(group)
            for form in drawn.values() if isinstance(drawn, pikepdf.Dictionary) else ():
                if unvisited(form):
                    resources(form.get("/Resources"))

    for page in pdf.pages:
        resources(page.obj.get("/Resources"))
