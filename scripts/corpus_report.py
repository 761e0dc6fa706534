"""Run the whole pipeline over ../shared/corpus and print what became of each format.

Every e-mail file goes in as it is; every other file (documents, images, Outlook files,
archives, text) is also attached to a generated message, and the Outlook .msg files go in as
messages of their own too (a folder source may hold .msg files instead of .eml). The table
printed is the one in the README: per format, how many files were extracted, flagged or failed,
and why.

    .venv/bin/python scripts/corpus_report.py [CORPUS_DIR]

tests/test_corpus.py runs the same code and checks that every message was recorded.
"""

from __future__ import annotations

import collections
import email.utils
import sys
import tempfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from extractors import sniff
from intake.calls import load_calls
from intake.pipeline import Pipeline, RunReport, poll_once
from intake.settings import Settings
from intake.sources.local import FolderSource
from store.db import connect
from store.models import Delivery, Document, Flag, Submission

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
ATTACHED_FOLDERS = ("documents", "images", "outlook", "archives", "text", "cites")
# Flags that say a file was not (fully) read; the others (ocr, classification) are information.
READING_FLAGS = {
    "password_protected",
    "no_text",
    "partly_scanned",
    "macros",
    "archive_limit",
    "timeout",
    "memory_limit",
    "worker_crashed",
    "too_large",
    "ocr_incomplete",
    "truncated",
}
_NAMES = {
    sniff.PDF: "PDF",
    sniff.DOCX: "DOCX",
    sniff.DOC: "DOC (Word 97-2003, Word 6)",
    sniff.ODT: "ODT",
    sniff.RTF: "RTF",
    sniff.XLSX: "XLSX",
    sniff.XLS: "XLS",
    sniff.PPTX: "PPTX",
    sniff.PPT: "PPT (PowerPoint 97-2003)",
    sniff.MSG: "Outlook .msg (attached)",
    sniff.TNEF: "TNEF winmail.dat",
    sniff.ZIP: "ZIP",
    sniff.TEXT: "plain text",
    sniff.ENCRYPTED_OFFICE: "encrypted Office (DOCX/XLSX)",
    "image/png": "image (PNG)",
    "image/jpeg": "image (JPEG)",
    "image/tiff": "image (TIFF)",
    "image/heic": "image (HEIC)",
    sniff.OCTET: "empty or unknown bytes",
}


@dataclass
class Outcome:
    """What became of one corpus file."""

    name: str
    format: str
    result: str  # extracted | flagged | failed | recorded
    reason: str = ""


@dataclass
class Row:
    files: int = 0
    counts: collections.Counter[str] = field(default_factory=collections.Counter)
    reasons: collections.Counter[str] = field(default_factory=collections.Counter)


def wrap(path: Path, index: int) -> bytes:
    """A message from a ministry carrying one corpus file, declared application/octet-stream."""
    message = EmailMessage()
    message["From"] = "Ministère de l'Environnement <dgfaune@ministere.example>"
    message["To"] = "info@cites.example"
    message["Subject"] = f"Envoi de documents: {path.name}"
    message["Date"] = email.utils.format_datetime(email.utils.localtime())
    message["Message-ID"] = f"<corpus-{index}-{path.stem[:40].replace(' ', '_')}@intake.test>"
    message.set_content(f"Veuillez trouver ci-joint {path.name}.")
    message.add_attachment(
        path.read_bytes(), maintype="application", subtype="octet-stream", filename=path.name
    )
    return message.as_bytes()


def build_inbox(corpus: Path, inbox: Path) -> dict[str, tuple[str, str]]:
    """Fill a folder source; returns, per message file, (corpus file, format)."""
    kinds: dict[str, tuple[str, str]] = {}
    (inbox / "emails").mkdir(parents=True)
    (inbox / "wrapped").mkdir()
    (inbox / "outlook").mkdir()
    for path in sorted((corpus / "emails").iterdir()):
        (inbox / "emails" / path.name).write_bytes(path.read_bytes())
        kinds[f"emails/{path.name}"] = (f"emails/{path.name}", "e-mail (RFC 5322)")
    index = 0
    for folder in ATTACHED_FOLDERS:
        for path in sorted((corpus / folder).glob("*")):
            if not path.is_file():
                continue
            index += 1
            data = path.read_bytes()
            kind = _NAMES.get(sniff.sniff(data, path.name), sniff.sniff(data, path.name))
            name = f"wrapped/{index:03d}.eml"
            (inbox / name).write_bytes(wrap(path, index))
            kinds[name] = (f"{folder}/{path.name}", kind)
            if sniff.sniff(data, path.name) == sniff.MSG:
                own = f"outlook/{path.name}"
                (inbox / own).write_bytes(data)
                kinds[own] = (f"{folder}/{path.name}", "Outlook .msg as the message itself")
    return kinds


