"""Extractors: one module per format, registered here by media type.

A new format is one new module and one line in `REGISTRY`. The media type is the sniffed one
(`extractors.sniff`), never the type the sender declared.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from extractors import sniff as media
from extractors.docx import extract_docx
from extractors.html import extract_html
from extractors.pdf import extract_pdf
from extractors.text import extract_text
from intake.domain import Extraction

log = logging.getLogger(__name__)

Extractor = Callable[[bytes], Extraction]

REGISTRY: dict[str, Extractor] = {
    media.PDF: extract_pdf,
    media.DOCX: extract_docx,
    media.TEXT: extract_text,
    "text/csv": extract_text,
    media.HTML: extract_html,
}

UNSUPPORTED = "unsupported format"


def extract(data: bytes, media_type: str) -> Extraction:
    """Read the text of a file whose media type has been sniffed; never raises."""
    extractor = REGISTRY.get(media_type)
    if extractor is None:
        return Extraction(media_type=media_type, error=UNSUPPORTED)
    try:
        result = extractor(data)
    except Exception as exc:
        log.warning("extractor for %s failed", media_type, exc_info=True)
        return Extraction(media_type=media_type, error=f"extraction failed: {type(exc).__name__}")
    return result
