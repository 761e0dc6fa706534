"""Confidentiality per document, from what the Party wrote and what the documents are marked.

Parties state their rules in free text, often for some attachments only ("the action plan may be
published; the contract is confidential"). Each clause gets a polarity (confidential or public,
negation resolved) and a scope (a named file, a document type, the annex, forwarded files, or all
of them). The most specific statement about a document decides it; a marking inside the document
(CONFIDENTIAL, USAGE INTERNE, ...) makes it confidential; disagreement decides confidential and is
flagged. Where nothing is said, the call's default applies and the document is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from classifiers.doc_type import fold
from intake.domain import Decision

CONFIDENTIAL, PUBLIC = "true", "false"

# Phrases read on folded text (lower case, no accents). Negated "publish" phrases are listed as
# confidential so that they are matched before the plain "publish" ones.
_CONF_PHRASES = (
    r"not (?:be |to be )?(?:made )?public(?:ly)?(?: available)?",
    r"not (?:to )?be published",
    r"(?:should|must|may|can|could|shall|will) not be (?:published|made public|shared|disclosed)",
    r"cannot be (?:published|made public|shared|disclosed)",
    r"not for (?:publication|public)",
    r"do not (?:publish|share|disclose|circulate)",
    r"confidential(?:ity)?",
    r"restricted",
    r"internal use",
    r"official use only",
    r"limited access",
    r"not (?:be )?disclosed",
    r"sensitive",
    r"private",
    r"ne (?:doit|doivent|peut|peuvent|devrait|devraient|saurait) (?:pas|en aucun cas) etre "
    r"(?:publie|publies|publiee|publiees|rendu public|rendus publics|diffuse|diffuses|divulgue)",
    r"ne pas (?:etre )?(?:publier|publie|diffuser|divulguer|rendre public)",
    r"non publiable",
    r"pas (?:etre )?publie",
    r"confidentiel(?:le)?s?",
    r"restreinte?s?",
    r"usage interne",
    r"diffusion restreinte",
    r"acces (?:limite|restreint)",
    r"prive(?:e)?s?",
    r"no (?:debe|deben|puede|pueden|podra|podran|deberia|deberian) (?:ser )?"
    r"(?:publicad[oa]s?|publicarse|hacerse public[oa]s?|difundi(?:do|da|dos|das|rse)|divulgarse)",
    r"no (?:se )?(?:publique|publiquen|publicar|difundir|divulgar)",
    r"confidencial(?:es)?",
    r"restringid[oa]s?",
    r"uso interno",
    r"acceso (?:limitado|restringido)",
    r"reservad[oa]s?",
    r"privad[oa]s?",
    r"sensibles?",
)
_PUBLIC_PHRASES = (
    r"(?:may|can|could|shall|will) be (?:published|made public|made publicly available|shared|"
    r"posted|disclosed|included)",
    r"publish(?:ed)?",
    r"public(?:ly)?(?: available)?",
    r"no restrictions?",
    r"without restrictions?",
    r"freely",
    r"(?:peut|peuvent|pourra|pourront) etre (?:publie|publies|publiee|publiees|rendu public|"
    r"rendus publics|diffuse|diffuses|partage|partages|mis en ligne)",
    r"publiable?s?",
    r"publique?s?",
    r"sans restriction",
    r"librement",
    r"diffusion libre",
    r"(?:puede|pueden|podra|podran) (?:ser )?(?:publicad[oa]s?|publicarse|hacerse public[oa]s?|"
    r"difundi(?:do|da|dos|das|rse)|compartirse|compartid[oa]s?)",
    r"publicarse",
    r"public[oa]s?",
    r"sin restricci[oó]n(?:es)?",
    r"libremente",
    r"de dominio publico",
)
_NEGATORS = re.compile(
    r"\b(?:not|no|none|nothing|neither|nor|never|n't|non|ne|pas|aucun|aucune|rien|ni|jamais|"
    r"ningun|ninguna|ninguno|nada|ni|nunca|sin)\b"
)
_ELLIPSIS = re.compile(
    r"^(?:but |mais |pero |and |et |y )?(?:not |pas |no )?(?:the |le |la |les |l'|el |los |las )?"
    r"(?P<subject>.{2,60}?)(?: does not| do not| not| non| no| pas| ne l'est pas| tampoco)\s*$"
)
_EXCEPT = re.compile(
    r"\b(?:except(?: for)?|apart from|other than|but not|with the exception of|sauf|excepte|"
    r"a l'exception (?:de|du|des)|hormis|mais pas|excepto|salvo|menos|con excepcion de|"
    r"a excepcion de|pero no)\b"
)
_ALL = re.compile(
    r"\b(?:all|every(?:thing)?|entire|whole|any|these documents|the documents|the attached|"
    r"attachments?|this submission|our submission|the information|the material|documentation|"
    r"nothing|none|tous|toutes|tout|l'ensemble|les documents|ces documents|pieces jointes|"
    r"ci-joints?|aucun|aucune|rien|cette soumission|informations?|todos|todas|todo|"
    r"los documentos|estos documentos|adjuntos?|anexos adjuntos|ningun|ninguno|ninguna|nada|"
    r"la informacion|esta presentacion|este envio)\b"
)
_ANNEX = re.compile(r"\b(?:annex(?:es)?|annexe?s?|anexos?|appendix|appendices|apendices?)\b")
_FORWARDED = re.compile(
    r"\b(?:forwarded|below|transferee?s?|ci-dessous|reenviad[oa]s?|a continuacion|mas abajo)\b"
)
TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "contract": (
        "contracts?",
        "agreements?",
        "contrats?",
        "conventions?",
        "accords?",
        "contratos?",
        "convenios?",
        "acuerdos?",
        "mou",
    ),
    "action_plan": (
        "action plans?",
        "plans? d'action",
        "planes? de accion",
        "plans? nationa(?:l|ux)",
        "plan nacional",
    ),
    "protocol": ("protocols?", "protocoles?", "protocolos?"),
    "sop": (
        "sops?",
        "standard operating procedures?",
        "operating procedures?",
        "procedures?",
        "procedimientos?",
        "procedures? operationnelles?",
        "mode operatoire",
    ),
    "species_guidance": (
        "guidance",
        "guidelines",
        "guides?",
        "lignes directrices",
        "orientations",
        "directrices",
        "guias?",
        "manual(?:es)?",
    ),
    "network_resources": (
        "lists?",
        "listes?",
        "listas?",
        "directory",
        "directories",
        "repertoires?",
        "directorios?",
        "networks?",
        "reseaux?",
        "redes",
    ),
    "regulatory_measure": (
        "regulations?",
        "decrees?",
        "laws?",
        "legislation",
        "reglements?",
        "decrets?",
        "lois?",
        "arretes?",
        "reglamentos?",
        "decretos?",
        "leyes",
        "ley",
        "legislacion",
        "normas?",
    ),
    "cover_letter": ("cover(?:ing)? letter", "letters?", "lettres?", "cartas?", "oficios?"),
}
_CONF_RE = re.compile("|".join(rf"\b{p}\b" for p in _CONF_PHRASES))
_PUBLIC_RE = re.compile("|".join(rf"\b{p}\b" for p in _PUBLIC_PHRASES))
_TYPE_RES = [
    (re.compile(r"\b(?:" + "|".join(terms) + r")\b"), t) for t, terms in TYPE_WORDS.items()
]
_MARKINGS = re.compile(
    r"\b(?:STRICTLY CONFIDENTIAL|CONFIDENTIAL|CONFIDENTIEL(?:LE)?|CONFIDENCIAL|RESTRICTED|"
    r"RESTREINT|DIFFUSION RESTREINTE|NOT FOR PUBLICATION|FOR OFFICIAL USE ONLY|RESERVADO)\b|"
    r"(?i:\b(?:for internal use only|internal use only|usage interne|uso interno|"
    r"ne pas diffuser|no difundir|strictement confidentiel|estrictamente confidencial)\b)"
)
_MARKING_NEGATED = re.compile(
    r"(?i:\b(?:not|non|no|un)[ -]?(?:confidential|confidentiel|confidencial|"
    r"restricted|classified))"
)


@dataclass(frozen=True)
class DocumentFacts:
    """What the confidentiality decision needs to know about one document."""

    filename: str
    doc_type: str
    origin: str
    margins: str  # headers, footers and the top of the first page


@dataclass(frozen=True)
class _Signal:
    polarity: str
    specificity: int
    evidence: str


def _sentences(text: str) -> list[str]:
    text = re.sub(r"^>.*$", "", text, flags=re.MULTILINE)
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-ÝÑ¿¡\"'(])|[\n\r]{2,}|(?<=[.!?])\s*$", text)
    sentences: list[str] = []
    for part in parts:
        part = re.sub(r"\s+", " ", part or "").strip()
        if part:
            sentences.extend(s.strip() for s in re.split(r"\s*;\s*|\s*\n\s*", part) if s.strip())
    return sentences


def _clauses(sentence: str) -> list[str]:
    folded = fold(sentence)
    pieces = re.split(
        r",\s*(?:but|mais|pero|whereas|while|tandis que|mientras que|sin embargo)\s+|"
        r"\s+(?:but|mais|pero|whereas|tandis que|mientras que)\s+|,\s+",
        folded,
    )
    return [p.strip() for p in pieces if p and p.strip()]


def _polarity(clause: str) -> str | None:
    conf_spans = [m.span() for m in _CONF_RE.finditer(clause)]
    public = [
        m for m in _PUBLIC_RE.finditer(clause) if not any(s <= m.start() < e for s, e in conf_spans)
    ]
    polarity: str | None = None
    for start, _ in conf_spans:
        window = clause[max(0, start - 40) : start]
        negated = bool(_NEGATORS.search(window)) and not re.search(
            r"\bnot? (?:be |to be )?$", window
        )
        phrase = clause[start:]
        if phrase.startswith(("not ", "ne ", "no ", "cannot", "do not", "should not", "must not")):
            negated = False
        return PUBLIC if negated and _is_simple_negation(window) else CONFIDENTIAL
    for match in public:
        window = clause[max(0, match.start() - 30) : match.start()]
        if re.search(r"\b(?:not|no|ne|pas|non|never|jamais|nunca)\b[^,]*$", window):
            return CONFIDENTIAL
        polarity = PUBLIC
    return polarity


def _is_simple_negation(window: str) -> bool:
    """'is not confidential', 'nothing ... confidential', 'n'est pas confidentiel'."""
    return bool(
        re.search(
            r"(?:\bnot\b|\bnone\b|\bnothing\b|\bno\b|\bnon\b|\bpas\b|\baucune?\b|\brien\b|"
            r"\bningun[oa]?\b|\bnada\b|\bsin\b|\bni\b)[^.;]*$",
            window,
        )
    )


