"""Document type: what the learned second opinion costs beside the rules, per document.

    .venv/bin/python bench/doc_type.py [EVAL_DIR]

Runs, in one process, over every case of eval/doc_type*.jsonl: the rules alone
(`classifiers.doc_type.rules_doc_type`, the baseline), the learned model alone
(`classifiers.doc_type_learned`), and what intake runs, the two mixed
(`classifiers.doc_type.classify_doc_type`). Prints a Markdown table of the time per document
with ratios against the baseline measured in the same run, and the accuracy of each on the sets
the model was not trained on (`intake.evaluate.DOC_TYPE_NEVER_READ`).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from classifiers.doc_type import classify_doc_type, rules_doc_type
from classifiers.doc_type_learned import load_model
from intake.evaluate import DOC_TYPE_NEVER_READ, load_cases

EVAL = Path(__file__).resolve().parents[1] / "eval"
ROUNDS = 3  # each variant runs over all cases this many times; the fastest round counts

Decide = Callable[[dict[str, Any]], str | None]


def _rules(case: dict[str, Any]) -> str | None:
    return rules_doc_type(case["filename"], case["first_page"], case.get("title", "")).value


def _mixed(case: dict[str, Any]) -> str | None:
    return classify_doc_type(case["filename"], case["first_page"], case.get("title", "")).value


def _learned(case: dict[str, Any]) -> str | None:
    model = load_model()
    assert model is not None, "no shipped model: run scripts/train_doc_type.py"
    posterior = model.posterior(case["filename"], case.get("title", ""), case["first_page"])
    return max(posterior, key=posterior.__getitem__)


def _timed(decide: Decide, cases: list[dict[str, Any]]) -> float:
    """Seconds per document, the fastest of ROUNDS passes."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for case in cases:
            decide(case)
        best = min(best, time.perf_counter() - start)
    return best / len(cases)


def main(directory: Path = EVAL) -> None:
    cases = load_cases(directory, "doc_type")
    unseen = [c for c in cases if c["split"] in DOC_TYPE_NEVER_READ]
    _mixed(cases[0])  # load the model once before timing
    variants: list[tuple[str, Decide]] = [
        ("rules alone (baseline)", _rules),
        ("learned model alone", _learned),
        ("rules and model mixed (intake)", _mixed),
    ]
    baseline = _timed(_rules, cases)
    print(f"{len(cases)} cases; accuracy on the {len(unseen)} the model was not trained on\n")
    print("| variant | ms/document | time vs baseline | accuracy, unseen |")
    print("|---|---|---|---|")
    for name, decide in variants:
        per_doc = baseline if decide is _rules else _timed(decide, cases)
        right = sum(decide(c) == c["expected"] for c in unseen)
        accuracy = f"{right / len(unseen):.3f}" if unseen else "-"
        print(f"| {name} | {per_doc * 1000:.2f} | {per_doc / baseline:.2f}x | {accuracy} |")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else EVAL)
