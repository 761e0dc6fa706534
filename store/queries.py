"""Read side: the export, the triage queue, the status report.

Public reads go through `public_documents`, the one place that decides what the public may see:
documents not confidential, of submissions not rejected, and not held for review. A document is
held while an open confidentiality flag says the rules decided it with a doubt (the call's default,
a statement naming no document, an inference, a conflict) and no reviewer has confirmed it: on
mail nobody has read, most of the confidential documents the rules decide public are among these
(README, "Confidentiality"). Nothing else in intake filters for the public, so there is one rule
to audit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from store.models import (
    DecisionRow,
    Delivery,
    Document,
    Event,
    Flag,
    MailboxState,
    Note,
    Run,
    SpeciesRow,
    Submission,
)


@dataclass(frozen=True)
class SubmissionView:
    submission: Submission
    documents: tuple[Document, ...]
    flags: tuple[Flag, ...]
    notes: tuple[Note, ...] = ()
    decisions: tuple[DecisionRow, ...] = ()

    def current_decisions(self) -> list[DecisionRow]:
        """The decision in force per (document, name): the newest review, else the newest auto."""
        current: dict[tuple[int | None, str], DecisionRow] = {}
        for row in sorted(
            self.decisions, key=lambda r: (r.origin == "review", r.created_at, r.id or 0)
        ):
            current[(row.document_id, row.name)] = row
        return sorted(current.values(), key=lambda r: (r.document_id or 0, r.name))


def held_for_review(flags: Sequence[Flag], reviews: Sequence[DecisionRow] = ()) -> set[int]:
    """Documents an open confidentiality flag holds back from the public until a reviewer sets
    their confidentiality or decides the submission (which resolves its flags)."""
    confirmed = {
        r.document_id for r in reviews if r.origin == "review" and r.name == "confidential"
    }
    return {
        int(f.target.split(":", 1)[1])
        for f in flags
        if not f.resolved
        and (f.code.startswith("confidentiality_") or f.code == "low_confidence_confidential")
        and f.target.startswith("document:")
    } - {d for d in confirmed if d is not None}


def public_documents(
    documents: Sequence[Document],
    submission: Submission,
    held: set[int] | frozenset[int] = frozenset(),
) -> list[Document]:
    """The documents of one submission the public may see: never a confidential one, nothing of
    a rejected submission, nothing held for review."""
    if submission.review_status == "rejected":
        return []
    return [d for d in documents if d.confidential is False and d.id not in held]


def submissions(engine: Engine, batch: int = 200) -> Iterator[SubmissionView]:
    """Every submission with its documents and open flags, oldest first, streamed in batches."""
    last_id = 0
    while True:
        with Session(engine) as session:
            rows = session.exec(
                select(Submission)
                .where(col(Submission.id) > last_id)
                .order_by(col(Submission.id))
                .limit(batch)
            ).all()
            if not rows:
                return
            ids = [r.id for r in rows]
            docs = session.exec(
                select(Document)
                .where(col(Document.submission_id).in_(ids))
                .order_by(col(Document.id))
            ).all()
            flags = session.exec(
                select(Flag).where(col(Flag.submission_id).in_(ids), col(Flag.resolved).is_(False))
            ).all()
            reviews = session.exec(
                select(DecisionRow).where(
                    col(DecisionRow.submission_id).in_(ids), DecisionRow.origin == "review"
                )
            ).all()
        for row in rows:
            yield SubmissionView(
                row,
                tuple(d for d in docs if d.submission_id == row.id),
                tuple(f for f in flags if f.submission_id == row.id),
                decisions=tuple(r for r in reviews if r.submission_id == row.id),
            )
        last_id = rows[-1].id or last_id


def submission(engine: Engine, submission_id: int) -> SubmissionView | None:
    with Session(engine) as session:
        row = session.get(Submission, submission_id)
        if row is None:
            return None
        docs = session.exec(
            select(Document)
            .where(Document.submission_id == submission_id)
            .order_by(col(Document.id))
        ).all()
        flags = session.exec(select(Flag).where(Flag.submission_id == submission_id)).all()
        notes = session.exec(select(Note).where(Note.submission_id == submission_id)).all()
        decisions = session.exec(
            select(DecisionRow).where(DecisionRow.submission_id == submission_id)
        ).all()
        return SubmissionView(row, tuple(docs), tuple(flags), tuple(notes), tuple(decisions))


def queue(engine: Engine, include_done: bool = False) -> list[SubmissionView]:
    """The triage queue: submissions awaiting review, those with open flags first."""
    views = [
        v for v in submissions(engine) if include_done or v.submission.review_status == "pending"
    ]
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    views.sort(key=lambda v: (-len(v.flags), v.submission.received_at or epoch))
    return views


@dataclass(frozen=True)
class Status:
    submissions: dict[str, int]
    documents: int
    deliveries: dict[str, int]
    open_flags: int
    last_runs: tuple[Run, ...]
    mailboxes: tuple[MailboxState, ...]
    recent_errors: tuple[Event, ...]


def status(engine: Engine) -> Status:
    with Session(engine) as session:
        by_kind = dict(
            session.exec(select(Submission.kind, func.count()).group_by(Submission.kind)).all()
        )
        failed = session.exec(
            select(func.count()).select_from(Submission).where(Submission.status == "failed")
        ).one()
        by_kind["failed"] = int(failed)
        documents = session.exec(select(func.count()).select_from(Document)).one()
        deliveries = dict(
            session.exec(select(Delivery.status, func.count()).group_by(Delivery.status)).all()
        )
        open_flags = session.exec(
            select(func.count()).select_from(Flag).where(col(Flag.resolved).is_(False))
        ).one()
        runs = session.exec(select(Run).order_by(col(Run.started_at).desc()).limit(5)).all()
        boxes = session.exec(select(MailboxState).order_by(col(MailboxState.source))).all()
        errors = session.exec(
            select(Event)
            .where(Event.level == "error")
            .order_by(col(Event.created_at).desc())
            .limit(5)
        ).all()
    return Status(
        {str(k): int(v) for k, v in by_kind.items()},
        int(documents),
        {str(k): int(v) for k, v in deliveries.items()},
        int(open_flags),
        tuple(runs),
        tuple(boxes),
        tuple(errors),
    )


@dataclass(frozen=True)
class SpeciesHit:
    submission: Submission
    document: Document
    name: str
    count: int


def species_search(
    engine: Engine, name: str = "", genus: str = "", public: bool = False
) -> list[SpeciesHit]:
    """Documents naming a species or a genus, most mentions first; `public` hides confidential ones."""
    with Session(engine) as session:
        query = select(SpeciesRow, Document, Submission).where(
            SpeciesRow.document_id == Document.id, SpeciesRow.submission_id == Submission.id
        )
        if name:
            query = query.where(func.lower(SpeciesRow.name) == name.strip().lower())
        if genus:
            query = query.where(func.lower(SpeciesRow.genus) == genus.strip().lower())
        rows = session.exec(query.order_by(col(SpeciesRow.count).desc())).all()
    hits = [SpeciesHit(sub, doc, row.name, row.count) for row, doc, sub in rows]
    if public:
        visible: set[int | None] = set()
        for sid in {h.submission.id for h in hits if h.submission.id is not None}:
            view = submission(engine, sid)
            if view is not None:
                shown = public_documents(
                    view.documents, view.submission, held_for_review(view.flags, view.decisions)
                )
                visible.update(d.id for d in shown)
        hits = [h for h in hits if h.document.id in visible]
    return hits
