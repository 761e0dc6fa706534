"""PowerPoint files: a .pptx written by python-pptx in the test (French text with accents, a
table, speaker notes, slides reordered), its macro-enabled and broken variants, and a real .ppt
from Apache Tika's test documents (tests/samples/SOURCES.md)."""

from __future__ import annotations

import io
import zipfile

import pytest
from pptx import Presentation
from pptx.util import Inches

from extractors import REGISTRY, extract
from extractors import sniff as media
from tests.conftest import SAMPLES

TITLE = "Plan d'action national : spécimens confisqués"
BULLETS = ["Centres de sauvegarde désignés", "Capacité d'accueil : 120 tortues à Gonfaron"]
TABLE = [["Centre", "Ville", "Capacité"], ["Refuge de la Tortue", "Gonfaron", "120"]]
NOTES = "Ne pas diffuser avant la réunion du Comité permanent."


def _presentation() -> bytes:
    """Three slides, the last one moved first in the slide list (so not in file-name order)."""
    deck = Presentation()
    first = deck.slides.add_slide(deck.slide_layouts[1])  # title and content
    first.shapes.title.text = TITLE
    body = first.placeholders[1].text_frame
    body.text = BULLETS[0]
    body.add_paragraph().text = BULLETS[1]
    first.notes_slide.notes_text_frame.text = NOTES

    second = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    second.shapes.title.text = "Répartition des animaux"
    frame = second.shapes.add_table(2, 3, Inches(1), Inches(2), Inches(8), Inches(1.5))
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            frame.table.cell(r, c).text = value

    cover = deck.slides.add_slide(deck.slide_layouts[0])  # title slide
    cover.shapes.title.text = "République française"
    cover.placeholders[1].text = "Ministère de la Transition écologique"
    slide_list = deck.slides._sldIdLst
    last = slide_list[-1]
    slide_list.remove(last)
    slide_list.insert(0, last)

    deck.core_properties.title = "Plan d'action CITES"
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def _rewritten(
    pptx: bytes, parts: dict[str, bytes], replace: dict[str, tuple[bytes, bytes]]
) -> bytes:
    """The presentation with parts added and text replaced in others."""
    source = zipfile.ZipFile(io.BytesIO(pptx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename in replace:
                old, new = replace[info.filename]
                content = content.replace(old, new)
            target.writestr(info.filename, content)
        for name, content in parts.items():
            target.writestr(name, content)
    return buffer.getvalue()


def _with_macros(pptx: bytes) -> bytes:
    main = b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
    macro_main = b"application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml"
    return _rewritten(
        pptx,
        {"ppt/vbaProject.bin": b"\xd0\xcf\x11\xe0 not a real VBA project"},
        {"[Content_Types].xml": (main, macro_main)},
    )


def test_pptx_slides_tables_and_notes_are_read_in_slide_order() -> None:
    data = _presentation()
    assert media.sniff(data, "plan.bin", "application/octet-stream") == media.PPTX
    result = extract(data, media.PPTX)
    assert result.error is None and result.flags == ()
    assert result.pages == 3
    assert result.text == (
        "République française\nMinistère de la Transition écologique\n\n"
        f"{TITLE}\n{BULLETS[0]}\n{BULLETS[1]}\n\n{NOTES}\n\n"
        "Répartition des animaux\nCentre\tVille\tCapacité\nRefuge de la Tortue\tGonfaron\t120"
    )
    assert result.metadata == {"Title": "Plan d'action CITES"}


def test_pptx_first_page_is_the_first_slides_without_notes() -> None:
    result = extract(_presentation(), media.PPTX)
    assert result.first_page.startswith("République française\nMinistère")
    assert TITLE in result.first_page and NOTES not in result.first_page


def test_macro_enabled_presentation_is_read_and_flagged() -> None:
    data = _with_macros(_presentation())
    assert media.sniff(data, "plan.pptx") == media.PPTM
    result = extract(data, media.PPTM)
    assert result.flags == ("macros",)
    assert TITLE in result.text


def test_smartart_text_is_read_with_its_slide() -> None:
    data_model = (
        b'<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"'
        b' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>'
        b"<dgm:pt><dgm:t><a:p><a:r><a:t>Saisie</a:t></a:r></a:p></dgm:t></dgm:pt>"
        b"<dgm:pt><dgm:t><a:p><a:r><a:t>Placement en refuge</a:t></a:r></a:p></dgm:t></dgm:pt>"
        b"</dgm:ptLst></dgm:dataModel>"
    )
    relation = (
        b'<Relationship Id="rId99" Target="../diagrams/data1.xml" Type="http://schemas.'
        b'openxmlformats.org/officeDocument/2006/relationships/diagramData"/></Relationships>'
    )
    data = _rewritten(
        _presentation(),
        {"ppt/diagrams/data1.xml": data_model},
        {"ppt/slides/_rels/slide2.xml.rels": (b"</Relationships>", relation)},
    )
    text = extract(data, media.PPTX).text
    assert "Répartition des animaux\nCentre" in text
    assert text.endswith("Gonfaron\t120\nSaisie\nPlacement en refuge")


def test_truncated_pptx_is_named_pptx_and_reported_unreadable() -> None:
    data = _presentation()
    cut = data[: len(data) // 2]
    assert media.sniff(cut, "plan.pptx") == media.PPTX
    result = extract(cut, media.PPTX)
    assert result.error is not None and result.error.startswith("unreadable PPTX"), result.error
    assert result.text == ""


def test_pptx_whose_slide_expands_past_the_limit_is_refused() -> None:
    from extractors.pptx import MAX_PART_BYTES

    slide = "ppt/slides/slide1.xml"
    padding = b"<p:cSld>" + b" " * MAX_PART_BYTES
    data = _rewritten(_presentation(), {}, {slide: (b"<p:cSld>", padding)})
    assert len(data) < 1024 * 1024
    result = extract(data, media.PPTX)
    assert result.error is not None and "expands" in result.error


def test_legacy_ppt_is_sniffed_and_read_with_catppt() -> None:
    data = (SAMPLES / "documents" / "tika__testPPT.ppt").read_bytes()
    assert media.sniff(data, "presentation.dat") == media.PPT
    result = extract(data, media.PPT)
    assert result.error is None, result.error
    assert result.text.startswith("Sample Powerpoint Slide\nCreated with Microsoft")
    assert result.text.count("Sample Powerpoint Slide") == 1  # catppt prints it twice
    assert result.first_page.startswith("Sample Powerpoint Slide")


@pytest.mark.parametrize("kind", [media.PPT, media.PPTX])
def test_other_files_given_as_powerpoint_are_reported_unreadable(kind: str) -> None:
    data = (SAMPLES / "documents" / "tika__testWORD.doc").read_bytes()
    result = extract(data, kind)
    assert result.error is not None and result.error.startswith("unreadable PPT")


def test_registry_reads_powerpoint() -> None:
    assert {media.PPT, media.PPTX, media.PPTM} <= REGISTRY.keys()
