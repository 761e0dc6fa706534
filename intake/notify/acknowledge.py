"""Acknowledgements of receipt: which submissions get one, the e-mail, and sending it.

`acknowledge_pending` is the one function every entry point calls (after a poll, the worker,
`intake acknowledge`). It is safe to run again and again: each submission gets one row in the
`acknowledgement` table (sent, skipped with its reason, or failed), and the row is claimed
before the e-mail goes, so no submission is ever acknowledged twice. Off unless `ack_enabled`.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import logging
from collections.abc import Collection
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy.engine import Engine

from intake.archive import ContentStore
from intake.calls import Call, load_calls
from intake.errors import NotifyError
from intake.notify import addresses, policy
from intake.notify.headers import inert, msg_id, read_headers
from intake.notify.smtp import SmtpSender, sender_from_settings
from intake.notify.texts import acknowledgement_texts
from intake.settings import Settings
from store import notifications
from store.notifications import AckCandidate

log = logging.getLogger(__name__)

# Submissions received longer ago than this are never acknowledged (an old mailbox imported,
# acknowledgements switched on late): an acknowledgement weeks later helps no one.
ACK_WINDOW = dt.timedelta(days=3)
RATE_PERIOD = dt.timedelta(hours=24)
MAX_LISTED_FILES = 50


@dataclass
class AckReport:
    """What one acknowledgement pass did."""

    enabled: bool = True
    sent: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"sent": len(self.sent), "skipped": len(self.skipped), "failed": len(self.failed)}


def _when(moment: dt.datetime | None) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if moment else "-"


def render_body(candidate: AckCandidate, call: Call | None, language: str, signature: str) -> str:
    """The text of the acknowledgement, in the given language."""
    _, t = acknowledgement_texts(language)
    subject = inert(candidate.subject, 200)
    lines = [
        t["greeting"],
        "",
        t["received"].format(subject=subject, received=_when(candidate.received_at)),
    ]
    if call is not None:
        title = call.titles.get(language) or call.titles.get("en") or ""
        lines += ["", t["call"].format(reference=call.reference, title=title)]
    names = [inert(n, 200) for n in candidate.filenames]
    if names:
        lines += ["", t["files"].format(count=len(names))]
        lines += [f"  - {n}" for n in names[:MAX_LISTED_FILES]]
        if len(names) > MAX_LISTED_FILES:
            lines.append("  " + t["more"].format(count=len(names) - MAX_LISTED_FILES))
    else:
        lines += ["", t["no_files"]]
    if candidate.late:
        deadline = call.deadline if call is not None else None
        late = t["late"].format(deadline=deadline.isoformat()) if deadline else t["late_undated"]
        lines += ["", late]
    lines += ["", t["closing"], "", signature or t["signature"]]
    return "\n".join(lines) + "\n"


def build_acknowledgement(
    candidate: AckCandidate,
    recipient: str,
    call: Call | None,
    sender: tuple[str, str],
    now: dt.datetime,
) -> EmailMessage:
    """The acknowledgement e-mail; every value from the original message made inert first."""
    language, t = acknowledgement_texts(candidate.language)
    from_name, from_address = sender
    subject = inert(candidate.subject, 150)
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = Address(display_name=inert(from_name, 100), addr_spec=from_address)
    to_name = inert(candidate.sender_name, 100) if recipient == candidate.sender else ""
    message["To"] = Address(display_name=to_name, addr_spec=recipient)
    message["Subject"] = t["subject"].format(subject=subject) if subject else t["subject_empty"]
    message["Date"] = email.utils.format_datetime(now.astimezone(dt.UTC))
    message["Message-ID"] = email.utils.make_msgid("ack", domain=from_address.partition("@")[2])
    original = None if candidate.message_id_generated else msg_id(candidate.message_id)
    if original is not None:
        message["In-Reply-To"] = original
        message["References"] = original
    # RFC 3834: marks it as an automatic response; Precedence is deliberately not used.
    message["Auto-Submitted"] = "auto-replied"
    # Asks Exchange and Outlook not to answer it with an out-of-office message.
    message["X-Auto-Response-Suppress"] = "All"
    message.set_content(
        render_body(candidate, call, language, inert(from_name, 100)), cte="quoted-printable"
    )
    message["Content-Language"] = language  # after set_content, which clears Content-* headers
    return message


def _calls(settings: Settings) -> dict[str, Call]:
    directory = Path(settings.calls_dir) if settings.calls_dir else None
    return {c.reference: c for c in load_calls(directory)}


def _verdict(
    candidate: AckCandidate, raw_store: ContentStore, settings: Settings
) -> policy.Verdict:
    if not raw_store.has(candidate.raw_sha256):
        return policy.Verdict(reason="raw message not in the archive")
    headers = read_headers(raw_store.get(candidate.raw_sha256))
    delivered = headers.get("delivered-to", []) + headers.get("x-original-to", [])
    own = addresses.own_addresses(settings, delivered)
    return policy.decide(candidate, headers, own)


def acknowledge_pending(
    settings: Settings,
    engine: Engine,
    since: dt.datetime | None = None,
    *,
    only: Collection[int] | None = None,
    now: dt.datetime | None = None,
) -> AckReport:
    """Decide on every processed submission received since `since` (default: the last
    ACK_WINDOW) that has no decision yet; send the acknowledgements, record the skips.

    Raises NotifyError when the SMTP server cannot be reached or refuses the login; the
    decisions already recorded stay, and the next run goes on from there.
    """
    if not settings.ack_enabled:
        return AckReport(enabled=False)
    now = now or dt.datetime.now(dt.UTC)
    since = since or now - ACK_WINDOW
    sender = addresses.sender_address(settings)
    calls = _calls(settings)
    raw_store = ContentStore(settings.raw_dir, ".eml")
    report = AckReport()
    smtp: SmtpSender | None = None
    try:
        for candidate in notifications.ack_candidates(engine, since, only):
            sid = candidate.submission_id
            verdict = _verdict(candidate, raw_store, settings)
            if verdict.send:
                recent = notifications.acknowledgements_to(
                    engine, verdict.recipient, now - RATE_PERIOD
                )
                if recent >= settings.ack_max_per_sender_per_day:
                    verdict = policy.Verdict(
                        verdict.recipient,
                        f"rate limit: {recent} acknowledgement(s) to this address in 24 h",
                    )
            if not verdict.send:
                if notifications.record_skip(engine, sid, verdict.reason, verdict.recipient):
                    report.skipped.append((sid, verdict.reason))
                    log.info("submission %s not acknowledged: %s", sid, verdict.reason)
                continue
            message = build_acknowledgement(
                candidate, verdict.recipient, calls.get(candidate.call_reference or ""), sender, now
            )
            if smtp is None:
                smtp = sender_from_settings(settings)
            smtp.connect()  # before the claim: an unreachable server leaves nothing claimed
            language = str(message["Content-Language"])
            ack_id = notifications.claim(
                engine, sid, verdict.recipient, language, str(message["Message-ID"])
            )
            if ack_id is None:
                continue  # another run claimed it first
            try:
                smtp.send(message, sender[1], [verdict.recipient])
            except NotifyError as exc:
                notifications.finish(engine, ack_id, "failed", str(exc))
                report.failed.append((sid, str(exc)))
                log.warning("acknowledgement of submission %s failed: %s", sid, exc)
                continue
            notifications.finish(engine, ack_id, "sent")
            report.sent.append(sid)
            log.info("submission %s acknowledged (%s)", sid, language)
    finally:
        if smtp is not None:
            smtp.close()
    return report


def acknowledge_new(
    settings: Settings, engine: Engine, submission_ids: Collection[int]
) -> AckReport:
    """`acknowledge_pending` for these submissions only (those a poll has just filed)."""
    return acknowledge_pending(settings, engine, only=submission_ids)
