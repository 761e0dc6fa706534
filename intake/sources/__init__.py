"""Mail sources: IMAP mailboxes, Maildirs and folders of .eml files, behind one protocol.

Tests, offline imports and production all go through `MailSource`, so they share one path.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from intake.domain import RawMessage
from intake.errors import SourceError


class Ledger(Protocol):
    """What a source may ask of the store: where it stopped, and what it already has."""

    def cursor(self, source: str, folder: str) -> tuple[int | None, int]:
        """(UIDVALIDITY, last UID stored) for an IMAP folder; (None, 0) when never read."""
        ...

    def known(self, key: str) -> bool:
        """Whether a delivery with this key is already stored."""
        ...


class MailSource(Protocol):
    """Where messages come from."""

    name: str
    folder: str

    def fetch(self, ledger: Ledger) -> Iterator[RawMessage]:
        """The messages not stored yet, oldest first; each is stored before the next is read."""
        ...

    def after_store(self, message: RawMessage) -> None:
        """Mark or move a message once it is safely stored (a no-op for local sources)."""
        ...

    def close(self) -> None: ...


def open_source(spec: str, **imap_options: object) -> MailSource:
    """A source from a command-line spec: an IMAP URL, a Maildir, or a folder of messages."""
    from intake.sources.imap import ImapSource, parse_imap_url
    from intake.sources.local import FolderSource, MaildirSource

    if spec.startswith(("imap://", "imaps://", "imap+starttls://")):
        return ImapSource(parse_imap_url(spec), **imap_options)  # type: ignore[arg-type]
    path = Path(spec).expanduser()
    if not path.exists():
        raise SourceError(
            f"source not found: {spec} (a Maildir, a folder of .eml files, or imap://...)"
        )
    if path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir():
        return MaildirSource(path)
    if path.is_dir():
        return FolderSource(path)
    return FolderSource(path.parent, only=path.name)
