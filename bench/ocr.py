"""What finding a page's orientation (Tesseract OSD) adds to the OCR of that page.

    .venv/bin/python bench/ocr.py [ROUNDS]

For each page, in one run on this machine, median times of: OSD (`extractors.ocr.orientation`,
on the page at half resolution); one OCR pass on the page as it lies (`ocr_image` in French,
English and Spanish, what every page after the first cost without OSD); the same pass on the page
turned upright (what it costs after OSD). Then OSD against the OCR pass it precedes, and the whole
cost of a page with OSD against without. Pages: the French letter
the OCR tests print and scan, upright and turned by 90, 180 and 270 degrees; a page with one
line; the scanned page of Tika's testOCR.pdf rendered at 300 dpi.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import ocr  # noqa: E402
from tests.test_ocr import french_scan  # noqa: E402

LANGUAGES = "fra+eng+spa"


def _median(run: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _open(data: bytes) -> Image.Image:
    import io

    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _pdf_page(path: Path) -> Image.Image:
    document = pdfium.PdfDocument(path.read_bytes())
    try:
        page = document[0]
        image = page.render(scale=ocr.OCR_DPI / 72, grayscale=True).to_pil()
        page.close()
    finally:
        document.close()
    return image


def pages() -> list[tuple[str, Image.Image]]:
    """The pages measured, each with a name."""
    letter = _open(french_scan())
    found = [
        (f"French letter, turned {a}", letter.rotate(a, expand=True)) for a in (0, 90, 180, 270)
    ]
    found.append(("one line", _open(french_scan("Annexe 2 : liste des centres de sauvegarde"))))
    found.append(
        ("tika__testOCR.pdf", _pdf_page(ROOT / "tests/samples/documents/tika__testOCR.pdf"))
    )
    return found


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    if not ocr.available():
        print("tesseract is not installed (scripts/setup-system.sh installs it)")
        return 1
    print(
        f"{'page':26} {'turn':>4} {'OSD':>7} {'OCR as it lies':>14} {'OCR upright':>11} "
        f"{'OSD/OCR':>7} {'with/without OSD':>16}"
    )
    totals = [0.0, 0.0, 0.0]
    for name, image in pages():
        turn = ocr.orientation(image)
        turned = ocr.upright(image)
        osd = _median(lambda image=image: ocr.orientation(image), rounds)
        lying = _median(lambda image=image: ocr.ocr_image(image, LANGUAGES), rounds)
        read = (
            _median(lambda turned=turned: ocr.ocr_image(turned, LANGUAGES), rounds)
            if turn
            else lying
        )
        for i, value in enumerate((osd, lying, read)):
            totals[i] += value
        print(
            f"{name:26} {turn:4d} {osd * 1000:5.0f}ms {lying * 1000:12.0f}ms {read * 1000:9.0f}ms "
            f"{osd / read:6.2f}x {(osd + read) / lying:15.2f}x"
        )
    osd, lying, read = totals
    print(
        f"{'total':26} {'':4} {osd * 1000:5.0f}ms {lying * 1000:12.0f}ms {read * 1000:9.0f}ms "
        f"{osd / read:6.2f}x {(osd + read) / lying:15.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
