"""OAuth 2.0 login to IMAP (SASL XOAUTH2), for mailboxes where password login is disabled.

    oauth_login(box) -> Authenticator        what intake/sources/mailboxes.py calls
    ├── MicrosoftTokens   Microsoft 365 / Exchange Online, app-only: msal's client-credentials
    │                     grant with a client secret, or a certificate (key + certificate, PEM)
    └── GoogleTokens      Gmail / Google Workspace, by the JSON key in the secret file:
                          "service_account": JWT bearer grant (RFC 7523) with domain-wide
                          delegation, the mailbox user as subject;
                          "authorized_user": a consented user's refresh token

A token is asked for at each login and reused while more than five minutes of it are left
(msal's rule for its cache, kept for Google too): a session never starts on a token that is
about to expire. The cache lives as long as the source (one run).
A token endpoint that refuses becomes SourceAuthError: one line naming the mailbox, the
provider and the error code (AADSTS number for Microsoft), never the secret. An IMAP server
that refuses the token is a SourceAuthError too, and the token is not offered again. An
unreachable endpoint is a SourceConnectionError. poll_once records either on the mailbox, so
it shows in `intake status` and the digest.

Secrets (client secret, PEM, JSON key) are read once, when the source is built: a missing
file or a malformed key is a ConfigError then, as for passwords. Token endpoints are https only; a private
CA is trusted through REQUESTS_CA_BUNDLE (msal and this module both use requests).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

import jwt
import msal
import requests
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from intake.errors import ConfigError, SourceAuthError, SourceConnectionError
from intake.settings import Mailbox, read_secret
from intake.sources.imap import Authenticator

log = logging.getLogger(__name__)

MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
MICROSOFT_SCOPE = "https://outlook.office365.com/.default"
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
GOOGLE_SCOPE = "https://mail.google.com/"
JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
# A cached token with less than this left is replaced (msal's own margin for its cache).
REFRESH_MARGIN_SECONDS = 300
TOKEN_TIMEOUT = 30.0
ASSERTION_LIFETIME = 3600  # Google's maximum for a service account's JWT
_DESCRIPTION_CHARS = 240
# What to do, where the provider's own description does not say it.
_REFUSAL_HINTS = {
    ("google", "the refresh token", "invalid_grant"): (
        "the user must consent again; put the new key file in oauth_secret_file"
    ),
    ("google", "the service account", "unauthorized_client"): (
        "a Workspace administrator must grant the service account's client id domain-wide "
        "delegation for the scope"
    ),
}
_TOKEN_URL_RE = re.compile(r"(https://[^/?#]+/[^/?#]+)/oauth2/v2\.0/token/?")


class TokenProvider(Protocol):
    """Where a mailbox's access tokens come from."""

    provider: str
    refused_hint: str  # what to check when the IMAP server refuses a token

    def access_token(self, user: str) -> str:
        """A token valid for at least REFRESH_MARGIN_SECONDS more (or a fresh one)."""
        ...

    def forget(self) -> None:
        """Drop cached tokens: the server refused one."""
        ...


def oauth_login(box: Mailbox) -> Authenticator:
    """Log in to box with XOAUTH2, with a token from its provider."""
    tokens = token_provider(box)

    def login(client: IMAPClient, user: str) -> None:
        try:
            token = tokens.access_token(user)
        except BaseException:
            _close(client)  # ImapSource.connect closes it on LoginError and socket errors only
            raise
        try:
            client.oauth2_login(user, token)
        except LoginError as exc:
            tokens.forget()
            _close(client)
            raise SourceAuthError(
                f"mailbox {box.name!r}: {tokens.provider} token refused by the IMAP server for "
                f"{user} ({_server_text(exc)}): {tokens.refused_hint}"
            ) from exc

    return login


def token_provider(box: Mailbox) -> TokenProvider:
    """The token provider a mailbox's settings describe; ConfigError when they do not."""
    if box.oauth_provider == "microsoft":
        return MicrosoftTokens(box, _secret(box))
    if box.oauth_provider == "google":
        return GoogleTokens(box, _secret(box))
    raise ConfigError(
        f"mailbox {box.name!r}: oauth_provider must be microsoft or google, "
        f"not {box.oauth_provider!r}"
    )


# -- Microsoft ------------------------------------------------------------------------------


