"""The parse stage on real messages: each sample in tests/samples/mime has its expected result
beside it (`<name>.expected.json`), checked by one test that walks the folder."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from intake.mime import MessageParseError, parse_message

SAMPLES = Path(__file__).parent / "samples" / "mime"
CASES = sorted(SAMPLES.glob("*.eml"))


@pytest.mark.parametrize("sample", CASES, ids=[c.stem for c in CASES])
def test_sample_parses_as_expected(sample: Path) -> None:
    expected = json.loads(sample.with_suffix(".expected.json").read_text(encoding="utf-8"))
    parsed = parse_message(sample.read_bytes())
    assert parsed.message_id == expected["message_id"]
    assert parsed.message_id_generated == expected["message_id_generated"]
    assert parsed.subject == expected["subject"]
    assert parsed.sender == expected["sender"]
    assert parsed.body_text.strip().startswith(expected["body_starts_with"])
    got = [
        {
            "filename": p.filename,
            "declared_type": p.declared_type,
            "origin": p.origin,
            "size": len(p.data),
        }
        for p in parsed.parts
    ]
    assert got == expected["parts"]
    assert len(parsed.forwarded) == expected["forwarded"]
    assert parsed.report_type == expected["report_type"]
    assert bool(parsed.defects) == expected["has_defects"]


def test_every_sample_has_an_expectation() -> None:
    assert CASES
    for sample in CASES:
        assert sample.with_suffix(".expected.json").exists(), sample.name


def _message(body: str = "Please find attached our action plan.", transit: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Autorité CITES <cites@environnement.gouv.fr>"
    msg["To"] = "submissions@cites.example"
    msg["Subject"] = "Notification 2021/008 – plan d'action"
    msg["Date"] = "Mon, 15 Feb 2021 10:31:00 +0100"
    msg.set_content(body)
    msg.add_attachment(
        b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="Plan d'action.pdf"
    )
    return transit.encode() + msg.as_bytes()


def test_transit_headers_do_not_change_identity() -> None:
    first = parse_message(
        _message(transit="Received: from a by b; Mon, 15 Feb 2021 10:31:52 +0100\n")
    )
    second = parse_message(
        _message(
            transit="Received: from c by d; Mon, 15 Feb 2021 11:02:17 +0100\nDelivered-To: x@y\n"
        )
    )
    assert first.fingerprint == second.fingerprint
    # No Message-ID header: the generated one is stable across deliveries, and marked generated.
    assert first.message_id == second.message_id
    assert first.message_id_generated and first.message_id.endswith("@intake.invalid")


def test_different_content_gives_a_different_fingerprint() -> None:
    assert parse_message(_message("A")).fingerprint != parse_message(_message("B")).fingerprint


def test_encoded_subject_and_sender_are_decoded() -> None:
    parsed = parse_message(_message())
    assert parsed.subject == "Notification 2021/008 – plan d'action"
    assert parsed.sender_name == "Autorité CITES"
    assert parsed.sender == "cites@environnement.gouv.fr"
    assert [p.filename for p in parsed.parts] == ["Plan d'action.pdf"]


def test_html_only_body_becomes_text() -> None:
    msg = EmailMessage()
    msg["From"] = "a@b.org"
    msg["Message-ID"] = "<html-only@example>"
    msg.set_content(
        "<html><head><style>p{color:red}</style></head><body><p>Estimada Secretaría,</p>"
        "<p>Adjunto el protocolo&nbsp;de manejo.</p><script>x()</script></body></html>",
        subtype="html",
    )
    parsed = parse_message(msg.as_bytes())
    assert parsed.body_text == "Estimada Secretaría,\n\nAdjunto el protocolo de manejo."


def test_received_dates_are_read_topmost_first() -> None:
    raw = (
        b"Received: from mx by imap; Tue, 02 Mar 2021 10:48:00 +0100\n"
        b"Received: from out by mx; Tue, 02 Mar 2021 10:47:00 +0100\n"
        b"Date: Fri, 26 Feb 2021 18:00:00 +0000\nFrom: a@defra.gov.uk\nMessage-ID: <r@x>\n\nbody\n"
    )
    parsed = parse_message(raw)
    assert [d.isoformat() for d in parsed.received_dates] == [
        "2021-03-02T09:48:00+00:00",
        "2021-03-02T09:47:00+00:00",
    ]
    assert parsed.date is not None and parsed.date.isoformat() == "2021-02-26T18:00:00+00:00"


@pytest.mark.parametrize("raw", [b"", b"   \r\n"])
def test_unparseable_input_raises_the_recorded_error(raw: bytes) -> None:
    with pytest.raises(MessageParseError):
        parse_message(raw)
