"""Property-based fuzzing (hypothesis) of parse -> unpack -> extract on mutated real messages:
no unhandled exception, and through the pipeline the message is always recorded."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, col, select

from extractors import extract_isolated
from intake import isolation
from intake.calls import load_calls
from intake.domain import ParsedMessage
from intake.mime import MessageParseError, parse_message_in_process
from intake.pipeline import Pipeline, poll_once
from intake.settings import Settings
from intake.sources.local import FolderSource
from intake.unpack import ArchiveLimits, open_container
from store.db import connect
from store.models import Delivery
from tests.conftest import SAMPLES

LIMITS = ArchiveLimits(isolation=isolation.Limits(seconds=20))
DOCS = SAMPLES / "documents"


def _with_attachments() -> bytes:
    message = EmailMessage()
    message["From"] = "Ministère <cites@environnement.example>"
    message["To"] = "info@cites.example"
    message["Subject"] = "Réponse à la notification 2021/008"
    message["Message-ID"] = "<fuzz-seed@environnement.example>"
    message.set_content("Veuillez trouver ci-joint notre réponse.")
    for name in ("tika__testRTF.rtf", "tnefparse__two-files.tnef", "tika__testZipEncrypted.zip"):
        data = (DOCS / name).read_bytes()
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return message.as_bytes()


SEEDS = [
    *(p.read_bytes() for p in sorted((SAMPLES / "mime").glob("*.eml"))),
    _with_attachments(),
    (DOCS / "unstructured__fake-email-attachment.msg").read_bytes(),
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A seed message with a few byte-level mutations: flips, cuts, insertions, duplications."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(
            st.sampled_from(["flip", "cut", "insert", "duplicate", "truncate", "boundary"])
        )
        if action == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 200))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=40))
        elif action == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 400))]
        elif action == "truncate":
            del data[at:]
        else:
            data[at:at] = b"\r\n--" + draw(st.sampled_from([b"", b"x", b"--", b"=_"])) + b"\r\n"
    return bytes(data)


def _read_everything(parsed: ParsedMessage) -> None:
    for part in parsed.parts:
        for document in open_container(part, LIMITS) if part.data else [part]:
            if not document.error:
                result = extract_isolated(document.data, document.media_type, LIMITS.isolation)
                assert "\x00" not in result.text


@settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(raw=mutated())
def test_parse_unpack_extract_never_raises(raw: bytes) -> None:
    try:
        parsed = parse_message_in_process(raw)
    except MessageParseError:
        return  # recorded by the pipeline as an unparseable message
    assert "\x00" not in parsed.body_text + parsed.subject
    _read_everything(parsed)


@settings(max_examples=1000, deadline=None, database=None)
@given(raw=st.binary(max_size=2000))
def test_random_bytes_parse_or_raise_the_typed_error(raw: bytes) -> None:
    with contextlib.suppress(MessageParseError):
        parse_message_in_process(raw)


_serial = itertools.count()


@pytest.fixture(scope="module")
def fuzz_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pipeline]:
    """One SQLite pipeline for all examples (hypothesis runs them in one test call)."""
    workdir = tmp_path_factory.mktemp("fuzz")
    settings_ = Settings(data_dir=workdir / "data")
    engine = connect(settings_.db_url)
    yield Pipeline(settings_, engine, load_calls())
    engine.dispose()


@settings(
    max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(raw=mutated())
def test_every_mutated_message_is_recorded_by_the_pipeline(
    fuzz_pipeline: Pipeline, raw: bytes
) -> None:
    name = f"{next(_serial)}-{hashlib.sha256(raw).hexdigest()[:12]}.eml"
    inbox = fuzz_pipeline.settings.data_dir.parent / "inbox"
    inbox.mkdir(exist_ok=True)
    (inbox / name).write_bytes(raw)
    report = poll_once(fuzz_pipeline, FolderSource(inbox, only=name))
    assert report.fetched == 1 and not report.errors
    with Session(fuzz_pipeline.engine) as session:
        delivery = session.exec(
            select(Delivery).where(col(Delivery.key).startswith(f"{report.source}#{name}@"))
        ).one()
    # Recorded: an unparseable message too (as a failed submission with the reason); never a
    # delivery left 'failed' by an exception.
    assert delivery.status in ("processed", "duplicate")
    assert delivery.submission_id is not None
