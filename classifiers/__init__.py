"""Classifiers: one module per decision, run in one place, in this order.

    kind             classifiers.kind             submission | auto_reply | bounce | other
    received_at      classifiers.timing           IMAP INTERNALDATE > Received > Date
    language         classifiers.language         body and each document
    doc_type         classifiers.doc_type         each document
    call             classifiers.call             reference > thread > subject matter > only open
    party            classifiers.party            domain > mission > forwarded sender > signature
    sender_auth      classifiers.sender_auth      SPF/DKIM/DMARC from the Secretariat's own server
    late             classifiers.timing           against the call's deadline
    confidential     classifiers.confidentiality  each document, needs doc_type and the call

Every decision carries its confidence and evidence; flags raised by a decision, and any decision
below `LOW_CONFIDENCE`, go to the triage queue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from classifiers.call import ThreadLookup, match_call
from classifiers.confidentiality import DocumentFacts, decide_confidentiality
from classifiers.doc_type import classify_doc_type
from classifiers.kind import classify_kind
from classifiers.language import detect_language, other_languages
from classifiers.party import PartyDirectory, identify_party
from classifiers.sender_auth import check_sender
from classifiers.timing import lateness, received_at
from intake.calls import Call
from intake.domain import Decision, Extraction, ParsedMessage, Part

LOW_CONFIDENCE = 0.5
MESSAGE_DECISIONS = ("kind", "received_at", "language", "call", "party", "late")


@dataclass(frozen=True)
class ClassifyContext:
    """What the classifiers may know beyond the message itself."""

    calls: tuple[Call, ...]
    now: dt.datetime
    internaldate: dt.datetime | None = None
    thread_call: ThreadLookup | None = None
    parties: PartyDirectory | None = None
    authserv_id: str = ""


@dataclass(frozen=True)
class DocumentDecisions:
    doc_type: Decision
    language: Decision
    confidential: Decision
    other_languages: tuple[str, ...] = ()

    def all(self) -> tuple[Decision, ...]:
        return (self.doc_type, self.language, self.confidential)


@dataclass(frozen=True)
class Classification:
    message: dict[str, Decision]
    documents: tuple[DocumentDecisions, ...]
    received: dt.datetime
    species: tuple[str, ...] = field(default=())


def flags_of(decision: Decision) -> list[str]:
    """The triage flags a decision raises: its own, and low confidence."""
    flags = list(decision.flags)
    if decision.confidence < LOW_CONFIDENCE and decision.value is not None and not flags:
        flags.append(f"low_confidence_{decision.name}")
    return flags


def _no_call(kind: str) -> Decision:
    return Decision("call", None, 1.0, f"{kind.replace('_', ' ')}s answer no call")


def classify(
    message: ParsedMessage,
    documents: Sequence[tuple[Part, Extraction]],
    context: ClassifyContext,
) -> Classification:
    """Run every decision on one message and its documents."""
    kind = classify_kind(message)
    moment, received = received_at(
        context.internaldate, message.received_dates, message.date, context.now
    )
    body_language = detect_language(message.body_text)
    doc_languages = [detect_language(extraction.text) for _, extraction in documents]
    texts = "\n".join(extraction.text[:5000] for _, extraction in documents)
    forwarded_text = "\n\n".join(f.text for f in message.forwarded)
    if kind.value == "submission":
        call = match_call(
            context.calls,
            message.subject,
            f"{message.body_text}\n{forwarded_text}",
            texts,
            message.in_reply_to,
            moment,
            context.thread_call,
        )
    else:
        call = _no_call(str(kind.value))
    matched = next((c for c in context.calls if c.reference == call.value), None)
    requested = matched.document_types if matched else ()
    doc_types = [
        classify_doc_type(
            part.filename,
            extraction.first_page or extraction.text[:6000],
            extraction.metadata.get("Title", ""),
            requested,
        )
        for part, extraction in documents
    ]
    letterheads = "\n".join(
        (extraction.first_page or extraction.text)[:400] for _, extraction in documents
    )
    party = identify_party(
        message.sender,
        message.body_text,
        letterheads,
        [f.sender for f in message.forwarded],
        context.parties,
    )
    if kind.value != "submission":
        # Automated mail needs no triage about who sent it.
        party = replace(party, flags=())
    late = lateness(matched, moment)
    facts = [
        DocumentFacts(
            part.filename,
            str(doc_type.value),
            part.origin,
            (extraction.first_page or extraction.text)[:3000],
        )
        for (part, extraction), doc_type in zip(documents, doc_types, strict=True)
    ]
    defaults = matched.default_confidential_types if matched else ("contract",)
    statements = f"{message.subject}\n\n{message.body_text}\n\n{forwarded_text}"
    confidential = decide_confidentiality(statements, facts, defaults)
    per_document = tuple(
        DocumentDecisions(
            doc_type=doc_types[i],
            language=doc_languages[i],
            confidential=confidential[i],
            other_languages=tuple(other_languages(extraction.text, doc_languages[i].value)),
        )
        for i, (_, extraction) in enumerate(documents)
    )
    return Classification(
        message={
            "kind": kind,
            "received_at": received,
            "language": body_language,
            "call": call,
            "party": party,
            "late": late,
            "sender_auth": check_sender(message.authentication_results, context.authserv_id),
        },
        documents=per_document,
        received=moment,
    )
