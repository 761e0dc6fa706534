"""Word 97-2003 (.doc) and Word 6 files, with catdoc (Debian package `catdoc`).

catdoc reads both generations of the binary format and converts their code pages to UTF-8;
encrypted files and macros are found from the OLE2 structure first.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from extractors import ole
from intake.domain import Extraction

DOC = "application/msword"
CATDOC_SECONDS = 60


def _catdoc(data: bytes) -> str:
    with tempfile.TemporaryDirectory(prefix="intake-doc-") as tmp:
        path = Path(tmp) / "document.doc"
        path.write_bytes(data)
        done = subprocess.run(
            ["catdoc", "-w", "-d", "utf-8", str(path)],
            capture_output=True,
            timeout=CATDOC_SECONDS,
            check=False,
        )
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().replace(str(path), "file")
        raise ole.OleError(f"catdoc failed: {detail or done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def extract_doc(data: bytes) -> Extraction:
    """Text of a Word 97-2003 document; flagged `macros` when it carries VBA."""
    try:
        names = ole.stream_names(data)
    except ole.OleError as exc:
        return Extraction(media_type=DOC, error=f"unreadable DOC: {exc}")
    if ole.word_encrypted(data):
        return Extraction(media_type=DOC, error="password protected", flags=("password_protected",))
    flags = ("macros",) if ole.has_macros(names) else ()
    if shutil.which("catdoc") is None:
        return Extraction(
            media_type=DOC,
            error="catdoc is not installed (scripts/setup-system.sh installs it)",
            flags=flags,
        )
    try:
        text = _catdoc(data)
    except subprocess.TimeoutExpired:
        return Extraction(media_type=DOC, error=f"catdoc ran over {CATDOC_SECONDS} s", flags=flags)
    except ole.OleError as exc:
        return Extraction(media_type=DOC, error=f"unreadable DOC: {exc}", flags=flags)
    text = "\n".join(line.rstrip() for line in text.replace("\r", "\n").split("\n")).strip()
    return Extraction(text=text, media_type=DOC, flags=flags, first_page=text[:3000])
