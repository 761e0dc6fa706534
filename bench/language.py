"""Language detectors measured on the labelled set: accuracy and time per call.

    .venv/bin/python bench/language.py [EVAL_DIR]

Runs, in one process, on eval/language.jsonl (whole texts) and on 3-word snippets cut from its
single-language texts: langdetect over all its languages (seeded; the baseline), langdetect
limited to en/fr/es, lingua limited to en/fr/es, lingua over its 75 languages, lingua over the
wide set intake uses for its second look (low-accuracy mode), and intake's detector
(`classifiers.language.detect_language`). Prints a Markdown table with ratios against the
baseline measured in the same run, and how often unseeded langdetect changes its answer on the
snippets between two runs.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from langdetect import DetectorFactory
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import LangDetectException
from lingua import LanguageDetector, LanguageDetectorBuilder

from classifiers.language import OTHER_LATIN, WORKING, detect_language
from classifiers.language import confidences as lingua_confidences

EVAL = Path(__file__).resolve().parents[1] / "eval"
SNIPPET_WORDS = 3
SNIPPETS_PER_TEXT = 8

Detect = Callable[[str], str | None]


def _langdetect_factory(languages: Sequence[str] | None, seed: int | None) -> DetectorFactory:
    factory = DetectorFactory()
    factory.seed = seed
    if languages is None:
        factory.load_profile(PROFILES_DIRECTORY)
    else:
        profiles = [
            (Path(PROFILES_DIRECTORY) / lang).read_text(encoding="utf-8") for lang in languages
        ]
        factory.load_json_profile(profiles)
    return factory


def _langdetect(factory: DetectorFactory, text: str) -> str | None:
    detector = factory.create()
    detector.append(text)
    try:
        return str(detector.detect()).split("-")[0]
    except LangDetectException:
        return None


def _lingua(detector: LanguageDetector, text: str) -> str | None:
    language = detector.detect_language_of(text)
    return language.iso_code_639_1.name.lower() if language else None


def _lingua_wide(text: str) -> str | None:
    ranked = lingua_confidences(text, WORKING + OTHER_LATIN, low_accuracy=True)
    return ranked[0][0] if ranked else None


def _intake(text: str) -> str | None:
    value = detect_language(text).value
    return str(value) if value else None


def snippets(text: str) -> list[str]:
    """Consecutive 3-word pieces of a text (words of letters only), at most a few per text."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) < 25]
    pieces = [
        " ".join(words[i : i + SNIPPET_WORDS])
        for i in range(0, len(words) - SNIPPET_WORDS + 1, SNIPPET_WORDS)
    ]
    return pieces[:SNIPPETS_PER_TEXT]


@dataclass
class Result:
    name: str
    texts_right: int
    texts: int
    working_right: int
    working: int
    snippets_right: int
    snippets: int
    working_snippets_right: int
    working_snippets: int
    micros_text: float
    micros_snippet: float


def measure(
    name: str, detect: Detect, cases: list[dict[str, Any]], pieces: list[tuple[str, str]]
) -> Result:
    detect("warm up: load the models before timing")
    started = time.perf_counter()
    got = [detect(c["text"]) for c in cases]
    micros_text = (time.perf_counter() - started) / len(cases) * 1e6
    started = time.perf_counter()
    got_pieces = [detect(text) for text, _ in pieces]
    micros_snippet = (time.perf_counter() - started) / len(pieces) * 1e6
    right = [g == c["expected"] for g, c in zip(got, cases, strict=True)]
    working = [r for r, c in zip(right, cases, strict=True) if c["expected"] in WORKING]
    right_pieces = [g == e for g, (_, e) in zip(got_pieces, pieces, strict=True)]
    working_pieces = [r for r, (_, e) in zip(right_pieces, pieces, strict=True) if e in WORKING]
    return Result(
        name,
        sum(right),
        len(cases),
        sum(working),
        len(working),
        sum(right_pieces),
        len(pieces),
        sum(working_pieces),
        len(working_pieces),
        micros_text,
        micros_snippet,
    )


def unstable_share(pieces: list[tuple[str, str]]) -> float:
    """Share of snippets on which two unseeded langdetect runs disagree."""
    factory = _langdetect_factory(None, None)
    first = [_langdetect(factory, t) for t, _ in pieces]
    second = [_langdetect(factory, t) for t, _ in pieces]
    return sum(a != b for a, b in zip(first, second, strict=True)) / len(pieces)


def main() -> int:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else EVAL
    with (directory / "language.jsonl").open(encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle if line.strip()]
    pieces = [
        (piece, c["expected"])
        for c in cases
        if not c.get("others")
        for piece in snippets(c["text"])
    ]
    detectors: list[tuple[str, Detect]] = [
        ("langdetect, all languages (seeded)", partial(_langdetect, _langdetect_factory(None, 0))),
        ("langdetect, en/fr/es", partial(_langdetect, _langdetect_factory(WORKING, 0))),
        (
            "lingua, en/fr/es",
            partial(_lingua, LanguageDetectorBuilder.from_iso_codes_639_1(*_iso(WORKING)).build()),
        ),
        (
            "lingua, all 75 languages",
            partial(_lingua, LanguageDetectorBuilder.from_all_languages().build()),
        ),
        (f"lingua, wide set of {len(WORKING + OTHER_LATIN)} (low accuracy)", _lingua_wide),
        ("intake (lingua en/fr/es + second look + phrases)", _intake),
    ]
    results = [measure(name, detect, cases, pieces) for name, detect in detectors]
    base = results[0]
    print(
        f"{len(cases)} texts ({base.working} in en/fr/es), {len(pieces)} snippets of "
        f"{SNIPPET_WORDS} words ({base.working_snippets} in en/fr/es)\n"
    )
    print(
        "| detector | texts | texts en/fr/es | 3-word snippets | snippets en/fr/es | µs/text "
        "| µs/snippet | accuracy vs baseline (texts, snippets) | time vs baseline (texts, snippets) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        acc_t, acc_s = r.texts_right / r.texts, r.snippets_right / r.snippets
        base_t, base_s = base.texts_right / base.texts, base.snippets_right / base.snippets
        print(
            f"| {r.name} | {acc_t:.1%} | {r.working_right / r.working:.1%} | {acc_s:.1%} "
            f"| {r.working_snippets_right / r.working_snippets:.1%} "
            f"| {r.micros_text:,.0f} | {r.micros_snippet:,.0f} "
            f"| {acc_t / base_t:.2f}x, {acc_s / base_s:.2f}x "
            f"| {r.micros_text / base.micros_text:.2f}x, {r.micros_snippet / base.micros_snippet:.2f}x |"
        )
    print(
        f"\nunseeded langdetect changed its answer on {unstable_share(pieces):.1%} of the snippets between two runs"
    )
    return 0


def _iso(codes: Sequence[str]) -> list[Any]:
    from lingua import IsoCode639_1

    return [getattr(IsoCode639_1, c.upper()) for c in codes]


if __name__ == "__main__":
    sys.exit(main())
