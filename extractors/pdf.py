"""PDF text with pdfplumber: every page, tables as tab-separated rows, the page count.

Pages without a text layer but with an image (scanned pages) are rendered with pypdfium2 and
read by OCR, those pages only; a document whose text came partly or wholly from OCR is flagged
`ocr`. An encrypted PDF that does not open without a password is flagged `password_protected`.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException
from PIL import Image

from extractors import ocr
from intake.domain import Extraction

MIN_CHARS_PER_PAGE = 20
MAX_OCR_PAGES = 100
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
PDF = "application/pdf"

logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _page_text(page: pdfplumber.page.Page) -> str:
    text = page.extract_text() or ""
    tables = []
    # pdfplumber finds tables from ruling lines; a page without any has none, and looking is slow.
    ruled = page.lines or page.rects or page.curves
    for table in (page.extract_tables() if ruled else None) or []:
        rows = ["\t".join((cell or "").replace("\n", " ") for cell in row) for row in table]
        tables.append("\n".join(rows))
    if tables:
        text = text + "\n\n" + "\n\n".join(tables)
    return text.strip()


def _render(data: bytes, indexes: list[int]) -> Iterator[Image.Image]:
    document = pdfium.PdfDocument(data)
    try:
        for index in indexes:
            page = document[index]
            try:
                bitmap = page.render(scale=ocr.OCR_DPI / 72, grayscale=True)
                yield bitmap.to_pil()
            finally:
                page.close()
    finally:
        document.close()


def _ocr(data: bytes, pages: list[str], scanned: list[int]) -> tuple[list[str], list[str]]:
    """Pages with the scanned ones read by OCR; the flags that tells."""
    flags = ["ocr"]
    if len(scanned) > MAX_OCR_PAGES:
        scanned = scanned[:MAX_OCR_PAGES]
        flags.append("ocr_incomplete")
    texts = ocr.ocr_pages(_render(data, scanned))
    pages = list(pages)
    for index, text in zip(scanned, texts, strict=True):
        pages[index] = text
    return pages, flags


def _plumber(data: bytes) -> tuple[list[str], list[bool], dict[str, str]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_page_text(page) for page in pdf.pages]
        has_image = [bool(page.images) for page in pdf.pages]
        metadata = {
            k: str(v)[:200]
            for k, v in (pdf.metadata or {}).items()
            if k in ("Title", "Author", "Producer", "Creator") and v
        }
    return pages, has_image, metadata


def _pdfium(data: bytes) -> tuple[list[str], list[bool]]:
    """Text and images per page with PDFium, which tolerates damage pdfminer does not."""
    document = pdfium.PdfDocument(data)
    pages: list[str] = []
    has_image: list[bool] = []
    try:
        for page in document:
            try:
                text = page.get_textpage().get_text_bounded().replace("\r\n", "\n")
                pages.append(text.strip())
                has_image.append(
                    any(
                        o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for o in page.get_objects(max_depth=2)
                    )
                )
            finally:
                page.close()
    finally:
        document.close()
    return pages, has_image


def _password_error(exc: BaseException) -> bool:
    causes = [exc, exc.__cause__, *(exc.args[:1] if exc.args else ())]
    return any(isinstance(c, PDFPasswordIncorrect | PDFEncryptionError) for c in causes) or (
        "password" in str(exc).lower()
    )


def _garbled(text: str) -> bool:
    """Text pdfminer could not map to characters: '(cid:68)(cid:114)...' (a line or more)."""
    return text.count("(cid:") >= 10


def extract_pdf(data: bytes) -> Extraction:
    """Text of a PDF, scanned pages read by OCR."""
    metadata: dict[str, str] = {}
    try:
        pages, has_image, metadata = _plumber(data)
        if any(_garbled(p) for p in pages):
            fixed, _ = _pdfium(data)
            if len(fixed) == len(pages):
                pages = [fixed[i] if _garbled(p) else p for i, p in enumerate(pages)]
    except (PDFPasswordIncorrect, PDFEncryptionError):
        return _protected()
    except (*_READ_ERRORS, PdfminerException, pdfium.PdfiumError) as exc:
        if _password_error(exc):
            return _protected()
        try:
            pages, has_image = _pdfium(data)
        except pdfium.PdfiumError as second:
            if _password_error(second):
                return _protected()
            return Extraction(media_type=PDF, error=f"unreadable PDF: {_reason(exc)}")
    empty = [i for i, text in enumerate(pages) if len(text) < MIN_CHARS_PER_PAGE]
    scanned = [i for i in empty if has_image[i]]
    flags: list[str] = []
    error = None
    if scanned:
        try:
            pages, flags = _ocr(data, pages, scanned)
        except (ocr.OcrError, pdfium.PdfiumError) as exc:
            flags = ["partly_scanned" if len(empty) < len(pages) else "no_text"]
            error = f"OCR failed: {exc}"
    text = "\n\n".join(p for p in pages if p).strip()
    if pages and not text:
        flags.append("no_text")
    return Extraction(
        text=text,
        media_type=PDF,
        pages=len(pages),
        error=error,
        flags=tuple(dict.fromkeys(flags)),
        first_page=pages[0] if pages else "",
        metadata=metadata,
    )


def _protected() -> Extraction:
    return Extraction(media_type=PDF, error="password protected", flags=("password_protected",))


def _reason(exc: BaseException) -> str:
    inner = exc.__cause__ or (
        exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else None
    )
    shown = inner if isinstance(inner, BaseException) else exc
    return f"{type(shown).__name__}: {shown}".rstrip(": ")
