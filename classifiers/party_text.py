"""What a message's words say about the sending Party: names, capitals, regions, postal addresses.

Evidence is weighed by where it is (signature and letterhead count more than the body) and how
it is used: a country named as where animals came from or went to ("procedentes de Marruecos",
"à la frontière avec le Congo") says little about the sender; a person's name that is also a
country ("Israel Mendoza", "Mali Srisuk") says nothing; a non-Party ("Republic of South Sudan",
Haiti) is evidence for no Party at all.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from classifiers.doc_type import fold
from classifiers.party_list import Party

NO_PARTY = "-"  # the code counted for a country that is not a Party

NON_PARTIES = (
    "South Sudan", "Soudan du Sud", "Sudán del Sur", "Republic of South Sudan", "Haiti", "Haïti", "Haití",
    "Timor-Leste", "East Timor", "Tuvalu", "Kiribati", "Nauru", "Marshall Islands", "Îles Marshall",
    "Islas Marshall", "Micronesia", "Democratic People's Republic of Korea", "North Korea", "Taiwan", "Kosovo",
    "State of Palestine", "Palestine", "Western Sahara",
)  # fmt: skip
_ELSEWHERE = re.compile(
    r"(?:from|to|into|towards|destined for|bound for|border with|borders? of|smuggled from|imported from|"
    r"exported to|originating in|frontière avec|frontieres? avec|en provenance d[eu]|provenant d[eu]|venant d[eu]|"
    r"à destination d[eu]|a destination d[eu]|vers|depuis|originaires? d[eu]|frontera con|procedentes? de|"
    r"provenientes? de|con destino a|hacia|desde|originari[oa]s? de|rumbo a|aus|nach|com destino a|de origem)"
    r"\s+(?:the\s+|la\s+|le\s+|l'|el\s+|les\s+|los\s+|las\s+|del\s+|du\s+|des\s+)?$",
    re.IGNORECASE,
)  # fmt: skip
_PERSON_LINE = re.compile(
    r"^(?:(?:dr|mr|mrs|ms|mme|m|sr|sra|dra|lic|ing|sgto|cap|lt|isp|prof)\.?\s+)*"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3}(?:,\s*(?:DVM|PhD|MSc|Dr\.?))?\s*$"
)  # fmt: skip
_GOVERNMENT_WORDS = re.compile(
    r"minist|department|departement|departamento|direction|direcci|authority|autorit|service|servicio|"
    r"agency|agence|agencia|office|oficina|division|division|secretar|government|gouvern|gobierno|mission|embassy",
    re.IGNORECASE,
)  # fmt: skip
_US_ADDRESS = re.compile(
    r"\b(?:A[LKZR]|C[AOT]|DE|DC|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|"
    r"V[TA]|W[AVIY])\s+\d{5}(?:-\d{4})?\b"
)  # fmt: skip
_CA_POSTCODE = re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b")
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b")


@dataclass(frozen=True)
class Places:
    """Cities, regions and scripts that name a Party (config/cities.toml)."""

    cities: Mapping[str, tuple[str, ...]]
    regions: Mapping[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def load_places() -> Places:
    data = tomllib.loads(
        resources.files("config").joinpath("cities.toml").read_text(encoding="utf-8")
    )
    cities = {code: tuple(names) for code, names in data.get("cities", {}).items()}
    for code, names in data.get("cyrillic", {}).items():
        cities[code] = (*cities.get(code, ()), *names)
    return Places(cities, {code: tuple(names) for code, names in data.get("regions", {}).items()})


@lru_cache(maxsize=4)
def _name_patterns(parties: tuple[Party, ...]) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    patterns = [
        (re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])", re.IGNORECASE), NO_PARTY, n)
        for n in NON_PARTIES
    ]
    for party in parties:
        for name in {*party.names.values(), *party.variants}:
            if len(name) < 4 and not name.isupper():
                continue
            flags = 0 if name.isupper() else re.IGNORECASE
            patterns.append(
                (re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", flags), party.code, name)
            )
    # Longer names first: "Papua New Guinea" before "Guinea", "South Sudan" before "Sudan".
    patterns.sort(key=lambda p: len(p[2]), reverse=True)
    return tuple(patterns)


@lru_cache(maxsize=4)
def _place_patterns(
    places: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(rf"(?<![\w-]){re.escape(fold(name))}(?![\w-])"), code)
        for code, names in places
        for name in names
    )


def _skip_person_lines(text: str) -> str:
    """A signature's name line is a person ("Israel Mendoza Cruz"), not a country."""
    kept = []
    for line in text.splitlines():
        stripped = line.strip()
        if (
            _PERSON_LINE.match(stripped)
            and not _GOVERNMENT_WORDS.search(stripped)
            and len(stripped) < 45
        ):
            continue
        kept.append(line)
    return "\n".join(kept)


def names_in(text: str, parties: tuple[Party, ...], weigh_context: bool = False) -> Counter[str]:
    """How strongly each Party (or NO_PARTY) is named in a text."""
    found: Counter[str] = Counter()
    taken: list[tuple[int, int]] = []
    for pattern, code, _ in _name_patterns(parties):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            before = text[max(0, match.start() - 40) : match.start()]
            found[code] += 1 if not (weigh_context and _ELSEWHERE.search(before)) else 0
    return +found


def places_in(text: str, places: Places) -> Counter[str]:
    folded = fold(text)
    found: Counter[str] = Counter()
    for table in (places.cities, places.regions):
        for pattern, code in _place_patterns(tuple(sorted(table.items()))):
            found[code] += len(pattern.findall(folded))
    if _US_ADDRESS.search(text):
        found["US"] += 2
    if _CA_POSTCODE.search(text):
        found["CA"] += 2
    if _UK_POSTCODE.search(text):
        found["GB"] += 2
    return +found


def address_country(text: str) -> str | None:
    """A country a postal address in the text proves (a US state and ZIP code, for example)."""
    if _US_ADDRESS.search(text):
        return "US"
    return None


@dataclass(frozen=True)
class TextEvidence:
    scores: Counter[str]
    where: dict[str, str]


def weigh(
    signature: str,
    letterhead: str,
    body: str,
    local_part: str,
    parties: tuple[Party, ...],
    places: Places,
) -> TextEvidence:
    """Scores per Party from each place in the message, strongest places first."""
    scores: Counter[str] = Counter()
    where: dict[str, str] = {}
    signature = _skip_person_lines(signature)
    for place, text, name_weight, place_weight in (
        ("signature", signature, 3, 2),
        ("letterhead", letterhead, 2, 2),
        ("body", body, 1, 0),
        ("address", local_part.replace(".", " ").replace("_", " "), 0, 1),
    ):
        for code, count in names_in(
            text, parties, weigh_context=place in ("body", "signature")
        ).items():
            scores[code] += name_weight * count
            where.setdefault(code, place)
        if place_weight:
            for code, count in places_in(text, places).items():
                scores[code] += place_weight * count
                where.setdefault(code, f"{place} (place)")
    # "Georgia Department of Natural Resources, Brunswick, GA 31520" is the US state.
    if address_country(signature) == "US" and "GE" in scores:
        del scores["GE"]
    return TextEvidence(+scores, where)
