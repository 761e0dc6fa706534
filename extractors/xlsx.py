"""Excel 2007+ workbooks (.xlsx, and .xlsm flagged `macros`) with openpyxl: every sheet."""

from __future__ import annotations

import io
import zipfile
from xml.etree.ElementTree import ParseError

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from extractors import sniff
from extractors.sheets import sheet_text
from intake.domain import Extraction

_READ_ERRORS = (
    InvalidFileException,
    zipfile.BadZipFile,
    ParseError,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    OSError,
)


def _read(data: bytes, media_type: str) -> Extraction:
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            text, truncated = sheet_text(
                (sheet.title, sheet.iter_rows(values_only=True)) for sheet in book.worksheets
            )
        finally:
            book.close()
    except _READ_ERRORS as exc:
        return Extraction(
            media_type=media_type, error=f"unreadable XLSX: {type(exc).__name__}: {exc}"
        )
    flags = ["truncated"] if truncated else []
    if media_type == sniff.XLSM:
        flags.append("macros")
    return Extraction(text=text, media_type=media_type, flags=tuple(flags), first_page=text[:3000])


def extract_xlsx(data: bytes) -> Extraction:
    """Text of every sheet of an .xlsx workbook."""
    return _read(data, sniff.XLSX)


def extract_xlsm(data: bytes) -> Extraction:
    """Text of every sheet of a macro-enabled workbook, flagged `macros`."""
    return _read(data, sniff.XLSM)
