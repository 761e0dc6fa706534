"""A throwaway Dovecot IMAP server on loopback, for tests.

It runs with its own generated configuration in a temporary directory and never
touches /etc/dovecot or the system service. Needs root: Dovecot stores the mail
as uid/gid 65534 (nobody) and refuses to deliver mail for uid 0.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import datetime as dt
import ipaddress
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Literal, Self

from imapclient import IMAPClient

DOVECOT_BINARY = Path("/usr/sbin/dovecot")
MAIL_UID = 65534  # nobody
MAIL_GID = 65534  # nogroup
TlsMode = Literal["plain", "starttls", "imaps"]

_USER_RE = re.compile(r"[A-Za-z0-9_@-][A-Za-z0-9._@-]{0,63}")
_APPENDUID_RE = re.compile(rb"\[APPENDUID (\d+) (\d+)\]")
_live: weakref.WeakSet[DovecotServer] = weakref.WeakSet()


class DovecotError(RuntimeError):
    """Dovecot failed to start, stop or answer."""


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port free on host right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def make_certificates(
    directory: Path,
    hostname: str = "localhost",
    ip: str = "127.0.0.1",
    *,
    backend: Literal["auto", "cryptography", "openssl"] = "auto",
) -> tuple[Path, Path, Path]:
    """Write a throwaway CA and a server certificate it signed; return (ca, cert, key).

    Clients verify against the CA file; the server certificate names hostname and ip.
    "auto" uses the `cryptography` package when installed, else the openssl command.
    """
    directory.mkdir(parents=True, exist_ok=True)
    ca, cert, key = directory / "ca.pem", directory / "server.pem", directory / "server.key"
    if backend == "auto":
        try:
            import cryptography  # noqa: F401
        except ImportError:
            backend = "openssl"
        else:
            backend = "cryptography"
    if backend == "openssl":
        _certificates_openssl(directory, ca, cert, key, hostname, ip)
    else:
        _certificates_cryptography(ca, cert, key, hostname, ip)
    key.chmod(0o600)
    return ca, cert, key


def _certificates_cryptography(
    ca_path: Path, cert_path: Path, key_path: Path, hostname: str, ip: str
) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "intake test CA")])
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(hostname), x509.IPAddress(ipaddress.ip_address(ip))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_path.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.touch(mode=0o600)
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def _certificates_openssl(
    directory: Path, ca_path: Path, cert_path: Path, key_path: Path, hostname: str, ip: str
) -> None:
    ca_key = directory / "ca.key"
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "30"]
    ca_command = ["openssl", "req", "-x509", *ec, "-keyout", str(ca_key), "-out", str(ca_path)]
    ca_command += ["-subj", "/CN=intake test CA"]
    ca_command += ["-addext", "basicConstraints=critical,CA:TRUE,pathlen:0"]
    ca_command += ["-addext", "keyUsage=critical,keyCertSign,cRLSign"]
    server = ["openssl", "req", "-x509", *ec, "-keyout", str(key_path), "-out", str(cert_path)]
    server += ["-CA", str(ca_path), "-CAkey", str(ca_key), "-subj", f"/CN={hostname}"]
    server += ["-addext", f"subjectAltName=DNS:{hostname},IP:{ip}"]
    server += ["-addext", "basicConstraints=critical,CA:FALSE"]
    server += ["-addext", "keyUsage=critical,digitalSignature"]
    server += ["-addext", "extendedKeyUsage=serverAuth"]
    for command in (ca_command, server):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise DovecotError(f"{' '.join(command)} failed:\n{done.stderr}")


def _process_alive(pid: int) -> bool:
    """True while pid runs (a zombie counts as dead: PID 1 here may reap late)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    state = stat.rsplit(")", 1)[1].split()[0]
    return state not in ("Z", "X")


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


