"""Office files encrypted with a password (OOXML inside an encrypted OLE2 package)."""

from __future__ import annotations

from extractors.ole import ENCRYPTED
from intake.domain import Extraction


def extract_encrypted(data: bytes) -> Extraction:
    """Nothing can be read without the password: say so."""
    return Extraction(
        media_type=ENCRYPTED, error="password protected", flags=("password_protected",)
    )
