"""Which confidentiality decisions ask a reviewer to look: a permission that reaches a document by
inference (a contract under "all documents", anything under "the others") is flagged, a permission
that names the document is not."""

from __future__ import annotations

from classifiers.confidentiality import decide_confidentiality
from classifiers.confidentiality_scope import DocumentFacts

DOCS = [
    DocumentFacts("Plan_accion_animales_decomisados.pdf", "action_plan", "attachment", ""),
    DocumentFacts("Convenio_Zoologico_Municipal.pdf", "contract", "attachment", ""),
    DocumentFacts("Protocolo_aduanas_policia.pdf", "protocol", "attachment", ""),
]


def _decide(body: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(d.value, d.flags) for d in decide_confidentiality(body, DOCS, ["contract"])]


def test_a_contract_made_public_by_a_global_permission_is_flagged() -> None:
    decisions = _decide("Estimada Secretaría:\n\nTodos los documentos adjuntos pueden publicarse.")
    assert [value for value, _ in decisions] == ["false", "false", "false"]
    assert "confidentiality_inferred" in decisions[1][1]
    assert "confidentiality_inferred" not in decisions[0][1]  # a plan is public by default anyway


def test_the_others_are_flagged_when_made_public() -> None:
    decisions = _decide(
        "Dear Secretariat,\n\nThe protocol is for internal use only; the others may be published."
    )
    assert [value for value, _ in decisions] == ["false", "false", "true"]
    assert all("confidentiality_inferred" in flags for _, flags in decisions[:2])


def test_a_contract_named_by_its_file_name_is_not_flagged() -> None:
    decisions = _decide(
        "Madame,\n\nLe fichier Convenio_Zoologico_Municipal.pdf peut être publié sans restriction."
    )
    assert decisions[1] == ("false", ())
