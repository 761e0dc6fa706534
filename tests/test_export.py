"""The export contract, and what the public export must never reveal."""

from __future__ import annotations

import io
import json
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from intake import export
from intake.pipeline import Pipeline, poll_once
from intake.sources.local import FolderSource
from store import submissions
from store.models import Document, Flag, Submission

MESSAGE_KEYS = {
    "message_id",
    "kind",
    "call",
    "party",
    "sender",
    "received_at",
    "late",
    "language",
    "documents",
}
DOCUMENT_KEYS = {
    "filename",
    "sha256",
    "media_type",
    "language",
    "doc_type",
    "confidential",
    "text_chars",
    "error",
}
DOC_TYPES = {
    "action_plan", "protocol", "regulatory_measure", "sop", "species_guidance", "contract",
    "network_resources", "cover_letter", "other",
}  # fmt: skip


def _export(engine: Engine, public: bool) -> tuple[str, list[dict[str, object]]]:
    out = io.StringIO()
    export.write_jsonl(engine, out, public=public)
    text = out.getvalue()
    return text, [json.loads(line) for line in text.splitlines()]


def test_export_follows_the_contract(
    pipeline: Pipeline, engine: Engine, demo_mailbox: Path
) -> None:
    poll_once(pipeline, FolderSource(demo_mailbox))
    _, records = _export(engine, public=False)
    assert records
    for record in records:
        assert set(record) == MESSAGE_KEYS
        assert record["kind"] in {"submission", "auto_reply", "bounce", "other"}
        assert isinstance(record["message_id"], str) and "<" not in record["message_id"]
        assert str(record["received_at"]).endswith("Z")
        if record["kind"] in ("auto_reply", "bounce"):
            assert record["call"] is None and record["late"] is None
        if record["call"] in (None, "CoP14-internet-trade"):
            assert record["late"] is None
        documents = record["documents"]
        assert isinstance(documents, list)
        for doc in documents:
            assert set(doc) == DOCUMENT_KEYS
            assert doc["doc_type"] in DOC_TYPES
            assert isinstance(doc["confidential"], bool) and isinstance(doc["text_chars"], int)
            assert len(str(doc["sha256"])) == 64
            assert not str(doc["filename"]).endswith(".zip"), "an archive is not itself a document"


def test_public_export_reveals_nothing_confidential(
    pipeline: Pipeline, engine: Engine, demo_mailbox: Path
) -> None:
    """Read the public export as an attacker would: search it for anything of a confidential
    document (name, hash, words of its text) and for any sender address."""
    poll_once(pipeline, FolderSource(demo_mailbox))
    # A reviewer also marks one more document confidential: the export must follow the review.
    with Session(engine) as session:
        plan = session.exec(select(Document).where(Document.doc_type == "action_plan")).first()
        assert plan is not None and plan.id is not None
        submissions.review(
            engine, plan.submission_id, "reviewer", corrections=[(plan.id, "confidential", "true")]
        )
        secret = session.exec(select(Document).where(Document.confidential == True)).all()  # noqa: E712
        senders = {s.sender for s in session.exec(select(Submission)).all() if s.sender}
    assert len(secret) >= 4
    text, records = _export(engine, public=True)
    for doc in secret:
        assert doc.sha256 not in text
        assert doc.filename not in text and json.dumps(doc.filename)[1:-1] not in text
        distinctive = [w for w in doc.text.split() if len(w) > 12][:5]
        for word in distinctive:
            assert word not in text
    for sender in senders:
        assert sender not in text
    assert all(r["sender"] is None for r in records)
    assert all(d["confidential"] is False for r in records for d in r["documents"])  # type: ignore[union-attr]
    # The full export still has them.
    full, _ = _export(engine, public=False)
    assert all(doc.sha256 in full for doc in secret)


def test_accepted_public_export_holds_only_reviewed_submissions(
    pipeline: Pipeline, engine: Engine, demo_mailbox: Path
) -> None:
    """`--public --accepted`: what a reviewer accepted and nothing confidential in it; a pending
    or rejected submission stays out whatever its automatic decisions say."""
    poll_once(pipeline, FolderSource(demo_mailbox))
    with Session(engine) as session:
        rows = session.exec(select(Submission).where(Submission.kind == "submission")).all()
        accepted, rejected = rows[0], rows[1]
        assert accepted.id is not None and rejected.id is not None
        submissions.review(engine, accepted.id, "reviewer", status="accepted")
        submissions.review(engine, rejected.id, "reviewer", status="rejected")
    out = io.StringIO()
    assert export.write_jsonl(engine, out, public=True, accepted_only=True) == 1
    (record,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert record["message_id"] == accepted.message_id and record["sender"] is None
    assert all(d["confidential"] is False for d in record["documents"])
    # Without --accepted: everything but the rejected submission
    _, everything = _export(engine, public=True)
    assert rejected.message_id not in {r["message_id"] for r in everything}
    others = sum(1 for r in everything if r["kind"] != "submission")
    assert len(everything) == len(rows) - 1 + others


def test_a_document_the_rules_decided_with_a_doubt_is_held_until_a_reviewer_settles_it(
    pipeline: Pipeline, engine: Engine, demo_mailbox: Path
) -> None:
    """An open confidentiality flag (the call's default, an inference, a conflict) keeps a
    document decided public out of the public export until a reviewer sets its confidentiality
    or decides the submission."""
    poll_once(pipeline, FolderSource(demo_mailbox))
    with Session(engine) as session:
        flags = session.exec(
            select(Flag).where(col(Flag.code).startswith("confidentiality_"))
        ).all()
        held = [
            (flag, document)
            for flag in flags
            if (document := session.get(Document, int(flag.target.split(":")[1])))
            and document.confidential is False
        ]
    assert len(held) >= 2, "the demo mailbox has documents decided public with a doubt"
    (first, first_doc), (second, second_doc) = held[0], held[-1]
    assert first.submission_id != second.submission_id or first_doc.id != second_doc.id

    def public_hashes() -> set[str]:
        text, _ = _export(engine, public=True)
        return {d.sha256 for d in (first_doc, second_doc) if d.sha256 in text}

    assert public_hashes() == set()
    # a reviewer confirms one document's confidentiality: that one is released
    submissions.review(
        engine,
        first.submission_id,
        "reviewer",
        corrections=[(first_doc.id, "confidential", "false")],
    )
    assert public_hashes() == {first_doc.sha256}
    # accepting the other's submission resolves its flags
    submissions.review(engine, second.submission_id, "reviewer", status="accepted")
    assert second_doc.sha256 in public_hashes()