def _document_outcome(doc: Document, flags: list[str]) -> tuple[str, str]:
    reading = sorted(set(flags) & READING_FLAGS)
    if reading:
        return "flagged", ", ".join(reading)
    if doc.error:
        return "failed", doc.error.split(":")[0][:60]
    if doc.text_chars:
        return "extracted", "OCR" if "ocr" in flags else ""
    return "extracted", "no text (empty file or picture)"


def outcomes(engine: Engine, source: str, kinds: dict[str, tuple[str, str]]) -> list[Outcome]:
    """The outcome of every message file, read back from the database."""
    results = []
    order = {"failed": 3, "flagged": 2, "extracted": 1, "recorded": 0}
    with Session(engine) as session:
        deliveries = {
            d.key.split("#", 1)[1].rsplit("@", 1)[0]: d
            for d in session.exec(select(Delivery).where(Delivery.source == source))
        }
        for location, (name, kind) in kinds.items():
            delivery = deliveries.get(location)
            if delivery is None or delivery.submission_id is None:
                results.append(Outcome(name, kind, "failed", "not recorded"))
                continue
            submission = session.get(Submission, delivery.submission_id)
            assert submission is not None
            if submission.status == "failed":
                results.append(Outcome(name, kind, "recorded", (submission.error or "")[:60]))
                continue
            docs = session.exec(
                select(Document).where(Document.submission_id == submission.id)
            ).all()
            flags = session.exec(select(Flag).where(Flag.submission_id == submission.id)).all()
            if not docs:
                results.append(Outcome(name, kind, "recorded", "no attachment"))
                continue
            worst = ("recorded", "")
            for doc in docs:
                codes = [f.code for f in flags if f.target == f"document:{doc.id}"]
                outcome = _document_outcome(doc, codes)
                if order[outcome[0]] > order[worst[0]] or (
                    outcome[0] == worst[0] and outcome[1] and not worst[1]
                ):
                    worst = outcome
            results.append(Outcome(name, kind, *worst))
    return results


def table(results: list[Outcome]) -> str:
    """The Markdown table for the README."""
    rows: dict[str, Row] = collections.defaultdict(Row)
    for outcome in results:
        row = rows[outcome.format]
        row.files += 1
        row.counts[outcome.result] += 1
        if outcome.reason:
            row.reasons[f"{outcome.result}: {outcome.reason}"] += 1
    lines = [
        "| format | files | extracted | flagged | failed | recorded without document | why |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for kind in sorted(rows, key=lambda k: (-rows[k].files, k)):
        row = rows[kind]
        why = "; ".join(f"{r} ({n})" if n > 1 else r for r, n in row.reasons.most_common())
        lines.append(
            f"| {kind} | {row.files} | {row.counts['extracted']} | {row.counts['flagged']} | "
            f"{row.counts['failed']} | {row.counts['recorded']} | {why.replace('|', '/')} |"
        )
    return "\n".join(lines)


def run(pipeline: Pipeline, corpus: Path, workdir: Path) -> tuple[RunReport, list[Outcome]]:
    """Build the inbox, run one poll over it, and read back every outcome."""
    inbox = workdir / "inbox"
    kinds = build_inbox(corpus, inbox)
    source = FolderSource(inbox)
    report = poll_once(pipeline, source)
    return report, outcomes(pipeline.engine, source.name, kinds)


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    with tempfile.TemporaryDirectory(prefix="intake-corpus-") as tmp:
        settings = Settings(data_dir=Path(tmp) / "data")
        engine = connect(settings.db_url)
        try:
            report, results = run(Pipeline(settings, engine, load_calls()), corpus, Path(tmp))
        finally:
            engine.dispose()
    print(table(results))
    print(f"\n{len(results)} messages; run: {report.counts()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
