"""Statements given as codes and a legend: "G = may be published; A = may be shared with other
Management Authorities only; R = for the Secretariat only", then "(R) Cooperation agreement";
"Niveau 0 : grand public. Niveau 1 : réservé aux autorités CITES", then a table whose access
column says 0 or 1."""

from __future__ import annotations

import re
from collections.abc import Sequence

from classifiers.confidentiality_lexicon import fold_for_rules
from classifiers.confidentiality_reading import CONFIDENTIAL, PUBLIC, Signal, polarity
from classifiers.confidentiality_scope import NAMED, DocumentFacts, best_document
from classifiers.statements import Segment

_ENTRY = re.compile(
    r"(?:^|[;:.,\n]|\s-\s)\s*(?:(?:level|niveau|nivel|code|codigo|category|categorie|categoria)\s+)?"
    r"[(\[]?([^\s=;:,()\[\]]{1,3})[)\]]?\s*=\s*([^;,\n=]{3,120})|"
    r"(?:^|[;.\n])\s*(?:level|niveau|nivel|category|categorie|categoria)\s+(\w{1,3})\s*:\s*([^;.\n]{3,120})",
    re.IGNORECASE,
)
_OPEN_TO_ALL = re.compile(
    r"(?:the )?(?:general |grand |tout |todo el |open to the )?(?:public|publico)"
)


def legend_of(text: str) -> dict[str, tuple[str, str]]:
    """Code -> (what it decides, its wording), when the legend sets at least two codes apart
    (one code alone is a sentence with "=")."""
    legend: dict[str, tuple[str, str]] = {}
    for match in _ENTRY.finditer(text):
        code = match.group(1) or match.group(3)
        wording = (match.group(2) or match.group(4)).strip()
        said = polarity(fold_for_rules(wording))
        if (
            not said
            and match.group(4)
            and _OPEN_TO_ALL.fullmatch(fold_for_rules(wording).strip(" ."))
        ):
            said = PUBLIC  # "Niveau 0 : grand public"
        if said in (CONFIDENTIAL, PUBLIC):
            legend[code] = (said, wording)
    return legend if len({said for said, _ in legend.values()}) >= 2 else {}


def legend_signals(
    segment: Segment, docs: Sequence[DocumentFacts], signals: dict[int, list[Signal]]
) -> None:
    """Items tagged with the codes of a legend the message gives ("(R) Cooperation agreement")."""
    legend = legend_of(segment.text)
    for line in segment.text.splitlines() if legend else ():
        if "=" in line:
            continue
        for code, (said, wording) in legend.items():
            tagged = re.match(
                rf"^\s*[-*•]?\s*[(\[]?{re.escape(code)}[)\]]?\s+(\S.*)$", line
            ) or re.match(rf"^\s*(\S.*?)\s+[(\[]?{re.escape(code)}[)\]]?\s*$", line)
            if tagged is None:
                continue
            target = best_document(tagged.group(1), docs)
            if target is not None:
                evidence = f'item "{line.strip()[:120]}", where {code} = "{wording[:80]}"'
                signals[target].append(Signal(said, NAMED, segment.depth, evidence))
