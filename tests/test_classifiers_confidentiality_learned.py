"""The learned reading of single sentences: its features, its training, where it may speak in a
message, and that the shipped model is the one the sentence banks give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifiers import confidentiality_learned as learned
from classifiers.confidentiality import CONFIDENTIAL, PUBLIC, decide_confidentiality
from classifiers.confidentiality_scope import DocumentFacts
from intake.evaluate import CONFIDENTIALITY_NEVER_READ

DATA = Path(__file__).parent / "data"
PLAN = DocumentFacts("Plan_accion_2021.pdf", "action_plan", "attachment", "")
LIST = DocumentFacts("Centros_rescate.xlsx", "network_resources", "attachment", "")
CONTRACT = DocumentFacts("Contract_rescue_centre.pdf", "contract", "attachment", "")

TOY = [
    ("Please keep the list private.", learned.RESTRICT),
    ("The list must stay private.", learned.RESTRICT),
    ("Keep it private, please.", learned.RESTRICT),
    ("The list can go online.", learned.PERMIT),
    ("Feel free to put the plan online.", learned.PERMIT),
    ("It can go online now.", learned.PERMIT),
    ("Best regards from the Ministry.", learned.NONE),
    ("Regards, the Ministry team.", learned.NONE),
    ("Thank you for your patience.", learned.NONE),
]


def test_negated_words_are_marked_until_the_clause_turns() -> None:
    found = learned.features("Ne pas publier la liste, mais le plan oui.")
    assert "n:publier" in found and "n:doc" in found  # within the reach of "pas"
    assert "w:mais" not in found  # the turn ends the negation...
    assert "n:oui" not in found and "w:oui" in found  # ...so what follows is not negated


def test_document_names_are_masked_and_long_words_stemmed() -> None:
    found = learned.features("El listado de centros es reservado")
    assert "w:listado" not in found and "w:doc" in found
    assert "s:reser" in found  # "reservado", "reservada", "réserve" share their first letters
    assert "b:doc_de" in found


def test_training_is_deterministic_and_learns_the_examples() -> None:
    first, second = learned.train(TOY), learned.train(TOY)
    assert learned.to_json(first) == learned.to_json(second)
    for text, label in TOY:
        posterior = first.posterior(text)
        assert max(posterior, key=posterior.__getitem__) == label, text
    assert "private" in first.reasons("Keep the list private.", learned.RESTRICT)


def test_the_json_form_keeps_the_model_and_checks_its_labels() -> None:
    model = learned.train(TOY)
    again = learned.from_json(learned.to_json(model))
    assert again.posterior("keep it private") == pytest.approx(
        model.posterior("keep it private"), abs=1e-3
    )
    data = json.loads(learned.to_json(model))
    data["labels"] = ["permit", "restrict", "none"]
    with pytest.raises(ValueError, match="labels"):
        learned.from_json(json.dumps(data))


def test_without_a_shipped_model_the_rules_decide_alone(tmp_path: Path) -> None:
    assert learned.load_model(tmp_path / "missing.json") is None


def test_the_shipped_model_is_the_one_the_banks_give() -> None:
    examples = learned.training_examples(DATA)
    assert learned.MODEL_PATH.read_text(encoding="utf-8") == learned.to_json(
        learned.train(examples)
    ), "classifiers/confidentiality_model.json is stale: run scripts/train_confidentiality.py"


def test_the_unread_half_of_the_paraphrase_bank_stays_out_of_training() -> None:
    trained = {text for text, _ in learned.training_examples(DATA)}
    lines = (
        (DATA / "confidentiality_paraphrases" / "en.jsonl").read_text(encoding="utf-8").splitlines()
    )
    odd = {json.loads(line)["text"] for line in lines[1::2]}
    even = {json.loads(line)["text"] for line in lines[0::2]}
    assert even <= trained
    assert not odd & trained


def test_the_never_read_sets_are_kept_out_of_the_quiet_clauses() -> None:
    # scripts/train_confidentiality.py --quiet collects clauses from every set but these
    from tests.test_eval import NEVER_READ

    never_read = {split for decision, split, _ in NEVER_READ if decision == "confidentiality"}
    assert never_read <= CONFIDENTIALITY_NEVER_READ


@pytest.mark.parametrize(
    "path", sorted((DATA / "confidentiality_sentences").glob("*.jsonl")), ids=lambda p: p.name
)
def test_the_banks_are_well_formed(path: Path) -> None:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert items and all(set(item) == {"lang", "kind", "text"} for item in items)
    assert {item["kind"] for item in items} <= set(learned.KIND_LABEL)
    assert {item["lang"] for item in items} <= {"en", "fr", "es"}
    assert len({item["text"] for item in items}) == len(items)


# --- Where the model speaks in a message ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Please find attached our action plan and the list of rescue centres. The list of centres "
        "should stay strictly among the Management Authorities, given the names of the keepers it carries.",
        "Adjuntamos el plan de acción y el listado de centros. El listado de centros debe quedar "
        "solo entre las autoridades, ya que trae los nombres de los cuidadores.",
    ],
)
def test_a_wording_the_lexicon_lacks_is_read_by_the_model_and_held(text: str) -> None:
    plan, centres = decide_confidentiality(text, [PLAN, LIST], ["contract"])
    assert plan.value == PUBLIC and plan.flags == ("confidentiality_default",)
    assert centres.value == CONFIDENTIAL
    assert centres.flags == ("confidentiality_learned",)
    assert centres.evidence.startswith("learned reading of")
    assert centres.confidence < 0.6


def test_the_model_does_not_read_what_ordinary_mail_says() -> None:
    text = (
        "Dear colleagues,\n\nPlease find attached our action plan and the list of rescue centres, "
        "sent in two parts because of their size.\n\nKind regards,\nJohn Smith, Head of Unit, "
        "Ministry of Environment, 12 Green Street, Port Town"
    )
    decisions = decide_confidentiality(text, [PLAN, LIST], ["contract"])
    assert [d.value for d in decisions] == [PUBLIC, PUBLIC]
    assert all(d.flags == ("confidentiality_default",) for d in decisions)


def test_a_statement_the_rules_read_outranks_the_model() -> None:
    # The model takes "after the review" for a condition; the rules read the permission.
    text = "The plan can be published. We checked it after the review and confirm it is final."
    assert learned.learned_restriction("we checked it after the review and confirm it is final")
    (plan,) = decide_confidentiality(text, [PLAN], ["contract"])
    assert plan.value == PUBLIC and "confidentiality_learned" not in plan.flags


def test_a_short_clause_gives_the_model_too_little() -> None:
    assert not learned.learned_restriction("le reste est inchange")


def test_the_model_never_lifts_a_restriction() -> None:
    # It only adds restrictions: over every permission of the banks, a contract is never made
    # public by a learned reading.
    for path in sorted((DATA / "confidentiality_sentences").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item["kind"] == "permission":
                (contract,) = decide_confidentiality(item["text"], [CONTRACT], ["contract"])
                assert not (
                    contract.value == PUBLIC and "confidentiality_learned" in contract.flags
                )


def test_collecting_the_clauses_silences_the_model() -> None:
    learned.asked = []
    try:
        decide_confidentiality(
            "The list of centres should stay strictly among the Management Authorities, given "
            "the names of the keepers it carries.",
            [LIST],
            ["contract"],
        )
        asked = list(learned.asked)
    finally:
        learned.asked = None
    assert any("management authorities" in clause for clause in asked)
