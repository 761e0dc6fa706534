"""The whole pipeline over every file of ../shared/corpus: each e-mail as it is, each document,
image, Outlook file, archive and text attached to a generated message, each Outlook .msg also
as a message of its own. Every message is recorded, nothing crashes, and the outcomes table
(the one in the README) is printed: `pytest tests/test_corpus.py -s`."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from intake.calls import load_calls
from intake.pipeline import Pipeline
from intake.settings import Settings
from store.db import connect
from store.models import Delivery, Submission

pytestmark = pytest.mark.corpus

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "corpus_report.py"
_spec = importlib.util.spec_from_file_location("corpus_report", _SCRIPT)
assert _spec is not None and _spec.loader is not None
corpus_report = importlib.util.module_from_spec(_spec)
sys.modules["corpus_report"] = corpus_report
_spec.loader.exec_module(corpus_report)


def test_every_corpus_file_is_recorded_and_the_outcomes_are_tabled(
    corpus: Path, tmp_path: Path
) -> None:
    # SQLite only: the run takes about a minute, and PostgreSQL is covered by test_hostile.
    settings = Settings(data_dir=tmp_path / "data")
    engine = connect(settings.db_url)
    started = time.monotonic()
    try:
        report, results = corpus_report.run(
            Pipeline(settings, engine, load_calls()), corpus, tmp_path
        )
        with Session(engine) as session:
            deliveries = session.exec(select(Delivery)).all()
            submissions = int(session.exec(select(func.count()).select_from(Submission)).one())
    finally:
        engine.dispose()
    elapsed = time.monotonic() - started
    print(f"\n{corpus_report.table(results)}\n\n{len(results)} messages in {elapsed:.0f} s")

    assert report.fetched == len(results) and not report.errors and report.failed == 0
    # No delivery was left failed by an unhandled exception; each points at its submission.
    assert {d.status for d in deliveries} <= {"processed", "duplicate"}
    assert all(d.submission_id is not None for d in deliveries)
    assert submissions == len({d.submission_id for d in deliveries})
    assert not [r for r in results if r.reason == "not recorded"]
    by_name = {r.name: r for r in results if not r.format.startswith("Outlook .msg as")}
    # A few outcomes that must not regress.
    assert by_name["documents/tika__testOCR.pdf"].reason == "OCR"
    assert by_name["documents/paperless__password-is-test.pdf"].reason == "password_protected"
    assert by_name["documents/tika__testWORD.doc"].result == "extracted"
    assert by_name["outlook/tika__testMSG_att_doc.msg"].result == "extracted"
    assert by_name["archives/tika__testZipEncrypted.zip"].reason == "password_protected"
    assert by_name["archives/tika__test-documents.zip"].result == "extracted"  # with a .ppt
    assert by_name["emails/paperless__broken.eml"].result == "recorded"