def _stem(filename: str) -> str:
    stem = fold(filename.rsplit(".", 1)[0])
    return re.sub(r"[\s_\-.]+", " ", stem).strip()


def _scope(clause: str, docs: Sequence[DocumentFacts]) -> tuple[list[int], int, str]:
    """Indices of the documents a clause speaks of, how specific it is, and why."""
    normalised = re.sub(r"[\s_\-]+", " ", clause)
    named = [
        i
        for i, d in enumerate(docs)
        if len(_stem(d.filename)) >= 4
        and (_stem(d.filename) in normalised or fold(d.filename) in clause)
    ]
    if named:
        return named, 3, "file named"
    types = {t for pattern, t in _TYPE_RES if pattern.search(clause)}
    if _ANNEX.search(clause):
        annexed = [
            i for i, d in enumerate(docs) if _ANNEX.search(fold(d.filename + " " + d.margins[:200]))
        ]
        if annexed:
            return annexed, 2, "the annex"
    if _FORWARDED.search(clause):
        forwarded = [i for i, d in enumerate(docs) if d.origin == "forwarded"]
        if forwarded:
            return forwarded, 2, "forwarded files"
    if types:
        typed = [i for i, d in enumerate(docs) if d.doc_type in types]
        return typed, 2, "type " + "/".join(sorted(types))
    if _ALL.search(clause):
        return list(range(len(docs))), 1, "all documents"
    return list(range(len(docs))), 0, "no scope named"


