"""One poll of every source, under the poll lock: what `run --once`, the worker and the demo call.

Each source is opened inside the loop, so a mailbox whose password file is missing or whose
server refuses the login is recorded in its state and the next mailbox is still read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine

from intake.errors import IntakeError, NotifyError
from intake.notify import acknowledge_pending
from intake.pipeline import Pipeline, Progress, RunReport, Stop, poll_once
from intake.settings import Mailbox, Settings
from intake.sources import MailSource, open_source
from intake.sources.imap import parse_imap_url
from intake.sources.mailboxes import source_for
from store.lock import poll_lock

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SourceSpec:
    """A source to poll: how to open it, and which calls it collects for (empty: all)."""

    name: str
    open: Callable[[], MailSource]
    calls: tuple[str, ...] = ()
    folder: str = ""


@dataclass
class PollResult:
    reports: list[RunReport] = field(default_factory=list)
    busy: bool = False

    @property
    def new_submission_ids(self) -> list[int]:
        return [i for r in self.reports for i in r.new_submission_ids]


def _mailbox_spec(box: Mailbox) -> SourceSpec:
    try:
        url = parse_imap_url(box.url)
    except IntakeError:
        return SourceSpec(box.name, lambda: source_for(box), box.calls)
    # Named as the source will name itself, so its state shows on one line in `intake status`.
    return SourceSpec(url.source_name, lambda: source_for(box), box.calls, url.folder)


def mailbox_specs(mailboxes: Sequence[Mailbox]) -> list[SourceSpec]:
    return [_mailbox_spec(box) for box in mailboxes]


def spec_for(location: str, **options: object) -> SourceSpec:
    return SourceSpec(location, lambda: open_source(location, **options))


def run_poll(
    pipeline: Pipeline,
    specs: Sequence[SourceSpec],
    progress: Callable[[str], Progress] | None = None,
    stop: Stop | None = None,
) -> PollResult:
    """Poll every source once, unless another poll holds the lock (then nothing is done)."""
    result = PollResult()
    with poll_lock(pipeline.engine) as acquired:
        if not acquired:
            log.warning("another poll is running; this one does nothing")
            result.busy = True
            return result
        for spec in specs:
            if stop is not None and stop():
                break
            try:
                source = spec.open()
                scoped = pipeline.restricted_to(spec.calls)
            except IntakeError as exc:
                log.error("mailbox %s: %s", spec.name, exc)
                pipeline.ledger.note_source(spec.name, spec.folder, str(exc))
                result.reports.append(RunReport(run_id="-", source=spec.name, errors=[str(exc)]))
                continue
            bar = progress(source.name) if progress is not None else None
            result.reports.append(poll_once(scoped, source, bar, stop))
    return result


def after_poll_acknowledgements(settings: Settings, engine: Engine) -> str:
    """Send the acknowledgements a poll made due; an SMTP failure never fails the poll."""
    if not settings.ack_enabled:
        return "off"
    try:
        return str(acknowledge_pending(settings, engine).counts())
    except (NotifyError, IntakeError) as exc:
        log.error("acknowledgements not sent: %s", exc)
        return f"not sent: {exc}"