class MicrosoftTokens:
    """App-only tokens from Microsoft Entra ID (client-credentials grant, through msal)."""

    provider = "microsoft"
    refused_hint = (
        "check the mailbox permission of the app's service principal (Add-MailboxPermission) "
        "and the IMAP.AccessAsApp application permission with admin consent"
    )

    def __init__(self, box: Mailbox, secret: str) -> None:
        if not box.oauth_client_id:
            raise ConfigError(f"mailbox {box.name!r}: oauth_client_id is required for microsoft")
        self._box = box
        self.authority, self._explicit = _microsoft_authority(box)
        self.scope = box.oauth_scope or MICROSOFT_SCOPE
        self._credential = _microsoft_credential(box, secret)
        self._secret = secret
        self._app: Any = None  # msal.ConfidentialClientApplication, built at the first login

    def _application(self) -> Any:
        if self._app is not None:
            return self._app
        try:
            # Building it fetches the tenant's OpenID configuration.
            self._app = msal.ConfidentialClientApplication(
                self._box.oauth_client_id,
                client_credential=self._credential,
                authority=self.authority,
                # An endpoint the administrator wrote down is not checked against
                # Microsoft's list of clouds (a call to login.microsoftonline.com).
                instance_discovery=False if self._explicit else None,
                timeout=TOKEN_TIMEOUT,
                app_name="intake",
            )
        except (requests.RequestException, msal.exceptions.MsalServiceError) as exc:
            raise self._unreachable(exc) from exc
        except ValueError as exc:  # msal: OIDC discovery refused (unknown tenant) or bad answer
            # msal's message is generic; the endpoint's answer is in the error it replaced.
            text = f"{exc} {exc.__context__ or ''}"
            status = re.search(r"HTTP status: (\d+)", text)
            codes = re.findall(r"AADSTS(\d+)", text)
            raise SourceAuthError(
                f"mailbox {self._box.name!r}: microsoft refused the tenant {self.authority} "
                f"(OpenID configuration: {f'HTTP {status.group(1)}' if status else 'unreadable'}"
                + (f", AADSTS{codes[0]}" if codes else "")
                + "): check oauth_tenant"
            ) from exc
        return self._app

    def access_token(self, user: str) -> str:
        app = self._application()
        try:
            result: dict[str, Any] = app.acquire_token_for_client(scopes=[self.scope])
        except (requests.RequestException, msal.exceptions.MsalServiceError) as exc:
            raise self._unreachable(exc) from exc  # MsalServiceError: HTTP 5xx
        except ValueError as exc:  # an answer that is not JSON
            raise SourceConnectionError(
                f"mailbox {self._box.name!r}: microsoft token endpoint {self.authority} "
                "answered without JSON"
            ) from exc
        if "access_token" not in result:
            raise _refusal(self._box, self.provider, "the client credentials", result, self._secret)
        if result.get("token_source") == "identity_provider":
            log.info(
                "mailbox %s: new microsoft access token, valid %s s",
                self._box.name,
                result.get("expires_in"),
            )
        return str(result["access_token"])

    def forget(self) -> None:
        self._app = None

    def _unreachable(self, exc: Exception) -> SourceConnectionError:
        if isinstance(exc, requests.RequestException):
            reason = f"unreachable: {_network_reason(exc)}"
        else:
            reason = f"failed: {_first_line(str(exc))}"
        return SourceConnectionError(
            f"mailbox {self._box.name!r}: microsoft token endpoint {self.authority} {reason}"
        )


def _microsoft_authority(box: Mailbox) -> tuple[str, bool]:
    """msal's authority (https://HOST/TENANT), and whether oauth_token_url gave it."""
    if not box.oauth_token_url:
        if not box.oauth_tenant:
            raise ConfigError(
                f"mailbox {box.name!r}: oauth_tenant (the directory/tenant id) is required "
                "for microsoft"
            )
        return f"{MICROSOFT_AUTHORITY}/{box.oauth_tenant}", False
    match = _TOKEN_URL_RE.fullmatch(box.oauth_token_url)
    if match is None:
        raise ConfigError(
            f"mailbox {box.name!r}: oauth_token_url for microsoft must look like "
            f"https://HOST/TENANT/oauth2/v2.0/token, not {box.oauth_token_url!r}"
        )
    authority = match.group(1)
    tenant = authority.rsplit("/", 1)[1]
    if box.oauth_tenant and box.oauth_tenant != tenant:
        raise ConfigError(
            f"mailbox {box.name!r}: oauth_tenant {box.oauth_tenant!r} differs from the tenant "
            f"{tenant!r} in oauth_token_url"
        )
    return authority, True


