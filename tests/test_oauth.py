"""OAuth 2.0 (XOAUTH2) login: real token grants over HTTPS and real XOAUTH2 logins to Dovecot.

tests/servers/oauth_server.py plays Entra ID and Google (token endpoints) and the token
introspection endpoint that the test Dovecot's oauth2 passdb asks about every token, so a
token Dovecot accepts is one the token endpoint issued and has not revoked or let expire.
"""

from __future__ import annotations

import email.message
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from sqlmodel import Session, select

from intake.calls import load_calls
from intake.errors import ConfigError, SourceAuthError, SourceConnectionError
from intake.pipeline import Pipeline, poll_once
from intake.settings import Mailbox, Settings
from intake.sources.imap import ImapSource
from intake.sources.mailboxes import source_for
from intake.sources.oauth import GoogleTokens, MicrosoftTokens, token_provider
from store.db import connect
from store.models import MailboxState
from tests.conftest_imap import ImapAccount
from tests.servers.dovecot import free_port
from tests.servers.oauth_server import (
    JWT_BEARER,
    EntraApp,
    OAuthServer,
    certificate_of,
    make_client_certificate,
)

pytestmark = pytest.mark.imap

TENANT = "5f1c9a0e-cites-secretariat"


@pytest.fixture(autouse=True)
def trust_oauth_server(oauth_server: OAuthServer, monkeypatch: pytest.MonkeyPatch) -> None:
    # The token endpoints are https with a CA of their own; requests (msal's too) reads this.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(oauth_server.cafile))


@pytest.fixture
def pipeline(tmp_path: Path) -> Iterator[Pipeline]:
    """A pipeline on SQLite only: the login is what is tested, not the database."""
    settings = Settings(data_dir=tmp_path / "data", database_url=f"sqlite:///{tmp_path}/i.db")
    engine = connect(settings.db_url)
    yield Pipeline(settings, engine, load_calls())
    engine.dispose()


def submission(subject: str) -> bytes:
    msg = email.message.EmailMessage()
    msg["From"] = "focal.point@environment.example.org"
    msg["To"] = "submissions@cites.example"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{time.monotonic_ns()}@environment.example.org>"
    msg.set_content("Please find our report attached.\r\n")
    return msg.as_bytes().replace(b"\n", b"\r\n")


def deliver(account: ImapAccount, subject: str) -> None:
    account.server.append(account.user, "INBOX", submission(subject))


def write_secret(tmp_path: Path, text: str, name: str = "oauth-secret") -> Path:
    path = tmp_path / name
    path.write_text(text)
    path.chmod(0o600)
    return path


def microsoft_box(
    account: ImapAccount, server: OAuthServer, app: EntraApp, secret_file: Path, **fields: Any
) -> Mailbox:
    box = Mailbox(
        name="exchange",
        url=f"imap://{quote(account.user, safe='')}@{account.host}:{account.port}/INBOX",
        auth="oauth2",
        oauth_provider="microsoft",
        oauth_tenant=app.tenant,
        oauth_client_id=app.client_id,
        oauth_token_url=server.microsoft_token_url(app.tenant),
        oauth_secret_file=str(secret_file),
    )
    return replace(box, **fields)


def google_box(account: ImapAccount, key_file: Path, **fields: Any) -> Mailbox:
    box = Mailbox(
        name="gmail",
        url=f"imap://{quote(account.user, safe='')}@{account.host}:{account.port}/INBOX",
        auth="oauth2",
        oauth_provider="google",
        oauth_secret_file=str(key_file),
    )
    return replace(box, **fields)


def key_file(tmp_path: Path, key: dict[str, str]) -> Path:
    return write_secret(tmp_path, json.dumps(key), "google-key.json")


def last_error(pipeline: Pipeline) -> str | None:
    with Session(pipeline.engine) as session:
        return session.exec(select(MailboxState)).one().last_error


def login_error(source: ImapSource) -> str:
    with pytest.raises(SourceAuthError) as caught:
        source.connect()
    return str(caught.value)


