"""The daily digest to the Secretariat: what came in since the last one, and what needs a person.

`send_digest` is what the worker and `intake digest` call; `render_digest` gives the same text
for `intake digest --print`. The period runs from the end of the last digest sent (else the last
24 hours) to now, so a day when the digest failed is covered by the next one.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
from collections import Counter
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage

from sqlalchemy.engine import Engine

from intake.errors import ConfigError, NotifyError
from intake.notify import addresses
from intake.notify.headers import inert
from intake.notify.smtp import sender_from_settings
from intake.settings import Settings
from store import notifications
from store.notifications import DigestFacts, DigestLine

DEFAULT_PERIOD = dt.timedelta(days=1)
MAX_LINES = 50  # per section; the counts stay exact


@dataclass(frozen=True)
class DigestReport:
    """One digest: the period it covered and to whom it went."""

    since: dt.datetime
    until: dt.datetime
    recipients: tuple[str, ...]
    text: str


def _when(moment: dt.datetime | None) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if moment else "-"


def _line(s: DigestLine) -> str:
    late = "  LATE" if s.late else ""
    failed = "  FAILED" if s.status == "failed" else ""
    flags = f"  flags: {', '.join(s.flags)}" if s.flags else ""
    return (
        f"  #{s.submission_id:<5} {_when(s.received_at)}  {s.party or '-':4} "
        f"{s.call_reference or '-':20} {s.language or '-':3} {s.documents} file(s){late}{failed}"
        f"{flags}\n          {inert(s.sender, 80)}: {inert(s.subject, 100)}"
    )


def _section(title: str, lines: list[str]) -> list[str]:
    shown = lines[:MAX_LINES]
    if len(lines) > MAX_LINES:
        shown.append(f"  … and {len(lines) - MAX_LINES} more")
    return ["", title, *shown]


def _ids(ids: tuple[int, ...]) -> str:
    shown = ", ".join(f"#{i}" for i in ids[:10])
    return shown + (f", … (+{len(ids) - 10})" if len(ids) > 10 else "")


def format_digest(facts: DigestFacts) -> str:
    """The digest as plain text."""
    kinds = Counter(s.kind for s in facts.new)
    submissions = [s for s in facts.new if s.kind == "submission"]
    late = [s for s in submissions if s.late]
    others = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()) if k != "submission")
    flag_count = sum(len(ids) for ids in facts.open_flags.values())
    flagged = len({i for ids in facts.open_flags.values() for i in ids})
    lines = [
        f"intake digest, {_when(facts.since)} to {_when(facts.until)} UTC",
        "",
        f"New submissions: {len(submissions)}" + (f"   (also filed: {others})" if others else ""),
        f"Late submissions: {len(late)}",
        f"Open flags: {flag_count} on {flagged} submission(s); {facts.awaiting_review} "
        "submission(s) awaiting review",
        f"Mailboxes in error: {len(facts.mailbox_errors)}",
        f"Failed deliveries: {len(facts.failed_deliveries)} message(s) that could not be processed, "
        f"{len(facts.failed_acknowledgements)} acknowledgement(s) not sent",
    ]
    if submissions:
        lines += _section("New submissions", [_line(s) for s in submissions])
    if late:
        lines += _section("Late (received after the call's deadline)", [_line(s) for s in late])
    rest = [s for s in facts.new if s.kind != "submission"]
    if rest:
        lines += _section(
            "Also filed (not submissions)", [_line(s) + f"  [{s.kind}]" for s in rest]
        )
    if facts.open_flags:
        lines += _section(
            "Needs attention: open flags by code",
            [f"  {code:28} {len(ids):>4}   {_ids(ids)}" for code, ids in facts.open_flags.items()],
        )
    if facts.mailbox_errors:
        lines += _section(
            "Mailboxes in error",
            [f"  {src} {folder}: {inert(err, 300)}" for src, folder, err in facts.mailbox_errors],
        )
    if facts.failed_deliveries:
        lines += _section(
            "Failed deliveries (retried on the next runs up to max_attempts)",
            [f"  delivery {i}: {inert(err, 200)}" for i, err in facts.failed_deliveries],
        )
    if facts.failed_acknowledgements:
        lines += _section(
            "Acknowledgements not sent",
            [f"  #{s} to {r}: {inert(e, 200)}" for s, r, e in facts.failed_acknowledgements],
        )
    lines += ["", "`intake queue` lists the submissions awaiting review; `intake show ID` one."]
    return "\n".join(lines) + "\n"


def digest_period(
    engine: Engine, now: dt.datetime | None = None
) -> tuple[dt.datetime, dt.datetime]:
    """(since, until): from the end of the last digest sent, else one day back, to now."""
    until = now or dt.datetime.now(dt.UTC)
    since = notifications.last_digest_end(engine) or until - DEFAULT_PERIOD
    return since, until


def render_digest(
    engine: Engine, since: dt.datetime | None = None, until: dt.datetime | None = None
) -> str:
    """The digest text for a period (default: since the last digest sent, to now)."""
    default_since, default_until = digest_period(engine, until)
    return format_digest(notifications.digest_facts(engine, since or default_since, default_until))


def build_digest(
    text: str, facts_until: dt.datetime, sender: tuple[str, str], recipients: tuple[str, ...]
) -> EmailMessage:
    message = EmailMessage(policy=email.policy.SMTP)
    name, address = sender
    message["From"] = Address(display_name=inert(name, 100), addr_spec=address)
    message["To"] = [Address(addr_spec=r) for r in recipients]
    message["Subject"] = f"intake digest {facts_until.astimezone(dt.UTC):%Y-%m-%d}"
    message["Date"] = email.utils.format_datetime(facts_until.astimezone(dt.UTC))
    message["Message-ID"] = email.utils.make_msgid("digest", domain=address.partition("@")[2])
    # RFC 3834: generated, not a response; auto-responders should leave it alone.
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    message.set_content(text, cte="quoted-printable")
    return message


def send_digest(settings: Settings, engine: Engine, now: dt.datetime | None = None) -> DigestReport:
    """Send the digest to `digest_to` and record it; NotifyError (recorded too) when it fails."""
    recipients = addresses.parse_list(settings.digest_to, "digest_to")
    if not recipients:
        raise ConfigError("set digest_to: the addresses the daily digest goes to")
    sender = addresses.sender_address(settings)
    since, until = digest_period(engine, now)
    text = format_digest(notifications.digest_facts(engine, since, until))
    message = build_digest(text, until, sender, recipients)
    try:
        with sender_from_settings(settings) as smtp:
            smtp.send(message, sender[1], recipients)
    except NotifyError as exc:
        notifications.record_digest(engine, since, until, ", ".join(recipients), str(exc))
        raise
    notifications.record_digest(engine, since, until, ", ".join(recipients))
    return DigestReport(since, until, recipients, text)
