"""Excel 97-2003 workbooks (.xls) with xlrd: every sheet; encryption and macros flagged."""

from __future__ import annotations

import struct

import xlrd
from xlrd.biffh import XLRDError

from extractors import ole
from extractors.sheets import sheet_text
from intake.domain import Extraction

XLS = "application/vnd.ms-excel"


def extract_xls(data: bytes) -> Extraction:
    """Text of every sheet of an .xls workbook."""
    try:
        names = ole.stream_names(data)
    except ole.OleError as exc:
        return Extraction(media_type=XLS, error=f"unreadable XLS: {exc}")
    flags = ["macros"] if ole.has_macros(names) else []
    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=_Discard())
        try:
            sheets = [book.sheet_by_index(i) for i in range(book.nsheets)]
            text, truncated = sheet_text(
                (s.name, (s.row_values(r) for r in range(s.nrows))) for s in sheets
            )
        finally:
            book.release_resources()
    except XLRDError as exc:
        if "encrypted" in str(exc).lower():
            return Extraction(
                media_type=XLS, error="password protected", flags=("password_protected", *flags)
            )
        return Extraction(media_type=XLS, error=f"unreadable XLS: {exc}", flags=tuple(flags))
    except (struct.error, IndexError, KeyError, ValueError, TypeError, AssertionError) as exc:
        return Extraction(
            media_type=XLS, error=f"unreadable XLS: {type(exc).__name__}: {exc}", flags=tuple(flags)
        )
    if truncated:
        flags.append("truncated")
    return Extraction(text=text, media_type=XLS, flags=tuple(flags), first_page=text[:3000])


class _Discard:
    """xlrd writes warnings to a file; these are not worth keeping."""

    def write(self, text: str) -> int:
        return len(text)