class DovecotServer:
    """A Dovecot instance of its own on 127.0.0.1, with a plain (STARTTLS) and an IMAPS port.

    Users live in passwd-files (one per user, PLAIN passwords, read by Dovecot at
    login); mail is Maildir under the temporary root, owned by nobody.
    """

    #: SASL mechanisms offered; with an OAuth 2.0 introspection URL, also XOAUTH2 and
    #: OAUTHBEARER (see `_passdb_config`).
    auth_mechanisms: tuple[str, ...] = ("plain", "login")
    oauth2_mechanisms: tuple[str, ...] = ("xoauth2", "oauthbearer")

    def __init__(
        self,
        *,
        binary: str | Path = DOVECOT_BINARY,
        root: str | Path | None = None,
        host: str = "127.0.0.1",
        debug: bool | None = None,
        keep_root: bool | None = None,
        extra_config: str = "",
        start_timeout: float = 10.0,
        oauth2_introspection_url: str | None = None,
        oauth2_cafile: str | Path | None = None,
    ) -> None:
        """oauth2_introspection_url: also accept XOAUTH2/OAUTHBEARER, checking each bearer
        token by an RFC 7662 POST there (`active`, `username`); oauth2_cafile verifies it."""
        env_debug = os.environ.get("DOVECOT_TEST_DEBUG", "") not in ("", "0")
        self.binary = Path(binary)
        self.host = host
        self.debug = env_debug if debug is None else debug
        self.keep_root = self.debug if keep_root is None else keep_root
        self.extra_config = extra_config
        self.start_timeout = start_timeout
        self.oauth2_introspection_url = oauth2_introspection_url
        self.oauth2_cafile = Path(oauth2_cafile) if oauth2_cafile is not None else None
        self._root_arg = Path(root) if root is not None else None
        self._root: Path | None = None
        self._pid: int | None = None
        self._users: dict[str, str] = {}
        self._lock = threading.Lock()
        self.port = 0
        self.tls_port = 0
        self.cafile = Path()
        self.cert_path = Path()
        self.key_path = Path()

    # -- paths -----------------------------------------------------------------------------

    @property
    def root(self) -> Path:
        """The temporary directory holding config, sockets, state, log and mail."""
        if self._root is None:
            raise DovecotError("the Dovecot server is not started")
        return self._root

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    @property
    def base_dir(self) -> Path:
        return self.root / "run"

    @property
    def mail_root(self) -> Path:
        return self.root / "mail"

    @property
    def users_dir(self) -> Path:
        return self.root / "users"

    @property
    def oauth2_config_path(self) -> Path:
        return self.root / "dovecot-oauth2.conf.ext"

    @property
    def pid(self) -> int | None:
        """The master process id while running."""
        return self._pid

    @property
    def running(self) -> bool:
        return self._pid is not None and _process_alive(self._pid)

    def log_text(self) -> str:
        """The Dovecot log so far ('' when there is none)."""
        try:
            return self.log_path.read_text(errors="replace")
        except (OSError, DovecotError):
            return ""

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> Self:
        """Write the configuration, start Dovecot and wait until both ports greet."""
        if self._pid is not None:
            raise DovecotError("the Dovecot server is already started")
        if not self.binary.exists():
            raise DovecotError(f"{self.binary} not found: run scripts/setup-system.sh")
        if os.geteuid() != 0:
            raise DovecotError("DovecotServer needs root (mail is stored as uid 65534)")
        deadline = time.monotonic() + self.start_timeout
        try:
            self._make_root()
            for name, password in self._users.items():
                self._write_user(name, password)
            self.cafile, self.cert_path, self.key_path = make_certificates(self.root / "tls")
            for attempt in range(5):
                self.port, self.tls_port = free_port(self.host), free_port(self.host)
                while self.tls_port == self.port:
                    self.tls_port = free_port(self.host)
                self.config_path.write_text(self._config_text())
                if self.oauth2_introspection_url is not None:
                    self.oauth2_config_path.write_text(self._oauth2_config_text())
                # Not pipes: the daemonized master inherits them and keeps them open.
                out_path = self.root / "dovecot.out"
                with out_path.open("w+") as out:
                    done = subprocess.run(
                        [str(self.binary), "-c", str(self.config_path)],
                        stdin=subprocess.DEVNULL,
                        stdout=out,
                        stderr=subprocess.STDOUT,
                        timeout=self.start_timeout,
                        check=False,
                    )
                if done.returncode == 0:
                    break
                output = out_path.read_text(errors="replace")
                if "Address already in use" in output and attempt < 4:
                    continue  # lost a race for a free port: pick others
                raise DovecotError(self._failure(f"dovecot exited with {done.returncode}", output))
            self._disable_auth_penalty()
            self._pid = self._read_pid(deadline)
            _live.add(self)
            self._wait_ready(deadline)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop Dovecot, wait until its ports are closed, remove the temporary root."""
        pid, self._pid = self._pid, None
        _live.discard(self)
        if pid is None and self._root is not None:
            # Started but not yet recorded (a failure during start).
            with contextlib.suppress(OSError, ValueError):
                pid = int((self.base_dir / "master.pid").read_text().strip())
        if pid is not None:
            self._terminate(pid, timeout)
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and (
                _port_open(self.host, self.port) or _port_open(self.host, self.tls_port)
            ):
                time.sleep(0.02)
        root, self._root = self._root, None
        if root is not None and not self.keep_root:
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

    def _make_root(self) -> None:
        if self._root_arg is not None:
            self._root_arg.mkdir(parents=True, exist_ok=True)
            self._root = Path(tempfile.mkdtemp(prefix="dovecot-", dir=self._root_arg))
        else:
            # Short path under /tmp: Unix socket paths are limited to 107 bytes.
            self._root = Path(tempfile.mkdtemp(prefix="dovecot-"))
        self._root.chmod(0o755)  # login (dovenull), auth (dovecot) and mail (nobody) users
        (self._root / "state").mkdir()
        self.mail_root.mkdir(mode=0o700)
        os.chown(self.mail_root, MAIL_UID, MAIL_GID)
        self.users_dir.mkdir(mode=0o755)

    def _disable_auth_penalty(self) -> None:
        # Dovecot 2.3 delays every login from an IP after a failed one (2 s, 4 s, … up to
        # 15 s), tracked by the anvil process; no setting turns that off. The auth
        # process silently disables it when the socket is missing at its start, and it
        # starts only at the first login connection: remove the socket before that.
        with contextlib.suppress(FileNotFoundError):
            (self.base_dir / "anvil-auth-penalty").unlink()

    def _read_pid(self, deadline: float) -> int:
        pid_file = self.base_dir / "master.pid"
        while True:
            with contextlib.suppress(FileNotFoundError, ValueError):
                return int(pid_file.read_text().strip())
            if time.monotonic() > deadline:
                raise DovecotError(self._failure(f"no {pid_file} written"))
            time.sleep(0.005)

    def _wait_ready(self, deadline: float) -> None:
        for port, tls in ((self.port, False), (self.tls_port, True)):
            while True:
                try:
                    greeting = self._greeting(port, tls)
                except (OSError, ssl.SSLError) as exc:
                    greeting, error = b"", repr(exc)
                else:
                    error = f"greeting {greeting!r}"
                if greeting.startswith(b"* OK"):
                    break
                if self._pid is None or not _process_alive(self._pid):
                    raise DovecotError(self._failure("the Dovecot master process died"))
                if time.monotonic() > deadline:
                    raise DovecotError(self._failure(f"port {port} not ready: {error}"))
                time.sleep(0.01)

    def _greeting(self, port: int, tls: bool) -> bytes:
        with socket.create_connection((self.host, port), timeout=2) as raw:
            if not tls:
                return raw.recv(1024)
            with self.ssl_context().wrap_socket(raw, server_hostname=self.host) as wrapped:
                return wrapped.recv(1024)

    def _terminate(self, pid: int, timeout: float) -> None:
        if not self._is_dovecot(pid):
            return
        # The master lingers about 1 s after SIGTERM once its children have gone.
        for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
            end = time.monotonic() + wait
            while time.monotonic() < end:
                if not _process_alive(pid):
                    return
                time.sleep(0.01)

    @staticmethod
    def _is_dovecot(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/comm").read_text().strip() == "dovecot"
        except OSError:
            return False

    def _failure(self, what: str, output: str = "") -> str:
        parts = [f"Dovecot failed: {what}"]
        if output.strip():
            parts.append(f"--- dovecot output ---\n{output.rstrip()}")
        log = self.log_text()
        if log.strip():
            parts.append(f"--- {self.log_path} ---\n{log.rstrip()}")
        return "\n".join(parts)

    # -- configuration ---------------------------------------------------------------------

    def _config_text(self) -> str:
        root = self.root
        debug = "yes" if self.debug else "no"
        return f"""\
