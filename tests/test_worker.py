"""Running unattended: the poll lock, the scheduled worker, and mailboxes failing alone."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from intake.pipeline import Pipeline
from intake.runner import mailbox_specs, run_poll, spec_for
from intake.settings import Mailbox
from tests.conftest_imap import ImapAccount

ROOT = Path(__file__).resolve().parents[1]
DEMO = sorted((ROOT / "intake" / "demo_mailbox").glob("*.eml"))
HOLD_LOCK = """
import sys, time
from store.db import connect
from store.lock import poll_lock
with poll_lock(connect(sys.argv[1])) as acquired:
    print("locked" if acquired else "busy", flush=True)
    time.sleep(120)
"""


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


@contextmanager
def lock_holder(db_url: str) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, db_url], stdout=subprocess.PIPE,
                              text=True, env=_env(), cwd=ROOT)  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def test_a_second_poll_waits_its_turn_and_a_crash_frees_the_lock(
    pipeline: Pipeline, engine: Engine, db_url: str, demo_mailbox: Path
) -> None:
    with lock_holder(db_url) as holder:
        busy = run_poll(pipeline, [spec_for(str(demo_mailbox))])
        assert busy.busy and busy.reports == []
        holder.send_signal(signal.SIGKILL)  # the holder crashes: no clean release
        holder.wait()
        # The server (PostgreSQL) or the kernel (flock) frees the lock once it sees the
        # connection or the file closed, which may take a moment after the process is gone.
        deadline = time.monotonic() + 15
        done = run_poll(pipeline, [spec_for(str(demo_mailbox))])
        while done.busy and time.monotonic() < deadline:
            time.sleep(0.2)
            done = run_poll(pipeline, [spec_for(str(demo_mailbox))])
    assert not done.busy and done.reports[0].fetched == len(DEMO)


def test_one_failing_mailbox_does_not_block_the_others(
    imap_account: ImapAccount, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    for path in DEMO[:2]:
        imap_account.server.append(imap_account.user, "INBOX", path.read_bytes())
    monkeypatch.setenv("GOOD_PASSWORD", imap_account.password)
    monkeypatch.setenv("BAD_PASSWORD", "wrong")
    url = f"imap://{imap_account.user}@127.0.0.1:{imap_account.port}/INBOX"
    boxes = [
        Mailbox(name="no-secret", url=url, password_env="UNSET_PASSWORD_VARIABLE"),
        Mailbox(name="refused", url=url.replace("/INBOX", "/Archive"), password_env="BAD_PASSWORD"),
        Mailbox(name="unreachable", url="imap://x@127.0.0.1:1/INBOX", password_env="GOOD_PASSWORD"),
        Mailbox(name="good", url=url, password_env="GOOD_PASSWORD", calls=("2021/008",)),
    ]
    result = run_poll(pipeline, mailbox_specs(boxes))
    assert [bool(r.errors) for r in result.reports] == [True, True, True, False]
    assert result.reports[-1].fetched == 2
    errors = " ".join(e for r in result.reports for e in r.errors)
    assert (
        "UNSET_PASSWORD_VARIABLE" in errors
        and "login refused" in errors
        and "cannot connect" in errors
    )


def _set_next_run(db: str, moment: dt.datetime) -> None:
    """Move the stored job's next run time, as if the machine had been off since then."""
    store = SQLAlchemyJobStore(url=db)
    store.start(BackgroundScheduler(), "default")
    job = store.lookup_job("poll")
    job.next_run_time = moment
    store.update_job(job)
    store.shutdown()


def _wait_for(
    condition: object, process: subprocess.Popen[str] | None = None, timeout: float = 120.0
) -> None:
    """Until `condition()` holds; fails at once, with its output, if `process` has exited."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        if process is not None and process.poll() is not None:
            _, stderr = process.communicate()
            raise AssertionError(f"the worker exited with {process.returncode}: {stderr[-2000:]}")
        time.sleep(0.2)
    raise AssertionError("timed out waiting")


def _scalar(db: str, sql: str) -> object:
    engine = create_engine(db)
    try:
        with engine.begin() as conn:
            return conn.execute(text(sql)).scalar()
    except Exception:  # noqa: BLE001 - the table may not exist yet
        return None
    finally:
        engine.dispose()


def test_worker_runs_a_missed_poll_once_and_stops_on_sigterm(
    imap_account: ImapAccount, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'worker.db'}"
    config = tmp_path / "settings.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "data"}"\ndatabase_url = "{db}"\nschedule = "0 6 * * *"\n'
        f'schedule_timezone = "Europe/Zurich"\n[[mailbox]]\nname = "submissions"\n'
        f'url = "imap://{imap_account.user}@127.0.0.1:{imap_account.port}/INBOX"\n',
        encoding="utf-8",
    )
    env = _env(INTAKE_IMAP_PASSWORD=imap_account.password)
    command = [sys.executable, "-m", "intake", "--config", str(config), "worker"]

    first = subprocess.Popen(command, env=env, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: _scalar(db, "SELECT count(*) FROM apscheduler_jobs") == 1, first)
    first.send_signal(signal.SIGTERM)
    first.communicate(timeout=30)
    assert first.returncode == 0
    assert _scalar(db, "SELECT count(*) FROM run") == 0  # 06:00 has not come: nothing ran

    # The machine was off for three days: three daily polls were missed.
    _set_next_run(db, dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
    for path in DEMO[:3]:
        imap_account.server.append(imap_account.user, "INBOX", path.read_bytes())

    second = subprocess.Popen(command, env=env, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    _wait_for(
        lambda: _scalar(db, "SELECT count(*) FROM run WHERE finished_at IS NOT NULL") == 1, second
    )
    time.sleep(1.5)
    second.send_signal(signal.SIGTERM)
    _, stderr = second.communicate(timeout=30)
    assert second.returncode == 0
    assert "worker stopped" in stderr
    assert _scalar(db, "SELECT count(*) FROM run") == 1  # coalesced: once, not three times
    assert _scalar(db, "SELECT count(*) FROM delivery") == 3
    next_run = float(_scalar(db, "SELECT next_run_time FROM apscheduler_jobs"))  # type: ignore[arg-type]
    assert next_run > time.time()
