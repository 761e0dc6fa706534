"""SMTP sending (smtplib): implicit TLS, STARTTLS, or plain on loopback only; one connection a run.

    smtps://USER@HOST:465           TLS from the first byte
    smtp+starttls://USER@HOST:587   plain, then STARTTLS before anything else is said
    smtp://HOST:25                  no encryption: only to a server on this machine

The certificate is always verified (against `smtp_cafile` when set, else the system's CAs), and
the host name checked. With a USER the session logs in; the password is read only when needed.
smtplib's and ssl's errors become `NotifyError` here, once.
"""

from __future__ import annotations

import ipaddress
import logging
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from types import TracebackType
from typing import Self
from urllib.parse import unquote, urlsplit

from intake.errors import ConfigError, NotifyError
from intake.settings import Settings, read_secret

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
_SCHEMES = {"smtp": "plain", "smtp+starttls": "starttls", "smtps": "tls"}
_PORTS = {"plain": 25, "starttls": 587, "tls": 465}


def _is_loopback(host: str) -> bool:
    """The rule of intake.sources.imap: localhost or a loopback IP address."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SmtpUrl:
    """A parsed `smtp://`, `smtp+starttls://` or `smtps://` URL."""

    security: str  # plain | starttls | tls
    user: str
    host: str
    port: int

    def __str__(self) -> str:
        scheme = {v: k for k, v in _SCHEMES.items()}[self.security]
        user = f"{self.user}@" if self.user else ""
        return f"{scheme}://{user}{self.host}:{self.port}"


def parse_smtp_url(url: str) -> SmtpUrl:
    """Parse an SMTP URL; plain SMTP only on loopback (the rule of the IMAP URLs)."""
    parts = urlsplit(url)
    security = _SCHEMES.get(parts.scheme)
    if security is None:
        raise ConfigError(f"not an SMTP URL (smtps://, smtp+starttls://, smtp://): {url!r}")
    userinfo, _, hostport = parts.netloc.rpartition("@")
    if ":" in userinfo:
        raise ConfigError("put the SMTP password in smtp_password_env or _file, not in the URL")
    host, _, port_text = (
        hostport.rpartition(":") if hostport.count(":") == 1 else (hostport, "", "")
    )
    host = host.strip("[]")
    if not host:
        raise ConfigError(f"SMTP URL needs a host: {url!r}")
    try:
        port = int(port_text) if port_text else _PORTS[security]
    except ValueError as exc:
        raise ConfigError(f"bad port in SMTP URL: {url!r}") from exc
    if security == "plain" and not _is_loopback(host):
        raise ConfigError(
            f"plain smtp:// is only allowed on loopback; use smtps:// or smtp+starttls:// for {host}"
        )
    return SmtpUrl(security, unquote(userinfo), host, port)


def _text(reply: bytes | str) -> str:
    """A server's reply as one line of text."""
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return " ".join(text.split())


class SmtpSender:
    """One SMTP session: connect (and log in) once, send several messages, close."""

    def __init__(
        self,
        url: SmtpUrl,
        password: str | None = None,
        *,
        cafile: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.url = url
        self._password = password
        self._cafile = cafile or None
        self._timeout = timeout
        self._client: smtplib.SMTP | None = None

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self._cafile)

    def connect(self) -> None:
        """Open the session; NotifyError when the server cannot be reached or refuses us."""
        if self._client is not None:
            return
        url = self.url
        client: smtplib.SMTP | None = None
        try:
            if url.security == "tls":
                client = smtplib.SMTP_SSL(
                    url.host, url.port, timeout=self._timeout, context=self._context()
                )
            else:
                client = smtplib.SMTP(url.host, url.port, timeout=self._timeout)
            client.ehlo()
            if url.security == "starttls":
                client.starttls(context=self._context())
                client.ehlo()
            if url.user:
                client.login(url.user, self._password or "")
        except smtplib.SMTPAuthenticationError as exc:
            self._abandon(client)
            raise NotifyError(f"{url}: login refused for {url.user}") from exc
        except smtplib.SMTPNotSupportedError as exc:
            self._abandon(client)
            raise NotifyError(f"{url}: the server does not offer {exc}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            self._abandon(client)
            raise NotifyError(f"cannot connect to {url}: {exc}") from exc
        self._client = client

    def send(self, message: EmailMessage, envelope_from: str, recipients: Sequence[str]) -> None:
        """Hand one message to the server for exactly these recipients; NotifyError if refused."""
        self.connect()
        assert self._client is not None
        try:
            refused = self._client.send_message(
                message, from_addr=envelope_from, to_addrs=list(recipients)
            )
        except smtplib.SMTPRecipientsRefused as exc:
            answers = "; ".join(
                f"{r}: {code} {_text(reply)}" for r, (code, reply) in exc.recipients.items()
            )
            raise NotifyError(f"{self.url}: recipient refused: {answers}") from exc
        except smtplib.SMTPResponseException as exc:
            raise NotifyError(
                f"{self.url}: refused: {exc.smtp_code} {_text(exc.smtp_error)}"
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            # The connection is gone (or in an unknown state): the next message reconnects.
            self._abandon(self._client)
            self._client = None
            raise NotifyError(f"{self.url}: {type(exc).__name__}: {exc}") from exc
        if refused:
            raise NotifyError(f"{self.url}: refused recipients: {', '.join(sorted(refused))}")

    @staticmethod
    def _abandon(client: smtplib.SMTP | None) -> None:
        if client is None:
            return
        try:
            client.close()
        except OSError:
            log.debug("SMTP socket already closed")

    def close(self) -> None:
        """QUIT politely when the session is still up, and close the socket in any case."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            self._abandon(client)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def sender_from_settings(settings: Settings, timeout: float = DEFAULT_TIMEOUT) -> SmtpSender:
    """An SmtpSender for `smtp_url`, the password read (only) when the URL has a user."""
    if not settings.smtp_url:
        raise ConfigError("set smtp_url to send acknowledgements or the digest")
    url = parse_smtp_url(settings.smtp_url)
    password = (
        read_secret(settings.smtp_password_env, settings.smtp_password_file) if url.user else None
    )
    return SmtpSender(url, password, cafile=settings.smtp_cafile or None, timeout=timeout)
