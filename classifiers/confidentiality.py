"""Confidentiality per document, from what the Party wrote and what the documents are marked.

Parties state their rules in free text, often for some attachments only. The message is read in
segments (the newest message beats the ones quoted below it), without e-mail disclaimers, clause
by clause: each clause gets a polarity (`polarity`: negation resolved, a permission under an
unmet condition is a restriction) and a scope (`confidentiality_scope.scope`: named files,
positions, types, formats, language versions, "the annex", "the others", everything). For each
document the most specific statement of the newest segment decides; a restrictive marking
printed in the document makes it confidential unless the Party withdraws it; disagreement
decides confidential and is flagged. Where nothing is said, the call's default applies and the
document is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from classifiers import confidentiality_lexicon as lex
from classifiers.confidentiality_answers import (
    answers_on_top,
    labelled_line_signals,
    rest_of_reply,
    table_signals,
)
from classifiers.confidentiality_foreign import unread_notes
from classifiers.confidentiality_legend import legend_signals
from classifiers.confidentiality_lexicon import fold_for_rules
from classifiers.confidentiality_personal import personal_data_documents
from classifiers.confidentiality_reading import (
    CONFIDENTIAL,
    PUBLIC,
    SegmentReader,
    Signal,
    polarity,
)
from classifiers.confidentiality_scope import (
    ALL,
    EXCEPTION,
    NAMED,
    TYPED,
    UNSCOPED,
    DocumentFacts,
    descriptions_of,
)
from classifiers.confidentiality_withheld import Withheld, holds_withheld, withheld_content
from classifiers.markings import Marking, read_marking, read_name_tag
from classifiers.statements import (
    Segment,
    segments,
    without_disclaimers,
)
from intake.domain import Decision

__all__ = [
    "CONFIDENTIAL",
    "PUBLIC",
    "DocumentFacts",
    "Signal",
    "decide_confidentiality",
    "polarity",
    "statement_signals",
]

# The Party adopting what it forwards.
_ADOPTS = re.compile(
    r"(?<![a-z])(?:(?:estamos|estoy) de acuerdo|(?:we|i) (?:agree|concur|endorse)|"
    r"(?:nous sommes|je suis) d accord|nous (?:approuvons|souscrivons)|avalamos|respaldamos|"
    r"(?:they|ils|elles|ellos) (?:are happy|agree|consent|acceptent|consentent|aceptan|autorizan)|"
    r"(?:with|avec|con) (?:what|ce qu|lo que) (?:they|ils|elles|indican|dicen|senalan))(?![a-z])"
)


# A letterhead's reference, subject, date and address lines: each one a sentence of its own.
_LETTERHEAD_LINE = re.compile(
    r"^((?:ref|re|to|from|date|objet|object|asunto|n[°o])\b[^\n]*)$", re.IGNORECASE | re.MULTILINE
)


# "Vous trouverez nos réponses insérées ci-dessous (précédées de >>)": the mark the Party put
# before each answer it wrote into the Secretariat's message.
_ANNOUNCED_MARK = re.compile(
    r"(?:answers?|replies|responses?|r[ée]ponses?|respuestas?)[^\n]{0,60}?"
    r"(?:preceded by|marked(?: with)?|introduced by|starting with|pr[ée]c[ée]d[ée]es? (?:de|par)|"
    r"marqu[ée]es? (?:par|de|avec)|precedidas? (?:de|por)|marcadas? con|que empiezan con)\s*"
    r"[«\"“']?\s*([>*#=+]{1,3}|-{2,3})",
    re.IGNORECASE,
)


# "Respondo entre líneas a sus preguntas", "answers inline": the mark is the one put before the
# line that follows a question.
_ANNOUNCED_INLINE = re.compile(
    r"(?:respond\w*|contest\w*) entre l[íi]neas|answers? (?:are )?(?:inline|in line|below (?:each|your|the)|under (?:each|your|the))|"
    r"r[ée]ponses? (?:\w+ )?(?:dans le texte|sous (?:chaque|vos|les) questions?|ci-dessous|entre les lignes)|"
    r"(?:respuestas?|respond\w*|contest\w*) (?:\w+ )?(?:debajo de|bajo|a continuaci[óo]n de) (?:cada|sus|las) preguntas?",
    re.IGNORECASE,
)
_MARK_AFTER_QUESTION = re.compile(r"\?[ \t]*\n[ \t]*([>*#=+]{2,3})[ \t]*\S")


def _marked_answers(text: str) -> str:
    """The Party's inserted answers, marked as answers ("→ Oui") where it says how it marked them."""
    announced = _ANNOUNCED_MARK.search(text)
    inline = _ANNOUNCED_INLINE.search(text) if announced is None else None
    after_question = _MARK_AFTER_QUESTION.search(text, inline.end()) if inline else None
    if announced is not None:
        mark, start = announced.group(1), announced.end()
    elif after_question is not None:
        mark, start = after_question.group(1), after_question.start(1)
    else:
        return text
    after = re.sub(rf"(?m)^((?:>\s?)*)\s*{re.escape(mark)}\s*(?=\S)", r"\1→ ", text[start:])
    return text[:start] + after


