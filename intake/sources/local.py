"""Local sources: a Maildir, or a folder of message files (offline import, and the demo)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from intake.domain import RawMessage
from intake.sources import Ledger

_SKIPPED_NAMES = {"README", "README.md", "LICENSE", "SOURCES.md", "SOURCES.tsv"}


class FolderSource:
    """Every regular file in a folder (and its subfolders) is one message, whatever its name."""

    def __init__(self, root: Path, only: str | None = None) -> None:
        self.root = root.resolve()
        self.only = only
        self.name = f"dir:{self.root}"
        self.folder = ""

    def _files(self) -> list[Path]:
        if self.only is not None:
            return [self.root / self.only]
        return sorted(
            p
            for p in self.root.rglob("*")
            if p.is_file()
            and p.name not in _SKIPPED_NAMES
            # Hidden files, and Python's __pycache__/__init__.py in the bundled demo mailbox.
            and not any(part.startswith((".", "__")) for part in p.relative_to(self.root).parts)
        )

    def fetch(self, ledger: Ledger) -> Iterator[RawMessage]:
        for path in self._files():
            raw = path.read_bytes()
            relative = path.relative_to(self.root).as_posix()
            location = f"{relative}@{hashlib.sha256(raw).hexdigest()[:16]}"
            if ledger.known(f"{self.name}#{location}"):
                continue
            yield RawMessage(raw=raw, source=self.name, location=location, folder="")

    def after_store(self, message: RawMessage) -> None:
        return None

    def close(self) -> None:
        return None


class MaildirSource:
    """A Maildir: messages in new/ and cur/, named by the unique part of their file name."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.name = f"maildir:{self.root}"
        self.folder = ""

    def fetch(self, ledger: Ledger) -> Iterator[RawMessage]:
        files = [p for sub in ("new", "cur") for p in (self.root / sub).iterdir() if p.is_file()]
        # Maildir names start with the delivery time, so sorting by name is delivery order.
        for path in sorted(files, key=lambda p: p.name):
            unique = path.name.split(":", 1)[0]
            if ledger.known(f"{self.name}#{unique}"):
                continue
            yield RawMessage(raw=path.read_bytes(), source=self.name, location=unique, folder="")

    def after_store(self, message: RawMessage) -> None:
        return None

    def close(self) -> None:
        return None
