"""Calls for submissions, read from `config/calls/*.toml` and validated once."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from intake.errors import ConfigError

DOC_TYPES = (
    "action_plan",
    "protocol",
    "regulatory_measure",
    "sop",
    "species_guidance",
    "contract",
    "network_resources",
    "cover_letter",
    "other",
)


@dataclass(frozen=True)
class Call:
    """One call for submissions: a notification or a decision that asks Parties for documents."""

    reference: str
    titles: dict[str, str]
    languages: tuple[str, ...]
    document_types: tuple[str, ...]
    timezone: str
    opened: dt.date | None = None
    deadline: dt.date | None = None
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    default_confidential_types: tuple[str, ...] = ()

    @property
    def deadline_end(self) -> dt.datetime | None:
        """The first instant after the deadline day, in the call's time zone (None: no deadline)."""
        if self.deadline is None:
            return None
        next_day = self.deadline + dt.timedelta(days=1)
        return dt.datetime.combine(next_day, dt.time(0), tzinfo=ZoneInfo(self.timezone))

    def is_late(self, received_at: dt.datetime) -> bool | None:
        """True when received after the end of the deadline day; None when there is no deadline."""
        end = self.deadline_end
        if end is None:
            return None
        return received_at >= end

    def is_open(self, at: dt.datetime) -> bool:
        """Whether the call accepted submissions at that instant (opened, deadline not passed)."""
        tz = ZoneInfo(self.timezone)
        if self.opened is not None and at < dt.datetime.combine(self.opened, dt.time(0), tz):
            return False
        late = self.is_late(at)
        return not late


def _field(data: dict[str, Any], key: str, kind: type, source: str, default: Any = None) -> Any:
    value = data.get(key, default)
    if value is None:
        if default is None and key in ("reference", "timezone"):
            raise ConfigError(f"{source}: missing required key {key!r}")
        return default
    if not isinstance(value, kind):
        raise ConfigError(f"{source}: {key!r} must be {kind.__name__}, not {value!r}")
    return value


def _strings(data: dict[str, Any], key: str, source: str) -> tuple[str, ...]:
    values = _field(data, key, list, source, [])
    if not all(isinstance(v, str) for v in values):
        raise ConfigError(f"{source}: {key!r} must be a list of strings")
    return tuple(values)


def _date(data: dict[str, Any], key: str, source: str) -> dt.date | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ConfigError(f"{source}: {key!r} must be a date such as 2021-02-28, not {value!r}")
    return value


def parse_call(data: dict[str, Any], source: str) -> Call:
    """Validate one call definition (the parsed TOML) and build the Call."""
    reference = _field(data, "reference", str, source)
    timezone = _field(data, "timezone", str, source)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"{source}: unknown time zone {timezone!r}") from exc
    titles = _field(data, "title", dict, source, {})
    if not titles.get("en"):
        raise ConfigError(f"{source}: [title] needs at least an 'en' title")
    doc_types = _strings(data, "document_types", source)
    unknown = [t for t in doc_types if t not in DOC_TYPES]
    if unknown:
        raise ConfigError(f"{source}: unknown document types {unknown}; known: {DOC_TYPES}")
    conf = _field(data, "confidentiality", dict, source, {})
    default_conf = _strings(conf, "default_confidential_types", source)
    return Call(
        reference=reference,
        titles={str(k): str(v) for k, v in titles.items()},
        languages=_strings(data, "languages", source) or ("en", "fr", "es"),
        document_types=doc_types,
        timezone=timezone,
        opened=_date(data, "opened", source),
        deadline=_date(data, "deadline", source),
        aliases=_strings(data, "aliases", source),
        keywords=_strings(data, "keywords", source),
        questions=_strings(data, "questions", source),
        default_confidential_types=default_conf,
    )


def load_calls(directory: Path | None = None) -> tuple[Call, ...]:
    """Read every `*.toml` call in the directory (default: the calls bundled with intake)."""
    if directory is None:
        files = sorted(
            (f for f in resources.files("config.calls").iterdir() if f.name.endswith(".toml")),
            key=lambda f: f.name,
        )
        texts = [(f.name, f.read_text(encoding="utf-8")) for f in files]
    else:
        if not directory.is_dir():
            raise ConfigError(f"calls directory not found: {directory}")
        texts = [(str(p), p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.toml"))]
    calls = []
    for name, text in texts:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{name}: {exc}") from exc
        calls.append(parse_call(data, name))
    references = [c.reference for c in calls]
    if len(set(references)) != len(references):
        raise ConfigError(f"duplicate call references in {directory or 'config/calls'}")
    return tuple(calls)
