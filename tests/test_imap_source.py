"""The IMAP source against a real Dovecot server on loopback (tests/servers/dovecot.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from intake import export
from intake.errors import SourceAuthError, SourceConnectionError
from intake.mime import parse_message
from intake.pipeline import Pipeline, poll_once
from intake.sources.imap import ImapSource, ImapUrl, password_login
from store.models import Delivery, MailboxState
from tests.conftest_imap import ImapAccount

DEMO = sorted((Path(__file__).resolve().parents[1] / "intake" / "demo_mailbox").glob("*.eml"))


def source(account: ImapAccount, *, port: int | None = None, security: str = "plain",
           folder: str = "INBOX", **options: object) -> ImapSource:  # fmt: skip
    url = ImapUrl(security, account.user, account.host, port or account.port, folder)
    return ImapSource(url, password_login(account.password), cafile=account.cafile, **options)  # type: ignore[arg-type]


def deliver(
    account: ImapAccount, files: list[Path], folder: str = "INBOX", hour: int = 9
) -> list[int]:
    moment = dt.datetime(2021, 2, 20, hour, 0, tzinfo=dt.UTC)
    return [
        account.server.append(
            account.user, folder, f.read_bytes(), internaldate=moment + dt.timedelta(hours=i)
        )
        for i, f in enumerate(files)
    ]


def test_incremental_fetch_keeps_messages_unread(
    imap_account: ImapAccount, pipeline: Pipeline, engine: Engine
) -> None:
    deliver(imap_account, DEMO[:3])
    first = poll_once(pipeline, source(imap_account))
    assert (first.fetched, first.new) == (3, 3)
    deliver(imap_account, DEMO[3:5], hour=12)
    second = poll_once(pipeline, source(imap_account))
    assert (second.fetched, second.new) == (2, 2)
    assert poll_once(pipeline, source(imap_account)).fetched == 0
    # BODY.PEEK: nothing was marked \Seen.
    flags = imap_account.server.flags(imap_account.user, "INBOX")
    assert all("\\Seen" not in f for f in flags.values())
    # Dated by IMAP INTERNALDATE, not by the sender's Date header.
    received = sorted(r["received_at"] for r in export.records(engine))
    assert received == [f"2021-02-20T{9 + i:02d}:00:00Z" for i in range(5)]
    with Session(engine) as session:
        state = session.exec(select(MailboxState)).one()
    assert state.uidvalidity == imap_account.server.uidvalidity(imap_account.user, "INBOX")
    assert state.last_uid == max(imap_account.server.uids(imap_account.user, "INBOX"))


def test_uidvalidity_change_reads_again_without_doubling(
    imap_account: ImapAccount, pipeline: Pipeline, engine: Engine
) -> None:
    # INBOX cannot be deleted; a shared submissions folder can be rebuilt by an administrator.
    imap_account.server.create_folder(imap_account.user, "Submissions")
    deliver(imap_account, DEMO[:4], folder="Submissions")
    assert poll_once(pipeline, source(imap_account, folder="Submissions")).new == 4
    imap_account.server.recreate_folder(imap_account.user, "Submissions")
    deliver(imap_account, DEMO[:4], folder="Submissions")  # same messages, new UIDs
    again = poll_once(pipeline, source(imap_account, folder="Submissions"))
    assert (again.fetched, again.new, again.duplicates) == (4, 0, 4)
    assert len(list(export.records(engine))) == 4


def test_move_after_store(imap_account: ImapAccount, pipeline: Pipeline) -> None:
    deliver(imap_account, DEMO[:3])
    report = poll_once(pipeline, source(imap_account, after_store="move:Processed"))
    assert report.new == 3
    assert imap_account.server.uids(imap_account.user, "INBOX") == []
    assert len(imap_account.server.uids(imap_account.user, "Processed")) == 3
    assert poll_once(pipeline, source(imap_account, after_store="move:Processed")).fetched == 0


def test_keyword_and_seen_after_store(imap_account: ImapAccount, pipeline: Pipeline) -> None:
    deliver(imap_account, DEMO[:2])
    poll_once(pipeline, source(imap_account, after_store="keyword:intake-stored", mark_seen=True))
    flags = imap_account.server.flags(imap_account.user, "INBOX")
    assert len(flags) == 2
    assert all({"intake-stored", "\\Seen"} <= f for f in flags.values())


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_tls_transports_verify_the_certificate(
    imap_account: ImapAccount, pipeline: Pipeline, security: str
) -> None:
    deliver(imap_account, DEMO[:1])
    port = imap_account.tls_port if security == "tls" else imap_account.port
    assert poll_once(pipeline, source(imap_account, port=port, security=security)).new == 1
    # Without the test CA the server's certificate is refused.
    untrusted = ImapSource(ImapUrl(security, imap_account.user, imap_account.host, port, "INBOX"),
                           password_login(imap_account.password))  # fmt: skip
    with pytest.raises(SourceConnectionError):
        untrusted.connect()


def test_bad_password_is_an_auth_error(imap_account: ImapAccount) -> None:
    url = ImapUrl("plain", imap_account.user, imap_account.host, imap_account.port, "INBOX")
    with pytest.raises(SourceAuthError, match="login refused"):
        ImapSource(url, password_login("wrong")).connect()


def _with(pipeline: Pipeline, **changes: object) -> Pipeline:
    return Pipeline(
        dataclasses.replace(pipeline.settings, **changes), pipeline.engine, pipeline.calls
    )


def test_connection_cut_mid_fetch_resumes_next_run(
    imap_account: ImapAccount, pipeline: Pipeline, engine: Engine, tcp_proxy: object
) -> None:
    deliver(imap_account, DEMO)
    proxy = tcp_proxy(imap_account.port)  # type: ignore[operator]
    # Let the login and the first messages through, then cut the TCP connection for real.
    proxy.cut_after_bytes(200_000)
    no_retry = _with(pipeline, fetch_retries=0)
    first = poll_once(no_retry, source(imap_account, port=proxy.port, batch_messages=2))
    assert first.errors and "connection lost" in first.errors[0]
    assert 0 < first.fetched < len(DEMO)
    second = poll_once(no_retry, source(imap_account, port=proxy.port))
    assert not second.errors
    assert first.fetched + second.fetched == len(DEMO)
    with Session(engine) as session:
        uids = [d.uid for d in session.exec(select(Delivery)).all()]
    assert sorted(uids) == imap_account.server.uids(imap_account.user, "INBOX")
    distinct = {parse_message(f.read_bytes()).message_id for f in DEMO}
    assert len(list(export.records(engine))) == len(distinct)


def test_a_dropped_connection_is_retried_within_the_run(
    imap_account: ImapAccount, pipeline: Pipeline, engine: Engine, tcp_proxy: object
) -> None:
    deliver(imap_account, DEMO)
    proxy = tcp_proxy(imap_account.port)  # type: ignore[operator]
    proxy.cut_after_bytes(200_000)
    report = poll_once(
        _with(pipeline, retry_backoff_seconds=0),
        source(imap_account, port=proxy.port, batch_messages=2),
    )
    assert not report.errors and report.fetched == len(DEMO)
    assert proxy.cuts == 1 and proxy.accepted == 2
    with Session(engine) as session:
        assert len(session.exec(select(Delivery)).all()) == len(DEMO)


def test_a_refused_connection_is_retried_with_backoff(
    imap_account: ImapAccount, pipeline: Pipeline, tcp_proxy: object
) -> None:
    deliver(imap_account, DEMO[:2])
    proxy = tcp_proxy(imap_account.port)  # type: ignore[operator]
    proxy.refuse(True)
    threading.Timer(1.5, proxy.refuse, args=(False,)).start()
    started = time.monotonic()
    report = poll_once(
        _with(pipeline, retry_backoff_seconds=1), source(imap_account, port=proxy.port)
    )
    assert not report.errors and report.fetched == 2
    assert time.monotonic() - started >= 1.5  # waited 1 s, then 2 s, before the server answered


def test_a_refused_login_is_not_retried(imap_account: ImapAccount, pipeline: Pipeline) -> None:
    url = ImapUrl("plain", imap_account.user, imap_account.host, imap_account.port, "INBOX")
    started = time.monotonic()
    report = poll_once(
        _with(pipeline, retry_backoff_seconds=5), ImapSource(url, password_login("wrong"))
    )
    assert report.errors and "login refused" in report.errors[0]
    assert time.monotonic() - started < 5


def test_cli_reads_an_imap_url(imap_account: ImapAccount, tmp_path: Path) -> None:
    deliver(imap_account, DEMO[:2])
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env.update(INTAKE_IMAP_PASSWORD=imap_account.password, INTAKE_DATA_DIR=str(tmp_path / "data"),
               INTAKE_IMAP_CAFILE=imap_account.cafile)  # fmt: skip
    url = f"imaps://{imap_account.user}@127.0.0.1:{imap_account.tls_port}/INBOX"
    db = f"sqlite:///{tmp_path / 'imap.db'}"
    result = subprocess.run([sys.executable, "-m", "intake", "--db", db, "run", "--once", "--source", url],
                            env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "fetched 2, new 2" in result.stdout
    assert imap_account.password not in result.stdout + result.stderr
    env["INTAKE_IMAP_PASSWORD"] = "wrong-password"
    refused = subprocess.run([sys.executable, "-m", "intake", "--db", db, "run", "--once", "--source", url],
                             env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert refused.returncode == 1
    assert "login refused" in refused.stdout and "Traceback" not in refused.stderr
