"""Parse stage: raw bytes to a ParsedMessage, with mail-parser for the headers and bodies.

The parse runs in a worker process (`intake.isolation`) with a time and memory limit. An
Outlook .msg file given as the message itself is first converted to RFC 5322 bytes
(`intake.outlook`), and recorded with a defect saying so.

The attachment tree is walked here rather than taken from mail-parser's flat list so that a
forwarded message (message/rfc822) keeps its own sender, subject and text, its files count as
documents of the submission, and inline images referenced from the HTML body are not mistaken
for documents.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import email
import email.utils
import hashlib
import logging
import re
from dataclasses import dataclass, field, replace
from email.message import Message

import mailparser
from mailparser.utils import decode_header_part

from extractors.html import html_to_text
from extractors.text import decode_text, storable
from intake import isolation, outlook
from intake.domain import Forwarded, ParsedMessage, Part
from intake.filenames import extension_for, safe_filename

log = logging.getLogger(__name__)

MAX_FORWARD_DEPTH = 5
CONVERTED_HEADER = "x-intake-converted-from"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Parsing is linear for sane input; a message that takes a minute is hostile.
PARSE_LIMITS = isolation.Limits(seconds=60.0, memory_bytes=2 * 1024 * 1024 * 1024)
_REPORT_PARTS = {
    "message/delivery-status",
    "message/disposition-notification",
    "message/feedback-report",
    "text/rfc822-headers",
    "message/rfc822-headers",
    "message/global-delivery-status",
    "message/global-headers",
}
_SIGNATURES = {
    "application/pgp-signature",
    "application/pkcs7-signature",
    "application/x-pkcs7-signature",
}
_KEPT_HEADERS = (
    "auto-submitted",
    "x-autoreply",
    "x-autorespond",
    "x-auto-response-suppress",
    "precedence",
    "return-path",
    "list-id",
    "list-unsubscribe",
    "x-failed-recipients",
    "content-type",
    "authentication-results",
    "x-ms-exchange-generated-message-source",
)


_MALFORMED_INPUT_ERRORS = (
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
    binascii.Error,
    UnicodeError,
    AssertionError,
)


class MessageParseError(Exception):
    """The bytes are not a message that can be parsed at all (recorded, never raised out)."""


@dataclass
class _Level:
    """What one message level (the top one, or a forwarded one) carries."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    report: list[str] = field(default_factory=list)
    leaves: list[tuple[str, Message]] = field(default_factory=list)
    forwarded: list[tuple[str, Message]] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)

    def body(self) -> str:
        if self.plain:
            return "\n\n".join(t.strip() for t in self.plain if t.strip())
        return "\n\n".join(html_to_text(h) for h in self.html)


def _unsurrogate(text: str) -> str:
    """Raw 8-bit header bytes (kept by the email package as surrogates) decoded as text."""
    if not re.search(r"[\udc80-\udcff]", text):
        return text
    return decode_text(text.encode("utf-8", "surrogateescape"))


def raw_header(message: Message, name: str) -> str | None:
    """The first value of a header as sent, raw 8-bit bytes decoded (UTF-8, else Windows-1252)."""
    for key, value in message.raw_items():
        if key.lower() == name:
            return _unsurrogate(str(value))
    return None


def raw_headers(message: Message, name: str) -> list[str]:
    """Every value of a header as sent, raw 8-bit bytes decoded."""
    return [_unsurrogate(str(v)) for k, v in message.raw_items() if k.lower() == name]


def decode_header(value: str | None) -> str:
    """A header value with RFC 2047 encoded words and raw 8-bit bytes decoded, whitespace folded."""
    if not value:
        return ""
    text = _unsurrogate(str(value))
    return re.sub(r"\s+", " ", _unsurrogate(decode_header_part(text))).strip()


