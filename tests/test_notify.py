"""Acknowledgements and the digest, sent to a real SMTP server (aiosmtpd) on loopback.

The server speaks STARTTLS or implicit TLS with a certificate made by the test (the client checks
it against `smtp_cafile`) and only accepts AUTH over TLS. Real messages go through the real
pipeline first: the bundled demo mailbox, and messages written here to attack the headers.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from intake.errors import ConfigError, NotifyError
from intake.notify import acknowledge_pending, policy, render_digest, send_digest
from intake.notify.addresses import is_robot, valid_address
from intake.notify.headers import inert
from intake.notify.smtp import SmtpSender, parse_smtp_url
from intake.notify.texts import ACKNOWLEDGEMENT
from intake.pipeline import Pipeline, poll_once
from intake.settings import Settings
from intake.sources.local import FolderSource
from store.ledger import Ledger
from store.notifications import AckCandidate, Acknowledgement
from tests.servers.dovecot import free_port, make_certificates

USER, PASSWORD = "intake", "correct horse battery staple"
ACK_FROM = "CITES Secretariat <submissions@cites.example>"
SINCE_DEMO = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # the demo messages are from 2007 and 2021
# The demo mailbox: file -> (sender, language of the acknowledgement, files named in it)
DEMO_ACKS = {
    "01": ("helene.vasseur@developpement-durable.gouv.fr", "fr", ["Plan_action_national_animaux_saisis_2021-2025.pdf", "Contrat de prestation – centre de sauvetage.docx"]),
    "02": ("lucia.ortega@semarnat.gob.mx", "es", ["Protocolo de manejo – animales decomisados.pdf", "Procedimiento operativo estándar – recepción de ejemplares.docx"]),
    "03": ("tmokoena@environment.gov.za", "en", ["ZA_Regulatory_measures_seized_live_specimens.pdf"]),
    "04": ("oliver.pemberton@defra.gov.uk", "en", ["UK_rescue_centres_network_seized_live_animals.docx"]),
    "05": ("martin.aebischer@bvet.admin.ch", "fr", ["Reponse_Suisse_commerce_Internet_CITES.pdf"]),
    "06": ("blozano@mityc.es", "es", ["Respuesta_Espana_comercio_Internet_CITES.docx"]),
    "07": ("katarzyna.nowak-berg@ec.europa.eu", "en", ["EU_action_plan_live_confiscated_specimens.pdf"]),
    "10": ("gkamau@kws.go.ke", "en", ["KWS_Protocol_Confiscated_Live_Wildlife_2021.pdf"]),
    "11": ("rafael.almeida@ibama.gov.br", "en", ["CETAS_protocol_seized_wild_animals_EN.pdf"]),
    "12": ("andres.c.rojas.cites@gmail.com", "es", ["Medida_reglamentaria_disposicion_fauna_decomisada_Colombia.pdf"]),
    "14": ("sarah.whitfield@awe.gov.au", "en", ["20210301_AWE_submission.pdf"]),
    "15": ("rquispe@serfor.gob.pe", "es", []),
}  # fmt: skip
LATE = {"oliver.pemberton@defra.gov.uk", "sarah.whitfield@awe.gov.au"}
SUBJECT_LABEL = {"en": "Acknowledgement of receipt", "fr": "Accusé de réception", "es": "Acuse de recibo"}  # fmt: skip
LATE_TEXT = {"en": "after the deadline", "fr": "après la date limite", "es": "después de la fecha límite"}  # fmt: skip


# --- the SMTP server -----------------------------------------------------------------------


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed

    @property
    def body(self) -> str:
        part = self.message.get_body(("plain",))
        assert part is not None
        return str(part.get_content()).replace("\r\n", "\n")


@dataclass
class Recorder:
    """The aiosmtpd handler: keeps every message accepted, with its envelope."""

    received: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
        )
        return "250 OK"


def _authenticator(recorder: Recorder) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        if isinstance(data, LoginPassword) and (data.login, data.password) == (
            USER.encode(),
            PASSWORD.encode(),
        ):
            recorder.logins.append(mechanism)
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    return check


@dataclass
class SmtpServer:
    mode: str  # starttls | tls | plain
    port: int
    recorder: Recorder
    ca: Path

    @property
    def url(self) -> str:
        if self.mode == "plain":
            return f"smtp://127.0.0.1:{self.port}"
        scheme = "smtps" if self.mode == "tls" else "smtp+starttls"
        return f"{scheme}://{USER}@localhost:{self.port}"

    @property
    def received(self) -> list[Received]:
        return self.recorder.received


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return make_certificates(tmp_path_factory.mktemp("smtp-tls"))


def _server_context(certificates: tuple[Path, Path, Path]) -> ssl.SSLContext:
    _, cert, key = certificates
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


def _start(mode: str, certificates: tuple[Path, Path, Path]) -> tuple[Controller, SmtpServer]:
    recorder = Recorder()
    port = free_port()
    options: dict[str, Any] = {}
    if mode == "starttls":
        options = {
            "tls_context": _server_context(certificates),
            "require_starttls": True,
            "auth_required": True,
            "auth_require_tls": True,
            "authenticator": _authenticator(recorder),
        }
    elif mode == "tls":
        options = {
            "ssl_context": _server_context(certificates),
            # aiosmtpd counts only STARTTLS as TLS, so AUTH cannot be both required and
            # TLS-only here; the session is TLS from the first byte, and the test checks the login.
            "auth_require_tls": False,
            "authenticator": _authenticator(recorder),
        }
    controller = Controller(recorder, hostname="127.0.0.1", port=port, **options)
    controller.start()
    return controller, SmtpServer(mode, port, recorder, certificates[0])


@pytest.fixture
def smtp_server(certificates: tuple[Path, Path, Path]) -> Iterator[SmtpServer]:
    """A STARTTLS submission server that requires AUTH, and AUTH only after STARTTLS."""
    controller, server = _start("starttls", certificates)
    yield server
    controller.stop()


@pytest.fixture
def smtps_server(certificates: tuple[Path, Path, Path]) -> Iterator[SmtpServer]:
    controller, server = _start("tls", certificates)
    yield server
    controller.stop()


@pytest.fixture
def plain_server(certificates: tuple[Path, Path, Path]) -> Iterator[SmtpServer]:
    controller, server = _start("plain", certificates)
    yield server
    controller.stop()


def _with_smtp(settings: Settings, server: SmtpServer, tmp_path: Path, **changes: Any) -> Settings:
    secret = tmp_path / "smtp-password"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    values: dict[str, Any] = {
        "smtp_url": server.url,
        "smtp_password_file": str(secret),
        "smtp_cafile": str(server.ca),
        "ack_enabled": True,
        "ack_from": ACK_FROM,
        "digest_to": "registry@cites.example, legal.affairs@cites.example",
    }
    values.update(changes)
    return settings.with_overrides(**values)


def _ack_rows(engine: Engine) -> list[Acknowledgement]:
    with Session(engine) as session:
        return list(session.exec(select(Acknowledgement)).all())


def _by_recipient(server: SmtpServer) -> dict[str, list[Received]]:
    found: dict[str, list[Received]] = {}
    for item in server.received:
        for rcpt in item.rcpt_tos:
            found.setdefault(rcpt, []).append(item)
    return found


# --- the demo mailbox ------------------------------------------------------------------------


def test_demo_mailbox_acknowledged_in_the_language_of_each_message(
    pipeline: Pipeline,
    engine: Engine,
    settings: Settings,
    demo_mailbox: Path,
    smtp_server: SmtpServer,
    tmp_path: Path,
) -> None:
    settings = _with_smtp(settings, smtp_server, tmp_path)
    poll_once(pipeline, FolderSource(demo_mailbox))
    report = acknowledge_pending(settings, engine, since=SINCE_DEMO)

    assert report.counts() == {"sent": 12, "skipped": 2, "failed": 0}
    assert sorted(reason for _, reason in report.skipped) == [
        "kind is auto_reply",
        "kind is bounce",
    ]
    assert smtp_server.recorder.logins  # it logged in, after STARTTLS (the server insists)
    by_recipient = _by_recipient(smtp_server)
    assert set(by_recipient) == {sender for sender, _, _ in DEMO_ACKS.values()}
    for sender, language, files in DEMO_ACKS.values():
        (ack,) = by_recipient[sender]  # one each; the duplicate of 01 is not acknowledged again
        assert ack.rcpt_tos == [sender]
        assert ack.mail_from == "submissions@cites.example"
        message, body = ack.message, ack.body
        assert str(message["Subject"]).startswith(SUBJECT_LABEL[language])
        assert message["Content-Language"] == language
        assert message["Auto-Submitted"] == "auto-replied"
        assert message["Precedence"] is None  # RFC 3834: Precedence is not to be used
        assert message["From"].addresses[0].addr_spec == "submissions@cites.example"
        for name in files:
            assert f"  - {name}\n" in body
        if not files:
            assert ACKNOWLEDGEMENT[language]["no_files"] in body
        assert (LATE_TEXT[language] in body) is (sender in LATE)

    uk = by_recipient["oliver.pemberton@defra.gov.uk"][0]
    assert "after the deadline of 2021-02-28" in uk.body
    assert uk.message["In-Reply-To"] == (
        "<LO2P265MB3087A9F1C64E0B27D35E8A1C90F6B4D2@LO2P265MB3087.GBRP265.PROD.OUTLOOK.COM>"
    )
    assert by_recipient["sarah.whitfield@awe.gov.au"][0].message["In-Reply-To"] is None
    fr = by_recipient["helene.vasseur@developpement-durable.gouv.fr"][0]
    assert "Nous accusons réception" in fr.body
    assert "2021/008 – Utilisation des spécimens" in fr.body
    assert fr.message["To"].addresses[0].display_name == "Vasseur Hélène"

    again = acknowledge_pending(settings, engine, since=SINCE_DEMO)
    assert again.counts() == {"sent": 0, "skipped": 0, "failed": 0}
    assert len(smtp_server.received) == 12
    statuses = sorted(row.status for row in _ack_rows(engine))
    assert statuses == ["sent"] * 12 + ["skipped"] * 2


def test_off_by_default_and_outside_the_window(
    pipeline: Pipeline,
    engine: Engine,
    settings: Settings,
    demo_mailbox: Path,
    smtp_server: SmtpServer,
    tmp_path: Path,
) -> None:
    poll_once(pipeline, FolderSource(demo_mailbox))
    assert acknowledge_pending(settings, engine, since=SINCE_DEMO).enabled is False
    # On, but the demo messages are from 2021: far outside the default window.
    enabled = _with_smtp(settings, smtp_server, tmp_path)
    assert acknowledge_pending(enabled, engine).counts() == {"sent": 0, "skipped": 0, "failed": 0}
    assert _ack_rows(engine) == [] and smtp_server.received == []


# --- messages written here -------------------------------------------------------------------


def _message(
    folder: Path,
    name: str,
    *,
    sender: str = "Ana Pérez <ana.perez@gov.example>",
    subject: str = "Notification 2021/008 - our submission",
    filename: str = "Action_plan.pdf",
    extra: str = "",
    return_path: str | None = "<ana.perez@gov.example>",
) -> Path:
    """A submission with one PDF, as raw RFC 5322 text (headers exactly as given)."""
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    lines = []
    if return_path is not None:
        lines.append(f"Return-Path: {return_path}")
    lines += [
        f"From: {sender}",
        "To: Secretariat <submissions@cites.example>",
        f"Subject: {subject}",
        f"Date: {email.utils.format_datetime(now)}",
        f"Message-ID: <{name}.{now.timestamp()}@gov.example>",
        "MIME-Version: 1.0",
    ]
    lines += [line for line in extra.split("\n") if line]
    lines += [
        'Content-Type: multipart/mixed; boundary="b1"',
        "",
        "--b1",
        "Content-Type: text/plain; charset=utf-8",
        "",
        f"Please find attached our submission for Notification 2021/008 ({name}).",
        "--b1",
        "Content-Type: application/pdf",
        f"Content-Disposition: attachment; {filename}"
        if filename.startswith("filename")
        else f'Content-Disposition: attachment; filename="{filename}"',
        "Content-Transfer-Encoding: base64",
        "",
        "JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PD4+CmVuZG9iagp0cmFpbGVyCjw8Pj4KJSVFT0YK",
        "--b1--",
        "",
    ]
    path = folder / f"{name}.eml"
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    return path


def test_rate_limit_per_sender(
    pipeline: Pipeline, engine: Engine, settings: Settings, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    settings = _with_smtp(settings, smtp_server, tmp_path, ack_max_per_sender_per_day=2)
    folder = tmp_path / "same-sender"
    for i in range(4):
        _message(folder, f"m{i}", subject=f"Submission part {i} for 2021/008")
    _message(folder, "other", sender="Bo <bo@gov.example>", return_path="<bo@gov.example>")
    poll_once(pipeline, FolderSource(folder))

    report = acknowledge_pending(settings, engine)
    assert len(report.sent) == 3  # two to Ana, one to Bo
    assert [reason for _, reason in report.skipped] == [
        "rate limit: 2 acknowledgement(s) to this address in 24 h"
    ] * 2
    assert sorted(len(v) for v in _by_recipient(smtp_server).values()) == [1, 2]
    # A day later the limit is free again, but these two stay decided: never sent late.
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=25)
    assert acknowledge_pending(settings, engine, now=later).counts()["sent"] == 0


def test_our_own_acknowledgement_fed_back_is_not_answered(
    pipeline: Pipeline, engine: Engine, settings: Settings, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    settings = _with_smtp(settings, smtp_server, tmp_path)
    _message(tmp_path / "in", "first")
    poll_once(pipeline, FolderSource(tmp_path / "in"))
    assert acknowledge_pending(settings, engine).counts()["sent"] == 1

    # The acknowledgement comes back into the mailbox (a forward, a misrouted copy, a loop).
    loop = tmp_path / "loop"
    loop.mkdir()
    (loop / "ack.eml").write_bytes(smtp_server.received[0].data)
    # And a message from our own address that carries no automatic marker at all.
    _message(
        loop,
        "own",
        sender=ACK_FROM,
        return_path="<submissions@cites.example>",
        subject="Reminder: Notification 2021/008",
    )
    poll_once(pipeline, FolderSource(loop))
    report = acknowledge_pending(settings, engine)
    assert report.counts() == {"sent": 0, "skipped": 2, "failed": 0}
    assert sorted(reason for _, reason in report.skipped) == [
        "kind is auto_reply",
        "sent from one of intake's own addresses",
    ]
    assert len(smtp_server.received) == 1


@pytest.mark.parametrize(
    ("name", "changes", "reason"),
    [
        ("empty-return-path", {"return_path": "<>"}, "empty Return-Path"),
        ("list-id", {"extra": "List-Id: <cites-parties.lists.example>"}, "kind is other"),
        ("list-unsub", {"extra": "List-Unsubscribe: <mailto:x@lists.example>"}, "kind is other"),
        ("bulk", {"extra": "Precedence: bulk"}, "kind is other"),
        ("noreply", {"sender": "no-reply@gov.example", "return_path": None}, "automated sender"),
        ("postmaster", {"sender": "Postmaster@gov.example", "return_path": None}, "automated"),
        ("no-address", {"sender": "Secretary of the Ministry", "return_path": None}, "sender"),
        ("suppress", {"extra": "X-Auto-Response-Suppress: All"}, "X-Auto-Response-Suppress"),
    ],
)
def test_loop_markers_are_never_answered(
    pipeline: Pipeline,
    engine: Engine,
    settings: Settings,
    smtp_server: SmtpServer,
    tmp_path: Path,
    name: str,
    changes: dict[str, Any],
    reason: str,
) -> None:
    settings = _with_smtp(settings, smtp_server, tmp_path)
    _message(tmp_path / "in", name, **changes)
    poll_once(pipeline, FolderSource(tmp_path / "in"))
    report = acknowledge_pending(settings, engine)
    assert report.sent == [] and len(report.skipped) == 1, report
    assert reason in report.skipped[0][1]
    assert smtp_server.received == []


# Attempts to smuggle a second recipient or a header through every field we copy.
INJECTIONS: dict[str, dict[str, Any]] = {
    "subject": {"subject": "=?utf-8?q?Report=0D=0ABcc:_victim@evil.example=0D=0AX-Injected:_1?="},
    "display-name": {
        "sender": "=?utf-8?q?Ana=0D=0ABcc:_victim@evil.example=0D=0AX-Injected:_1?= "
        "<ana.perez@gov.example>"
    },
    "address": {
        "sender": "=?utf-8?q?ana.perez@gov.example=0D=0ABcc:_victim@evil.example?=",
        "return_path": None,
    },
    "address-list": {
        "sender": "ana.perez@gov.example,\r\n victim@evil.example",
        "return_path": None,
    },
    "return-path": {"return_path": "<ana.perez@gov.example>\r\n Bcc: victim@evil.example"},
    "filename": {
        "filename": "filename*=utf-8''Plan%0D%0ABcc%3A%20victim%40evil.example%0D%0AX-Injected%3A%201.pdf"
    },
}


def test_header_injection_is_impossible(
    pipeline: Pipeline, engine: Engine, settings: Settings, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    settings = _with_smtp(settings, smtp_server, tmp_path, ack_max_per_sender_per_day=100)
    folder = tmp_path / "attacks"
    for name, changes in INJECTIONS.items():
        _message(folder, name, **changes)
    poll_once(pipeline, FolderSource(folder))
    report = acknowledge_pending(settings, engine)
    assert report.failed == []
    assert len(report.sent) + len(report.skipped) == len(INJECTIONS)
    assert len(report.sent) >= 4  # those whose address is fine are answered, and safely
    allowed = {
        "from", "to", "subject", "date", "message-id", "in-reply-to", "references",
        "auto-submitted", "x-auto-response-suppress", "content-language", "mime-version",
        "content-type", "content-transfer-encoding",
    }  # fmt: skip
    for item in smtp_server.received:
        # One recipient, never the injected one. (The parse stage reads the encoded-word
        # From of the "address" attack as ana.perez@gov.examplebcc: mangled, but one address.)
        (recipient,) = item.rcpt_tos
        assert recipient.startswith("ana.perez@gov.example"), recipient
        names = {k.lower() for k in item.message}
        assert names <= allowed, names - allowed
        assert not re.search(rb"^(bcc|x-injected)\s*:", item.data, re.IGNORECASE | re.MULTILINE)
        assert len(item.message.get_all("To") or []) == 1
        assert [a.addr_spec for a in item.message["To"].addresses] == [recipient]
    bodies = "\n".join(item.body for item in smtp_server.received)
    # The file name stays one line of the body (the parse stage already made CR LF a space).
    assert "\n  - Plan Bcc_ victim@evil.example X-Injected_ 1.pdf\n" in bodies


def _candidate(sender: str = "ana@gov.example", kind: str = "submission") -> AckCandidate:
    return AckCandidate(1, "x@gov.example", False, "0" * 64, kind, "s", sender, "", None, None, None, None, ())  # fmt: skip


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({"auto-submitted": ["auto-generated"]}, "Auto-Submitted: auto-generated"),
        ({"auto-submitted": ["auto-replied; owner-email=x@y.example"]}, "Auto-Submitted"),
        ({"precedence": ["List"]}, "Precedence: list"),
        ({"precedence": ["junk"]}, "Precedence: junk"),
        ({"list-id": ["<l.example>"]}, "mailing list (list-id header)"),
        ({"list-unsubscribe": ["<mailto:u@l.example>"]}, "mailing list (list-unsubscribe"),
        ({"x-autoreply": ["yes"]}, "x-autoreply header"),
        ({"x-autorespond": ["1"]}, "x-autorespond header"),
        ({"return-path": ["<>"]}, "empty Return-Path"),
        ({"return-path": [""]}, "empty Return-Path"),
        ({"content-type": ["multipart/report; report-type=delivery-status"]}, "report"),
        ({"return-path": ["<submissions@cites.example>"]}, "own addresses"),
        ({"return-path": ["<bounces+123@esp.example>"]}, "automated sender (bounces+123)"),
    ],
)
def test_headers_that_forbid_an_answer(headers: dict[str, list[str]], reason: str) -> None:
    own = frozenset({"submissions@cites.example"})
    assert policy.decide(_candidate(), {}, own) == policy.Verdict("ana@gov.example")
    assert reason in policy.decide(_candidate(), headers, own).reason
    # Auto-Submitted: no is a person's message.
    assert policy.decide(_candidate(), {"auto-submitted": ["no"]}, own).send
    # Return-Path, not Reply-To or From, is where the answer goes (RFC 3834 section 4).
    verdict = policy.decide(_candidate(), {"return-path": ["<Ana.P@gov.example>"]}, own)
    assert verdict.recipient == "ana.p@gov.example"


def test_unit_rules() -> None:
    assert valid_address("a.b+c@gov.example")
    for bad in ("", "a@b", "a b@gov.example", "a@gov.example\r\nBcc: x@y.example", "<a@b.example>"):
        assert not valid_address(bad)
    assert is_robot("mailer-daemon@x.example") and is_robot("no_reply+x@x.example")
    assert is_robot("cites-l-request@lists.example") and not is_robot("nora.reply@x.example")
    assert inert("a\r\nBcc: b\x00\u202ec\tz") == "a Bcc: b c z"
    assert set(ACKNOWLEDGEMENT["fr"]) == set(ACKNOWLEDGEMENT["en"]) == set(ACKNOWLEDGEMENT["es"])


# --- the SMTP client -------------------------------------------------------------------------


def _note(to: str = "registry@cites.example") -> EmailMessage:
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "submissions@cites.example"
    message["To"] = to
    message["Subject"] = "test"
    message.set_content("hello\n")
    return message


def test_implicit_tls_with_login(smtps_server: SmtpServer) -> None:
    with SmtpSender(parse_smtp_url(smtps_server.url), PASSWORD, cafile=str(smtps_server.ca)) as s:
        s.send(_note(), "submissions@cites.example", ["registry@cites.example"])
    assert [r.rcpt_tos for r in smtps_server.received] == [["registry@cites.example"]]
    assert smtps_server.recorder.logins


def test_plain_smtp_on_loopback(plain_server: SmtpServer) -> None:
    with SmtpSender(parse_smtp_url(plain_server.url)) as sender:
        sender.send(_note(), "submissions@cites.example", ["registry@cites.example"])
    assert len(plain_server.received) == 1


def test_smtp_failures_are_notify_errors(smtp_server: SmtpServer, tmp_path: Path) -> None:
    url = parse_smtp_url(smtp_server.url)
    with pytest.raises(NotifyError, match="login refused"):
        SmtpSender(url, "wrong", cafile=str(smtp_server.ca)).connect()
    other_ca, _, _ = make_certificates(tmp_path / "other-ca")
    with pytest.raises(NotifyError, match="CERTIFICATE_VERIFY_FAILED"):
        SmtpSender(url, PASSWORD, cafile=str(other_ca)).connect()
    with pytest.raises(NotifyError, match="cannot connect"):
        SmtpSender(parse_smtp_url(f"smtps://u@127.0.0.1:{free_port()}"), "x", timeout=5).connect()
    assert smtp_server.received == []


def test_smtp_urls() -> None:
    assert str(parse_smtp_url("smtps://me@mail.example")) == "smtps://me@mail.example:465"
    assert parse_smtp_url("smtp+starttls://me%40x.example@mail.example:2587").user == "me@x.example"
    assert parse_smtp_url("smtp://localhost").port == 25
    for bad in ("smtp://mail.example:25", "smtps://me:pw@mail.example", "http://x", "smtps://"):
        with pytest.raises(ConfigError):
            parse_smtp_url(bad)


def test_unreachable_server_claims_nothing(
    pipeline: Pipeline, engine: Engine, settings: Settings, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    _message(tmp_path / "in", "one")
    poll_once(pipeline, FolderSource(tmp_path / "in"))
    down = _with_smtp(
        settings, smtp_server, tmp_path, smtp_url=f"smtps://u@127.0.0.1:{free_port()}"
    )
    with pytest.raises(NotifyError):
        acknowledge_pending(down, engine)
    assert _ack_rows(engine) == []
    up = _with_smtp(settings, smtp_server, tmp_path)
    assert acknowledge_pending(up, engine).counts() == {"sent": 1, "skipped": 0, "failed": 0}


# --- the digest ------------------------------------------------------------------------------


def test_digest(
    pipeline: Pipeline,
    engine: Engine,
    settings: Settings,
    demo_mailbox: Path,
    smtp_server: SmtpServer,
    tmp_path: Path,
) -> None:
    settings = _with_smtp(settings, smtp_server, tmp_path)
    poll_once(pipeline, FolderSource(demo_mailbox))
    Ledger(engine).note_source("imap://registry@mail.cites.example", "INBOX", "login refused")
    text = render_digest(engine)
    assert "New submissions: 12   (also filed: auto_reply 1, bounce 1)" in text
    assert "Late submissions: 2" in text
    assert "Mailboxes in error: 1" in text
    assert "imap://registry@mail.cites.example INBOX: login refused" in text
    assert "Failed deliveries: 0 message(s)" in text
    assert re.search(r"^  no_documents\s+1\s+#\d+$", text, re.MULTILINE)
    assert re.search(r"Open flags: \d+ on \d+ submission\(s\); 12 submission\(s\)", text)

    report = send_digest(settings, engine)
    assert report.text == text
    (digest,) = smtp_server.received
    assert digest.rcpt_tos == ["registry@cites.example", "legal.affairs@cites.example"]
    assert digest.message["Auto-Submitted"] == "auto-generated"
    assert "Late submissions: 2" in digest.body
    # The next digest starts where this one ended.
    assert "New submissions: 0" in render_digest(engine)