def _letter_lines(margins: str) -> str:
    """A transmittal letter's or slip's text as lines: a table's rows ("N° | Désignation |
    Observations / 1 | Arrêté ... | À publier"), or a slip's fields ("– Observations : ...") and
    a letterhead's lines ("Ref: ...")."""
    if margins.count("|") >= 4:
        return re.sub(r"\s+/\s+", "\n", margins)
    return _LETTERHEAD_LINE.sub(r"\n\n\1\n\n", re.sub(r"\s+[–—]\s+", "\n\n", margins))


def statement_signals(text: str, docs: Sequence[DocumentFacts]) -> dict[int, list[Signal]]:
    """Every statement about each document (by index), from all segments of the message."""
    signals: dict[int, list[Signal]] = {i: [] for i in range(len(docs))}
    parts = segments(_marked_answers(text))
    # A transmittal letter or note verbale speaks for the submission like the body does.
    letters = [
        _letter_lines(d.margins) for d in docs if d.doc_type == "cover_letter" and d.margins.strip()
    ]
    parts[1:1] = [Segment(letter, 0) for letter in letters]
    described = descriptions_of(text, docs)
    answered = answers_on_top(parts, docs, signals)
    if answered is not None:
        parts[0] = rest_of_reply(parts[0], answered, docs)
    # The oldest message first, so that "les autres pièces" in the newest one leaves out the
    # document a quoted or forwarded message below restricts.
    for n, segment in reversed(list(enumerate(parts))):
        stated = frozenset(
            i for i, found in signals.items() if any(s.specificity >= TYPED for s in found)
        )
        below = "\n".join(part.text for part in parts[n + 1 :])  # past an "Original Message" line
        SegmentReader(segment, docs, signals, stated, described, below).read()
        table_signals(segment, docs, signals)
        labelled_line_signals(segment, docs, signals)
        legend_signals(segment, docs, signals)
    return signals


def _decide(signals: list[Signal]) -> tuple[str, Signal, bool] | None:
    if not signals:
        return None
    newest = min(s.depth for s in signals)
    current = [s for s in signals if s.depth == newest]
    top = max(s.specificity for s in current)
    best = [s for s in current if s.specificity == top]
    if len({s.polarity for s in best}) > 1:
        return CONFIDENTIAL, next(s for s in best if s.polarity == CONFIDENTIAL), True
    return best[0].polarity, best[0], False


def _inferred(signal: Signal, confidential_by_default: bool) -> bool:
    """Whether a permission reached the document by inference rather than by naming it."""
    if re.search(r"\((?:the others|as before|by its description[^)]*)\)$", signal.evidence):
        return True
    return confidential_by_default and signal.specificity < NAMED


_INCLUSION = re.compile(
    r"(?<![a-z])(?:go|goes|be put|be placed|be included|be added|be entered|figurer|etre (?:inclus|integre|verse)\w*|"
    r"ir|incluirse|figurar|ser incluid\w*) (?:in|into|to|on|dans|en|a) (?:the|your|its|la|le|votre|su|vuestra) "
    r"(?:database|base de donnees|base de datos|base)(?![a-z])"
)


def _inclusion_only(evidence: str) -> bool:
    """Whether a permission only lets the documents into the database ("happy for everything
    to go into the database"), saying nothing of its public part."""
    sentence = fold_for_rules(evidence)
    if not _INCLUSION.search(sentence) or re.search(r"publi|website|web|online|en ligne", sentence):
        return False
    return polarity(_INCLUSION.sub(" ", sentence)) != PUBLIC


