"""Documents the message says hold personal data ("the list gives the keepers' home addresses",
"le fichier contient des données personnelles"): made public by a statement, they are still held
for a reviewer, since publishing personal data cannot be undone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from classifiers.confidentiality_lexicon import compile_any, fold_for_rules
from classifiers.confidentiality_scope import TYPED, DocumentFacts, Reading, scope
from classifiers.statements import sentences_of

PERSONAL_DATA = compile_any([
    r"personal (?:data|details|information)", r"(?:home|private|personal) (?:addresses|address|phone|telephone)",
    r"(?:names|name) and (?:home )?(?:addresses|contact details|phone numbers|telephone numbers)",
    r"private (?:individuals|persons|keepers|owners|holders)", r"identity (?:card|document) numbers",
    r"donnees (?:personnelles|a caractere personnel|nominatives)", r"informations? (?:personnelles|nominatives)",
    r"(?:adresses?|telephones?) (?:personnel(?:le)?s?|privee?s?|du domicile)", r"noms et (?:adresses|coordonnees|telephones)",
    r"(?:particuliers|personnes privees|detenteurs prives|proprietaires prives)", r"liste nominative",
    r"datos (?:personales|de caracter personal)", r"informacion personal", r"(?:domicilios|direcciones particulares|telefonos particulares)",
    r"nombres y (?:direcciones|domicilios|datos de contacto|telefonos)", r"(?:personas particulares|tenedores particulares|propietarios particulares)",
    r"numeros? de (?:cedula|documento de identidad|dni)",
])  # fmt: skip
# "no personal data", "anonymised", "sans données personnelles": said to hold none.
_NONE_HELD = re.compile(
    r"\b(?:no|not|without|free of|any|ni|sans|aucune?s?|pas de|sin|ningun(?:a|o)?s?|ni siquiera|"
    r"anonymi[sz]ed|anonymises?|anonimizad[oa]s?)\b[^.;]{0,40}$"
)


def says_none_held(folded: str) -> bool:
    """Whether a folded sentence says something holds no personal data ("the list contains no
    personal data", "anonymised and holds no home addresses")."""
    return any(_NONE_HELD.search(folded[: m.start()]) for m in PERSONAL_DATA.finditer(folded))


def personal_data_documents(text: str, docs: Sequence[DocumentFacts]) -> set[int]:
    """The documents a sentence of the message says hold personal data (named in that sentence,
    or the only document attached)."""
    held: set[int] = set()
    for sentence in sentences_of(text):
        folded = fold_for_rules(sentence)
        for match in PERSONAL_DATA.finditer(folded):
            if _NONE_HELD.search(folded[: match.start()]):
                continue
            indices, specificity, _ = scope(folded, sentence, docs, Reading())
            if specificity >= TYPED:
                held.update(indices)
            elif len(docs) == 1:
                held.add(0)
    return held