def _payload_bytes(part: Message, defects: list[str], path: str) -> bytes:
    cte = str(part.get("content-transfer-encoding", "")).strip().lower().rstrip(";")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = b""
    if cte == "base64":
        raw = part.get_payload()
        if isinstance(raw, str):
            try:
                base64.b64decode(re.sub(r"\s+", "", raw), validate=True)
            except (binascii.Error, ValueError):
                defects.append(f"part {path}: broken base64, decoded what could be read")
    return payload


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    text = decode_text(payload, part.get_content_charset())
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _collapse(param: str | tuple[str | None, str | None, str] | None) -> str:
    """An RFC 2231 parameter as text; a wrong declared charset falls back to detection."""
    if param is None:
        return ""
    if isinstance(param, str):
        return param
    charset, _, value = param
    data = bytes(value, "raw-unicode-escape")
    try:
        return data.decode(charset or "us-ascii")
    except (LookupError, UnicodeDecodeError):
        return decode_text(data)


def _filename(part: Message) -> str:
    view = Message()
    for name in ("content-type", "content-disposition"):
        value = raw_header(part, name)
        if value is not None:
            view[name] = value
    raw = _collapse(view.get_param("filename", header="content-disposition"))
    if not raw:
        raw = _collapse(view.get_param("name", header="content-type"))
    return decode_header(raw) if raw else ""


def _lenient_base64(text: str) -> bytes:
    """Base64 as mail clients decode it: stray characters skipped, a cut-off tail dropped."""
    cleaned = re.sub(r"[^A-Za-z0-9+/]", "", text)
    if len(cleaned) % 4 == 1:
        cleaned = cleaned[:-1]
    return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4))


def _inner_message(part: Message) -> Message | None:
    """The message inside a message/rfc822 part, decoding a base64 or QP transfer encoding."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    cte = str(part.get("content-transfer-encoding", "")).strip().lower()
    if cte in ("base64", "quoted-printable"):
        text = inner.get_payload() if isinstance(inner, Message) and not len(inner) else None
        if isinstance(text, str):
            data = (
                _lenient_base64(text)
                if cte == "base64"
                else binascii.a2b_qp(text.encode("ascii", "ignore"))
            )
            return email.message_from_bytes(data)
    if isinstance(inner, Message):
        return inner
    if isinstance(payload, str | bytes):
        data = payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else payload
        return email.message_from_bytes(data)
    return None


def _recover_multipart(part: Message) -> Message | None:
    """Re-read a multipart whose declared boundary or transfer encoding hid its parts."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload:
        return None
    match = re.search(rb"^--([^\r\n]{1,200}?)[ \t]*\r?$", payload, re.MULTILINE)
    if match is None:
        return None
    boundary = match.group(1).decode("ascii", "replace").replace('"', "")
    header = f'Content-Type: {part.get_content_type()}; boundary="{boundary}"\r\n\r\n'
    recovered = email.message_from_bytes(header.encode() + payload)
    payload_list = recovered.get_payload()
    if recovered.is_multipart() and isinstance(payload_list, list) and payload_list:
        return recovered
    return None


def _walk(part: Message, path: str, level: _Level) -> None:
    ctype = part.get_content_type()
    level.defects.extend(f"part {path}: {type(d).__name__}" for d in part.defects)
    if ctype in ("message/rfc822", "message/global"):
        level.forwarded.append((path, part))
        return
    if part.is_multipart():
        children = part.get_payload()
        if isinstance(children, list):
            for i, child in enumerate(children, 1):
                if isinstance(child, Message):
                    _walk(child, f"{path}.{i}" if path else str(i), level)
        return
    if ctype.startswith("multipart/"):
        recovered = _recover_multipart(part)
        if recovered is not None:
            level.defects.append(f"part {path or 'top'}: multipart boundary recovered")
            _walk(recovered, path, level)
        else:
            level.defects.append(f"part {path or 'top'}: unreadable multipart, kept as text")
            level.plain.append(_part_text(part))
        return
    disposition = part.get_content_disposition()
    filename = _filename(part)
    if ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename:
        (level.plain if ctype == "text/plain" else level.html).append(_part_text(part))
    elif ctype in _REPORT_PARTS:
        level.report.append(_part_text(part))
    elif ctype in _SIGNATURES:
        return
    else:
        level.leaves.append((path or "1", part))


def _embedded_cids(level: _Level) -> set[str]:
    cids: set[str] = set()
    for html in level.html:
        cids.update(m.lower() for m in re.findall(r"cid:([^\"'\s>)]+)", html, re.IGNORECASE))
    return cids


