"""PowerPoint 2007+ presentations (.pptx, and .pptm flagged `macros`): slide XML read with
zipfile and lxml, entities never resolved.

Slides come in the order `ppt/presentation.xml` lists them (not the order of their file names).
Each paragraph of a slide is a line, table rows are tab-separated cells, and a slide's speaker
notes follow its text after a blank line; slides are separated by a blank line too. SmartArt
text (the diagram data a slide points to) is read with the slide. Only the parts that hold text
are read, each within a size limit and all within a total, so a zip bomb stops at the limit
instead of filling memory. `first_page` is the text of the first slides, without their notes.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator

from lxml import etree

from extractors import sniff
from intake.domain import Extraction

MAX_PART_BYTES = 50 * 1024 * 1024  # one slide's XML; real ones are kilobytes
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # every part read, like a zip archive's limit
MAX_SLIDES = 2000
FIRST_PAGE_CHARS = 3000

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_DC = "http://purl.org/dc/elements/1.1/"
_PARAGRAPH = f"{{{_A}}}p"
_TABLE = f"{{{_A}}}tbl"
_ROW = f"{{{_A}}}tr"
_CELL = f"{{{_A}}}tc"
_RUN_TEXT = f"{{{_A}}}t"
_BREAK = f"{{{_A}}}br"
_SHAPE = f"{{{_P}}}sp"
_PLACEHOLDER = f"{{{_P}}}ph"
_FALLBACK = f"{{{_MC}}}Fallback"  # the same content again, for older readers
_NOISE_PLACEHOLDERS = {"sldNum", "sldImg"}  # slide numbers; the slide picture on a notes page
_NOTES = "/notesSlide"
_DIAGRAM = "/diagramData"


class _Unreadable(Exception):
    pass


_READ_ERRORS = (
    _Unreadable,
    zipfile.BadZipFile,
    zlib.error,
    etree.LxmlError,
    OSError,
    ValueError,
    EOFError,
    RuntimeError,  # an encrypted member; RecursionError too
    NotImplementedError,  # a compression method zipfile does not know
)


class _Package:
    """The parts of an open presentation, read within the size limits."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.left = MAX_TOTAL_BYTES
        self.parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)

    def read(self, name: str) -> bytes | None:
        try:
            info = self.archive.getinfo(name)
        except KeyError:
            return None
        cap = min(MAX_PART_BYTES, self.left)
        if info.file_size > cap:
            raise _Unreadable(f"{name} expands to {info.file_size} bytes")
        with self.archive.open(info) as stream:
            data = stream.read(cap + 1)  # the declared size can lie
        if len(data) > cap:
            raise _Unreadable(f"{name} expands past {cap} bytes")
        self.left -= len(data)
        return data

    def xml(self, name: str) -> etree._Element | None:
        data = self.read(name)
        if not data:
            return None
        return etree.fromstring(data, self.parser)

    def relations(self, name: str) -> list[tuple[str, str, str]]:
        """(id, type, part name) of each internal relationship of a part."""
        folder, base = posixpath.split(name)
        root = self.xml(posixpath.join(folder, "_rels", f"{base}.rels"))
        found = []
        for rel in root.iter(f"{{{_REL}}}Relationship") if root is not None else ():
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External" or not target:
                continue
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            found.append((rel.get("Id") or "", rel.get("Type") or "", posixpath.normpath(path)))
        return found


def _slide_names(package: _Package) -> list[str]:
    """Slide parts in presentation order; by file number when presentation.xml says nothing."""
    presentation = package.xml("ppt/presentation.xml")
    by_id = {rel_id: target for rel_id, _, target in package.relations("ppt/presentation.xml")}
    ordered: list[str] = []
    if presentation is not None:
        for slide in presentation.iter(f"{{{_P}}}sldId"):
            name = by_id.get(slide.get(f"{{{_R}}}id") or "")
            if name and name not in ordered:
                ordered.append(name)
    if ordered:
        return ordered[:MAX_SLIDES]
    numbered = [
        (int(match.group(1)), name)
        for name in package.archive.namelist()
        if (match := re.fullmatch(r"ppt/slides/slide(\d+)\.xml", name))
    ]
    return [name for _, name in sorted(numbered)][:MAX_SLIDES]


