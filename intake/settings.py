"""Settings: one TOML file plus `INTAKE_*` environment variables, validated once at start-up.

Stages never read the environment; they receive a `Settings`. Secrets (passwords, tokens) are
only ever referenced by the name of an environment variable or a file, and read when needed.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from intake.errors import ConfigError

ENV_PREFIX = "INTAKE_"


@dataclass(frozen=True)
class Mailbox:
    """One mailbox (and folder) to poll."""

    name: str
    url: str
    password_env: str = "INTAKE_IMAP_PASSWORD"
    password_file: str = ""
    after_store: str = "none"
    mark_seen: bool = False
    calls: tuple[str, ...] = ()
    cafile: str = ""
    # Login: "password", or "oauth2" (XOAUTH2) with a provider ("microsoft" or "google").
    auth: str = "password"
    oauth_provider: str = ""
    oauth_tenant: str = ""
    oauth_client_id: str = ""
    oauth_secret_env: str = "INTAKE_OAUTH_SECRET"
    oauth_secret_file: str = ""
    oauth_token_url: str = ""
    oauth_scope: str = ""

    def __post_init__(self) -> None:
        if self.auth not in ("password", "oauth2"):
            raise ConfigError(
                f"mailbox {self.name!r}: auth must be password or oauth2, not {self.auth!r}"
            )
        action = self.after_store
        if not (action == "none" or action.startswith(("move:", "keyword:"))):
            raise ConfigError(
                f"mailbox {self.name!r}: after_store must be none, move:<folder> or "
                f"keyword:<word>, not {action!r}"
            )
        if action.startswith(("move:", "keyword:")) and not action.split(":", 1)[1]:
            raise ConfigError(f"mailbox {self.name!r}: after_store {action!r} needs a name")


@dataclass(frozen=True)
class Settings:
    """Everything intake needs to run; immutable once loaded."""

    data_dir: Path = Path("data")
    database_url: str = ""
    calls_dir: str = ""
    max_attempts: int = 3
    fetch_retries: int = 3
    retry_backoff_seconds: int = 5
    max_attachment_bytes: int = 50 * 1024 * 1024
    zip_max_members: int = 500
    zip_max_total_bytes: int = 200 * 1024 * 1024
    zip_max_ratio: int = 200
    zip_max_depth: int = 3
    extraction_timeout_seconds: int = 300
    extraction_memory_bytes: int = 2 * 1024 * 1024 * 1024
    log_format: str = "text"
    log_level: str = "INFO"
    schedule: str = "0 6 * * *"
    schedule_timezone: str = "Europe/Zurich"
    # The authserv-id of the Secretariat's own mail server in Authentication-Results headers;
    # results added by any other server are not trusted. Empty: the topmost header is read.
    authserv_id: str = ""
    # Acknowledgements of receipt (off by default) and the daily digest, sent over SMTP.
    # smtp_url: smtps://USER@HOST:465, smtp+starttls://USER@HOST:587, smtp://HOST:25 (loopback).
    smtp_url: str = ""
    smtp_password_env: str = "INTAKE_SMTP_PASSWORD"
    smtp_password_file: str = ""
    smtp_cafile: str = ""
    ack_enabled: bool = False
    ack_from: str = ""
    ack_max_per_sender_per_day: int = 3
    digest_to: str = ""
    digest_schedule: str = "0 7 * * *"
    mailboxes: tuple[Mailbox, ...] = field(default_factory=tuple)

    @property
    def db_url(self) -> str:
        """The database URL, defaulting to a SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'intake.db'}"

    @property
    def raw_dir(self) -> Path:
        return self.data_dir / "raw"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **changes)


_SCALARS = {f.name: f for f in fields(Settings) if f.name != "mailboxes"}


def _coerce(name: str, value: Any) -> Any:
    default = getattr(Settings(), name)
    try:
        if isinstance(default, Path):
            return Path(str(value))
        if isinstance(default, bool):
            return str(value).lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"setting {name}: {value!r} is not a valid {type(default).__name__}"
        ) from exc
    return str(value)


def _mailboxes(raw: Any) -> tuple[Mailbox, ...]:
    if not isinstance(raw, list):
        raise ConfigError("[[mailbox]] must be a list of tables")
    known = {f.name for f in fields(Mailbox)}
    boxes = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or "url" not in item:
            raise ConfigError(f"mailbox #{i + 1}: needs at least a url")
        unknown = set(item) - known
        if unknown:
            raise ConfigError(f"mailbox #{i + 1}: unknown keys {sorted(unknown)}")
        item = dict(item)
        item.setdefault("name", f"mailbox{i + 1}")
        item["calls"] = tuple(item.get("calls", ()))
        boxes.append(Mailbox(**item))
    return tuple(boxes)


def load_settings(path: Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Load the settings file (default: the bundled one) and apply `INTAKE_*` overrides."""
    env = os.environ if env is None else env
    if path is None and env.get(ENV_PREFIX + "CONFIG"):
        path = Path(env[ENV_PREFIX + "CONFIG"])
    if path is None:
        text = resources.files("config").joinpath("settings.toml").read_text(encoding="utf-8")
        source = "config/settings.toml"
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read settings file {path}: {exc.strerror}") from exc
        source = str(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: {exc}") from exc
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "mailbox":
            values["mailboxes"] = _mailboxes(value)
        elif key in _SCALARS:
            values[key] = _coerce(key, value)
        else:
            raise ConfigError(f"{source}: unknown setting {key!r}")
    for name in _SCALARS:
        env_value = env.get(ENV_PREFIX + name.upper())
        if env_value is not None and env_value != "":
            values[name] = _coerce(name, env_value)
    settings = Settings(**values)
    if settings.log_format not in ("text", "json"):
        raise ConfigError(f"log_format must be text or json, not {settings.log_format!r}")
    return settings


def read_secret(env_name: str, file_name: str = "", env: Mapping[str, str] | None = None) -> str:
    """Read a secret from a file (first line) or an environment variable; never log it."""
    env = os.environ if env is None else env
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"cannot read secret file {file_name}: {exc.strerror}") from exc
    value = env.get(env_name, "")
    if not value:
        raise ConfigError(f"no password: set the environment variable {env_name}")
    return value
