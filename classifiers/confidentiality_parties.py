"""Documents of one Party in a submission that carries several.

A regional body (the SADC LEAP unit, the CCAD, the European Commission) forwards the
contributions of several Parties in one message, each file prefixed with its country code or
named after its country, and each Party's statement covers its own files: "Honduras indica que
sus documentos pueden publicarse. Guatemala solicita que los suyos sean de uso exclusivo de las
autoridades CITES."
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from classifiers.confidentiality_lexicon import fold_for_rules
from classifiers.party_list import load_parties


class _Named(Protocol):
    @property
    def filename(self) -> str: ...


@lru_cache(maxsize=1)
def _party_names() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern over folded text, ISO code), longer names first ("South Sudan" before "Sudan")."""
    named: list[tuple[str, str]] = []
    for party in load_parties():
        for name in {*party.names.values(), *party.variants}:
            folded = fold_for_rules(name).strip()
            if len(folded) >= 4 and re.fullmatch(r"[a-z ]+", folded):
                named.append((folded, party.code))
    named.sort(key=lambda item: len(item[0]), reverse=True)
    return tuple((re.compile(rf"(?<![a-z]){re.escape(n)}(?![a-z])"), code) for n, code in named)


def _file_party(filename: str) -> str | None:
    """The country code a file name starts with ("ZM_MoU_...", "GT-manual.pdf"), or the one
    country it names ("Protocolo_Honduras_2020.pdf")."""
    match = re.match(r"([A-Z]{2})[_\-. ]", filename)
    if match:
        return match.group(1)
    named = parties_named(fold_for_rules(re.sub(r"[_\-.]+", " ", filename)))
    return next(iter(named)) if len(named) == 1 else None


def parties_named(clause: str) -> set[str]:
    """The Parties a folded clause names."""
    found: set[str] = set()
    taken: list[tuple[int, int]] = []
    for pattern, code in _party_names():
        for match in pattern.finditer(clause):
            if not any(s <= match.start() < e for s, e in taken):
                taken.append(match.span())
                found.add(code)
    return found


def by_party(clause: str, docs: Sequence[_Named]) -> list[int]:
    """The documents of the Parties a clause names, where the files carry two Parties' codes
    or more; otherwise nothing (one Party's own submission names itself in passing)."""
    codes = [_file_party(d.filename) for d in docs]
    if len({c for c in codes if c}) < 2:
        return []
    named = parties_named(clause)
    found = [i for i, code in enumerate(codes) if code in named]
    return found if 0 < len(found) < len(docs) else []
