"""OCR with the Tesseract command line, in English, French and Spanish.

Tesseract reads best when the document's language is listed first (with English first, French
'à' comes out as 'a'), so the first page is read with all three and its language guessed from
common words; that language then leads for every page.

A page scanned sideways or upside down is turned upright first: Tesseract's orientation and
script detection (OSD, `--psm 0`, the `osd` model) runs on the page at half resolution, and its
answer is trusted from an orientation confidence of `OSD_MIN_CONFIDENCE` up (measured below). A page OSD cannot
judge (too few letters) or judges with less confidence is read as it is.
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import subprocess
from collections.abc import Iterable

from PIL import Image

log = logging.getLogger(__name__)

LANGUAGES = ("eng", "fra", "spa")
OCR_DPI = 300
PAGE_SECONDS = 120
# OSD looks at up to 5 x OSD_CHARACTERS characters (Tesseract's default, 50, takes twice as long
# for the same answers) on the page scaled down to about OSD_SIDE pixels (half an A4 page at 300
# dpi). Measured so on printed pages turned by 0, 90, 180 and 270 degrees (tests/test_ocr.py's
# letter, 1 to 11 of its lines, a column of numbers, a list of species): every answer was right,
# with confidences from 3.2 (one line, numbers) to 12 (a full page); on pictures and noise without
# text the wrong answers came with 0.4 at most, and pages of one or two words have "too few
# characters" for any answer.
OSD_CHARACTERS = 20
OSD_SIDE = 1754
OSD_MIN_CONFIDENCE = 2.5
_TURN = {
    90: Image.Transpose.ROTATE_270,  # Tesseract's "Rotate" is clockwise, PIL's angles are not
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}
_ROTATE = re.compile(r"^Rotate: (\d+)$", re.MULTILINE)
_CONFIDENCE = re.compile(r"^Orientation confidence: ([\d.]+)$", re.MULTILINE)
_STOPWORDS = {
    "eng": {"the", "and", "of", "to", "is", "for", "with", "that", "this", "are", "be", "on"},
    "fra": {"le", "la", "les", "des", "du", "et", "est", "pour", "une", "dans", "que", "au"},
    "spa": {"el", "los", "las", "del", "y", "para", "con", "por", "una", "que", "es", "en"},
}


class OcrError(Exception):
    """Tesseract is missing or failed on an image."""


def available() -> bool:
    """Whether the tesseract command is installed."""
    return shutil.which("tesseract") is not None


def guess_language(text: str) -> str:
    """The most likely of eng/fra/spa for some text, by counting common words."""
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    return max(LANGUAGES, key=lambda lang: (scores[lang], lang == "eng"))


def _order(first: str) -> str:
    return "+".join([first, *(lang for lang in LANGUAGES if lang != first)])


def _png(image: Image.Image) -> bytes:
    if image.mode not in ("1", "L", "RGB"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _tesseract(image: Image.Image, *options: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    return subprocess.run(
        ["tesseract", "stdin", "stdout", *options],
        input=_png(image),
        capture_output=True,
        timeout=PAGE_SECONDS,
        env=env,
        check=False,
    )


def orientation(image: Image.Image) -> int:
    """Degrees (0, 90, 180, 270) to turn a page clockwise to make it upright; 0 when unsure."""
    if not available():
        raise OcrError("tesseract is not installed (scripts/setup-system.sh installs it)")
    factor = max(1, round(max(image.size) / OSD_SIDE))
    if image.mode not in ("L", "RGB"):
        image = image.convert("L")
    small = image.reduce(factor) if factor > 1 else image
    try:
        done = _tesseract(
            small,
            *("--psm", "0", "--dpi", str(OCR_DPI // factor)),
            *("-c", f"min_characters_to_try={OSD_CHARACTERS}"),
        )
    except subprocess.TimeoutExpired:
        log.warning("tesseract took more than %s s to find a page's orientation", PAGE_SECONDS)
        return 0
    output = done.stdout.decode("utf-8", "replace")
    rotate, confidence = _ROTATE.search(output), _CONFIDENCE.search(output)
    if done.returncode != 0 or rotate is None or confidence is None:
        return 0  # "Too few characters": a page with little or no text
    degrees = int(rotate.group(1))
    if degrees not in _TURN or float(confidence.group(1)) < OSD_MIN_CONFIDENCE:
        return 0
    return degrees


def upright(image: Image.Image) -> Image.Image:
    """The page turned upright when OSD is confident it is sideways or upside down."""
    degrees = orientation(image)
    return image.transpose(_TURN[degrees]) if degrees else image


def ocr_image(image: Image.Image, languages: str = "eng+fra+spa") -> str:
    """The text Tesseract reads in one image, as it lies."""
    if not available():
        raise OcrError("tesseract is not installed (scripts/setup-system.sh installs it)")
    try:
        done = _tesseract(image, "-l", languages, "--dpi", str(OCR_DPI))
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"tesseract took more than {PAGE_SECONDS} s on one page") from exc
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"tesseract failed: {detail[-1] if detail else done.returncode}")
    return done.stdout.decode("utf-8", "replace").strip()


def ocr_pages(images: Iterable[Image.Image]) -> list[str]:
    """Text of each page image, turned upright first, in the language the first readable page
    shows."""
    texts: list[str] = []
    languages = ""
    for page in images:
        image = upright(page)
        if not languages:
            text = ocr_image(image)
            if len(text) >= 40:
                first = guess_language(text)
                languages = _order(first)
                if first != "eng":
                    text = ocr_image(image, languages)
        else:
            text = ocr_image(image, languages)
        texts.append(text)
    return texts