def statement_signals(text: str, docs: Sequence[DocumentFacts]) -> dict[int, list[_Signal]]:
    """Signals from the message's own words, per document index."""
    signals: dict[int, list[_Signal]] = {i: [] for i in range(len(docs))}
    for sentence in _sentences(text):
        previous: str | None = None
        for clause in _clauses(sentence):
            polarity = _polarity(clause)
            exception = _EXCEPT.search(clause)
            main, excepted = clause, ""
            if exception is not None:
                main, excepted = clause[: exception.start()], clause[exception.end() :]
            if polarity is None and previous is not None and _ELLIPSIS.match(clause):
                polarity = PUBLIC if previous == CONFIDENTIAL else CONFIDENTIAL
            if polarity is None:
                continue
            indices, specificity, why = _scope(main, docs)
            evidence = f'"{sentence[:200]}" ({why})'
            for i in indices:
                signals[i].append(_Signal(polarity, specificity, evidence))
            if excepted:
                other = PUBLIC if polarity == CONFIDENTIAL else CONFIDENTIAL
                ex_indices, ex_spec, ex_why = _scope(excepted, docs)
                if ex_spec >= 2:
                    for i in ex_indices:
                        signals[i].append(
                            _Signal(other, ex_spec + 1, f'"{sentence[:200]}" (except {ex_why})')
                        )
            previous = polarity
    return signals


