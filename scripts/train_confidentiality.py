#!/usr/bin/env python3
"""Write classifiers/confidentiality_model.json from the sentence banks in tests/data/.

The odd lines of the paraphrase bank stay out of training: they judge the model on sentences
it has not seen (tests/test_confidentiality_paraphrases.py). Run after editing a bank; a test
checks that the shipped model matches the data.

With --quiet, first rewrite tests/data/confidentiality_sentences/eval_quiet.jsonl: the clauses
the rules leave unread in the labelled messages of eval/ that state nothing (every document
rightly decided by the call's default). They teach the model what ordinary mail says besides
statements (signatures, lists of attachments, descriptions). The never-read sets stay out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from classifiers import confidentiality_learned as learned  # noqa: E402
from classifiers.confidentiality import decide_confidentiality  # noqa: E402
from classifiers.confidentiality_scope import DocumentFacts  # noqa: E402
from intake.evaluate import CONFIDENTIALITY_NEVER_READ, load_cases  # noqa: E402

QUIET = ROOT / "tests" / "data" / "confidentiality_sentences" / "eval_quiet.jsonl"


def quiet_clauses() -> list[dict[str, str]]:
    """The unread clauses of the read messages in which nothing was stated."""
    found: dict[str, dict[str, str]] = {}
    for case in load_cases(ROOT / "eval", "confidentiality"):
        if case["split"] in CONFIDENTIALITY_NEVER_READ:
            continue
        facts = [
            DocumentFacts(
                d["filename"], d["doc_type"], d.get("origin", "attachment"), d.get("margins", "")
            )
            for d in case["documents"]
        ]
        learned.asked = []
        decisions = decide_confidentiality(
            case["body"], facts, case.get("default_confidential_types", ["contract"])
        )
        asked, learned.asked = learned.asked, None
        silent = all(
            d.evidence.startswith("nothing stated")
            and (d.value == "true") == bool(doc["expected_confidential"])
            for doc, d in zip(case["documents"], decisions, strict=True)
        )
        if silent:
            for clause in asked:
                found.setdefault(clause, {"lang": case["lang"], "kind": "noise", "text": clause})
    return list(found.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="rewrite eval_quiet.jsonl first")
    if parser.parse_args().quiet:
        clauses = quiet_clauses()
        QUIET.write_text(
            "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in clauses), encoding="utf-8"
        )
        print(f"{QUIET.relative_to(ROOT)}: {len(clauses)} clauses")
    examples = learned.training_examples(ROOT / "tests" / "data")
    learned.MODEL_PATH.write_text(learned.to_json(learned.train(examples)), encoding="utf-8")
    print(f"{learned.MODEL_PATH.relative_to(ROOT)}: trained on {len(examples)} sentences")


if __name__ == "__main__":
    main()
