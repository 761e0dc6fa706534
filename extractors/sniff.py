"""The real media type of a file, read from its bytes; the name and declared type only break ties.

A wrong Content-Type (application/octet-stream for a PDF) or a wrong extension must not decide
how a file is read.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOCM = "application/vnd.ms-word.document.macroenabled.12"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSM = "application/vnd.ms-excel.sheet.macroenabled.12"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
PPTM = "application/vnd.ms-powerpoint.presentation.macroenabled.12"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
PPT = "application/vnd.ms-powerpoint"
MSG = "application/vnd.ms-outlook"
OLE = "application/x-ole-storage"
TNEF = "application/vnd.ms-tnef"
ENCRYPTED_OFFICE = "application/x-encrypted-office"
ZIP = "application/zip"
RTF = "application/rtf"
EML = "message/rfc822"
HTML = "text/html"
TEXT = "text/plain"
OCTET = "application/octet-stream"

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", PDF),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"BM", "image/bmp"),
    (b"{\\rtf", RTF),
    (b"\x78\x9f\x3e\x22", TNEF),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"\x1f\x8b", "application/gzip"),
    (b"-----BEGIN PGP", "application/pgp-encrypted"),
)
_HEADER_LINE = re.compile(
    rb"^(Received|Return-Path|From|Date|Message-ID|MIME-Version|Subject|To|Delivered-To|"
    rb"X-[A-Za-z0-9-]+|DKIM-Signature|Authentication-Results):[ \t]",
    re.IGNORECASE,
)
_ZIP_KINDS = (
    ("word/vbaProject.bin", DOCM),
    ("word/", DOCX),
    ("xl/vbaProject.bin", XLSM),
    ("xl/", XLSX),
    ("ppt/vbaProject.bin", PPTM),
    ("ppt/", PPTX),
)


def _content_types(data: bytes) -> bytes:
    """The start of [Content_Types].xml read from its local header, when the archive is cut."""
    at = data.find(b"PK\x03\x04")
    while 0 <= at < 256 * 1024 and len(data) >= at + 30:
        method, name_len, extra_len = (
            int.from_bytes(data[at + 8 : at + 10], "little"),
            int.from_bytes(data[at + 26 : at + 28], "little"),
            int.from_bytes(data[at + 28 : at + 30], "little"),
        )
        name = data[at + 30 : at + 30 + name_len]
        body = data[at + 30 + name_len + extra_len :][:65536]
        if name == b"[Content_Types].xml":
            if method == 0:
                return body
            try:
                return zlib.decompressobj(-15).decompress(body, 65536)
            except zlib.error:
                return b""
        at = data.find(b"PK\x03\x04", at + 4)
    return b""


def _broken_zip_kind(data: bytes) -> str:
    """A zip whose directory is missing or cut: the local headers still tell what it held."""
    types = _content_types(data)
    for marker, kind in (
        (b"wordprocessingml", DOCX),
        (b"spreadsheetml", XLSX),
        (b"presentationml", PPTX),
    ):
        if marker in types:
            return kind
    match = re.search(rb"mimetype(application/vnd\.oasis\.opendocument\.[a-z]+)", data[:1024])
    return match.group(1).decode() if match else ZIP


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                declared = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
                if declared in (ODT, ODS):
                    return declared
                if declared.startswith("application/vnd.oasis.opendocument"):
                    return declared
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        return _broken_zip_kind(data)
    if "[Content_Types].xml" in names:
        for prefix, kind in _ZIP_KINDS:
            if any(n.startswith(prefix) for n in names):
                return kind
    return ZIP


def _ole_kind(data: bytes, filename: str) -> str:
    # Stream names are stored in UTF-16 in the OLE directory; a plain byte search finds them.
    head = data[: 4 * 1024 * 1024]
    if "EncryptedPackage".encode("utf-16-le") in head:
        return ENCRYPTED_OFFICE
    if "__substg1.0_".encode("utf-16-le") in head or filename.lower().endswith(".msg"):
        return MSG
    if "WordDocument".encode("utf-16-le") in head:
        return DOC
    if "Workbook".encode("utf-16-le") in head or "Book".encode("utf-16-le") in head:
        return XLS
    if "PowerPoint Document".encode("utf-16-le") in head:
        return PPT
    return OLE


def _looks_like_message(data: bytes) -> bool:
    lines = data[:4096].replace(b"\r\n", b"\n").split(b"\n")
    headers = 0
    for line in lines[:40]:
        if not line.strip():
            break
        if _HEADER_LINE.match(line):
            headers += 1
    return headers >= 2


def _looks_like_text(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) < 0.01


def sniff(data: bytes, filename: str = "", declared: str = "") -> str:
    """The media type of a file from its leading bytes; name and declared type break ties."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "image/heic"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole_kind(data, filename)
    if b"%PDF-" in data[:1024]:
        return PDF
    if not _looks_like_text(data):
        return declared if declared and not declared.startswith("text/") else OCTET
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:300]:
        return HTML
    if _looks_like_message(data):
        return EML
    if declared in (HTML, "text/csv", "text/calendar", "text/xml", "application/xml"):
        return declared
    return TEXT