def _parts_of(level: _Level, origin: str, container: str) -> list[Part]:
    embedded = _embedded_cids(level)
    parts = []
    for path, part in level.leaves:
        ctype = part.get_content_type()
        cid = str(part.get("content-id", "")).strip().strip("<>").lower()
        filename = _filename(part)
        if (
            cid
            and cid in embedded
            and ctype.startswith("image/")
            and part.get_content_disposition() != "attachment"
        ):
            continue
        data = _payload_bytes(part, level.defects, path)
        fallback = f"part-{path}{extension_for(ctype)}"
        parts.append(
            Part(
                filename=safe_filename(filename, fallback),
                data=data,
                declared_type=ctype,
                path=path,
                origin=origin,
                container=container,
                original_filename=filename,
            )
        )
    return parts


def _parse_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(str(value).strip())
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def _received_dates(message: Message) -> tuple[dt.datetime, ...]:
    dates = []
    for value in message.get_all("received", []):
        text = re.sub(r"\s+", " ", str(value))
        if ";" in text:
            parsed = _parse_date(text.rsplit(";", 1)[1])
            if parsed is not None:
                dates.append(parsed)
    return tuple(dates)


def _message_ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(m.strip() for m in re.findall(r"<([^<>\s]+)>", str(value)))


def _clean_message_id(value: str | None) -> str:
    ids = _message_ids(value)
    if ids:
        return ids[0]
    return re.sub(r"[\s<>]", "", str(value or ""))[:250]


def sender_of(raw: str) -> tuple[str, str]:
    """(display name, address) of a From header.

    The address is read from the raw header, before encoded words are decoded: an encoded word
    must not be able to build an address (or a second one). The display name is then decoded.
    """
    angle = re.search(r"<\s*([^<>\s]+@[^<>\s]+?)\s*>\s*$", raw.strip())
    if angle:
        return decode_header(raw.strip()[: angle.start()].strip().strip('"')), angle.group(1)
    name, address = email.utils.parseaddr(raw)
    if "=?" in address or not re.fullmatch(r"[^@\s]+@[^@\s]+", address):
        address = ""  # an encoded word posing as an address is no address
    return decode_header(name), address


def fingerprint(body: str, parts: list[Part], subject: str) -> str:
    """Identity of a message's content, unchanged by transit headers or transfer re-encoding."""
    h = hashlib.sha256()
    h.update(re.sub(r"\s+", " ", subject).strip().encode())
    h.update(b"\0")
    h.update(re.sub(r"\s+", " ", body).strip().encode())
    for digest in sorted(hashlib.sha256(p.data).hexdigest() for p in parts):
        h.update(b"\0" + digest.encode())
    return h.hexdigest()


def _forwarded(path: str, part: Message, depth: int, parts: list[Part]) -> list[Forwarded]:
    inner = _inner_message(part)
    if inner is None or depth > MAX_FORWARD_DEPTH:
        return []
    level = _Level()
    _walk(inner, "", level)
    subject = decode_header(raw_header(inner, "subject"))
    sender = email.utils.parseaddr(decode_header(raw_header(inner, "from")))[1]
    container = subject or "forwarded message"
    for p in _parts_of(level, "forwarded", container):
        parts.append(
            Part(
                filename=p.filename,
                data=p.data,
                declared_type=p.declared_type,
                path=f"{path}/{p.path}",
                origin="forwarded",
                container=container,
                original_filename=p.original_filename,
            )
        )
    result = [Forwarded(sender, subject, _parse_date(inner.get("date")), level.body())]
    for sub_path, sub in level.forwarded:
        result.extend(_forwarded(f"{path}/{sub_path}", sub, depth + 1, parts))
    return result


def _generated_id(message: Message, body: str, fp: str) -> str:
    stable = "\0".join(str(message.get(h, "")) for h in ("from", "to", "cc", "subject", "date"))
    digest = hashlib.sha256((stable + "\0" + fp).encode("utf-8", "surrogateescape")).hexdigest()
    return f"{digest[:32]}@intake.invalid"


