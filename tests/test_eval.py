"""The classifiers on the labelled set in eval/ (see eval/README.md): each decision must reach its
floor on the dev cases and, separately, on the holdout cases. One test function per decision."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from intake.evaluate import Scores, confidential_leaks, evaluate

EVAL = Path(__file__).resolve().parents[1] / "eval"
# The sets the rules were developed against (dev), or read after a first measure (holdout,
# holdout2). holdout3 was never read: its figures are reported in the README and guarded below
# against regressions, at the level measured when it was first run.
SPLITS = ("dev", "holdout")
DEVELOPED = ("dev", "holdout", "holdout2")


@cache
def scores_of(decision: str) -> Scores:
    """The decision run on its labelled cases, once per test session."""
    return evaluate(EVAL, [decision])[decision]


def assert_floor(decision: str, floor: float, splits: tuple[str, ...] = SPLITS) -> None:
    """Accuracy at least `floor` on each split; the dev errors are named on failure (held-out
    cases stay unread)."""
    scores = scores_of(decision)
    for split in splits:
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


def test_confidentiality() -> None:
    assert_floor("confidentiality", 0.97, DEVELOPED)
    scores = scores_of("confidentiality")
    for split in DEVELOPED:
        part = scores.subset(lambda o, s=split: o.split == s)
        assert not confidential_leaks(part), f"confidential documents decided public in {split}"


def test_party() -> None:
    assert_floor("party", 0.95, DEVELOPED)


def test_held_out_set_does_not_regress() -> None:
    """holdout3, never read while developing: the figures first measured on it (README) are a
    floor against regressions, not the issue's floor, which this set does not reach yet."""
    first_measure = {
        "confidentiality": 0.945,
        "doc_type": 0.90,
        "language": 0.90,
        "party": 0.917,
        "call": 1.0,
    }
    for decision, measured in first_measure.items():
        part = scores_of(decision).subset(lambda o: o.split == "holdout3")
        assert part.outcomes, f"no holdout3 cases for {decision}"
        assert part.accuracy >= measured - 0.005, (
            f"{decision} holdout3 fell to {part.accuracy:.3f} from {measured}"
        )
