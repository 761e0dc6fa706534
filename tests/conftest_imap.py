"""pytest plugin: a real Dovecot IMAP server, fresh accounts on it, and a faulty TCP proxy.

Register with `pytest_plugins = ["tests.conftest_imap"]`. Tests that use these fixtures
get the `imap` marker, so `-m "not imap"` leaves them out.
"""

from __future__ import annotations

import itertools
import os
import secrets
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from imapclient import IMAPClient

from tests.servers.dovecot import DOVECOT_BINARY, DovecotServer, TlsMode
from tests.servers.tcp_proxy import TcpProxy

IMAP_FIXTURES = frozenset({"dovecot", "imap_account"})
_user_numbers = itertools.count(1)


@dataclass(frozen=True)
class ImapAccount:
    """A fresh user on the test Dovecot server."""

    host: str
    port: int
    tls_port: int
    user: str
    password: str
    cafile: str
    server: DovecotServer

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cafile)

    def connect(self, *, tls: TlsMode = "plain", login: bool = True) -> IMAPClient:
        """An IMAPClient to the server, logged in unless login is False; caller logs out."""
        return self.server.connect(self.user if login else None, tls=tls)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if IMAP_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.imap)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """A running Dovecot server for the whole session."""
    if not DOVECOT_BINARY.exists():
        pytest.skip(f"{DOVECOT_BINARY} missing: run scripts/setup-system.sh to install Dovecot")
    if os.geteuid() != 0:
        pytest.skip("the Dovecot test server needs root (mail is stored as uid 65534)")
    with DovecotServer() as server:
        yield server


@pytest.fixture
def imap_account(dovecot: DovecotServer) -> ImapAccount:
    """A new user with an empty INBOX, unique to this test."""
    user = f"u{next(_user_numbers)}-{secrets.token_hex(4)}"
    password = secrets.token_urlsafe(12)
    dovecot.add_user(user, password)
    return ImapAccount(
        host=dovecot.host,
        port=dovecot.port,
        tls_port=dovecot.tls_port,
        user=user,
        password=password,
        cafile=str(dovecot.cafile),
        server=dovecot,
    )


@pytest.fixture
def tcp_proxy() -> Iterator[Callable[[int], TcpProxy]]:
    """Factory: tcp_proxy(target_port) starts a TcpProxy to 127.0.0.1:target_port."""
    proxies: list[TcpProxy] = []

    def make(target_port: int, target_host: str = "127.0.0.1") -> TcpProxy:
        proxy = TcpProxy(target_port, target_host).start()
        proxies.append(proxy)
        return proxy

    yield make
    for proxy in proxies:
        proxy.stop()
