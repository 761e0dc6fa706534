"""Whether a submission corrects or replaces an earlier one from the same Party for the same call.

A Party that finds a mistake sends a new version: "corrected version", "version corrigée",
"versión revisada", a reply to its own earlier message, or the same document again with a new
number in its name. The new submission is linked to the earlier one, so the Secretariat
reviews them together and publishes the newer.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from classifiers.doc_type import fold
from intake.domain import Decision

_CORRECTION = re.compile(
    r"\b(?:correct(?:ed|ion)|revised|revision|updated?|amended|new version|replaces?|supersedes?|"
    r"please (?:disregard|ignore) (?:my|our|the) (?:previous|earlier)|corrige(?:e|s)?|corrective|revisee?|"
    r"mise a jour|nouvelle version|remplace|annule et remplace|corregid[oa]s?|revisad[oa]s?|actualizad[oa]s?|"
    r"nueva version|reemplaza|sustituye|fe de erratas|erratum|v2|version 2)\b"
)


@dataclass(frozen=True)
class EarlierSubmission:
    """What the link needs to know of an earlier submission."""

    id: int
    message_id: str
    received_at: dt.datetime | None
    filenames: tuple[str, ...]
    doc_types: tuple[str, ...]


def _stem(filename: str) -> str:
    stem = fold(filename.rsplit(".", 1)[0])
    return re.sub(
        r"(?:[_\s.-]*(?:v|version|rev|final|corr\w*|draft|projet|borrador)?[_\s.-]*\d{0,2})+$",
        "",
        stem,
    )


def _similar_documents(filenames: Sequence[str], earlier: EarlierSubmission) -> str | None:
    for name in filenames:
        for old in earlier.filenames:
            ratio = difflib.SequenceMatcher(None, _stem(name), _stem(old)).ratio()
            if ratio >= 0.85 and name != old:
                return f"{name} is a new version of {old}"
            if name == old:
                return f"{name} sent again"
    return None


def find_superseded(
    subject: str,
    body: str,
    in_reply_to: Sequence[str],
    filenames: Sequence[str],
    earlier: Sequence[EarlierSubmission],
) -> Decision:
    """The earlier submission this one replaces (value: its id), with the evidence."""
    if not earlier:
        return Decision(
            "supersedes", None, 1.0, "no earlier submission from this Party for this call"
        )
    newest_first = sorted(
        earlier, key=lambda e: e.received_at or dt.datetime.min.replace(tzinfo=dt.UTC), reverse=True
    )
    replied = next((e for e in newest_first if e.message_id in in_reply_to), None)
    text = fold(f"{subject}\n{body[:3000]}")
    correction = _CORRECTION.search(text)
    for candidate in newest_first:
        similar = _similar_documents(filenames, candidate)
        if similar and (correction or replied is candidate):
            return Decision("supersedes", str(candidate.id), 0.9, similar, flags=("resubmission",))
    if replied is not None and filenames:
        return Decision(
            "supersedes",
            str(replied.id),
            0.8,
            "a reply, with documents, to the Party's own earlier submission",
            flags=("resubmission",),
        )
    if correction and filenames:
        latest = newest_first[0]
        return Decision(
            "supersedes",
            str(latest.id),
            0.6,
            f"says {correction.group(0)!r}; the latest earlier submission",
            flags=("resubmission",),
        )
    for candidate in newest_first:
        similar = _similar_documents(filenames, candidate)
        if similar:
            return Decision("supersedes", str(candidate.id), 0.5, similar, flags=("resubmission",))
    return Decision("supersedes", None, 1.0, "no sign of a new version")
