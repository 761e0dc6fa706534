"""A learned second reading of one sentence: does it restrict, permit, or say nothing of
publishing the documents?

The rules in `confidentiality_reading` read a sentence through a lexicon of wordings. Each new
set of mail brings wordings the lexicon lacks; on the never-read holdout13, 19 of the 32
confidential documents left public by default came with a top message in which the rules found
no word of restriction at all. Adding the missed wordings to the lexicon mostly fixes those
wordings alone (README, round 14). This model reads what the lexicon does not know: a softmax
regression over the sentence's words, word pairs, word stems and negated words, trained on
sentence banks written by people who never saw the rules (`tests/data/confidentiality_sentences`
and the read half of `tests/data/confidentiality_paraphrases`).

It only ever speaks where the rules found nothing, and what it decides is held for review
(`confidentiality_learned`). The model is a JSON file of weights (`confidentiality_model.json`)
written by `scripts/train_confidentiality.py`; a test checks that the shipped file matches the
data.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

from classifiers.confidentiality_lexicon import fold_for_rules

MODEL_PATH = Path(__file__).with_name("confidentiality_model.json")
RESTRICT, PERMIT, NONE = "restrict", "permit", "none"
LABELS = (RESTRICT, PERMIT, NONE)
# The bank's four kinds as the model's three labels: a permission waiting on a condition is not
# yet a permission (as in the rules, `lex.PERMISSION_WAITS`).
KIND_LABEL = {"restriction": RESTRICT, "condition": RESTRICT, "permission": PERMIT, "noise": NONE}

_TOKEN = re.compile(r"[a-z]+|[.,;:!?()]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NEGATION = _words(
    "not no never nor without cannot ne n pas jamais aucun aucune sans ni nunca sin ningun "
    "ninguna ninguno tampoco nada nothing none rien"
)
# Where a negation's reach ends: punctuation and the words that turn a sentence.
_NEGATION_END = _words(", ; : . ! ? ( ) but however mais cependant pero sino")
_NEGATION_REACH = 5
# The names of documents say nothing of a stance: in the banks, lists of centres are more often
# restricted than plans, and a model that learned "liste" restricts every message that sends one.
_DOCUMENT_NOUNS = _words(
    "plan plans plano action actions accion protocol protocols protocole protocoles protocolo "
    "protocolos sop sops pon poe procedure procedures procedimiento procedimientos guide guides "
    "guidelines guidance guia guias fiche fiches manual manuel list lists liste listes lista "
    "listas listado listados directory directories annuaire annuaires repertoire directorio "
    "directorios contract contracts contrat contrats contrato contratos agreement agreements "
    "accord accords convention conventions convenio convenios mou moa memorandum memorando "
    "decree decrees decret decrets decreto decretos law laws loi lois ley leyes regulation "
    "regulations reglement arrete resolucion order annex annexes annexe anexo anexos "
    "appendix attachment attachments document documents documento documentos file files "
    "fichier fichiers archivo archivos report rapport informe centre centres center centers "
    "centro centros sanctuary sanctuaries refuge refugio spreadsheet tableau tabla"
)
STEM = 5  # a long word also counts by its first letters: "publicarse", "publication" -> "publi"

EPOCHS = 30
RATE = 0.5
L2 = 1e-3
MIN_COUNT = 2  # a feature seen once in training is dropped from the shipped weights
# A short clause gives the model too little to go on ("Le reste est inchangé").
MIN_WORDS = 6
THRESHOLD = 0.9  # the posterior of "restrict" at which a clause the rules left unread restricts
# The posterior of "restrict" at which a clause the rules read as a permission is held for review:
# lower, since a hold costs a reviewer's look and a wrong permission publishes (about 1% of the
# documents of the read sets are held by it).
DOUBT_THRESHOLD = 0.6


def features(sentence: str) -> list[str]:
    """Words (negated ones marked), word pairs and stems of one sentence, after the rules' fold."""
    tokens = _TOKEN.findall(fold_for_rules(sentence))
    found = ["bias"]
    reach = 0
    words: list[str] = []
    for token in tokens:
        if token in _NEGATION_END:
            reach = 0
            words.append("|")
            continue
        negated = reach > 0
        reach = _NEGATION_REACH if token in _NEGATION else max(reach - 1, 0)
        if token in _DOCUMENT_NOUNS:
            token = "doc"
        words.append(token)
        found.append(f"w:{token}")
        if negated:
            found.append(f"n:{token}")
        if len(token) > STEM + 1:
            found.append(f"s:{token[:STEM]}")
            if negated:
                found.append(f"ns:{token[:STEM]}")
    found.extend(f"b:{a}_{b}" for a, b in itertools.pairwise(words) if "|" not in (a, b))
    return found


