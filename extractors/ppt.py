"""PowerPoint 97-2003 presentations (.ppt), with catppt (from the Debian package `catdoc`).

catppt prints the text of every slide, a form feed after each, converted to UTF-8. It reads the
text records of the file in the order they are stored, so a slide's text can come twice (from
the outline and from the slide itself): a block repeated exactly is kept once. An encrypted
presentation (an `EncryptedSummary` stream) is flagged `password_protected` without running it.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from extractors import ole
from intake.domain import Extraction

PPT = "application/vnd.ms-powerpoint"
CATPPT_SECONDS = 60
FIRST_PAGE_CHARS = 3000


def _catppt(data: bytes) -> str:
    with tempfile.TemporaryDirectory(prefix="intake-ppt-") as tmp:
        path = Path(tmp) / "presentation.ppt"
        path.write_bytes(data)
        done = subprocess.run(
            ["catppt", "-d", "utf-8", str(path)],
            capture_output=True,
            timeout=CATPPT_SECONDS,
            check=False,
        )
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().replace(str(path), "file")
        raise ole.OleError(f"catppt failed: {detail or done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def _slides(output: str) -> list[str]:
    """The slides catppt printed, each once, in order."""
    slides: list[str] = []
    for block in output.replace("\r", "\n").split("\f"):
        text = "\n".join(line.rstrip() for line in block.split("\n")).strip()
        if text and text not in slides:
            slides.append(text)
    return slides


def extract_ppt(data: bytes) -> Extraction:
    """Text of the slides of a PowerPoint 97-2003 presentation."""
    try:
        names = ole.stream_names(data)
    except ole.OleError as exc:
        return Extraction(media_type=PPT, error=f"unreadable PPT: {exc}")
    if ["PowerPoint Document"] not in names:
        return Extraction(media_type=PPT, error="unreadable PPT: no PowerPoint Document stream")
    if ["EncryptedSummary"] in names:
        return Extraction(media_type=PPT, error="password protected", flags=("password_protected",))
    flags = ("macros",) if ole.has_macros(names) else ()
    if shutil.which("catppt") is None:
        return Extraction(
            media_type=PPT,
            error="catppt is not installed (scripts/setup-system.sh installs catdoc, which has it)",
            flags=flags,
        )
    try:
        slides = _slides(_catppt(data))
    except subprocess.TimeoutExpired:
        return Extraction(media_type=PPT, error=f"catppt ran over {CATPPT_SECONDS} s", flags=flags)
    except ole.OleError as exc:
        return Extraction(media_type=PPT, error=f"unreadable PPT: {exc}", flags=flags)
    text = "\n\n".join(slides)
    if not text:
        flags = (*flags, "no_text")
    return Extraction(text=text, media_type=PPT, flags=flags, first_page=text[:FIRST_PAGE_CHARS])
