"""Attachment file names made safe to show, store and match: NFC, no paths, no control chars."""

from __future__ import annotations

import re
import unicodedata

MAX_FILENAME_BYTES = 200

_EXTENSIONS = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/msword": ".doc",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/rtf": ".rtf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.ms-excel": ".xls",
    "application/zip": ".zip",
    "application/vnd.ms-tnef": ".dat",
    "application/vnd.ms-outlook": ".msg",
    "message/rfc822": ".eml",
    "text/plain": ".txt",
    "text/html": ".html",
    "text/calendar": ".ics",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/tiff": ".tif",
}


def extension_for(media_type: str) -> str:
    """The usual extension of a media type ('.bin' when unknown)."""
    return _EXTENSIONS.get(media_type, ".bin")


def _truncate(name: str, limit: int) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext.encode()) > 16:
        stem, ext = name, ""
    suffix = f".{ext}" if ext else ""
    budget = limit - len(suffix.encode())
    encoded = stem.encode()[:budget]
    return encoded.decode("utf-8", "ignore").rstrip() + suffix


def safe_filename(name: str | None, fallback: str = "unnamed") -> str:
    """A file name that is safe anywhere: the last path component, printable, at most 200 bytes.

    Windows and POSIX separators, `..`, control and bidi-override characters and leading dots
    are removed; the result is NFC-normalised so that 'é' typed two ways compares equal.
    """
    if not name:
        return fallback
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(
        ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp")
    )
    name = re.sub(r'[<>:"|?*]', "_", name)
    name = re.sub(r"\s+", " ", name).strip().lstrip(".").strip()
    if not name or set(name) <= {".", " "}:
        return fallback
    if len(name.encode()) > MAX_FILENAME_BYTES:
        name = _truncate(name, MAX_FILENAME_BYTES)
    return name
