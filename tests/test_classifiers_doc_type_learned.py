"""The learned second opinion on the document type: its features, its training, how it mixes
with the rules, and that the shipped model is the one the labelled data give."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from classifiers import doc_type_learned as learned
from classifiers.doc_type import classify_doc_type, rules_doc_type
from intake.evaluate import DOC_TYPE_NEVER_READ, doc_type_training_cases

ROOT = Path(__file__).resolve().parents[1]


CASES = [
    {"expected": "contract", "filename": "Contrato_servicios.pdf", "title": "",
     "first_page": "CONTRATO DE PRESTACIÓN DE SERVICIOS entre las partes, cláusula primera"},
    {"expected": "contract", "filename": "Convenio_zoo.pdf", "title": "Convenio",
     "first_page": "Convenio entre las partes; cláusula segunda: obligaciones del zoológico"},
    {"expected": "sop", "filename": "SOP_airport.pdf", "title": "",
     "first_page": "Standard operating procedure. Step 1 check the crate. Step 2 call the vet."},
    {"expected": "sop", "filename": "POE_aduana.pdf", "title": "",
     "first_page": "Procedimiento operativo: paso 1 verificar la caja; paso 2 llamar al veterinario"},
]  # fmt: skip


def test_features_say_where_each_word_stands() -> None:
    found = learned.features("ActionPlan_Parrots.docx", "Plan d'action", "PLAN D'ACTION NATIONAL")
    assert {"f:action", "f:plan", "t:action", "p:national", "w:parrots", "b:plan_action"} <= found
    assert "h:plan" in found  # the first words of the page, its title
    assert "f:docx" not in found  # the extension says nothing of the type


def test_a_model_trained_on_cases_decides_like_them() -> None:
    model = learned.train(CASES)
    assert model.cases == {"contract": 2, "sop": 2}
    post = model.posterior(
        "Contrato_clinica.pdf", "", "Contrato entre las partes, cláusula tercera"
    )
    assert math.isclose(sum(post.values()), 1.0)
    assert max(post, key=post.get) == "contract"
    assert "clausula" in " ".join(model.reasons("contract", "Contrato.pdf", "", "cláusula"))


def test_the_json_form_keeps_the_model() -> None:
    model = learned.train(CASES)
    again = learned.from_json(learned.to_json(model))
    page = "Step 1 check the crate"
    assert again.posterior("x.pdf", "", page) == model.posterior("x.pdf", "", page)


def test_the_mix_is_half_rules_half_model() -> None:
    labels = ["contract", "sop", "other"]
    belief = learned.mix("sop", 0.8, {"contract": 0.9, "sop": 0.05, "other": 0.05}, labels)
    assert belief == pytest.approx({"contract": 0.5 * 0.1 + 0.45, "sop": 0.425, "other": 0.075})
    assert math.isclose(sum(belief.values()), 1.0)


def test_without_a_shipped_model_the_rules_decide(tmp_path: Path) -> None:
    assert learned.load_model(tmp_path / "missing.json") is None


def test_the_model_decides_where_the_rules_have_little_to_go_on() -> None:
    # No type name, no structure the rules know: the words of a centre's intake routine.
    page = (
        "Upon arrival each animal is weighed and photographed by the keeper on duty, who "
        "records the seizure number on the intake sheet and moves it to quarantine."
    )
    rules = rules_doc_type("notes_reception.pdf", page)
    mixed = classify_doc_type("notes_reception.pdf", page)
    assert mixed.value in {"sop", "protocol"}
    if mixed.value != rules.value:
        assert mixed.evidence.startswith("learned from the labelled set")
        assert f"the rules said {rules.value}" in mixed.evidence


def test_a_genre_the_rules_recognise_as_other_stands() -> None:
    page = "FOR IMMEDIATE RELEASE\n\nParrots rescued at the port\n\nMedia contact: Press Office"
    assert classify_doc_type("news.docx", page).value == "other"


def test_the_shipped_model_is_the_one_the_labelled_data_give() -> None:
    cases = doc_type_training_cases(ROOT / "eval")
    assert not {c["split"] for c in cases} & DOC_TYPE_NEVER_READ
    assert learned.MODEL_PATH.read_text(encoding="utf-8") == learned.to_json(
        learned.train(cases)
    ), "classifiers/doc_type_model.json is stale: run scripts/train_doc_type.py"


def test_never_read_sets_are_kept_out_of_training() -> None:
    from tests.test_eval import NEVER_READ

    never_read = {split for decision, split, _ in NEVER_READ if decision == "doc_type"}
    assert never_read <= DOC_TYPE_NEVER_READ
