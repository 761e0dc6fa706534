"""Species and genera named in a document: "Psittacus erithacus", "P. erithacus", "Manis spp.".

Notification 2021/008 asks for species- and genus-specific guidance, so the Secretariat needs to
find every document about a genus. A Latin name is a known genus (config/genera.txt) followed by
a lower-case epithet, or "spp."; an abbreviated genus ("P. erithacus") counts once the full genus
has appeared; a genus the list does not know counts when the binomial stands in parentheses, as
documents write it after a common name ("Temminck's ground pangolin (Smutsia temminckii)").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_EPITHET = r"[a-z][a-z-]{2,30}"
# Words after a genus that are not epithets ("Python and", "Ara de").
_NOT_EPITHETS = {
    "and",
    "are",
    "the",
    "for",
    "with",
    "was",
    "were",
    "has",
    "have",
    "from",
    "that",
    "this",
    "les",
    "des",
    "est",
    "sont",
    "par",
    "pour",
    "avec",
    "dans",
    "los",
    "las",
    "del",
    "con",
    "por",
    "para",
    "una",
    "uno",
    "que",
    "species",
    "genus",
    "spp",
    "not",
    "also",
    "can",
    "may",
    "will",
}  # fmt: skip
# Words of the working languages that follow a genus name used as a common noun ("Boa sections").
_VERNACULAR = re.compile(
    r"(?:tions?|sions?|ments?|ings?|ness|ities|ites|ite|idad(?:es)?|cion(?:es)?|ers|ors)$"
)
_LATIN_ENDING = re.compile(r"(?:us|a|um|is|i|ae|ii|ensis|oides|ops|ax|ix|ex|ys|or|er|es|on|x)$")


@dataclass(frozen=True)
class SpeciesMention:
    """A Latin name in a text: a binomial, or a genus with spp."""

    name: str
    genus: str
    count: int


@lru_cache(maxsize=1)
def known_genera() -> frozenset[str]:
    text = resources.files("config").joinpath("genera.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def find_species(text: str) -> list[SpeciesMention]:
    """The species and genera a text names, most mentioned first."""
    genera = known_genera()
    found: Counter[tuple[str, str]] = Counter()
    seen_genera: dict[str, str] = {}
    for match in re.finditer(rf"\b([A-Z][a-z]{{2,30}})\s+(spp?\.|{_EPITHET})(?![\w-])", text):
        genus, epithet = match.groups()
        if genus not in genera or epithet in _NOT_EPITHETS or _VERNACULAR.search(epithet):
            continue
        name = (
            f"{genus} spp."
            if epithet.startswith("sp") and epithet.endswith(".")
            else f"{genus} {epithet}"
        )
        found[(name, genus)] += 1
        seen_genera[genus[0]] = genus
    for match in re.finditer(rf"\(([A-Z][a-z]{{3,30}})\s+({_EPITHET})\)", text):
        genus, epithet = match.groups()
        if genus not in genera and _LATIN_ENDING.search(genus) and _LATIN_ENDING.search(epithet):
            found[(f"{genus} {epithet}", genus)] += 1
            seen_genera[genus[0]] = genus
    for match in re.finditer(rf"\b([A-Z])\.\s?({_EPITHET})(?![\w-])", text):
        initial, epithet = match.groups()
        # "P. erithacus": the genus already written in full with that epithet, else the last
        # genus of that initial.
        genus = next(
            (g for (_, g) in found if g[0] == initial and (f"{g} {epithet}", g) in found), None
        )
        genus = genus or seen_genera.get(initial)
        if genus and epithet not in _NOT_EPITHETS and _LATIN_ENDING.search(epithet):
            found[(f"{genus} {epithet}", genus)] += 1
    return [SpeciesMention(name, genus, count) for (name, genus), count in found.most_common()]