def _paragraph(paragraph: etree._Element) -> str:
    parts = []
    for element in paragraph.iter(_RUN_TEXT, _BREAK):
        parts.append("\n" if element.tag == _BREAK else element.text or "")
    return "".join(parts).strip()


def _table(table: etree._Element) -> Iterator[str]:
    for row in table.iter(_ROW):
        cells = []
        for cell in row.iterchildren(_CELL):
            if cell.get("hMerge") or cell.get("vMerge"):
                continue  # covered by a merged cell, which holds the text
            text = " ".join(_paragraph(p) for p in cell.iter(_PARAGRAPH))
            cells.append(" ".join(text.split()))
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            yield "\t".join(cells)


def _noise(shape: etree._Element) -> bool:
    placeholder = shape.find(f"{{{_P}}}nvSpPr/{{{_P}}}nvPr/{_PLACEHOLDER}")
    return placeholder is not None and placeholder.get("type") in _NOISE_PLACEHOLDERS


def _lines(element: etree._Element) -> Iterator[str]:
    """Paragraphs and table rows in document order (shapes, groups, frames, SmartArt data)."""
    for child in element:
        tag = child.tag
        if tag == _PARAGRAPH:
            text = _paragraph(child)
            if text:
                yield text
        elif tag == _TABLE:
            yield from _table(child)
        elif tag == _FALLBACK or (tag == _SHAPE and _noise(child)):
            continue
        else:
            yield from _lines(child)


def _part_text(package: _Package, name: str) -> str:
    root = package.xml(name)
    return "\n".join(_lines(root)) if root is not None else ""


def _slide(package: _Package, name: str) -> tuple[str, str]:
    """The text of one slide (with its SmartArt) and of its speaker notes."""
    texts = [_part_text(package, name)]
    notes = ""
    for _, kind, target in package.relations(name):
        if kind.endswith(_DIAGRAM):
            texts.append(_part_text(package, target))
        elif kind.endswith(_NOTES) and not notes:
            notes = _part_text(package, target)
    return "\n".join(t for t in texts if t), notes


def _title(package: _Package) -> str:
    core = package.xml("docProps/core.xml")
    title = core.find(f"{{{_DC}}}title") if core is not None else None
    return (title.text or "").strip()[:200] if title is not None else ""


def _first_slides(slides: list[str]) -> str:
    taken: list[str] = []
    for text in slides:
        if text:
            taken.append(text)
        if sum(len(t) for t in taken) >= FIRST_PAGE_CHARS:
            break
    return "\n\n".join(taken)[:FIRST_PAGE_CHARS]


def _extract(data: bytes, media_type: str) -> Extraction:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            package = _Package(archive)
            names = archive.namelist()
            slides = _slide_names(package)
            if not slides and "ppt/presentation.xml" not in names:
                raise _Unreadable("no ppt/presentation.xml and no slides")
            read = [_slide(package, name) for name in slides]
            title = _title(package)
    except _READ_ERRORS as exc:
        return Extraction(
            media_type=media_type, error=f"unreadable PPTX: {type(exc).__name__}: {exc}"
        )
    blocks = ["\n\n".join(t for t in (slide, notes) if t) for slide, notes in read]
    text = "\n\n".join(b for b in blocks if b).strip()
    flags = ["macros"] if media_type == sniff.PPTM or "ppt/vbaProject.bin" in names else []
    if not text:
        flags.append("no_text")
    return Extraction(
        text=text,
        media_type=media_type,
        pages=len(read),
        flags=tuple(flags),
        first_page=_first_slides([slide for slide, _ in read]),
        metadata={"Title": title} if title else {},
    )


def extract_pptx(data: bytes) -> Extraction:
    """Text of every slide of a PowerPoint 2007+ presentation, with its speaker notes."""
    return _extract(data, sniff.PPTX)


def extract_pptm(data: bytes) -> Extraction:
    """Text of a macro-enabled presentation, flagged `macros`; the macros never run."""
    return _extract(data, sniff.PPTM)
