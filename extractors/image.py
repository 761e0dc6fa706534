"""Images (PNG, JPEG, TIFF with every page, GIF, BMP, HEIC photos): text by OCR.

A photographed or scanned letter arrives as an image as often as a PDF. Every frame of a
multi-page TIFF is a page. An image with no readable text is flagged `no_text`.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator

from PIL import Image, ImageSequence, UnidentifiedImageError

from extractors import ocr
from intake.domain import Extraction

MAX_PAGES = 100
MAX_PIXELS = 80_000_000  # a 600 dpi A3 scan is 70 megapixels
MIN_SIDE = 32  # spacers and rules: nothing to read
MIN_PIXELS = 40_000  # logos and icons (under 200 x 200): not worth a Tesseract start

try:
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # HEIC is then reported as unreadable
    pass


def _frames(image: Image.Image) -> Iterator[Image.Image]:
    for count, frame in enumerate(ImageSequence.Iterator(image)):
        if count >= MAX_PAGES:
            return
        yield frame.copy()


def extract_image(data: bytes) -> Extraction:
    """Text of an image, by OCR of each of its pages."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            kind = Image.MIME.get(image.format or "", "image/unknown")
            if image.width * image.height > MAX_PIXELS:
                return Extraction(
                    media_type=kind,
                    error=f"image of {image.width}x{image.height} pixels is too large to read",
                    flags=("too_large",),
                )
            if min(image.size) < MIN_SIDE or image.width * image.height < MIN_PIXELS:
                return Extraction(media_type=kind, pages=1, flags=("no_text",))
            pages = ocr.ocr_pages(_frames(image))
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        ValueError,
        SyntaxError,
        EOFError,
    ) as exc:
        return Extraction(media_type="image/unknown", error=f"unreadable image: {exc}")
    except ocr.OcrError as exc:
        return Extraction(media_type=kind, error=f"OCR failed: {exc}")
    text = "\n\n".join(p for p in pages if p).strip()
    return Extraction(
        text=text,
        media_type=kind,
        pages=len(pages),
        flags=("ocr",) if text else ("no_text",),
        first_page=pages[0] if pages else "",
    )
