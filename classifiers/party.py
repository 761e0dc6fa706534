"""Which Party sent a message: the sender's domain first, then signature, body and letterheads.

A government domain (gouv.fr, gob.mx, gov.uk, europa.eu) or a country-code domain decides with
high confidence. A personal address (gmail, yahoo, ...) or an international organisation's
domain decides nothing by itself: the text then decides, and the decision is flagged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from classifiers.party_list import DomainLists, Party, load_domain_lists, load_parties
from intake.domain import Decision


@dataclass(frozen=True)
class PartyDirectory:
    """The Parties and domain lists, indexed for lookups."""

    parties: tuple[Party, ...]
    domains: DomainLists
    overrides: Mapping[str, str]

    @property
    def codes(self) -> set[str]:
        return {p.code for p in self.parties}


@lru_cache(maxsize=1)
def default_directory() -> PartyDirectory:
    return PartyDirectory(load_parties(), load_domain_lists(), {})


def _matches_domain(domain: str, pattern: str) -> bool:
    pattern = pattern.lower().lstrip("@.")
    if pattern.endswith(".*"):
        base = pattern[:-2]
        return domain == base or domain.startswith(base + ".") or f".{base}." in f".{domain}"
    return domain == pattern or domain.endswith("." + pattern)


def _is_listed(domain: str, patterns: Sequence[str]) -> bool:
    return any(_matches_domain(domain, p) for p in patterns)


def party_from_domain(domain: str, directory: PartyDirectory) -> Decision | None:
    """The Party a sender's domain names, if any (None: the domain says nothing)."""
    domain = domain.lower().strip(".")
    if not domain:
        return None
    for pattern, code in directory.overrides.items():
        if _matches_domain(domain, pattern):
            return Decision("party", code, 0.98, f"domain {domain} (configured: {pattern})")
    best: tuple[int, Party, str] | None = None
    for party in directory.parties:
        for suffix in party.gov_domains:
            if _matches_domain(domain, suffix) and (best is None or len(suffix) > best[0]):
                best = (len(suffix), party, suffix)
    if best is not None:
        return Decision("party", best[1].code, 0.97, f"government domain {domain} ({best[2]})")
    if _is_listed(domain, directory.domains.personal) or _is_listed(
        domain, directory.domains.international
    ):
        return None
    tld = domain.rsplit(".", 1)[-1]
    for party in directory.parties:
        if tld in party.tlds:
            return Decision("party", party.code, 0.85, f"country-code domain .{tld} ({domain})")
    return None


@lru_cache(maxsize=4)
def _name_patterns(parties: tuple[Party, ...]) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    patterns = []
    for party in parties:
        names = {*party.names.values(), *party.variants}
        for name in names:
            if len(name) < 4 and not name.isupper():
                continue
            flags = 0 if name.isupper() else re.IGNORECASE
            patterns.append(
                (re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", flags), party.code, name)
            )
    # Longer names first, so "Republic of Korea" wins over "Korea".
    patterns.sort(key=lambda p: len(p[2]), reverse=True)
    return tuple(patterns)


def _names_in(text: str, parties: tuple[Party, ...]) -> Counter[str]:
    found: Counter[str] = Counter()
    taken: list[tuple[int, int]] = []
    for pattern, code, _ in _name_patterns(parties):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            found[code] += 1
    return found


def party_from_text(
    signature: str, body: str, letterheads: str, directory: PartyDirectory
) -> Decision | None:
    """The Party named in the signature (strongest), the body or the documents' first lines."""
    weighted: Counter[str] = Counter()
    evidence: dict[str, str] = {}
    for place, text, weight in (
        ("signature", signature, 3),
        ("letterhead", letterheads, 2),
        ("body", body, 1),
    ):
        for code, count in _names_in(text, directory.parties).items():
            weighted[code] += weight * count
            evidence.setdefault(code, place)
    if not weighted:
        return None
    ranked = weighted.most_common(2)
    code, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if score <= runner_up:
        return Decision(
            "party", code, 0.35, f"several Parties named ({ranked})", flags=("party_ambiguous",)
        )
    confidence = 0.8 if evidence[code] == "signature" else 0.7
    return Decision("party", code, confidence, f"named in the {evidence[code]}")


def signature_block(body: str, lines: int = 15) -> str:
    """The last lines of a message, where a signature is."""
    kept = [line for line in body.strip().splitlines() if line.strip() and not line.startswith(">")]
    return "\n".join(kept[-lines:])


def identify_party(
    sender: str,
    body: str,
    letterheads: str,
    forwarded_senders: Sequence[str],
    directory: PartyDirectory | None = None,
) -> Decision:
    """Decide the sending Party, domain first; flag a personal address or an unknown sender."""
    directory = directory or default_directory()
    domain = sender.rpartition("@")[2]
    decided = party_from_domain(domain, directory)
    if decided is not None:
        return decided
    personal = _is_listed(domain.lower(), directory.domains.personal)
    flags = ("personal_address",) if personal else ()
    for address in forwarded_senders:
        via = party_from_domain(address.rpartition("@")[2], directory)
        if via is not None and via.value:
            return Decision(
                "party", via.value, 0.75, f"forwarded from {address}: {via.evidence}", flags=flags
            )
    from_text = party_from_text(signature_block(body), body, letterheads, directory)
    if from_text is not None:
        return Decision(
            "party",
            from_text.value,
            min(from_text.confidence, 0.75),
            f"{from_text.evidence} (sender domain {domain or 'none'} decides nothing)",
            flags=flags + from_text.flags,
        )
    return Decision(
        "party",
        None,
        0.0,
        f"sender domain {domain or 'none'} names no Party",
        flags=(*flags, "party_unknown"),
    )
