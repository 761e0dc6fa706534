"""What intake told people: acknowledgements of receipt, and the daily digests.

acknowledgement  one row per submission (UNIQUE): the decision to acknowledge it or not, and
                 what became of the e-mail (sending | sent | skipped | failed)
digest           one row per digest sent (or tried): the period it covered

The row of an acknowledgement is written (claimed) before the e-mail is handed to the SMTP
server, so the database, not a check in Python, makes a second acknowledgement impossible, even
with two runs at once; a crash between the two leaves `sending`, which is never sent again.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Column, DateTime, Text, func
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, Session, SQLModel, col, select

from store.models import Delivery, Document, Flag, MailboxState, Submission, utcnow

ACK_STATUSES = ("sending", "sent", "skipped", "failed")


def _ts(nullable: bool = True) -> Column[dt.datetime]:
    return Column(DateTime(timezone=True), nullable=nullable)


def as_utc(moment: dt.datetime) -> dt.datetime:
    """A stored time as an aware UTC datetime (SQLite hands back naive UTC values)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


class Acknowledgement(SQLModel, table=True):
    __tablename__ = "acknowledgement"

    id: int | None = Field(default=None, primary_key=True)
    submission_id: int = Field(foreign_key="submission.id", unique=True)
    recipient: str = Field(default="", index=True, max_length=320)
    language: str = Field(default="", max_length=8)
    status: str = Field(index=True, max_length=20)  # sending | sent | skipped | failed
    reason: str = Field(default="", sa_column=Column(Text, nullable=False))
    message_id: str = Field(default="", max_length=500)
    decided_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts(False))
    sent_at: dt.datetime | None = Field(default=None, sa_column=_ts())


class DigestRecord(SQLModel, table=True):
    __tablename__ = "digest"

    id: int | None = Field(default=None, primary_key=True)
    period_start: dt.datetime = Field(sa_column=_ts(False))
    period_end: dt.datetime = Field(sa_column=_ts(False))
    recipients: str = Field(default="", sa_column=Column(Text, nullable=False))
    status: str = Field(max_length=20)  # sent | failed
    error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts(False))


@dataclass(frozen=True)
class AckCandidate:
    """A processed submission that has no acknowledgement decision yet."""

    submission_id: int
    message_id: str
    message_id_generated: bool
    raw_sha256: str
    kind: str
    subject: str
    sender: str
    sender_name: str
    received_at: dt.datetime | None
    call_reference: str | None
    language: str | None
    late: bool | None
    filenames: tuple[str, ...]


def ack_candidates(
    engine: Engine, since: dt.datetime, only: Collection[int] | None = None
) -> list[AckCandidate]:
    """Processed submissions received since `since` with no acknowledgement row, oldest first."""
    with Session(engine) as session:
        query = (
            select(Submission)
            .outerjoin(Acknowledgement, col(Acknowledgement.submission_id) == col(Submission.id))
            .where(
                col(Acknowledgement.id).is_(None),
                Submission.status == "processed",
                col(Submission.received_at) >= as_utc(since),
            )
            .order_by(col(Submission.id))
        )
        if only is not None:
            query = query.where(col(Submission.id).in_(list(only)))
        rows = session.exec(query).all()
        ids = [r.id for r in rows]
        names: dict[int, list[str]] = defaultdict(list)
        for submission_id, filename in session.exec(
            select(Document.submission_id, Document.filename)
            .where(col(Document.submission_id).in_(ids))
            .order_by(col(Document.id))
        ).all():
            names[submission_id].append(filename)
    return [
        AckCandidate(
            submission_id=r.id,
            message_id=r.message_id,
            message_id_generated=r.message_id_generated,
            raw_sha256=r.raw_sha256,
            kind=r.kind,
            subject=r.subject,
            sender=r.sender,
            sender_name=r.sender_name,
            received_at=as_utc(r.received_at) if r.received_at else None,
            call_reference=r.call_reference,
            language=r.language,
            late=r.late,
            filenames=tuple(names[r.id]),
        )
        for r in rows
        if r.id is not None
    ]


def _insert(engine: Engine, row: Acknowledgement) -> int | None:
    """Insert an acknowledgement row; None when the submission already has one."""
    with Session(engine) as session:
        session.add(row)
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return None
        return row.id


def record_skip(engine: Engine, submission_id: int, reason: str, recipient: str = "") -> bool:
    """Record that a submission is not acknowledged, and why; False if it was already decided."""
    row = Acknowledgement(
        submission_id=submission_id, recipient=recipient, status="skipped", reason=reason[:2000]
    )
    return _insert(engine, row) is not None


def claim(
    engine: Engine, submission_id: int, recipient: str, language: str, message_id: str
) -> int | None:
    """Claim the one acknowledgement of a submission before sending it; None: already claimed."""
    row = Acknowledgement(
        submission_id=submission_id,
        recipient=recipient,
        language=language,
        status="sending",
        message_id=message_id,
    )
    return _insert(engine, row)


def finish(engine: Engine, ack_id: int, status: str, reason: str = "") -> None:
    """What became of a claimed acknowledgement: sent, or failed (with the server's answer)."""
    with Session(engine) as session:
        row = session.get(Acknowledgement, ack_id)
        if row is None:
            raise KeyError(ack_id)
        row.status = status
        row.reason = reason[:2000]
        if status == "sent":
            row.sent_at = utcnow()
        session.add(row)
        session.commit()


