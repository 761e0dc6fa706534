"""Unpack stage: name each file's real media type and open containers (zip archives).

An archive is not itself a document: its members are. Limits guard against zip bombs and deep
nesting; an archive that breaks a limit is kept whole, with the reason, and flagged.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, replace

from extractors import sniff as media
from intake.domain import Part
from intake.filenames import safe_filename


@dataclass(frozen=True)
class ArchiveLimits:
    """Bounds on what one archive may expand to."""

    max_members: int = 500
    max_total_bytes: int = 200 * 1024 * 1024
    max_ratio: int = 200
    max_depth: int = 3


class _LimitExceeded(Exception):
    pass


def _member_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & 0x800:
        # Not flagged UTF-8: zipfile decoded it as cp437; most senders' tools wrote cp1252/cp850.
        try:
            raw = name.encode("cp437")
            name = raw.decode("utf-8")
        except UnicodeError:
            name = raw.decode("cp850", "replace")
    return name


def _check(infos: list[zipfile.ZipInfo], limits: ArchiveLimits, budget: list[int]) -> None:
    if len(infos) > limits.max_members:
        raise _LimitExceeded(f"{len(infos)} members (limit {limits.max_members})")
    for info in infos:
        if info.compress_size and info.file_size / info.compress_size > limits.max_ratio:
            raise _LimitExceeded(
                f"member {info.filename!r} expands {info.file_size // info.compress_size}x "
                f"(limit {limits.max_ratio}x)"
            )
        budget[0] -= info.file_size
        if budget[0] < 0:
            raise _LimitExceeded(f"expands past {limits.max_total_bytes} bytes")


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


def _expand_zip(part: Part, limits: ArchiveLimits, depth: int, budget: list[int]) -> list[Part]:
    if depth > limits.max_depth:
        return [
            replace(
                part,
                error=f"archive nested deeper than {limits.max_depth}",
                flags=(*part.flags, "archive_limit"),
            )
        ]
    try:
        with zipfile.ZipFile(io.BytesIO(part.data)) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            _check(infos, limits, budget)
            members = []
            for info in infos:
                name = _member_name(info)
                path = f"{part.path}/{safe_filename(name, 'member')}"
                if info.flag_bits & 0x1:
                    members.append(
                        Part(
                            filename=safe_filename(name),
                            data=b"",
                            declared_type="",
                            path=path,
                            origin="archive",
                            container=part.filename,
                            original_filename=name,
                            media_type=media.OCTET,
                            error="password protected",
                            flags=("password_protected",),
                        )
                    )
                    continue
                data = _read_member(archive, info, max(info.file_size, 0) + 1024)
                member = Part(
                    filename=safe_filename(name),
                    data=data,
                    declared_type="",
                    path=path,
                    origin="archive",
                    container=part.filename,
                    original_filename=name,
                )
                members.extend(_identify(member, limits, depth + 1, budget))
            return members
    except _LimitExceeded as exc:
        return [
            replace(part, error=f"archive not opened: {exc}", flags=(*part.flags, "archive_limit"))
        ]
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        return [replace(part, error=f"corrupt archive: {type(exc).__name__}: {exc}")]


def _identify(part: Part, limits: ArchiveLimits, depth: int, budget: list[int]) -> list[Part]:
    kind = media.sniff(part.data, part.filename, part.declared_type)
    part = replace(part, media_type=kind)
    if kind == media.ZIP:
        return _expand_zip(part, limits, depth, budget)
    return [part]


def unpack(parts: tuple[Part, ...], limits: ArchiveLimits) -> list[Part]:
    """Every document a message carries: files sniffed, archives replaced by their members."""
    documents: list[Part] = []
    for part in parts:
        budget = [limits.max_total_bytes]
        documents.extend(_identify(part, limits, 1, budget))
    return documents
