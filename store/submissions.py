"""Writing what the pipeline learned, and what reviewers decide.

A submission, its documents, decisions and flags are written in one transaction with the
delivery's status, so a crash leaves either all of it or none of it. A reviewer's correction is
a decision row of its own; the effective value on the submission or document is the newest
correction if there is one, else the newest automatic decision, so a re-run never undoes a review.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, delete, select

from classifiers.resubmission import EarlierSubmission
from intake.domain import Decision, Extraction, ParsedMessage, Part
from store.models import DecisionRow, Delivery, Document, Flag, Note, SpeciesRow, Submission, utcnow

MESSAGE_FIELDS = {
    "supersedes": "supersedes_id",
    "kind": "kind",
    "call": "call_reference",
    "party": "party",
    "language": "language",
    "late": "late",
}
DOCUMENT_FIELDS = {"doc_type": "doc_type", "language": "language", "confidential": "confidential"}


@dataclass(frozen=True)
class DocumentResult:
    part: Part
    extraction: Extraction
    decisions: tuple[Decision, ...]
    other_languages: tuple[str, ...] = ()
    species: tuple[tuple[str, str, int], ...] = ()  # (name, genus, count)


@dataclass(frozen=True)
class MessageResult:
    parsed: ParsedMessage
    raw_sha256: str
    received_at: dt.datetime
    decisions: tuple[Decision, ...]
    documents: tuple[DocumentResult, ...]
    flags: tuple[tuple[int | None, str, str], ...]  # (document index, code, detail)


def _as_column(name: str, value: str | None) -> object:
    if name in ("late", "confidential"):
        return None if value is None else value == "true"
    if name == "supersedes":
        return int(value) if value and value.isdigit() else None
    return value


def find_submission(engine: Engine, message_id: str, fingerprint: str) -> Submission | None:
    with Session(engine) as session:
        return session.exec(
            select(Submission).where(
                Submission.message_id == message_id, Submission.fingerprint == fingerprint
            )
        ).first()


def link_duplicate(engine: Engine, delivery_id: int, submission_id: int) -> None:
    with Session(engine) as session:
        delivery = session.get(Delivery, delivery_id)
        if delivery is not None:
            delivery.status = "duplicate"
            delivery.submission_id = submission_id
            delivery.last_error = None
            session.add(delivery)
            session.commit()


def _reviewed(session: Session, submission_id: int) -> dict[tuple[int | None, str], str | None]:
    rows = session.exec(
        select(DecisionRow)
        .where(DecisionRow.submission_id == submission_id, DecisionRow.origin == "review")
        .order_by(col(DecisionRow.created_at), col(DecisionRow.id))
    ).all()
    return {(row.document_id, row.name): row.value for row in rows}


def _upsert_submission(session: Session, result: MessageResult) -> Submission:
    parsed = result.parsed
    submission = session.exec(
        select(Submission).where(
            Submission.message_id == parsed.message_id, Submission.fingerprint == parsed.fingerprint
        )
    ).first()
    if submission is None:
        submission = Submission(
            message_id=parsed.message_id,
            fingerprint=parsed.fingerprint,
            raw_sha256=result.raw_sha256,
        )
    submission.message_id_generated = parsed.message_id_generated
    submission.subject = parsed.subject
    submission.sender = parsed.sender
    submission.sender_name = parsed.sender_name
    submission.sent_at = parsed.date
    submission.received_at = result.received_at
    submission.body_text = parsed.body_text
    submission.forwarded_text = "\n\n".join(f.text for f in parsed.forwarded)
    submission.in_reply_to = " ".join(parsed.in_reply_to)
    submission.status = "processed"
    submission.error = None
    submission.updated_at = utcnow()
    for decision in result.decisions:
        if decision.name in MESSAGE_FIELDS:
            setattr(
                submission, MESSAGE_FIELDS[decision.name], _as_column(decision.name, decision.value)
            )
    session.add(submission)
    session.flush()
    return submission


def _upsert_document(
    session: Session, submission_id: int, doc: DocumentResult, blob: str
) -> Document:
    row = session.exec(
        select(Document).where(
            Document.submission_id == submission_id, Document.part_path == doc.part.path
        )
    ).first()
    if row is None:
        row = Document(
            submission_id=submission_id,
            part_path=doc.part.path,
            filename="",
            sha256=blob,
            media_type="",
        )
    part, extraction = doc.part, doc.extraction
    row.filename = part.filename
    row.original_filename = part.original_filename
    row.sha256 = blob
    row.size = len(part.data)
    row.media_type = part.media_type or extraction.media_type
    row.declared_type = part.declared_type
    row.origin = part.origin
    row.container = part.container
    row.text = extraction.text
    row.text_chars = len(extraction.text)
    row.pages = extraction.pages
    row.error = part.error or extraction.error
    row.other_languages = ",".join(doc.other_languages)
    for decision in doc.decisions:
        if decision.name in DOCUMENT_FIELDS:
            setattr(row, DOCUMENT_FIELDS[decision.name], _as_column(decision.name, decision.value))
    session.add(row)
    session.flush()
    return row


def save_result(
    engine: Engine, delivery_id: int, result: MessageResult, blobs: Sequence[str], run_id: str
) -> tuple[int, bool]:
    """Write a processed message; returns (submission id, whether it is new)."""
    with Session(engine) as session:
        existing = session.exec(
            select(Submission.id).where(
                Submission.message_id == result.parsed.message_id,
                Submission.fingerprint == result.parsed.fingerprint,
            )
        ).first()
        submission = _upsert_submission(session, result)
        assert submission.id is not None
        sid = submission.id
        documents = [
            _upsert_document(session, sid, d, b)
            for d, b in zip(result.documents, blobs, strict=True)
        ]
        kept_paths = {d.part.path for d in result.documents}
        for stale in session.exec(select(Document).where(Document.submission_id == sid)).all():
            if stale.part_path not in kept_paths:
                session.exec(delete(DecisionRow).where(col(DecisionRow.document_id) == stale.id))
                session.exec(delete(SpeciesRow).where(col(SpeciesRow.document_id) == stale.id))
                session.delete(stale)
        for decision in result.decisions:
            session.add(_row(sid, None, decision, run_id))
        for doc, row in zip(result.documents, documents, strict=True):
            for decision in doc.decisions:
                session.add(_row(sid, row.id, decision, run_id))
            session.exec(delete(SpeciesRow).where(col(SpeciesRow.document_id) == row.id))
            for name, genus, count in doc.species:
                assert row.id is not None
                session.add(
                    SpeciesRow(
                        document_id=row.id,
                        submission_id=sid,
                        name=name[:200],
                        genus=genus[:100],
                        count=count,
                    )
                )
        session.exec(
            delete(Flag).where(col(Flag.submission_id) == sid, col(Flag.resolved).is_(False))
        )
        resolved = {
            (f.target, f.code) for f in session.exec(select(Flag).where(Flag.submission_id == sid))
        }
        seen: set[tuple[str, str]] = set()
        for index, code, detail in result.flags:
            target = "" if index is None else f"document:{documents[index].id}"
            if (target, code) in resolved or (target, code) in seen:
                continue
            seen.add((target, code))
            session.add(Flag(submission_id=sid, target=target, code=code, detail=detail[:2000]))
        _apply_reviews(session, submission, documents)
        delivery = session.get(Delivery, delivery_id)
        if delivery is not None:
            delivery.status = "processed"
            delivery.submission_id = sid
            delivery.last_error = None
            delivery.attempts += 1
            session.add(delivery)
        session.commit()
        return sid, existing is None


def _row(sid: int, document_id: int | None, decision: Decision, run_id: str) -> DecisionRow:
    return DecisionRow(
        submission_id=sid,
        document_id=document_id,
        name=decision.name,
        value=decision.value,
        confidence=decision.confidence,
        evidence=decision.evidence[:4000],
        origin="auto",
        run_id=run_id,
    )


def _apply_reviews(session: Session, submission: Submission, documents: Sequence[Document]) -> None:
    assert submission.id is not None
    reviewed = _reviewed(session, submission.id)
    by_id = {d.id: d for d in documents}
    for (document_id, name), value in reviewed.items():
        if document_id is None and name in MESSAGE_FIELDS:
            setattr(submission, MESSAGE_FIELDS[name], _as_column(name, value))
        elif document_id in by_id and name in DOCUMENT_FIELDS:
            setattr(by_id[document_id], DOCUMENT_FIELDS[name], _as_column(name, value))
    session.add(submission)


def save_failure(
    engine: Engine,
    delivery_id: int,
    parsed_id: str,
    raw_sha256: str,
    received_at: dt.datetime,
    error: str,
) -> int:
    """Record a message that could not be parsed at all: the raw bytes stay archived."""
    with Session(engine) as session:
        submission = session.exec(
            select(Submission).where(
                Submission.message_id == parsed_id, Submission.fingerprint == raw_sha256
            )
        ).first()
        if submission is None:
            submission = Submission(
                message_id=parsed_id,
                message_id_generated=True,
                fingerprint=raw_sha256,
                raw_sha256=raw_sha256,
                kind="other",
            )
        submission.status = "failed"
        submission.error = error
        submission.received_at = received_at
        submission.updated_at = utcnow()
        session.add(submission)
        session.flush()
        assert submission.id is not None
        flag = session.exec(
            select(Flag).where(Flag.submission_id == submission.id, Flag.code == "unparseable")
        ).first()
        if flag is None:
            session.add(Flag(submission_id=submission.id, code="unparseable", detail=error))
        delivery = session.get(Delivery, delivery_id)
        if delivery is not None:
            delivery.status = "processed"
            delivery.submission_id = submission.id
            delivery.last_error = error
            delivery.attempts += 1
            session.add(delivery)
        session.commit()
        return submission.id


def thread_call(engine: Engine, message_ids: Sequence[str]) -> str | None:
    """The call of a stored message this one replies to, if any."""
    with Session(engine) as session:
        found = session.exec(
            select(Submission.call_reference)
            .where(col(Submission.message_id).in_(list(message_ids)))
            .where(col(Submission.call_reference).is_not(None))
        ).first()
        return found


def review(
    engine: Engine,
    submission_id: int,
    reviewer: str,
    *,
    status: str | None = None,
    corrections: Sequence[tuple[int | None, str, str | None]] = (),
    note: str | None = None,
) -> None:
    """A reviewer's action: accept/reject, correct decisions (document id, name, value), note."""
    with Session(engine) as session:
        submission = session.get(Submission, submission_id)
        if submission is None:
            raise KeyError(submission_id)
        if status is not None:
            submission.review_status = status
            session.add(
                DecisionRow(
                    submission_id=submission_id,
                    name="review_status",
                    value=status,
                    origin="review",
                    reviewer=reviewer,
                )
            )
            if status in ("accepted", "rejected"):
                for flag in session.exec(select(Flag).where(Flag.submission_id == submission_id)):
                    flag.resolved = True
                    session.add(flag)
        for document_id, name, value in corrections:
            session.add(
                DecisionRow(
                    submission_id=submission_id,
                    document_id=document_id,
                    name=name,
                    value=value,
                    origin="review",
                    reviewer=reviewer,
                    evidence="reviewer correction",
                )
            )
        if note:
            session.add(Note(submission_id=submission_id, author=reviewer, text=note))
        session.flush()
        documents = session.exec(
            select(Document).where(Document.submission_id == submission_id)
        ).all()
        _apply_reviews(session, submission, documents)
        submission.updated_at = utcnow()
        session.commit()


def earlier_submissions(
    engine: Engine, party: str, call: str, before: dt.datetime, message_id: str
) -> list[EarlierSubmission]:
    """The Party's earlier processed submissions for the call (for linking a new version)."""
    with Session(engine) as session:
        rows = session.exec(
            select(Submission).where(
                Submission.party == party,
                Submission.call_reference == call,
                Submission.kind == "submission",
                Submission.status == "processed",
                Submission.message_id != message_id,
                col(Submission.received_at) <= before,
            )
        ).all()
        result = []
        for row in rows:
            docs = session.exec(select(Document).where(Document.submission_id == row.id)).all()
            assert row.id is not None
            result.append(
                EarlierSubmission(
                    row.id,
                    row.message_id,
                    row.received_at,
                    tuple(d.filename for d in docs),
                    tuple(d.doc_type for d in docs),
                )
            )
        return result
