"""Which Party sent a message: the sender's domain first, then what the text says.

Order of evidence:
1. a configured override, or a government domain (gouv.fr, gob.mx, gov.uk, europa.eu);
2. a permanent mission, embassy or delegation writing for a Party ("The Permanent Mission of
   Ghana ... presents its compliments"), which beats the host country's domain (.ch, .at);
3. a country-code domain;
4. a forwarded message from a government domain;
5. the text: the Party's name, or its capital, in the signature, the letterhead or the body.
   A personal address (gmail, yahoo) is decided this way and flagged; an NGO, a company or an
   international organisation is a Party only when it writes on a Party's behalf or signs as a
   government body, since a rescue centre in Kenya is not Kenya.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from classifiers.doc_type import fold
from classifiers.party_list import DomainLists, Party, load_domain_lists, load_parties
from intake.domain import Decision

_MISSION = re.compile(
    r"\b(?:permanent mission|mission permanente|misi[oó]n permanente|permanent representation|"
    r"repr[ée]sentation permanente|representaci[oó]n permanente|embassy|ambassade|embajada|"
    r"high commission|haut[- ]commissariat|delegation|d[ée]l[ée]gation|delegaci[oó]n|consulate|consulat|consulado)"
    r"\s+(?:of|de|du|de la|de l'|des|del|of the)\s+(?:the\s+)?(.{3,80})",
    re.IGNORECASE,
)
_ON_BEHALF = re.compile(
    r"\b(?:on behalf of|for the government of|at the request of|au nom d[eu]|pour le compte d[eu]|"
    r"pour le gouvernement d[eu]|[àa] la demande d[eu]|en nombre de|por cuenta de|en representaci[oó]n de|"
    r"para el gobierno de|a (?:solicitud|petici[oó]n|pedido) de)\s+(?:the\s+|la\s+|le\s+|el\s+|l')?(.{3,160})",
    re.IGNORECASE,
)
_FORWARDED_FROM = re.compile(
    r"^\s*(?:>\s*)*(?:from|de|von)\s*:\s*.*?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", re.I | re.M
)
_GOVERNMENT_BODY = re.compile(
    r"\b(?:ministry|minist[eè]re|ministerio|department|d[ée]partement|departamento|management authority|"
    r"scientific authority|organe de gestion|autorit[ée] (?:administrative|scientifique)|autoridad (?:administrativa|cient[ií]fica)|"
    r"government|gouvernement|gobierno|direction g[ée]n[ée]rale|direcci[oó]n (?:general|nacional)|direction de la faune|"
    r"wildlife (?:service|authority|department|division)|forestry (?:commission|department|division)|"
    r"forest department|customs|douanes?|aduanas?|national park|parcs nationaux|secretar[ií]a de|"
    r"servicio (?:nacional|agr[ií]cola)|instituto nacional|office (?:national|f[ée]d[ée]ral)|agence nationale|agencia nacional)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PartyDirectory:
    """The Parties, their cities and the domain lists, indexed for lookups."""

    parties: tuple[Party, ...]
    domains: DomainLists
    overrides: Mapping[str, str]
    cities: Mapping[str, tuple[str, ...]]

    @property
    def codes(self) -> set[str]:
        return {p.code for p in self.parties}


def load_cities() -> dict[str, tuple[str, ...]]:
    data = tomllib.loads(
        resources.files("config").joinpath("cities.toml").read_text(encoding="utf-8")
    )
    return {code: tuple(names) for code, names in data.get("cities", {}).items()}


@lru_cache(maxsize=1)
def default_directory() -> PartyDirectory:
    return PartyDirectory(load_parties(), load_domain_lists(), {}, load_cities())


def _matches_domain(domain: str, pattern: str) -> bool:
    pattern = pattern.lower().lstrip("@.")
    if pattern.endswith(".*"):
        base = pattern[:-2]
        return domain == base or domain.startswith(base + ".") or f".{base}." in f".{domain}"
    return domain == pattern or domain.endswith("." + pattern)


def _is_listed(domain: str, patterns: Sequence[str]) -> bool:
    return any(_matches_domain(domain, p) for p in patterns)


def _government_domain(domain: str, directory: PartyDirectory) -> Decision | None:
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
    return None


def _country_domain(domain: str, directory: PartyDirectory) -> Decision | None:
    if _is_listed(domain, directory.domains.personal) or _is_listed(
        domain, directory.domains.international
    ):
        return None
    tld = domain.rsplit(".", 1)[-1]
    for party in directory.parties:
        if tld in party.tlds:
            return Decision("party", party.code, 0.85, f"country-code domain .{tld} ({domain})")
    return None


def party_from_domain(domain: str, directory: PartyDirectory) -> Decision | None:
    """The Party a sender's domain names, if any (None: the domain says nothing)."""
    domain = domain.lower().strip(".")
    if not domain:
        return None
    return _government_domain(domain, directory) or _country_domain(domain, directory)


