"""Document type from the file name, the title and the first page, in English, French, Spanish."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from intake.domain import Decision

# Terms per type; each hit in the file name weighs 3, in the title lines 2, in the first page 1.
TERMS: dict[str, tuple[str, ...]] = {
    "action_plan": (
        "action plan",
        "plan of action",
        "plan d'action",
        "plan d action",
        "plan de accion",
        "plan nacional",
        "national plan",
        "plan national",
        "estrategia nacional",
        "national strategy",
        "strategie nationale",
    ),
    "protocol": ("protocol", "protocole", "protocolo"),
    "regulatory_measure": (
        "regulation",
        "regulations",
        "decree",
        "ordinance",
        "statutory instrument",
        "act no",
        "legislation",
        "law no",
        "reglement",
        "decret",
        "arrete",
        "ordonnance",
        "loi n",
        "legislation",
        "reglamento",
        "decreto",
        "ley n",
        "ley de",
        "resolucion",
        "norma oficial",
        "acuerdo ministerial",
        "legislacion",
        "regulatory",
        "reglementaire",
        "normativa",
        "regulatory measure",
        "mesure reglementaire",
        "mesures reglementaires",
        "medida reglamentaria",
        "medidas reglamentarias",
        "reglamentaria",
    ),
    "sop": (
        "standard operating procedure",
        "operating procedure",
        "sop",
        "procedure operationnelle",
        "procedures operationnelles",
        "mode operatoire",
        "procedimiento operativo",
        "procedimientos operativos",
        "procedimiento normalizado",
        "pon",
        "poe",
    ),
    "species_guidance": (
        "guidance",
        "guidelines",
        "husbandry",
        "care manual",
        "species guide",
        "identification guide",
        "lignes directrices",
        "orientations",
        "guide d'identification",
        "fiche espece",
        "directrices",
        "guia de manejo",
        "guia para",
        "manual de manejo",
        "manejo de la especie",
        "ficha de especie",
    ),
    "contract": (
        "contract",
        "agreement",
        "memorandum of understanding",
        "mou",
        "contrat",
        "convention de",
        "accord de",
        "contrato",
        "convenio",
        "acuerdo de",
        "terms and conditions",
    ),
    "network_resources": (
        "rescue centre",
        "rescue centres",
        "rescue center",
        "rescue centers",
        "sanctuaries",
        "directory",
        "network",
        "list of centres",
        "list of facilities",
        "centre de sauvetage",
        "centres de sauvetage",
        "centres de soins",
        "reseau",
        "liste des",
        "centro de rescate",
        "centros de rescate",
        "red de",
        "directorio",
        "lista de",
        "refugios",
    ),
    "cover_letter": (
        "cover letter",
        "covering letter",
        "letter",
        "lettre",
        "courrier",
        "carta",
        "oficio",
        "note verbale",
        "nota verbal",
    ),
}

_SALUTATION = re.compile(
    r"^\s*(dear|madam|sir|madame|monsieur|estimad[oa]s?|se[nñ]or[a]?)\b",
    re.IGNORECASE | re.MULTILINE,
)


def fold(text: str) -> str:
    """Lower case without accents, apostrophes unified, for matching in three languages."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _count(term: str, text: str) -> int:
    return len(re.findall(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", text))


def _title_lines(text: str, lines: int = 6) -> str:
    return "\n".join([line for line in text.splitlines() if line.strip()][:lines])


def classify_doc_type(
    filename: str, first_page: str, title: str = "", requested: Sequence[str] = ()
) -> Decision:
    """The most likely type, with the terms that decided it; 'other' when nothing matches.

    `requested` is the call's list of document types: a type the call did not ask for wins only
    on strong evidence, since a passing word ("acuerdo de colaboración") is not a contract.
    """
    name = fold(re.sub(r"[_\-.]+", " ", filename))
    head = fold(title + "\n" + _title_lines(first_page))
    page = fold(first_page[:6000])
    scores: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}
    for doc_type, terms in TERMS.items():
        for term in terms:
            weight = (
                3 * _count(term, name) + 2 * min(_count(term, head), 2) + min(_count(term, page), 3)
            )
            if weight:
                scores[doc_type] = scores.get(doc_type, 0) + weight
                evidence.setdefault(doc_type, []).append(term)
    if _SALUTATION.search(first_page[:600]) and len(first_page) < 4000:
        scores["cover_letter"] = scores.get("cover_letter", 0) + 3
        evidence.setdefault("cover_letter", []).append("salutation")
    if not scores:
        return Decision(
            "doc_type",
            "other",
            0.4,
            "no type term in name, title or first page",
            flags=("doc_type_unknown",),
        )
    if requested:
        for doc_type in list(scores):
            if doc_type not in requested and scores[doc_type] < 4:
                del scores[doc_type]
        if not scores:
            return Decision(
                "doc_type", "other", 0.5, "only weak terms of types the call did not ask for"
            )
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    margin = (score - runner_up) / score
    confidence = round(min(0.95, 0.5 + 0.05 * score) * (0.6 + 0.4 * margin), 3)
    return Decision("doc_type", best, confidence, "terms: " + ", ".join(evidence[best][:4]))
