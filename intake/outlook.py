"""Outlook's own formats, converted at the edge: .msg files (extract-msg) and TNEF
winmail.dat (tnefparse).

A .msg becomes ordinary RFC 5322 bytes (its transport headers when it has them, its body, its
files as attachments, an embedded .msg as a message/rfc822 part), so one parser reads mail
whatever program saved it. A TNEF file gives its attached files and, for a TNEF that carries
nothing else, its body.

Licences: extract-msg is GPL-3.0 and tnefparse LGPL-3.0; intake is GPL-3.0-or-later, so both
are plain dependencies.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import re
import struct
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from typing import Any

import extract_msg
import olefile
import tnefparse
from extract_msg.exceptions import ExMsgBaseException

from extractors.html import html_to_text
from extractors.rtf import rtf_text
from extractors.text import decode_text

MAX_EMBEDDED_DEPTH = 5
_DROPPED_HEADERS = {"content-type", "content-transfer-encoding", "mime-version", "content-length"}
_READ_ERRORS = (
    ExMsgBaseException,
    OSError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    UnicodeError,
    struct.error,
    NotImplementedError,
    RecursionError,
    AssertionError,
    LookupError,
)

logging.getLogger("extract_msg").setLevel(logging.ERROR)
logging.getLogger("tnefparse").setLevel(logging.ERROR)
logging.getLogger("RTFDE").setLevel(logging.ERROR)


class OutlookError(Exception):
    """An Outlook file that cannot be read."""


@dataclass(frozen=True)
class TnefContent:
    """What a winmail.dat carries: files, and a body when there is nothing else."""

    files: tuple[tuple[str, bytes], ...]
    body: str


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return decode_text(value)
    return str(value)


def _safe(read: Any) -> Any:
    """One property of a .msg; a property that cannot be decoded counts as absent."""
    try:
        return read()
    except _READ_ERRORS:
        return None


def _body(msg: Any) -> tuple[str, str]:
    """(plain, html) body of a .msg, whichever it has."""
    plain = _text(_safe(lambda: msg.body)).replace("\r\n", "\n")
    if plain.strip():
        return plain, ""
    html = _safe(lambda: msg.htmlBody)
    if html:
        return "", _text(html)
    rtf = _safe(lambda: msg.rtfBody)
    if rtf:
        return rtf_text(_text(rtf)), ""
    return "", ""


def _headers(msg: Any, out: EmailMessage) -> None:
    transport = _text(_safe(lambda: msg.headerText))
    if transport and re.search(r"^(From|Received|Message-ID):", transport, re.I | re.M):
        for name, value in re.findall(r"^([!-9;-~]+):[ \t]*(.*(?:\r?\n[ \t].*)*)", transport, re.M):
            if name.lower() not in _DROPPED_HEADERS:
                out[name] = re.sub(r"\r?\n[ \t]+", " ", value).strip()
    fields = {
        "From": lambda: msg.sender,
        "To": lambda: msg.to,
        "Cc": lambda: msg.cc,
        "Subject": lambda: msg.subject,
        "Message-ID": lambda: msg.messageId,
        "In-Reply-To": lambda: msg.inReplyTo,
    }
    for name, read in fields.items():
        if name not in out:
            value = _text(_safe(read)).replace("\r", " ").replace("\n", " ").strip()
            if value:
                out[name] = value
    if "Date" not in out:
        date = _safe(lambda: msg.date)
        if isinstance(date, dt.datetime):
            out["Date"] = email.utils.format_datetime(
                date if date.tzinfo else date.replace(tzinfo=dt.UTC)
            )


def _attachment_name(attachment: Any, index: int) -> str:
    for attribute in ("longFilename", "shortFilename", "displayName", "name"):
        name = _text(_safe(lambda a=attribute: getattr(attachment, a, None))).strip("\x00 ")
        if name:
            return name
    return f"attachment-{index}"


def _convert(msg: Any, depth: int) -> EmailMessage:
    out = EmailMessage(policy=SMTP)
    _headers(msg, out)
    plain, html = _body(msg)
    if html:
        out.set_content(html, subtype="html")
    else:
        out.set_content(plain or "")
    for index, attachment in enumerate(_safe(lambda: msg.attachments) or [], 1):
        data = _safe(lambda a=attachment: a.data)
        name = _attachment_name(attachment, index)
        if isinstance(data, bytes):
            out.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
        elif data is not None and depth < MAX_EMBEDDED_DEPTH and hasattr(data, "attachments"):
            inner = _convert(data, depth + 1)
            out.add_attachment(inner, filename=f"{name}.eml")
    return out


def msg_to_mime(data: bytes) -> bytes:
    """An Outlook .msg file as RFC 5322 bytes; OutlookError when it cannot be read."""
    # olefile takes bytes shorter than its minimal file size for a *file name*: never pass those.
    if len(data) < olefile.MINIMAL_OLEFILE_SIZE or not olefile.isOleFile(data):
        raise OutlookError("not an OLE2 file (too short or no OLE2 header)")
    try:
        msg = extract_msg.openMsg(data, strict=False, delayAttachments=False)
    except _READ_ERRORS as exc:
        raise OutlookError(f"unreadable Outlook .msg: {type(exc).__name__}: {exc}") from exc
    try:
        return _convert(msg, 1).as_bytes()
    except _READ_ERRORS as exc:
        raise OutlookError(f"unreadable Outlook .msg: {type(exc).__name__}: {exc}") from exc
    finally:
        _safe(msg.close)


def read_tnef(data: bytes) -> TnefContent:
    """The files in a TNEF winmail.dat; OutlookError when it cannot be read."""
    try:
        tnef = tnefparse.TNEF(data)
        files = []
        for index, attachment in enumerate(tnef.attachments, 1):
            name = _text(_safe(attachment.long_filename)) or _text(attachment.name)
            files.append((name.strip("\x00 ") or f"attachment-{index}", bytes(attachment.data)))
        body = ""
        if not files:
            if tnef.body:
                body = _text(tnef.body)
            elif tnef.htmlbody:
                body = html_to_text(_text(tnef.htmlbody))
            elif tnef.rtfbody:
                body = rtf_text(_text(tnef.rtfbody))
    except _READ_ERRORS as exc:
        raise OutlookError(f"unreadable TNEF: {type(exc).__name__}: {exc}") from exc
    return TnefContent(tuple(files), body.strip())
