"""A small OAuth 2.0 authorization server on loopback, for tests.

It issues the tokens intake asks for, and answers the token introspection requests that
Dovecot's oauth2 passdb makes when intake logs in with XOAUTH2:

    GET  /{tenant}/v2.0/.well-known/openid-configuration   Entra ID metadata, read by msal first
    POST /{tenant}/oauth2/v2.0/token   Entra ID: client_credentials, with a secret or a certificate
    POST /token                        Google: JWT bearer (service account) and refresh_token
    POST /introspect                   RFC 7662 introspection, as Dovecot calls it (token=...)

HTTPS only (msal refuses an authority that is not https), with a throwaway CA of its own
(`cafile`). Refusals have the shape of the real endpoints' answers: Entra ID's `error_codes`
(AADSTS numbers) and multi-line `error_description`; Google's `invalid_grant` and
`unauthorized_client`. An app-only token names no user: like Exchange's Add-MailboxPermission,
a mailbox is granted to the app, and introspection answers with it while the grant stands.
Every request to a token endpoint is kept in `grants`; every introspection in `introspections`.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import secrets
import shutil
import ssl
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qs

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from tests.servers.dovecot import make_certificates

JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
CLIENT_ASSERTION_JWT = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
GMAIL_SCOPE = "https://mail.google.com/"
EXCHANGE_SCOPE = "https://outlook.office365.com/.default"


@dataclass
class EntraApp:
    """An app registration in one tenant, with the mailbox its service principal may open."""

    tenant: str
    client_id: str
    secret: str | None = None
    certificate: x509.Certificate | None = None
    mailbox: str | None = None
    secret_expired: bool = False
    lifetime: int = 3600


@dataclass
class ServiceAccount:
    """A Google service account; `delegated` lists the users domain-wide delegation covers."""

    client_email: str
    client_id: str
    key_id: str
    public_key: rsa.RSAPublicKey
    delegated: set[str] = field(default_factory=set)
    scopes: set[str] = field(default_factory=lambda: {GMAIL_SCOPE})
    lifetime: int = 3600


@dataclass
class RefreshToken:
    """A refresh token a user gave a Google OAuth client by consenting."""

    value: str
    client_id: str
    client_secret: str
    user: str
    revoked: bool = False
    lifetime: int = 3600


@dataclass
class AccessToken:
    value: str
    issued_to: str  # the client id, service account or user it was issued for
    user: str | None  # None: an app-only token; the app's granted mailbox is its user
    expires_at: float
    revoked: bool = False


@dataclass(frozen=True)
class Grant:
    """One request to a token endpoint, as the server answered it."""

    endpoint: str  # microsoft | google
    grant_type: str
    client: str  # client id, service account e-mail, or refresh token
    credential: str  # client_secret | private_key_jwt (Entra); the JWT's subject (Google)
    error: str | None
    token: str | None
    at: float


@dataclass(frozen=True)
class Introspection:
    token: str
    active: bool
    username: str | None


class OAuthServer:
    """The token endpoints of Entra ID and Google, and an introspection endpoint, on 127.0.0.1."""

    def __init__(self, *, host: str = "127.0.0.1", root: Path | None = None) -> None:
        self.host = host
        self._root_arg = root
        self._root: Path | None = None
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.port = 0
        self.cafile = Path()
        self.tenants: set[str] = set()
        self.apps: dict[str, EntraApp] = {}
        self.service_accounts: dict[str, ServiceAccount] = {}
        self.refresh_tokens: dict[str, RefreshToken] = {}
        self.tokens: dict[str, AccessToken] = {}
        self.grants: list[Grant] = []
        self.introspections: list[Introspection] = []
        #: When set, both token endpoints answer with this HTTP status and an HTML page.
        self.outage: int | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> Self:
        self._root = Path(tempfile.mkdtemp(prefix="oauth-", dir=self._root_arg))
        self._root.chmod(0o755)  # Dovecot's auth process reads the CA file
        self.cafile, cert, key = make_certificates(self._root / "tls", ip=self.host)
        self.cafile.parent.chmod(0o755)
        self.cafile.chmod(0o644)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        httpd = ThreadingHTTPServer((self.host, 0), _Handler)
        httpd.daemon_threads = True
        httpd.block_on_close = False
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        httpd.oauth = self  # type: ignore[attr-defined]
        self._httpd = httpd
        self.port = int(httpd.server_address[1])
        self._thread = threading.Thread(
            target=httpd.serve_forever, name="oauth-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        root, self._root = self._root, None
        if root is not None:
            shutil.rmtree(root, ignore_errors=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"https://{self.host}:{self.port}"

    @property
    def introspection_url(self) -> str:
        return f"{self.url}/introspect"

    @property
    def google_token_url(self) -> str:
        return f"{self.url}/token"

    def microsoft_token_url(self, tenant: str) -> str:
        return f"{self.url}/{tenant}/oauth2/v2.0/token"

    # -- what the tests set up -------------------------------------------------------------

    def register_app(
        self,
        tenant: str,
        *,
        secret: str | None = None,
        certificate: x509.Certificate | None = None,
        mailbox: str | None = None,
        lifetime: int = 3600,
    ) -> EntraApp:
        """An Entra ID app registration (a new client id) in tenant, which then exists."""
        with self._lock:
            self.tenants.add(tenant)
            app = EntraApp(tenant, str(uuid.uuid4()), secret, certificate, mailbox, False, lifetime)
            self.apps[app.client_id] = app
            return app

    def add_service_account(
        self, delegated: set[str], *, lifetime: int = 3600, scopes: set[str] | None = None
    ) -> dict[str, str]:
        """A service account; returns its JSON key as Google's console would download it."""
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        number = str(secrets.randbelow(10**20) + 10**20)
        email = f"intake-{number[-6:]}@secretariat-mail.iam.gserviceaccount.com"
        account = ServiceAccount(
            email, number, secrets.token_hex(20), key.public_key(), set(delegated)
        )
        account.lifetime = lifetime
        if scopes is not None:
            account.scopes = set(scopes)
        with self._lock:
            self.service_accounts[email] = account
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        return {
            "type": "service_account",
            "project_id": "secretariat-mail",
            "private_key_id": account.key_id,
            "private_key": pem,
            "client_email": email,
            "client_id": number,
            "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": self.google_token_url,
        }

    def add_refresh_token(self, user: str, *, lifetime: int = 3600) -> dict[str, str]:
        """A user's consent to a new OAuth client; returns an "authorized_user" JSON key."""
        token = RefreshToken(
            "1//" + secrets.token_urlsafe(40),
            f"{secrets.randbelow(10**12)}-intake.apps.googleusercontent.com",
            "GOCSPX-" + secrets.token_urlsafe(21),
            user,
            lifetime=lifetime,
        )
        with self._lock:
            self.refresh_tokens[token.value] = token
        return {
            "type": "authorized_user",
            "client_id": token.client_id,
            "client_secret": token.client_secret,
            "refresh_token": token.value,
        }

    def revoke_refresh_token(self, value: str) -> None:
        """As when the user or an administrator revokes access, or an unverified app's token ages out."""
        with self._lock:
            self.refresh_tokens[value].revoked = True
            for token in self.tokens.values():
                if token.issued_to == value:
                    token.revoked = True

    def revoke_access_tokens(self) -> None:
        """Every access token issued so far is refused from now on (introspection: inactive)."""
        with self._lock:
            for token in self.tokens.values():
                token.revoked = True

    def grants_to(self, client: str, *, ok: bool = True) -> list[Grant]:
        with self._lock:
            return [g for g in self.grants if g.client == client and (g.error is None) == ok]

    def introspected(self, tokens: set[str] | None = None) -> list[Introspection]:
        with self._lock:
            return [i for i in self.introspections if tokens is None or i.token in tokens]

    # -- the endpoints ---------------------------------------------------------------------

    def openid_configuration(self, tenant: str) -> tuple[int, dict[str, Any]]:
        if tenant not in self.tenants:
            return self._entra_error(
                400,
                "invalid_tenant",
                90002,
                f"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID "
                "and are signing into the correct cloud.",
            )
        base = f"{self.url}/{tenant}"
        return 200, {
            "token_endpoint": f"{base}/oauth2/v2.0/token",
            "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
            "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
            "issuer": f"{base}/v2.0",
            "jwks_uri": f"{base}/discovery/v2.0/keys",
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt"],
        }

    def entra_token(self, tenant: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        client_id = form.get("client_id", "")
        status, body = self._entra_grant(tenant, client_id, form)
        self._record("microsoft", form, client_id, body)
        return status, body

    def _entra_grant(
        self, tenant: str, client_id: str, form: dict[str, str]
    ) -> tuple[int, dict[str, Any]]:
        if tenant not in self.tenants:
            return self._entra_error(400, "invalid_request", 90002, f"Tenant '{tenant}' not found.")
        if form.get("grant_type") != "client_credentials":
            return self._entra_error(
                400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type."
            )
        app = self.apps.get(client_id)
        if app is None or app.tenant != tenant:
            return self._entra_error(
                400,
                "unauthorized_client",
                700016,
                f"Application with identifier '{client_id}' was not found in the directory "
                f"'{tenant}'. This can happen if the application has not been installed by the "
                "administrator of the tenant or consented to by any user in the tenant.",
            )
        refusal = self._entra_client_authentication(app, form)
        if refusal is not None:
            return refusal
        scope = form.get("scope", "")
        if EXCHANGE_SCOPE not in scope.split():
            return self._entra_error(
                400,
                "invalid_scope",
                1002012,
                f"The provided value for scope {scope} is not valid. Client credential flows "
                "must have a scope value with /.default suffixed to the resource identifier.",
            )
        token = self._issue(client_id, None, app.lifetime)
        return 200, {
            "token_type": "Bearer",
            "expires_in": app.lifetime,
            "ext_expires_in": app.lifetime,
            "access_token": token.value,
        }

    def _entra_client_authentication(
        self, app: EntraApp, form: dict[str, str]
    ) -> tuple[int, dict[str, Any]] | None:
        if "client_assertion" in form:
            return self._entra_assertion(app, form)
        if app.secret is None or form.get("client_secret") != app.secret:
            return self._entra_error(
                401,
                "invalid_client",
                7000215,
                "Invalid client secret provided. Ensure the secret being sent in the request is "
                f"the client secret value, not the client secret ID, for a secret added to app "
                f"'{app.client_id}'.",
            )
        if app.secret_expired:
            return self._entra_error(
                401,
                "invalid_client",
                7000222,
                f"The provided client secret keys for app '{app.client_id}' are expired. Visit "
                "the Azure portal to create new keys for your app.",
            )
        return None

    def _entra_assertion(
        self, app: EntraApp, form: dict[str, str]
    ) -> tuple[int, dict[str, Any]] | None:
        unregistered = self._entra_error(
            401,
            "invalid_client",
            700027,
            "The certificate with identifier used to sign the client assertion is not "
            f"registered on application. [Reason - The key was not found., Thumbprint of key "
            f"used by client: '?', Please visit the Azure Portal, Graph Explorer or directly "
            f"use MS Graph to see configured keys for app Id '{app.client_id}'.]",
        )
        if form.get("client_assertion_type") != CLIENT_ASSERTION_JWT or app.certificate is None:
            return unregistered
        assertion = form["client_assertion"]
        header = jwt.get_unverified_header(assertion)
        digest = app.certificate.fingerprint(hashes.SHA256())
        thumbprint = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        if str(header.get("x5t#S256", "")).rstrip("=") != thumbprint:  # msal pads it
            return unregistered
        try:
            claims = jwt.decode(
                assertion,
                app.certificate.public_key(),  # type: ignore[arg-type]
                algorithms=["PS256", "RS256"],
                audience=self.microsoft_token_url(app.tenant),
                issuer=app.client_id,
                options={"require": ["exp", "aud", "iss", "sub"]},
            )
        except jwt.PyJWTError as exc:
            return self._entra_error(
                401, "invalid_client", 700025, f"Client assertion is invalid: {exc}."
            )
        if claims.get("sub") != app.client_id:
            return self._entra_error(
                401, "invalid_client", 700023, "Client assertion audience claim does not match."
            )
        return None

    def google_token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        grant_type = form.get("grant_type", "")
        if grant_type == JWT_BEARER:
            client, (status, body) = self._google_jwt(form.get("assertion", ""))
        elif grant_type == "refresh_token":
            client = form.get("refresh_token", "")
            status, body = self._google_refresh(form)
        else:
            client, status, body = "", 400, {"error": "unsupported_grant_type"}
        self._record("google", form, client, body)
        return status, body

    def _google_jwt(self, assertion: str) -> tuple[str, tuple[int, dict[str, Any]]]:
        bad_signature = (
            400,
            {"error": "invalid_grant", "error_description": "Invalid JWT Signature."},
        )
        try:
            issuer = str(jwt.decode(assertion, options={"verify_signature": False})["iss"])
        except (jwt.PyJWTError, KeyError):
            return "", bad_signature
        account = self.service_accounts.get(issuer)
        if account is None:
            return issuer, (
                400,
                {"error": "invalid_grant", "error_description": "Invalid grant: account not found"},
            )
        try:
            claims = jwt.decode(
                assertion,
                account.public_key,
                algorithms=["RS256"],
                audience=self.google_token_url,
                options={"require": ["exp", "iat", "aud", "iss", "scope"]},
            )
        except jwt.PyJWTError:
            return issuer, bad_signature
        if jwt.get_unverified_header(assertion).get("kid") != account.key_id:
            return issuer, bad_signature
        if int(claims["exp"]) - int(claims["iat"]) > 3600:
            return issuer, (
                400,
                {
                    "error": "invalid_grant",
                    "error_description": "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.",
                },
            )
        subject = str(claims.get("sub", ""))
        scopes = set(str(claims["scope"]).split())
        if subject not in account.delegated or not scopes <= account.scopes:
            return issuer, (
                401,
                {
                    "error": "unauthorized_client",
                    "error_description": "Client is unauthorized to retrieve access tokens using "
                    "this method, or client not authorized for any of the scopes requested.",
                },
            )
        token = self._issue(issuer, subject, account.lifetime)
        return issuer, (200, self._google_token_body(token, account.lifetime, GMAIL_SCOPE))

    def _google_refresh(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        stored = self.refresh_tokens.get(form.get("refresh_token", ""))
        if stored is None or stored.client_id != form.get("client_id"):
            return 400, {"error": "invalid_grant", "error_description": "Bad Request"}
        if stored.client_secret != form.get("client_secret"):
            return 401, {"error": "invalid_client", "error_description": "Unauthorized"}
        if stored.revoked:
            return 400, {
                "error": "invalid_grant",
                "error_description": "Token has been expired or revoked.",
            }
        token = self._issue(stored.value, stored.user, stored.lifetime)
        return 200, self._google_token_body(token, stored.lifetime, GMAIL_SCOPE)

    @staticmethod
    def _google_token_body(token: AccessToken, lifetime: int, scope: str) -> dict[str, Any]:
        return {
            "access_token": token.value,
            "expires_in": lifetime,
            "scope": scope,
            "token_type": "Bearer",
        }

    def introspect(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        value = form.get("token", "")
        with self._lock:
            token = self.tokens.get(value)
            username: str | None = None
            if token is not None and not token.revoked and token.expires_at > time.time():
                if token.user is not None:
                    username = token.user
                elif token.issued_to in self.apps:
                    username = self.apps[token.issued_to].mailbox
            self.introspections.append(Introspection(value, username is not None, username))
        if token is None or username is None:
            return 200, {"active": False}
        return 200, {
            "active": True,
            "username": username,
            "client_id": token.issued_to,
            "exp": int(token.expires_at),
            "token_type": "Bearer",
        }

    # -- helpers ---------------------------------------------------------------------------

    def _issue(self, issued_to: str, user: str | None, lifetime: int) -> AccessToken:
        token = AccessToken(
            "ya29." + secrets.token_urlsafe(32), issued_to, user, time.time() + lifetime
        )
        with self._lock:
            self.tokens[token.value] = token
        return token

    def _record(
        self, endpoint: str, form: dict[str, str], client: str, body: dict[str, Any]
    ) -> None:
        credential = ""
        if endpoint == "microsoft":
            credential = "private_key_jwt" if "client_assertion" in form else "client_secret"
        elif "assertion" in form:
            with contextlib.suppress(jwt.PyJWTError):
                claims = jwt.decode(form["assertion"], options={"verify_signature": False})
                credential = str(claims.get("sub", ""))
        grant = Grant(
            endpoint,
            form.get("grant_type", ""),
            client,
            credential,
            body.get("error"),
            body.get("access_token"),
            time.time(),
        )
        with self._lock:
            self.grants.append(grant)

    @staticmethod
    def _entra_error(
        status: int, error: str, code: int, description: str
    ) -> tuple[int, dict[str, Any]]:
        trace, correlation = uuid.uuid4(), uuid.uuid4()
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ")
        return status, {
            "error": error,
            "error_description": f"AADSTS{code}: {description}\r\nTrace ID: {trace}\r\n"
            f"Correlation ID: {correlation}\r\nTimestamp: {now}",
            "error_codes": [code],
            "timestamp": now,
            "trace_id": str(trace),
            "correlation_id": str(correlation),
        }


class _Handler(BaseHTTPRequestHandler):
    server_version = "intake-test-oauth/1"

    @property
    def oauth(self) -> OAuthServer:
        server: OAuthServer = self.server.oauth  # type: ignore[attr-defined]
        return server

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests look at `grants` and `introspections` instead."""

    def do_GET(self) -> None:
        parts = self.path.split("?", 1)[0].strip("/").split("/")
        if len(parts) == 4 and parts[1:] == ["v2.0", ".well-known", "openid-configuration"]:
            self._reply(*self.oauth.openid_configuration(parts[0]))
        else:
            self._reply(404, {"error": "not_found"})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace")
        form = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
        parts = self.path.split("?", 1)[0].strip("/").split("/")
        if self.oauth.outage is not None and parts != ["introspect"]:
            self._reply_html(self.oauth.outage)
        elif parts == ["token"]:
            self._reply(*self.oauth.google_token(form))
        elif parts == ["introspect"]:
            self._reply(*self.oauth.introspect(form))
        elif len(parts) == 4 and parts[1:] == ["oauth2", "v2.0", "token"]:
            self._reply(*self.oauth.entra_token(parts[0], form))
        else:
            self._reply(404, {"error": "not_found"})

    def _reply_html(self, status: int) -> None:
        data = b"<html><body><h1>Service Unavailable</h1></body></html>"
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(data)

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(data)


def make_client_certificate(common_name: str = "intake mail reader") -> str:
    """A self-signed certificate and its private key in one PEM text, as intake reads it."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    return key_pem + cert.public_bytes(serialization.Encoding.PEM).decode()


def certificate_of(pem: str) -> x509.Certificate:
    """The certificate in a PEM text that holds a key and a certificate."""
    return x509.load_pem_x509_certificate(pem.encode())