def acknowledgements_to(engine: Engine, recipient: str, since: dt.datetime) -> int:
    """How many acknowledgements went (or were attempted) to an address since a moment."""
    with Session(engine) as session:
        count = session.exec(
            select(func.count())
            .select_from(Acknowledgement)
            .where(
                Acknowledgement.recipient == recipient,
                col(Acknowledgement.status).in_(("sending", "sent", "failed")),
                col(Acknowledgement.decided_at) >= as_utc(since),
            )
        ).one()
    return int(count)


def last_digest_end(engine: Engine) -> dt.datetime | None:
    """The end of the period covered by the last digest that was sent."""
    with Session(engine) as session:
        end = session.exec(
            select(func.max(DigestRecord.period_end)).where(DigestRecord.status == "sent")
        ).one()
    return as_utc(end) if end is not None else None


def record_digest(
    engine: Engine,
    start: dt.datetime,
    end: dt.datetime,
    recipients: str,
    error: str | None = None,
) -> None:
    with Session(engine) as session:
        session.add(
            DigestRecord(
                period_start=as_utc(start),
                period_end=as_utc(end),
                recipients=recipients,
                status="failed" if error else "sent",
                error=error,
            )
        )
        session.commit()


@dataclass(frozen=True)
class DigestLine:
    """One new message, as the digest lists it."""

    submission_id: int
    received_at: dt.datetime | None
    kind: str
    party: str | None
    call_reference: str | None
    language: str | None
    late: bool | None
    status: str
    sender: str
    subject: str
    documents: int
    flags: tuple[str, ...]


@dataclass(frozen=True)
class DigestFacts:
    """Everything the digest reports, read in one go."""

    since: dt.datetime
    until: dt.datetime
    new: tuple[DigestLine, ...]
    open_flags: dict[str, tuple[int, ...]]  # code -> submissions with that open flag
    awaiting_review: int
    mailbox_errors: tuple[tuple[str, str, str], ...]  # source, folder, error
    failed_deliveries: tuple[tuple[int, str], ...]  # delivery id, last error
    failed_acknowledgements: tuple[tuple[int, str, str], ...]  # submission id, recipient, reason


def digest_facts(engine: Engine, since: dt.datetime, until: dt.datetime) -> DigestFacts:
    """New messages filed in [since, until), open flags, mailboxes in error, failures."""
    since, until = as_utc(since), as_utc(until)
    with Session(engine) as session:
        new = session.exec(
            select(Submission)
            .where(col(Submission.created_at) >= since, col(Submission.created_at) < until)
            .order_by(col(Submission.id))
        ).all()
        new_ids = [s.id for s in new]
        documents: dict[int, int] = dict(
            session.exec(
                select(Document.submission_id, func.count())
                .where(col(Document.submission_id).in_(new_ids))
                .group_by(col(Document.submission_id))
            ).all()
        )
        flags = session.exec(
            select(Flag.submission_id, Flag.code)
            .join(Submission, col(Submission.id) == col(Flag.submission_id))
            .where(col(Flag.resolved).is_(False), Submission.review_status == "pending")
            .order_by(col(Flag.submission_id))
        ).all()
        awaiting = session.exec(
            select(func.count())
            .select_from(Submission)
            .where(Submission.review_status == "pending", Submission.kind == "submission")
        ).one()
        boxes = session.exec(
            select(MailboxState)
            .where(col(MailboxState.last_error).is_not(None))
            .order_by(col(MailboxState.source))
        ).all()
        deliveries = session.exec(
            select(Delivery.id, Delivery.last_error)
            .where(Delivery.status == "failed")
            .order_by(col(Delivery.id))
        ).all()
        acks = session.exec(
            select(Acknowledgement)
            .where(
                Acknowledgement.status == "failed",
                col(Acknowledgement.decided_at) >= since,
                col(Acknowledgement.decided_at) < until,
            )
            .order_by(col(Acknowledgement.submission_id))
        ).all()
    by_code: dict[str, set[int]] = defaultdict(set)
    codes_of: dict[int, set[str]] = defaultdict(set)
    for submission_id, code in flags:
        by_code[code].add(submission_id)
        codes_of[submission_id].add(code)
    return DigestFacts(
        since=since,
        until=until,
        new=tuple(
            DigestLine(
                submission_id=s.id,
                received_at=as_utc(s.received_at) if s.received_at else None,
                kind=s.kind,
                party=s.party,
                call_reference=s.call_reference,
                language=s.language,
                late=s.late,
                status=s.status,
                sender=s.sender,
                subject=s.subject,
                documents=documents.get(s.id, 0),
                flags=tuple(sorted(codes_of[s.id])),
            )
            for s in new
            if s.id is not None
        ),
        open_flags={code: tuple(sorted(ids)) for code, ids in sorted(by_code.items())},
        awaiting_review=int(awaiting),
        mailbox_errors=tuple((b.source, b.folder, b.last_error or "") for b in boxes),
        failed_deliveries=tuple((i, e or "") for i, e in deliveries if i is not None),
        failed_acknowledgements=tuple((a.submission_id, a.recipient, a.reason) for a in acks),
    )
