"""`intake eval`: the classifiers measured on the labelled set in `eval/` (see eval/README.md).

Each decision is run on its cases exactly as the pipeline runs it, and scored per class
(precision, recall) and per language, separately on the `dev` cases (the rules were developed
against them) and on the `holdout` cases (kept out of the rules' development).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifiers.call import match_call
from classifiers.confidentiality import DocumentFacts, decide_confidentiality
from classifiers.doc_type import classify_doc_type
from classifiers.language import detect_language
from classifiers.party import identify_party
from intake.calls import Call, load_calls
from intake.errors import ConfigError

DECISIONS = ("confidentiality", "doc_type", "language", "party", "call")
NONE = "(none)"


@dataclass(frozen=True)
class Outcome:
    """One scored item: a case (or one document of a case) with its expected and got labels."""

    case: str
    lang: str
    split: str
    expected: str
    got: str
    held: bool = False  # decided with a flag that holds it from the public until reviewed

    @property
    def right(self) -> bool:
        return self.expected == self.got


@dataclass
class Scores:
    """Accuracy, and precision/recall per label, of a set of outcomes."""

    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(o.right for o in self.outcomes) / len(self.outcomes) if self.outcomes else 0.0

    def per_label(self) -> dict[str, tuple[float, float, int]]:
        """label -> (precision, recall, support)."""
        labels = sorted({o.expected for o in self.outcomes} | {o.got for o in self.outcomes})
        result = {}
        for label in labels:
            predicted = [o for o in self.outcomes if o.got == label]
            actual = [o for o in self.outcomes if o.expected == label]
            precision = sum(o.right for o in predicted) / len(predicted) if predicted else 0.0
            recall = sum(o.right for o in actual) / len(actual) if actual else 0.0
            result[label] = (precision, recall, len(actual))
        return result

    def subset(self, keep: Callable[[Outcome], bool]) -> Scores:
        return Scores([o for o in self.outcomes if keep(o)])


def _label(value: object) -> str:
    if value is None:
        return NONE
    if isinstance(value, bool):
        return "confidential" if value else "public"
    return str(value)


def load_cases(directory: Path, decision: str) -> list[dict[str, Any]]:
    """The cases of one decision: `<decision>.jsonl` and any `<decision>_*.jsonl` beside it."""
    paths = sorted(directory.glob(f"{decision}.jsonl")) + sorted(
        directory.glob(f"{decision}_*.jsonl")
    )
    if not paths:
        raise ConfigError(f"no evaluation file {directory / decision}.jsonl")
    cases: list[dict[str, Any]] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            cases.extend(json.loads(line) for line in handle if line.strip())
    return cases


# The document-type sets kept out of the learned model's training (scripts/train_doc_type.py),
# so that they keep measuring intake on documents it has not seen (eval/README.md). holdout13 to
# holdout15 joined the training in round 17, once holdout16 had taken their place; holdout17 came
# in round 18.
DOC_TYPE_NEVER_READ = frozenset({"holdout16", "holdout17"})
# The confidentiality sets kept out of the learned sentence reader's training
# (scripts/train_confidentiality.py --quiet), for the same reason (holdout13 to holdout15 are read
# by now, but the reader was not retrained in round 17).
CONFIDENTIALITY_NEVER_READ = frozenset(
    {"holdout13", "holdout14", "holdout15", "holdout16", "holdout17"}
)


def doc_type_training_cases(directory: Path) -> list[dict[str, Any]]:
    """The labelled document-type cases the learned model is trained on."""
    return [c for c in load_cases(directory, "doc_type") if c["split"] not in DOC_TYPE_NEVER_READ]


def _confidentiality(cases: Iterable[dict[str, Any]]) -> list[Outcome]:
    outcomes = []
    for case in cases:
        facts = [
            DocumentFacts(
                d["filename"], d["doc_type"], d.get("origin", "attachment"), d.get("margins", "")
            )
            for d in case["documents"]
        ]
        decisions = decide_confidentiality(
            case["body"], facts, case.get("default_confidential_types", ["contract"])
        )
        for doc, decision in zip(case["documents"], decisions, strict=True):
            got = decision.value == "true"
            outcomes.append(
                Outcome(
                    f"{case['id']}:{doc['filename']}",
                    case["lang"],
                    case["split"],
                    _label(doc["expected_confidential"]),
                    _label(got),
                    held=bool(decision.flags),
                )
            )
    return outcomes


def _doc_type(cases: Iterable[dict[str, Any]]) -> list[Outcome]:
    return [
        Outcome(
            c["id"],
            c["lang"],
            c["split"],
            c["expected"],
            _label(classify_doc_type(c["filename"], c["first_page"], c.get("title", "")).value),
        )
        for c in cases
    ]


def _language(cases: Iterable[dict[str, Any]]) -> list[Outcome]:
    return [
        Outcome(
            c["id"], c["lang"], c["split"], c["expected"], _label(detect_language(c["text"]).value)
        )
        for c in cases
    ]


def _party(cases: Iterable[dict[str, Any]]) -> list[Outcome]:
    return [
        Outcome(
            c["id"],
            c["lang"],
            c["split"],
            _label(c["expected"]),
            _label(identify_party(c["sender"], c["body"], c.get("letterhead", ""), []).value),
        )
        for c in cases
    ]


def _thread_lookup(reference: str | None) -> Callable[[Sequence[str]], str | None] | None:
    if not reference:
        return None

    def lookup(_ids: Sequence[str]) -> str | None:
        return reference

    return lookup


def _call(cases: Iterable[dict[str, Any]], calls: Sequence[Call]) -> list[Outcome]:
    outcomes = []
    for c in cases:
        thread = c.get("in_reply_to_call")
        received = dt.datetime.fromisoformat(c["received_at"].replace("Z", "+00:00"))
        decision = match_call(
            calls,
            c["subject"],
            c["body"],
            c.get("documents_text", ""),
            ["thread@eval"] if thread else [],
            received,
            _thread_lookup(thread),
        )
        outcomes.append(
            Outcome(c["id"], c["lang"], c["split"], _label(c["expected"]), _label(decision.value))
        )
    return outcomes


def evaluate(directory: Path, decisions: Sequence[str] = DECISIONS) -> dict[str, Scores]:
    """Score each decision on its labelled cases."""
    calls = load_calls()
    scorers: dict[str, Callable[[list[dict[str, Any]]], list[Outcome]]] = {
        "confidentiality": _confidentiality,
        "doc_type": _doc_type,
        "language": _language,
        "party": _party,
        "call": lambda cases: _call(cases, calls),
    }
    return {d: Scores(scorers[d](load_cases(directory, d))) for d in decisions}


def confidential_leaks(scores: Scores) -> list[Outcome]:
    """Documents a careful reviewer would keep confidential that the classifier made public."""
    return [o for o in scores.outcomes if o.expected == "confidential" and o.got == "public"]


def _split(scores: Scores, split: str) -> Scores:
    return scores.subset(lambda o: o.split == split)


def _language_part(scores: Scores, lang: str) -> Scores:
    return scores.subset(lambda o: o.lang == lang)


def report(results: dict[str, Scores], verbose: bool = False) -> str:
    """The figures as text: per decision, dev and holdout, per language and per label."""
    lines = []
    for decision, scores in results.items():
        lines.append(f"== {decision}: {len(scores.outcomes)} items")
        splits = sorted({o.split for o in scores.outcomes}, key=lambda x: (x != "dev", x))
        for split in (*splits, "all"):
            part = scores if split == "all" else _split(scores, split)
            langs = Counter(o.lang for o in part.outcomes)
            by_lang = "  ".join(
                f"{lang} {_language_part(part, lang).accuracy:.3f} ({n})"
                for lang, n in sorted(langs.items())
            )
            lines.append(
                f"  {split:8} accuracy {part.accuracy:.3f} ({len(part.outcomes)})   {by_lang}"
            )
        lines.append(f"  {'label':22} precision  recall  support")
        for label, (precision, recall, support) in scores.per_label().items():
            lines.append(f"  {label:22} {precision:9.3f} {recall:7.3f} {support:8d}")
        if decision == "confidentiality":
            for split in (*splits, "all"):
                part = scores if split == "all" else _split(scores, split)
                leaks = confidential_leaks(part)
                exposed = sum(1 for o in leaks if not o.held)
                lines.append(
                    f"  {split:8} confidential documents decided public: {len(leaks)}, "
                    f"{len(leaks) - exposed} held for review, {exposed} public without review"
                )
        if verbose:
            errors: dict[str, list[str]] = defaultdict(list)
            for o in scores.outcomes:
                if not o.right:
                    errors[o.split].append(f"    {o.case}: expected {o.expected}, got {o.got}")
            for split, items in errors.items():
                lines.append(f"  errors ({split}):")
                lines.extend(items)
    return "\n".join(lines)
