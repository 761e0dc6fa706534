"""Which call a message answers: its reference, the thread it replies to, its subject matter."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from intake.calls import Call
from intake.domain import Decision

ThreadLookup = Callable[[Sequence[str]], str | None]


def reference_pattern(reference: str) -> re.Pattern[str]:
    """A pattern for a reference in its written forms: '2021/008', '2021 / 8', '2021-008'."""
    numeric = re.fullmatch(r"(\d{4})/(\d+)", reference)
    if numeric:
        year, number = numeric.groups()
        return re.compile(rf"(?<![\d/]){year}\s*[/-]\s*0*{int(number)}(?![\d/])")
    return re.compile(rf"(?<!\w){re.escape(reference)}(?!\w)", re.IGNORECASE)


def _alias_pattern(alias: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in alias.split()]
    return re.compile(r"(?<!\w)" + r"\s*".join(words) + r"(?!\w)", re.IGNORECASE)


def _snippet(text: str, match: re.Match[str]) -> str:
    start, end = max(0, match.start() - 40), min(len(text), match.end() + 40)
    return re.sub(r"\s+", " ", text[start:end]).strip()


def _keyword_score(call: Call, text: str) -> tuple[int, list[str]]:
    found = []
    for word in call.keywords:
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
            found.append(word)
    return len(found), found


def match_call(
    calls: Sequence[Call],
    subject: str,
    body: str,
    documents_text: str,
    in_reply_to: Sequence[str],
    received_at: dt.datetime | None,
    thread_call: ThreadLookup | None = None,
) -> Decision:
    """Decide the call: a reference wins, then the thread, then subject matter, then the only
    open call. None matched is flagged for review."""
    places = (("subject", subject, 0.99), ("body", body, 0.97), ("documents", documents_text, 0.9))
    for place, text, confidence in places:
        hits = []
        for call in calls:
            patterns = [reference_pattern(call.reference)] + [
                _alias_pattern(a) for a in call.aliases
            ]
            for pattern in patterns:
                match = pattern.search(text)
                if match:
                    hits.append((call, match))
                    break
        if len({c.reference for c, _ in hits}) == 1:
            call, match = hits[0]
            return Decision("call", call.reference, confidence, f"{place}: {_snippet(text, match)}")
        if len(hits) > 1:
            names = ", ".join(sorted({c.reference for c, _ in hits}))
            return Decision(
                "call",
                hits[0][0].reference,
                0.4,
                f"{place} names several calls: {names}",
                flags=("call_ambiguous",),
            )
    if thread_call is not None and in_reply_to:
        reference = thread_call(in_reply_to)
        if reference:
            return Decision("call", reference, 0.9, f"reply to a message of call {reference}")
    text = f"{subject}\n{body}\n{documents_text[:20000]}"
    scores = sorted(
        ((*_keyword_score(call, text), call) for call in calls), key=lambda s: s[0], reverse=True
    )
    if scores and scores[0][0] >= 2 and (len(scores) == 1 or scores[0][0] >= 2 * scores[1][0]):
        score, words, call = scores[0]
        return Decision(
            "call",
            call.reference,
            min(0.85, 0.5 + 0.1 * score),
            "subject matter: " + ", ".join(words[:5]),
        )
    if received_at is not None:
        open_calls = [c for c in calls if c.is_open(received_at)]
        if len(open_calls) == 1:
            return Decision(
                "call",
                open_calls[0].reference,
                0.6,
                "the only call open at receipt",
                flags=("call_by_default",),
            )
    return Decision(
        "call",
        None,
        0.0,
        "no reference, thread or subject matter matched",
        flags=("call_unmatched",),
    )
