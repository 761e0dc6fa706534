"""Backup, lose everything, restore, run again: nothing is added, nothing is missing."""

from __future__ import annotations

import json
import shutil
import tarfile
from pathlib import Path

import pytest
from sqlmodel import Session, select

from intake import export
from intake.backup import BackupError, backup, restore
from intake.calls import load_calls
from intake.pipeline import Pipeline, poll_once
from intake.settings import Settings
from intake.sources.local import FolderSource
from store import submissions
from store.db import connect
from store.models import Document, SQLModel


def _records(settings: Settings) -> list[str]:
    engine = connect(settings.db_url)
    try:
        return sorted(json.dumps(r, sort_keys=True) for r in export.records(engine))
    finally:
        engine.dispose()


def _wipe(settings: Settings) -> None:
    engine = connect(settings.db_url)
    SQLModel.metadata.drop_all(engine)
    engine.dispose()
    shutil.rmtree(settings.data_dir / "raw")
    shutil.rmtree(settings.data_dir / "blobs")


def test_restore_then_rerun_adds_nothing(
    settings: Settings, demo_mailbox: Path, tmp_path: Path
) -> None:
    engine = connect(settings.db_url)
    pipeline = Pipeline(settings, engine, load_calls())
    poll_once(pipeline, FolderSource(demo_mailbox))
    # A reviewer's correction cannot be recomputed from the archive: the backup must keep it.
    with Session(engine) as session:
        document = session.exec(select(Document).where(Document.doc_type == "action_plan")).first()
    assert document is not None
    submissions.review(
        engine,
        document.submission_id,
        "sofie",
        status="accepted",
        corrections=[(document.id, "doc_type", "protocol")],
        note="checked",
    )
    engine.dispose()
    before = _records(settings)
    archive = tmp_path / "backup" / "intake.tar.gz"
    report = backup(settings, archive)
    assert report.deliveries == 15 and report.files > 15 and archive.is_file()

    _wipe(settings)
    assert _records(settings) == []
    restored = restore(settings, archive)
    assert restored.deliveries == 15
    assert _records(settings) == before

    engine = connect(settings.db_url)
    again = poll_once(Pipeline(settings, engine, load_calls()), FolderSource(demo_mailbox))
    engine.dispose()
    assert (again.fetched, again.new) == (0, 0)
    assert _records(settings) == before


def test_restore_refuses_to_overwrite_without_force(
    settings: Settings, demo_mailbox: Path, tmp_path: Path
) -> None:
    engine = connect(settings.db_url)
    poll_once(Pipeline(settings, engine, load_calls()), FolderSource(demo_mailbox))
    engine.dispose()
    archive = tmp_path / "b.tar"
    backup(settings, archive)
    with pytest.raises(BackupError, match="--force"):
        restore(settings, archive)
    assert restore(settings, archive, force=True).deliveries == 15


def test_a_tampered_backup_is_refused(settings: Settings, tmp_path: Path) -> None:
    evil = tmp_path / "evil.tar"
    payload = tmp_path / "x"
    payload.write_text("x")
    with tarfile.open(evil, "w") as tar:
        tar.add(payload, arcname="../outside.txt")
    with pytest.raises(BackupError, match="unexpected entry"):
        restore(settings, evil)
