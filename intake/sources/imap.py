"""IMAP source (imapclient): incremental by UID, BODY.PEEK, UIDVALIDITY-aware, never deletes.

The cursor (UIDVALIDITY, last UID stored) lives in the database and is advanced in the same
transaction that records each delivery, so a crash between two messages loses nothing and a
re-run doubles nothing. If UIDVALIDITY changes, the folder is read again from the start and the
Message-ID + content fingerprint keeps already-known messages from being counted twice.
"""

from __future__ import annotations

import datetime as dt
import imaplib
import ipaddress
import logging
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from intake.domain import RawMessage
from intake.errors import ConfigError, SourceAuthError, SourceConnectionError, SourceError
from intake.sources import Ledger

log = logging.getLogger(__name__)

# A FETCH of several messages is one round trip; a connection lost during it loses the whole batch
# (nothing is lost for good: the next run fetches it again), so batches stay small.
FETCH_BATCH_MESSAGES = 10
FETCH_BATCH_BYTES = 5 * 1024 * 1024
DEFAULT_TIMEOUT = 60.0
_CONNECTION_ERRORS = (OSError, ssl.SSLError, socket.timeout, imaplib.IMAP4.abort, EOFError)


@dataclass(frozen=True)
class ImapUrl:
    """A parsed `imap://`, `imap+starttls://` or `imaps://` URL (RFC 5092 shape)."""

    security: str  # plain | starttls | tls
    user: str
    host: str
    port: int
    folder: str

    @property
    def source_name(self) -> str:
        """The mailbox's name in the ledger: the same whatever the transport."""
        return f"imap://{self.user}@{self.host}"

    def __str__(self) -> str:
        scheme = {"plain": "imap", "starttls": "imap+starttls", "tls": "imaps"}[self.security]
        return f"{scheme}://{self.user}@{self.host}:{self.port}/{self.folder}"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_imap_url(url: str) -> ImapUrl:
    """Parse an IMAP URL; plain IMAP is allowed only on loopback, where no one can listen."""
    parts = urlsplit(url)
    security = {"imap": "plain", "imap+starttls": "starttls", "imaps": "tls"}.get(parts.scheme)
    if security is None:
        raise ConfigError(f"not an IMAP URL: {url}")
    userinfo, _, hostport = parts.netloc.rpartition("@")
    if not userinfo:
        raise ConfigError(f"IMAP URL needs a user: imap://USER@HOST:PORT/FOLDER, not {url}")
    user = unquote(userinfo.split(":", 1)[0])
    if ":" in userinfo:
        raise ConfigError("put the IMAP password in INTAKE_IMAP_PASSWORD, not in the URL")
    host, _, port_text = (
        hostport.rpartition(":") if hostport.count(":") == 1 else (hostport, "", "")
    )
    host = host.strip("[]")
    try:
        port = int(port_text) if port_text else (993 if security == "tls" else 143)
    except ValueError as exc:
        raise ConfigError(f"bad port in IMAP URL: {url}") from exc
    if not host:
        raise ConfigError(f"IMAP URL needs a host: {url}")
    folder = unquote(parts.path.lstrip("/")) or "INBOX"
    if security == "plain" and not _is_loopback(host):
        raise ConfigError(
            f"plain imap:// is only allowed on loopback; "
            f"use imaps:// or imap+starttls:// for {host}"
        )
    return ImapUrl(security, user, host, port, folder)


Authenticator = Callable[[IMAPClient, str], None]


def password_login(password: str) -> Authenticator:
    def login(client: IMAPClient, user: str) -> None:
        client.login(user, password)

    return login


def _shutdown(client: IMAPClient) -> None:
    """Close the socket of a session that will not be used (no LOGOUT: it may be broken)."""
    try:
        client.shutdown()
    except (*_CONNECTION_ERRORS, IMAPClientError):
        log.debug("socket already closed")


