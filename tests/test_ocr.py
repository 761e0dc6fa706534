"""OCR reads a French page that the test prints and "scans" itself, with >= 95% of its words,
and >= 90% when the page was scanned sideways or upside down."""

from __future__ import annotations

import collections
import io
import re
import shutil

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from extractors import extract, ocr
from extractors.ocr import guess_language
from tests.conftest import SAMPLES

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract is not installed (make system)"
)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FRENCH_LETTER = """\
Objet : plan d'action national pour les spécimens vivants saisis ou confisqués
Madame, Monsieur,
Suite à la notification aux Parties n° 2021/008, le ministère de la Transition écologique
a l'honneur de transmettre au Secrétariat le plan d'action élaboré conformément à la
résolution Conf. 17.8 (Rev. CoP19). Les centres de sauvegarde désignés accueillent les
animaux confisqués aux frontières ; leur capacité d'accueil et leurs coordonnées sont
détaillées à l'annexe. Les tortues, perroquets et primates saisis en 2024 y ont été
placés après un examen vétérinaire. Ce document n'est pas confidentiel.
Nous restons à votre disposition pour toute information complémentaire.
Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.
Fait à Paris, le 3 février 2025"""


def french_scan(text: str = FRENCH_LETTER) -> bytes:
    """An A4 page at 300 dpi with the letter printed on it, slightly blurred and grey like a scan."""
    font = ImageFont.truetype(FONT, 40)
    page = Image.new("L", (2480, 3508), 250)
    draw = ImageDraw.Draw(page)
    y = 300
    for line in text.splitlines():
        draw.text((200, y), line, font=font, fill=30)
        y += 70
    page = page.rotate(0.4, fillcolor=250).filter(ImageFilter.GaussianBlur(0.8))
    buffer = io.BytesIO()
    page.save(buffer, "PNG")
    return buffer.getvalue()


def word_accuracy(expected: str, got: str) -> float:
    """Share of the expected words found in the OCR text (each occurrence counted once)."""
    words = re.findall(r"\S+", expected)
    found = collections.Counter(re.findall(r"\S+", got))
    hits = 0
    for word in words:
        if found[word]:
            found[word] -= 1
            hits += 1
    return hits / len(words)


def test_french_scanned_page_is_read_with_95_percent_of_its_words() -> None:
    result = extract(french_scan(), "image/png")
    assert result.error is None
    assert result.flags == ("ocr",)
    accuracy = word_accuracy(FRENCH_LETTER, result.text)
    print(f"OCR word accuracy on the French page: {accuracy:.1%}")
    assert accuracy >= 0.95, result.text


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("angle", [90, 180])
def test_a_page_scanned_sideways_or_upside_down_is_read_with_90_percent_of_its_words(
    angle: int,
) -> None:
    page = Image.open(io.BytesIO(french_scan())).rotate(angle, expand=True)
    result = extract(_png(page), "image/png")
    assert result.error is None
    assert result.flags == ("ocr",)
    accuracy = word_accuracy(FRENCH_LETTER, result.text)
    print(f"OCR word accuracy on the French page turned by {angle} degrees: {accuracy:.1%}")
    assert accuracy >= 0.90, result.text


@pytest.mark.parametrize("angle", [0, 90, 180, 270])
def test_orientation_tells_how_far_to_turn_a_page(angle: int) -> None:
    page = Image.open(io.BytesIO(french_scan())).rotate(angle, expand=True)
    assert ocr.orientation(page) == angle  # PIL turns counterclockwise, Tesseract clockwise


def test_a_page_too_short_for_orientation_is_read_as_it_is() -> None:
    page = Image.open(io.BytesIO(french_scan("Annexe 2 : liste des centres")))
    assert ocr.orientation(page) == 0  # OSD: "Too few characters"
    assert ocr.orientation(Image.new("L", (2480, 3508), 250)) == 0
    result = extract(_png(page), "image/png")
    assert "Annexe 2" in result.text


def test_the_same_page_as_a_scanned_pdf_is_read_by_ocr() -> None:
    image = Image.open(io.BytesIO(french_scan())).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=300)
    result = extract(buffer.getvalue(), "application/pdf")
    assert result.pages == 1 and "ocr" in result.flags
    assert word_accuracy(FRENCH_LETTER, result.text) >= 0.95


def test_only_the_scanned_pages_of_a_mixed_pdf_are_ocred() -> None:
    data = (SAMPLES / "documents" / "paperless__multi-page-mixed.pdf").read_bytes()
    result = extract(data, "application/pdf")
    assert result.pages == 6 and result.flags == ("ocr",)
    for page in range(1, 7):
        assert f"Page {page}" in result.text


def test_multipage_tiff_is_read_page_by_page() -> None:
    data = (SAMPLES / "documents" / "tika__testTIFF_multipage.tif").read_bytes()
    result = extract(data, "image/tiff")
    assert result.pages == 2
    assert "Page 1" in result.text and "Page 2" in result.text


def test_language_guess_from_common_words() -> None:
    assert guess_language("Le plan d'action est joint à la lettre pour les centres") == "fra"
    assert guess_language("El plan de acción para los centros de rescate y las") == "spa"
    assert guess_language("The action plan for the rescue centres is attached") == "eng"