# -- Microsoft 365: app-only, client-credentials grant --------------------------------------


def test_microsoft_client_secret_token_logs_in_and_a_poll_fetches(
    oauth_account: ImapAccount, oauth_server: OAuthServer, pipeline: Pipeline, tmp_path: Path
) -> None:
    app = oauth_server.register_app(TENANT, secret="s3cret~value", mailbox=oauth_account.user)
    box = microsoft_box(oauth_account, oauth_server, app, write_secret(tmp_path, "s3cret~value"))
    deliver(oauth_account, "National report on trade in pangolins")
    report = poll_once(pipeline, source_for(box))
    assert (report.fetched, report.new, report.errors) == (1, 1, [])
    assert last_error(pipeline) is None
    [grant] = oauth_server.grants_to(app.client_id)
    assert (grant.grant_type, grant.credential) == ("client_credentials", "client_secret")
    seen = oauth_server.introspected({grant.token or ""})
    assert [(i.active, i.username) for i in seen] == [(True, oauth_account.user)]


def test_microsoft_certificate_credential_logs_in(
    oauth_account: ImapAccount, oauth_server: OAuthServer, pipeline: Pipeline, tmp_path: Path
) -> None:
    pem = make_client_certificate()
    app = oauth_server.register_app(
        TENANT, certificate=certificate_of(pem), mailbox=oauth_account.user
    )
    box = microsoft_box(oauth_account, oauth_server, app, write_secret(tmp_path, pem))
    deliver(oauth_account, "Annual report")
    assert poll_once(pipeline, source_for(box)).new == 1
    [grant] = oauth_server.grants_to(app.client_id)
    assert grant.credential == "private_key_jwt"  # a signed assertion; no secret was sent


def test_a_token_is_reused_while_it_has_time_left(
    oauth_account: ImapAccount, oauth_server: OAuthServer, pipeline: Pipeline, tmp_path: Path
) -> None:
    app = oauth_server.register_app(TENANT, secret="s3cret~value", mailbox=oauth_account.user)
    source = source_for(
        microsoft_box(oauth_account, oauth_server, app, write_secret(tmp_path, "s3cret~value"))
    )
    for subject in ("first", "second"):
        deliver(oauth_account, subject)
        assert poll_once(pipeline, source).new == 1  # a new IMAP session each poll
    [grant] = oauth_server.grants_to(app.client_id)
    assert [i.active for i in oauth_server.introspected({grant.token or ""})] == [True, True]


def test_a_token_is_refreshed_before_it_expires(
    oauth_account: ImapAccount, oauth_server: OAuthServer, pipeline: Pipeline, tmp_path: Path
) -> None:
    # 303 s: reused at once (more than 300 s left), replaced once less than 300 s are left,
    # while the old token is still valid.
    app = oauth_server.register_app(
        TENANT, secret="s3cret~value", mailbox=oauth_account.user, lifetime=303
    )
    source = source_for(
        microsoft_box(oauth_account, oauth_server, app, write_secret(tmp_path, "s3cret~value"))
    )
    assert poll_once(pipeline, source).errors == []
    assert poll_once(pipeline, source).errors == []
    [first] = oauth_server.grants_to(app.client_id)
    time.sleep(max(0.0, first.at + 4.0 - time.time()))
    assert poll_once(pipeline, source).errors == []
    old, new = oauth_server.grants_to(app.client_id)
    assert old.token != new.token
    assert oauth_server.tokens[old.token or ""].expires_at > time.time() + 290


