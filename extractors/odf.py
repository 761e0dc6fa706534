"""OpenDocument text, spreadsheets and presentations (.odt, .ods, .odp): content.xml read
with lxml, entities never resolved. Encrypted files are flagged `password_protected`, files
with Basic macro modules `macros`."""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from extractors import sniff
from intake.domain import Extraction

MAX_CONTENT_BYTES = 200 * 1024 * 1024
MAX_REPEAT = 1000  # "repeat this row 1048576 times" is how ODS pads a sheet
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_PARAGRAPHS = {f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"}
_ROW = f"{{{_TABLE}}}table-row"
_CELL = f"{{{_TABLE}}}table-cell"
_TABLE_TAG = f"{{{_TABLE}}}table"


class _Unreadable(Exception):
    pass


def _inline(element: etree._Element) -> str:
    """Text of a paragraph with its spaces, tabs and line breaks."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{{{_TEXT}}}s":
            parts.append(" " * min(int(child.get(f"{{{_TEXT}}}c", "1") or 1), 100))
        elif tag == f"{{{_TEXT}}}tab":
            parts.append("\t")
        elif tag == f"{{{_TEXT}}}line-break":
            parts.append("\n")
        elif tag != f"{{{_TEXT}}}note":
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _repeat(element: etree._Element, name: str) -> int:
    try:
        return max(1, min(int(element.get(f"{{{_TABLE}}}{name}", "1")), MAX_REPEAT))
    except ValueError:
        return 1


def _row(row: etree._Element) -> str:
    cells: list[str] = []
    for cell in row:
        if not isinstance(cell.tag, str) or not cell.tag.endswith("table-cell"):
            continue
        text = " ".join(_inline(p).strip() for p in cell.iter(*_PARAGRAPHS)).strip()
        cells.extend([text] * (_repeat(cell, "number-columns-repeated") if text else 1))
    while cells and not cells[-1]:
        cells.pop()
    return "\t".join(cells)


def _blocks(body: etree._Element) -> list[str]:
    lines: list[str] = []
    for element in body.iter(_TABLE_TAG, _ROW, *_PARAGRAPHS):
        if element.tag == _TABLE_TAG:
            name = element.get(f"{{{_TABLE}}}name")
            if name:
                lines.append(f"## {name}")
        elif element.tag == _ROW:
            text = _row(element)
            if text:
                lines.extend([text] * _repeat(element, "number-rows-repeated"))
        elif next(element.iterancestors(_CELL), None) is None:
            lines.append(_inline(element).strip())
    return lines


def _content(archive: zipfile.ZipFile) -> bytes:
    try:
        info = archive.getinfo("content.xml")
    except KeyError as exc:
        raise _Unreadable("no content.xml") from exc
    if info.file_size > MAX_CONTENT_BYTES:
        raise _Unreadable(f"content.xml expands to {info.file_size} bytes")
    with archive.open(info) as stream:
        return stream.read(MAX_CONTENT_BYTES + 1)


def _extract(data: bytes, media_type: str) -> Extraction:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            manifest = (
                archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            )
            if b"encryption-data" in manifest:
                return Extraction(
                    media_type=media_type, error="password protected", flags=("password_protected",)
                )
            content = _content(archive)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
        root = etree.fromstring(content, parser)
        if root is None:
            raise _Unreadable("empty content.xml")
        body = root.find("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}body")
        lines = _blocks(body if body is not None else root)
    except (_Unreadable, zipfile.BadZipFile, etree.LxmlError, OSError, ValueError) as exc:
        return Extraction(
            media_type=media_type, error=f"unreadable OpenDocument: {type(exc).__name__}: {exc}"
        )
    macros = any(
        re.fullmatch(r"Basic/[^/]+/[^/]+\.xml", n) and not n.endswith("/script-lb.xml")
        for n in names
    )
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return Extraction(
        text=text,
        media_type=media_type,
        flags=("macros",) if macros else (),
        first_page=text[:3000],
    )


def extract_odt(data: bytes) -> Extraction:
    """Text of an OpenDocument text, in document order with its tables."""
    return _extract(data, sniff.ODT)


def extract_ods(data: bytes) -> Extraction:
    """Every sheet of an OpenDocument spreadsheet, rows as tab-separated cells."""
    return _extract(data, sniff.ODS)


def extract_odp(data: bytes) -> Extraction:
    """Text of an OpenDocument presentation."""
    return _extract(data, "application/vnd.oasis.opendocument.presentation")