def _permission_not_lifting_default(signal: Signal, party_silent: bool) -> str | None:
    """Why a permission leaves a document confidential by default (a contract) for a reviewer
    to decide, or None when it lifts the default."""
    if signal.specificity < NAMED and _inclusion_only(signal.evidence):
        # "Happy for everything to go into the database": inclusion, and the database has a
        # limited-access part; it does not expressly publish a contract.
        return "inclusion in the database is not publication"
    if signal.forwarded and party_silent:
        # A counterparty's consent forwarded without a word of the Party's own: the
        # submitter's statement governs.
        return "permission only in a forwarded message"
    return None


# A file name that says the copy is the edited one: "..._no_mobiles", "..._sin_anexo_bancario",
# "..._redacted", "..._caviardee", "..._tachadas", "..._public_version".
_EDITED_NAME = re.compile(
    r"(?:^|[_\-\s.])(?:no[_\-\s]?(?:mobiles?|phones?|names|addresses|annex\w*)|sin[_\-\s]\w+|without[_\-\s]\w+|sans[_\-\s]\w+|"
    r"redacted|caviarde+e?s?|anonymi[sz]ed|anonymise+e?s?|anonimizad[oa]s?|tachad[oa]s?|testad[oa]s?|"
    r"version[_\-\s]publi\w+|public[_\-\s]version|clean)(?=[_\-\s.]|$)",
    re.IGNORECASE,
)


def _met_by_its_name(signal: Signal, doc: DocumentFacts) -> bool:
    """Whether a permission waiting on an edit reaches a file whose name says it is edited."""
    sentence = fold_for_rules(signal.evidence)
    waits = lex.CONDITION.search(sentence) or lex.PERMISSION_WAITS.search(sentence)
    permits = lex.PUBLISH.search(sentence) or lex.PERMIT.search(sentence)
    return bool(waits and permits and _EDITED_NAME.search(doc.filename.rsplit(".", 1)[0]))


def _rules_first(signals: Sequence[Signal]) -> list[Signal]:
    """A document's signals, without the learned readings when the rules read a statement on it:
    the model only speaks where the rules found nothing ("The plan can be published. We checked
    it after the review": the model takes "after the review" for a condition)."""
    deciding = [s for s in signals if not s.doubt]  # a doubt only holds a permission
    ruled = [s for s in deciding if not s.learned]
    return ruled or deciding


def _marking(doc: DocumentFacts) -> Marking:
    """What the document's margins, or else its file name, are marked with."""
    printed, named = read_marking(doc.margins), read_name_tag(doc.filename)
    return Marking(
        restrictive=printed.restrictive or named.restrictive,
        public=None if named.restrictive else (printed.public or named.public),
    )


_CONFIDENCE = {EXCEPTION: 0.96, NAMED: 0.97, TYPED: 0.93, ALL: 0.9, UNSCOPED: 0.8}


