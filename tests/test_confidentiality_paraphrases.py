"""The confidentiality rules on a bank of single sentences written by people who did not see
them (tests/data/confidentiality_paraphrases/README.md): the half read to extend the rules must
be read right; the half nobody read must not fall below what it measured when the bank arrived."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifiers.confidentiality import CONFIDENTIAL, PUBLIC, decide_confidentiality
from classifiers.confidentiality_scope import DocumentFacts

BANK = Path(__file__).parent / "data" / "confidentiality_paraphrases"
LIST = DocumentFacts("Rescue_centres_list.xlsx", "network_resources", "attachment", "")
AGREEMENT = DocumentFacts("Agreement_rescue_centre.pdf", "contract", "attachment", "")
SOP = DocumentFacts("SOP_seized_animals.pdf", "sop", "attachment", "")
# Sentences read right on the unread (odd) half when round 14 ended, of 80 per language.
UNREAD_REACHED = {"en": 63, "fr": 63, "es": 61}


def read_right(kind: str, text: str) -> bool:
    """Whether the sentence moves the document it speaks of, and only when it should."""
    if kind in ("restriction", "condition"):  # the list, public by default, becomes restricted
        return decide_confidentiality(text, [LIST, SOP], ["contract"])[0].value == CONFIDENTIAL
    if kind == "permission":  # the agreement, restricted by default, becomes public
        return decide_confidentiality(text, [AGREEMENT, SOP], ["contract"])[0].value == PUBLIC
    decisions = decide_confidentiality(text, [LIST, AGREEMENT], ["contract"])
    return [d.value for d in decisions] == [PUBLIC, CONFIDENTIAL]


def half(lang: str, parity: int) -> list[dict[str, str]]:
    lines = (BANK / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for i, line in enumerate(lines) if i % 2 == parity]


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_half_read_is_read_right(lang: str) -> None:
    sentences = half(lang, 0)
    wrong = [s["text"] for s in sentences if not read_right(s["kind"], s["text"])]
    assert len(sentences) == 80
    assert len(wrong) <= 0.05 * len(sentences), wrong


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_unread_half_does_not_fall(lang: str) -> None:
    sentences = half(lang, 1)
    right = sum(read_right(s["kind"], s["text"]) for s in sentences)
    assert right >= UNREAD_REACHED[lang], f"{lang}: {right} of {len(sentences)}"
