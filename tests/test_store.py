"""The ledger and the uniqueness rules are enforced by the database, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from intake.domain import RawMessage
from intake.errors import StoreError
from store.db import connect, normalise_url, redact
from store.ledger import Ledger
from store.models import Submission


def _raw(uid: int, uidvalidity: int = 7) -> RawMessage:
    return RawMessage(raw=b"Subject: x\r\n\r\nbody", source="imap://u@h", folder="INBOX",
                      location=f"INBOX;UIDVALIDITY={uidvalidity};UID={uid}",
                      internaldate=dt.datetime(2021, 2, 1, tzinfo=dt.UTC),
                      uidvalidity=uidvalidity, uid=uid)  # fmt: skip


def test_a_delivery_is_recorded_once_and_advances_the_cursor(engine: Engine) -> None:
    ledger = Ledger(engine)
    assert ledger.cursor("imap://u@h", "INBOX") == (None, 0)
    first = ledger.record_delivery(_raw(5), "a" * 64, "run1")
    assert first is not None
    assert ledger.record_delivery(_raw(5), "a" * 64, "run2") is None
    assert ledger.cursor("imap://u@h", "INBOX") == (7, 5)
    ledger.record_delivery(_raw(9), "b" * 64, "run2")
    assert ledger.cursor("imap://u@h", "INBOX") == (7, 9)
    ledger.record_delivery(_raw(1, uidvalidity=8), "c" * 64, "run3")
    assert ledger.cursor("imap://u@h", "INBOX") == (8, 1)
    assert ledger.known(_raw(9).delivery_key)
    assert ledger.pending(3) == sorted(ledger.pending(3)) and len(ledger.pending(3)) == 3


def test_one_submission_per_message_id_and_fingerprint(engine: Engine) -> None:
    with Session(engine) as session:
        session.add(Submission(message_id="m@x", fingerprint="f" * 64, raw_sha256="a" * 64))
        session.commit()
    with Session(engine) as session:
        session.add(Submission(message_id="m@x", fingerprint="f" * 64, raw_sha256="b" * 64))
        with pytest.raises(IntegrityError):
            session.commit()
    with Session(engine) as session:  # same Message-ID, other content: a different message
        session.add(Submission(message_id="m@x", fingerprint="e" * 64, raw_sha256="b" * 64))
        session.commit()


def test_timestamps_round_trip_in_utc(engine: Engine) -> None:
    moment = dt.datetime(2021, 2, 28, 23, 0, 0, tzinfo=dt.UTC)
    with Session(engine) as session:
        row = Submission(
            message_id="t@x", fingerprint="0" * 64, raw_sha256="0" * 64, received_at=moment
        )
        session.add(row)
        session.commit()
        session.refresh(row)
        stored = row.received_at
    assert stored is not None
    assert stored.replace(tzinfo=stored.tzinfo or dt.UTC) == moment


def test_urls_are_normalised_and_redacted() -> None:
    assert normalise_url("postgres://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalise_url("data/intake.db") == "sqlite:///data/intake.db"
    assert "secret" not in redact("postgresql+psycopg://u:secret@h/db")


def test_unreachable_database_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot open database"):
        connect("postgresql://nobody@127.0.0.1:1/nothing")