def decide_confidentiality(
    statements: str,
    docs: Sequence[DocumentFacts],
    default_confidential_types: Sequence[str],
) -> list[Decision]:
    """One decision per document ('true' = confidential), with its evidence."""
    signals = statement_signals(statements, docs)
    unquoted = re.sub(r"[\"“”«»‘’]", " ", statements)
    withdrawn = bool(lex.WITHDRAWN_MARKING.search(re.sub(r" +", " ", fold_for_rules(unquoted))))
    markings = [_marking(d) for d in docs]
    personal = personal_data_documents(statements, docs)
    # Whether the Party's own newest message says nothing of publication nor adopts what it
    # forwards ("Estamos de acuerdo con lo que indican", "They are happy for the MoU to ...").
    parts = segments(statements)
    top = fold_for_rules(without_disclaimers(parts[0].text)) if parts else ""
    party_silent = not any(
        pattern.search(top) for pattern in (lex.PUBLISH, lex.PERMIT, lex.RESTRICT, _ADOPTS)
    )
    # A marking on the transmittal letter ("CONFIDENCIAL", "documents non confidentiels") speaks
    # for the whole submission.
    letter = [m for d, m in zip(docs, markings, strict=True) if d.doc_type == "cover_letter"]
    letter_restrictive = next((m.restrictive for m in letter if m.restrictive), None)
    letter_public = next((m.public for m in letter if m.public), None)
    decisions = []
    for i, doc in enumerate(docs):
        marking = markings[i].restrictive or letter_restrictive
        decided = _decide(_rules_first(signals[i]))
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
            if value == CONFIDENTIAL and not conflict and _met_by_its_name(signal, doc):
                # "may be published on condition that the mobile numbers are removed", and the
                # file is "Directory_v2_no_mobiles.xlsx": the copy sent is the one asked for
                value = PUBLIC
                signal = replace(
                    signal, evidence=f"{signal.evidence} (the file name says the condition is met)"
                )
            if conflict:
                decisions.append(
                    Decision(
                        "confidential",
                        CONFIDENTIAL,
                        0.5,
                        f"conflicting statements: {signal.evidence}",
                        ("confidentiality_conflict",),
                    )
                )
                continue
            flags: tuple[str, ...] = (
                ("confidentiality_unscoped",)
                if signal.specificity == UNSCOPED and len(docs) > 1
                else ()
            )
            why_not = (
                _permission_not_lifting_default(signal, party_silent)
                if value == PUBLIC and doc.doc_type in default_confidential_types
                else None
            )
            if why_not:
                decisions.append(
                    Decision(
                        "confidential",
                        CONFIDENTIAL,
                        0.6,
                        f"{why_not}: {signal.evidence}",
                        ("confidentiality_inferred",),
                    )
                )
                continue
            if value == PUBLIC and _inferred(signal, doc.doc_type in default_confidential_types):
                # A contract made public by "all documents", or any document by "the others",
                # "as before": the reading is an inference a reviewer confirms before publishing.
                flags += ("confidentiality_inferred",)
            if value == PUBLIC and i in personal:
                flags += ("confidentiality_personal_data",)
            if value == PUBLIC and any(s.learned for s in signals[i]):
                # The rules read a permission; the model reads a restriction elsewhere in the
                # message: a reviewer decides before anything is published.
                flags += ("confidentiality_learned_doubt",)
            confidence, evidence = _CONFIDENCE[signal.specificity], signal.evidence
            if signal.learned:
                # a wording the rules do not know, read by the model: a reviewer confirms it
                flags += ("confidentiality_learned",)
                confidence, evidence = 0.55, f"learned reading of {evidence}"
            decisions.append(Decision("confidential", value, confidence, evidence, flags))
            continue
        public_marking = markings[i].public or letter_public
        if public_marking:
            decisions.append(
                Decision(
                    "confidential", PUBLIC, 0.85, f"marked {public_marking!r} in the submission"
                )
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
    withheld = withheld_content(statements, docs)
    if withheld is not None:
        decisions = _without_withheld(decisions, docs, withheld)
    return _held_for_unread_notes(decisions, without_disclaimers(parts[0].text) if parts else "")


def _without_withheld(
    decisions: list[Decision], docs: Sequence[DocumentFacts], withheld: Withheld
) -> list[Decision]:
    """A permission that leaves out the telephones, the signatures or highlighted passages: the
    documents that hold them are confidential as sent, and the others made public are held for a
    reviewer."""
    what = withheld.what
    quoted = f'"{withheld.sentence[:160]}"'
    result = []
    for i, (decision, doc) in enumerate(zip(decisions, docs, strict=True)):
        if decision.value != PUBLIC:
            result.append(decision)
        elif holds_withheld(withheld, i, doc):
            evidence = f"{quoted}: the {what} left out are in this document as sent"
            result.append(
                Decision("confidential", CONFIDENTIAL, 0.7, evidence, ("confidentiality_inferred",))
            )
        else:
            evidence = f"{decision.evidence}; {quoted} leaves out {what} this document may hold"
            flags = (*decision.flags, "confidentiality_content_withheld")
            result.append(replace(decision, evidence=evidence, flags=flags))
    return result


def _held_for_unread_notes(decisions: list[Decision], own_message: str) -> list[Decision]:
    """A note in the Party's own message in a language intake does not read (a P.S. in Afrikaans)
    may restrict any document: every document decided public is held for a reviewer."""
    notes = unread_notes(own_message)
    if not notes:
        return decisions
    why = f'; a note in another language was not read: "{notes[0][:120]}"'
    return [
        replace(d, evidence=d.evidence + why, flags=(*d.flags, "confidentiality_unread_language"))
        if d.value == PUBLIC
        else d
        for d in decisions
    ]
