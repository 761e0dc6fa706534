"""The database: SQLModel tables, the same on SQLite and PostgreSQL.

call           the calls for submissions, copied from config/calls at start
mailbox_state  per source and folder: UIDVALIDITY and the last UID stored
delivery       every copy of a message fetched, its raw bytes archived first (the ledger)
submission     one per distinct message (Message-ID + content fingerprint)
document       one per file a submission carries (archives replaced by their members)
decision       every automatic decision and every reviewer correction, with evidence
flag           what needs a reviewer's attention
event          processing events and errors, per run
run            one row per poll
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, DateTime, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _ts(nullable: bool = True) -> Column[dt.datetime]:
    return Column(DateTime(timezone=True), nullable=nullable)


class CallRow(SQLModel, table=True):
    __tablename__ = "call"

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(unique=True, index=True, max_length=100)
    title_en: str = Field(sa_column=Column(Text, nullable=False))
    deadline: dt.date | None = None
    timezone: str = Field(max_length=64)


class MailboxState(SQLModel, table=True):
    __tablename__ = "mailbox_state"
    __table_args__ = (UniqueConstraint("source", "folder"),)

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=500)
    folder: str = Field(default="", max_length=500)
    uidvalidity: int | None = None
    last_uid: int = 0
    last_run_at: dt.datetime | None = Field(default=None, sa_column=_ts())
    last_error: str | None = Field(default=None, sa_column=Column(Text))


class Delivery(SQLModel, table=True):
    """One fetched copy of a message. The raw bytes are archived before this row is written."""

    __tablename__ = "delivery"
    __table_args__ = (UniqueConstraint("source", "folder", "uidvalidity", "uid"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=1000)
    source: str = Field(max_length=500)
    folder: str = Field(default="", max_length=500)
    uidvalidity: int | None = None
    uid: int | None = None
    raw_sha256: str = Field(index=True, max_length=64)
    raw_size: int = 0
    internaldate: dt.datetime | None = Field(default=None, sa_column=_ts())
    fetched_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts(False))
    status: str = Field(
        default="stored", index=True, max_length=20
    )  # stored|processed|duplicate|failed
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    submission_id: int | None = Field(default=None, foreign_key="submission.id", index=True)
    run_id: str | None = Field(default=None, max_length=40)


class Submission(SQLModel, table=True):
    """One distinct message: duplicated deliveries of it point here."""

    __tablename__ = "submission"
    __table_args__ = (UniqueConstraint("message_id", "fingerprint"),)

    id: int | None = Field(default=None, primary_key=True)
    message_id: str = Field(index=True, max_length=500)
    message_id_generated: bool = False
    fingerprint: str = Field(max_length=64)
    raw_sha256: str = Field(max_length=64)
    kind: str = Field(default="submission", max_length=20)
    subject: str = Field(default="", sa_column=Column(Text, nullable=False))
    sender: str = Field(default="", max_length=500)
    sender_name: str = Field(default="", max_length=500)
    sent_at: dt.datetime | None = Field(default=None, sa_column=_ts())
    received_at: dt.datetime | None = Field(default=None, sa_column=_ts())
    call_reference: str | None = Field(default=None, index=True, max_length=100)
    party: str | None = Field(default=None, index=True, max_length=8)
    language: str | None = Field(default=None, max_length=8)
    late: bool | None = None
    body_text: str = Field(default="", sa_column=Column(Text, nullable=False))
    forwarded_text: str = Field(default="", sa_column=Column(Text, nullable=False))
    in_reply_to: str = Field(default="", sa_column=Column(Text, nullable=False))
    status: str = Field(default="processed", max_length=20)  # processed | failed
    # A corrected version of an earlier submission from the same Party links to it.
    supersedes_id: int | None = Field(default=None, foreign_key="submission.id", index=True)
    error: str | None = Field(default=None, sa_column=Column(Text))
    review_status: str = Field(
        default="pending", index=True, max_length=20
    )  # pending|accepted|rejected
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts(False))
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts(False))


class Document(SQLModel, table=True):
    __tablename__ = "document"
    __table_args__ = (UniqueConstraint("submission_id", "part_path"),)

    id: int | None = Field(default=None, primary_key=True)
    submission_id: int = Field(foreign_key="submission.id", index=True)
    part_path: str = Field(max_length=1000)
    filename: str = Field(sa_column=Column(Text, nullable=False))
    original_filename: str = Field(default="", sa_column=Column(Text, nullable=False))
    sha256: str = Field(index=True, max_length=64)
    size: int = 0
    media_type: str = Field(max_length=200)
    declared_type: str = Field(default="", max_length=200)
    origin: str = Field(default="attachment", max_length=20)
    container: str = Field(default="", sa_column=Column(Text, nullable=False))
    language: str | None = Field(default=None, max_length=8)
    other_languages: str = Field(default="", max_length=100)
    doc_type: str = Field(default="other", max_length=40)
    confidential: bool = True
    text: str = Field(default="", sa_column=Column(Text, nullable=False))
    text_chars: int = 0
    pages: int | None = None
    error: str | None = Field(default=None, sa_column=Column(Text))


class SpeciesRow(SQLModel, table=True):
    """A Latin name found in a document ("Psittacus erithacus", "Manis spp."), for search."""

    __tablename__ = "species_mention"
    __table_args__ = (UniqueConstraint("document_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    submission_id: int = Field(foreign_key="submission.id", index=True)
    name: str = Field(index=True, max_length=200)
    genus: str = Field(index=True, max_length=100)
    count: int = 1


class DecisionRow(SQLModel, table=True):
    """An automatic decision or a reviewer's correction; the newest review wins over any auto."""

    __tablename__ = "decision"

    id: int | None = Field(default=None, primary_key=True)
    submission_id: int = Field(foreign_key="submission.id", index=True)
    document_id: int | None = Field(default=None, foreign_key="document.id", index=True)
    name: str = Field(max_length=40)
    value: str | None = Field(default=None, sa_column=Column(Text))
    confidence: float = 1.0
    evidence: str = Field(default="", sa_column=Column(Text, nullable=False))
    origin: str = Field(default="auto", max_length=10)  # auto | review
    reviewer: str | None = Field(default=None, max_length=200)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts(False))
    run_id: str | None = Field(default=None, max_length=40)


