"""The JSON Lines export: one object per received message, in the documented contract.

Keys: message_id, kind, call, party, sender, received_at, late, language, documents[{filename,
sha256, media_type, language, doc_type, confidential, text_chars, error}]. With `public=True`
every confidential document, every document held for review (an open confidentiality flag no
reviewer has settled) and every rejected submission are left out, and the sender is null; with
`accepted_only=True` only the submissions a reviewer has accepted are written (what the
automatic decisions alone have not made safe to publish stays out).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any, TextIO

from sqlalchemy.engine import Engine

from store import queries
from store.models import Document, Submission


def _iso(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # SQLite returns naive datetimes; they were stored as UTC
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def document_record(document: Document) -> dict[str, Any]:
    return {
        "filename": document.filename,
        "sha256": document.sha256,
        "media_type": document.media_type,
        "language": document.language,
        "doc_type": document.doc_type,
        "confidential": bool(document.confidential),
        "text_chars": document.text_chars,
        "error": document.error,
    }


def message_record(
    submission: Submission,
    documents: tuple[Document, ...],
    public: bool,
    held: set[int] | frozenset[int] = frozenset(),
) -> dict[str, Any]:
    shown = queries.public_documents(documents, submission, held) if public else list(documents)
    return {
        "message_id": submission.message_id,
        "kind": submission.kind,
        "call": submission.call_reference,
        "party": submission.party,
        "sender": None if public else submission.sender,
        "received_at": _iso(submission.received_at),
        "late": submission.late,
        "language": submission.language,
        "documents": [document_record(d) for d in shown],
    }


def records(
    engine: Engine, public: bool = False, accepted_only: bool = False
) -> Iterator[dict[str, Any]]:
    for view in queries.submissions(engine):
        if accepted_only and view.submission.review_status != "accepted":
            continue
        if public and view.submission.review_status == "rejected":
            continue
        held = queries.held_for_review(view.flags, view.decisions)
        yield message_record(view.submission, view.documents, public, held)


def write_jsonl(
    engine: Engine, out: TextIO, public: bool = False, accepted_only: bool = False
) -> int:
    """Write the export; returns the number of messages written."""
    count = 0
    for record in records(engine, public, accepted_only):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
