"""The classifiers on the labelled set in eval/ (see eval/README.md): each decision must reach the
issue's floor on every set it was developed on, and must not fall below what was first measured on
the sets nobody has read."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from intake.evaluate import Scores, confidential_leaks, evaluate

EVAL = Path(__file__).resolve().parents[1] / "eval"
# Per decision, the sets the rules were developed against (dev), or read after their first
# measure to improve the rules (the held-out sets named here): the floors hold on each.
_READ_HOLDOUTS = ("holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8")
DEVELOPED: dict[str, tuple[str, ...]] = {
    "confidentiality": ("dev", "holdout", "holdout2", *_READ_HOLDOUTS),
    # every set but holdout16 and holdout17 is training data of the learned model
    # (doc_type_learned.py)
    "doc_type": (
        "dev",
        "holdout",
        *_READ_HOLDOUTS,
        "holdout9",
        "holdout10",
        "holdout11",
        "holdout12",
        "holdout13",
        "holdout15",
    ),
    "language": ("dev", "holdout", "holdout3"),
    "party": ("dev", "holdout", "holdout2", "holdout3"),
    "call": ("dev", "holdout"),
}
# The sets never read while developing, with the accuracy first measured on them (README): a
# guard against regressions, not the floor, which some of them do not reach yet.
NEVER_READ: list[tuple[str, str, float]] = [
    ("doc_type", "holdout16", 0.844),
    ("doc_type", "holdout17", 0.889),
    ("confidentiality", "holdout17", 0.842),
    ("language", "holdout4", 0.983),
    ("party", "holdout4", 0.967),
    ("call", "holdout3", 1.0),
]
# Confidential documents decided public on the never-read confidentiality sets, first measured.
NEVER_READ_LEAKS = {"holdout17": 39}
# Of those, the ones decided without a flag: public without review (store.queries.held_for_review
# holds the flagged ones back), first measured.
NEVER_READ_EXPOSED = {"holdout17": 2}
# Sets read after their first measure whose round of rules is not finished: the accuracy and the
# confidential documents decided public reached so far (first measured: holdout9 0.847 with 43,
# holdout10 0.798 with 70, holdout11 0.794 with 68, holdout12 0.819 with 57, holdout13 0.837 with
# 61, 8 of them without review; holdout14 0.815 with 64, 17 of them without review; holdout15
# 0.844 with 40, 8 of them without review; holdout16 0.806 with 64, 19 of them without review), a
# guard until
# the round brings them to the floors and they join DEVELOPED.
IN_PROGRESS: list[tuple[str, str, float, int]] = [
    ("confidentiality", "holdout9", 0.959, 4),
    ("confidentiality", "holdout10", 0.942, 8),
    ("confidentiality", "holdout11", 0.968, 10),
    ("confidentiality", "holdout12", 0.951, 14),
    ("confidentiality", "holdout13", 0.929, 21),
    ("confidentiality", "holdout14", 0.938, 8),
    ("confidentiality", "holdout15", 0.941, 11),
    ("confidentiality", "holdout16", 0.966, 10),
    # in the document-type model's training since round 17, still under the floor
    ("doc_type", "holdout14", 0.944, 0),
]
# Confidential documents decided public that a developed set still has, each flagged for review:
# holdout8's h8-conf-es-016, a contract reached by "ya no tienen inconveniente en que se
# publique", a permission naming no document (read as all documents, rule 6).
FLAGGED_LEAKS_ALLOWED = {"holdout8": 1}
FLOORS = {"confidentiality": 0.97, "doc_type": 0.95, "language": 0.95, "party": 0.95, "call": 0.95}


@cache
def scores_of(decision: str) -> Scores:
    """The decision run on its labelled cases, once per test session."""
    return evaluate(EVAL, [decision])[decision]


def assert_floor(decision: str) -> None:
    """Accuracy at least the issue's floor on each developed split; the errors are named on
    failure (never-read sets are not developed on, so they are not listed)."""
    scores = scores_of(decision)
    for split in DEVELOPED[decision]:
        part = scores.subset(lambda o, s=split: o.split == s)
        assert part.outcomes, f"no {split} cases for {decision}"
        errors = [
            f"{o.case}: expected {o.expected}, got {o.got}" for o in part.outcomes if not o.right
        ]
        assert part.accuracy >= FLOORS[decision], (
            f"{decision} {split} accuracy {part.accuracy:.3f} < {FLOORS[decision]}; "
            + "; ".join(errors)
        )


def test_doc_type() -> None:
    assert_floor("doc_type")


def test_language() -> None:
    assert_floor("language")


def test_call() -> None:
    assert_floor("call")


def test_party() -> None:
    assert_floor("party")


def test_confidentiality() -> None:
    assert_floor("confidentiality")
    scores = scores_of("confidentiality")
    for split in DEVELOPED["confidentiality"]:
        part = scores.subset(lambda o, s=split: o.split == s)
        leaks = confidential_leaks(part)
        assert len(leaks) <= FLAGGED_LEAKS_ALLOWED.get(split, 0), (
            f"confidential documents decided public in {split}: {[o.case for o in leaks]}"
        )


@pytest.mark.parametrize(("decision", "split", "measured"), NEVER_READ)
def test_never_read_set_does_not_regress(decision: str, split: str, measured: float) -> None:
    part = scores_of(decision).subset(lambda o: o.split == split)
    assert part.outcomes, f"no {split} cases for {decision}"
    assert part.accuracy >= measured - 0.005, (
        f"{decision} {split} fell to {part.accuracy:.3f} from {measured}"
    )


@pytest.mark.parametrize(("split", "measured"), sorted(NEVER_READ_LEAKS.items()))
def test_never_read_confidentiality_leaks_do_not_grow(split: str, measured: int) -> None:
    part = scores_of("confidentiality").subset(lambda o: o.split == split)
    assert len(confidential_leaks(part)) <= measured


@pytest.mark.parametrize(("split", "measured"), sorted(NEVER_READ_EXPOSED.items()))
def test_never_read_confidential_documents_public_without_review_do_not_grow(
    split: str, measured: int
) -> None:
    part = scores_of("confidentiality").subset(lambda o: o.split == split)
    exposed = [o for o in confidential_leaks(part) if not o.held]
    assert len(exposed) <= measured


@pytest.mark.parametrize(("decision", "split", "reached", "leaks"), IN_PROGRESS)
def test_a_set_being_read_keeps_what_its_round_reached(
    decision: str, split: str, reached: float, leaks: int
) -> None:
    part = scores_of(decision).subset(lambda o: o.split == split)
    assert part.outcomes, f"no {split} cases for {decision}"
    assert part.accuracy >= reached - 0.005, f"{decision} {split} fell to {part.accuracy:.3f}"
    assert len(confidential_leaks(part)) <= leaks