@lru_cache(maxsize=4)
def _name_patterns(parties: tuple[Party, ...]) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    patterns = []
    for party in parties:
        for name in {*party.names.values(), *party.variants}:
            if len(name) < 4 and not name.isupper():
                continue
            flags = 0 if name.isupper() else re.IGNORECASE
            patterns.append(
                (re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", flags), party.code, name)
            )
    # Longer names first, so "Papua New Guinea" wins over "Guinea".
    patterns.sort(key=lambda p: len(p[2]), reverse=True)
    return tuple(patterns)


@lru_cache(maxsize=4)
def _city_patterns(
    cities: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[tuple[re.Pattern[str], str], ...]:
    patterns = [
        (re.compile(rf"(?<![\w-]){re.escape(fold(name))}(?![\w-])"), code)
        for code, names in cities
        for name in names
    ]
    return tuple(patterns)


def names_in(text: str, parties: tuple[Party, ...]) -> Counter[str]:
    """How often each Party is named in a text (a longer name hides the shorter one inside it)."""
    found: Counter[str] = Counter()
    taken: list[tuple[int, int]] = []
    for pattern, code, _ in _name_patterns(parties):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            found[code] += 1
    return found


def cities_in(text: str, directory: PartyDirectory) -> Counter[str]:
    folded = fold(text)
    found: Counter[str] = Counter()
    for pattern, code in _city_patterns(tuple(sorted(directory.cities.items()))):
        found[code] += len(pattern.findall(folded))
    return +found


def _first_party(text: str, directory: PartyDirectory) -> str | None:
    named = names_in(text, directory.parties)
    if not named:
        return None
    # The first one named in the phrase ("Mission of Peru to the UN in Geneva" names Peru first).
    positions = []
    for pattern, code, _ in _name_patterns(directory.parties):
        match = pattern.search(text)
        if match and code in named:
            positions.append((match.start(), code))
    return min(positions)[1] if positions else None


def acting_for(text: str, directory: PartyDirectory) -> Decision | None:
    """A mission, embassy or delegation of a Party, or someone writing on a Party's behalf."""
    for pattern, what in ((_MISSION, "mission"), (_ON_BEHALF, "on behalf of")):
        for match in pattern.finditer(text):
            code = _first_party(match.group(1), directory)
            if code:
                snippet = re.sub(r"\s+", " ", match.group(0))[:100]
                return Decision("party", code, 0.9, f"{what}: {snippet}")
    return None


def party_from_text(
    signature: str, body: str, letterheads: str, directory: PartyDirectory
) -> Decision | None:
    """The Party named in the signature (strongest), the letterhead or the body; capitals count less."""
    weighted: Counter[str] = Counter()
    evidence: dict[str, str] = {}
    for place, text, weight in (
        ("signature", signature, 3),
        ("letterhead", letterheads, 2),
        ("body", body, 1),
    ):
        for code, count in names_in(text, directory.parties).items():
            weighted[code] += weight * count
            evidence.setdefault(code, place)
        if place != "body":
            for code, count in cities_in(text, directory).items():
                weighted[code] += count
                evidence.setdefault(code, f"{place} (city)")
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


def _unknown(domain: str, flags: tuple[str, ...]) -> Decision:
    return Decision(
        "party",
        None,
        0.0,
        f"sender domain {domain or 'none'} names no Party",
        flags=(*flags, "party_unknown"),
    )


def identify_party(
    sender: str,
    body: str,
    letterheads: str,
    forwarded_senders: Sequence[str],
    directory: PartyDirectory | None = None,
) -> Decision:
    """Decide the sending Party; flag a personal address or a sender no Party can be told for."""
    directory = directory or default_directory()
    domain = sender.rpartition("@")[2].lower().strip(".")
    government = _government_domain(domain, directory) if domain else None
    if government is not None:
        return government
    acting = acting_for(f"{body}\n{letterheads}", directory)
    if acting is not None:
        return acting
    country = _country_domain(domain, directory) if domain else None
    if country is not None:
        return country
    personal = _is_listed(domain, directory.domains.personal)
    international = _is_listed(domain, directory.domains.international)
    flags = ("personal_address",) if personal else ()
    inline = [m for m in _FORWARDED_FROM.finditer(body) if m.group(1).lower() != sender.lower()]
    if inline and international:
        # Forwarded inline from the Secretariat's general mailbox: the original sender decides.
        return identify_party(
            inline[0].group(1).lower(), body[inline[0].start() :], letterheads, [], directory
        )
    forwarded_senders = [*forwarded_senders, *(m.group(1).lower() for m in inline)]
    for address in forwarded_senders:
        via = party_from_domain(address.rpartition("@")[2], directory)
        if via is not None and via.value:
            return Decision(
                "party", via.value, 0.75, f"forwarded from {address}: {via.evidence}", flags=flags
            )
    if international:
        return _unknown(domain, flags)
    signature = signature_block(body)
    if not personal and not _GOVERNMENT_BODY.search(f"{signature}\n{letterheads[:400]}"):
        # An organisation's own domain, and no government body signs: not a Party's submission.
        return _unknown(domain, flags)
    from_text = party_from_text(signature, body, letterheads, directory)
    if from_text is None:
        return _unknown(domain, flags)
    return Decision(
        "party",
        from_text.value,
        min(from_text.confidence, 0.75),
        f"{from_text.evidence} (sender domain {domain or 'none'} decides nothing)",
        flags=flags + from_text.flags,
    )
