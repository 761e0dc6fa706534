"""DOCX (and macro-enabled DOCM) text with python-docx: body paragraphs and tables in document
order, headers, footers."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError

from intake.domain import Extraction

_READ_ERRORS = (
    PackageNotFoundError,
    zipfile.BadZipFile,
    KeyError,
    ValueError,
    OSError,
    AttributeError,
    TypeError,
    IndexError,
)


def _table_rows(table: Any) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = cell.text.replace("\n", " ").strip()
            if not cells or cells[-1] != text:  # merged cells repeat their text
                cells.append(text)
        yield "\t".join(cells)


def _body_blocks(document: Any) -> Iterator[str]:
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            yield from _table_rows(block)
        else:
            yield block.text


def _header_footer_text(document: Any) -> list[str]:
    seen: set[str] = set()
    texts = []
    for section in document.sections:
        for part in (
            section.header,
            section.first_page_header,
            section.footer,
            section.first_page_footer,
        ):
            if part is None or part.is_linked_to_previous:
                continue
            text = "\n".join(p.text for p in part.paragraphs).strip()
            for table in part.tables:
                text += "\n" + "\n".join(_table_rows(table))
            text = text.strip()
            if text and text not in seen:
                seen.add(text)
                texts.append(text)
    return texts


_DOCM = "application/vnd.ms-word.document.macroenabled.12"
_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MACRO_MAIN = b"application/vnd.ms-word.document.macroEnabled.main+xml"


def _as_docx(data: bytes) -> bytes:
    """A macro-enabled document relabelled as a plain one, so python-docx reads its text."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(_MACRO_MAIN, _MAIN)
            target.writestr(info, content)
    return out.getvalue()


def extract_docm(data: bytes) -> Extraction:
    """Text of a macro-enabled Word file (.docm), flagged `macros`; the macros never run."""
    try:
        converted = _as_docx(data)
    except _READ_ERRORS as exc:
        return Extraction(media_type=_DOCM, error=f"unreadable DOCM: {type(exc).__name__}: {exc}")
    result = extract_docx(converted)
    return replace(result, media_type=_DOCM, flags=(*result.flags, "macros"))


def extract_docx(data: bytes) -> Extraction:
    """Text of a Word 2007+ file; headers and footers first, where markings usually are."""
    try:
        document = docx.Document(io.BytesIO(data))
        body = "\n".join(_body_blocks(document)).strip()
        margins = _header_footer_text(document)
        title = document.core_properties.title or ""
    except _READ_ERRORS as exc:
        return Extraction(
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            error=f"unreadable DOCX: {type(exc).__name__}: {exc}",
        )
    text = "\n\n".join([*margins, body]).strip()
    first_page = "\n".join([*margins, body[:3000]])
    return Extraction(
        text=text,
        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        first_page=first_page,
        metadata={"Title": title} if title else {},
    )