class Model:
    """Weights per feature, one per label (LABELS order)."""

    def __init__(self, weights: Mapping[str, Sequence[float]]) -> None:
        self.weights = {k: list(v) for k, v in weights.items()}

    def posterior(self, sentence: str) -> dict[str, float]:
        scores = [0.0] * len(LABELS)
        for feature in features(sentence):
            row = self.weights.get(feature)
            if row is not None:
                scores = [s + w for s, w in zip(scores, row, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(LABELS, exps, strict=True)}

    def reasons(self, sentence: str, label: str) -> list[str]:
        """The words that speak most for a label, for the evidence."""
        k = LABELS.index(label)
        lifts: dict[str, float] = {}
        for feature in set(features(sentence)) - {"bias"}:
            row = self.weights.get(feature)
            if row is not None:
                lifts[feature] = row[k] - max(w for i, w in enumerate(row) if i != k)
        best = sorted(lifts, key=lambda f: (-lifts[f], f))[:3]
        return [f.split(":", 1)[1].replace("_", " ") for f in best if lifts[f] > 0]


def train(examples: Iterable[tuple[str, str]], seed: int = 0) -> Model:
    """Softmax regression by Adagrad over (sentence, label) pairs; deterministic for a seed."""
    data = [(features(text), LABELS.index(label)) for text, label in examples]
    counts = Counter(f for found, _ in data for f in set(found))
    data = [([f for f in found if counts[f] >= MIN_COUNT], y) for found, y in data]
    weights: dict[str, list[float]] = {}
    squares: dict[str, list[float]] = {}
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for index in order:
            found, y = data[index]
            rows = [weights.setdefault(f, [0.0] * len(LABELS)) for f in found]
            scores = [sum(row[k] for row in rows) for k in range(len(LABELS))]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            gradient = [e / total - (1.0 if k == y else 0.0) for k, e in enumerate(exps)]
            for feature, row in zip(found, rows, strict=True):
                square = squares.setdefault(feature, [1e-8] * len(LABELS))
                for k in range(len(LABELS)):
                    g = gradient[k] + L2 * row[k]
                    square[k] += g * g
                    row[k] -= RATE * g / math.sqrt(square[k])
    return Model(weights)


def to_json(model: Model) -> str:
    """A stable text form: sorted features, rounded weights."""
    data = {
        "labels": list(LABELS),
        "weights": {k: [round(w, 4) for w in v] for k, v in sorted(model.weights.items())},
    }
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def from_json(text: str) -> Model:
    data = json.loads(text)
    if tuple(data["labels"]) != LABELS:
        raise ValueError(f"confidentiality model labels {data['labels']} are not {LABELS}")
    return Model(data["weights"])


@cache
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when the file is missing (the rules then decide alone)."""
    if not path.is_file():
        return None
    return from_json(path.read_text(encoding="utf-8"))


def knows(word: str) -> bool:
    """Whether a folded word is one the model learned (so an English, French or Spanish word)."""
    model = load_model()
    if model is None or word in _DOCUMENT_NOUNS:
        return True
    weights = model.weights
    return f"w:{word}" in weights or (len(word) > STEM + 1 and f"s:{word[:STEM]}" in weights)


# When a list, every clause the model is asked about is appended to it and the model stays
# silent: scripts/train_confidentiality.py collects what the rules alone leave unread.
asked: list[str] | None = None


def _restricts(clause: str, threshold: float) -> bool:
    model = load_model()
    if model is None or len(_TOKEN.findall(clause)) < MIN_WORDS:
        return False
    return model.posterior(clause)[RESTRICT] >= threshold


def learned_restriction(clause: str, threshold: float = THRESHOLD) -> bool:
    """Whether the model reads a restriction in a clause the rules found nothing in."""
    if asked is not None:
        asked.append(clause)
        return False
    return _restricts(clause, threshold)


def learned_doubt(clause: str, threshold: float = DOUBT_THRESHOLD) -> bool:
    """Whether the model reads a restriction in a clause the rules read as a permission ("not
    for dissemination beyond the Secretariat", where the rules saw a negated restriction)."""
    if asked is not None:  # training collects only the clauses the rules left unread
        return False
    return _restricts(clause, threshold)


def bank_examples(directory: Path, every_other: bool = False) -> list[tuple[str, str]]:
    """(sentence, label) pairs of the sentence banks in a directory (`<lang>*.jsonl`); with
    `every_other`, only the even lines (the odd half stays unread, to judge the model)."""
    examples = []
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                if not line.strip() or (every_other and number % 2):
                    continue
                item = json.loads(line)
                examples.append((item["text"], KIND_LABEL[item["kind"]]))
    return examples


def training_examples(data: Path) -> list[tuple[str, str]]:
    """What the shipped model is trained on: every sentence bank, and the read (even) half of
    the paraphrase bank."""
    return bank_examples(data / "confidentiality_sentences") + bank_examples(
        data / "confidentiality_paraphrases", every_other=True
    )