# Generated by tests/servers/dovecot.py: a throwaway test instance.
protocols = imap
listen = {self.host}
base_dir = {self.base_dir}
state_dir = {root}/state
log_path = {self.log_path}
info_log_path = {self.log_path}
debug_log_path = {self.log_path}

ssl = yes
ssl_cert = <{self.cert_path}
ssl_key = <{self.key_path}

# Loopback only: allow LOGIN/PLAIN without TLS on the plain port.
disable_plaintext_auth = no
auth_mechanisms = {" ".join(self._mechanisms())}
auth_failure_delay = 0
auth_cache_size = 0
auth_verbose = yes
auth_debug = {debug}
mail_debug = {debug}

mail_location = maildir:~/Maildir:LAYOUT=fs
mail_fsync = never
namespace inbox {{
  inbox = yes
  separator = /
}}
{self._passdb_config()}
userdb {{
  driver = static
  args = uid={MAIL_UID} gid={MAIL_GID} home={self.mail_root}/%u
}}

service imap-login {{
  inet_listener imap {{
    address = {self.host}
    port = {self.port}
  }}
  inet_listener imaps {{
    address = {self.host}
    port = {self.tls_port}
    ssl = yes
  }}
}}
protocol imap {{
  mail_max_userip_connections = 1000
}}
{self.extra_config}
"""

    def _mechanisms(self) -> tuple[str, ...]:
        if self.oauth2_introspection_url is None:
            return self.auth_mechanisms
        return self.auth_mechanisms + self.oauth2_mechanisms

    def _passdb_config(self) -> str:
        """passdb blocks, in lookup order: OAuth 2.0 bearer tokens (when configured), then
        the users' passwords."""
        # One file per user (path with %u): a new user's file is read at its first
        # login. A single shared file would be re-read only if Dovecot had not checked
        # it already within the same second, so a user added just now could be refused.
        oauth2 = self.oauth2_introspection_url is not None
        # With a token passdb before it, passwords are checked for PLAIN/LOGIN only.
        mechanisms = f"\n  mechanisms = {' '.join(self.auth_mechanisms)}" if oauth2 else ""
        passwords = f"""\
passdb {{
  driver = passwd-file{mechanisms}
  args = scheme=PLAIN username_format=%u {self.users_dir}/%u
}}"""
        if not oauth2:
            return passwords
        return f"""\
passdb {{
  driver = oauth2
  mechanisms = {" ".join(self.oauth2_mechanisms)}
  args = {self.oauth2_config_path}
}}
{passwords}"""

    def _oauth2_config_text(self) -> str:
        # Introspection answers {"active": true, "username": ...}; the username must be the
        # login name. No cache (auth_cache_size = 0): a revoked token is refused at once.
        lines = [
            f"introspection_url = {self.oauth2_introspection_url}",
            "introspection_mode = post",
            "force_introspection = yes",
            "username_attribute = username",
            "active_attribute = active",
            "active_value = true",
            "timeout_msecs = 5000",
            f"debug = {'yes' if self.debug else 'no'}",
        ]
        if self.oauth2_cafile is not None:
            lines.append(f"tls_ca_cert_file = {self.oauth2_cafile}")
        return "\n".join(lines) + "\n"

    # -- users -----------------------------------------------------------------------------

    def add_user(self, name: str, password: str) -> None:
        """Create a user, or change its password; works before start and while running."""
        if not _USER_RE.fullmatch(name) or name in (".", ".."):
            raise ValueError(f"unsupported user name {name!r}: use [A-Za-z0-9._@-]")
        if not password or any(c in password for c in "\r\n\0"):
            raise ValueError("password must be non-empty, without line breaks or NUL")
        with self._lock:
            changed = self._users.get(name, password) != password
            self._users[name] = password
            if self._root is not None:
                self._write_user(name, password)
        if changed and self._pid is not None:
            self._wait_login(name, password)

    def _write_user(self, name: str, password: str) -> None:
        if ":" in password or password.startswith("{"):
            field = "{PLAIN.b64}" + base64.b64encode(password.encode()).decode()
        else:
            field = "{PLAIN}" + password
        tmp = self.users_dir / f".{name}.tmp"
        tmp.write_text(f"{name}:{field}::::::\n")
        tmp.chmod(0o644)  # read by the auth process, which runs as user dovecot
        tmp.replace(self.users_dir / name)

    def password(self, name: str) -> str:
        return self._users[name]

    @property
    def users(self) -> dict[str, str]:
        return dict(self._users)

    def _wait_login(self, name: str, password: str, timeout: float = 5.0) -> None:
        # A changed file is noticed only on a lookup in a later second than the last one.
        deadline = time.monotonic() + timeout
        while True:
            try:
                with IMAPClient(self.host, port=self.port, ssl=False, timeout=5) as client:
                    client.login(name, password)
                return
            except IMAPClient.Error:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    # -- IMAP helpers ----------------------------------------------------------------------

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts this server's certificate."""
        return ssl.create_default_context(cafile=str(self.cafile))

    def connect(
        self, user: str | None = None, *, tls: TlsMode = "plain", timeout: float = 10.0
    ) -> IMAPClient:
        """An IMAPClient connected (and logged in as user, if given); caller logs out."""
        if tls == "imaps":
            context = self.ssl_context()
            client = IMAPClient(
                self.host, port=self.tls_port, ssl=True, ssl_context=context, timeout=timeout
            )
        else:
            client = IMAPClient(self.host, port=self.port, ssl=False, timeout=timeout)
        try:
            if tls == "starttls":
                client.starttls(self.ssl_context())
            if user is not None:
                client.login(user, self._users[user])
        except BaseException:
            client.shutdown()
            raise
        return client

    @contextlib.contextmanager
    def session(self, user: str, *, tls: TlsMode = "plain") -> Iterator[IMAPClient]:
        """A logged-in IMAPClient, logged out at the end."""
        client = self.connect(user, tls=tls)
        try:
            yield client
        finally:
            try:
                client.logout()
            except (IMAPClient.Error, OSError):
                client.shutdown()

    def create_folder(self, user: str, folder: str, *, exist_ok: bool = False) -> None:
        with self.session(user) as client:
            if exist_ok and client.folder_exists(folder):
                return
            client.create_folder(folder)

    def delete_folder(self, user: str, folder: str, *, missing_ok: bool = False) -> None:
        with self.session(user) as client:
            if missing_ok and not client.folder_exists(folder):
                return
            client.delete_folder(folder)

    def folders(self, user: str) -> list[str]:
        with self.session(user) as client:
            return sorted(name for _flags, _sep, name in client.list_folders())

    def recreate_folder(self, user: str, folder: str, *, timeout: float = 5.0) -> int:
        """Delete and create folder again with a new UIDVALIDITY, which is returned."""
        deadline = time.monotonic() + timeout
        with self.session(user) as client:
            old = int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])
            while True:
                client.delete_folder(folder)
                client.create_folder(folder)
                new = int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])
                if new != old:
                    return new
                if time.monotonic() > deadline:
                    raise DovecotError(f"UIDVALIDITY of {folder!r} stayed {old}")
                time.sleep(0.05)

    def append(
        self,
        user: str,
        folder: str,
        raw: bytes,
        flags: Iterable[str | bytes] = (),
        internaldate: dt.datetime | None = None,
    ) -> int:
        """APPEND a message; returns its UID (from APPENDUID)."""
        with self.session(user) as client:
            response = client.append(folder, raw, flags=tuple(flags), msg_time=internaldate)
        data = response if isinstance(response, bytes) else str(response).encode()
        match = _APPENDUID_RE.search(data)
        if match is None:
            raise DovecotError(f"no APPENDUID in APPEND response {data!r}")
        return int(match.group(2))

    def uids(self, user: str, folder: str) -> list[int]:
        with self.session(user) as client:
            client.select_folder(folder, readonly=True)
            return sorted(int(uid) for uid in client.search("ALL"))

    def flags(self, user: str, folder: str) -> dict[int, set[str]]:
        """Flags and keywords of every message by UID, less the session flag \\Recent."""
        with self.session(user) as client:
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            if not uids:
                return {}
            fetched = client.fetch(uids, ["FLAGS"])
        result: dict[int, set[str]] = {}
        for uid, data in fetched.items():
            names = {f.decode() if isinstance(f, bytes) else str(f) for f in data[b"FLAGS"]}
            result[int(uid)] = names - {"\\Recent"}
        return result

    def uidvalidity(self, user: str, folder: str) -> int:
        with self.session(user) as client:
            return int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])


@atexit.register
def _stop_leftovers() -> None:
    for server in list(_live):
        with contextlib.suppress(Exception):
            server.stop()
