"""`intake worker`: poll every configured mailbox on an APScheduler cron schedule.

The job store is the project's own database (table `apscheduler_jobs`), so a poll missed while
the machine was off runs once when it is back (coalesced, with a day of grace). Polls never
overlap: APScheduler runs at most one instance, and `run_poll` takes the database poll lock,
which also keeps a cron-started `intake run --once` from running beside the worker. SIGTERM
stops the worker after the current message. When `digest_to` is set, the daily digest is a
second job on `digest_schedule`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from intake.calls import load_calls
from intake.errors import ConfigError, IntakeError
from intake.notify import send_digest
from intake.pipeline import Pipeline
from intake.runner import after_poll_acknowledgements, mailbox_specs, run_poll
from intake.settings import Settings, load_settings
from intake.signals import stop_on_signals
from store.db import connect, normalise_url

log = logging.getLogger(__name__)

MISFIRE_GRACE_SECONDS = 24 * 3600
_stop = threading.Event()


def _load(config_path: str | None, overrides: dict[str, str]) -> Settings:
    settings = load_settings(Path(config_path) if config_path else None)
    changes = {k: Path(v) if k == "data_dir" else v for k, v in overrides.items()}
    return settings.with_overrides(**changes)


def scheduled_poll(config_path: str | None, overrides: dict[str, str]) -> None:
    """The scheduled poll: settings are re-read at each run, so edits apply without a restart."""
    settings = _load(config_path, overrides)
    calls = load_calls(Path(settings.calls_dir) if settings.calls_dir else None)
    pipeline = Pipeline(settings, connect(settings.db_url), calls)
    result = run_poll(pipeline, mailbox_specs(settings.mailboxes), stop=_stop.is_set)
    for report in result.reports:
        errors = f" errors: {report.errors}" if report.errors else ""
        log.info("%s: %s%s", report.source, report.counts(), errors)
    if not result.busy:
        log.info("acknowledgements: %s", after_poll_acknowledgements(settings, pipeline.engine))


def scheduled_digest(config_path: str | None, overrides: dict[str, str]) -> None:
    """The scheduled digest to the Secretariat; a failure is logged and recorded, not raised."""
    settings = _load(config_path, overrides)
    try:
        report = send_digest(settings, connect(settings.db_url))
        log.info("digest sent to %s", ", ".join(report.recipients))
    except IntakeError as exc:
        log.error("digest not sent: %s", exc)


def trigger(expression: str, timezone: str) -> CronTrigger:
    try:
        return CronTrigger.from_crontab(expression, timezone=timezone)
    except (ValueError, KeyError) as exc:
        raise ConfigError(f"bad schedule {expression!r} ({timezone}): {exc}") from exc


def build_scheduler(settings: Settings) -> BackgroundScheduler:
    store = SQLAlchemyJobStore(url=normalise_url(settings.db_url))
    return BackgroundScheduler(
        jobstores={"default": store},
        executors={"default": ThreadPoolExecutor(1)},
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": MISFIRE_GRACE_SECONDS,
        },
        timezone=settings.schedule_timezone,
    )


def register_job(
    scheduler: BackgroundScheduler,
    job_id: str,
    function: Callable[[str | None, dict[str, str]], None],
    wanted: CronTrigger | None,
    args: list[object],
) -> None:
    """Add a job, or keep the stored one (and its missed run time) if nothing changed.

    Replacing a stored job would recompute its next run time and forget a run missed while the
    machine was off; so the stored job is kept unless its schedule or arguments changed.
    `wanted=None` removes the job.
    """
    job = scheduler.get_job(job_id)
    if wanted is None:
        if job is not None:
            scheduler.remove_job(job_id)
        return
    if job is None:
        scheduler.add_job(function, wanted, args=args, id=job_id, name=job_id)
        return
    if list(job.args) != args:
        job.modify(args=args)
    if str(job.trigger) != str(wanted) or str(job.trigger.timezone) != str(wanted.timezone):
        scheduler.reschedule_job(job_id, trigger=wanted)


def run_worker(
    settings: Settings, config_path: str | None = None, overrides: dict[str, str] | None = None
) -> int:
    """Run until SIGTERM or SIGINT; returns the exit code."""
    if not settings.mailboxes:
        raise ConfigError("no mailbox configured: add a [[mailbox]] to the settings for the worker")
    connect(settings.db_url)  # fail fast, with a clear message, if the database is unreachable
    args: list[object] = [config_path, overrides or {}]
    poll = trigger(settings.schedule, settings.schedule_timezone)
    digest = (
        trigger(settings.digest_schedule, settings.schedule_timezone)
        if settings.digest_to
        else None
    )
    scheduler = build_scheduler(settings)
    _stop.clear()
    with stop_on_signals() as stop:
        scheduler.start(paused=True)
        register_job(scheduler, "poll", scheduled_poll, poll, args)
        register_job(scheduler, "digest", scheduled_digest, digest, args)
        job = scheduler.get_job("poll")
        next_run = job.next_run_time if job else "-"
        log.info(
            "worker started: %s (%s); next poll %s",
            settings.schedule,
            settings.schedule_timezone,
            next_run,
        )
        scheduler.resume()  # a run missed while stopped, within the grace time, runs now, once
        while not stop():
            threading.Event().wait(0.5)
        _stop.set()
        log.info("worker stopping: waiting for the current message to finish")
        scheduler.shutdown(wait=True)
    log.info("worker stopped")
    return 0
