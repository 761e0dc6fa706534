"""`intake worker`: poll every configured mailbox on an APScheduler cron schedule."""

from __future__ import annotations

import logging
from pathlib import Path

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger

from intake.calls import load_calls
from intake.errors import ConfigError, IntakeError
from intake.pipeline import Pipeline, poll_once
from intake.settings import Settings
from intake.sources.mailboxes import source_for
from store.db import connect

log = logging.getLogger(__name__)


def poll_all(settings: Settings) -> None:
    """One scheduled poll of every mailbox; one failing mailbox does not stop the others."""
    pipeline = Pipeline(
        settings,
        connect(settings.db_url),
        load_calls(Path(settings.calls_dir) if settings.calls_dir else None),
    )
    for box in settings.mailboxes:
        try:
            poll_once(pipeline, source_for(box))
        except IntakeError as exc:
            log.error("mailbox %s: %s", box.name, exc)


def trigger(settings: Settings) -> CronTrigger:
    try:
        return CronTrigger.from_crontab(settings.schedule, timezone=settings.schedule_timezone)
    except (ValueError, KeyError) as exc:
        raise ConfigError(
            f"bad schedule {settings.schedule!r} ({settings.schedule_timezone}): {exc}"
        ) from exc


def run_worker(settings: Settings) -> int:
    if not settings.mailboxes:
        raise ConfigError("no mailbox configured: add a [[mailbox]] to the settings for the worker")
    scheduler = BlockingScheduler()
    scheduler.add_job(
        poll_all,
        trigger(settings),
        args=[settings],
        id="poll",
        coalesce=True,
        max_instances=1,
        misfire_grace_time=24 * 3600,
    )
    log.info("worker started: %s (%s)", settings.schedule, settings.schedule_timezone)
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        log.info("worker stopped")
    return 0