def parse_message(raw: bytes, limits: isolation.Limits = PARSE_LIMITS) -> ParsedMessage:
    """Parse raw RFC 5322 bytes (or an Outlook .msg) in a worker process with time and memory
    limits, so a hostile message cannot hang or exhaust the run. Malformed MIME yields
    defects; only bytes that are no message at all raise MessageParseError."""
    try:
        return isolation.run(parse_message_in_process, raw, limits=limits)
    except isolation.IsolationError as exc:
        raise MessageParseError(f"parse {exc}") from exc


def parse_message_in_process(raw: bytes) -> ParsedMessage:
    """`parse_message` without the worker process (for code already running in one)."""
    if not raw.strip():
        raise MessageParseError("empty message")
    outlook_msg = raw.startswith(OLE_MAGIC)
    if outlook_msg:
        try:
            raw = outlook.msg_to_mime(raw)
        except outlook.OutlookError as exc:
            raise MessageParseError(str(exc)) from exc
    try:
        parsed = _parse(raw)
    except RecursionError as exc:
        raise MessageParseError("MIME structure nested too deeply to read") from exc
    except _MALFORMED_INPUT_ERRORS as exc:
        # Malformed input the parser did not expect: recorded on the message, traceback logged.
        log.warning("message parser failed on malformed input", exc_info=True)
        raise MessageParseError(f"malformed message: {type(exc).__name__}: {exc}") from exc
    headers = {k: storable(v) for k, v in parsed.headers.items()}
    if outlook_msg:
        headers[CONVERTED_HEADER] = "application/vnd.ms-outlook"
    return replace(
        parsed,
        message_id=storable(parsed.message_id),
        subject=storable(parsed.subject),
        sender=storable(parsed.sender),
        sender_name=storable(parsed.sender_name),
        recipients=tuple(storable(r) for r in parsed.recipients),
        in_reply_to=tuple(storable(r) for r in parsed.in_reply_to),
        headers=headers,
        body_text=storable(parsed.body_text),
        forwarded=tuple(
            replace(
                f, sender=storable(f.sender), subject=storable(f.subject), text=storable(f.text)
            )
            for f in parsed.forwarded
        ),
        parts=tuple(
            replace(
                p, container=storable(p.container), original_filename=storable(p.original_filename)
            )
            for p in parsed.parts
        ),
    )


def _parse(raw: bytes) -> ParsedMessage:
    try:
        mail = mailparser.parse_from_bytes(raw)
    except Exception as exc:
        raise MessageParseError(f"{type(exc).__name__}: {exc}") from exc
    message: Message = mail.message
    if message is None or (not len(message) and not message.get_payload()):
        raise MessageParseError("no headers and no body")
    level = _Level()
    _walk(message, "", level)
    parts = _parts_of(level, "attachment", "")
    forwarded: list[Forwarded] = []
    for path, part in level.forwarded:
        forwarded.extend(_forwarded(path, part, 1, parts))
    body = level.body()
    if not body and level.report:
        body = "\n\n".join(level.report)
    subject = decode_header(raw_header(message, "subject"))
    fp = fingerprint(body, parts, subject)
    message_id = _clean_message_id(message.get("message-id"))
    generated = not message_id
    if generated:
        message_id = _generated_id(message, body, fp)
    name, address = sender_of(raw_header(message, "from") or "")
    recipients = tuple(
        a
        for _, a in email.utils.getaddresses([decode_header(v) for v in raw_headers(message, "to")])
        if a
    )
    headers = {
        h: decode_header(v) for h in _KEPT_HEADERS if (v := raw_header(message, h)) is not None
    }
    report_type = ""
    if message.get_content_type() == "multipart/report":
        report_type = str(message.get_param("report-type") or "").lower()
    in_reply_to = _message_ids(message.get("in-reply-to")) + _message_ids(message.get("references"))
    return ParsedMessage(
        message_id=message_id,
        message_id_generated=generated,
        subject=subject,
        sender=address.strip().lower(),
        sender_name=name.strip(),
        recipients=recipients,
        date=_parse_date(message.get("date")),
        received_dates=_received_dates(message),
        in_reply_to=in_reply_to,
        headers=headers,
        body_text=body,
        parts=tuple(parts),
        forwarded=tuple(forwarded),
        report_type=report_type,
        defects=tuple(level.defects),
        fingerprint=fp,
        authentication_results=tuple(
            decode_header(v) for v in raw_headers(message, "authentication-results")
        ),
    )