def test_a_short_lived_token_is_replaced_across_its_expiry(
    oauth_account: ImapAccount, oauth_server: OAuthServer, pipeline: Pipeline, tmp_path: Path
) -> None:
    app = oauth_server.register_app(
        TENANT, secret="s3cret~value", mailbox=oauth_account.user, lifetime=2
    )
    source = source_for(
        microsoft_box(oauth_account, oauth_server, app, write_secret(tmp_path, "s3cret~value"))
    )
    deliver(oauth_account, "before expiry")
    assert poll_once(pipeline, source).new == 1
    [first] = oauth_server.grants_to(app.client_id)
    time.sleep(max(0.0, first.at + 2.5 - time.time()))
    assert oauth_server.introspect({"token": first.token or ""})[1] == {"active": False}
    deliver(oauth_account, "after expiry")
    report = poll_once(pipeline, source)
    assert (report.new, report.errors) == (1, [])
    grants = oauth_server.grants_to(app.client_id)
    assert len(grants) == 2 and grants[0].token != grants[1].token


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        ("wrong secret", "invalid_client (AADSTS7000215)"),
        ("expired secret", "invalid_client (AADSTS7000222)"),
        ("unknown app", "unauthorized_client (AADSTS700016)"),
    ],
)
def test_a_refusing_token_endpoint_is_a_source_auth_error_in_the_mailbox_state(
    setup: str,
    code: str,
    oauth_account: ImapAccount,
    oauth_server: OAuthServer,
    pipeline: Pipeline,
    tmp_path: Path,
) -> None:
    app = oauth_server.register_app(TENANT, secret="right~secret", mailbox=oauth_account.user)
    secret = "wrong~secret" if setup == "wrong secret" else "right~secret"
    app.secret_expired = setup == "expired secret"
    fields = {"oauth_client_id": "0c9e2d61-0000-4000-8000-000000000000"}
    box = microsoft_box(
        oauth_account,
        oauth_server,
        app,
        write_secret(tmp_path, secret),
        **(fields if setup == "unknown app" else {}),
    )
    report = poll_once(pipeline, source_for(box))
    [error] = report.errors
    assert error.startswith(
        f"mailbox 'exchange': microsoft token endpoint refused the client credentials: {code}: "
    )
    assert "\n" not in error and secret not in error
    assert last_error(pipeline) == error


def test_an_unknown_tenant_is_named(
    oauth_account: ImapAccount, oauth_server: OAuthServer, tmp_path: Path
) -> None:
    app = oauth_server.register_app(TENANT, secret="s3cret~value", mailbox=oauth_account.user)
    box = microsoft_box(
        oauth_account,
        oauth_server,
        app,
        write_secret(tmp_path, "s3cret~value"),
        oauth_tenant="no-such-tenant",
        oauth_token_url=oauth_server.microsoft_token_url("no-such-tenant"),
    )
    error = login_error(source_for(box))
    assert error == (
        f"mailbox 'exchange': microsoft refused the tenant {oauth_server.url}/no-such-tenant "
        "(OpenID configuration: HTTP 400, AADSTS90002): check oauth_tenant"
    )


def test_the_imap_server_refusing_the_token_names_the_mailbox_permission(
    oauth_account: ImapAccount, oauth_server: OAuthServer, pipeline: Pipeline, tmp_path: Path
) -> None:
    # The app has its token but no Add-MailboxPermission on this mailbox: Dovecot refuses.
    app = oauth_server.register_app(TENANT, secret="s3cret~value", mailbox=None)
    box = microsoft_box(oauth_account, oauth_server, app, write_secret(tmp_path, "s3cret~value"))
    source = source_for(box)
    [error] = poll_once(pipeline, source).errors
    assert "token refused by the IMAP server" in error
    assert "Add-MailboxPermission" in error and "IMAP.AccessAsApp" in error
    assert last_error(pipeline) == error
    # Once the permission is granted the next poll works; the refused token is not offered again.
    app.mailbox = oauth_account.user
    deliver(oauth_account, "after the permission")
    assert poll_once(pipeline, source).new == 1
    assert last_error(pipeline) is None
    refused, accepted = oauth_server.grants_to(app.client_id)
    assert refused.token != accepted.token


