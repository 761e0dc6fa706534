"""Latin names found and searchable; a corrected version linked to the earlier submission."""

from __future__ import annotations

import datetime as dt
import io
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from classifiers.resubmission import EarlierSubmission, find_superseded
from classifiers.species import find_species
from intake.pipeline import Pipeline, poll_once
from intake.sources.local import FolderSource
from store import queries
from store.db import connect
from store.models import Submission


def test_latin_names_in_running_text() -> None:
    text = (
        "Guidance on Temminck's ground pangolin (Smutsia temminckii) and on the African grey parrot "
        "Psittacus erithacus. P. erithacus is the species most often seized; Manis spp. are covered "
        "too. The Python and Boa sections follow. Ara macao and Ara ararauna."
    )
    names = {m.name: m.count for m in find_species(text)}
    assert names == {
        "Psittacus erithacus": 2,
        "Smutsia temminckii": 1,
        "Manis spp.": 1,
        "Ara macao": 1,
        "Ara ararauna": 1,
    }


@pytest.mark.parametrize(
    "text", ["Dear Sir, please find attached.", "Python and the Boa", "Notification No. 2021/008"]
)
def test_no_latin_name_in_ordinary_text(text: str) -> None:
    assert find_species(text) == []


def _docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _submission(
    folder: Path,
    name: str,
    subject: str,
    body: str,
    filename: str,
    paragraphs: list[str],
    received: str,
) -> None:
    msg = EmailMessage()
    msg["Received"] = f"from mx by imap; {received}"
    msg["From"] = "CITES Management Authority <cites@environment.gov.za>"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{name}@environment.gov.za>"
    msg.set_content(body)
    msg.add_attachment(
        _docx(paragraphs),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename=filename,
    )
    (folder / f"{name}.eml").write_bytes(msg.as_bytes())


def test_species_search_and_a_corrected_version(
    pipeline: Pipeline, engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    guidance = [
        "Species guidance: care of confiscated African grey parrots (Psittacus erithacus).",
        "Psittacus erithacus must be quarantined for 30 days.",
    ]
    _submission(
        folder,
        "a-first",
        "Notification 2021/008 - South Africa",
        "Please find our species guidance.",
        "Guidance_Psittacus_v1.docx",
        guidance,
        "Mon, 15 Feb 2021 10:00:00 +0100",
    )
    _submission(
        folder,
        "b-second",
        "Notification 2021/008 - corrected version",
        "Please find the corrected version of our guidance; it replaces the one sent on 15 February.",
        "Guidance_Psittacus_v2.docx",
        guidance,
        "Tue, 16 Feb 2021 10:00:00 +0100",
    )
    poll_once(pipeline, FolderSource(folder))
    with Session(engine) as session:
        first = session.exec(
            select(Submission).where(Submission.message_id == "a-first@environment.gov.za")
        ).one()
        second = session.exec(
            select(Submission).where(Submission.message_id == "b-second@environment.gov.za")
        ).one()
    assert first.supersedes_id is None
    assert second.supersedes_id == first.id
    hits = queries.species_search(engine, "psittacus erithacus")
    assert {h.submission.id for h in hits} == {first.id, second.id}
    assert all(h.count == 2 for h in hits)
    assert {h.document.filename for h in queries.species_search(engine, genus="Psittacus")} == {
        "Guidance_Psittacus_v1.docx",
        "Guidance_Psittacus_v2.docx",
    }


def test_no_link_without_a_sign_of_a_new_version() -> None:
    earlier = [
        EarlierSubmission(
            1, "x@y", dt.datetime(2021, 2, 1, tzinfo=dt.UTC), ("Action_plan.pdf",), ("action_plan",)
        )
    ]
    assert (
        find_superseded("Notification 2021/008", "Our SOP.", (), ["SOP_customs.pdf"], earlier).value
        is None
    )
    linked = find_superseded(
        "RE: our submission", "Version corrigée du plan.", (), ["Action_plan_v2.pdf"], earlier
    )
    assert linked.value == "1" and "resubmission" in linked.flags


def test_a_column_added_later_is_added_to_an_old_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = create_engine(f"sqlite:///{path}")
    with old.begin() as conn:
        conn.execute(
            text("CREATE TABLE submission (id INTEGER PRIMARY KEY, message_id VARCHAR(500))")
        )
    old.dispose()
    engine = connect(f"sqlite:///{path}")
    columns = {c["name"] for c in inspect(engine).get_columns("submission")}
    engine.dispose()
    assert "supersedes_id" in columns
