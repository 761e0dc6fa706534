"""Broken and hostile input through the real pipeline (SQLite and PostgreSQL): each case is
recorded with an error or a flag, its raw message kept, and the run goes on."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from intake import isolation
from intake.mime import MessageParseError, parse_message
from intake.pipeline import Pipeline, poll_once
from intake.sources.local import FolderSource
from store.models import Delivery, Document, Flag, Submission
from tests.conftest import SAMPLES
from tests.test_extractors_formats import _macro_enabled
from tests.test_ocr import french_scan

DOCS = SAMPLES / "documents"


def _message(subject: str, files: list[tuple[str, bytes]]) -> bytes:
    message = EmailMessage()
    message["From"] = "Ministerio de Ambiente <cites@ambiente.example>"
    message["To"] = "info@cites.example"
    message["Subject"] = subject
    message["Message-ID"] = f"<{abs(hash(subject))}@ambiente.example>"
    message.set_content("Adjuntamos los documentos solicitados.")
    for name, data in files:
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return message.as_bytes()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _deep_zip(levels: int) -> bytes:
    data = _zip({"fondo.txt": b"nivel final"})
    for level in range(levels):
        data = _zip({f"nivel{level}.zip": data})
    return data


def _scanned_pdf(pages: int) -> bytes:
    page = Image.open(io.BytesIO(french_scan())).convert("RGB")
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=300, save_all=True, append_images=[page] * (pages - 1))
    return buffer.getvalue()


def _big_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8000, 8000), "white").save(buffer, "PNG")
    return buffer.getvalue()


MALFORMED_MIME = (
    b"From: cites@ambiente.example\r\nTo: info@cites.example\r\nSubject: =?utf-8?B?broken\r\n"
    b"Message-ID: <malformed@ambiente.example>\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="declared"\r\n\r\n'
    b"--other\r\nContent-Type: text/plain; charset=klingon\r\n\r\nTexto sin l\xedmite\r\n"
    b'--other\r\nContent-Type: application/pdf; name="informe.pdf"\r\n'
    b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK!!!not base64@@@\r\n"
)


def _documents(engine: Engine, message_id: str) -> tuple[list[Document], dict[str, set[str]]]:
    with Session(engine) as session:
        submission = session.exec(
            select(Submission).where(Submission.message_id == message_id)
        ).one()
        docs = list(
            session.exec(select(Document).where(Document.submission_id == submission.id)).all()
        )
        flags: dict[str, set[str]] = {}
        for flag in session.exec(select(Flag).where(Flag.submission_id == submission.id)):
            target = flag.target or "message"
            for doc in docs:
                if flag.target == f"document:{doc.id}":
                    target = doc.filename
            flags.setdefault(target, set()).add(flag.code)
    return docs, flags


def test_hostile_attachments_are_recorded_and_flagged(
    pipeline: Pipeline, engine: Engine, tmp_path: Path
) -> None:
    pipeline.settings = replace(pipeline.settings, max_attachment_bytes=5 * 1024 * 1024)
    pipeline.isolation = isolation.Limits(seconds=4, memory_bytes=400 * 1024 * 1024)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    pdf = (DOCS / "tika__testPDF.pdf").read_bytes()
    cases = {
        "corrupt": [("truncated.pdf", pdf[: len(pdf) // 3]), ("cut.docx", pdf[:10])],
        "password": [
            ("protegido.pdf", (DOCS / "paperless__password-is-test.pdf").read_bytes()),
            ("protegido.docx", (DOCS / "tika__testWORD_protected_passtika.docx").read_bytes()),
        ],
        "bombs": [
            ("bomba.zip", _zip({"ceros.txt": b"\0" * (60 * 1024 * 1024)})),
            ("profundo.zip", _deep_zip(6)),
        ],
        "too large": [("enorme.pdf", pdf + b"\0" * (6 * 1024 * 1024))],
        "slow and greedy": [("lento.pdf", _scanned_pdf(8)), ("grande.png", _big_png())],
        "names": [
            ("../../../etc/passwd", b"root"),
            ("C:\\Users\\x\\..\\informe.txt", b"informe"),
            ("nombre\x00con\x1bcontrol.txt", b"texto"),
            ("á" * 300 + ".txt", b"largo"),
        ],
        "macros": [("plan.docm", _macro_enabled((DOCS / "tika__testWORD.docx").read_bytes()))],
    }
    for subject, files in cases.items():
        (inbox / f"{subject}.eml").write_bytes(_message(subject, files))
    (inbox / "malformed.eml").write_bytes(MALFORMED_MIME)
    (inbox / "outlook.msg").write_bytes(
        (DOCS / "unstructured__fake-email-attachment.msg").read_bytes()
    )
    (inbox / "garbage.eml").write_bytes(b"\x00\xff" * 50)

    report = poll_once(pipeline, FolderSource(inbox))

    assert report.fetched == len(cases) + 3 and report.failed == 0 and not report.errors
    with Session(engine) as session:
        deliveries = session.exec(select(Delivery)).all()
        assert {d.status for d in deliveries} == {"processed"}
        assert all(pipeline.raw_store.has(d.raw_sha256) for d in deliveries)

    docs, flags = _documents(engine, f"{abs(hash('corrupt'))}@ambiente.example")
    assert all(d.error for d in docs)
    assert {"extraction_error"} <= flags["truncated.pdf"]

    _, flags = _documents(engine, f"{abs(hash('password'))}@ambiente.example")
    assert "password_protected" in flags["protegido.pdf"]
    assert "password_protected" in flags["protegido.docx"]

    docs, flags = _documents(engine, f"{abs(hash('bombs'))}@ambiente.example")
    assert "archive_limit" in flags["bomba.zip"]
    deepest = [d for d in docs if d.error == "container nested deeper than 3"]
    assert len(deepest) == 1 and "archive_limit" in flags[deepest[0].filename]

    docs, flags = _documents(engine, f"{abs(hash('too large'))}@ambiente.example")
    assert "too_large" in flags["enorme.pdf"]
    assert pipeline.blobs.has(docs[0].sha256)  # stored, not read

    docs, flags = _documents(engine, f"{abs(hash('slow and greedy'))}@ambiente.example")
    errors = {d.filename: d.error for d in docs}
    assert errors["lento.pdf"] == "extraction timed out after 4 s"
    assert "timeout" in flags["lento.pdf"]
    assert errors["grande.png"] == "extraction exceeded the memory limit"
    assert "memory_limit" in flags["grande.png"]

    docs, _ = _documents(engine, f"{abs(hash('names'))}@ambiente.example")
    assert [d.filename for d in docs][:3] == ["passwd", "informe.txt", "nombreconcontrol.txt"]
    assert all(len(d.filename.encode()) <= 200 and "/" not in d.filename for d in docs)
    assert all("\x00" not in d.original_filename for d in docs)

    _, flags = _documents(engine, f"{abs(hash('macros'))}@ambiente.example")
    assert "macros" in flags["plan.docm"]

    docs, flags = _documents(engine, "malformed@ambiente.example")
    assert "malformed_mime" in flags["message"]
    assert [d.filename for d in docs] == ["informe.pdf"]

    docs, _ = _documents(
        engine, "CAPgNNXSzLVJ-d1OCX_TjFgJU7ugtQrjFybPtAMmmYZzphxNFYg@mail.gmail.com"
    )
    assert [d.filename for d in docs] == ["fake-attachment.txt"]
    assert docs[0].text_chars > 0


def test_a_parse_that_overruns_its_limits_is_a_recorded_parse_error() -> None:
    raw = _message("grande", [("a.bin", b"x" * 5_000_000)])
    with pytest.raises(MessageParseError, match=r"parse timed out after 0\.001 s"):
        parse_message(raw, limits=isolation.Limits(seconds=0.001))
