"""The pipeline, in order: source -> archive raw -> parse -> unpack -> extract -> classify -> store.

`poll_once` is the one function every entry point calls (`intake run --once`, the worker, the
demo). A message is recorded (raw bytes archived, delivery row committed) before anything else
happens to it; a failure in a later stage is recorded on that message, retried on later runs up
to `max_attempts`, and never stops the run.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from classifiers import ClassifyContext, classify, flags_of
from classifiers.resubmission import find_superseded
from classifiers.species import find_species
from extractors import UNSUPPORTED, extract_isolated
from intake import isolation
from intake.archive import ContentStore
from intake.calls import Call
from intake.domain import Decision, Extraction, ParsedMessage, Part, RawMessage
from intake.errors import ConfigError, SourceConnectionError, SourceError
from intake.logs import run_id_var
from intake.mime import MessageParseError, parse_message
from intake.settings import Settings
from intake.sources import MailSource
from intake.unpack import ArchiveLimits, unpack
from store import submissions
from store.ledger import Ledger
from store.submissions import DocumentResult, MessageResult

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
Stop = Callable[[], bool]


@dataclass
class RunReport:
    """What one poll did."""

    run_id: str
    source: str
    fetched: int = 0
    new: int = 0
    duplicates: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    new_submission_ids: list[int] = field(default_factory=list)
    stopped: bool = False

    @property
    def status(self) -> str:
        if self.errors and not self.fetched and not self.new:
            return "failed"
        return "partial" if self.errors or self.failed else "ok"

    def counts(self) -> dict[str, int]:
        return {
            "fetched": self.fetched,
            "new": self.new,
            "duplicates": self.duplicates,
            "failed": self.failed,
        }


class Pipeline:
    """The stages bound to one database, archive and set of calls."""

    def __init__(self, settings: Settings, engine: Engine, calls: tuple[Call, ...]) -> None:
        self.settings = settings
        self.engine = engine
        self.calls = calls
        self.ledger = Ledger(engine)
        self.raw_store = ContentStore(settings.raw_dir, ".eml")
        self.blobs = ContentStore(settings.blob_dir)
        self.isolation = isolation.Limits(
            settings.extraction_timeout_seconds, settings.extraction_memory_bytes
        )
        self.limits = ArchiveLimits(
            settings.zip_max_members,
            settings.zip_max_total_bytes,
            settings.zip_max_ratio,
            settings.zip_max_depth,
            self.isolation,
        )

    def restricted_to(self, references: Sequence[str]) -> Pipeline:
        """The same pipeline deciding among some calls only (a mailbox collecting for them)."""
        if not references:
            return self
        known = {c.reference for c in self.calls}
        unknown = sorted(set(references) - known)
        if unknown:
            raise ConfigError(f"unknown calls {unknown}; configured: {sorted(known)}")
        return Pipeline(
            self.settings, self.engine, tuple(c for c in self.calls if c.reference in references)
        )

    def archive(self, message: RawMessage, run_id: str) -> int | None:
        """Stage 1: raw bytes to the archive, then the delivery row (None: already recorded)."""
        digest = self.raw_store.put(message.raw)
        return self.ledger.record_delivery(message, digest, run_id)

    def extract_part(self, part: Part) -> Extraction:
        """Stage 4: text of one file, within the size limit, in a worker with time and memory limits."""
        if part.error:
            return Extraction(media_type=part.media_type, error=part.error, flags=part.flags)
        if len(part.data) > self.settings.max_attachment_bytes:
            return Extraction(
                media_type=part.media_type,
                flags=("too_large",),
                error=f"not read: {len(part.data)} bytes is over the limit of "
                f"{self.settings.max_attachment_bytes}",
            )
        return extract_isolated(part.data, part.media_type, self.isolation)

    def process(self, delivery_id: int, run_id: str, report: RunReport) -> list[int]:
        """Stages 2-6 for one stored delivery; any failure is recorded on it.

        Returns the id of the submission it filed when that submission is new."""
        try:
            outcome, submission_id = self._process(delivery_id, run_id)
        except IntegrityError:
            # Another run stored the same message at the same moment: it is a duplicate.
            outcome, submission_id = self._process(delivery_id, run_id)
        except Exception as exc:
            log.exception("delivery %s failed", delivery_id)
            self.ledger.mark_failed(delivery_id, f"{type(exc).__name__}: {exc}", run_id)
            report.failed += 1
            return []
        if outcome == "new":
            report.new += 1
        elif outcome == "duplicate":
            report.duplicates += 1
        elif outcome == "failed":
            report.failed += 1
        return [submission_id] if outcome == "new" and submission_id is not None else []

    def _supersedes(
        self,
        parsed: ParsedMessage,
        parts: list[Part],
        decided: dict[str, Decision],
        received: dt.datetime,
    ) -> Decision:
        """Stage 5b: the earlier submission of the same Party and call this one replaces."""
        party, call = decided["party"].value, decided["call"].value
        if decided["kind"].value != "submission" or not party or not call:
            return Decision(
                "supersedes", None, 1.0, "not a submission of a known Party to a known call"
            )
        earlier = submissions.earlier_submissions(
            self.engine, party, call, received, parsed.message_id
        )
        return find_superseded(
            parsed.subject,
            parsed.body_text,
            parsed.in_reply_to,
            [p.filename for p in parts],
            earlier,
        )

    def _process(self, delivery_id: int, run_id: str) -> tuple[str, int | None]:
        delivery = self.ledger.delivery(delivery_id)
        raw = self.raw_store.get(delivery.raw_sha256)
        now = dt.datetime.now(dt.UTC)
        try:
            parsed = parse_message(raw)
        except MessageParseError as exc:
            match = re.search(rb"^Message-ID:\s*<?([^\s<>]+)>?", raw[:65536], re.I | re.M)
            message_id = (
                match.group(1).decode("ascii", "replace")
                if match
                else (f"{delivery.raw_sha256[:32]}@intake.invalid")
            )
            submissions.save_failure(
                self.engine,
                delivery_id,
                message_id,
                delivery.raw_sha256,
                delivery.internaldate or now,
                f"unparseable message: {exc}",
            )
            log.warning("delivery %s: unparseable message: %s", delivery_id, exc)
            return "failed", None
        existing = submissions.find_submission(self.engine, parsed.message_id, parsed.fingerprint)
        if (
            existing is not None
            and existing.id != delivery.submission_id
            and existing.status == "processed"
        ):
            assert existing.id is not None
            submissions.link_duplicate(self.engine, delivery_id, existing.id)
            return "duplicate", existing.id
        parts = unpack(parsed.parts, self.limits)
        extractions = [self.extract_part(p) for p in parts]
        context = ClassifyContext(
            calls=self.calls,
            now=now,
            internaldate=delivery.internaldate,
            thread_call=lambda ids: submissions.thread_call(self.engine, ids),
            authserv_id=self.settings.authserv_id,
        )
        result = classify(parsed, list(zip(parts, extractions, strict=True)), context)
        result.message["supersedes"] = self._supersedes(
            parsed, parts, result.message, result.received
        )
        flags: list[tuple[int | None, str, str]] = []
        for decision in result.message.values():
            flags.extend((None, code, decision.evidence) for code in flags_of(decision))
        if parsed.defects:
            flags.append((None, "malformed_mime", "; ".join(parsed.defects)[:2000]))
        documents = []
        for i, (part, extraction, decided) in enumerate(
            zip(parts, extractions, result.documents, strict=True)
        ):
            for decision in decided.all():
                flags.extend((i, code, decision.evidence) for code in flags_of(decision))
            flags.extend((i, code, extraction.error or code) for code in extraction.flags)
            if extraction.error and not extraction.flags:
                code = (
                    "unsupported_format" if extraction.error == UNSUPPORTED else "extraction_error"
                )
                flags.append((i, code, extraction.error))
            species = tuple((m.name, m.genus, m.count) for m in find_species(extraction.text))
            documents.append(
                DocumentResult(part, extraction, decided.all(), decided.other_languages, species)
            )
        if result.message["kind"].value == "submission" and not parts:
            flags.append((None, "no_documents", "the message carries no file"))
        blobs = [self.blobs.put(p.data) for p in parts]
        message_result = MessageResult(
            parsed=parsed,
            raw_sha256=delivery.raw_sha256,
            received_at=result.received,
            decisions=tuple(result.message.values()),
            documents=tuple(documents),
            flags=tuple(flags),
        )
        submission_id, created = submissions.save_result(
            self.engine, delivery_id, message_result, blobs, run_id
        )
        return ("new" if created else "updated"), submission_id


def _fetch_all(
    pipeline: Pipeline,
    source: MailSource,
    report: RunReport,
    progress: Progress | None,
    stop: Stop | None,
) -> None:
    """Fetch and process until the source is exhausted or a stop is asked between messages."""
    for message in source.fetch(pipeline.ledger):
        delivery_id = pipeline.archive(message, report.run_id)
        report.fetched += 1
        source.after_store(message)
        if delivery_id is not None:
            report.new_submission_ids.extend(pipeline.process(delivery_id, report.run_id, report))
        if progress is not None:
            progress(message.location)
        if stop is not None and stop():
            report.stopped = True
            return


def poll_once(
    pipeline: Pipeline,
    source: MailSource,
    progress: Progress | None = None,
    stop: Stop | None = None,
) -> RunReport:
    """Read every new message from one source, store it, process it; retry earlier failures.

    A dropped connection is retried with exponential backoff within the run (the cursor makes the
    retry resume where it stopped); a refused login is not retried. `stop` is checked between
    messages, never inside one.
    """
    ledger = pipeline.ledger
    settings = pipeline.settings
    run_id = ledger.start_run(source.name)
    token = run_id_var.set(run_id)
    report = RunReport(run_id=run_id, source=source.name)
    try:
        # Leftovers of a crashed or failed run first: they were stored, so they are not lost.
        for pending_id in ledger.pending(settings.max_attempts):
            report.new_submission_ids.extend(pipeline.process(pending_id, run_id, report))
        for attempt in range(settings.fetch_retries + 1):
            try:
                _fetch_all(pipeline, source, report, progress, stop)
                ledger.note_source(source.name, source.folder, None)
                break
            except SourceConnectionError as exc:
                if attempt < settings.fetch_retries and not (stop is not None and stop()):
                    delay = settings.retry_backoff_seconds * 2**attempt
                    log.warning(
                        "%s; retrying in %s s (%d/%d)",
                        exc,
                        delay,
                        attempt + 1,
                        settings.fetch_retries,
                    )
                    ledger.event(run_id, "fetch", "warning", f"{exc}; retry {attempt + 1}")
                    time.sleep(delay)
                    continue
                _record_source_error(pipeline, source, report, exc)
            except SourceError as exc:
                _record_source_error(pipeline, source, report, exc)
                break
            finally:
                source.close()
    finally:
        ledger.finish_run(run_id, report.status, report.counts(), "; ".join(report.errors) or None)
        run_id_var.reset(token)
    log.info("run %s on %s: %s", run_id, source.name, report.counts())
    return report


def _record_source_error(
    pipeline: Pipeline, source: MailSource, report: RunReport, exc: SourceError
) -> None:
    log.error("%s", exc)
    report.errors.append(str(exc))
    pipeline.ledger.note_source(source.name, source.folder, str(exc))
    pipeline.ledger.event(report.run_id, "fetch", "error", str(exc))


def reprocess(pipeline: Pipeline, delivery_ids: list[int] | None = None) -> RunReport:
    """Run the stages again from the archived raw bytes; reviewer corrections are kept."""
    ledger = pipeline.ledger
    ids = delivery_ids if delivery_ids is not None else ledger.all_deliveries()
    ledger.reset_attempts(ids)
    run_id = ledger.start_run("reprocess")
    token = run_id_var.set(run_id)
    report = RunReport(run_id=run_id, source="reprocess")
    try:
        for delivery_id in ids:
            pipeline.process(delivery_id, run_id, report)
    finally:
        ledger.finish_run(run_id, report.status, report.counts(), None)
        run_id_var.reset(token)
    return report
