"""Confidentiality per document, from what the Party wrote and what the documents are marked.

Parties state their rules in free text, often for some attachments only. The message is read in
segments (the newest message beats the ones quoted below it), without e-mail disclaimers, clause
by clause: each clause gets a polarity (negation resolved; a permission under an unmet condition
is a restriction) and a scope (named files, positions in a list, document types, "the annex",
forwarded files, "the others", everything). For each document the most specific statement of the
newest segment decides; a restrictive marking printed in the document makes it confidential
unless the Party withdraws it; disagreement decides confidential and is flagged. Where nothing is
said, the call's default applies and the document is flagged.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from classifiers import confidentiality_lexicon as lex
from classifiers.confidentiality_lexicon import fold_for_rules
from classifiers.markings import read_marking
from classifiers.statements import (
    Segment,
    segments,
    sentences_of,
    without_disclaimers,
    without_mentions,
)
from intake.domain import Decision

CONFIDENTIAL, PUBLIC = "true", "false"
# How specific a statement is about a document; the most specific one decides.
EXCEPTION, NAMED, TYPED, ALL, UNSCOPED = 4, 3, 2, 1, 0

_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "contract": (r"contracts?", r"agreements?", r"contrats?", r"conventions?", r"accords?", r"contratos?",
                 r"convenios?", r"acuerdos?", r"mou", r"moa", r"memorand(?:um|a)", r"comodato"),
    "action_plan": (r"action plans?", r"plans? d action", r"planes? de accion", r"plans? nationa(?:l|ux)",
                    r"plan nacional", r"strateg(?:y|ie|ia)"),
    "protocol": (r"protocols?", r"protocoles?", r"protocolos?"),
    "sop": (r"sops?", r"standard operating procedures?", r"operating procedures?", r"procedures?",
            r"procedimientos?", r"procedures? operationnelles?", r"mode operatoire", r"pon", r"poe", r"pno",
            r"instructions?", r"manual de procedimientos"),
    "species_guidance": (r"guidance", r"guidelines?", r"guides?", r"lignes directrices", r"orientations",
                         r"directrices", r"guias?", r"lineamientos?", r"fiches? (?:especes?|perroquets?)",
                         r"fichas?", r"recommandations?", r"recomendaciones"),
    "network_resources": (r"lists?", r"listes?", r"listas?", r"listados?", r"directory", r"directories",
                          r"repertoires?", r"annuaires?", r"directorios?", r"networks?", r"reseaux?", r"redes",
                          r"relacion de centros"),
    "regulatory_measure": (r"regulations?", r"decrees?", r"laws?", r"legislation", r"reglements?", r"decrets?",
                           r"lois?", r"arretes?", r"ordonnances?", r"reglamentos?", r"decretos?", r"leyes",
                           r"ley", r"legislacion", r"resolucion(?:es)?", r"policy"),
    "cover_letter": (r"cover(?:ing)? letter", r"letters?", r"lettres?", r"cartas?", r"oficios?", r"courriers?"),
}  # fmt: skip
_TYPE_RES = {t: lex.compile_any(words) for t, words in _TYPE_WORDS.items()}
_ALL = lex.compile_any([
    r"all", r"every(?:thing)?", r"any", r"entire", r"whole", r"these documents?", r"the documents?",
    r"documents? (?:provided|attached|submitted|sent|transmitted)", r"the attached", r"attachments?",
    r"this submission", r"our submission", r"the (?:information|material|documentation)", r"nothing", r"none",
    r"tous", r"toutes", r"tout", r"l ensemble", r"les documents", r"ces documents", r"pieces? jointes?",
    r"ci joints?", r"aucun(?:e)?", r"rien", r"cette soumission", r"(?:les |ces |des )?informations?",
    r"notre envoi", r"documents? (?:transmis|joints?)", r"todos?", r"todas?", r"toda la (?:documentacion|informacion)",
    r"los documentos", r"estos documentos", r"adjuntos?", r"ningun(?:o|a)?", r"nada", r"la informacion",
    r"la documentacion", r"esta presentacion", r"este envio", r"documentos? (?:remitid|enviad|adjunt)\w*",
    r"ambos", r"ambas", r"both", r"les deux", r"everything", r"the document", r"le document",
    r"el documento", r"the file", r"le fichier", r"el archivo",
])  # fmt: skip
_OTHERS = lex.compile_any([
    r"the others?", r"the other (?:documents?|files?|attachments?|ones?)", r"the rest", r"the remaining",
    r"all (?:the )?others?", r"les autres", r"le reste", r"les autres documents", r"el resto", r"los demas",
    r"las demas", r"lo demas", r"los otros", r"las otras", r"the remainder",
])  # fmt: skip
_ANNEX = lex.compile_any(
    [r"annex(?:es)?", r"annexes?", r"anexos?", r"appendix", r"appendices", r"apendices?"]
)
_FORWARD = lex.compile_any([r"forwarded", r"below", r"transfere(?:e|s|es)?", r"ci dessous", r"reenviad[oa]s?",
                            r"a continuacion", r"mas abajo"])  # fmt: skip
_PRONOUN = lex.compile_any([r"it", r"they", r"them", r"its", r"this", r"these", r"il", r"elle", r"ils", r"elles",
                            r"ceci", r"cela", r"les? ", r"la ", r"lo", r"los", r"las", r"esto", r"eso",
                            r"\w+r(?:lo|la|los|las)", r"\w+rse"])  # fmt: skip
_ANNEX_ID = re.compile(
    r"(?<![a-z])(?:annex(?:e|es)?|anexos?|appendix|apendice)\s+(?:n[o°º]?\s*)?([ivx]{1,4}|\d{1,2}|[a-h])(?![a-z0-9])"
)
_POSITION = re.compile(
    r"(?<![a-z])(?:documents?|docs?|items?|files?|fichiers?|pieces?|documentos?|archivos?|annex(?:es)?|"
    r"anexos?)\s*(?:n[o°º]s?\.?\s*|numbers?\s*|numeros?\s*)?(\d{1,2}(?:\s*(?:,|and|et|y|&|to|a)\s*\d{1,2})*)"
    r"|(?<![a-z])n[o°º]\s*(\d{1,2})(?![0-9])"
)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "premier": 1, "premiere": 1, "deuxieme": 2,
    "second ": 2, "troisieme": 3, "quatrieme": 4, "primer": 1, "primero": 1, "primera": 1, "segundo": 2,
    "segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4,
}  # fmt: skip
_FILENAME = re.compile(
    r"[\w()\[\]., -]{2,120}?\.(?:pdf|docx?|xlsx?|odt|ods|rtf|txt|zip|jpe?g|png|tiff?|msg|pptx?)\b",
    re.I,
)
_ELLIPSIS_END = re.compile(r"(?:^|\s)(?:not|non|no|pas|tampoco|nope)\s*[.!]?$")


@dataclass(frozen=True)
class DocumentFacts:
    """What the confidentiality decision needs to know about one document."""

    filename: str
    doc_type: str
    origin: str
    margins: str  # headers, footers and the top of the first page


@dataclass(frozen=True)
class Signal:
    polarity: str
    specificity: int
    depth: int
    evidence: str


@dataclass
class _Reading:
    """What has been read so far in the message, for references back ("the others", "it")."""

    mentioned: set[int] = field(default_factory=set)
    last_scope: list[int] = field(default_factory=list)
    last_polarity: str | None = None


def _negated(clause: str, start: int, after: int = 0) -> bool:
    """Whether a negation governs the words at `start` (from the last barrier, or `after`)."""
    begin = max(after, start - 80)
    window = clause[begin:start]
    barrier = None
    for match in lex.NEGATION_BARRIER.finditer(window):
        barrier = match
    if barrier is not None:
        window = window[barrier.end() :]
    return bool(lex.NEGATION.search(window))


_FIXED_NEGATION = re.compile(
    r"\b(?:no|not|non|sin|sans|without|nothing|rien|nada|aucune?|ningun\w*|ne|pas|cannot)\b"
)


def polarity(clause: str) -> str | None:
    """CONFIDENTIAL, PUBLIC, 'vague' (a non-statement) or None, for one folded clause."""
    if lex.VAGUE.search(clause):
        return "vague"
    candidates = [(m, kind) for kind, pattern in (("permit", lex.PERMIT), ("restrict", lex.RESTRICT),
                                                  ("publish", lex.PUBLISH)) for m in pattern.finditer(clause)]  # fmt: skip
    # Longest first: "no objection to the publication" is one permission, not a negated "publication".
    candidates.sort(key=lambda c: (-(c[0].end() - c[0].start()), c[0].start()))
    taken: list[tuple[int, int]] = []
    votes: list[str] = []
    for match, kind in candidates:
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        taken.append(match.span())
        fixed = bool(_FIXED_NEGATION.search(match.group(0)))
        after = max((e for s, e in taken if e <= match.start()), default=0)
        negated = not fixed and _negated(clause, match.start(), after)
        if kind == "restrict":
            votes.append(PUBLIC if negated else CONFIDENTIAL)
        else:
            votes.append(CONFIDENTIAL if negated else PUBLIC)
    if lex.CONDITION.search(clause):
        return CONFIDENTIAL
    if not votes:
        return None
    # Within one clause a restriction qualifies a permission ("may be shared with Parties only").
    return CONFIDENTIAL if CONFIDENTIAL in votes else PUBLIC


def _stem(filename: str) -> str:
    return fold_for_rules(filename.rsplit(".", 1)[0]).strip()


def _named(clause: str, original: str, docs: Sequence[DocumentFacts]) -> list[int]:
    found: set[int] = set()
    for match in _FILENAME.finditer(original):
        name = match.group(0).strip().lower()
        ratios = [difflib.SequenceMatcher(None, name, d.filename.lower()).ratio() for d in docs]
        best = max(range(len(docs)), key=lambda i: ratios[i]) if docs else None
        if best is not None and ratios[best] >= 0.75:
            found.add(best)
    for i, doc in enumerate(docs):
        stem = _stem(doc.filename)
        if len(stem) >= 6 and stem in clause:
            found.add(i)
    return sorted(found)


def _positions(clause: str, count: int) -> list[int]:
    found: set[int] = set()
    for match in _POSITION.finditer(clause):
        for number in re.findall(r"\d{1,2}", match.group(1) or match.group(2) or ""):
            if 1 <= int(number) <= count:
                found.add(int(number) - 1)
    for word, position in _ORDINALS.items():
        if (
            re.search(rf"\b{word}\b", clause)
            and re.search(
                r"\b(?:document|doc|attachment|file|piece|documento|archivo|one|uno)\b", clause
            )
            and position <= count
        ):
            found.add(position - 1)
    return sorted(found)


def _by_type(clause: str, docs: Sequence[DocumentFacts]) -> tuple[list[int], bool]:
    """Documents of the types a clause names; the flag says whether it named any type at all."""
    named_types = {t for t, pattern in _TYPE_RES.items() if pattern.search(clause)}
    if not named_types:
        return [], False
    found = []
    for i, doc in enumerate(docs):
        stem = _stem(doc.filename)
        if doc.doc_type in named_types or any(_TYPE_RES[t].search(stem) for t in named_types):
            found.append(i)
    return found, True


def scope(
    clause: str, original: str, docs: Sequence[DocumentFacts], reading: _Reading
) -> tuple[list[int], int, str]:
    """The documents a clause speaks of, how specifically, and how it named them."""
    everything = list(range(len(docs)))
    named = _named(clause, original, docs) or _positions(clause, len(docs))
    if named:
        return named, NAMED, "named"
    if _OTHERS.search(clause):
        others = [i for i in everything if i not in reading.mentioned]
        if others:
            return others, TYPED, "the others"
    if _ANNEX.search(clause):
        annexed = [
            i
            for i, d in enumerate(docs)
            if _ANNEX.search(fold_for_rules(d.filename + " " + d.margins[:200]))
        ]
        wanted = {m.group(1) for m in _ANNEX_ID.finditer(clause)}
        if wanted:
            numbered = [i for i in annexed if wanted & {m.group(1) for m in _ANNEX_ID.finditer(
                fold_for_rules(docs[i].filename + " " + docs[i].margins[:200]))}]  # fmt: skip
            if numbered:
                return numbered, NAMED, "the annex by its number"
        if annexed:
            return annexed, TYPED, "the annex"
        if len(docs) > 1:
            return everything[1:], TYPED, "the annex (the documents after the first)"
    typed, named_a_type = _by_type(clause, docs)
    if typed:
        return typed, TYPED, "document type"
    submission = re.sub(
        r"\b(?:this|ce|cet|cette|este|esta) (?:submission|soumission|envio)\b", "", clause
    )
    if named_a_type and not _ALL.search(submission):
        # A type nothing attached is of ("our intelligence reports"): about something else.
        return [], TYPED, "a document not attached"
    if _FORWARD.search(clause):
        forwarded = [i for i, d in enumerate(docs) if d.origin == "forwarded"]
        if forwarded:
            return forwarded, TYPED, "forwarded files"
    if _PRONOUN.search(clause) and not _ALL.search(clause):
        if reading.last_scope:
            return list(reading.last_scope), TYPED, "as before"
        return everything, ALL, "all documents"
    if _ALL.search(clause):
        return everything, ALL, "all documents"
    return everything, UNSCOPED, "no document named"


def _about_documents(clause: str) -> bool:
    if lex.ABSENT.search(clause):
        return False
    concern = lex.NOT_ABOUT_DOCUMENTS.search(clause)
    return concern is None


@dataclass(frozen=True)
class _Clause:
    text: str
    original: str
    sentence: str


def _clauses(sentence: str) -> list[_Clause]:
    folded = fold_for_rules(sentence)
    pieces = [p for p in lex.CONTRAST.split(folded) if p and p.strip()]
    result = []
    for piece in pieces:
        for part in re.split(
            r",\s+(?=(?:the|le|la|les|l |el|los|las|its?|their|leur|su|sus|whereas|et|y|and)\b)",
            piece,
        ):
            if part.strip():
                result.append(_Clause(part.strip(" ."), sentence, sentence))
    return result


def _read_segment(
    segment: Segment, docs: Sequence[DocumentFacts], signals: dict[int, list[Signal]]
) -> None:
    text = without_mentions(without_disclaimers(segment.text))
    reading = _Reading()
    for sentence in sentences_of(text):
        for clause in _clauses(sentence):
            _read_clause(clause, segment.depth, docs, reading, signals)


def _emit(
    indices: list[int], signal: Signal, signals: dict[int, list[Signal]], reading: _Reading
) -> None:
    for i in indices:
        signals[i].append(signal)
    reading.mentioned.update(indices)


def _read_clause(clause: _Clause, depth: int, docs: Sequence[DocumentFacts], reading: _Reading,
                 signals: dict[int, list[Signal]]) -> None:  # fmt: skip
    text = clause.text
    exception = lex.EXCEPT.search(text)
    main, excepted = (
        (text[: exception.start()], text[exception.end() :]) if exception else (text, "")
    )
    found = polarity(main) if main.strip() else None
    evidence = f'"{clause.sentence[:220]}"'
    if found is None and reading.last_polarity and _ELLIPSIS_END.search(text):
        # "el protocolo puede publicarse, el contrato no"
        found = PUBLIC if reading.last_polarity == CONFIDENTIAL else CONFIDENTIAL
    if found is None and exception and reading.last_polarity:
        found = reading.last_polarity  # "... except the contract" continuing the previous clause
        main = ""
    if found in (None, "vague"):
        if main.strip():
            indices, _, _ = scope(main, clause.original, docs, reading)
            if indices and len(indices) < len(docs):
                reading.last_scope = indices
                reading.mentioned.update(indices)
        return
    assert found is not None
    if not _about_documents(main or text):
        return
    if main.strip():
        indices, specificity, why = scope(main, clause.original, docs, reading)
        _emit(indices, Signal(found, specificity, depth, f"{evidence} ({why})"), signals, reading)
        if indices:
            reading.last_scope = indices
    if excepted.strip():
        other = PUBLIC if found == CONFIDENTIAL else CONFIDENTIAL
        indices, specificity, why = scope(excepted, clause.original, docs, reading)
        if specificity >= TYPED and indices:
            _emit(
                indices,
                Signal(other, EXCEPTION, depth, f"{evidence} (except {why})"),
                signals,
                reading,
            )
    reading.last_polarity = found


def _answers(
    segments_: list[Segment], docs: Sequence[DocumentFacts], signals: dict[int, list[Signal]]
) -> bool:
    """A short yes or no on top of a quoted question from the Secretariat about publishing."""
    if len(segments_) < 2:
        return False
    top = fold_for_rules(without_disclaimers(segments_[0].text))
    words = re.findall(r"[a-z]+", top)
    if len(words) > 40:
        return False
    first = " ".join(words[:6])
    verdict = CONFIDENTIAL if lex.DENY.match(first) or lex.DENY.search(first[:25]) else None
    if verdict is None and lex.AFFIRM.search(first):
        verdict = PUBLIC
    if verdict is None:
        return False
    for segment in segments_[1:]:
        for sentence in sentences_of(segment.text):
            folded = fold_for_rules(sentence)
            if lex.QUESTION_PUBLISH.search(folded):
                indices, specificity, why = scope(folded, sentence, docs, _Reading())
                evidence = f'answer "{top.strip()[:60]}" to "{sentence[:160]}" ({why})'
                for i in indices:
                    signals[i].append(Signal(verdict, max(specificity, TYPED), 0, evidence))
                return True
    return False


_TABLE_YES = re.compile(
    r"^(?:yes|oui|si|y|x|confidential|confidentiel(?:le)?|confidencial|restricted|restreint|"
    r"reservado|internal|interne|interno)$"
)
_TABLE_NO = re.compile(r"^(?:no|non|n|public|publique?|publico|publica|none|aucune?|ninguno?a?)$")
_STOPWORDS = {"the", "and", "for", "with", "des", "les", "pour", "avec", "del", "los", "las", "para", "con", "of", "de",
              "la", "le", "el", "du", "en", "on", "et", "y"}  # fmt: skip


def _tokens(text: str) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9]{3,}", fold_for_rules(text)) if t not in _STOPWORDS}


def _best_document(description: str, docs: Sequence[DocumentFacts]) -> int | None:
    words = _tokens(description)
    scores = []
    for i, doc in enumerate(docs):
        name = _tokens(re.sub(r"([a-z])([A-Z])", r"\1 \2", doc.filename.rsplit(".", 1)[0]))
        overlap = len(words & name)
        scores.append((overlap / max(1, len(name)), overlap, i))
    scores.sort(reverse=True)
    if (
        scores
        and (scores[0][0] >= 0.5 or scores[0][1] >= 2)
        and (len(scores) == 1 or scores[0][:2] > scores[1][:2])
    ):
        return scores[0][2]
    return None


def _table_signals(
    segment: Segment, docs: Sequence[DocumentFacts], signals: dict[int, list[Signal]]
) -> None:
    """A table of documents with a confidentiality column ("Document | Type | Confidential?")."""
    rows = [[c.strip() for c in re.split(r"\s*\|\s*|\t+", line.strip(" |"))]
            for line in segment.text.splitlines() if "|" in line or "\t" in line]  # fmt: skip
    rows = [r for r in rows if len(r) >= 2]
    if len(rows) < 2:
        return
    header = [fold_for_rules(c) for c in rows[0]]
    column = next((i for i, c in enumerate(header)
                   if re.search(r"confiden|restric|public|publication|publicacion|acces", c)), None)  # fmt: skip
    if column is None:
        return
    inverted = bool(re.search(r"public|publication|publicacion", header[column]))
    for row in rows[1:]:
        if column >= len(row):
            continue
        value = fold_for_rules(row[column]).strip(" ?.")
        if _TABLE_YES.match(value):
            verdict = PUBLIC if inverted else CONFIDENTIAL
        elif _TABLE_NO.match(value):
            verdict = CONFIDENTIAL if inverted else PUBLIC
        else:
            continue
        target = _best_document(" ".join(c for i, c in enumerate(row) if i != column), docs)
        if target is not None:
            signals[target].append(
                Signal(verdict, NAMED, segment.depth, f'table row "{" | ".join(row)[:160]}"')
            )


def statement_signals(text: str, docs: Sequence[DocumentFacts]) -> dict[int, list[Signal]]:
    """Every statement about each document (by index), from all segments of the message."""
    signals: dict[int, list[Signal]] = {i: [] for i in range(len(docs))}
    parts = segments(text)
    answered = _answers(parts, docs, signals)
    for segment in parts[1:] if answered else parts:
        _read_segment(segment, docs, signals)
        _table_signals(segment, docs, signals)
    return signals


def _decide(signals: list[Signal]) -> tuple[str, Signal, bool] | None:
    if not signals:
        return None
    newest = min(s.depth for s in signals)
    current = [s for s in signals if s.depth == newest]
    top = max(s.specificity for s in current)
    best = [s for s in current if s.specificity == top]
    polarities = {s.polarity for s in best}
    if len(polarities) > 1:
        return CONFIDENTIAL, next(s for s in best if s.polarity == CONFIDENTIAL), True
    return best[0].polarity, best[0], False


def decide_confidentiality(
    statements: str,
    docs: Sequence[DocumentFacts],
    default_confidential_types: Sequence[str],
) -> list[Decision]:
    """One decision per document ('true' = confidential), with its evidence."""
    signals = statement_signals(statements, docs)
    withdrawn = bool(lex.WITHDRAWN_MARKING.search(fold_for_rules(statements)))
    markings = [read_marking(d.margins) for d in docs]
    # A restrictive marking on the transmittal letter covers the whole submission.
    letter_marked = next((m.restrictive for d, m in zip(docs, markings, strict=True)
                          if m.restrictive and d.doc_type == "cover_letter"), None)  # fmt: skip
    decisions = []
    for i, doc in enumerate(docs):
        marking = markings[i].restrictive or letter_marked
        decided = _decide(signals[i])
        if marking and not withdrawn:
            if decided is not None and decided[0] == PUBLIC:
                evidence = f"marked {marking!r} in the document, but {decided[1].evidence}"
                decisions.append(
                    Decision(
                        "confidential", CONFIDENTIAL, 0.6, evidence, ("confidentiality_conflict",)
                    )
                )
            else:
                decisions.append(
                    Decision(
                        "confidential", CONFIDENTIAL, 0.9, f"marked {marking!r} in the document"
                    )
                )
            continue
        if decided is not None:
            value, signal, conflict = decided
            if conflict:
                decisions.append(Decision("confidential", CONFIDENTIAL, 0.5,
                                          f"conflicting statements: {signal.evidence}",
                                          ("confidentiality_conflict",)))  # fmt: skip
                continue
            confidence = {EXCEPTION: 0.96, NAMED: 0.97, TYPED: 0.93, ALL: 0.9, UNSCOPED: 0.8}[
                signal.specificity
            ]
            flags = (
                ("confidentiality_unscoped",)
                if signal.specificity == UNSCOPED and len(docs) > 1
                else ()
            )
            decisions.append(Decision("confidential", value, confidence, signal.evidence, flags))
            continue
        if markings[i].public:
            decisions.append(
                Decision(
                    "confidential", PUBLIC, 0.85, f"marked {markings[i].public!r} in the document"
                )
            )
            continue
        default = CONFIDENTIAL if doc.doc_type in default_confidential_types else PUBLIC
        decisions.append(Decision("confidential", default, 0.6, f"nothing stated; the call's default for {doc.doc_type}",
                                  flags=("confidentiality_default",)))  # fmt: skip
    return decisions
