"""Tests of the Dovecot test server fixture and the faulty TCP proxy themselves."""

from __future__ import annotations

import contextlib
import datetime as dt
import email.message
import os
import shutil
import socket
import ssl
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from imapclient import IMAPClient

from tests.conftest_imap import ImapAccount
from tests.servers.dovecot import DOVECOT_BINARY, DovecotError, DovecotServer, make_certificates
from tests.servers.tcp_proxy import TcpProxy

pytestmark = pytest.mark.imap
# For tests that start a server of their own rather than use the fixtures (which skip).
needs_dovecot = pytest.mark.skipif(
    not DOVECOT_BINARY.exists() or os.geteuid() != 0,
    reason="needs root and Dovecot: run scripts/setup-system.sh",
)

# A dropped connection, as imapclient reports it: EOF (abort) or a reset (OSError).
DROPPED = (IMAPClient.AbortError, OSError)
ProxyFactory = Callable[[int], TcpProxy]


def message(subject: str, body: str = "Hello from a Party.\r\n") -> bytes:
    msg = email.message.EmailMessage()
    msg["From"] = "focal.point@example.org"
    msg["To"] = "info@cites.example"
    msg["Subject"] = subject
    msg.set_content(body)
    return msg.as_bytes().replace(b"\n", b"\r\n")


def close_quietly(client: IMAPClient) -> None:
    with contextlib.suppress(Exception):
        client.shutdown()


# -- connecting and logging in -------------------------------------------------------------


def test_login_on_plain_port(imap_account: ImapAccount) -> None:
    client = IMAPClient(imap_account.host, port=imap_account.port, ssl=False, timeout=10)
    try:
        assert b"STARTTLS" in client.capabilities()
        client.login(imap_account.user, imap_account.password)
        assert client.select_folder("INBOX")[b"EXISTS"] == 0
    finally:
        client.logout()


def test_starttls_verifies_the_certificate(imap_account: ImapAccount) -> None:
    context = ssl.create_default_context(cafile=imap_account.cafile)
    client = IMAPClient(imap_account.host, port=imap_account.port, ssl=False, timeout=10)
    try:
        client.starttls(context)
        client.login(imap_account.user, imap_account.password)
        assert client.noop()
    finally:
        client.logout()


def test_starttls_without_the_ca_fails_verification(imap_account: ImapAccount) -> None:
    client = IMAPClient(imap_account.host, port=imap_account.port, ssl=False, timeout=10)
    try:
        with pytest.raises(ssl.SSLCertVerificationError):
            client.starttls(ssl.create_default_context())
    finally:
        close_quietly(client)


def test_imaps_verifies_the_certificate(imap_account: ImapAccount) -> None:
    context = ssl.create_default_context(cafile=imap_account.cafile)
    for host in ("127.0.0.1", "localhost"):
        with IMAPClient(
            host, port=imap_account.tls_port, ssl=True, ssl_context=context, timeout=10
        ) as client:
            client.login(imap_account.user, imap_account.password)
            assert client.noop()


def test_imaps_rejects_a_wrong_host_name(imap_account: ImapAccount) -> None:
    context = ssl.create_default_context(cafile=imap_account.cafile)
    with (
        socket.create_connection((imap_account.host, imap_account.tls_port), timeout=5) as raw,
        pytest.raises(ssl.SSLCertVerificationError),
    ):
        context.wrap_socket(raw, server_hostname="mail.example.org")


def test_wrong_password_is_refused_without_slowing_later_logins(
    imap_account: ImapAccount,
) -> None:
    for _ in range(2):
        with imap_account.connect(login=False) as client, pytest.raises(IMAPClient.Error):
            client.login(imap_account.user, "not the password")
    started = time.monotonic()
    with imap_account.connect() as client:
        assert client.noop()
    # Dovecot's per-IP auth penalty (2 s and more after a failure) is disabled.
    assert time.monotonic() - started < 1.0


