"""Language of a text: en/fr/es expected; other languages kept and flagged.

langdetect is seeded so the same text always gets the same answer. Two detectors run: one over
all of langdetect's languages (to notice Portuguese or German), one limited to the three working
languages of the Convention (far more accurate on short texts).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from langdetect import DetectorFactory
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import LangDetectException

from intake.domain import Decision

WORKING = ("en", "fr", "es")
_SEED = 0
_NOISE = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d\s().-]{5,}\d|[_=*#~-]{3,}"
)


@lru_cache(maxsize=2)
def _factory(languages: tuple[str, ...] | None) -> DetectorFactory:
    factory = DetectorFactory()
    factory.seed = _SEED
    if languages is None:
        factory.load_profile(PROFILES_DIRECTORY)
    else:
        profiles = [
            (Path(PROFILES_DIRECTORY) / lang).read_text(encoding="utf-8") for lang in languages
        ]
        factory.load_json_profile(profiles)
    return factory


def _probabilities(text: str, languages: tuple[str, ...] | None) -> list[tuple[str, float]]:
    detector = _factory(languages).create()
    detector.append(text)
    try:
        return [(str(p.lang), float(p.prob)) for p in detector.get_probabilities()]
    except LangDetectException:
        return []


def clean_for_detection(text: str) -> str:
    """The words of a text without addresses, links, phone numbers and quoted replies."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    return re.sub(r"\s+", " ", _NOISE.sub(" ", "\n".join(lines))).strip()


def detect_language(text: str, *, sample_chars: int = 20000) -> Decision:
    """The main language of a text, with its probability; None when there are too few words."""
    clean = clean_for_detection(text)[:sample_chars]
    letters = sum(ch.isalpha() for ch in clean)
    if letters < 3:
        return Decision("language", None, 0.0, "no text to detect a language in")
    working = _probabilities(clean, WORKING)
    every = _probabilities(clean, None)
    if not working:
        return Decision("language", None, 0.0, "no recognisable words")
    best, prob = working[0]
    # Short texts are where detectors err; scale confidence by the amount of evidence.
    evidence_weight = min(1.0, letters / 60)
    confidence = round(prob * (0.5 + 0.5 * evidence_weight), 3)
    if every and every[0][0] not in WORKING and every[0][1] > 0.9 and letters >= 40:
        other, other_prob = every[0]
        return Decision(
            "language",
            other,
            round(other_prob * evidence_weight, 3),
            f"not a working language: {other} ({other_prob:.2f}); closest working: {best}",
            flags=("language_other",),
        )
    return Decision("language", best, confidence, f"{best} {prob:.2f} over {letters} letters")


def other_languages(text: str, main: str | None, *, block_chars: int = 1500) -> list[str]:
    """Other working languages that fill a sizeable block of a longer, mixed document."""
    found: list[str] = []
    if len(text) < 2 * block_chars:
        return found
    for start in range(0, min(len(text), 60000), block_chars):
        block = clean_for_detection(text[start : start + block_chars])
        if sum(ch.isalpha() for ch in block) < 200:
            continue
        probs = _probabilities(block, WORKING)
        if probs and probs[0][1] > 0.9 and probs[0][0] != main and probs[0][0] not in found:
            found.append(probs[0][0])
    return found
