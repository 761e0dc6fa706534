"""Extractors: one module per format, registered here by media type.

A new format is one new module and one line in `REGISTRY`. The media type is the sniffed one
(`extractors.sniff`), never the type the sender declared. Containers (zip, Outlook .msg, TNEF
winmail.dat, attached e-mails) are not here: `intake.unpack` opens them and their members
come back as files of their own.

`extract` runs an extractor in the current process; `extract_isolated` runs it in a worker
process with a time and memory limit (`intake.isolation`), which is how the pipeline calls it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from extractors import sniff as media
from extractors.doc import extract_doc
from extractors.docx import extract_docm, extract_docx
from extractors.encrypted import extract_encrypted
from extractors.html import extract_html
from extractors.image import extract_image
from extractors.odf import extract_odp, extract_ods, extract_odt
from extractors.pdf import extract_pdf
from extractors.ppt import extract_ppt
from extractors.pptx import extract_pptm, extract_pptx
from extractors.rtf import extract_rtf
from extractors.text import extract_text, storable
from extractors.xls import extract_xls
from extractors.xlsx import extract_xlsm, extract_xlsx
from intake import isolation
from intake.domain import Extraction

log = logging.getLogger(__name__)

Extractor = Callable[[bytes], Extraction]

REGISTRY: dict[str, Extractor] = {
    media.PDF: extract_pdf,
    media.DOCX: extract_docx,
    media.DOCM: extract_docm,
    media.DOC: extract_doc,
    media.ODT: extract_odt,
    media.ODS: extract_ods,
    media.ODP: extract_odp,
    media.PPTX: extract_pptx,
    media.PPTM: extract_pptm,
    media.PPT: extract_ppt,
    media.RTF: extract_rtf,
    media.XLSX: extract_xlsx,
    media.XLSM: extract_xlsm,
    media.XLS: extract_xls,
    media.ENCRYPTED_OFFICE: extract_encrypted,
    media.TEXT: extract_text,
    "text/csv": extract_text,
    media.HTML: extract_html,
    "image/png": extract_image,
    "image/jpeg": extract_image,
    "image/tiff": extract_image,
    "image/gif": extract_image,
    "image/bmp": extract_image,
    "image/heic": extract_image,
}

UNSUPPORTED = "unsupported format"


def extract(data: bytes, media_type: str) -> Extraction:
    """Read the text of a file whose media type has been sniffed; never raises."""
    extractor = REGISTRY.get(media_type)
    if extractor is None:
        return Extraction(media_type=media_type, error=UNSUPPORTED)
    try:
        result = extractor(data)
    except MemoryError:
        raise  # the worker reports it as over the memory limit
    except Exception as exc:
        log.warning("extractor for %s failed", media_type, exc_info=True)
        return Extraction(media_type=media_type, error=f"extraction failed: {type(exc).__name__}")
    return replace(
        result,
        text=storable(result.text),
        first_page=storable(result.first_page),
        error=storable(result.error) if result.error else result.error,
        metadata={k: storable(v) for k, v in result.metadata.items()},
    )


def extract_isolated(data: bytes, media_type: str, limits: isolation.Limits) -> Extraction:
    """`extract` in a worker process: a file that loops or eats memory is stopped and recorded."""
    if media_type not in REGISTRY:
        return Extraction(media_type=media_type, error=UNSUPPORTED)
    try:
        return isolation.run(extract, data, media_type, limits=limits)
    except isolation.IsolationError as exc:
        log.warning("extraction of a %s stopped: %s", media_type, exc)
        return Extraction(media_type=media_type, error=f"extraction {exc}", flags=(exc.flag,))
