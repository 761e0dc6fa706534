"""OLE2 (Compound File) containers: the legacy Office formats keep their streams in one.

Shared by the .doc and .xls extractors to find macros (a `Macros` or `_VBA_PROJECT_CUR`
storage) and encryption before reading any text.
"""

from __future__ import annotations

import io
import struct

import olefile

ENCRYPTED = "application/x-encrypted-office"
_MACRO_STORAGES = {"macros", "_vba_project_cur", "_vba_project", "vba"}


class OleError(Exception):
    """Not a readable OLE2 file."""


def stream_names(data: bytes) -> list[list[str]]:
    """Every storage and stream path in the file."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return [list(p) for p in ole.listdir(streams=True, storages=True)]
    except (OSError, ValueError, IndexError, struct.error, TypeError, KeyError) as exc:
        raise OleError(f"not a readable OLE2 file: {type(exc).__name__}: {exc}") from exc


def has_macros(names: list[list[str]]) -> bool:
    """Whether a VBA project is stored in the file."""
    return any(part.lower() in _MACRO_STORAGES for path in names for part in path)


def word_encrypted(data: bytes) -> bool:
    """Whether a Word 97-2003 file says it is encrypted (fEncrypted in the FIB)."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            fib = ole.openstream("WordDocument").read(12)
    except (OSError, ValueError, IndexError, struct.error, TypeError, KeyError):
        return False
    if len(fib) < 12:
        return False
    (flags,) = struct.unpack_from("<H", fib, 10)
    return bool(flags & 0x0100)
