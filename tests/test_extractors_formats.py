"""Each format a ministry's office software writes is read from a real file (tests/samples),
its media type sniffed from the bytes whatever its name says."""

from __future__ import annotations

import io
import zipfile

import pytest

from extractors import REGISTRY, extract
from extractors import sniff as media
from tests.conftest import SAMPLES

DOCS = SAMPLES / "documents"


def _read(name: str) -> tuple[str, bytes]:
    data = (DOCS / name).read_bytes()
    return media.sniff(data, name), data


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("tika__testWORD.doc", media.DOC, "Sample Word Document"),
        ("tika__testWORD6.doc", media.DOC, "The quick brown fox jumps over the lazy dog"),
        (
            "zbateson-mmp__Biodiversite de semaine en semaine.doc",
            media.DOC,
            "Biodiversité de semaine",
        ),
        ("tika__testOpenOffice2.odt", media.ODT, "This is a sample Open Office document"),
        ("unstructured__eng_spa_mult.odt", media.ODT, "Todos los seres humanos nacen libres"),
        ("tika__testRTF.rtf", media.RTF, "Test d’indexation Word"),
        ("tika__testEXCEL.xls", media.XLS, "Sample Excel Worksheet"),
        ("tika__testEXCEL.xlsx", media.XLSX, "Sample Excel Worksheet"),
        ("unstructured__eng_spa.xlsx", media.XLSX, "Todos los seres humanos"),
        ("tika__testWORD.docx", media.DOCX, "This is the footer for our document"),
        ("tika__testPDF.pdf", media.PDF, "Apache Tika"),
        ("paperless__invalid_pdf.pdf", media.PDF, "Invoice number: 123456"),
        ("tika__testTXT_win-1252.txt", media.TEXT, "smart quotes"),
    ],
)
def test_format_is_sniffed_and_read(name: str, kind: str, expected: str) -> None:
    sniffed, data = _read(name)
    assert sniffed == kind
    result = extract(data, sniffed)
    assert result.error is None, result.error
    assert expected in result.text


def test_every_sheet_of_a_workbook_is_read() -> None:
    _, data = _read("unstructured__eng_spa.xlsx")
    text = extract(data, media.XLSX).text
    assert "## English" in text and "## Spanish" in text


def test_spreadsheet_cells_are_tab_separated_rows() -> None:
    _, data = _read("tika__testEXCEL.xls")
    text = extract(data, media.XLS).text
    assert "## Feuil1" in text
    assert "\t1\t1" in text or "1\t1" in text


def _ods(rows: list[list[str]]) -> bytes:
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>'
            for c in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        f'<office:spreadsheet><table:table table:name="Centres">{cells}'
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", media.ODS, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return buffer.getvalue()


def test_ods_rows_are_read_and_padding_rows_ignored() -> None:
    data = _ods([["Centre", "Ville", "Capacité"], ["Refuge de la Tortue", "Gonfaron", "120"]])
    assert media.sniff(data, "centres.xls") == media.ODS
    result = extract(data, media.ODS)
    assert result.text == "## Centres\nCentre\tVille\tCapacité\nRefuge de la Tortue\tGonfaron\t120"


def _macro_enabled(docx: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(docx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
            target.writestr(info, content)
        target.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 not a real VBA project")
    return buffer.getvalue()


def test_macro_enabled_word_file_is_read_and_flagged() -> None:
    data = _macro_enabled((DOCS / "tika__testWORD.docx").read_bytes())
    assert media.sniff(data, "plan.docx") == media.DOCM
    result = extract(data, media.DOCM)
    assert "macros" in result.flags
    assert "This is the footer for our document" in result.text


@pytest.mark.parametrize(
    "name",
    [
        "tika__testWORD_protected_passtika.docx",
        "unstructured__password_protected.xlsx",
        "paperless__password-is-test.pdf",
        "pdfplumber__password-example.pdf",
    ],
)
def test_password_protected_files_are_flagged(name: str) -> None:
    kind, data = _read(name)
    result = extract(data, kind)
    assert result.flags == ("password_protected",)
    assert result.error == "password protected"


def test_truncated_docx_is_named_docx_and_reported_unreadable() -> None:
    kind, data = _read("tika__testWORD_truncated.docx")
    assert kind == media.DOCX
    result = extract(data, kind)
    assert result.error is not None and result.error.startswith("unreadable DOCX")


@pytest.mark.parametrize(
    ("data", "declared", "name", "expected"),
    [
        ((DOCS / "tika__testPDF.pdf").read_bytes(), "application/msword", "letter.doc", media.PDF),
        ((DOCS / "tika__testWORD.doc").read_bytes(), "application/pdf", "letter.pdf", media.DOC),
        ((DOCS / "tika__testEXCEL.xlsx").read_bytes(), "text/plain", "x.txt", media.XLSX),
        (b"<html><body><p>Hola</p></body></html>", "application/octet-stream", "a.bin", media.HTML),
    ],
)
def test_wrong_declared_type_or_extension_does_not_decide(
    data: bytes, declared: str, name: str, expected: str
) -> None:
    assert media.sniff(data, name, declared) == expected


@pytest.mark.parametrize(
    ("raw", "charset"),
    [
        ("Résolution sur les spécimens confisqués — année 2024 à Genève".encode("cp1252"), None),
        ("Resolución sobre los especímenes decomisados, año 2024".encode("latin-1"), "iso-8859-1"),
        ("Résolution — spécimens".encode("utf-16"), None),
        ("Capacité d'accueil des centres de sauvegarde".encode(), "iso-8859-1"),
    ],
)
def test_plain_text_in_any_charset_has_no_mojibake(raw: bytes, charset: str | None) -> None:
    from extractors.text import extract_text

    text = extract_text(raw, charset).text
    assert "Ã" not in text and "\ufffd" not in text
    assert any(word in text for word in ("Résolution", "Resolución", "Capacité"))


def test_html_attachment_in_latin1_is_read() -> None:
    data = '<html><head><meta charset="iso-8859-1"></head><body><p>Año de la resolución</p></body></html>'
    result = extract(data.encode("latin-1"), media.HTML)
    assert result.text == "Año de la resolución"


def test_registry_covers_the_formats_of_the_issue() -> None:
    for kind in (media.PDF, media.DOCX, media.DOC, media.ODT, media.RTF, media.XLSX, media.XLS,
                 media.ODS, media.HTML, media.TEXT, "image/png", "image/jpeg", "image/tiff"):  # fmt: skip
        assert kind in REGISTRY


def test_extracted_text_never_holds_nul_characters() -> None:
    result = extract(b"Capacit\x00\xe9 d'accueil", media.TEXT)
    assert "\x00" not in result.text
