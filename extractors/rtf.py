"""RTF text with striprtf, in the code page the file declares (\\ansicpg)."""

from __future__ import annotations

import codecs
import re

from striprtf.striprtf import rtf_to_text

from intake.domain import Extraction

RTF = "application/rtf"


def _codepage(data: bytes) -> str:
    match = re.search(rb"\\ansicpg(\d{3,5})", data[:4096])
    if match:
        try:
            return codecs.lookup(f"cp{int(match.group(1))}").name
        except LookupError:
            pass
    return "cp1252"


def rtf_text(rtf: str, encoding: str = "cp1252") -> str:
    """The plain text of RTF markup."""
    text: str = rtf_to_text(rtf, encoding=encoding, errors="replace")  # type: ignore[no-untyped-call]
    return text


def extract_rtf(data: bytes) -> Extraction:
    """Text of an RTF document."""
    encoding = _codepage(data)
    try:
        text = rtf_text(data.decode("latin-1"), encoding)
    except (ValueError, IndexError, RecursionError) as exc:
        return Extraction(media_type=RTF, error=f"unreadable RTF: {type(exc).__name__}: {exc}")
    text = re.sub(r"\n{3,}", "\n\n", text.replace("\r", "")).strip()
    return Extraction(text=text, media_type=RTF, first_page=text[:3000])