def marking(margins: str) -> str | None:
    """The confidentiality marking printed in a document's header, footer or first page."""
    for match in _MARKINGS.finditer(margins[:3000]):
        before = margins[max(0, match.start() - 6) : match.end()]
        if not _MARKING_NEGATED.search(before):
            return match.group(0)
    return None


def decide_confidentiality(
    statements: str,
    docs: Sequence[DocumentFacts],
    default_confidential_types: Sequence[str],
) -> list[Decision]:
    """One decision per document ('true' = confidential), with its evidence."""
    signals = statement_signals(statements, docs)
    decisions = []
    for i, doc in enumerate(docs):
        mark = marking(doc.margins)
        found = signals[i]
        if found:
            top = max(s.specificity for s in found)
            best = [s for s in found if s.specificity == top]
            polarities = {s.polarity for s in best}
            if len(polarities) > 1:
                evidence = " / ".join(s.evidence for s in best)[:500]
                decisions.append(
                    Decision(
                        "confidential",
                        CONFIDENTIAL,
                        0.5,
                        "conflicting statements: " + evidence,
                        flags=("confidentiality_conflict",),
                    )
                )
                continue
            polarity = best[0].polarity
            if mark and polarity == PUBLIC:
                decisions.append(
                    Decision(
                        "confidential",
                        CONFIDENTIAL,
                        0.6,
                        f"marked {mark!r} in the document, but {best[0].evidence}",
                        flags=("confidentiality_conflict",),
                    )
                )
                continue
            confidence = {3: 0.97, 2: 0.93, 1: 0.9, 0: 0.75}.get(top, 0.95)
            flags = ("confidentiality_unscoped",) if top == 0 and len(docs) > 1 else ()
            decisions.append(
                Decision("confidential", polarity, confidence, best[0].evidence, flags)
            )
            continue
        if mark:
            decisions.append(
                Decision("confidential", CONFIDENTIAL, 0.9, f"marked {mark!r} in the document")
            )
            continue
        default = CONFIDENTIAL if doc.doc_type in default_confidential_types else PUBLIC
        decisions.append(
            Decision(
                "confidential",
                default,
                0.6,
                f"nothing stated; the call's default for {doc.doc_type}",
                flags=("confidentiality_default",),
            )
        )
    return decisions
