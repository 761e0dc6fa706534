"""PDF text with pdfplumber: every page, tables as tab-separated rows, the page count."""

from __future__ import annotations

import io
import logging

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from intake.domain import Extraction

MIN_CHARS_PER_PAGE = 20
_READ_ERRORS = (
    PDFSyntaxError,
    PSException,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    AssertionError,
    OSError,
    RecursionError,
    ZeroDivisionError,
)

logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _page_text(page: pdfplumber.page.Page) -> str:
    text = page.extract_text() or ""
    tables = []
    for table in page.extract_tables() or []:
        rows = ["\t".join((cell or "").replace("\n", " ") for cell in row) for row in table]
        tables.append("\n".join(rows))
    if tables:
        text = text + "\n\n" + "\n\n".join(tables)
    return text.strip()


def extract_pdf(data: bytes) -> Extraction:
    """Text of a PDF; an encrypted one is flagged `password_protected`, a scanned one `no_text`."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_page_text(page) for page in pdf.pages]
            metadata = {
                k: str(v)[:200]
                for k, v in (pdf.metadata or {}).items()
                if k in ("Title", "Author", "Producer", "Creator") and v
            }
    except (PDFPasswordIncorrect, PDFEncryptionError):
        return Extraction(
            media_type="application/pdf",
            error="password protected",
            flags=("password_protected",),
        )
    except _READ_ERRORS as exc:
        return Extraction(
            media_type="application/pdf", error=f"unreadable PDF: {type(exc).__name__}: {exc}"
        )
    text = "\n\n".join(pages).strip()
    flags: tuple[str, ...] = ()
    empty_pages = sum(1 for p in pages if len(p) < MIN_CHARS_PER_PAGE)
    if pages and empty_pages == len(pages):
        flags = ("no_text",)
    elif empty_pages:
        flags = ("partly_scanned",)
    return Extraction(
        text=text,
        media_type="application/pdf",
        pages=len(pages),
        flags=flags,
        first_page=pages[0] if pages else "",
        metadata=metadata,
    )
