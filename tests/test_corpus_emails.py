"""Every real e-mail of the shared corpus is recorded, the export follows the contract, and a
second run adds nothing. Skips (with a message) when ../shared/corpus is absent."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from intake import export
from intake.pipeline import Pipeline, poll_once
from intake.sources.local import FolderSource
from store.models import Delivery, Submission
from tests.test_export import DOCUMENT_KEYS, MESSAGE_KEYS


def test_every_corpus_email_is_recorded(pipeline: Pipeline, engine: Engine, corpus: Path) -> None:
    folder = corpus / "emails"
    files = [p for p in folder.iterdir() if p.is_file()]
    report = poll_once(pipeline, FolderSource(folder))
    assert report.fetched == len(files)
    assert not report.errors
    with Session(engine) as session:
        deliveries = session.exec(select(Delivery)).all()
        assert len(deliveries) == len(files)
        # Every delivery ended processed or as a duplicate: none was left failed by a crash.
        assert {d.status for d in deliveries} <= {"processed", "duplicate"}
        assert all(d.submission_id is not None for d in deliveries)
        submissions = int(session.exec(select(func.count()).select_from(Submission)).one())
    records = list(export.records(engine))
    assert len(records) == submissions
    for record in records:
        assert set(record) == MESSAGE_KEYS
        for doc in record["documents"]:
            assert set(doc) == DOCUMENT_KEYS
    second = poll_once(pipeline, FolderSource(folder))
    assert (second.fetched, second.new) == (0, 0)
    assert len(list(export.records(engine))) == len(records)
