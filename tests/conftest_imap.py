"""pytest plugin: a real Dovecot IMAP server, fresh accounts on it, and a faulty TCP proxy.

For OAuth 2.0: `oauth_server` (tests/servers/oauth_server.py: token endpoints and token
introspection), `dovecot_oauth` (a second Dovecot that also accepts XOAUTH2/OAUTHBEARER and
checks each token with oauth_server) and `oauth_account` (a fresh mailbox on it).

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
from tests.servers.oauth_server import OAuthServer
from tests.servers.tcp_proxy import TcpProxy

IMAP_FIXTURES = frozenset({"dovecot", "imap_account", "dovecot_oauth", "oauth_account"})
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


def _skip_without_dovecot() -> None:
    if not DOVECOT_BINARY.exists():
        pytest.skip(f"{DOVECOT_BINARY} missing: run scripts/setup-system.sh to install Dovecot")
    if os.geteuid() != 0:
        pytest.skip("the Dovecot test server needs root (mail is stored as uid 65534)")


def _new_account(server: DovecotServer, user: str) -> ImapAccount:
    password = secrets.token_urlsafe(12)
    server.add_user(user, password)
    return ImapAccount(
        host=server.host,
        port=server.port,
        tls_port=server.tls_port,
        user=user,
        password=password,
        cafile=str(server.cafile),
        server=server,
    )


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """A running Dovecot server for the whole session."""
    _skip_without_dovecot()
    with DovecotServer() as server:
        yield server


@pytest.fixture
def imap_account(dovecot: DovecotServer) -> ImapAccount:
    """A new user with an empty INBOX, unique to this test."""
    return _new_account(dovecot, f"u{next(_user_numbers)}-{secrets.token_hex(4)}")


@pytest.fixture(scope="session")
def oauth_server() -> Iterator[OAuthServer]:
    """Token endpoints (Entra ID, Google) and token introspection on https://127.0.0.1."""
    with OAuthServer() as server:
        yield server


@pytest.fixture(scope="session")
def dovecot_oauth(oauth_server: OAuthServer) -> Iterator[DovecotServer]:
    """A Dovecot that also takes XOAUTH2/OAUTHBEARER, asking oauth_server about each token."""
    _skip_without_dovecot()
    server = DovecotServer(
        oauth2_introspection_url=oauth_server.introspection_url,
        oauth2_cafile=oauth_server.cafile,
    )
    with server:
        yield server


@pytest.fixture
def oauth_account(dovecot_oauth: DovecotServer) -> ImapAccount:
    """A new mailbox on dovecot_oauth, named like an address (as Exchange and Gmail want)."""
    user = f"submissions{next(_user_numbers)}-{secrets.token_hex(3)}@cites.example"
    return _new_account(dovecot_oauth, user)


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
