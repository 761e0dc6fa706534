"""Backup and restore: the database and the raw archive, together, in one tar file.

The raw archive is the source of truth (every message as received); the database holds what was
decided, including reviewers' corrections, which cannot be recomputed. A backup holds both:

    manifest.json       what is inside, and the counts at backup time
    database.sqlite     SQLite: a consistent copy made with SQLite's online backup API
    database.pgdump     PostgreSQL: pg_dump's custom format
    raw/, blobs/        the content-addressed archive of messages and decoded files

Restoring then running the poll again adds nothing: the ledger knows every delivery.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from intake.errors import IntakeError
from intake.settings import Settings
from store.db import connect, normalise_url, redact
from store.ledger import Ledger

FORMAT = 1


class BackupError(IntakeError):
    """A backup or a restore that cannot be done."""


@dataclass(frozen=True)
class BackupReport:
    path: Path
    database: str
    deliveries: int
    files: int


def _libpq_url(url: str) -> str:
    parsed = make_url(normalise_url(url))
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def _run(command: list[str], what: str) -> None:
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
    except FileNotFoundError as exc:
        raise BackupError(
            f"{command[0]} is needed for {what} (Debian package postgresql-client)"
        ) from exc
    if result.returncode != 0:
        raise BackupError(
            f"{what} failed: {result.stderr.strip().splitlines()[-1] if result.stderr.strip() else result.returncode}"
        )


def _dump_database(settings: Settings, target: Path) -> str:
    url = normalise_url(settings.db_url)
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        source = sqlite3.connect(make_url(url).database or ":memory:")
        copy = sqlite3.connect(target / "database.sqlite")
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        return "sqlite"
    if backend == "postgresql":
        _run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                f"--file={target / 'database.pgdump'}",
                _libpq_url(url),
            ],
            "pg_dump",
        )
        return "postgresql"
    raise BackupError(f"backup of {backend} databases is not supported")


def backup(settings: Settings, output: Path) -> BackupReport:
    """Write a backup of the database and the archive to `output` (a .tar or .tar.gz file)."""
    engine = connect(settings.db_url)
    deliveries = Ledger(engine).count_deliveries()
    engine.dispose()
    with tempfile.TemporaryDirectory(prefix="intake-backup-") as tmp:
        staging = Path(tmp)
        kind = _dump_database(settings, staging)
        manifest = {
            "format": FORMAT,
            "created": dt.datetime.now(dt.UTC).isoformat(),
            "database": kind,
            "database_url": redact(settings.db_url),
            "deliveries": deliveries,
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        mode = "w:gz" if output.name.endswith((".gz", ".tgz")) else "w"
        files = 0
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(output.name + ".partial")
        with tarfile.open(partial, mode) as tar:  # type: ignore[call-overload]
            for name in ("manifest.json", "database.sqlite", "database.pgdump"):
                if (staging / name).exists():
                    tar.add(staging / name, arcname=name)
            for folder in (settings.raw_dir, settings.blob_dir):
                if folder.is_dir():
                    tar.add(folder, arcname=folder.name)
                    files += sum(1 for p in folder.rglob("*") if p.is_file())
        partial.replace(output)
    return BackupReport(output, kind, deliveries, files)


def _safe_members(tar: tarfile.TarFile) -> list[tarfile.TarInfo]:
    allowed = (
        "manifest.json",
        "database.sqlite",
        "database.pgdump",
        "raw/",
        "blobs/",
        "raw",
        "blobs",
    )
    members = []
    for member in tar.getmembers():
        if (
            member.name.startswith("/")
            or ".." in Path(member.name).parts
            or not member.name.startswith(allowed)
        ):
            raise BackupError(f"unexpected entry in backup: {member.name!r}")
        if not (member.isfile() or member.isdir()):
            raise BackupError(f"unexpected entry type in backup: {member.name!r}")
        members.append(member)
    return members


def restore(settings: Settings, archive: Path, force: bool = False) -> BackupReport:
    """Restore a backup into the configured database and data directory."""
    if not archive.is_file():
        raise BackupError(f"no backup file {archive}")
    engine = connect(settings.db_url)
    existing = Ledger(engine).count_deliveries()
    engine.dispose()
    if existing and not force:
        raise BackupError(
            f"the database already holds {existing} deliveries; restore with --force to replace it"
        )
    with tempfile.TemporaryDirectory(prefix="intake-restore-") as tmp:
        staging = Path(tmp)
        with tarfile.open(archive) as tar:
            tar.extractall(staging, members=_safe_members(tar), filter="data")
        manifest = json.loads((staging / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise BackupError(f"unknown backup format {manifest.get('format')!r}")
        url = normalise_url(settings.db_url)
        backend = make_url(url).get_backend_name()
        if manifest["database"] != backend:
            raise BackupError(
                f"the backup holds a {manifest['database']} database; the target is {backend}"
            )
        if backend == "sqlite":
            target = make_url(url).database or ""
            source = sqlite3.connect(staging / "database.sqlite")
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
            finally:
                copy.close()
                source.close()
        else:
            _run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    f"--dbname={_libpq_url(url)}",
                    str(staging / "database.pgdump"),
                ],
                "pg_restore",
            )
        files = 0
        for folder, target_dir in (("raw", settings.raw_dir), ("blobs", settings.blob_dir)):
            if (staging / folder).is_dir():
                target_dir.mkdir(parents=True, exist_ok=True)
                shutil.copytree(staging / folder, target_dir, dirs_exist_ok=True)
                files += sum(1 for p in (staging / folder).rglob("*") if p.is_file())
    return BackupReport(archive, backend, int(manifest["deliveries"]), files)