class ImapSource:
    """One folder of one IMAP mailbox."""

    def __init__(
        self,
        url: ImapUrl,
        authenticate: Authenticator,
        *,
        after_store: str = "none",
        mark_seen: bool = False,
        cafile: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        batch_messages: int = FETCH_BATCH_MESSAGES,
        batch_bytes: int = FETCH_BATCH_BYTES,
    ) -> None:
        self.url = url
        self.name = url.source_name
        self.folder = url.folder
        self._authenticate = authenticate
        self._after_store = after_store
        self._mark_seen = mark_seen
        self._cafile = cafile
        self._timeout = timeout
        self._batch_messages = batch_messages
        self._batch_bytes = batch_bytes
        self._client: IMAPClient | None = None

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self._cafile)

    def connect(self) -> IMAPClient:
        if self._client is not None:
            return self._client
        url = self.url
        try:
            client = IMAPClient(
                url.host,
                port=url.port,
                ssl=url.security == "tls",
                ssl_context=self._context() if url.security == "tls" else None,
                timeout=self._timeout,
            )
        except (*_CONNECTION_ERRORS, IMAPClientError) as exc:
            raise SourceConnectionError(f"cannot connect to {url}: {exc}") from exc
        try:
            if url.security == "starttls":
                client.starttls(self._context())
            self._authenticate(client, url.user)
        except LoginError as exc:
            _shutdown(client)
            raise SourceAuthError(f"{url}: login refused for {url.user}") from exc
        except (*_CONNECTION_ERRORS, IMAPClientError) as exc:
            _shutdown(client)
            raise SourceConnectionError(f"{url}: {exc}") from exc
        client.normalise_times = False
        self._client = client
        return client

    def _select(self, client: IMAPClient) -> int:
        readonly = not self._mark_seen and self._after_store == "none"
        try:
            status = client.select_folder(self.url.folder, readonly=readonly)
            action, _, target = self._after_store.partition(":")
            if action == "move" and not client.folder_exists(target):
                client.create_folder(target)
        except IMAPClientError as exc:
            raise SourceError(f"{self.url}: cannot open folder {self.url.folder!r}: {exc}") from exc
        return int(status[b"UIDVALIDITY"])

    def _new_uids(self, client: IMAPClient, last_uid: int) -> list[tuple[int, int]]:
        # "UID n:*" always returns the highest UID even when it is below n (RFC 3501 6.4.8).
        uids = [u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid]
        if not uids:
            return []
        sizes = client.fetch(sorted(uids), ["RFC822.SIZE"])
        return [(uid, int(sizes[uid].get(b"RFC822.SIZE", 0))) for uid in sorted(sizes)]

    def _batches(self, uids: list[tuple[int, int]]) -> Iterator[list[int]]:
        batch: list[int] = []
        size = 0
        for uid, length in uids:
            full = len(batch) >= self._batch_messages or size + length > self._batch_bytes
            if batch and full:
                yield batch
                batch, size = [], 0
            batch.append(uid)
            size += length
        if batch:
            yield batch

    def fetch(self, ledger: Ledger) -> Iterator[RawMessage]:
        try:
            yield from self._fetch(ledger)
        except _CONNECTION_ERRORS as exc:
            self._drop()
            raise SourceConnectionError(f"{self.url}: connection lost: {exc}") from exc
        except IMAPClientError as exc:
            raise SourceError(f"{self.url}: {exc}") from exc

    def _fetch(self, ledger: Ledger) -> Iterator[RawMessage]:
        client = self.connect()
        uidvalidity = self._select(client)
        known_validity, last_uid = ledger.cursor(self.name, self.url.folder)
        if known_validity is not None and known_validity != uidvalidity:
            log.warning(
                "%s: UIDVALIDITY changed (%s -> %s); reading the folder again",
                self.url,
                known_validity,
                uidvalidity,
            )
            last_uid = 0
        for batch in self._batches(self._new_uids(client, last_uid)):
            response = client.fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"])
            for uid in batch:
                data: dict[bytes, Any] = response.get(uid, {})
                raw = data.get(b"BODY[]")
                if raw is None:  # expunged between SEARCH and FETCH
                    continue
                internal = data.get(b"INTERNALDATE")
                if isinstance(internal, dt.datetime) and internal.tzinfo is None:
                    internal = internal.replace(tzinfo=dt.UTC)
                yield RawMessage(
                    raw=bytes(raw),
                    source=self.name,
                    location=f"{self.url.folder};UIDVALIDITY={uidvalidity};UID={uid}",
                    internaldate=internal,
                    folder=self.url.folder,
                    uidvalidity=uidvalidity,
                    uid=uid,
                )

    def after_store(self, message: RawMessage) -> None:
        if message.uid is None or self._client is None:
            return
        client = self._client
        try:
            if self._mark_seen:
                client.add_flags([message.uid], [b"\\Seen"])
            action, _, target = self._after_store.partition(":")
            if action == "keyword":
                client.add_flags([message.uid], [target.encode()])
            elif action == "move":
                if client.has_capability("MOVE"):
                    client.move([message.uid], target)
                else:
                    # Without MOVE, copy and leave the original: intake never deletes mail.
                    client.copy([message.uid], target)
                    client.add_flags([message.uid], [b"intake-copied"])
        except _CONNECTION_ERRORS as exc:
            self._drop()
            raise SourceConnectionError(
                f"{self.url}: connection lost after storing: {exc}"
            ) from exc
        except IMAPClientError as exc:
            log.warning(
                "%s: could not %s UID %s: %s", self.url, self._after_store, message.uid, exc
            )

    def _drop(self) -> None:
        if self._client is not None:
            _shutdown(self._client)
        self._client = None

    def close(self) -> None:
        if self._client is None:
            return
        try:
            self._client.logout()
        except (*_CONNECTION_ERRORS, IMAPClientError):
            log.debug("logout failed; the connection is closed anyway")
        self._client = None
