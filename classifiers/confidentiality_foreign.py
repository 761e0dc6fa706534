"""Notes in the Party's own message written in a language intake does not read.

A P.S. in Afrikaans, Swahili or German ("Moet asseblief nie die lys ... publiseer nie") may be the
one restriction in the message. The rules and the learned reader know English, French and
Spanish only, so such a note is not read: the documents it could speak of are held for review.
A sentence is such a note when most of its words are not in the learned reader's vocabulary of
the three languages (about 5,000 words and their stems, learned from confidentiality sentences).
Short language detection was tried first and dropped: lingua called "As before, the Landsbesluit
is public." Dutch and a Swahili P.S. Indonesian, with confidence.
"""

from __future__ import annotations

import re

from classifiers import confidentiality_lexicon as lex
from classifiers.confidentiality_learned import knows
from classifiers.confidentiality_lexicon import fold_for_rules
from classifiers.statements import sentences_of

MIN_WORDS = 5  # words in lower case: a name, an address or a closing line has fewer
MAX_KNOWN = 0.5  # a note in English, French or Spanish has most of its words known
# A note that mixes languages ("rescue volunteers wali list ko public mat karna please") keeps
# the English words of its subject: it is unread when it speaks of publication and a good part
# of its words are unknown.
MIXED_UNKNOWN = 4
MAX_KNOWN_MIXED = 0.7
_WORD = re.compile(r"[^\W\d_]{2,}")
# Lines that are not notes: addresses, phone numbers, links, e-mail headers, the items of a list
# of documents ("- husbandry guidance on juvenile humphead wrasse;")
_NOT_A_NOTE = re.compile(
    r"@|https?:|www\.|\+?\d[\d ()-]{6,}|^\s*(?:>|\w+\s*:\s*$|[-*•–—]|\(?(?:\d{1,2}|[a-h])[.)])"
)

_ABOUT_PUBLICATION = re.compile(
    rf"{lex.PUBLISH.pattern}|{lex.RESTRICT.pattern}|{lex.PERMIT.pattern}|\b(?:public|web|online|website|internet)\b"
    # French-based creoles (Haiti, the Antilles, Mauritius): "pa ka alé asi entènèt"
    r"|\b(?:ent[e]?net|int[e]?n[e]?t|piblik|pibliye|konfidansy[e]l|sekr[e]t)\b"
)


def unread_notes(text: str) -> list[str]:
    """The sentences of `text` written in a language other than English, French and Spanish."""
    found = []
    for line in text.splitlines():
        if _NOT_A_NOTE.search(line):
            continue
        for sentence in sentences_of(line):
            words = _WORD.findall(sentence)
            # a note is written in words, not in names: "Dayang Siti Aisah binti Haji Mohd
            # Yusof", "Kind regards / Med venlig hilsen", "Agentschap voor Natuur en Bos"
            lower = [fold_for_rules(w) for w in words if w[0].islower()]
            if len(lower) < MIN_WORDS or len(lower) < len(words) - len(lower):
                continue
            known = sum(map(knows, lower))
            if known <= MAX_KNOWN * len(lower) or (
                len(lower) - known >= MIXED_UNKNOWN
                and known <= MAX_KNOWN_MIXED * len(lower)
                and _ABOUT_PUBLICATION.search(fold_for_rules(sentence))
            ):
                found.append(sentence.strip())
    return found
