"""Plain text in whatever charset it came in, without mojibake in French or Spanish accents."""

from __future__ import annotations

import codecs

from intake.domain import Extraction

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _known(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return codecs.lookup(charset.strip().strip("\"'")).name
    except LookupError:
        return None


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_zeros > 0.3 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.3 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode bytes to text: BOM, then valid UTF-8, then the declared charset, then cp1252.

    UTF-8 is tried before the declared charset because mislabelled UTF-8 (declared ISO-8859-1)
    is the most common cause of mojibake in mail, and valid UTF-8 is almost never accidental.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, "replace")
    utf16 = _looks_utf16(data)
    if utf16:
        return data.decode(utf16, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    known = _known(declared)
    if known and known not in ("utf-8", "ascii"):
        try:
            return data.decode(known)
        except UnicodeDecodeError:
            pass
    # Windows-1252 is a superset of ISO-8859-1's printable range and what Western European
    # office software writes; decode it with replacement so no byte raises.
    return data.decode("cp1252", "replace")


def extract_text(data: bytes, charset: str | None = None) -> Extraction:
    """Text of a plain-text file."""
    return Extraction(
        text=decode_text(data, charset).replace("\r\n", "\n"), media_type="text/plain"
    )


def storable(text: str) -> str:
    """Text any database accepts: no NUL characters, no lone surrogates."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text