def test_users_added_while_running_log_in_at_once(dovecot: DovecotServer) -> None:
    name = f"late-{time.monotonic_ns()}"
    dovecot.add_user(name, "first:pass{word}")
    with dovecot.session(name) as client:
        assert client.noop()
    dovecot.add_user(name, "second")
    with dovecot.connect() as client:
        client.login(name, "second")
    with dovecot.connect() as client, pytest.raises(IMAPClient.Error):
        client.login(name, "first:pass{word}")


def test_accounts_are_isolated(dovecot: DovecotServer, imap_account: ImapAccount) -> None:
    dovecot.append(imap_account.user, "INBOX", message("only mine"))
    other = f"other-{time.monotonic_ns()}"
    dovecot.add_user(other, "pw")
    assert dovecot.uids(other, "INBOX") == []
    assert dovecot.uids(imap_account.user, "INBOX") == [1]


@needs_dovecot
def test_start_failure_reports_dovecot_output() -> None:
    server = DovecotServer(extra_config="no_such_setting_here = 1\n")
    with pytest.raises(DovecotError, match="no_such_setting_here"):
        server.start()
    assert not server.running


@needs_dovecot
def test_stop_closes_the_ports_and_removes_the_directory() -> None:
    with DovecotServer() as server:
        root, port, tls_port = server.root, server.port, server.tls_port
        server.add_user("alice", "secret")
        with server.session("alice", tls="imaps") as client:
            assert client.noop()
    for p in (port, tls_port):
        with pytest.raises(OSError), socket.create_connection((server.host, p), timeout=1):
            pass
    assert not root.exists()


# -- mailbox helpers -----------------------------------------------------------------------


def test_append_returns_uids(dovecot: DovecotServer, imap_account: ImapAccount) -> None:
    user = imap_account.user
    when = dt.datetime(2024, 3, 1, 9, 30, tzinfo=dt.UTC)
    uids = [dovecot.append(user, "INBOX", message(f"n{i}"), internaldate=when) for i in range(3)]
    assert uids == [1, 2, 3]
    assert dovecot.uids(user, "INBOX") == uids
    raw = message("round trip")
    uid = dovecot.append(user, "INBOX", raw)
    with imap_account.connect() as client:
        client.select_folder("INBOX", readonly=True)
        data = client.fetch([1, uid], ["BODY.PEEK[]", "INTERNALDATE"])
    assert data[uid][b"BODY[]"] == raw
    assert data[1][b"INTERNALDATE"].astimezone(dt.UTC) == when


def test_folders_can_nest_and_hold_dots(dovecot: DovecotServer, imap_account: ImapAccount) -> None:
    user = imap_account.user
    dovecot.create_folder(user, "Notifications/No. 2024-001")
    dovecot.create_folder(user, "Notifications/No. 2024-001", exist_ok=True)
    assert dovecot.append(user, "Notifications/No. 2024-001", message("x")) == 1
    assert "Notifications/No. 2024-001" in dovecot.folders(user)
    dovecot.delete_folder(user, "Notifications/No. 2024-001")
    dovecot.delete_folder(user, "Notifications/No. 2024-001", missing_ok=True)
    assert "Notifications/No. 2024-001" not in dovecot.folders(user)


def test_uidvalidity_changes_when_a_folder_is_recreated(
    dovecot: DovecotServer, imap_account: ImapAccount
) -> None:
    user = imap_account.user
    dovecot.create_folder(user, "Reports")
    dovecot.append(user, "Reports", message("annual report"))
    before = dovecot.uidvalidity(user, "Reports")
    after = dovecot.recreate_folder(user, "Reports")
    assert after != before
    assert dovecot.uidvalidity(user, "Reports") == after
    assert dovecot.uids(user, "Reports") == []
    assert dovecot.recreate_folder(user, "Reports") not in (before, after)


def test_flags_and_keywords_are_readable(dovecot: DovecotServer, imap_account: ImapAccount) -> None:
    user = imap_account.user
    plain = dovecot.append(user, "INBOX", message("plain"))
    flagged = dovecot.append(
        user, "INBOX", message("flagged"), flags=["\\Seen", "\\Flagged", "$Forwarded", "cites-ok"]
    )
    assert dovecot.flags(user, "INBOX") == {
        plain: set(),
        flagged: {"\\Seen", "\\Flagged", "$Forwarded", "cites-ok"},
    }
    with imap_account.connect() as client:
        client.select_folder("INBOX")
        client.add_flags([plain], [b"\\Answered", b"triaged"])
    assert dovecot.flags(user, "INBOX")[plain] == {"\\Answered", "triaged"}