def test_an_unreachable_token_endpoint_is_a_connection_error(
    oauth_account: ImapAccount, oauth_server: OAuthServer, tmp_path: Path
) -> None:
    app = oauth_server.register_app(TENANT, secret="s3cret~value", mailbox=oauth_account.user)
    port = free_port()
    closed = f"https://127.0.0.1:{port}/{TENANT}/oauth2/v2.0/token"
    box = microsoft_box(
        oauth_account,
        oauth_server,
        app,
        write_secret(tmp_path, "s3cret~value"),
        oauth_token_url=closed,
    )
    with pytest.raises(SourceConnectionError) as caught:
        source_for(box).connect()
    assert str(caught.value) == (
        f"mailbox 'exchange': microsoft token endpoint https://127.0.0.1:{port}/{TENANT} "
        "unreachable: NewConnectionError: Failed to establish a new connection: [Errno 111] "
        "Connection refused"
    )


@pytest.mark.parametrize("status", [503, 404])
def test_a_token_endpoint_outage_is_a_connection_error(
    status: int,
    oauth_account: ImapAccount,
    oauth_server: OAuthServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A connection error, not an auth error: poll_once retries it with backoff.
    # Short-lived: msal asks the endpoint again at the next login.
    app = oauth_server.register_app(
        TENANT, secret="s3cret~value", mailbox=oauth_account.user, lifetime=1
    )
    key = oauth_server.add_service_account(delegated={oauth_account.user})
    boxes = [
        microsoft_box(oauth_account, oauth_server, app, write_secret(tmp_path, "s3cret~value")),
        google_box(oauth_account, key_file(tmp_path, key)),
    ]
    sources = [source_for(box) for box in boxes]
    sources[0].connect()  # msal has read the OpenID configuration before the outage
    sources[0].close()
    monkeypatch.setattr(oauth_server, "outage", status)
    errors = []
    for source in sources:
        with pytest.raises(SourceConnectionError) as caught:
            source.connect()
        errors.append(str(caught.value))
    assert errors[0].startswith("mailbox 'exchange': microsoft token endpoint https://")
    assert errors[1].startswith("mailbox 'gmail': google token endpoint https://")
    if status == 503:
        assert errors[0].endswith("failed: HTTP Error: 503")
    else:
        assert errors[0].endswith("answered without JSON")
    assert errors[1].endswith(f"answered HTTP {status} without a JSON object")


# -- Google: service account with domain-wide delegation; a user's refresh token ------------


def test_google_service_account_logs_in_as_the_mailbox_user(
    oauth_account: ImapAccount, oauth_server: OAuthServer, pipeline: Pipeline, tmp_path: Path
) -> None:
    key = oauth_server.add_service_account(delegated={oauth_account.user})
    box = google_box(oauth_account, key_file(tmp_path, key), oauth_client_id=key["client_id"])
    deliver(oauth_account, "Informe nacional")
    source = source_for(box)
    assert poll_once(pipeline, source).new == 1
    assert poll_once(pipeline, source).errors == []
    [grant] = oauth_server.grants_to(key["client_email"])
    assert (grant.grant_type, grant.credential) == (JWT_BEARER, oauth_account.user)


def test_google_service_account_without_delegation_is_refused(
    oauth_account: ImapAccount, oauth_server: OAuthServer, pipeline: Pipeline, tmp_path: Path
) -> None:
    key = oauth_server.add_service_account(delegated={"someone.else@cites.example"})
    [error] = poll_once(
        pipeline, source_for(google_box(oauth_account, key_file(tmp_path, key)))
    ).errors
    assert error.startswith(
        "mailbox 'gmail': google token endpoint refused the service account: unauthorized_client: "
    )
    assert error.endswith("domain-wide delegation for the scope)")
    assert key["private_key_id"] not in error and "PRIVATE KEY" not in error


def test_google_short_lived_token_is_replaced(
    oauth_account: ImapAccount, oauth_server: OAuthServer, pipeline: Pipeline, tmp_path: Path
) -> None:
    key = oauth_server.add_service_account(delegated={oauth_account.user}, lifetime=2)
    source = source_for(google_box(oauth_account, key_file(tmp_path, key)))
    assert poll_once(pipeline, source).errors == []
    time.sleep(2.5)
    assert poll_once(pipeline, source).errors == []
    first, second = oauth_server.grants_to(key["client_email"])
    assert first.token != second.token


def test_google_revoked_refresh_token_shows_in_the_mailbox_state(
    oauth_account: ImapAccount, oauth_server: OAuthServer, pipeline: Pipeline, tmp_path: Path
) -> None:
    key = oauth_server.add_refresh_token(oauth_account.user)
    # An "authorized_user" key names no token endpoint: Google's is the default.
    box = google_box(
        oauth_account, key_file(tmp_path, key), oauth_token_url=oauth_server.google_token_url
    )
    source = source_for(box)
    deliver(oauth_account, "Relatório")
    assert poll_once(pipeline, source).new == 1
    oauth_server.revoke_refresh_token(key["refresh_token"])
    # The cached access token was revoked with it: the IMAP server refuses it first ...
    [refused] = poll_once(pipeline, source).errors
    assert "google token refused by the IMAP server" in refused
    # ... then the refresh token itself is refused, and says so, until someone consents again.
    [revoked] = poll_once(pipeline, source).errors
    assert revoked == (
        "mailbox 'gmail': google token endpoint refused the refresh token: invalid_grant: "
        "Token has been expired or revoked. (the user must consent again; put the new key file "
        "in oauth_secret_file)"
    )
    assert last_error(pipeline) == revoked
    assert key["refresh_token"] not in revoked and key["client_secret"] not in revoked


# -- configuration, checked when the source is built ----------------------------------------


def test_settings_that_cannot_work_are_config_errors(tmp_path: Path) -> None:
    url = "imaps://submissions%40cites.example@outlook.office365.com/INBOX"
    secret = write_secret(tmp_path, "s3cret~value")
    base: dict[str, Any] = {"name": "m", "url": url, "auth": "oauth2"}
    base["oauth_secret_file"] = str(secret)
    cases: dict[str, dict[str, Any]] = {
        "oauth_provider must be microsoft or google": {"oauth_provider": "yahoo"},
        "oauth_client_id is required": {"oauth_provider": "microsoft", "oauth_tenant": "t"},
        "oauth_tenant (the directory/tenant id) is required": {
            "oauth_provider": "microsoft",
            "oauth_client_id": "c",
        },
        "must look like https://HOST/TENANT/oauth2/v2.0/token": {
            "oauth_provider": "microsoft",
            "oauth_client_id": "c",
            "oauth_token_url": "http://login.example/t/oauth2/v2.0/token",
        },
        "cannot read secret file": {
            "oauth_provider": "microsoft",
            "oauth_client_id": "c",
            "oauth_tenant": "t",
            "oauth_secret_file": str(tmp_path / "missing"),
        },
        "must be a JSON key file": {"oauth_provider": "google"},
    }
    for message, fields in cases.items():
        with pytest.raises(ConfigError, match=re.escape(message)):
            source_for(Mailbox(**(base | fields)))


def test_production_endpoints_are_the_default(tmp_path: Path) -> None:
    url = "imaps://submissions%40cites.example@outlook.office365.com/INBOX"
    secret = write_secret(tmp_path, "s3cret~value")
    microsoft = token_provider(
        Mailbox(
            name="m",
            url=url,
            auth="oauth2",
            oauth_provider="microsoft",
            oauth_tenant="contoso.onmicrosoft.com",
            oauth_client_id="c",
            oauth_secret_file=str(secret),
        )
    )
    assert isinstance(microsoft, MicrosoftTokens)
    assert microsoft.authority == "https://login.microsoftonline.com/contoso.onmicrosoft.com"
    assert microsoft.scope == "https://outlook.office365.com/.default"
    consent = {
        "type": "authorized_user",
        "client_id": "i",
        "client_secret": "s",
        "refresh_token": "r",
    }
    google = token_provider(
        Mailbox(
            name="g",
            url="imaps://submissions%40cites.example@imap.gmail.com/INBOX",
            auth="oauth2",
            oauth_provider="google",
            oauth_secret_file=str(key_file(tmp_path, consent)),
        )
    )
    assert isinstance(google, GoogleTokens)
    assert (google.token_url, google.scope) == (
        "https://oauth2.googleapis.com/token",
        "https://mail.google.com/",
    )


def test_a_certificate_secret_needs_a_key_and_a_certificate(tmp_path: Path) -> None:
    pem = make_client_certificate()
    only_key = pem.split("-----BEGIN CERTIFICATE-----")[0]
    box = Mailbox(
        name="m",
        url="imaps://submissions%40cites.example@outlook.office365.com/INBOX",
        auth="oauth2",
        oauth_provider="microsoft",
        oauth_tenant="t",
        oauth_client_id="c",
        oauth_secret_file=str(write_secret(tmp_path, only_key)),
    )
    with pytest.raises(ConfigError, match="one unencrypted private key and one certificate"):
        source_for(box)


# -- the failure is visible in `intake status` ----------------------------------------------


def test_revoked_credentials_show_in_intake_status(
    oauth_account: ImapAccount, oauth_server: OAuthServer, tmp_path: Path
) -> None:
    """`intake run --once` then `intake status`, as an administrator would run them."""
    server = oauth_account.server
    gmail_user = f"g-{oauth_account.user}"
    server.add_user(gmail_user, "unused-password")
    app = oauth_server.register_app(TENANT, secret="s3cret~value", mailbox=oauth_account.user)
    app.secret_expired = True
    consent = oauth_server.add_refresh_token(gmail_user)
    oauth_server.revoke_refresh_token(consent["refresh_token"])
    google_key = key_file(tmp_path, consent)
    settings = tmp_path / "settings.toml"
    settings.write_text(
        f"""\
data_dir = "{tmp_path / "data"}"
database_url = "sqlite:///{tmp_path / "intake.db"}"

[[mailbox]]
name = "exchange"
url = "imap://{quote(oauth_account.user, safe="")}@127.0.0.1:{server.port}/INBOX"
auth = "oauth2"
oauth_provider = "microsoft"
oauth_tenant = "{TENANT}"
oauth_client_id = "{app.client_id}"
oauth_token_url = "{oauth_server.microsoft_token_url(TENANT)}"
oauth_secret_file = "{write_secret(tmp_path, "s3cret~value")}"

[[mailbox]]
name = "gmail"
url = "imap://{quote(gmail_user, safe="")}@127.0.0.1:{server.port}/INBOX"
auth = "oauth2"
oauth_provider = "google"
oauth_token_url = "{oauth_server.google_token_url}"
oauth_secret_file = "{google_key}"
"""
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env["REQUESTS_CA_BUNDLE"] = str(oauth_server.cafile)

    def intake(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "intake", "--config", str(settings), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=Path(__file__).resolve().parents[1],
            timeout=120,
            check=False,
        )

    run = intake("run", "--once")
    assert run.returncode == 1, run.stderr
    status = intake("status")
    assert status.returncode == 0, status.stderr
    lines = status.stdout.splitlines()
    exchange = [line for line in lines if line.startswith(f"Mailbox imap://{oauth_account.user}@")]
    gmail = [line for line in lines if line.startswith(f"Mailbox imap://{gmail_user}@")]
    assert len(exchange) == 1 and len(gmail) == 1, status.stdout
    assert (
        "error: mailbox 'exchange': microsoft token endpoint refused the client credentials: "
        "invalid_client (AADSTS7000222): The provided client secret keys for app"
    ) in exchange[0]
    assert (
        "error: mailbox 'gmail': google token endpoint refused the refresh token: "
        "invalid_grant: Token has been expired or revoked."
    ) in gmail[0]
    assert "s3cret~value" not in status.stdout + run.stdout + run.stderr