def _microsoft_credential(box: Mailbox, secret: str) -> str | dict[str, str]:
    """A client secret as it is, or a PEM private key + certificate as msal wants them."""
    if "-----BEGIN" not in secret:
        return secret
    certificates = re.findall(
        r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", secret, re.DOTALL
    )
    keys = re.findall(
        r"-----BEGIN (?:RSA |EC )?PRIVATE KEY-----.+?-----END (?:RSA |EC )?PRIVATE KEY-----",
        secret,
        re.DOTALL,
    )
    if len(certificates) != 1 or len(keys) != 1:
        raise ConfigError(
            f"mailbox {box.name!r}: the certificate secret must hold one unencrypted private "
            "key and one certificate (PEM)"
        )
    try:
        _load_private_key(keys[0], box)
        x509.load_pem_x509_certificate(certificates[0].encode())
    except ValueError as exc:
        raise ConfigError(f"mailbox {box.name!r}: unreadable key or certificate: {exc}") from exc
    # With the certificate (not a thumbprint) msal signs with PS256 and the SHA-256 thumbprint.
    return {"private_key": keys[0], "public_certificate": certificates[0]}


# -- Google ---------------------------------------------------------------------------------


@dataclass
class _Cached:
    value: str
    subject: str
    refresh_at: float  # time.monotonic() after which a new token is asked for


class GoogleTokens:
    """Tokens from Google: a service account's JWT grant, or a user's refresh token."""

    provider = "google"

    def __init__(self, box: Mailbox, secret: str) -> None:
        self._box = box
        self._secret = secret
        key = _google_key(box, secret)
        self._kind = key["type"]
        self._key = key
        self.token_url = box.oauth_token_url or key.get("token_uri") or GOOGLE_TOKEN_URL
        if urlsplit(self.token_url).scheme != "https":
            raise ConfigError(f"mailbox {box.name!r}: the token URL must be https")
        self.scope = box.oauth_scope or GOOGLE_SCOPE
        self._signing_key: PrivateKeyTypes | None = None
        if self._kind == "service_account":
            self._signing_key = _load_private_key(key["private_key"], box)
            self.refused_hint = (
                "check that IMAP is enabled for the user and that the service account's "
                f"client id {key['client_id']} has domain-wide delegation for {self.scope}"
            )
        else:
            self.refused_hint = (
                f"check that IMAP is enabled for the user and that the consent covers {self.scope}"
            )
        self._cached: _Cached | None = None

    def access_token(self, user: str) -> str:
        cached = self._cached
        if cached is not None and cached.subject == user and time.monotonic() < cached.refresh_at:
            return cached.value
        started = time.monotonic()
        answer = self._post(self._grant(user))
        token = answer.get("access_token")
        if not isinstance(token, str) or not token:
            what = "the service account" if self._kind == "service_account" else "the refresh token"
            raise _refusal(self._box, self.provider, what, answer, self._secret)
        lifetime = int(answer.get("expires_in", 3600))
        self._cached = _Cached(token, user, started + lifetime - REFRESH_MARGIN_SECONDS)
        log.info("mailbox %s: new google access token, valid %s s", self._box.name, lifetime)
        return token

    def forget(self) -> None:
        self._cached = None

    def _grant(self, user: str) -> dict[str, str]:
        if self._kind == "authorized_user":
            return {
                "grant_type": "refresh_token",
                "client_id": self._key["client_id"],
                "client_secret": self._key["client_secret"],
                "refresh_token": self._key["refresh_token"],
            }
        now = int(time.time())
        claims = {
            "iss": self._key["client_email"],
            "sub": user,  # domain-wide delegation: act as the mailbox's user
            "scope": self.scope,
            "aud": self.token_url,
            "iat": now,
            "exp": now + ASSERTION_LIFETIME,
        }
        assertion = jwt.encode(
            claims,
            self._signing_key,  # type: ignore[arg-type]
            algorithm="RS256",
            headers={"kid": self._key["private_key_id"]},
        )
        return {"grant_type": JWT_BEARER, "assertion": assertion}

    def _post(self, form: dict[str, str]) -> dict[str, Any]:
        try:
            response = requests.post(
                self.token_url,
                data=form,
                headers={"Accept": "application/json"},
                timeout=TOKEN_TIMEOUT,
            )
        except requests.RequestException as exc:
            raise SourceConnectionError(
                f"mailbox {self._box.name!r}: google token endpoint {self.token_url} "
                f"unreachable: {_network_reason(exc)}"
            ) from exc
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            raise SourceConnectionError(
                f"mailbox {self._box.name!r}: google token endpoint {self.token_url} answered "
                f"HTTP {response.status_code} without a JSON object"
            )
        return answer