class Flag(SQLModel, table=True):
    __tablename__ = "flag"
    __table_args__ = (UniqueConstraint("submission_id", "target", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    submission_id: int = Field(foreign_key="submission.id", index=True)
    target: str = Field(default="", max_length=40)  # "" for the message, "document:<id>"
    code: str = Field(max_length=60)
    detail: str = Field(default="", sa_column=Column(Text, nullable=False))
    resolved: bool = False
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts(False))


class Note(SQLModel, table=True):
    __tablename__ = "note"

    id: int | None = Field(default=None, primary_key=True)
    submission_id: int = Field(foreign_key="submission.id", index=True)
    author: str = Field(max_length=200)
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts(False))


class Event(SQLModel, table=True):
    __tablename__ = "event"

    id: int | None = Field(default=None, primary_key=True)
    run_id: str | None = Field(default=None, index=True, max_length=40)
    delivery_id: int | None = Field(default=None, foreign_key="delivery.id", index=True)
    submission_id: int | None = Field(default=None, foreign_key="submission.id", index=True)
    stage: str = Field(max_length=40)
    level: str = Field(default="info", max_length=10)
    detail: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts(False))


class Run(SQLModel, table=True):
    __tablename__ = "run"

    id: str = Field(primary_key=True, max_length=40)
    source: str = Field(default="", sa_column=Column(Text, nullable=False))
    started_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts(False))
    finished_at: dt.datetime | None = Field(default=None, sa_column=_ts())
    status: str = Field(default="running", max_length=20)  # running | ok | partial | failed
    fetched: int = 0
    new_submissions: int = 0
    duplicates: int = 0
    failed: int = 0
    error: str | None = Field(default=None, sa_column=Column(Text))