# -- the TCP proxy -------------------------------------------------------------------------


def proxied_client(imap_account: ImapAccount, proxy: TcpProxy) -> IMAPClient:
    client = IMAPClient("127.0.0.1", port=proxy.port, ssl=False, timeout=10)
    client.login(imap_account.user, imap_account.password)
    return client


@pytest.mark.parametrize("rst", [False, True], ids=["fin", "rst"])
def test_proxy_cut_drops_a_fetch_in_progress(
    dovecot: DovecotServer, imap_account: ImapAccount, tcp_proxy: ProxyFactory, rst: bool
) -> None:
    big = message("big attachment", "CITES export permit scan.\r\n" * 20_000)
    uid = dovecot.append(imap_account.user, "INBOX", big)
    proxy = tcp_proxy(imap_account.port)
    client = proxied_client(imap_account, proxy)
    try:
        client.select_folder("INBOX", readonly=True)
        proxy.cut_after_bytes(4096, rst=rst)
        with pytest.raises(DROPPED):
            client.fetch([uid], ["BODY.PEEK[]"])
    finally:
        close_quietly(client)
    assert proxy.wait_cut(5)
    assert proxy.cuts == 1
    assert proxy.bytes_to_client < len(big)
    # The trigger fired once: a new connection through the proxy works again.
    with proxied_client(imap_account, proxy) as again:
        again.select_folder("INBOX", readonly=True)
        assert again.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"] == big


def test_proxy_cut_now_drops_open_connections(
    imap_account: ImapAccount, tcp_proxy: ProxyFactory
) -> None:
    proxy = tcp_proxy(imap_account.port)
    clients = [proxied_client(imap_account, proxy) for _ in range(2)]
    try:
        assert proxy.open_connections == 2
        assert proxy.cut_now() == 2
        for client in clients:
            with pytest.raises(DROPPED):
                client.noop()
    finally:
        for client in clients:
            close_quietly(client)
    assert proxy.open_connections == 0


def test_proxy_refuses_connections(imap_account: ImapAccount, tcp_proxy: ProxyFactory) -> None:
    proxy = tcp_proxy(imap_account.port)
    proxy.refuse()
    with pytest.raises(DROPPED):
        IMAPClient("127.0.0.1", port=proxy.port, ssl=False, timeout=5)
    assert proxy.accepted == 1
    proxy.refuse(False)
    with proxied_client(imap_account, proxy) as client:
        assert client.noop()


def test_proxy_carries_implicit_tls(imap_account: ImapAccount, tcp_proxy: ProxyFactory) -> None:
    proxy = tcp_proxy(imap_account.tls_port)
    context = ssl.create_default_context(cafile=imap_account.cafile)
    with IMAPClient(
        "127.0.0.1", port=proxy.port, ssl=True, ssl_context=context, timeout=10
    ) as client:
        client.login(imap_account.user, imap_account.password)
        assert client.noop()


# -- certificates --------------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["cryptography", "openssl"])
def test_generated_certificates_verify(tmp_path: Path, backend: str) -> None:
    if backend == "openssl" and shutil.which("openssl") is None:
        pytest.skip("no openssl command")
    ca, cert, key = make_certificates(tmp_path, backend=backend)  # type: ignore[arg-type]
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    client_context = ssl.create_default_context(cafile=str(ca))
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(2)
        port = listener.getsockname()[1]

        def serve() -> None:
            for _ in range(2):
                conn, _addr = listener.accept()
                with (
                    conn,
                    contextlib.suppress(OSError),
                    server_context.wrap_socket(conn, server_side=True) as tls,
                ):
                    tls.sendall(b"ok")

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        for name in ("localhost", "127.0.0.1"):
            with (
                socket.create_connection(("127.0.0.1", port), timeout=5) as raw,
                client_context.wrap_socket(raw, server_hostname=name) as tls,
            ):
                assert tls.recv(2) == b"ok"
        thread.join(5)