def _google_key(box: Mailbox, secret: str) -> dict[str, str]:
    """The JSON key from the secret file: a service account's, or an authorized user's."""
    required = {
        "service_account": ("client_email", "client_id", "private_key", "private_key_id"),
        "authorized_user": ("client_id", "client_secret", "refresh_token"),
    }
    try:
        key = json.loads(secret)
    except ValueError as exc:
        raise ConfigError(
            f"mailbox {box.name!r}: the google secret must be a JSON key file: {exc}"
        ) from exc
    kind = key.get("type") if isinstance(key, dict) else None
    if kind not in required:
        raise ConfigError(
            f"mailbox {box.name!r}: the google JSON key must be of type service_account or "
            f"authorized_user, not {kind!r}"
        )
    missing = [name for name in required[kind] if not isinstance(key.get(name), str)]
    if missing:
        raise ConfigError(f"mailbox {box.name!r}: the google JSON key lacks {missing}")
    if box.oauth_client_id and box.oauth_client_id != key["client_id"]:
        raise ConfigError(
            f"mailbox {box.name!r}: oauth_client_id {box.oauth_client_id!r} is not the client "
            f"id of the JSON key ({key['client_id']})"
        )
    return {k: v for k, v in key.items() if isinstance(v, str)}


# -- shared ---------------------------------------------------------------------------------


def _secret(box: Mailbox) -> str:
    try:
        return read_secret(box.oauth_secret_env, box.oauth_secret_file)
    except ConfigError as exc:
        raise ConfigError(f"mailbox {box.name!r}: OAuth secret: {exc}") from exc


def _load_private_key(pem: str, box: Mailbox | None = None) -> PrivateKeyTypes:
    try:
        return serialization.load_pem_private_key(pem.encode(), password=None)
    except (ValueError, TypeError) as exc:
        name = f"mailbox {box.name!r}: " if box is not None else ""
        raise ConfigError(f"{name}unreadable private key (PEM, unencrypted): {exc}") from exc


def _refusal(
    box: Mailbox, provider: str, what: str, answer: Mapping[str, Any], secret: str
) -> SourceAuthError:
    """One line from a token endpoint's error answer (RFC 6749 5.2, plus Entra's codes)."""
    error = str(answer.get("error") or "no access_token")
    codes = answer.get("error_codes")
    code = f" (AADSTS{codes[0]})" if isinstance(codes, list) and codes else ""
    description = re.sub(
        r"^AADSTS\d+:\s*", "", _first_line(str(answer.get("error_description") or ""))
    )
    if len(description) > _DESCRIPTION_CHARS:
        description = description[: _DESCRIPTION_CHARS - 1] + "…"
    text = f"mailbox {box.name!r}: {provider} token endpoint refused {what}: {error}{code}"
    if description:
        text += f": {description}"
    hint = _REFUSAL_HINTS.get((provider, what, error))
    if hint:
        text += f" ({hint})"
    for value in _secret_parts(secret):
        text = text.replace(value, "***")
    return SourceAuthError(text)


def _secret_parts(secret: str) -> list[str]:
    """The secret, or the secret values inside a JSON key, long enough to be worth hiding."""
    parts = [secret]
    with contextlib.suppress(ValueError, AttributeError):
        key = json.loads(secret)
        parts += [
            str(key[k]) for k in ("client_secret", "refresh_token", "private_key") if k in key
        ]
    return [p for p in parts if len(p) >= 8]


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0].strip() if text.strip() else ""


def _network_reason(exc: requests.RequestException) -> str:
    """The cause of a failed request in a few words, without urllib3's wrappers."""
    if isinstance(exc, requests.Timeout):
        return f"no answer within {TOKEN_TIMEOUT:.0f} s"
    cause: BaseException = exc
    while True:  # requests -> urllib3 MaxRetryError -> its reason
        reason = getattr(cause.args[0], "reason", None) if cause.args else None
        if not isinstance(reason, BaseException):
            break
        cause = reason
    text = _first_line(str(cause))
    text = re.sub(r"^(?:<[^>]*>|\w*Connection(?:Pool)?\([^)]*\)): ", "", text)
    return f"{type(cause).__name__}: {text}" if text else type(cause).__name__


def _server_text(exc: LoginError) -> str:
    text = str(exc)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return _first_line(text) or "AUTHENTICATE failed"


def _close(client: IMAPClient) -> None:
    """Close the socket of a session that could not log in."""
    with contextlib.suppress(OSError, IMAPClientError):
        client.shutdown()
