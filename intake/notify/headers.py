"""Header values, both ways: those we write (from message data, so made inert) and those we read
back from the archived raw message to decide whether to answer it.

Every value built from what a sender wrote (subject, display name, file names) goes through
`inert`: line breaks and other control or invisible formatting characters become spaces, and
the result is then set through `email.message.EmailMessage` with `email.policy.SMTP`, which
folds and RFC 2047-encodes it and refuses any CR or LF that got this far. Message-IDs are used
only when they have the msg-id shape. Addresses are checked by `addresses.valid_address`.
"""

from __future__ import annotations

import email.parser
import email.policy
import re
import unicodedata

from intake import outlook
from intake.mime import OLE_MAGIC, decode_header, raw_headers

_MSG_ID = re.compile(r"[!-;=?-~]{1,250}@[!-;=?-~]{1,250}")  # printable ASCII without < > or space
# Read to decide whether the message may be answered (RFC 3834 and common practice).
READ_HEADERS = (
    "auto-submitted",
    "precedence",
    "return-path",
    "list-id",
    "list-unsubscribe",
    "list-post",
    "list-help",
    "list-subscribe",
    "list-owner",
    "list-archive",
    "x-autoreply",
    "x-autorespond",
    "x-auto-response-suppress",
    "x-failed-recipients",
    "content-type",
    "delivered-to",
    "x-original-to",
)

Headers = dict[str, list[str]]


def inert(text: str, limit: int = 200) -> str:
    """Text safe to put in a header or a body line: one line, printable, at most `limit` chars."""
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text
    )
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"


def msg_id(value: str) -> str | None:
    """`<id>` for a Message-ID of the usual shape, None for anything else."""
    value = value.strip().strip("<>")
    return f"<{value}>" if _MSG_ID.fullmatch(value) else None


def read_headers(raw: bytes) -> Headers:
    """The headers that decide whether to answer, decoded, lower-case names, in order."""
    if raw.startswith(OLE_MAGIC):
        try:
            raw = outlook.msg_to_mime(raw)
        except outlook.OutlookError:
            return {}
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(
        raw, headersonly=True
    )
    found: Headers = {}
    for name in READ_HEADERS:
        values = [decode_header(v) for v in raw_headers(message, name)]
        if values:
            found[name] = values
    return found
