"""The values that travel between pipeline stages.

Each stage takes and returns these frozen dataclasses; vendor types (imapclient responses,
mail-parser objects, SQLModel rows) are converted at the edges and never travel further.

    RawMessage  --parse-->  ParsedMessage (with Parts)  --unpack-->  Parts
    Part  --extract-->  Extraction          (Part, Extraction) --classify--> Decision
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

KINDS = ("submission", "auto_reply", "bounce", "other")


@dataclass(frozen=True)
class RawMessage:
    """The bytes of one delivered message, as the source handed them over."""

    raw: bytes
    source: str
    location: str
    internaldate: dt.datetime | None = None
    folder: str = ""
    uidvalidity: int | None = None
    uid: int | None = None

    @property
    def delivery_key(self) -> str:
        """Unique name of this delivery: the source plus its place in it (folder, UIDs or path)."""
        return f"{self.source}#{self.location}"


@dataclass(frozen=True)
class Part:
    """A file carried by a message: a MIME attachment, or a member of an archive or forward."""

    filename: str
    data: bytes
    declared_type: str
    path: str
    origin: str = "attachment"  # attachment | forwarded | archive
    media_type: str = ""  # sniffed from the bytes by the unpack stage
    container: str = ""
    original_filename: str = ""
    error: str | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Forwarded:
    """A message carried inside another one (message/rfc822)."""

    sender: str
    subject: str
    date: dt.datetime | None
    text: str


@dataclass(frozen=True)
class ParsedMessage:
    """What the parse stage learned from the raw bytes."""

    message_id: str
    message_id_generated: bool
    subject: str
    sender: str
    sender_name: str
    recipients: tuple[str, ...]
    date: dt.datetime | None
    received_dates: tuple[dt.datetime, ...]
    in_reply_to: tuple[str, ...]
    headers: dict[str, str]
    body_text: str
    parts: tuple[Part, ...]
    forwarded: tuple[Forwarded, ...] = ()
    report_type: str = ""
    defects: tuple[str, ...] = ()
    fingerprint: str = ""
    authentication_results: tuple[str, ...] = ()  # topmost first, as the servers added them


@dataclass(frozen=True)
class Extraction:
    """Text read from one file, or the reason it could not be read."""

    text: str = ""
    media_type: str = "application/octet-stream"
    pages: int | None = None
    error: str | None = None
    flags: tuple[str, ...] = ()
    first_page: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Decision:
    """One automatic decision, with how sure it is and what decided it."""

    name: str
    value: str | None
    confidence: float
    evidence: str = ""
    flags: tuple[str, ...] = ()
