"""Unpack stage: name each file's real media type and open containers.

Containers are zip archives, Outlook .msg files, TNEF winmail.dat files and e-mails attached as
plain files (an .eml sent as application/octet-stream). A container is not itself a document:
its members are, with origin "archive" (zip, TNEF) or "forwarded" (a message), and the
container's file name; the text of an attached message becomes a member of its own
("message text.txt") so that it is read and classified too. A container that cannot be opened,
or that breaks a limit (members, total size, compression ratio, nesting depth), is kept whole
as a document with the reason, and flagged.

Each top-level container is opened in a worker process (`intake.isolation`) so that a hostile
one cannot hang or exhaust the run.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field, replace

from extractors import sniff as media
from extractors.text import storable
from intake import isolation, outlook
from intake.domain import Part
from intake.filenames import safe_filename
from intake.mime import MessageParseError, parse_message_in_process

CONTAINERS = (media.ZIP, media.MSG, media.TNEF, media.EML)
MESSAGE_TEXT_NAME = "message text.txt"
MAX_PATH_CHARS = 900  # document.part_path holds 1000


@dataclass(frozen=True)
class ArchiveLimits:
    """Bounds on what one container may expand to, and on the worker that opens it."""

    max_members: int = 500
    max_total_bytes: int = 200 * 1024 * 1024
    max_ratio: int = 200
    max_depth: int = 3
    isolation: isolation.Limits = field(default_factory=isolation.Limits)


class _LimitExceeded(Exception):
    pass


class _Budget:
    """What is left of the limits for one top-level container and everything inside it."""

    def __init__(self, limits: ArchiveLimits) -> None:
        self.bytes = limits.max_total_bytes
        self.members = limits.max_members
        self.limits = limits

    def take(self, size: int) -> None:
        self.members -= 1
        self.bytes -= size
        if self.members < 0:
            raise _LimitExceeded(f"more than {self.limits.max_members} members")
        if self.bytes < 0:
            raise _LimitExceeded(f"expands past {self.limits.max_total_bytes} bytes")


def _member_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & 0x800:
        # Not flagged UTF-8: zipfile decoded it as cp437; most senders' tools wrote cp1252/cp850.
        raw = name.encode("cp437")
        try:
            name = raw.decode("utf-8")
        except UnicodeError:
            name = raw.decode("cp850", "replace")
    return name


def _member_path(parent: str, index: int, name: str) -> str:
    """A path unique within the message (two members may share a name in different folders)."""
    path = f"{parent}/{index}:{safe_filename(name, 'member')[:80]}"
    return path if len(path) <= MAX_PATH_CHARS else f"{parent[: MAX_PATH_CHARS - 20]}…/{index}"


def _member(
    parent: Part, index: int, name: str, data: bytes, origin: str, declared: str = ""
) -> Part:
    return Part(
        filename=safe_filename(name, f"member-{index}"),
        data=data,
        declared_type=declared,
        path=_member_path(parent.path, index, name),
        origin=origin,
        container=parent.filename,
        original_filename=storable(name),
    )


def _check_zip(infos: list[zipfile.ZipInfo], limits: ArchiveLimits) -> None:
    if len(infos) > limits.max_members:
        raise _LimitExceeded(f"{len(infos)} members (limit {limits.max_members})")
    for info in infos:
        if info.compress_size and info.file_size / info.compress_size > limits.max_ratio:
            raise _LimitExceeded(
                f"member {info.filename!r} expands {info.file_size // info.compress_size}x "
                f"(limit {limits.max_ratio}x)"
            )


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    # The declared size can lie; read in chunks and stop at the cap.
    chunks = []
    total = 0
    with archive.open(info) as stream:
        while chunk := stream.read(1024 * 1024):
            total += len(chunk)
            if total > cap:
                raise _LimitExceeded(f"member {info.filename!r} larger than declared")
            chunks.append(chunk)
    return b"".join(chunks)


def _zip_members(part: Part, budget: _Budget) -> list[Part]:
    members = []
    with zipfile.ZipFile(io.BytesIO(part.data)) as archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        _check_zip(infos, budget.limits)
        for index, info in enumerate(infos, 1):
            name = _member_name(info)
            if info.flag_bits & 0x1:
                members.append(
                    replace(
                        _member(part, index, name, b"", "archive"),
                        media_type=media.OCTET,
                        error="password protected",
                        flags=("password_protected",),
                    )
                )
                continue
            budget.take(info.file_size)
            data = _read_member(archive, info, max(info.file_size, 0) + 1024)
            members.append(_member(part, index, name, data, "archive"))
    return members


def _message_members(part: Part, raw: bytes) -> list[Part]:
    parsed = parse_message_in_process(raw)
    text = parsed.body_text.strip()
    for forwarded in parsed.forwarded:
        text += f"\n\n---- {forwarded.subject} ({forwarded.sender})\n{forwarded.text.strip()}"
    members = []
    if text.strip():
        body = storable(text.strip()).encode("utf-8")
        members.append(_member(part, 0, MESSAGE_TEXT_NAME, body, "forwarded", media.TEXT))
    for index, inner in enumerate(parsed.parts, 1):
        member = _member(
            part,
            index,
            inner.original_filename or inner.filename,
            inner.data,
            "forwarded",
            inner.declared_type,
        )
        members.append(replace(member, filename=inner.filename))
    return members


def _tnef_members(part: Part) -> list[Part]:
    content = outlook.read_tnef(part.data)
    members = [
        _member(part, index, name, data, "archive")
        for index, (name, data) in enumerate(content.files, 1)
    ]
    if content.body:
        body = storable(content.body).encode("utf-8")
        members.append(_member(part, 0, MESSAGE_TEXT_NAME, body, "archive", media.TEXT))
    return members


def _members(part: Part, budget: _Budget) -> list[Part]:
    if part.media_type == media.ZIP:
        return _zip_members(part, budget)
    if part.media_type == media.TNEF:
        members = _tnef_members(part)
    elif part.media_type == media.MSG:
        members = _message_members(part, outlook.msg_to_mime(part.data))
    else:
        members = _message_members(part, part.data)
    for member in members:
        budget.take(len(member.data))
    return members


_OPEN_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    outlook.OutlookError,
)


def _open(part: Part, depth: int, budget: _Budget) -> list[Part]:
    limits = budget.limits
    if depth > limits.max_depth:
        return [
            replace(
                part,
                error=f"container nested deeper than {limits.max_depth}",
                flags=(*part.flags, "archive_limit"),
            )
        ]
    try:
        members = _members(part, budget)
    except _LimitExceeded as exc:
        return [replace(part, error=f"not opened: {exc}", flags=(*part.flags, "archive_limit"))]
    except MessageParseError as exc:
        return [replace(part, error=f"unreadable attached message: {exc}")]
    except _OPEN_ERRORS as exc:
        kind = "archive" if part.media_type == media.ZIP else "container"
        return [replace(part, error=f"corrupt {kind}: {type(exc).__name__}: {exc}")]
    documents: list[Part] = []
    for member in members:
        documents.extend(_identify(member, depth + 1, budget))
    return documents


def _identify(part: Part, depth: int, budget: _Budget) -> list[Part]:
    if part.error:
        return [part]
    kind = media.sniff(part.data, part.filename, part.declared_type)
    part = replace(part, media_type=kind)
    if kind in CONTAINERS and part.data:
        return _open(part, depth, budget)
    return [part]


def open_container(part: Part, limits: ArchiveLimits) -> list[Part]:
    """The documents in one container, in this process (`unpack` calls it in a worker)."""
    return _open(part, 1, _Budget(limits))


def unpack(parts: tuple[Part, ...], limits: ArchiveLimits) -> list[Part]:
    """Every document a message carries: files sniffed, containers replaced by their members."""
    documents: list[Part] = []
    for part in parts:
        kind = media.sniff(part.data, part.filename, part.declared_type)
        part = replace(part, media_type=kind)
        if kind not in CONTAINERS or not part.data:
            documents.append(part)
            continue
        try:
            documents.extend(isolation.run(open_container, part, limits, limits=limits.isolation))
        except isolation.IsolationError as exc:
            documents.append(
                replace(part, error=f"container not opened: {exc}", flags=(*part.flags, exc.flag))
            )
    return documents
