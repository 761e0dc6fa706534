"""The classifiers on the labelled set in eval/ (see eval/README.md): each decision must reach its
floor on the dev cases and, separately, on the holdout cases. One test function per decision."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from intake.evaluate import Scores, evaluate

EVAL = Path(__file__).resolve().parents[1] / "eval"
SPLITS = ("dev", "holdout")


@cache
def scores_of(decision: str) -> Scores:
    """The decision run on its labelled cases, once per test session."""
    return evaluate(EVAL, [decision])[decision]


def assert_floor(decision: str, floor: float) -> None:
    """Accuracy at least `floor` on dev and on holdout; the dev errors are named on failure
    (holdout cases stay unread)."""
    scores = scores_of(decision)
    for split in SPLITS:
        part = scores.subset(lambda o, s=split: o.split == s)
        assert part.outcomes, f"no {split} cases for {decision}"
        errors = [
            f"{o.case}: expected {o.expected}, got {o.got}"
            for o in part.outcomes
            if not o.right and split == "dev"
        ]
        assert part.accuracy >= floor, (
            f"{decision} {split} accuracy {part.accuracy:.3f} < {floor}; " + "; ".join(errors)
        )


def test_doc_type() -> None:
    assert_floor("doc_type", 0.95)


def test_language() -> None:
    assert_floor("language", 0.95)


def test_call() -> None:
    assert_floor("call", 0.95)
