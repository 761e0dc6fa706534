"""Containers (zip, Outlook .msg, TNEF winmail.dat, attached .eml) give their members as
documents; limits stop bombs and deep nesting; a container that cannot be opened stays whole."""

from __future__ import annotations

import io
import zipfile

from extractors import sniff as media
from intake.domain import Part
from intake.mime import parse_message
from intake.unpack import MESSAGE_TEXT_NAME, ArchiveLimits, open_container, unpack
from tests.conftest import SAMPLES

DOCS = SAMPLES / "documents"
LIMITS = ArchiveLimits()


def _part(name: str, data: bytes, declared: str = "application/octet-stream") -> Part:
    return Part(filename=name, data=data, declared_type=declared, path="2")


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_outlook_msg_attachment_gives_its_files_and_its_text() -> None:
    data = (DOCS / "tika__testMSG_att_doc.msg").read_bytes()
    docs = unpack((_part("réponse.msg", data),), LIMITS)
    names = [d.filename for d in docs]
    assert names == [MESSAGE_TEXT_NAME, "test-unicode.doc", "pj1.txt"]
    assert {d.origin for d in docs} == {"forwarded"}
    assert {d.container for d in docs} == {"réponse.msg"}
    assert docs[1].media_type == media.DOC


def test_msg_inside_msg_is_opened_too() -> None:
    data = (DOCS / "tika__testMSG_att_msg.msg").read_bytes()
    docs = unpack((_part("fwd.msg", data),), LIMITS)
    assert "smbprn.00009008.KdcPjl.pdf" in [d.filename for d in docs]
    assert [d for d in docs if d.media_type == media.PDF]


def test_tnef_winmail_dat_gives_its_attachments() -> None:
    data = (DOCS / "tnefparse__umlaut.tnef").read_bytes()
    docs = unpack((_part("winmail.dat", data, "application/ms-tnef"),), LIMITS)
    assert [d.filename for d in docs] == [
        "TBZ PARIV GmbH.jpg",
        "image003.jpg",
        "UmlautAnhang-äüö.txt",
    ]
    assert {d.container for d in docs} == {"winmail.dat"}


def test_tika_winmail_dat_members_are_sniffed() -> None:
    data = (DOCS / "tika__testWINMAIL.dat").read_bytes()
    docs = unpack((_part("winmail.dat", data),), LIMITS)
    kinds = {d.filename: d.media_type for d in docs}
    assert kinds["quick.pdf"] == media.PDF
    assert kinds["quick.doc"] == media.DOC
    assert kinds["quick.html"] == media.HTML


def test_eml_sent_as_octet_stream_is_opened_as_a_message() -> None:
    inner = (
        b"From: dgfaune@environnement.gouv.example\r\nTo: info@cites.example\r\n"
        b"Subject: Plan d'action\r\nMessage-ID: <inner@example>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nVeuillez trouver ci-joint le plan.\r\n"
        b'--b\r\nContent-Type: application/octet-stream; name="plan.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + __import__("base64").encodebytes((DOCS / "tika__testPDF.pdf").read_bytes())
        + b"--b--\r\n"
    )
    docs = unpack((_part("message.bin", inner),), LIMITS)
    assert [d.filename for d in docs] == [MESSAGE_TEXT_NAME, "plan.pdf"]
    assert docs[0].data.decode() == "Veuillez trouver ci-joint le plan."
    assert docs[1].media_type == media.PDF


def test_nested_zip_members_become_documents_with_unique_paths() -> None:
    inner = _zip({"a/rapport.txt": b"un", "b/rapport.txt": b"deux"})
    outer = _zip({"inner.zip": inner, "note.txt": b"trois"})
    docs = unpack((_part("envoi.zip", outer),), LIMITS)
    assert sorted(d.data for d in docs) == [b"deux", b"trois", b"un"]
    assert len({d.path for d in docs}) == 3
    assert {d.origin for d in docs} == {"archive"}


def test_archive_nested_too_deep_is_kept_with_the_reason() -> None:
    data = _zip({"note.txt": b"fond"})
    for depth in range(5):
        data = _zip({f"level{depth}.zip": data})
    docs = unpack((_part("deep.zip", data),), LIMITS)
    assert len(docs) == 1
    assert docs[0].flags == ("archive_limit",)
    assert docs[0].error == "container nested deeper than 3"


def test_zip_bomb_is_refused_by_ratio() -> None:
    bomb = _zip({"zeros.txt": b"\0" * (50 * 1024 * 1024)})
    assert len(bomb) < 100_000
    docs = unpack((_part("bomb.zip", bomb),), LIMITS)
    assert docs[0].flags == ("archive_limit",)
    assert "expands" in (docs[0].error or "")


def test_total_size_and_member_count_limits() -> None:
    limits = ArchiveLimits(max_members=10, max_total_bytes=1000)
    many = _zip({f"f{i}.txt": b"x" for i in range(20)})
    assert (
        unpack((_part("many.zip", many),), limits)[0].error == "not opened: 20 members (limit 10)"
    )
    big = _zip({"a.txt": bytes(range(256)) * 4, "b.txt": bytes(range(256)) * 4}, zipfile.ZIP_STORED)
    docs = unpack((_part("big.zip", big),), limits)
    assert docs[0].error == "not opened: expands past 1000 bytes"


def test_encrypted_zip_member_is_flagged_and_the_others_read() -> None:
    data = (DOCS / "tika__testZipEncrypted.zip").read_bytes()
    docs = unpack((_part("secret.zip", data),), LIMITS)
    flags = [d.flags for d in docs]
    assert ("password_protected",) in flags
    assert any(d.data for d in docs)


def test_hostile_member_names_are_stored_safely() -> None:
    names = [
        "../../etc/passwd",
        "C:\\Windows\\evil.exe",
        "ctrl\x00\x1b[31m.txt",
        "é" * 300 + ".pdf",
    ]
    docs = unpack((_part("names.zip", _zip({n: b"x" for n in names})),), LIMITS)
    for doc in docs:
        assert "/" not in doc.filename and "\\" not in doc.filename
        assert not doc.filename.startswith(".")
        assert all(ord(c) >= 32 for c in doc.filename)
        assert len(doc.filename.encode()) <= 200
        assert "\x00" not in doc.original_filename
    assert docs[3].filename.endswith(".pdf")


def test_corrupt_container_stays_a_document_with_the_error() -> None:
    data = (DOCS / "tika__testMSG_att_doc.msg").read_bytes()[:3000]
    docs = unpack((_part("broken.msg", data),), LIMITS)
    assert len(docs) == 1 and docs[0].error
    truncated_zip = _zip({"a.txt": b"abc" * 1000})[:-30]
    docs = unpack((_part("cut.zip", truncated_zip),), LIMITS)
    assert len(docs) == 1 and (docs[0].error or "").startswith("corrupt archive")


def test_open_container_runs_in_process_for_callers_already_isolated() -> None:
    data = (DOCS / "tnefparse__two-files.tnef").read_bytes()
    part = Part("winmail.dat", data, "", "2", media_type=media.TNEF)
    assert [d.filename for d in open_container(part, LIMITS)] == ["AUTHORS", "README"]


def test_outlook_msg_as_the_message_itself_is_parsed() -> None:
    parsed = parse_message((DOCS / "unstructured__fake-email-attachment.msg").read_bytes())
    assert parsed.subject == "Fake email with attachment"
    assert parsed.sender == "mallori@unstructured.io"
    assert [p.filename for p in parsed.parts] == ["fake-attachment.txt"]
    assert parsed.headers["x-intake-converted-from"] == "application/vnd.ms-outlook"
