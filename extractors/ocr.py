"""OCR with the Tesseract command line, in English, French and Spanish.

Tesseract reads best when the document's language is listed first (with English first, French
'à' comes out as 'a'), so the first page is read with all three and its language guessed from
common words; that language then leads for every page.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from collections.abc import Iterable

from PIL import Image

LANGUAGES = ("eng", "fra", "spa")
OCR_DPI = 300
PAGE_SECONDS = 120
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


def ocr_image(image: Image.Image, languages: str = "eng+fra+spa") -> str:
    """The text Tesseract reads in one image."""
    if not available():
        raise OcrError("tesseract is not installed (scripts/setup-system.sh installs it)")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", languages, "--dpi", str(OCR_DPI)],
            input=_png(image),
            capture_output=True,
            timeout=PAGE_SECONDS,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"tesseract took more than {PAGE_SECONDS} s on one page") from exc
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"tesseract failed: {detail[-1] if detail else done.returncode}")
    return done.stdout.decode("utf-8", "replace").strip()


def ocr_pages(images: Iterable[Image.Image]) -> list[str]:
    """Text of each page image, in the language the first readable page shows."""
    texts: list[str] = []
    languages = ""
    for image in images:
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
