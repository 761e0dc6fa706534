"""The whole pipeline on the bundled demo mailbox, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from intake import export
from intake.domain import Extraction, Part
from intake.mime import parse_message
from intake.pipeline import Pipeline, poll_once, reprocess
from intake.sources.local import FolderSource, MaildirSource
from store import submissions
from store.models import DecisionRow, Delivery, Document, Flag, Submission

EXPECTED = json.loads((Path(__file__).parent / "samples" / "demo_expected.json").read_text("utf-8"))


def _count(engine: Engine, model: Any) -> int:
    with Session(engine) as session:
        return int(session.exec(select(func.count()).select_from(model)).one())


def _by_message_id(engine: Engine) -> dict[str, dict[str, Any]]:
    return {r["message_id"]: r for r in export.records(engine)}


def test_demo_mailbox_is_filed_as_expected(
    pipeline: Pipeline, engine: Engine, demo_mailbox: Path
) -> None:
    report = poll_once(pipeline, FolderSource(demo_mailbox))
    assert report.fetched == len(EXPECTED)
    duplicates = [name for name, e in EXPECTED.items() if e["duplicate_of"]]
    assert (report.new, report.duplicates, report.failed) == (
        len(EXPECTED) - len(duplicates),
        len(duplicates),
        0,
    )
    records = _by_message_id(engine)
    assert len(records) == len(EXPECTED) - len(duplicates)
    for name, expected in EXPECTED.items():
        if expected["duplicate_of"]:
            continue
        message_id = parse_message((demo_mailbox / name).read_bytes()).message_id
        got = records[message_id]
        for key in ("kind", "call", "party", "late", "language", "received_at"):
            assert got[key] == expected[key], (name, key)
        documents = {d["filename"]: d for d in got["documents"]}
        assert sorted(documents) == sorted(d["filename"] for d in expected["documents"]), name
        for doc in expected["documents"]:
            for key in ("media_type", "doc_type", "confidential", "language"):
                assert documents[doc["filename"]][key] == doc[key], (name, doc["filename"], key)
            assert documents[doc["filename"]]["text_chars"] > 500
            assert documents[doc["filename"]]["error"] is None


def test_a_second_run_adds_nothing(pipeline: Pipeline, engine: Engine, demo_mailbox: Path) -> None:
    poll_once(pipeline, FolderSource(demo_mailbox))
    counts = [_count(engine, m) for m in (Delivery, Submission, Document, DecisionRow, Flag)]
    second = poll_once(pipeline, FolderSource(demo_mailbox))
    assert (second.fetched, second.new, second.duplicates, second.failed) == (0, 0, 0, 0)
    assert [
        _count(engine, m) for m in (Delivery, Submission, Document, DecisionRow, Flag)
    ] == counts


def test_a_copy_of_the_mailbox_elsewhere_is_recognised(
    pipeline: Pipeline, engine: Engine, demo_mailbox: Path, tmp_path: Path
) -> None:
    poll_once(pipeline, FolderSource(demo_mailbox))
    copy = tmp_path / "copy"
    shutil.copytree(demo_mailbox, copy)
    report = poll_once(pipeline, FolderSource(copy))
    # New deliveries (another place), but every message is already known: nothing new is filed.
    assert report.fetched == len(EXPECTED) and report.new == 0
    assert len(_by_message_id(engine)) == len(EXPECTED) - 1


def test_maildir_source(
    pipeline: Pipeline, engine: Engine, demo_mailbox: Path, tmp_path: Path
) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    files = sorted(demo_mailbox.glob("*.eml"))
    for i, path in enumerate(files[:5]):
        shutil.copy(path, maildir / "new" / f"161000000{i}.M{i}P1.host")
    assert poll_once(pipeline, MaildirSource(maildir)).fetched == 5
    # A mail client moves a message from new/ to cur/ and adds flags: still the same delivery.
    moved = maildir / "new" / "1610000000.M0P1.host"
    moved.rename(maildir / "cur" / "1610000000.M0P1.host:2,S")
    assert poll_once(pipeline, MaildirSource(maildir)).fetched == 0


def test_unparseable_message_is_recorded_with_its_raw_bytes(
    pipeline: Pipeline, engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.eml").write_bytes(b"\r\n\r\n")
    report = poll_once(pipeline, FolderSource(folder))
    assert report.failed == 1
    with Session(engine) as session:
        submission = session.exec(select(Submission)).one()
        assert submission.status == "failed" and "empty message" in (submission.error or "")
        flags = session.exec(select(Flag).where(Flag.submission_id == submission.id)).all()
        assert [f.code for f in flags] == ["unparseable"]
        delivery = session.exec(select(Delivery)).one()
    assert pipeline.raw_store.get(delivery.raw_sha256) == b"\r\n\r\n"
    assert [r["kind"] for r in export.records(engine)] == ["other"]


def test_a_failed_stage_is_retried_on_later_runs_up_to_the_limit(
    pipeline: Pipeline,
    engine: Engine,
    demo_mailbox: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(demo_mailbox / "01-fr-plan-action-contrat-confidentiel.eml", folder)

    # A bug in an extractor cannot be caused with a real file on demand; inject it.
    def broken(self: Pipeline, part: Part) -> Extraction:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(Pipeline, "extract_part", broken)
    assert poll_once(pipeline, FolderSource(folder)).failed == 1
    with Session(engine) as session:
        delivery = session.exec(select(Delivery)).one()
        assert (delivery.status, delivery.attempts) == ("failed", 1)
        assert "extractor bug" in (delivery.last_error or "")
    for _ in range(pipeline.settings.max_attempts + 1):
        poll_once(pipeline, FolderSource(folder))
    with Session(engine) as session:
        assert session.exec(select(Delivery)).one().attempts == pipeline.settings.max_attempts
    monkeypatch.undo()
    # Past the limit a normal run leaves it alone; the reprocess command takes it again.
    assert poll_once(pipeline, FolderSource(folder)).new == 0
    assert reprocess(pipeline).new == 1
    assert len(list(export.records(engine))) == 1


def test_reviewer_corrections_survive_reprocessing(
    pipeline: Pipeline, engine: Engine, demo_mailbox: Path
) -> None:
    poll_once(pipeline, FolderSource(demo_mailbox))
    message_id = parse_message(
        (demo_mailbox / "01-fr-plan-action-contrat-confidentiel.eml").read_bytes()
    ).message_id
    with Session(engine) as session:
        submission = session.exec(
            select(Submission).where(Submission.message_id == message_id)
        ).one()
        plan = session.exec(
            select(Document).where(
                Document.submission_id == submission.id, Document.doc_type == "action_plan"
            )
        ).one()
    assert submission.id is not None and plan.confidential is False
    submissions.review(
        engine,
        submission.id,
        "legal.officer",
        status="accepted",
        corrections=[(plan.id, "confidential", "true"), (None, "party", "MC")],
        note="Checked by phone",
    )
    reprocess(pipeline)
    record = _by_message_id(engine)[message_id]
    assert record["party"] == "MC"
    assert {d["filename"]: d["confidential"] for d in record["documents"]}[plan.filename] is True
    with Session(engine) as session:
        reviews = session.exec(select(DecisionRow).where(DecisionRow.origin == "review")).all()
        assert {(r.name, r.reviewer) for r in reviews} >= {
            ("confidential", "legal.officer"),
            ("party", "legal.officer"),
        }
        assert session.get(Submission, submission.id).review_status == "accepted"  # type: ignore[union-attr]
