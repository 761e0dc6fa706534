#!/usr/bin/env python3
"""Write classifiers/doc_type_model.json from the labelled document-type cases in eval/.

The never-read sets (`intake.evaluate.DOC_TYPE_NEVER_READ`) stay out of training so that they keep measuring intake on documents it
has not seen (eval/README.md). Run after editing eval/doc_type*.jsonl; a test checks that the
shipped model matches the data.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from classifiers.doc_type_learned import MODEL_PATH, to_json, train  # noqa: E402
from intake.evaluate import doc_type_training_cases  # noqa: E402


def main() -> None:
    cases = doc_type_training_cases(ROOT / "eval")
    MODEL_PATH.write_text(to_json(train(cases)), encoding="utf-8")
    print(f"{MODEL_PATH.relative_to(ROOT)}: trained on {len(cases)} cases")


if __name__ == "__main__":
    main()
