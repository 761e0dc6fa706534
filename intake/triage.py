"""The triage queue and one submission, as text for the terminal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from store.queries import Status, SubmissionView


def _date(moment: dt.datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"


def _late(value: bool | None) -> str:
    return "-" if value is None else ("LATE" if value else "on time")


def _cut(text: str | None, width: int) -> str:
    text = text or "-"
    return text if len(text) <= width else text[: width - 1] + "…"


def render_queue(views: Sequence[SubmissionView]) -> str:
    """A table of the submissions awaiting review, most flags first."""
    if not views:
        return "The triage queue is empty."
    header = (
        f"{'ID':>4}  {'received (UTC)':16}  {'party':5}  {'call':20}  {'kind':10}  {'deadline':8}  "
        f"{'lang':4}  {'docs':>4}  {'conf':>4}  flags"
    )
    lines = [header, "-" * len(header)]
    for view in views:
        s = view.submission
        confidential = sum(1 for d in view.documents if d.confidential)
        codes = sorted({f.code for f in view.flags})
        lines.append(
            f"{s.id:>4}  {_date(s.received_at):16}  {_cut(s.party, 5):5}  "
            f"{_cut(s.call_reference, 20):20}  "
            f"{s.kind:10}  {_late(s.late):8}  {(s.language or '-'):4}  {len(view.documents):>4}  "
            f"{confidential:>4}  {', '.join(codes) or '-'}"
        )
    lines.append(f"\n{len(views)} submission(s) awaiting review. `intake show ID` for details.")
    return "\n".join(lines)


def render_submission(view: SubmissionView) -> str:
    """Everything a reviewer needs about one submission."""
    s = view.submission
    lines = [
        f"Submission {s.id}  [{s.review_status}]",
        f"  Message-ID : {s.message_id}{'  (generated)' if s.message_id_generated else ''}",
        f"  From       : {s.sender_name} <{s.sender}>",
        f"  Subject    : {s.subject}",
        f"  Received   : {_date(s.received_at)} UTC   sent {_date(s.sent_at)}",
        f"  Kind       : {s.kind}   call: {s.call_reference or '-'}   party: {s.party or '-'}   "
        f"language: {s.language or '-'}   deadline: {_late(s.late)}",
    ]
    if s.error:
        lines.append(f"  Error      : {s.error}")
    for d in view.documents:
        lines.append(
            f"  [{d.id}] {d.filename}  {d.media_type}  {d.doc_type}  lang={d.language or '-'}  "
            f"{'CONFIDENTIAL' if d.confidential else 'public'}  {d.text_chars} chars"
            + (f"  error: {d.error}" if d.error else "")
        )
    for f in view.flags:
        where = f" ({f.target})" if f.target else ""
        state = "resolved" if f.resolved else "open"
        lines.append(f"  flag {f.code}{where} [{state}]: {_cut(f.detail, 160)}")
    names = {d.id: d.filename for d in view.documents}
    lines.append("  Decisions (value, confidence, evidence):")
    for row in view.current_decisions():
        where = f"[{names.get(row.document_id, row.document_id)}] " if row.document_id else ""
        who = f" by {row.reviewer}" if row.origin == "review" else ""
        lines.append(
            f"    {where}{row.name} = {row.value} ({row.confidence:.2f}{who}): {_cut(row.evidence, 140)}"
        )
    for n in view.notes:
        lines.append(f"  note by {n.author} at {_date(n.created_at)}: {n.text}")
    return "\n".join(lines)


def render_status(status: Status) -> str:
    lines = [
        "Submissions: "
        + (", ".join(f"{k} {v}" for k, v in sorted(status.submissions.items())) or "none"),
        f"Documents: {status.documents}   open flags: {status.open_flags}",
        "Deliveries: "
        + (", ".join(f"{k} {v}" for k, v in sorted(status.deliveries.items())) or "none"),
    ]
    for run in status.last_runs:
        lines.append(
            f"Run {run.id} {_date(run.started_at)} {run.status}: fetched {run.fetched}, "
            f"new {run.new_submissions}, duplicates {run.duplicates}, failed {run.failed}"
            + (f" - {run.error}" if run.error else "")
        )
    for box in status.mailboxes:
        state = f"error: {box.last_error}" if box.last_error else "ok"
        lines.append(
            f"Mailbox {box.source} {box.folder or ''}: UIDVALIDITY {box.uidvalidity or '-'}, "
            f"last UID {box.last_uid}, last read {_date(box.last_run_at)}, {state}"
        )
    for event in status.recent_errors:
        lines.append(f"Error {_date(event.created_at)} [{event.stage}]: {_cut(event.detail, 160)}")
    return "\n".join(lines)
