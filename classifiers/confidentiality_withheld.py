"""Parts of the content a permission leaves out: "Todo se puede publicar menos los teléfonos",
"publish whatever you find useful, apart from anything that carries a signature", "Vous pouvez
publier tout ce qui n'est pas surligné en jaune".

The exception names no document, so the scope rules find nothing in it and the permission covers
every file. But a document that holds what is left out cannot be published as sent (the copy
still carries the telephones or the signatures), so:
- a document the message says holds that content ("en el procedimiento van los celulares"), a
  list of contacts when contact details are withheld, and a contract when signed papers are, are
  confidential;
- any other document the permission made public is held for a reviewer, who knows what it holds.
Highlighted passages are found through the documents' margins; when no margin shows where they
are, any document may hold them, and all are confidential.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from classifiers import confidentiality_lexicon as lex
from classifiers.confidentiality_lexicon import compile_any, fold_for_rules
from classifiers.confidentiality_scope import TYPED, DocumentFacts, Reading, scope
from classifiers.statements import sentences_of

CONTACTS = compile_any([
    r"(?:tele)?phone(?: numbers?)?s?", r"mobiles?(?: numbers?)?", r"cell(?:phone)?s?(?: numbers?)?", r"e ?mails?(?: addresses)?",
    r"(?:home |private |personal )?addresses", r"contact (?:details|numbers|data|information)", r"names? and (?:numbers|addresses)",
    r"(?:numeros? de )?telephones?", r"portables?", r"(?:adresses|courriels)(?: electroniques)?", r"coordonnees",
    r"(?:numeros? de )?telefonos?", r"celulares?", r"moviles?", r"(?:direcciones|correos)(?: electronicos)?",
    r"datos (?:de contacto|personales)", r"donnees personnelles", r"personal data",
])  # fmt: skip
SIGNATURES = compile_any([
    r"(?:anything|everything|whatever|papers?|documents?) (?:that )?(?:carr(?:y|ies)|bears?) (?:a |any )?signatures?",
    r"signed (?:papers|documents|copies|texts)", r"(?:documents?|pieces?) signee?s", r"signatures?",
    r"(?:documentos?|papeles) firmados", r"firmas?",
])  # fmt: skip
# passages the sender marked in the files: "tout ce qui n'est pas surligné en jaune"
HIGHLIGHTED = compile_any([
    r"(?:sur)?lign\w* en (?:jaune|rouge|vert|gris|couleur)", r"surlign\w*", r"highlight\w*", r"resaltad[oa]s?", r"resaltes?",
    r"(?:marked|shaded|coloured|colored) (?:in )?(?:yellow|red|green|grey|gray)", r"(?:marque|grise)e?s? en (?:jaune|rouge|vert|gris)",
    r"(?:marcad|sombread|subrayad)[oa]s? en (?:amarillo|rojo|verde|gris)", r"(?:in|en) (?:yellow|jaune|amarillo)",
])  # fmt: skip
_NEGATED = re.compile(r"(?<![a-z])(?:not|no|pas|ne|n)(?![a-z])")
# what the exception's words are: "except the phone numbers", "apart from anything that carries"
_EXCEPTION_OBJECT = re.compile(
    r"(?:\s+(?:for|of|de|del|des|du|la|le|les|los|las|el|the|any|all|tous|todos|todas)\b)*\s+"
)


CONTACT_DETAILS, SIGNED_PAPERS, HIGHLIGHTS = "contact details", "signatures", "highlighted passages"


@dataclass(frozen=True)
class Withheld:
    """What a permission leaves out, and where the message says it is."""

    sentence: str
    what: str  # CONTACT_DETAILS (telephones, addresses, personal data), SIGNED_PAPERS or HIGHLIGHTS
    holders: frozenset[int]  # documents the message says hold it


def _left_out(folded: str, kind: re.Pattern[str]) -> bool:
    """Whether an exception in the sentence is of `kind` ("except the phone numbers")."""
    for match in lex.EXCEPT.finditer(folded):
        words = _EXCEPTION_OBJECT.match(folded, match.end())
        if kind.match(folded, words.end() if words else match.end()):
            return True
    return False


def withheld_content(text: str, docs: Sequence[DocumentFacts]) -> Withheld | None:
    """The first permission in `text` that leaves out contact details or signatures, if any."""
    sentences = sentences_of(text)
    for sentence in sentences:
        folded = fold_for_rules(sentence)
        if not (lex.PUBLISH.search(folded) or lex.PERMIT.search(folded)):
            continue
        contacts = _left_out(folded, CONTACTS)
        signatures = _left_out(folded, SIGNATURES)
        marked = HIGHLIGHTED.search(folded)
        # "tout ce qui n'est pas surligné", "salvo lo resaltado", "the documents highlighted in
        # yellow are for the Secretariat's information only; the others can be published"
        if marked and (
            lex.EXCEPT.search(folded)
            or _NEGATED.search(folded[: marked.start()])
            or lex.RESTRICT.search(folded)
        ):
            shown = {i for i, d in enumerate(docs) if HIGHLIGHTED.search(fold_for_rules(d.margins))}
            marked_in = frozenset(shown or range(len(docs)))
            return Withheld(sentence.strip(), HIGHLIGHTS, marked_in)
        if not (contacts or signatures):
            continue
        kind = CONTACTS if contacts else SIGNATURES
        holders: set[int] = set()
        for other in sentences:
            other_folded = fold_for_rules(other)
            found = kind.search(other_folded)
            if other is sentence or found is None:
                continue
            # the holder is named before what it holds: "en el procedimiento van los celulares",
            # "el directorio es básicamente una lista de teléfonos"
            before = other_folded[: found.end()]
            indices, specificity, _ = scope(before, before, docs, Reading())
            if specificity >= TYPED:
                holders.update(indices)
        what = CONTACT_DETAILS if contacts else SIGNED_PAPERS
        return Withheld(sentence.strip(), what, frozenset(holders))
    return None


def holds_withheld(withheld: Withheld, index: int, doc: DocumentFacts) -> bool:
    """Whether document `index` holds what the permission leaves out, as far as the message,
    the document's type and its margins tell."""
    if index in withheld.holders:
        return True
    if withheld.what == CONTACT_DETAILS and doc.doc_type == "network_resources":
        return True
    if withheld.what == SIGNED_PAPERS:
        margins = fold_for_rules(doc.margins)
        return doc.doc_type == "contract" or bool(re.search(r"\b(?:sign|firm)\w*", margins))
    return False
