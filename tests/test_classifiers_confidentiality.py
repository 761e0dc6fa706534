"""Confidentiality per document, one behaviour per test: what the Party writes (in English, French
or Spanish) and what the documents are marked decide whether each attached document is
confidential ("true") or may be published ("false").

Every message here was written for these tests. Read top to bottom, the groups follow the rules:
global statements, scope (which documents a sentence speaks of), polarity (negation, conditions),
clause structure, threads and answers to the Secretariat, noise that is not about the documents,
markings printed in the documents, the transmittal letter, the call's default, conflicts and
evidence.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from classifiers.confidentiality import CONFIDENTIAL, PUBLIC, decide_confidentiality
from classifiers.confidentiality_foreign import unread_notes
from classifiers.confidentiality_scope import DocumentFacts
from intake.domain import Decision

T, F = CONFIDENTIAL, PUBLIC  # "true" (confidential), "false" (may be published)


def doc(
    filename: str, doc_type: str = "other", origin: str = "attachment", margins: str = ""
) -> DocumentFacts:
    """An attached document: its file name, type, origin and the text of its margins."""
    return DocumentFacts(filename, doc_type, origin, margins)


SOP = doc("SOP_seized_parrots.pdf", "sop")
PLAN = doc("National_Action_Plan_2021.docx", "action_plan")
AGREEMENT = doc("Agreement_Rescue_Centre.pdf", "contract")
LIST = doc("Rescue_centres_list.xlsx", "network_resources")
THREE = (SOP, PLAN, AGREEMENT)


def decide(
    text: str, docs: Sequence[DocumentFacts], defaults: Sequence[str] = ("contract",)
) -> list[Decision]:
    """The decisions for a message, with the 2021/008 default (contracts confidential)."""
    return decide_confidentiality(text, docs, defaults)


def values(
    text: str, docs: Sequence[DocumentFacts], defaults: Sequence[str] = ("contract",)
) -> list[str | None]:
    """The value decided for each document, in order."""
    return [d.value for d in decide(text, docs, defaults)]


def stated(decisions: Sequence[Decision]) -> bool:
    """Whether every decision came from a statement or a marking, not from the call's default."""
    return all("confidentiality_default" not in d.flags for d in decisions)


# --- Global permission and restriction -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dear Secretariat,\n\nPlease find attached our documents for Notification 2021/008. All documents may be published on the CITES website.\n\nKind regards",
        "Madame,\n\nVous trouverez ci-joint nos documents. Tous les documents peuvent être publiés.\n\nCordialement",
        "Estimada Sra.:\n\nAdjuntamos nuestros documentos. Todos los documentos pueden publicarse sin restricciones.\n\nAtentamente",
    ],
    ids=["en", "fr", "es"],
)
def test_global_permission_makes_every_document_public(text: str) -> None:
    """A permission about all documents covers the contract too."""
    decisions = decide(text, THREE)
    assert [d.value for d in decisions] == [F, F, F]
    assert stated(decisions)
    assert all("(all documents)" in d.evidence for d in decisions)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Secretariat,\n\nThe attached documents are confidential and should not be published.\n\nRegards",
        "Madame,\n\nLes documents ci-joints sont confidentiels.\n\nCordialement",
        "Estimados:\n\nLa documentación adjunta es de carácter reservado y no debe publicarse.\n\nSaludos",
    ],
    ids=["en", "fr", "es"],
)
def test_global_restriction_makes_every_document_confidential(text: str) -> None:
    assert values(text, THREE) == [T, T, T]


def test_statement_naming_no_document_covers_all_and_is_flagged_unscoped() -> None:
    decisions = decide("Dear Secretariat,\n\nConfidential.\n\nRegards", (SOP, PLAN))
    assert [d.value for d in decisions] == [T, T]
    assert all("confidentiality_unscoped" in d.flags for d in decisions)


# --- Scope: by file name, position, type, format, language version, annex --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dear colleagues,\n\nAgreement_Rescue_Centre.pdf is confidential. The other files may be published.\n\nRegards",
            [F, F, T],
        ),
        (
            "Madame,\n\nLe fichier SOP_seized_parrots.pdf peut être publié. Les autres pièces sont confidentielles.\n\nCordialement",
            [F, T, T],
        ),
    ],
    ids=["en", "fr"],
)
def test_scope_by_file_name(text: str, expected: list[str]) -> None:
    decisions = decide(text, THREE)
    assert [d.value for d in decisions] == expected
    assert stated(decisions)


@pytest.mark.parametrize(
    "text",
    [
        "Dear colleagues,\n\nAgrement_Rescue_Center.pdf is confidential. Everything else can be published.\n\nRegards",
        "Dear colleagues,\n\nThe file Agreemnt_Rescue_Centre.pdf must remain confidential.\n\nThe other documents may be published.\n\nRegards",
    ],
    ids=["two-letters-wrong", "letter-missing"],
)
def test_scope_by_misspelt_file_name(text: str) -> None:
    decisions = decide(text, THREE)
    assert [d.value for d in decisions] == [F, F, T]
    assert "(named)" in decisions[2].evidence


@pytest.mark.parametrize(
    ("text", "docs", "expected"),
    [
        (
            "Dear Secretariat,\n\nWe attach three documents. Documents 2 and 3 are confidential; document 1 may be published.\n\nRegards",
            THREE,
            [F, T, T],
        ),
        (
            "Estimada:\n\nLos documentos 1 a 3 pueden publicarse. El último es reservado.\n\nSaludos",
            (SOP, PLAN, AGREEMENT, LIST),
            [F, F, F, T],
        ),
    ],
    ids=["en-numbers", "es-range-and-last"],
)
def test_scope_by_list_position(
    text: str, docs: Sequence[DocumentFacts], expected: list[str]
) -> None:
    decisions = decide(text, docs)
    assert [d.value for d in decisions] == expected
    assert all("(named)" in d.evidence for d in decisions)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Secretariat,\n\nThe first two may be published. The last one is confidential.\n\nRegards",
        "Madame,\n\nLes deux premiers documents peuvent être publiés ; le dernier est confidentiel.\n\nCordialement",
    ],
    ids=["en", "fr"],
)
def test_scope_first_n_and_the_last_one(text: str) -> None:
    assert values(text, THREE) == [F, F, T]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dear Secretariat,\n\nWe submit (i) our SOP, (ii) the directory of rescue centres and (iii) our national plan.\n\nItem (ii) is confidential. Items (i) and (iii) may be published.\n\nRegards",
            [F, T, F],
        ),
        (
            "Dear Secretariat,\n\nItems (a) and (c) may be published. Item (b) is restricted.\n\nRegards",
            [F, T, F],
        ),
    ],
    ids=["roman", "letters"],
)
def test_scope_by_item_label(text: str, expected: list[str]) -> None:
    assert values(text, (SOP, LIST, PLAN)) == expected


def test_list_item_is_what_the_next_sentence_speaks_of() -> None:
    text = (
        "Dear Secretariat,\n\nWe attach:\n1) Joint Ministerial Order on seized animals\n"
        "This was published in the Official Gazette.\n2) Agreement with the rescue centre\n"
        "This is confidential.\n\nRegards"
    )
    order = doc("Joint_Ministerial_Order.pdf", "regulatory_measure")
    decisions = decide(text, (order, AGREEMENT))
    assert [d.value for d in decisions] == [F, T]
    assert "This is confidential" in decisions[1].evidence


@pytest.mark.parametrize(
    "text",
    [
        "Dear Secretariat,\n\nThe SOP and the action plan may be published. The agreement is confidential.\n\nRegards",
        "Madame,\n\nLa PON et le plan d'action peuvent être publiés. Le contrat est confidentiel.\n\nCordialement",
        "Estimada Sra.:\n\nEl procedimiento y el plan de acción pueden publicarse. El convenio es confidencial.\n\nSaludos",
    ],
    ids=["en", "fr", "es"],
)
def test_scope_by_document_type(text: str) -> None:
    decisions = decide(text, THREE)
    assert [d.value for d in decisions] == [F, F, T]
    assert all("(document type)" in d.evidence for d in decisions)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Secretariat,\n\nThe Excel file is for internal use only. The rest may be published.\n\nRegards",
        "Madame,\n\nLe PDF peut être publié, mais le fichier Excel est confidentiel.\n\nCordialement",
        "Estimada:\n\nLa hoja de cálculo es confidencial; el PDF puede publicarse.\n\nSaludos",
    ],
    ids=["en-the-excel", "fr-le-pdf", "es-hoja-de-calculo"],
)
def test_scope_by_format(text: str) -> None:
    decisions = decide(text, (SOP, LIST))
    assert [d.value for d in decisions] == [F, T]
    assert "(by format)" in decisions[1].evidence


@pytest.mark.parametrize(
    ("text", "docs", "expected"),
    [
        (
            "Dear Secretariat,\n\nThe English translation may be published. The Spanish original is confidential.\n\nRegards",
            (
                doc("Protocolo_decomisos_ES.pdf", "protocol"),
                doc("Seizure_protocol_EN_translation.pdf", "protocol"),
            ),
            [T, F],
        ),
        (
            "Madame,\n\nLa version française peut être publiée; la version anglaise reste confidentielle.\n\nCordialement",
            (
                doc("Guide_perroquets_FR.pdf", "species_guidance"),
                doc("Parrot_guide_EN.pdf", "species_guidance"),
            ),
            [F, T],
        ),
        (
            "Estimada:\n\nLa versión en español puede publicarse. La versión en inglés es reservada.\n\nSaludos",
            (
                doc("Guia_loros_ES.pdf", "species_guidance"),
                doc("Parrot_guide_EN.pdf", "species_guidance"),
            ),
            [F, T],
        ),
    ],
    ids=["en", "fr", "es"],
)
def test_scope_by_language_version(
    text: str, docs: Sequence[DocumentFacts], expected: list[str]
) -> None:
    decisions = decide(text, docs)
    assert [d.value for d in decisions] == expected
    assert all("(by language version)" in d.evidence for d in decisions)


@pytest.mark.parametrize(
    ("text", "annexes"),
    [
        (
            "Dear Secretariat,\n\nThe action plan may be published. Annex 1 may be published too. Annex 2 is confidential.\n\nRegards",
            (doc("Annex1_budget.pdf"), doc("Annex2_holding_sites.pdf")),
        ),
        (
            "Estimada:\n\nEl plan de acción puede publicarse. El Anexo I también puede publicarse. El Anexo II es confidencial.\n\nSaludos",
            (doc("Anexo_I_presupuesto.pdf"), doc("Anexo_II_centros.pdf")),
        ),
    ],
    ids=["en-arabic", "es-roman"],
)
def test_scope_by_annex_number(text: str, annexes: tuple[DocumentFacts, ...]) -> None:
    assert values(text, (PLAN, *annexes)) == [F, F, T]


def test_scope_annex_by_a_word_of_its_name() -> None:
    """ "L'annexe comportant la carte": of two annexes, the one whose name has that word."""
    text = (
        "Madame,\n\nLe plan d'action peut être publié. L'annexe sur le budget aussi. "
        "L'annexe comportant la carte des sites est confidentielle.\n\nCordialement"
    )
    annexes = (doc("Annexe_budget.pdf"), doc("Annexe_carte_sites.pdf"))
    decisions = decide(text, (PLAN, *annexes))
    assert [d.value for d in decisions] == [F, F, T]
    assert "by a word of its name" in decisions[2].evidence


def test_scope_the_annex_without_number() -> None:
    text = "Dear Secretariat,\n\nThe action plan may be published. The annex is confidential.\n\nRegards"
    assert values(text, (PLAN, doc("Annex_sites.pdf"))) == [F, T]


def test_scope_the_signed_copy() -> None:
    docs = (doc("Agreement_draft.docx", "contract"), doc("Agreement_signed_scan.pdf", "contract"))
    text = "Dear Secretariat,\n\nThe draft may be published; the signed one is confidential.\n\nRegards"
    decisions = decide(text, docs)
    assert [d.value for d in decisions] == [F, T]
    assert "(the signed copy)" in decisions[1].evidence


def test_scope_the_version_of_a_year() -> None:
    docs = (doc("SOP_2019.pdf", "sop"), doc("SOP_2021.pdf", "sop"))
    text = "Dear Secretariat,\n\nThe 2019 version is confidential. The 2021 version may be published.\n\nRegards"
    assert values(text, docs) == [T, F]


def test_scope_a_document_pointed_at_by_its_description() -> None:
    """ "El de la consultora": the document the message described with that word."""
    text = (
        "Estimada:\n\nAdjuntamos el plan nacional preparado por la consultora Ecovida y el convenio "
        "con el centro de rescate. El de la consultora es confidencial; el convenio puede "
        "publicarse.\n\nSaludos"
    )
    decisions = decide(text, (PLAN, AGREEMENT))
    assert [d.value for d in decisions] == [T, F]
    # "preparado por la consultora": the consultancy is the plan's author
    assert "by its author in the message" in decisions[0].evidence
    described = "Adjuntamos el plan nacional sobre la consultora Ecovida y el convenio. El de la consultora es confidencial."
    assert "by its description" in decide(described, (PLAN, AGREEMENT))[0].evidence


def test_scope_the_forwarded_files() -> None:
    docs = (
        SOP,
        doc("Provincial_protocol.pdf", "protocol", "forwarded"),
        doc("Provincial_list.xlsx", "network_resources", "forwarded"),
    )
    text = "Dear Secretariat,\n\nThe forwarded files are confidential. Our own SOP may be published.\n\nRegards"
    assert values(text, docs) == [F, T, T]


# --- Scope: "the others", "only X" -----------------------------------------------------------


def test_the_others_are_those_no_statement_covered() -> None:
    text = "Dear Secretariat,\n\nThe agreement is confidential. The other documents may be published.\n\nRegards"
    decisions = decide(text, THREE)
    assert [d.value for d in decisions] == [F, F, T]
    assert "(the others)" in decisions[0].evidence


@pytest.mark.parametrize(
    "text",
    [
        "Dear Secretariat,\n\nI forward below the message of our Scientific Authority. The other documents may be published.\n\nRegards\n\n"
        "---------- Forwarded message ---------\nFrom: Scientific Authority <sa@env.example.gov>\nDate: 3 March 2021\nSubject: Agreement\n\n"
        "Dear colleague, the agreement with the rescue centre is confidential and must not be published.\n",
        "Madame,\n\nJe vous transfère le message de notre autorité scientifique ci-dessous. Le reste peut être publié.\n\nCordialement\n\n"
        "---------- Message transféré ---------\nDe : Autorité scientifique\nDate : 3 mars 2021\nObjet : Convention\n\n"
        "Chère collègue, la convention avec le centre de sauvegarde est confidentielle.\n",
        "Estimada Sra.:\n\nLe reenvío el mensaje de la Autoridad Científica. Lo demás puede publicarse.\n\nSaludos\n\n"
        "---------- Mensaje reenviado ---------\nDe: Autoridad Científica\nFecha: 3 de marzo de 2021\nAsunto: Convenio\n\n"
        "Estimado colega, el convenio con el centro de rescate es confidencial.\n",
    ],
    ids=["en-the-others", "fr-le-reste", "es-lo-demas"],
)
def test_the_others_leave_out_what_a_forwarded_message_restricts(text: str) -> None:
    forwarded_agreement = doc("Agreement_Rescue_Centre.pdf", "contract", "forwarded")
    decisions = decide(text, (SOP, PLAN, forwarded_agreement))
    assert [d.value for d in decisions] == [F, F, T]
    assert "(the others)" in decisions[0].evidence
    assert "confiden" in decisions[2].evidence  # the forwarded message decides it


def test_one_document_together_with_the_rest() -> None:
    text = (
        "Estimada:\n\nEl convenio es reservado. El procedimiento puede publicarse junto con lo "
        "demás.\n\nSaludos"
    )
    assert values(text, THREE) == [F, F, T]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dear Secretariat,\n\nOnly the SOP may be published.\n\nRegards", [F, T, T]),
        ("Madame,\n\nSeul le plan d'action peut être publié.\n\nCordialement", [T, F, T]),
        ("Estimada:\n\nSolo el procedimiento puede publicarse.\n\nSaludos", [F, T, T]),
    ],
    ids=["en", "fr", "es"],
)
def test_only_x_may_be_published_restricts_the_rest(text: str, expected: list[str]) -> None:
    decisions = decide(text, THREE)
    assert [d.value for d in decisions] == expected
    restricted = [d for d in decisions if d.value == T]
    assert all("not the one that may be published" in d.evidence for d in restricted)


# --- Polarity: negation, double negation, ellipsis -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dear Secretariat,\n\nThe agreement should not be published. The SOP and the plan can be published.\n\nRegards",
        "Madame,\n\nLe contrat ne doit pas être publié. La procédure et le plan peuvent être publiés.\n\nCordialement",
        "Estimada:\n\nEl convenio no debe publicarse. El procedimiento y el plan sí pueden publicarse.\n\nSaludos",
    ],
    ids=["en", "fr", "es"],
)
def test_negated_publication_is_a_restriction(text: str) -> None:
    decisions = decide(text, THREE)
    assert [d.value for d in decisions] == [F, F, T]
    assert stated(decisions)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Secretariat,\n\nThere is no document in this submission that we would not want on the website.\n\nRegards",
        "Madame,\n\nIl n'y a rien dans ces documents qui ne puisse être publié.\n\nCordialement",
        "Estimada:\n\nNo hay nada en estos documentos que no pueda publicarse.\n\nSaludos",
    ],
    ids=["en", "fr", "es"],
)
def test_double_negation_is_a_permission(text: str) -> None:
    assert values(text, THREE) == [F, F, F]


def test_negated_confidentiality_is_a_permission() -> None:
    text = "Dear Secretariat,\n\nNone of the attached documents is confidential.\n\nRegards"
    assert values(text, THREE) == [F, F, F]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estimada:\n\nEl plan de acción puede publicarse, el convenio no.\n\nSaludos", [F, T]),
        (
            "Dear Secretariat,\n\nThe agreement may be published, as can the action plan.\n\nRegards",
            [F, F],
        ),
        ("Madame,\n\nLe contrat est confidentiel. Le plan d'action aussi.\n\nCordialement", [T, T]),
    ],
    ids=["es-opposite", "en-same", "fr-same"],
)
def test_elliptic_clause_takes_or_reverses_the_previous_polarity(
    text: str, expected: list[str]
) -> None:
    decisions = decide(text, (PLAN, AGREEMENT))
    assert [d.value for d in decisions] == expected
    assert stated(decisions)


@pytest.mark.parametrize(
    "text",
    [
        "Estimada:\n\nSobre la publicación: el plan, sí; el convenio, no.\n\nSaludos",
        "Madame,\n\nPour la convention, c'est non. Le reste peut être mis en ligne.\n\nCordialement",
    ],
    ids=["es-bare-si-no", "fr-c-est-non"],
)
def test_bare_yes_and_no_about_a_named_document(text: str) -> None:
    decisions = decide(text, (PLAN, AGREEMENT))
    assert [d.value for d in decisions] == [F, T]
    assert stated(decisions)


# --- Polarity: restrictions and permissions in other words -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dear Secretariat,\n\nThe list of rescue centres may be shared with other Parties only. The SOP may be published.\n\nRegards",
        "Madame,\n\nLa liste des centres peut être communiquée aux autres Parties, mais ne doit pas être publiée. La procédure peut être publiée.\n\nCordialement",
    ],
    ids=["en", "fr"],
)
def test_permission_limited_to_parties_is_a_restriction(text: str) -> None:
    assert values(text, (SOP, LIST)) == [F, T]


@pytest.mark.parametrize(
    "sentence",
    [
        "The list is only for you.",
        "The list contains business secrets of the rescue centres.",
        "Que la liste des centres reste entre nous, s'il vous plaît.",
        "La liste contient des informations sensibles sur les centres.",
        "La liste ne doit pas sortir du Secrétariat.",
        "Le pedimos mantener en reserva el listado de centros.",
        "No queremos que se publique el listado de centros.",
        "El listado es solo para el archivo de la Secretaría.",
    ],
)
def test_restriction_without_the_word_confidential(sentence: str) -> None:
    text = f"Dear Secretariat,\n\n{sentence} The SOP may be published.\n\nRegards"
    decisions = decide(text, (SOP, LIST))
    assert [d.value for d in decisions] == [F, T]
    assert sentence[:20] in decisions[1].evidence


@pytest.mark.parametrize(
    "text",
    [
        "Estimada:\n\nTodos los documentos adjuntos son información pública conforme a nuestra ley de transparencia.\n\nSaludos",
        "Dear Secretariat,\n\nAll of these documents are available under the Official Information Act.\n\nRegards",
        "Dear Secretariat,\n\nThe agreement is already available on our website.\n\nRegards",
    ],
    ids=["es-informacion-publica", "en-information-act", "en-already-on-website"],
)
def test_permission_by_law_or_prior_publication(text: str) -> None:
    """Even the contract, confidential by the call's default, is public when the Party says so."""
    assert values(text, (AGREEMENT,)) == [F]


# --- Conditions: not yet met, and met ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "docs"),
    [
        (
            "Dear Secretariat,\n\nThe list of rescue centres may be published once the names of the keepers have been anonymised.\n\nRegards",
            (SOP, LIST),
        ),
        (
            "Madame,\n\nLa liste pourra être publiée une fois les noms des soigneurs supprimés.\n\nCordialement",
            (SOP, LIST),
        ),
        (
            "Estimada:\n\nEl listado podrá publicarse previa autorización de los centros de rescate.\n\nSaludos",
            (SOP, LIST),
        ),
        (
            "Dear Secretariat,\n\nThe action plan can be published after the Minister approves it. The SOP may be published.\n\nRegards",
            (SOP, PLAN),
        ),
    ],
    ids=[
        "en-once-anonymised",
        "fr-une-fois-supprimes",
        "es-previa-autorizacion",
        "en-after-approval",
    ],
)
def test_permission_under_a_condition_not_yet_met_is_a_restriction(
    text: str, docs: Sequence[DocumentFacts]
) -> None:
    decisions = decide(text, docs)
    assert [d.value for d in decisions] == [F, T]
    assert "confidentiality_default" not in decisions[1].flags


@pytest.mark.parametrize(
    "text",
    [
        "Estimada:\n\nSi hubiéramos obtenido la autorización del centro, el convenio podría publicarse. El procedimiento puede publicarse.\n\nSaludos",
        "Dear Secretariat,\n\nIf we had received the centre's consent, the agreement could have been published. The SOP may be published.\n\nRegards",
    ],
    ids=["es-si-hubieramos", "en-if-we-had"],
)
def test_counterfactual_permission_is_a_restriction(text: str) -> None:
    decisions = decide(text, (SOP, AGREEMENT))
    assert [d.value for d in decisions] == [F, T]
    assert "confidentiality_default" not in decisions[1].flags


@pytest.mark.parametrize(
    "text",
    [
        "Madame,\n\nLa liste peut être publiée après anonymisation des noms des soigneurs : c'est la version anonymisée que nous joignons.\n\nCordialement",
        "Dear Secretariat,\n\nThe list may be published once the keepers' names are removed. The attached copy has already been redacted.\n\nRegards",
    ],
    ids=["fr", "en"],
)
def test_condition_already_met_by_the_attached_copy(text: str) -> None:
    decisions = decide(text, (SOP, LIST))
    assert decisions[1].value == F
    assert "confidentiality_default" not in decisions[1].flags


@pytest.mark.parametrize(
    "text",
    [
        "Dear Secretariat,\n\nThe list of rescue centres can be published, but without column F (private telephone numbers).\n\nRegards",
        "Estimada:\n\nEl listado puede publicarse, pero sin la columna de teléfonos.\n\nSaludos",
    ],
    ids=["en-column-f", "es-sin-columna"],
)
def test_permission_but_without_a_column_keeps_the_copy_sent_confidential(text: str) -> None:
    decisions = decide(text, (SOP, LIST))
    assert decisions[1].value == T
    assert "without" in decisions[1].evidence or "sin" in decisions[1].evidence


@pytest.mark.parametrize(
    "text",
    [
        "Dear Secretariat,\n\nThe list may be published, except the names of the keepers.\n\nRegards",
        "Madame,\n\nLa liste peut être publiée, sauf les numéros de téléphone.\n\nCordialement",
        "Estimada:\n\nEl listado puede difundirse, salvo las columnas de teléfonos.\n\nSaludos",
    ],
    ids=["en", "fr", "es"],
)
def test_exception_of_part_of_a_document_keeps_it_confidential(text: str) -> None:
    assert values(text, (SOP, LIST))[1] == T


def test_exception_of_a_document_reverses_the_statement_for_it() -> None:
    text = "Dear Secretariat,\n\nEverything may be published except the agreement.\n\nRegards"
    decisions = decide(text, THREE)
    assert [d.value for d in decisions] == [F, F, T]
    assert decisions[2].confidence == 0.96  # an exception is the most specific statement


# --- Clause structure: relative clauses and parentheses speak of the nearest document ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Madame,\n\nNous joignons le contrat et le plan d'action, qui peut être publié. Le contrat est confidentiel.\n\nCordialement",
            [F, T],
        ),
        (
            "Madame,\n\nNous joignons le plan d'action et la convention, qui est confidentielle.\n\nCordialement",
            [F, T],
        ),
        (
            "Estimada:\n\nAdjuntamos el convenio y el plan de acción, que es público.\n\nSaludos",
            [F, T],
        ),
    ],
    ids=["fr-qui-peut", "fr-qui-est", "es-que-es"],
)
def test_relative_clause_speaks_of_the_nearest_document(text: str, expected: list[str]) -> None:
    """The document before it is decided; the other keeps what else is said, or the default."""
    assert values(text, (PLAN, AGREEMENT)) == expected


@pytest.mark.parametrize(
    ("text", "docs", "expected"),
    [
        (
            "Madame,\n\nNous joignons notre mode opératoire (diffusion restreinte) et le protocole conjoint, qui peut être publié.\n\nCordialement",
            (SOP, doc("Joint_protocol_seizures.pdf", "protocol")),
            [T, F],
        ),
        (
            "Dear Secretariat,\n\nAttached are the agreement (confidential) and the action plan (public).\n\nRegards",
            (PLAN, AGREEMENT),
            [F, T],
        ),
    ],
    ids=["fr", "en"],
)
def test_parenthesis_speaks_of_the_words_before_it(
    text: str, docs: Sequence[DocumentFacts], expected: list[str]
) -> None:
    assert values(text, docs) == expected


# --- Threads: the newest message wins --------------------------------------------------------


def test_newest_message_overrides_the_quoted_one() -> None:
    text = (
        "Dear Sofie,\n\nAfter checking with our legal unit, all the documents may now be published.\n\n"
        "Best regards\n\nOn 2 March 2021, Juan Pérez wrote:\n> Dear Secretariat,\n"
        "> The agreement is confidential for the time being.\n> Regards\n"
    )
    decisions = decide(text, (SOP, AGREEMENT))
    assert [d.value for d in decisions] == [F, F]
    assert all("may now be published" in d.evidence for d in decisions)


def test_newest_message_restricts_what_the_quoted_one_allowed() -> None:
    text = (
        "Madame,\n\nFinalement, la convention est confidentielle et ne doit pas être publiée.\n\n"
        "Cordialement\n\nLe 2 mars 2021, Marie Dupont a écrit :\n> Madame,\n"
        "> Tous les documents peuvent être publiés.\n"
    )
    assert values(text, (SOP, AGREEMENT)) == [F, T]


def test_german_reply_header_starts_a_quoted_message() -> None:
    text = (
        "Dear Sofie,\n\nThe agreement may now be published.\n\nRegards\n\nVon: Juan Pérez\n"
        "Gesendet: Dienstag, 2. März 2021\nAn: CITES Secretariat\nBetreff: Agreement\n\n"
        "The agreement is confidential.\n"
    )
    assert values(text, (SOP, AGREEMENT)) == [F, F]


# --- Answers to the Secretariat's quoted question ---------------------------------------------

QUESTION_EN = (
    "\n\nOn 5 March 2021, CITES Secretariat wrote:\n> Dear colleague,\n"
    "> Thank you for your submission. May we publish the attached documents on the CITES website?\n"
    "> Best regards,\n> Sofie\n"
)
QUESTION_FR = (
    "\n\nLe 5 mars 2021, Secrétariat CITES a écrit :\n> Madame,\n"
    "> Merci pour votre envoi. Pouvons-nous publier les documents joints sur le site de la CITES ?\n"
    "> Cordialement\n"
)
QUESTION_ES = (
    "\n\nEl 5 de marzo de 2021, Secretaría CITES escribió:\n> Estimada colega:\n"
    "> Gracias por su envío. ¿Podemos publicar los documentos adjuntos en el sitio web de la CITES?\n"
    "> Saludos\n"
)


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Yes, of course.\n\nRegards, Ana" + QUESTION_EN, F),
        ("No, please keep them restricted.\n\nRegards" + QUESTION_EN, T),
        ("Dear Sofie,\n\nYes, no problem.\n\nRegards" + QUESTION_EN, F),
        ("Oui, sans problème." + QUESTION_FR, F),
        ("Je préfère que non.\n\nCordialement" + QUESTION_FR, T),
        ("Sí, por supuesto.\n\nSaludos" + QUESTION_ES, F),
        ("No, preferimos que no." + QUESTION_ES, T),
    ],
    ids=[
        "en-yes",
        "en-no",
        "en-greeting-first",
        "fr-oui",
        "fr-je-prefere-que-non",
        "es-si",
        "es-no",
    ],
)
def test_short_answer_to_the_quoted_question(reply: str, expected: str) -> None:
    decisions = decide(reply, THREE)
    assert [d.value for d in decisions] == [expected] * 3
    assert all(d.evidence.startswith("answer ") for d in decisions)


def test_answer_takes_the_side_of_the_question() -> None:
    """ "No" to "Should the agreement stay restricted?" lets it be published."""
    text = (
        "No.\n\nRegards\n\nOn 5 March 2021, CITES Secretariat wrote:\n"
        "> Should the agreement stay restricted?\n"
    )
    decisions = decide(text, THREE)
    assert [d.value for d in decisions] == [F, F, F]
    assert "confidentiality_default" not in decisions[2].flags


def test_answer_by_the_question_numbers() -> None:
    text = (
        "1 and 2 yes. 3 no.\n\nRegards\n\nOn 5 March 2021, CITES Secretariat wrote:\n"
        "> Dear colleague,\n> May we publish (1) the SOP, (2) the action plan and (3) the agreement?\n"
    )
    decisions = decide(text, THREE)
    assert [d.value for d in decisions] == [F, F, T]
    assert all("(by number)" in d.evidence for d in decisions)


def test_answer_yes_to_all_with_an_exception() -> None:
    decisions = decide("Sí a todo, salvo al convenio.\n\nSaludos" + QUESTION_ES, THREE)
    assert [d.value for d in decisions] == [F, F, T]
    assert "(except)" in decisions[2].evidence


def test_answer_yes_with_a_condition_is_not_as_sent() -> None:
    text = (
        "Dear Sofie, I checked with our Legal Unit. Yes, provided the bank details are removed "
        "before posting.\n\nRegards" + QUESTION_EN
    )
    assert values(text, (SOP,)) == [T]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sofie,\n\nMy answers are below.\n\nRegards\n\nOn 5 March 2021, CITES Secretariat wrote:\n"
        "> May the SOP be published? YES\n> May the agreement be published? NO\n",
        "Estimada Sofie:\n\nRespondo debajo.\n\nSaludos\n\nEl 5 de marzo de 2021, Secretaría CITES escribió:\n"
        "> ¿Puede publicarse el convenio? NO\n> ¿Puede publicarse el procedimiento? SÍ\n",
    ],
    ids=["en", "es"],
)
def test_answers_written_into_the_quoted_questions(text: str) -> None:
    decisions = decide(text, (SOP, AGREEMENT))
    assert [d.value for d in decisions] == [F, T]
    assert all(d.evidence.startswith("answer ") for d in decisions)


def test_answer_with_an_arrow_under_a_quoted_question() -> None:
    text = (
        "Madame,\n\nVoir mes réponses ci-dessous.\n\nCordialement\n\n"
        "Le 5 mars 2021, Secrétariat CITES a écrit :\n"
        "> La convention doit-elle rester confidentielle ?\n> → Non, elle peut être publiée.\n"
        "> Le plan d'action peut-il être publié ?\n> → Oui.\n"
    )
    decisions = decide(text, (PLAN, AGREEMENT))
    assert [d.value for d in decisions] == [F, F]
    assert stated(decisions)


def test_the_secretariats_indirect_question_states_nothing() -> None:
    text = (
        "Dear Sofie,\n\nThanks, we will reply next week.\n\nRegards\n\n"
        "On 5 March 2021, CITES Secretariat wrote:\n"
        "> Please indicate whether any of the attached documents are confidential.\n"
    )
    decisions = decide(text, (SOP, AGREEMENT))
    assert [d.value for d in decisions] == [F, T]
    assert all("confidentiality_default" in d.flags for d in decisions)


# --- Tables and tagged lists -----------------------------------------------------------------


def test_table_with_a_confidentiality_column() -> None:
    text = (
        "Dear Secretariat,\n\nDocument | Confidential?\nSOP for seized parrots | No\n"
        "Agreement with the rescue centre | Yes\n\nRegards"
    )
    decisions = decide(text, (SOP, AGREEMENT))
    assert [d.value for d in decisions] == [F, T]
    assert decisions[1].evidence.startswith("table row")


@pytest.mark.parametrize(
    ("text", "docs"),
    [
        (
            "Dear Secretariat,\n\nAttached:\n- [PUBLIC] SOP for seized parrots\n- [RESTRICTED] Agreement with the rescue centre\n\nRegards",
            (SOP, AGREEMENT),
        ),
        (
            "Madame,\n\nPièces jointes :\n- Procédure saisies perroquets : diffusable\n- Convention centre de sauvegarde : non diffusable\n\nCordialement",
            (
                doc("Procedure_saisies_perroquets.pdf", "sop"),
                doc("Convention_centre_sauvegarde.pdf", "contract"),
            ),
        ),
    ],
    ids=["en-brackets", "fr-diffusable"],
)
def test_tagged_list_items(text: str, docs: Sequence[DocumentFacts]) -> None:
    decisions = decide(text, docs)
    assert [d.value for d in decisions] == [F, T]
    assert all(d.evidence.startswith("list item") for d in decisions)


# --- Noise: disclaimers, footers and words not about the documents ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dear Secretariat,\n\nPlease find attached our documents. They may all be published.\n\nKind regards\nJohn Smith\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. "
        "If you have received it in error, please delete it.\n",
        "Madame,\n\nVeuillez trouver ci-joint nos documents. Tous peuvent être publiés.\n\nCordialement\n\n"
        "Ce message et toutes ses pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. "
        "Si vous avez reçu ce message par erreur, merci de le détruire.\n",
        "Estimada:\n\nAdjuntamos los documentos solicitados, que pueden publicarse.\n\nSaludos\n\n"
        "AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos son confidenciales y están dirigidos "
        "exclusivamente a su destinatario. Si usted lo ha recibido por error, le rogamos lo elimine.\n",
    ],
    ids=["en", "fr", "es"],
)
def test_disclaimer_does_not_restrict(text: str) -> None:
    assert values(text, THREE) == [F, F, F]


def test_footer_about_this_email_after_the_sign_off_is_boilerplate() -> None:
    text = (
        "Dear Secretariat,\n\nPlease find attached our SOP for seized parrots.\n\nKind regards\n\n"
        "This e-mail and its attachments are confidential and may be legally privileged.\n"
    )
    decisions = decide(text, (SOP,))
    assert [d.value for d in decisions] == [F]
    assert "confidentiality_default" in decisions[0].flags


@pytest.mark.parametrize(
    "sentence",
    [
        "Seized birds are kept in the quarantine area, to which access is restricted.",
        "Les animaux saisis sont placés en quarantaine dans une zone à accès restreint.",
        "The identity of informants is confidential under our law.",
        "La identidad de los informantes es confidencial.",
    ],
    ids=["en-quarantine", "fr-quarantaine", "en-informants", "es-informantes"],
)
def test_restricted_places_and_people_are_not_documents(sentence: str) -> None:
    text = f"Dear Secretariat,\n\n{sentence} The SOP may be published.\n\nRegards"
    decisions = decide(text, (SOP,))
    assert [d.value for d in decisions] == [F]
    assert "The SOP may be published" in decisions[0].evidence


@pytest.mark.parametrize(
    ("text", "document"),
    [
        (
            "Dear Secretariat,\n\nPlease find attached our SOP for seized parrots.\n\nRegards\nMaria Lopez\n"
            "Confidential Assistant to the Director\nMinistry of Environment",
            SOP,
        ),
        (
            "Dear Secretariat,\n\nThe attached guidance covers internal parasites of seized tortoises and their treatment.\n\nRegards",
            doc("Tortoise_care_guidance.pdf", "species_guidance"),
        ),
        (
            "Madame,\n\nLa fiche jointe traite des parasites internes des tortues saisies.\n\nCordialement",
            doc("Fiche_tortues.pdf", "species_guidance"),
        ),
        (
            "Automatic reply: I am out of the office until 15 March, please send confidential matters to my deputy.",
            SOP,
        ),
        (
            "Réponse automatique : je suis absent du bureau jusqu'au 15 mars, pour les dossiers confidentiels merci de contacter mon adjoint.",
            SOP,
        ),
    ],
    ids=["job-title", "internal-parasites", "parasites-internes", "auto-reply-en", "auto-reply-fr"],
)
def test_words_not_about_the_documents_leave_the_default(
    text: str, document: DocumentFacts
) -> None:
    decisions = decide(text, (document,))
    assert [d.value for d in decisions] == [F]
    assert "confidentiality_default" in decisions[0].flags


@pytest.mark.parametrize(
    "text",
    [
        "Estimada:\n\nEn mi correo anterior escribí que el plan era reservado.\n\nSaludos",
        "Dear Secretariat,\n\nThe action plan was restricted until our website went live in January.\n\nRegards",
        "Dear Secretariat,\n\nWe have no particular confidentiality rules for these documents.\n\nRegards",
        "Dear Secretariat,\n\nConfidentiality: none.\n\nRegards",
    ],
    ids=["reported-speech", "lapsed-restriction", "no-particular-rules", "confidentiality-none"],
)
def test_statements_that_say_nothing_now_leave_the_default(text: str) -> None:
    """What was said before, a lapsed restriction, or 'no rules': the call's default decides
    (the contract stays confidential)."""
    decisions = decide(text, (PLAN, AGREEMENT))
    assert [d.value for d in decisions] == [F, T]
    assert all("confidentiality_default" in d.flags for d in decisions)


def test_quoted_marking_in_the_body_is_a_mention() -> None:
    text = (
        "Madame,\n\nNous avons retiré la mention « Diffusion restreinte » du plan. "
        "Tous les documents peuvent être publiés.\n\nCordialement"
    )
    assert values(text, THREE) == [F, F, F]


# --- Markings printed in the documents --------------------------------------------------------

PLAIN = (
    "Dear Secretariat,\n\nPlease find attached our document for Notification 2021/008.\n\nRegards"
)


@pytest.mark.parametrize(
    "margins",
    [
        "CONFIDENTIAL\nStandard operating procedure for seized parrots\nVersion 2, 2020",
        "DIFFUSION RESTREINTE\nMode opératoire - saisies d'oiseaux",
        "INFORMACIÓN RESERVADA\nProcedimiento para aves decomisadas",
        "CUI\nStandard Operating Procedure: Seized Live Wildlife",
        "Distr.: LIMITED\nOriginal: English\nStandard operating procedure",
        "VS-NUR FÜR DEN DIENSTGEBRAUCH\nVerfahren für beschlagnahmte Papageien",
        "TLP:AMBER\nProcedure for seized parrots",
        "Scanned page. Handwritten note in the margin: « Ne pas publier »\nProcédure de saisie",
    ],
    ids=[
        "confidential",
        "diffusion-restreinte",
        "informacion-reservada",
        "cui",
        "distr-limited",
        "vs-nur-fuer-den-dienstgebrauch",
        "tlp-amber",
        "handwritten-ne-pas-publier",
    ],
)
def test_restrictive_marking_makes_the_document_confidential(margins: str) -> None:
    decisions = decide(PLAIN, (doc("Procedure.pdf", "sop", margins=margins),))
    assert [d.value for d in decisions] == [T]
    assert decisions[0].evidence.startswith("marked ")
    assert "confidentiality_conflict" not in decisions[0].flags


@pytest.mark.parametrize(
    "margins",
    [
        "Distr.: GENERAL\nOriginal: English\nAgreement on the care of seized animals",
        "VERSION COMMUNICABLE\nConvention de partenariat",
        "VERSIÓN PÚBLICA\nConvenio de colaboración",
    ],
    ids=["distr-general", "version-communicable", "version-publica"],
)
def test_public_marking_overrides_the_calls_default(margins: str) -> None:
    decisions = decide(PLAIN, (doc("Agreement.pdf", "contract", margins=margins),))
    assert [d.value for d in decisions] == [F]
    assert "in the submission" in decisions[0].evidence


@pytest.mark.parametrize(
    "margins",
    [
        "This procedure explains how confidential informants are protected during seizures of live animals in the field.",
        "RESTRICTED ACCESS ZONE - quarantine procedure\nStandard operating procedure",
        "Procedimiento de ingreso a la ZONA DE ACCESO RESTRINGIDO del centro de rescate",
    ],
    ids=["word-in-a-sentence", "restricted-access-zone", "zona-de-acceso-restringido"],
)
def test_not_a_marking(margins: str) -> None:
    decisions = decide(PLAIN, (doc("Procedure.pdf", "sop", margins=margins),))
    assert [d.value for d in decisions] == [F]
    assert "confidentiality_default" in decisions[0].flags


def test_marking_against_a_permission_is_a_flagged_conflict() -> None:
    marked = doc("SOP_parrots.pdf", "sop", margins="CONFIDENTIAL\nStandard operating procedure")
    text = "Dear Secretariat,\n\nAll documents may be published.\n\nRegards"
    decisions = decide(text, (marked,))
    assert [d.value for d in decisions] == [T]
    assert "confidentiality_conflict" in decisions[0].flags
    assert "marked 'CONFIDENTIAL'" in decisions[0].evidence


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        (
            "Dear Secretariat,\n\nThe confidentiality stamp on the SOP is no longer valid. The SOP may be published.\n\nRegards",
            doc("SOP_parrots.pdf", "sop", margins="CONFIDENTIAL\nStandard operating procedure"),
        ),
        (
            "Madame,\n\nLe tampon en tête de la procédure n'est plus valable. La procédure peut être publiée.\n\nCordialement",
            doc("PON_oiseaux.pdf", "sop", margins="CONFIDENTIEL\nProcédure"),
        ),
        (
            "Estimada:\n\nLa leyenda que figura en el procedimiento ya no aplica. El procedimiento puede publicarse.\n\nSaludos",
            doc("PON_aves.pdf", "sop", margins="RESERVADO\nProcedimiento"),
        ),
    ],
    ids=["en", "fr", "es"],
)
def test_withdrawn_marking_no_longer_restricts(text: str, marked: DocumentFacts) -> None:
    decisions = decide(text, (marked,))
    assert [d.value for d in decisions] == [F]
    assert not decisions[0].evidence.startswith("marked")  # the Party's permission decides
    assert "confidentiality_conflict" not in decisions[0].flags


# --- The transmittal letter or note verbale speaks for the submission --------------------------


def test_note_verbale_text_speaks_like_the_body() -> None:
    note = doc(
        "Note_verbale_2021_15.pdf",
        "cover_letter",
        margins=(
            "The Permanent Mission presents its compliments to the CITES Secretariat and has the "
            "honour to transmit its national action plan and the agreement with the rescue centre. "
            "The agreement is confidential; the action plan may be published."
        ),
    )
    decisions = decide(
        "Please find attached a note verbale and its enclosures.", (note, PLAN, AGREEMENT)
    )
    assert [d.value for d in decisions[1:]] == [F, T]
    assert "The agreement is confidential" in decisions[2].evidence


def test_cover_letter_permission_covers_the_contract() -> None:
    letter = doc(
        "Oficio_DGVS_0312.pdf",
        "cover_letter",
        margins="Me permito remitir el procedimiento y el convenio. La documentación remitida es pública.",
    )
    assert values("Adjunto oficio y documentos.", (letter, SOP, AGREEMENT)) == [F, F, F]


def test_marking_on_the_cover_letter_covers_every_document() -> None:
    letter = doc(
        "Covering_letter.pdf",
        "cover_letter",
        margins="CONFIDENTIAL\nDear Madam, we submit our SOP and our action plan.",
    )
    decisions = decide("Attached.", (letter, SOP, PLAN))
    assert [d.value for d in decisions] == [T, T, T]
    assert all("marked 'CONFIDENTIAL'" in d.evidence for d in decisions)


# --- The call's default, conflicts, evidence --------------------------------------------------


def test_nothing_stated_applies_the_calls_default_with_a_flag() -> None:
    text = "Dear Secretariat,\n\nPlease find attached our submission for Notification 2021/008.\n\nRegards"
    decisions = decide(text, (SOP, AGREEMENT))
    assert [d.value for d in decisions] == [F, T]
    assert all("confidentiality_default" in d.flags for d in decisions)
    assert "the call's default for contract" in decisions[1].evidence
    assert decisions[1].confidence == 0.6


def test_the_default_follows_the_call_not_a_fixed_type() -> None:
    text = "Dear Secretariat,\n\nPlease find attached our submission.\n\nRegards"
    assert values(text, (SOP, AGREEMENT), defaults=("sop",)) == [T, F]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Secretariat,\n\nThe SOP may be published. The SOP is confidential.\n\nRegards",
        "Dear Secretariat,\n\nThe SOP is confidential. The SOP may be published.\n\nRegards",
    ],
    ids=["permission-first", "restriction-first"],
)
def test_conflicting_statements_decide_confidential_with_a_flag(text: str) -> None:
    decisions = decide(text, (SOP, PLAN))
    assert decisions[0].value == T
    assert "confidentiality_conflict" in decisions[0].flags
    assert decisions[0].evidence.startswith("conflicting statements:")
    assert decisions[0].confidence == 0.5


def test_evidence_quotes_the_sentence_and_how_the_document_was_named() -> None:
    text = (
        "Dear Secretariat,\n\nPlease find attached our documents. The agreement is confidential "
        "because it names the rescue centre's private donors.\n\nRegards"
    )
    decision = decide(text, (SOP, AGREEMENT))[1]
    assert decision.value == T
    assert decision.evidence == (
        '"The agreement is confidential because it names the rescue centre\'s private donors." '
        "(document type)"
    )
    assert decision.confidence == 0.93


@pytest.mark.parametrize(
    "text",
    [
        "Subject: CONFIDENTIAL - documents for Notification 2021/008\n\nDear Secretariat,\n\nPlease find attached our SOP and plan.\n\nRegards",
        "Asunto: Documentos Notificación 2021/008 (uso exclusivo de la Secretaría)\n\nEstimada:\n\nAdjuntamos el procedimiento y el plan.\n\nSaludos",
    ],
    ids=["en", "es"],
)
def test_restriction_in_the_subject_line_covers_the_whole_message(text: str) -> None:
    decisions = decide(text, (SOP, PLAN))
    assert [d.value for d in decisions] == [T, T]
    assert all("(subject line)" in d.evidence for d in decisions)


# --- Wordings the first version of these tests found wrong, now read right --------------------

SECOND_CONTRACT = doc("Contract_second_zoo.pdf", "contract")


@pytest.mark.parametrize(
    ("text", "docs", "expected"),
    [
        (  # the labels number the Secretariat's questions, not the attachments
            "Answers below.\n\n> Dear colleague,\n> (a) May the agreement be published? NO\n"
            "> (b) May the SOP be published? YES\n> Sofie",
            (SOP, AGREEMENT),
            [F, T],
        ),
        (  # "which" speaks of the nearest document
            "Dear Sofie,\n\nWe attach the agreement and the action plan, which may be published.",
            (AGREEMENT, PLAN),
            [T, F],
        ),
        (
            "Estimada Sofie:\n\nAdjuntamos el convenio y el plan de acción, el cual puede publicarse.",
            (AGREEMENT, PLAN),
            [T, F],
        ),
        (
            "Dear Sofie,\n\nWe attach the action plan and the agreement, which is confidential.",
            (PLAN, AGREEMENT),
            [F, T],
        ),
        ("Madame,\n\nLa liste des centres doit rester entre nous.", (LIST, PLAN), [T, F]),
        (
            "Dear Sofie,\n\nThe consultant who compiled the list has not authorised its release.",
            (LIST, PLAN),
            [T, F],
        ),
        (  # a file name names the file in its own clause only
            "Dear Sofie,\n\nPlease keep Agreement_Rescue_Centre.pdf confidential; everything else "
            "can be published.",
            (SOP, AGREEMENT, SECOND_CONTRACT),
            [F, T, F],
        ),
        (  # a promise to say later says nothing now
            "Dear Sofie,\n\nWe will let you know whether any of them are confidential.",
            (SOP, PLAN),
            [F, F],
        ),
        (
            "Dear Sofie, the SOP is attached.\n\nRespuesta automática: estaré fuera de la oficina "
            "hasta el 15 de marzo, los asuntos confidenciales a mi adjunta.",
            (SOP,),
            [F],
        ),
        (
            "Dear Sofie, the SOP is attached.\n\nAutomatic reply: I am out of the office until 15 "
            "March with limited access to e-mail. Confidential matters should be sent to my deputy.",
            (SOP,),
            [F],
        ),
        (  # a withdrawal that names the marking's word
            "Dear Sofie,\n\nPlease disregard the CONFIDENTIAL marking on the SOP: it dates from an "
            "earlier draft. The SOP may be published.",
            (doc("SOP.pdf", "sop", margins="CONFIDENTIAL"), PLAN),
            [F, F],
        ),
        (
            "Estimada Sofie:\n\nLa leyenda de reservado del procedimiento ya no aplica; puede "
            "publicarse.",
            (doc("Procedimiento.pdf", "sop", margins="RESERVADO"), PLAN),
            [F, F],
        ),
        (  # German official-use marking in its everyday spellings
            "Dear Sofie, attached.",
            (doc("Verfahren.pdf", "sop", margins="VS-NfD"), PLAN),
            [T, F],
        ),
        (
            "Dear Sofie, attached.",
            (doc("Verfahren.pdf", "sop", margins="VS – Nur für den Dienstgebrauch"), PLAN),
            [T, F],
        ),
    ],
)
def test_wordings_found_wrong_by_these_tests(
    text: str, docs: tuple[DocumentFacts, ...], expected: list[str]
) -> None:
    assert values(text, docs) == expected


# --- Round 9: wordings and structures found on a held-out set, each tested in new words -------

MOU = doc("MoU_Ministry_Sanctuary.pdf", "contract")


@pytest.mark.parametrize(
    ("text", "docs", "expected"),
    [
        (  # a restriction with words between the verb and "out of the public domain"
            "Please keep all the files we attach out of the public domain until further notice.",
            (SOP, PLAN),
            [T, T],
        ),
        (  # who alone may see it
            "The list should be made available to enforcement authorities only. The SOP can be "
            "published.",
            (SOP, LIST),
            [F, T],
        ),
        (
            "Le guide ne pourra être communiqué que sur demande motivée d'une autorité CITES.",
            (doc("Guide_agents.pdf", "sop"), LIST),
            [T, F],
        ),
        (
            "Estos documentos son únicamente para consulta de la Secretaría.",
            (SOP, LIST),
            [T, T],
        ),
        (  # permissions in other words
            "Both files are cleared for public release.",
            (SOP, MOU),
            [F, F],
        ),
        (
            "The MoU is on the sanctuary's website already, so there is no need to restrict it.",
            (SOP, MOU),
            [F, F],
        ),
        (
            "Tous les documents transmis sont communicables au public.",
            (SOP, MOU),
            [F, F],
        ),
        (
            "Todo lo que enviamos puede subirse a la parte pública de la base de datos.",
            (SOP, MOU),
            [F, F],
        ),
        (  # a business secret, and the rest freely distributable
            "La convention relève du secret des affaires ; le reste est librement diffusable.",
            (SOP, MOU),
            [F, T],
        ),
        (  # "for information" transmits; it does not restrict
            "Ces documents vous sont transmis à titre d'information.",
            (SOP, PLAN),
            [F, F],
        ),
        (  # a revision to come says nothing of the copy at hand
            "The SOP is being revised with Customs and an updated version will be sent once "
            "it is final.",
            (SOP, MOU),
            [F, T],
        ),
        (  # consent still being gathered
            "The list names private carers. It can only be published once we have their "
            "consent, which we are still collecting. The SOP may be published.",
            (SOP, LIST),
            [F, T],
        ),
        (  # bare item numbers where the message numbers its documents
            "1. SOP\n2. Plan\n3. Contacts\n\nConfidentiality: 1 and 2 can be made public. 3 "
            "please keep to the Secretariat.",
            (SOP, PLAN, LIST),
            [F, F, T],
        ),
        (  # "the latter" and "celle-ci" name the document named last before
            "Nous joignons le plan d'action et la convention signée avec le refuge. Celle-ci "
            "ne doit pas être publiée.",
            (PLAN, MOU),
            [F, T],
        ),
        (  # an annex inside a named document is that document's
            "Le protocole contient en annexe la carte des sites de relâcher ; nous préférerions "
            "qu'elle ne soit pas publiée.",
            (
                doc("Protocole_relacher.pdf", "protocol"),
                doc("Fiche_perroquets.pdf", "species_guidance"),
            ),
            [T, F],
        ),
        (  # "the last five years" is a time, not the last attachment
            "1. Facilities that received animals in the last five years (may be posted);\n"
            "2. Draft joint protocol, below.",
            (LIST, doc("Draft_joint_protocol.docx", "protocol")),
            [F, F],
        ),
        (  # a language version of the type named
            "The Portuguese original of the agreement is restricted; our English summary may "
            "be published, as may the SOP.",
            (doc("Acordo_PT.pdf", "contract"), doc("Summary_EN.pdf", "other"), SOP),
            [T, F, F],
        ),
    ],
)
def test_round_nine_wordings(
    text: str, docs: tuple[DocumentFacts, ...], expected: list[str]
) -> None:
    assert values(text, docs) == expected


# Status written into a file name is read like a marking; a public tag counts in upper case.
@pytest.mark.parametrize(
    ("docs", "expected"),
    [
        ((doc("SOP_seized_animals_CONFIDENTIAL.pdf", "sop"), PLAN), [T, F]),
        (
            (
                doc("Convenio_NO_PUBLICAR.pdf", "contract"),
                doc("Protocolo_PUBLICABLE.pdf", "protocol"),
            ),
            [T, F],
        ),
        ((doc("Contrato_VERSION_PUBLICA.pdf", "contract"), PLAN), [F, F]),
        ((doc("Public_awareness_plan.pdf", "action_plan"), AGREEMENT), [F, T]),
        ((doc("Zona_reservada_protocolo.pdf", "protocol"), PLAN), [F, F]),
    ],
)
def test_a_status_in_the_file_name_is_read_like_a_marking(
    docs: tuple[DocumentFacts, ...], expected: list[str]
) -> None:
    assert values("Please find the documents attached.", docs) == expected


def test_a_slip_limited_to_the_secretariat_covers_every_item() -> None:
    slip = doc(
        "Bordereau.pdf",
        "cover_letter",
        margins="BORDEREAU D'ENVOI\nDestinataire : Secrétariat CITES\n"
        "Diffusion : Secrétariat CITES uniquement\n1. Note de service\n2. Liste",
    )
    assert values("Veuillez trouver ci-joint le bordereau.", (slip, SOP, LIST)) == [T, T, T]


def test_a_slip_remark_restricts_its_row_only() -> None:
    slip = doc(
        "Bordereau.pdf",
        "cover_letter",
        margins="N° | Désignation | Nbre | Observations\n1 | SOP seized parrots | 1 | néant\n"
        "2 | Rescue centres list | 1 | diffusion restreinte",
    )
    assert values("Ci-joint.", (slip, SOP, LIST)) == [F, F, T]


def test_a_table_answer_with_a_carve_out_is_not_as_sent() -> None:
    text = (
        "| Documento | ¿Publicable? |\n|---|---|\n| SOP seized parrots | Sí |\n"
        "| Rescue centres list | Sí, pero sin la columna de teléfonos |"
    )
    assert values(text, (SOP, LIST)) == [F, T]


def test_a_counterpartys_consent_forwarded_without_a_word_does_not_publish_a_contract() -> None:
    forwarded = (
        "Please see below, for the database.\n\nRegards,\nAna\n\n"
        "---------- Forwarded message ---------\nFrom: Sanctuary\nSubject: docs\n\n"
        "We are happy for our MoU with the Ministry to be published."
    )
    decision = decide(forwarded, (SOP, MOU))[1]
    assert decision.value == T
    assert "confidentiality_inferred" in decision.flags
    adopted = forwarded.replace("Please see below", "We agree with what they say below")
    assert values(adopted, (SOP, MOU)) == [F, F]


def test_markings_in_new_forms() -> None:
    assert values(
        "Attached.", (doc("Agreement.pdf", "contract", margins="COMMERCIAL-IN-CONFIDENCE"), SOP)
    ) == [T, F]
    assert values(
        "Ci-joint.",
        (
            doc("Fiche.pdf", "sop", margins="Document non communicable (article L. 311-5 du CRPA)"),
            PLAN,
        ),
    ) == [T, F]
    assert values(
        "Adjunto.",
        (
            doc(
                "Manual.pdf",
                "sop",
                margins="Nota: el presente documento se remite con carácter reservado a la Secretaría.",
            ),
            PLAN,
        ),
    ) == [T, F]


def test_inclusion_in_the_database_does_not_publish_a_contract() -> None:
    decisions = decide("We are happy for everything to go into the database.", (SOP, MOU))
    assert [d.value for d in decisions] == [F, T]
    assert "confidentiality_inferred" in decisions[1].flags
    # the public part, or publication, named: the contract is public
    assert values("Everything can go into the public database.", (SOP, MOU)) == [F, F]


# --- Round 10: wordings and structures found on holdout8, each tested in new words ----------


@pytest.mark.parametrize(
    ("text", "docs", "expected"),
    [
        ("We have no objections to the publication of these files.", (SOP, MOU), [F, F]),
        (
            "The MoU is already on our website and we have no concerns about its publication.",
            (SOP, MOU),
            [F, F],
        ),
        (  # a restriction asked as a question, then a permission for the rest
            "Would it be possible for the SOP to live in the restricted section? The rest is "
            "for everyone.",
            (SOP, PLAN, MOU),
            [T, F, F],
        ),
        (  # a hotline's reports are handled in confidence, not the documents
            "The public may call our hotline; all calls are handled in confidence.",
            (SOP, PLAN),
            [F, F],
        ),
        (  # what I asked before is reported, not said now
            "The list can be made public after all. Earlier I had asked you to keep it restricted.",
            (SOP, LIST),
            [F, F],
        ),
        ("The second attachment is internal to the Directorate.", (PLAN, SOP), [F, T]),
        (
            "The plan may be published after the Minister has approved it, next month.",
            (PLAN, SOP),
            [T, F],
        ),
        (
            "The MoU may be published once it has been countersigned by the zoo.",
            (SOP, MOU),
            [F, T],
        ),
        (
            "Please note that the attached documents contain personal data and should be "
            "handled accordingly.",
            (SOP, LIST),
            [T, T],
        ),
        ("Ces documents sont transmis sous le sceau de la confidentialité.", (SOP, PLAN), [T, T]),
        ("All documents: public.", (SOP, MOU), [F, F]),
        ("Los documentos pueden ser compartidos con el público.", (SOP, MOU), [F, F]),
        (
            "Pueden usar el material como estimen conveniente, salvo la lista.",
            (SOP, MOU, LIST),
            [F, F, T],
        ),
        ("Lo único publicable es el procedimiento.", (SOP, PLAN), [F, T]),
        (
            "La lista de centros es información pública clasificada según la ley de transparencia.",
            (SOP, LIST),
            [F, T],
        ),
        (  # a restriction that lapsed
            "La lista estaba restringida hasta el lanzamiento de la web; ya puede publicarse.",
            (SOP, LIST),
            [F, F],
        ),
        (  # a file name with its extension names a file, not every PDF
            "The SOP (SOP_seized_parrots.pdf) should not be published.",
            (SOP, doc("Plan_2021.pdf", "action_plan")),
            [T, F],
        ),
        (  # attachment numbers as "PJ"
            "PJ 1 : procédure\nPJ 2 : plan\nPJ 3 : liste\n\nLes PJ 1 et 3 ne doivent pas être "
            "publiées.",
            (SOP, PLAN, LIST),
            [T, F, T],
        ),
        (  # a year names one of two versions
            "The 2016 one has expired and can be published; the 2021 one should be restricted.",
            (doc("Agreement_2016.pdf", "contract"), doc("Agreement_2021.pdf", "contract")),
            [F, T],
        ),
        (  # the condition is met by the copy attached
            "El convenio podrá publicarse una vez firmado; se adjunta la copia ya firmada.",
            (SOP, doc("Convenio_firmado.pdf", "contract")),
            [F, F],
        ),
    ],
)
def test_round_ten_wordings(
    text: str, docs: tuple[DocumentFacts, ...], expected: list[str]
) -> None:
    assert values(text, docs) == expected


def test_a_status_tag_the_party_withdraws_in_the_body() -> None:
    manual = doc("Manual_CONFIDENTIAL_DRAFT.pdf", "sop")
    text = (
        "Note that the 'Confidential' in the file name of the manual "
        "(Manual_CONFIDENTIAL_DRAFT.pdf) is a leftover from the drafting stage; the manual may "
        "be made public."
    )
    assert values(text, (manual, MOU)) == [F, T]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("Afirmativo.", F), ("Négatif.", T), ("Il vaut mieux pas.", T)],
)
def test_one_word_answers_to_the_secretariats_question(answer: str, expected: str) -> None:
    text = (
        f"{answer}\n\n-----Mensaje original-----\nDe: Secretaría CITES\nAsunto: RE: documentos\n\n"
        "¿Podemos publicar el convenio en la parte pública de la base de datos?"
    )
    assert values(text, (SOP, MOU))[1] == expected


def test_a_table_answer_in_words() -> None:
    text = (
        "| Document | Publish? |\n|---|---|\n| SOP seized parrots | Yes |\n"
        "| Rescue centres list | Only to other MAs |"
    )
    assert values(text, (SOP, LIST)) == [F, T]


# --- Round 11: wordings and structures found on holdout9, each tested in new words ----------

GUIDE = doc("Guide_soins_perroquets.pdf", "species_guidance")


@pytest.mark.parametrize(
    ("text", "docs", "expected"),
    [
        ("The plan is fine to go public; the list is not.", (PLAN, LIST), [F, T]),
        ("Our vets' SOP is internal.", (SOP, PLAN), [T, F]),
        ("The SOP is an internal working paper of the Directorate.", (SOP, PLAN), [T, F]),
        ("These files are for the Secretariat's background only.", (SOP, PLAN), [T, T]),
        ("We would rather the list did not see the light of day yet.", (SOP, LIST), [F, T]),
        ("Le plan peut être publié. Idem pour la procédure.", (PLAN, SOP, MOU), [F, F, T]),
        (
            "La liste ne doit pas être publiée. Cela vaut aussi pour la procédure.",
            (PLAN, SOP, LIST),
            [F, T, T],
        ),
        (
            "El listado no debe publicarse. Lo mismo para el procedimiento.",
            (PLAN, SOP, LIST),
            [F, T, T],
        ),
        ("Ne la publiez pas : la procédure est en cours de refonte.", (SOP,), [T]),
        ("Que la lista no salga de la Secretaría, por favor.", (SOP, LIST), [F, T]),
        ("Les pido manejar el listado con discreción.", (SOP, LIST), [F, T]),
        ("The list is shared on a need-to-know basis.", (SOP, LIST), [F, T]),
        ("El listado no es para el público; el procedimiento sí.", (SOP, LIST), [F, T]),
        (
            "El listado contiene datos que estimamos sensibles.",
            (SOP, LIST),
            [F, T],
        ),
        ("P.S. Die Liste bitte nicht veröffentlichen.", (SOP, LIST), [F, T]),
        (  # a position not settled yet: restricted meanwhile
            "As to publication, our legal team is still looking at it and we will revert to you "
            "in April.",
            (SOP, PLAN),
            [T, T],
        ),
        (
            "Quant à la confidentialité, la direction n'a pas encore tranché ; nous vous "
            "reviendrons.",
            (SOP, PLAN),
            [T, T],
        ),
        (
            "En cuanto a la confidencialidad, el tema sigue en estudio en el Ministerio.",
            (SOP, PLAN),
            [T, T],
        ),
        (  # the arrangements of a submission that is not quoted cannot be told
            "The same confidentiality terms as for our January submission apply.",
            (SOP, PLAN),
            [T, T],
        ),
        (  # ... but those of a message quoted below can
            "Same arrangements as in my message below.\n\n> The plan may be published; the "
            "MoU is confidential.",
            (PLAN, MOU),
            [F, T],
        ),
        (
            "Please keep both of them until you hear from us: our lawyers have not yet "
            "cleared them.",
            (SOP, PLAN),
            [T, T],
        ),
        (  # a permission taken back
            "Please ignore what I wrote yesterday regarding publication.\n\n> Everything may "
            "be published.",
            (SOP, PLAN),
            [T, T],
        ),
        (  # only part of the file as sent may be published
            "The plan can be posted without its appendices, which list our partners.",
            (PLAN, SOP),
            [T, F],
        ),
        ("Only pages 1 to 12 of the plan may be published.", (PLAN, SOP), [T, F]),
        (
            "La procédure est publiable sous réserve de sa relecture par le cabinet.",
            (SOP, PLAN),
            [T, F],
        ),
        (
            "La liste n'est pas à mettre entre toutes les mains. Le reste peut être publié.",
            (SOP, LIST),
            [F, T],
        ),
        (  # a follow-up that settles what an earlier message left open
            "None of the documents needs restricting, apart from the MoU.\n\n> I will come back "
            "to you on confidentiality next week.",
            (SOP, MOU),
            [F, T],
        ),
        (
            "No hay drama con que publiquen la guía; la lista mejor no.",
            (GUIDE, LIST),
            [F, T],
        ),
        (  # the e-mail itself is internal, not its attachments
            "Ce courriel lui-même est à usage interne ; les pièces jointes peuvent être publiées.",
            (SOP, PLAN),
            [F, F],
        ),
        (  # a form the Party filled in: the unticked option is not its answer
            "1. SOP [x] public [ ] limited access\n2. Plan [ ] public [x] limited access",
            (SOP, PLAN),
            [F, T],
        ),
    ],
)
def test_round_eleven_wordings(
    text: str, docs: tuple[DocumentFacts, ...], expected: list[str]
) -> None:
    assert values(text, docs) == expected


@pytest.mark.parametrize(
    ("margins", "expected"),
    [
        ("Embassy of the People's Republic of Bangladesh, Bern", F),
        ("PRE-DECISIONAL - NOT FOR PUBLIC RELEASE\nDraft 3", T),
    ],
)
def test_markings_read_whole_words(margins: str, expected: str) -> None:
    plan = doc("Draft_plan.pdf", "action_plan", margins=margins)
    assert values("Please find our plan attached.", (plan,)) == [expected]


@pytest.mark.parametrize(
    ("statement", "numbers", "expected"),
    [
        ("Annexes 1 and 3 are for the Secretariat's information only.", "123", [F, T, F, T]),
        ("Les annexes I à III ne doivent pas être publiées.", ("I", "II", "III"), [F, T, T, T]),
    ],
)
def test_a_list_of_annexes_in_the_letterhead_of_the_cover_letter(
    statement: str, numbers: Sequence[str], expected: list[str]
) -> None:
    # the statement's own line, not the reference and subject lines above it
    letter = doc(
        "Letter_DWNP_2021.pdf",
        "cover_letter",
        margins=f"Ref: DWNP/CITES/12/21\nRe: Notification No. 2021/008\n{statement}",
    )
    first, second, third = numbers
    files = (
        doc(f"Annex_{first}_SOP_DWNP.pdf", "sop"),
        doc(f"Annex_{second}_guide_perroquets.pdf", "species_guidance"),
        doc(f"Annex_{third}_list_of_centres.xlsx", "network_resources"),
    )
    assert values("Please find our letter and its annexes attached.", (letter, *files)) == expected


# --- Round 12: wordings and structures found on holdout9 (second pass) and holdout10 ---------


@pytest.mark.parametrize(
    ("text", "files", "expected"),
    [
        (  # each Party's statement, quoted by the regional body, covers its own files
            'KENYA: "Our SOP may go on the public site."\n\n'
            'UGANDA: "The rescue protocol is restricted to CITES authorities."',
            ("KE_SOP_wildlife_holding.pdf", "UG_protocol_rescue.pdf", "UG_SOP_transfer.pdf"),
            [F, T, F],
        ),
        (
            "Le Sénégal autorise la publication de ses documents. Le Mali souhaite que les siens "
            "restent réservés aux Parties.",
            ("SN_procedure.pdf", "SN_liste_centres.xlsx", "ML_procedure.pdf"),
            [F, F, T],
        ),
        (  # the country named in the file name instead of its code
            "Panamá indica que sus documentos pueden publicarse. Costa Rica pide que los suyos "
            "sean de uso interno.",
            ("Protocolo_Panama_2020.pdf", "Costa_Rica_manual_rescate.pdf"),
            [F, T],
        ),
    ],
)
def test_a_regional_submission_each_party_speaks_for_its_own_files(
    text: str, files: tuple[str, ...], expected: list[str]
) -> None:
    types = {"SOP": "sop", "procedure": "sop", "protocol": "protocol", "liste": "network_resources"}
    docs = [
        doc(name, next((t for word, t in types.items() if word in name), "other")) for name in files
    ]
    assert values(text, docs) == expected


def test_one_partys_own_submission_naming_itself_is_not_a_regional_split() -> None:
    # one country code among the files: "Kenya" does not single out the KE_ file
    files = (
        doc("KE_SOP_holding.pdf", "sop"),
        doc("Directory_of_centres.xlsx", "network_resources"),
    )
    assert values("Kenya asks that these documents stay restricted.", files) == [T, T]


def test_a_quoted_phrase_is_mentioned_but_a_quoted_sentence_is_reported() -> None:
    files = (SOP, PLAN)
    # the stamp's words, mentioned: nothing is stated
    assert (
        stated(decide('The SOP still carries the stamp "Internal use only" from 2019.', files))
        is False
    )
    # a whole sentence quoted for the Party that wrote it
    assert values(
        'The Directorate wrote to us: "The SOP is for internal use only and may not be posted."',
        files,
    ) == [T, F]


def test_a_bare_yes_to_an_either_or_question_leaves_the_second_alternative_in_doubt() -> None:
    text = (
        "Yes, fine.\n\nBest, Amina\n\n"
        "> May we post the plan and the lease of the holding site on the public page?\n"
        "> Or would you prefer the lease to go to the limited-access part?\n"
    )
    lease = doc("Lease_holding_site_Mombasa.pdf", "contract")
    assert values(text, (PLAN, lease)) == [F, T]


def test_an_answer_naming_one_document_answers_for_that_one_only() -> None:
    text = (
        "Pour la notice, oui.\n\nCordialement\n\n"
        "> Pouvons-nous publier la notice sur le pangolin et la convention avec le refuge ?\n"
    )
    notice = doc("Notice_pangolin_Phataginus.pdf", "species_guidance")
    convention = doc("Convention_refuge_Tengrela.pdf", "contract")
    assert values(text, (notice, convention)) == [F, T]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We attach our SOP, the lease of 2015 and its 2019 extension. The former may be "
            "published as it has lapsed. The latter may not.",
            [F, F, T],
        ),
        (
            "Adjuntamos el procedimiento, el arrendamiento de 2015 y su adenda de 2019. Este último "
            "no debe publicarse.",
            [F, T, T],
        ),
    ],
)
def test_the_former_and_the_latter_are_the_last_two_documents_named(
    text: str, expected: list[str]
) -> None:
    files = (
        SOP,
        doc("Lease_Mombasa_holding_2015.pdf", "contract"),
        doc("Extension_2019_lease_Mombasa.pdf", "contract"),
    )
    assert values(text, files) == expected


def test_a_type_word_qualified_by_a_word_of_a_file_name_finds_that_file() -> None:
    # "le guide des rangers" is the SOP named "guide_..._rangers", not the care guide
    files = (
        doc("Guide_operations_rangers_2020.pdf", "sop"),
        doc("Fiche_soins_pangolins.pdf", "species_guidance"),
    )
    text = "Le guide des rangers est à usage interne. La fiche peut être publiée."
    assert values(text, files) == [T, F]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Not for the public site, please.", [T, T]),
        ("The list is for office use only.", [F, T]),
        (
            "These papers may not be circulated further without the Director's written consent.",
            [T, T],
        ),
        ("Our partners would like the list to remain within government agencies.", [F, T]),
        ("La liste est à réserver aux autorités CITES.", [F, T]),
        ("Nothing attached that we would want held back.", [F, F]),
        (  # permission in the future tense, once a change is made: not the copy sent
            "La liste pourra l'être quand les adresses personnelles des gardes auront été retirées.",
            [F, T],
        ),
        ("El plan puede publicarse. El listado podrá serlo cuando haya sido actualizado.", [F, T]),
        (  # a decision put off, and who will give it
            "Pour la confidentialité, voyez avec mon chef ; il vous répondra la semaine prochaine.",
            [T, T],
        ),
        ("Sobre la confidencialidad aún no le puedo responder; le aviso en cuanto pueda.", [T, T]),
        ("La liste ne peut être transmise qu'aux services vétérinaires.", [F, T]),
        ("Le plan ne doit pas être porté à la connaissance du public avant mai.", [T, F]),
        ("Les remitimos en confianza el listado.", [F, T]),
        ("El listado es para su archivo; el plan es para difusión.", [F, T]),
        ("Les comparto de manera extraoficial el plan, que aún es borrador.", [T, F]),
        ("El listado es para ustedes nomás.", [F, T]),
        ("Pedimos que el listado se mantenga fuera del alcance del público.", [F, T]),
        ("Fine to publish everything bar the list of centres.", [F, T]),
        ("Publication OK save the list. - Director", [F, T]),
        ("Post the plan; the list should stay under lock and key.", [F, T]),
        ("The Minister prefers that the list be held back from public view.", [F, T]),
        ("Please keep that list out of public view.", [F, T]),
        ("El listado, por favor, no lo colguéis en la parte pública.", [F, T]),
        ("Solicitamos que el listado sea consultable únicamente por las Autoridades.", [F, T]),
        ("Les rogamos abstenerse de difundir el listado; el plan puede publicarse.", [F, T]),
        (  # a part of the file as sent: not the file as sent
            "El plan puede publicarse, salvo el mapa del capítulo 3, que ubica los criaderos.",
            [T, F],
        ),
        (
            "Pueden publicar todo. Me dicen que el listado aún está en revisión, así que ese "
            "no, por ahora.",
            [F, T],
        ),
        (  # made available to the sender: not published
            "The list is a working document the provinces made available to us; it is not "
            "intended for publication.",
            [F, T],
        ),
    ],
)
def test_round_twelve_wordings(text: str, expected: list[str]) -> None:
    assert values(text, (PLAN, LIST)) == expected


@pytest.mark.parametrize(
    ("margins", "expected"),
    [
        ("[SENSITIVE] | Border protocol | v3 | Page 1 of 9", T),  # a running head in cells
        ("TERHAD | Jabatan Perhutanan | SOP/07", T),
        ("Unntatt offentlighet, jf. offl. § 13", T),
        ("Offentlig versjon - navn er sladdet", F),
        ("DIFFUSION LIMITÉE AUX SERVICES - ne pas communiquer - Direction des Douanes", T),
        # a table's rows speak of their items, not of this document; one line cut in cells
        # is a running head
        ("1 | SOP | confidential\n2 | Plan | public", F),
        ("Agencia de Bioseguridad | Coordinación | Documento de uso interno – no difundir", T),
    ],
)
def test_round_twelve_markings(margins: str, expected: str) -> None:
    sop = doc("SOP_border.pdf", "sop", margins=margins)
    assert values("Please find our SOP attached.", (sop,)) == [expected]


def test_an_annex_letter_glued_to_the_word_in_a_file_name() -> None:
    files = (
        doc("AnnexA_Letter_Director.pdf", "cover_letter"),
        doc("AnnexB_SOP_2020.pdf", "sop"),
        doc("AnnexC_Register_keepers.xlsx", "network_resources"),
    )
    assert values("Annex C is for official use only.", files) == [F, F, T]


def test_a_table_column_that_says_access_in_its_own_words() -> None:
    text = (
        "No | Document | Access\n"
        "1 | Guidance on holding seized parrots | Open\n"
        "2 | Directory of rescue centres | Limited (Parties only)\n"
    )
    files = (doc("Guidance_parrots.pdf", "species_guidance"), LIST)
    assert values(text, files) == [F, T]


def test_answers_inserted_with_the_mark_the_party_announced() -> None:
    text = (
        "Dear Sofie, our answers are inline, marked with **.\n\nBest, Tom\n\n"
        "-----Original Message-----\nFrom: CITES Secretariat\n\n"
        "1. May the SOP go on the public part of the database?\n** Yes.\n\n"
        "2. Should the list of centres stay in the limited-access part?\n** Yes please.\n"
    )
    assert values(text, (SOP, LIST)) == [F, T]


def test_answers_inline_with_a_mark_the_party_did_not_name() -> None:
    text = (
        "Estimada Sofie:\n\nRespondo entre líneas.\n\nSaludos, Ana\n\n"
        "-----Mensaje original-----\nDe: Secretaría CITES\n\n"
        "1) ¿El listado puede ir en la parte pública?\n>> No, tiene teléfonos personales.\n\n"
        "2) ¿Podemos publicar el procedimiento?\n>> Sí.\n"
    )
    assert values(text, (SOP, LIST)) == [F, T]


@pytest.mark.parametrize(
    "text",
    [
        "Vimos la Notificación en la página de la CITES y les enviamos el convenio.",
        "Adjunto el convenio.\n\n--\nOficina de Acceso a la Información Pública – Ley de Libre "
        "Acceso a la Información Pública No. 200-04",
    ],
)
def test_the_cites_page_and_an_access_to_information_office_are_not_permissions(text: str) -> None:
    agreement = doc("Convenio_zoologico.pdf", "contract")
    decisions = decide(text, (agreement,))
    assert [d.value for d in decisions] == [T]
    assert not stated(decisions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Mission souhaiterait que la liste ne soit consultable que par les Parties.", [F, T]),
        ("La liste est à retirer du public ; le reste est inchangé.", [F, T]),
        ("Le plan peut être publié, mais je dois encore vérifier pour la liste.", [F, T]),
        ("Pas de mise en ligne pour le plan ni pour le fichier des centres.", [T, T]),
        (  # a line in Italian, passed on by the Party
            "Le canton ajoute : « La lista dei centri non è destinata alla pubblicazione. »",
            [F, T],
        ),
    ],
)
def test_round_twelve_scope_and_passed_on_wordings(text: str, expected: list[str]) -> None:
    files = (PLAN, doc("Fichier_centres_accueil.xlsx", "network_resources"))
    assert values(text, files) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Courriel émis depuis un poste de l'Administration.",
        "Nos statuts sont publics et nos comptes certifiés.",
    ],
)
def test_words_about_something_else_do_not_lift_the_default(text: str) -> None:
    agreement = doc("Convention_refuge.pdf", "contract")
    assert values(text, (PLAN, agreement)) == [F, T]


def test_a_marking_in_the_second_part_of_a_dashed_header() -> None:
    sop = doc(
        "Procedure_saisie.pdf",
        "sop",
        margins="Document réservé aux agents assermentés - diffusion limitée - version 2",
    )
    assert values("Rien de confidentiel, vous pouvez tout publier.", (sop, PLAN)) == [T, F]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Asunto: RV: documentos Notificación 2021/008 (NO PUBLICAR LISTADO)", [F, T]),
        ("Subject: CONFIDENTIAL - list attached", [T, T]),  # a marking: doubt on the whole message
    ],
)
def test_a_subject_line_instruction_about_one_document(subject: str, expected: list[str]) -> None:
    assert values(f"{subject}\n\nAdjunto los documentos.", (PLAN, LIST)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Codes: P = may be published; L = limited-access part only.\n\n"
        "[P] National action plan 2021\n[L] Rescue centres list\n",
        "Légende : ● = publiable ; ○ = réservé aux Parties\n\n"
        "● Plan d'action national 2021\n○ Liste des centres de sauvetage\n",
    ],
)
def test_items_tagged_with_the_codes_of_a_legend(text: str) -> None:
    assert values(text, (PLAN, LIST)) == [F, T]


@pytest.mark.parametrize(
    "text",
    [
        "The SOP explains how the public may call our confidential 24 hour hotline.",
        "The SOP lists the restricted veterinary medicines a keeper may not use.",
        "Les données à caractère fiscal sont couvertes par le secret professionnel.",
    ],
)
def test_a_restriction_word_that_qualifies_something_else(text: str) -> None:
    decisions = decide(text, (SOP, PLAN))
    assert [d.value for d in decisions] == [F, F]
    assert not stated(decisions)


@pytest.mark.parametrize(
    "text",
    [
        "Uganda does not claim confidentiality for any of these files, and the Secretariat may "
        "make all of them freely available.",
        "Autorizamos la divulgación de toda la documentación remitida.",
        "Ninguno. Publiquen lo que quieran.",
    ],
)
def test_round_twelve_permissions_reach_the_contract(text: str) -> None:
    assert values(text, (SOP, AGREEMENT)) == [F, F]


@pytest.mark.parametrize(
    "text",
    [
        "Nous ne voulons pas que la liste soit rendue publique pour l'instant.",
        "No queremos que el listado se publique todavía.",
        "No quisiéramos que el listado se difunda.",
    ],
)
def test_a_wish_denied_reaches_past_its_que(text: str) -> None:
    assert values(text, (PLAN, LIST)) == [F, T]


def test_a_table_of_access_levels_explained_by_a_legend() -> None:
    text = (
        "| No | Document | Access level |\n|---|---|---|\n"
        "| 1 | National action plan 2021 | A |\n| 2 | Rescue centres list | B |\n\n"
        "Level A: general public. Level B: reserved to the CITES authorities of the region."
    )
    assert values(text, (PLAN, LIST)) == [F, T]


def test_ne_que_means_only() -> None:
    text = "Nous vous saurions gré de ne rendre public que le plan."
    assert values(text, (PLAN, LIST, SOP)) == [F, T, T]


def test_should_not_be_after_a_permission_is_its_opposite() -> None:
    text = (
        "We are happy for the plan to be published. The list should not be, though, as it still "
        "has the wardens' mobile numbers."
    )
    assert values(text, (PLAN, LIST)) == [F, T]


# --- Round 13: wordings and structures found on holdout11 -----------------------------------


@pytest.mark.parametrize(
    "margins",
    [
        "SULIT\nJabatan Perlindungan Hidupan Liar - Prosedur 4/2019",  # Malay
        "SIRI\nIdara ya Misitu - Mwongozo wa 2021",  # Swahili
        "Ministry of Forests\nDIENESTA VAJADZĪBĀM",  # Latvian, for official use
        "SALASSA PIDETTÄVÄ / SEKRETESSBELAGD\nJulkL 24 §",  # Finnish and Swedish
        "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ\nПриказ № 12",  # Russian, for official use
        "POUFNE\nGeneralna Dyrekcja Ochrony Środowiska",  # Polish
        "Ministère de l'environnement – Note DT-3 – À usage interne – ne pas transmettre",
        "NOT FOR CIRCULATION - DRAFT FOR THE AGENCIES",
        "Do not distribute - contains personal information of private keepers",
        "Direction des forêts – ne pas distribuer",
        "Dirección de Fauna – No distribuir",
        "سري\nوزارة البيئة",  # Arabic, on a stamp line of its own
    ],
)
def test_round_thirteen_markings_in_the_languages_parties_print_them(margins: str) -> None:
    decisions = decide(PLAIN, (doc("Procedure.pdf", "sop", margins=margins),))
    assert decisions[0].value == T, decisions[0].evidence


@pytest.mark.parametrize(
    "margins",
    [
        "Siri Lanka Wildlife Trust, annual programme",  # a name in a sentence, not the stamp
        "Tento postup je veřejně dostupný na webu ministerstva a byl projednán s kraji v roce 2020",
        "Dokument jest dostępny w biuletynie informacji publicznej ministerstwa od marca 2020 roku",
    ],
)
def test_round_thirteen_foreign_words_in_a_sentence_are_not_markings(margins: str) -> None:
    decisions = decide(PLAIN, (doc("Procedure.pdf", "sop", margins=margins),))
    assert decisions[0].value == F, decisions[0].evidence


def test_round_thirteen_a_public_classification_in_another_language_lifts_the_default() -> None:
    agreement = doc("Agreement_zoo.pdf", "contract", margins="JULKINEN / OFFENTLIG\nDnro 18/2020")
    decisions = decide(PLAIN, (agreement,))
    assert decisions[0].value == F, decisions[0].evidence


@pytest.mark.parametrize(
    "text",
    [
        "There is no sensitivity around any of the files; you are welcome to put them all in the public part.",
        "Neither attachment is subject to any access restriction.",
        "The Authority agrees to unrestricted public release of the two files.",
        "No dramas putting all of it online.",
        "Both the SOP and the agreement can be public.",
        "Unless you say otherwise, we would place both files, including the agreement, in the public part.",
    ],
)
def test_round_thirteen_permissions(text: str) -> None:
    assert values(text, (SOP, AGREEMENT)) == [F, F]


@pytest.mark.parametrize(
    "text",
    [
        "We would ask that the list be spared publication.",
        "Could you ring-fence the list, please.",
        "For the list, we rely on the Secretariat to exercise discretion.",
        "The list may be published later; please hold this one back.",
        "Nous vous prions d'en limiter la consultation aux services du Secrétariat : la liste.",
        "La liste, merci de la garder pour vous.",
        "Je souhaite que la liste ne soit pas rendue accessible au grand public.",
        "La liste doit rester interne.",
        "Queremos que el listado quede como interno.",
    ],
)
def test_round_thirteen_restrictions_on_one_document(text: str) -> None:
    assert values(text, (PLAN, LIST)) == [F, T]


def test_round_thirteen_only_one_is_suitable_for_the_public() -> None:
    text = "Of these, we regard only the plan as suitable for the general public."
    assert values(text, (PLAN, LIST, SOP)) == [F, T, T]


def test_round_thirteen_apart_from_one_no_file_is_to_leave_the_secretariat() -> None:
    text = "Hormis le plan, aucune de ces pièces n'a vocation à sortir du cercle du Secrétariat."
    assert values(text, (PLAN, LIST, SOP)) == [F, T, T]


def test_round_thirteen_one_line_per_document_with_its_answer() -> None:
    text = (
        "Our answers:\n"
        "Rescue centre agreement - Confidential: No\n"
        "Seized parrots SOP - Confidential: Yes\n"
        "Rescue centres list - Publication: only after we check with the provinces\n"
    )
    assert values(text, (AGREEMENT, SOP, LIST)) == [F, T, T]


def test_round_thirteen_numbers_of_the_list() -> None:
    text = "1. Plan\n2. Agreement\n3. List\n\nNumbers 1 and 2 can be made public. Number 3 please keep back."
    assert values(text, (PLAN, AGREEMENT, LIST)) == [F, F, T]


def test_round_thirteen_the_same_goes_for_carries_a_permission() -> None:
    text = "We have no objection to the SOP being published, and the same goes for the agreement."
    assert values(text, (SOP, AGREEMENT)) == [F, F]


def test_round_thirteen_a_counted_type_word_takes_a_file_named_by_it() -> None:
    joint = doc("Joint_procedure_customs_police.pdf", "protocol")
    text = "Both procedures may be published."
    assert values(text, (SOP, joint, AGREEMENT)) == [F, F, T]


def test_round_thirteen_may_go_up_on_the_website() -> None:
    assert values(
        "Everything, the agreement included, may go up on the website.", (SOP, AGREEMENT)
    ) == [F, F]


def test_round_thirteen_a_subject_scopes_the_files_named_after_it() -> None:
    birds = doc("Care_sheet_finches_raptors.pdf", "species_guidance")
    primates = doc("Protocol_seized_primates.pdf", "protocol")
    primates_deal = doc("Agreement_primate_sanctuary.pdf", "contract")
    text = (
        "Tout ce qui concerne les oiseaux peut être publié. Ce qui touche aux primates doit en "
        "revanche rester interne."
    )
    assert values(text, (birds, primates, primates_deal)) == [F, T, T]


def test_round_thirteen_annexes_numbered_only_in_the_letter() -> None:
    letter = doc(
        "Letter_transmittal.pdf",
        "cover_letter",
        margins="Ministry of Environment / Enclosures: Annex 1 - Rescue centres list; Annex 2 - "
        "Seized parrots SOP",
    )
    text = "As the letter says, annex 1 is not for publication; annex 2 may be published."
    assert values(text, (letter, LIST, SOP)) == [F, T, F]


def test_round_thirteen_a_position_reserved_until_someone_approves() -> None:
    text = "Pour la liste, je dois d'abord avoir l'accord du Ministre ; le plan peut être publié."
    assert values(text, (PLAN, LIST)) == [F, T]


def test_round_thirteen_restricted_matter_is_about_animals() -> None:
    text = "Most reptiles we seize are restricted matter under the Biosecurity Act, so they are euthanased."
    decisions = decide(text, (SOP, PLAN))
    assert [d.value for d in decisions] == [F, F]
    assert not stated(decisions)


def test_round_thirteen_confirmed_and_the_same_goes_for_another() -> None:
    text = (
        "Confirmed - and the same goes for the SOP.\n\n"
        "-----Original Message-----\nFrom: Secretariat\n\n"
        "Could you confirm that the agreement may be published?\n"
    )
    assert values(text, (AGREEMENT, SOP)) == [F, F]


def test_round_thirteen_which_question_answered_by_position() -> None:
    text = (
        "Le dernier seulement. Les autres peuvent aller sur le site.\n\n"
        "> De : Secrétariat\n>\n> Pourriez-vous nous indiquer lesquels de ces documents doivent être "
        "placés en accès limité ?\n"
    )
    assert values(text, (PLAN, AGREEMENT, LIST)) == [F, F, T]


def test_round_thirteen_a_yes_to_which_says_nothing_until_it_names() -> None:
    text = (
        "Sounds good. Just the list, thanks.\n\n"
        "> Is there anything you would like us to keep off the public site?\n"
    )
    assert values(text, (PLAN, LIST)) == [F, T]


def test_round_thirteen_answers_below_the_questions() -> None:
    text = (
        "Please see our answers below your questions.\n\n"
        "-----Original Message-----\nFrom: Secretariat\n\n"
        "Two questions before we upload them:\n"
        "1. Shall we restrict the list to the limited-access part?\n>> Please do.\n"
        "2. Would you like the agreement in the limited-access part?\n>> No need: it is already on our website.\n"
    )
    assert values(text, (LIST, AGREEMENT)) == [T, F]


@pytest.mark.parametrize(
    "text",
    [
        "L'accord pourra être publié dès que le centre nous aura donné son feu vert.",
        "El acuerdo podrá publicarse una vez que lo apruebe el Consejo.",
        "Nuestra asesoría está analizando si el acuerdo puede difundirse.",
        "Por nuestra parte no hay problema en publicar el acuerdo, pero requiere también la conformidad de la otra parte.",
        "Rien ne s'oppose à la publication de l'accord, mais l'aval de nos partenaires est requis.",
        "We are happy for the agreement to be published, but it requires the consent of the zoo.",
        "L'accord est publiable, à la seule exception des pages de signatures.",
    ],
)
def test_round_thirteen_permissions_under_a_condition_not_met(text: str) -> None:
    assert values(text, (PLAN, AGREEMENT)) == [F, T]


@pytest.mark.parametrize(
    "text",
    [
        "El listado puede compartirse con otras Autoridades CITES, pero no con el público.",
        "The list may be shared with other CITES authorities on request.",
    ],
)
def test_round_thirteen_sharing_with_authorities_only(text: str) -> None:
    assert values(text, (PLAN, LIST)) == [F, T]


def test_round_thirteen_a_table_yes_with_an_exception_is_not_as_sent() -> None:
    text = (
        "| No | Documento | ¿Se puede publicar? |\n|---|---|---|\n"
        "| 1 | Plan | Sí |\n| 2 | Agreement | Sí, salvo la página de firmas |\n"
    )
    assert values(text, (PLAN, AGREEMENT)) == [F, T]


@pytest.mark.parametrize(
    "text",
    [
        "No encontramos razón alguna por la cual el acuerdo no pueda publicarse.",
        "Nous ne voyons aucune raison pour laquelle l'accord ne puisse être publié.",
        "Correcto, ninguno de los documentos, ni siquiera el acuerdo, tiene carácter confidencial.",
    ],
)
def test_round_thirteen_double_negations_permit(text: str) -> None:
    assert values(text, (PLAN, AGREEMENT)) == [F, F]


def test_round_thirteen_consent_to_its_publication_is_not_an_agreement() -> None:
    text = (
        "Le plan n'a pas encore été adopté. Nous retirons donc notre accord à sa publication. "
        "Le reste peut être publié."
    )
    assert values(text, (PLAN, SOP)) == [T, F]


def test_round_thirteen_documents_signed_with_others() -> None:
    joint = doc("Joint_protocol_customs_police.pdf", "protocol")
    text = "Tous les documents signés avec des partenaires extérieurs relèvent de l'accès limité ; le reste peut être publié."
    assert values(text, (SOP, joint, AGREEMENT)) == [F, T, T]


def test_round_thirteen_the_only_authentic_text_is_not_only() -> None:
    original = doc("Agreement_original_AR.pdf", "contract")
    text = "La version arabe de l'accord, seule authentique, peut être publiée."
    assert values(text, (original, SOP)) == [F, F]


def test_round_thirteen_scans_and_word_files() -> None:
    scan = doc("Agreement_scan.pdf", "contract")
    word = doc("Agreement_text.docx", "contract")
    sop = doc("SOP_parrots.docx", "sop")
    text = "Les documents scannés portent des signatures : merci de ne pas les publier. Les fichiers Word peuvent l'être."
    assert values(text, (scan, word, sop)) == [T, F, F]


def test_round_thirteen_the_calls_default_restated_is_not_a_statement() -> None:
    text = (
        "Le contesto debajo de cada pregunta.\n\n-----Mensaje original-----\nDe: Secretaría\n\n"
        "1. Los contratos se colocan por defecto en la parte de acceso limitado. ¿Desean que el "
        "acuerdo se trate así, o puede publicarse?\n>> Como ustedes lo estimen conveniente.\n"
    )
    assert values(text, (AGREEMENT, PLAN)) == [F, F]


def test_round_thirteen_to_avoid_doubt_is_not_a_restriction() -> None:
    text = "Para que no haya dudas sobre la publicación, le indico: el plan puede publicarse."
    decisions = decide(text, (PLAN, LIST))
    assert [d.value for d in decisions] == [F, F]
    assert "confidentiality_unscoped" not in decisions[1].flags


# --- Round 13, third part: holdout11's remaining wordings, and gaps found by probing ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The SOP should not be released externally; the plan can.", [T, F]),
        ("Le plan est pour le site ; la procédure, non.", [T, F]),
        ("Le plan a toute sa place dans la partie visible de la base.", [F, F]),
        ("La procédure est couverte par la confidentialité ; le plan peut être publié.", [T, F]),
        ("La SOP puede ser consultada únicamente por las autoridades CITES.", [T, F]),
        ("Le rogamos tratar la SOP con la debida reserva.", [T, F]),
        ("Nos reservamos la difusión de la SOP; el plan puede publicarse.", [T, F]),
        ("La SOP es de uso institucional; el plan puede publicarse.", [T, F]),
    ],
)
def test_round_thirteen_restrictions_and_permissions_in_other_words(
    text: str, expected: list[str]
) -> None:
    assert values(text, (SOP, PLAN)) == expected


def test_round_thirteen_a_reserve_is_a_place_not_a_reservation() -> None:
    """ "El convenio con la Reserva Natural El Cortijo": a nature reserve, not "con reserva"."""
    protocol = doc("Protocolo_Reserva_Natural_La_Planada.pdf", "protocol")
    text = "Adjunto el protocolo de la Reserva Natural La Planada y el convenio con la reserva privada El Cortijo."
    decisions = decide(text, (protocol, AGREEMENT))
    assert [d.value for d in decisions] == [F, T]
    assert not stated(decisions)


def test_round_thirteen_a_restricted_area_of_a_centre_is_not_about_documents() -> None:
    text = "The SOP covers the quarantine unit, which is a restricted area. All documents may be published."
    assert values(text, (SOP, PLAN)) == [F, F]


def test_round_thirteen_an_exception_put_first_and_cut_by_a_relative_clause() -> None:
    text = "À part le plan, qui est déjà au Journal officiel, rien n'est pour le site."
    assert values(text, (PLAN, SOP)) == [F, T]


def test_round_thirteen_of_these_documents() -> None:
    text = "De estos documentos, el plan puede publicarse y la SOP es reservada."
    assert values(text, (PLAN, SOP)) == [F, T]


@pytest.mark.parametrize(
    "text",
    [
        "The SOP can go up on the website when the review is finished.",
        "The SOP can be published as soon as it is translated.",
        "The SOP can be published as soon as it has been approved.",
        "Everything can go up on the website, but not before the SOP has been cleared by legal.",
        "La SOP pourra être publiée dès que la révision sera terminée.",
        "La SOP pourra être publiée lorsqu'elle sera traduite.",
        "Tout peut être publié, mais pas avant que la SOP ait été validée.",
        "La SOP podrá publicarse en cuanto esté aprobada.",
        "Todo puede publicarse, pero no antes de que la SOP haya sido aprobada.",
    ],
)
def test_round_thirteen_work_still_to_finish_on_the_copy(text: str) -> None:
    """A permission once work on the attached copy is finished: the copy is not public yet."""
    assert values(text, (SOP, PLAN))[0] == T


@pytest.mark.parametrize(
    "text",
    [
        "The documents can be published after we confirm.",
        "The documents can be published after the Ministry confirms.",
        "Les documents peuvent être publiés après notre confirmation.",
        "Los documentos pueden publicarse tras nuestra confirmación.",
        "Los documentos pueden publicarse después de que confirmemos.",
    ],
)
def test_round_thirteen_a_confirmation_still_to_come(text: str) -> None:
    assert values(text, (SOP, PLAN)) == [T, T]


def test_round_thirteen_checked_after_the_review_is_not_a_condition() -> None:
    text = "The plan can be published. We checked it after the review and confirm it is final."
    assert values(text, (PLAN,)) == [F]


@pytest.mark.parametrize(
    "answer",
    [
        "Yes, apart from the SOP, which is still being negotiated with the police.",
        "yes, except the SOP.",
        "yes - all but the SOP.",
        "Oui, sauf la SOP.",
        "Sí, salvo la SOP.",
    ],
)
def test_round_thirteen_an_answer_below_the_question_with_an_exception(answer: str) -> None:
    text = f"Dear colleague,\n\nSecretariat question: may these be published?\nAnswer: {answer}\n\nRegards"
    decisions = decide(text, (PLAN, SOP))
    assert [d.value for d in decisions] == [F, T]
    assert "(except)" in decisions[1].evidence


@pytest.mark.parametrize(
    "sentence",
    [
        "The SOP we would rather keep to ourselves for now.",
        "Nous préférons garder la SOP pour nous.",
        "Preferimos guardar la SOP para nosotros.",
    ],
)
def test_round_thirteen_keeping_it_to_ourselves(sentence: str) -> None:
    assert values(sentence + " The plan can be published.", (SOP, PLAN)) == [T, F]


def test_round_thirteen_the_rest_of_a_reply_on_top_is_read() -> None:
    """ "Yes, the plan and the agreement. The SOP we would rather keep to ourselves.": the
    answer names two documents, the next sentence speaks for the third."""
    text = (
        "Yes, the plan and the agreement. The SOP we would rather keep to ourselves for now.\n\n"
        "Regards\nAna\n\n-----Original Message-----\nFrom: CITES Secretariat\n"
        "Sent: 3 February 2021\n\nDear colleague, can the attached documents go up on the website?\n"
    )
    assert values(text, (PLAN, AGREEMENT, SOP)) == [F, F, T]


def test_round_thirteen_a_pronoun_after_the_answer_goes_on_with_it() -> None:
    text = (
        "Negative. It stays restricted.\n\nRegards\n\n-----Original Message-----\n"
        "From: CITES Secretariat\n\nThank you for the SOP and the agreement. May we publish the "
        "agreement in the public part of the database?\n"
    )
    assert values(text, (SOP, AGREEMENT)) == [F, T]


def test_round_thirteen_a_cover_letters_table_rows() -> None:
    letter = doc(
        "Cover_letter.pdf",
        "cover_letter",
        margins="BORDEREAU D'ENVOI / N° | Désignation des pièces | Observations / 1 | Plan d'action national | À publier / 2 | Procédure SOP | Réservé au Secrétariat",
    )
    assert values("Veuillez trouver ci-joint nos documents.", (letter, PLAN, SOP))[1:] == [F, T]


# --- Personal data: public by a statement, still held for a reviewer --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Everything can go up on the website. The list contains personal data of private keepers.",
        "All documents may be published. Note that the list gives the names and addresses of the keepers.",
        "Tout peut être publié. La liste contient des données personnelles.",
        "Todo puede publicarse. El listado contiene datos personales de los tenedores.",
    ],
)
def test_a_document_said_to_hold_personal_data_is_held_for_review(text: str) -> None:
    decisions = decide(text, (PLAN, LIST))
    assert [d.value for d in decisions] == [F, F]
    assert "confidentiality_personal_data" in decisions[1].flags
    assert decisions[0].flags == ()


@pytest.mark.parametrize(
    "text",
    [
        "Everything can be published. The list contains no personal data.",
        "Everything can be published. The list has been anonymised and holds no home addresses.",
        "Tout peut être publié ; la liste ne contient aucune donnée personnelle.",
        "Todo puede publicarse; el listado no incluye datos personales.",
    ],
)
def test_a_document_said_to_hold_no_personal_data_is_not_held(text: str) -> None:
    assert all(d.flags == () for d in decide(text, (PLAN, LIST)))


@pytest.mark.parametrize(
    "text",
    [
        "You may publish the plan, but kindly blur first the faces of the staff in the photographs.",
        "Vous pouvez publier le plan, mais merci de flouter les visages du personnel.",
        "Pueden publicar el plan, pero por favor difuminar las caras del personal.",
        "The plan may be published once edited; the copy attached is the original, not yet edited.",
    ],
)
def test_round_thirteen_faces_to_blur_first(text: str) -> None:
    """Work the Party asks for on the copy before publishing: the attached copy is not public;
    "first" here is an adverb, not the first document."""
    assert values(text, (SOP, PLAN)) == [F, T]


def test_round_thirteen_first_as_a_position_needs_an_article_or_a_noun() -> None:
    assert values("Le premier peut être publié ; le second non.", (SOP, PLAN)) == [F, T]
    assert values("First attachment: public.", (SOP, PLAN))[0] == F


def test_round_thirteen_waiting_for_the_redacted_copy() -> None:
    text = (
        "Everything may be published, though the signature page of the agreement needs to be "
        "blacked out first - I haven't had time to do that yet and would be grateful if you "
        "could wait for the redacted copy."
    )
    assert values(text, (SOP, AGREEMENT))[1] == T


@pytest.mark.parametrize(
    "text",
    [
        "Attached are the action plan and the agreement. Both may be published.",
        "Adjunto el plan de acción y el convenio. Pueden publicarse ambos.",
        "Ci-joint le plan d'action et la convention. Les deux peuvent être publiés.",
    ],
)
def test_round_thirteen_both_are_the_two_named_just_before(text: str) -> None:
    """ "Both" after a sentence naming two documents: those two, not every file attached."""
    decisions = decide(text, (PLAN, AGREEMENT, SOP))
    assert [d.value for d in decisions[:2]] == [F, F]
    assert "confidentiality_default" in decisions[2].flags


def test_round_thirteen_a_spanish_sentence_without_its_subject() -> None:
    """ "Os mando el listado. Es para la parte restringida": the list the sentence before named."""
    text = "Os mando el listado de centros. Es para la parte restringida. El plan puede publicarse."
    decisions = decide(text, (LIST, PLAN))
    assert [d.value for d in decisions] == [T, F]
    assert decisions[0].flags == ()


@pytest.mark.parametrize(
    "text",
    [
        "The attached may be published, though we would ask that the Secretariat not reproduce "
        "the photographs in Appendix 2 of the SOP, which show officers' faces.",
        "Merci de ne pas reproduire la SOP ; le plan peut être publié.",
        "Les pedimos no reproducir la SOP; el plan puede publicarse.",
    ],
)
def test_round_thirteen_not_to_reproduce(text: str) -> None:
    assert values(text, (SOP, PLAN)) == [T, F]


def test_round_thirteen_the_one_its_author_wrote() -> None:
    """ "The one from the Trust": the guidance the message says the Trust wrote, not the
    agreement whose file name carries the Trust's name."""
    guidance = doc("BWT_husbandry_guidance_slow_loris.pdf", "species_guidance")
    agreement = doc("Agreement_SWD_BorneoWildlifeTrust.pdf", "contract")
    text = (
        "We send the husbandry guidance on slow lorises written by the Borneo Wildlife Trust, "
        "and our agreement with the Trust.\n\nThe one from the Trust can be posted."
    )
    decisions = decide(text, (guidance, agreement))
    assert [d.value for d in decisions] == [F, T]
    assert "by its author" in decisions[0].evidence


def test_round_thirteen_open_and_closed_tags_after_titles() -> None:
    keepers = doc("Private_keepers_confiscated_specimens.xlsx", "network_resources")
    text = (
        "Please find the documents listed below. The tag after each title shows whether it may "
        "be made public.\n\n1. National action plan [open]\n2. Agreement with the rescue centre "
        "[open]\n3. List of private keepers holding confiscated specimens [closed]\n"
    )
    decisions = decide(text, (PLAN, AGREEMENT, keepers))
    assert [d.value for d in decisions] == [F, F, T]
    assert stated(decisions)


def test_round_thirteen_a_type_word_and_a_word_far_from_it() -> None:
    """ "La convention ne pouvait être rendue publique qu'après son approbation": the convention,
    not the deliberation approving it whose file name carries both words."""
    convention = doc("Convention_ATE_cabinet_veterinaire.pdf", "contract")
    deliberation = doc("Deliberation_approbation_convention_ATE.pdf", "regulatory_measure")
    text = "La convention ne doit pas être publiée avant son approbation."
    assert values(text, (convention, deliberation)) == [T, F]


@pytest.mark.parametrize(
    "margins",
    [
        "FORMATO SMADSOT-VS-02 | ESPACIO RESERVADO PARA LA AUTORIDAD: Folio ______ Sello ______",
        "FORMULAIRE CERFA | CADRE RÉSERVÉ À L'ADMINISTRATION : N° ______",
        "FORM WL-7 | FOR OFFICIAL USE ONLY: Ref. ______ Date received ______",
    ],
)
def test_a_box_of_a_form_for_the_authority_is_not_a_marking(margins: str) -> None:
    form = doc("Form_delivery_receipt_specimens.pdf", "other", margins=margins)
    decisions = decide(
        "Please find our documents attached. All of them may be published.", (form, SOP)
    )
    assert [d.value for d in decisions] == [F, F]


def test_a_reserved_marking_of_its_own_still_counts() -> None:
    form = doc("Form_delivery_receipt_specimens.pdf", "other", margins="RESERVADO")
    assert values("Adjunto los documentos.", (form, SOP))[0] == T


def test_round_thirteen_only_after_is_when_not_which() -> None:
    """ "The list may be published too, but only after we have removed the column": the list
    waits; the other documents are not restricted by that "only"."""
    text = (
        "The procedure may also be published. The list may be published too, but only after we "
        "have removed the column with the keepers' home addresses; please hold this one back."
    )
    decisions = decide(text, (SOP, LIST))
    assert [d.value for d in decisions] == [F, T]
    assert decisions[0].flags == ()


def test_round_thirteen_the_attached_copy_carries_both_signatures() -> None:
    text = (
        "We indicated that the agreement could be published once it had been countersigned by "
        "the Zoo Foundation; the attached copy now carries both signatures."
    )
    assert values(text, (AGREEMENT, SOP))[0] == F


# Round 14 (holdout12): new wordings of permission and restriction, in each language.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The list gives our officers' mobile numbers and should not find its way into the public domain.",
            T,
        ),
        ("We would not like to see the list on the open part of the website.", T),
        ("The list is circulated to registered carers only and needs to stay that way.", T),
        ("The list must be kept out.", T),
        ("The list must stay between the Ministry and the Secretariat.", T),
        ("Please keep the list aside for the moment.", T),
        ("Please use the list exclusively for the needs of the Secretariat.", T),
        ("The list should not be made accessible outside the circle of Management Authorities.", T),
        (
            "Nous vous prions de ne pas faire figurer la liste dans la partie de la base consultable par le public.",
            T,
        ),
        ("svp pas sur internet la liste.", T),
        ("La liste reste entre vous et nous.", T),
        ("Les rogamos que la lista no trascienda más allá de la Secretaría.", T),
        ("Les pedimos que la lista sea conservada en sus archivos sin darle publicidad.", T),
        ("Nos gustaría que la lista se mantuviera lejos de la vista del público.", T),
        ("La lista, mientras tanto, mejor que no circule.", T),
        (
            "The Ministry does not object to the placement of the list on the CITES website in open access.",
            F,
        ),
        ("We can't think of any reason to keep the list from the public.", F),
        ("You are free to use the list in whatever way best serves the Parties.", F),
        ("Nous consentons à la diffusion intégrale de la liste.", F),
        ("Vous pouvez afficher la liste telle quelle sur le site de la CITES.", F),
        ("La liste peut être communiquée au public dans son intégralité.", F),
        ("Aucun motif ne justifie d'en restreindre l'accès.", F),
        ("Pueden hacer uso público de la lista.", F),
        ("La lista puede quedar a la vista de cualquier interesado.", F),
        ("El Ministerio pone a disposición del público la lista adjunta.", F),
    ],
)
def test_round_fourteen_new_wordings(text: str, expected: str) -> None:
    assert values(text, (LIST, SOP))[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The list may be published once Annex B, which gives the keepers' addresses, has been removed; we will send the clean version next week.",
        "La lista la podéis publicar, pero no la publiquéis hasta que os lo confirme.",
        "Antes de que se decida sobre su difusión necesito el visto bueno de la Unidad de Transparencia.",
        "La lista la tengo que consultar con la dirección; os digo algo la semana que viene.",
        "Liste des centres : à voir (avis du service juridique attendu).",
    ],
)
def test_round_fourteen_a_decision_still_to_come(text: str) -> None:
    assert values(text, (LIST, SOP))[0] == T


def test_round_fourteen_a_document_described_as_published_in_a_gazette() -> None:
    """ "tel que publié au Journal officiel" describes the decree; it does not lift the
    Party's restriction on every attachment (rule 6)."""
    decree = doc("Arrete_placement_specimens_JO.pdf", "regulatory_measure")
    text = (
        "Veuillez trouver ci-joint la procédure et l'arrêté, tel que publié au Journal officiel.\n\n"
        "Nous vous saurions gré de ne faire figurer aucun de ces deux documents dans la partie de "
        "la base consultable par le public."
    )
    assert values(text, (SOP, decree)) == [T, T]


def test_round_fourteen_published_in_a_gazette_and_of_public_access() -> None:
    text = "El convenio fue publicado en el Diario Oficial, por lo que es de acceso público."
    assert values(text, (AGREEMENT, SOP)) == [F, F]


def test_round_fourteen_an_indirect_question_is_not_a_permission() -> None:
    """The question forwarded below ("pregunta si puede publicar ...") is answered on top with
    "convenio sí ... directorio no"."""
    directory = doc("Directorio_red_rescate.xlsx", "network_resources")
    convenio = doc("Convenio_centro_rescate.pdf", "contract")
    text = (
        "Les reenvío la respuesta de mi jefa.\n\n---------- Mensaje reenviado ---------\n"
        "De: Directora\n\nconvenio sí, que ya está en el Periódico Oficial. Directorio no, que tiene "
        "los celulares de la red.\n\n---------- Mensaje reenviado ---------\nDe: Técnica\n\n"
        "Maestra, la Secretaría pregunta si puede publicar el convenio y el directorio.\n"
    )
    assert values(text, (convenio, directory))[1] == T


def test_round_fourteen_a_year_before_the_type_word_names_the_version() -> None:
    sop_2016 = doc("Intake_SOP_2016.pdf", "sop")
    sop_2020 = doc("Intake_SOP_rev2020.pdf", "sop")
    moa_2014 = doc("MOA_Zoo_2014.pdf", "contract")
    moa_2020 = doc("MOA_Zoo_2020_signed.pdf", "contract")
    text = (
        "The 2016 SOP and the 2014 MOA have been superseded and can be published. The current "
        "SOP and the current MOA, both signed in 2020, are for the Secretariat's reference only."
    )
    assert values(text, (sop_2016, sop_2020, moa_2014, moa_2020)) == [F, T, F, T]


@pytest.mark.parametrize(
    ("tag", "expected"), [("open access", F), ("closed access", T), ("acceso cerrado", T)]
)
def test_round_fourteen_access_tags_after_titles(tag: str, expected: str) -> None:
    text = f"Our proposal for access is given next to each item:\n\n1. Procedure for seized parrots - {tag}\n2. National action plan - open access\n"
    assert values(text, (SOP, PLAN)) == [expected, F]


@pytest.mark.parametrize(
    ("margins", "expected"),
    [
        ("OFFICIAL: Sensitive - Personal | NSW Government | For authorised users only", T),
        ("Clasificación: LIMITADO", T),
        ("VERSION DIFFUSABLE – annexe financière retirée", F),
        ("VERSIÓN PARA EL PORTAL DE TRANSPARENCIA – Se han suprimido los datos personales", F),
    ],
)
def test_round_fourteen_markings(margins: str, expected: str) -> None:
    marked = doc("Agreement_marked.pdf", "contract", margins=margins)
    assert values("Please find our documents attached.", (marked, SOP))[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le commerce se fait beaucoup par des groupes confidentiels sur Facebook.",
        "Le protocole a été validé en comité restreint le 8 décembre.",
        "L'espace réservé aux soins y est séparé des zones de visite.",
        "División de Operaciones – Unidad de Mercancías Restringidas",
    ],
)
def test_round_fourteen_words_about_something_else(text: str) -> None:
    assert values(text, (SOP, PLAN)) == [F, F]


def test_round_fourteen_documents_by_what_their_first_lines_carry() -> None:
    """ "Anything that carries our logo may be published": the documents whose first lines show
    it; the partner's own documents are not covered."""
    ours = doc("Werkinstructie_opvang.pdf", "sop", margins="[Agency logo] Nature Agency | WI-04")
    joint = doc("Overeenkomst_opvang.pdf", "contract", margins="[Agency logo] [Shelter logo]")
    theirs = doc("Quarantaine_procedure.pdf", "sop", margins="Shelter vzw | Procedure Q-02")
    text = "Anything that carries the Agency logo may be published."
    assert values(text, (ours, joint, theirs)) == [F, F, F]
    decisions = decide(text, (ours, joint, theirs))
    assert "first lines" in decisions[1].evidence
    assert decisions[2].flags == ("confidentiality_default",)


def test_round_fourteen_one_of_two_procedures_by_its_first_lines() -> None:
    photos = doc("Procedure_A.pdf", "sop", margins="Operating procedure (with 12 site photographs)")
    text_only = doc(
        "Procedure_B.pdf", "sop", margins="Procedure for the transfer (text only, 6 pages)"
    )
    text = (
        "The procedure with photographs shows staff faces and should not be published, while the "
        "text-only procedure can be made public."
    )
    assert values(text, (photos, text_only)) == [T, F]


def test_round_fourteen_a_letterhead_scopes_a_statement() -> None:
    ours = doc(
        "Procedimiento_recepcion.pdf",
        "sop",
        margins="SECRETARÍA DE AMBIENTE – Dirección de Biodiversidad",
    )
    theirs = doc("Guia_decomiso.pdf", "sop", margins="MINISTERIO PÚBLICO – FISCALÍA DEL AMBIENTE")
    text = (
        "Los documentos con membrete de esta Secretaría pueden publicarse. Lo que viene con "
        "membrete de la Fiscalía no es nuestro y no estamos en condiciones de autorizar su difusión."
    )
    assert values(text, (ours, theirs)) == [F, T]


def test_round_fourteen_ne_que_is_only_but_not_aucun_inconvenient_a_ce_que() -> None:
    text = "Nous ne donnons notre accord de publication que pour le plan."
    assert values(text, (PLAN, SOP)) == [F, T]
    text = "Nous ne voyons aucun inconvénient à ce que ces documents soient publiés."
    assert values(text, (PLAN, AGREEMENT)) == [F, F]


def test_round_fourteen_an_aside_between_commas_keeps_the_exception() -> None:
    text = "Todo puede ir a la parte pública (menos, claro está, el contrato)."
    assert values(text, (PLAN, SOP, AGREEMENT)) == [F, F, T]


def test_round_fourteen_y_compris_adds_the_document_named() -> None:
    text = "Vous pouvez les afficher tels quels sur le site, l'entente y compris."
    assert values(text, (PLAN, AGREEMENT)) == [F, F]


def test_round_fourteen_a_stamp_put_by_mistake_is_withdrawn() -> None:
    stamped = doc("Convention_centre.pdf", "contract", margins="CRDA – [tampon] CONFIDENTIEL")
    text = (
        "Le tampon « CONFIDENTIEL » de la convention a été apposé par erreur : il n'a pas lieu "
        "d'être, et la convention peut être publiée."
    )
    assert values(text, (stamped, SOP)) == [F, F]


def test_round_fourteen_confidential_only_in_its_name() -> None:
    named = doc("Procedure_confidentielle_signalement.pdf", "sop")
    text = "La procédure n'a de confidentiel que le nom : elle peut être publiée."
    assert values(text, (named, PLAN)) == [F, F]


def test_round_fourteen_an_annex_of_the_same_file_is_a_part_of_it() -> None:
    release = doc("Procedure_relacher.pdf", "sop")
    text = (
        "Le plan d'action peut être publié, à l'exception de son annexe 4 (carte des sites de "
        "relâcher), qui figure dans le même fichier PDF et ne doit pas être rendue publique."
    )
    assert values(text, (doc("Plan_action.pdf", "action_plan"), release)) == [T, F]


def test_round_fourteen_a_third_partys_own_decision() -> None:
    protocol = doc("Protocole_reintroduction_Fondation.pdf", "species_guidance")
    text = (
        "La note peut être publiée. Le protocole appartient à la Fondation : sa diffusion relève "
        "de sa seule décision."
    )
    assert values(text, (doc("Note_circulaire.pdf", "regulatory_measure"), protocol)) == [F, T]


def test_round_fourteen_a_reason_after_a_spaced_colon_is_its_own_clause() -> None:
    text = (
        "On préférerait que le plan reste entre vous, nous et la CITES : il décrit nos "
        "installations de quarantaine."
    )
    assert values(text, (PLAN, SOP)) == [T, F]


def test_round_fourteen_consult_first_in_a_table() -> None:
    text = (
        "| # | Archivo | ¿Publicable? |\n|---|---|---|\n| 1 | Plan estatal | Sí |\n"
        "| 2 | Padrón de centros de rescate | Consultar antes |\n"
    )
    padron = doc("Padron_centros_rescate.xlsx", "network_resources")
    assert values(text, (PLAN, padron)) == [F, T]


@pytest.mark.parametrize(
    "text",
    [
        "El convenio lo podemos compartir públicamente siempre y cuando no aparezca el anexo bancario; la copia que adjuntamos ya no lo incluye.",
        "The agreement may be published without the bank annex; the copy we attach no longer includes it.",
        "La convention peut être publiée sans l'annexe bancaire ; la copie jointe ne la contient plus.",
    ],
)
def test_round_fourteen_the_part_to_leave_out_is_not_in_the_copy(text: str) -> None:
    assert values(text, (AGREEMENT, SOP))[0] == F


@pytest.mark.parametrize(
    "text",
    [
        "The list may be published once the keepers have agreed to it.",
        "The list can go on the website as soon as the new director takes office.",
        "La liste pourra être mise en ligne dès que le comité l'aura examinée.",
        "La lista podrá publicarse en cuanto el comité la revise.",
        "La lista puede publicarse siempre y cuando los centros estén de acuerdo.",
    ],
)
def test_a_permission_that_waits_on_something_is_not_given_yet(text: str) -> None:
    assert values(text, (LIST, SOP))[0] == T


@pytest.mark.parametrize(
    "text",
    [
        "All documents may be published, provided that the Department is cited as the source.",
        "L'ensemble des documents peut être mis en ligne sous réserve de mentionner la source.",
        "En cuanto a la confidencialidad, la lista puede publicarse.",
        "None of the enclosures is subject to any handling restriction.",
    ],
)
def test_a_condition_met_when_publishing_or_no_condition_at_all(text: str) -> None:
    assert values(text, (LIST, SOP))[0] == F


def test_a_file_name_that_says_the_copy_is_edited_meets_the_condition() -> None:
    edited = doc("Directory_rescue_facilities_v2_no_mobiles.xlsx", "network_resources")
    text = "The Directory may be published on condition that the volunteers' mobile numbers are removed."
    decisions = decide(text, (edited, SOP))
    assert decisions[0].value == F
    assert "file name" in decisions[0].evidence
    assert values(text, (doc("Directory_rescue_facilities.xlsx", "network_resources"), SOP))[0] == T


@pytest.mark.parametrize(
    "text",
    [
        "Nous ne voudrions pas que la liste tombe dans le domaine public.",
        "Nous ne saurions accepter que la liste soit publiée.",
        "No aceptamos que la lista se publique.",
    ],
)
def test_a_wish_or_consent_denied_reaches_past_its_que(text: str) -> None:
    assert values(text, (LIST, SOP))[0] == T


# --- Round 15: what holdout13's documents public without review showed ------------------------


def test_round_fifteen_a_type_two_files_share_is_told_apart_by_a_word_of_its_name() -> None:
    # The DDPP's permission names its own SOP; the refuge's SOP, forwarded below with "ne pas
    # le diffuser", is not covered by it.
    text = (
        "Je vous transmets ci-dessous la réponse du refuge.\n\n"
        "Pour nos propres pièces (le mode opératoire de la DDPP et la convention que nous avons "
        "signée avec le refuge), nous n'avons pas d'objection à leur publication.\n\n"
        "-------- Message transféré --------\nDe : Refuge <contact@refuge.example.org>\n"
        "Objet : protocole\n\nVoici notre protocole de soins : merci de ne pas le diffuser "
        "au-delà de vos services."
    )
    docs = (
        doc("DDPP74_mode_operatoire_animaux_saisis.pdf", "sop"),
        doc("Convention_DDPP74_Refuge_2019.pdf", "contract"),
        doc("Refuge_protocole_soins_reptiles.docx", "sop"),
    )
    assert values(text, docs) == [F, F, T]


def test_round_fifteen_a_type_named_twice_keeps_both_files() -> None:
    text = (
        "We transmit our SOP and the agreement with the sanctuary and its 2020 addendum. "
        "The former can be published now that it has expired. The latter cannot."
    )
    docs = (
        doc("SOP_live_animals.pdf", "sop"),
        doc("Agreement_sanctuary_2016.pdf", "contract"),
        doc("Addendum_2020_Agreement_sanctuary.pdf", "contract"),
    )
    assert values(text, docs) == [F, F, T]


def test_round_fifteen_not_either_answers_a_proposal_quoted_past_a_divider() -> None:
    text = (
        "De acuerdo en cuanto al convenio. Pero la lista tampoco, por favor: trae las direcciones "
        "de las familias.\n\nSaludos\n\n-----Original Message-----\nFrom: Secretaría CITES\n"
        "Sent: 25 February 2021\n\nGracias. Salvo que nos indiquen otra cosa, publicaremos el POE "
        "y la lista de centros, y dejaremos el convenio en la sección de acceso limitado."
    )
    docs = (
        doc("POE_rescate.pdf", "sop"),
        doc("lista_centros_cuidadores.xlsx", "network_resources"),
        doc("Convenio_Fundacion.pdf", "contract"),
    )
    assert values(text, docs) == [F, T, T]


# --- Round 16: what holdout13's statements read as nothing showed ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We ask kindly that neither of the two documents will be visible to the public.",
        "We'd like both kept in-house, though.",
        "Los documentos que se adjuntan deben manejarse con sigilo.",
        "Agradeceríamos que ambos se mantuvieran al margen de la parte pública.",
        "Les informamos que la información de este correo y de sus anexos es confidencial.",
        "Les informamos que los anexos son confidenciales.",
    ],
)
def test_round_sixteen_wordings_that_restrict_every_attachment(text: str) -> None:
    assert values(text, (SOP, LIST)) == [T, T]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La liste, elle, reste pour vous.", [F, T]),
        ("The list stays with you.", [F, T]),
        (
            "Que el listado quede para uso de ustedes, no lo queremos dando vueltas por internet.",
            [F, T],
        ),
    ],
)
def test_round_sixteen_a_document_left_with_the_secretariat_is_restricted(
    text: str, expected: list[str]
) -> None:
    assert values(text, (SOP, LIST)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nous autorisons la publication de la procédure, et d'elle seule.",
        "We agree to the publication of the procedure, and nothing else.",
        "The only one of these we are comfortable having on the open site is the procedure.",
        "Des deux documents, nous ne souhaitons voir en ligne que la procédure.",
    ],
)
def test_round_sixteen_only_the_document_named_may_be_published(text: str) -> None:
    assert values(text, (SOP, LIST)) == [F, T]


def test_round_sixteen_a_footer_reserved_to_its_addressee_is_not_the_partys_rule() -> None:
    text = (
        "Voici notre fiche et la convention avec la Région.\nSophie\n\n"
        "Ce courriel et ses annexes éventuelles sont confidentiels et destinés exclusivement à la "
        "personne à laquelle ils sont adressés."
    )
    assert values(text, (SOP, doc("Convention_Region.pdf", "contract"))) == [F, T]


def test_round_sixteen_documents_reserved_to_the_secretariat_are_restricted() -> None:
    text = "La Mission précise que ces documents sont destinés exclusivement au Secrétariat."
    assert values(text, (SOP, LIST)) == [T, T]


# --- Round 16: what holdout14's documents public without review showed --------------------------


@pytest.mark.parametrize(
    "postscript",
    [
        "P.S. Tafadhali orodha ya walezi isiwekwe kwenye tovuti - ina namba za simu za binafsi.",
        "NS: Moet asseblief nie die lys van pleegsorgers publiseer nie - hulle het nie ingestem nie.",
        "PS von meinem Kollegen: Das Merkblatt bitte nur intern verwenden, es wird überarbeitet.",
        "P.D. (Itziar): Edukitzaileen zerrenda ez argitaratu, mesedez: helbide partikularrak ditu.",
    ],
)
def test_round_sixteen_a_note_in_a_language_not_read_holds_the_public_documents(
    postscript: str,
) -> None:
    text = f"All the documents may be published.\n\nRegards,\nJohan\n\n{postscript}"
    decisions = decide_confidentiality(text, (SOP, LIST), ["contract"])
    assert [d.value for d in decisions] == [F, F]
    assert all("confidentiality_unread_language" in d.flags for d in decisions)


@pytest.mark.parametrize(
    "line",
    [
        "We have had very few live seizures (a few tortoises and songbirds off the RMS).",
        "As before, the Landsbesluit is public.",
        "Kind regards / Met vriendelijke groet",
        "Dayang Siti Aisah binti Haji Mohd Yusof",
        "- husbandry guidance on juvenile humphead wrasse;",
    ],
)
def test_round_sixteen_english_domain_words_names_and_closings_are_not_foreign_notes(
    line: str,
) -> None:
    assert unread_notes(line) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The procedure may be shared with any Party that asks for it.", [T, F]),
        ("El que preferimos reservar es el procedimiento, por los turnos del personal.", [T, F]),
        ("Pour la procédure, attendez avant de la publier : je vérifie.", [T, F]),
        ("Les ruego que no publiquen el procedimiento.", [T, F]),
    ],
)
def test_round_sixteen_restrictions_of_holdout14(text: str, expected: list[str]) -> None:
    assert values(text, (SOP, LIST)) == expected


def test_round_sixteen_a_yes_no_tag_on_each_item() -> None:
    text = (
        "Voici les documents, avec pour chacun l'indication de ce qui peut être mis en ligne :\n\n"
        "1. Procédure de saisie des animaux (en ligne : oui)\n"
        "2. Liste des détenteurs privés (en ligne : non, données personnelles)\n"
    )
    assert values(text, (SOP, LIST)) == [F, T]


def test_round_sixteen_a_relative_clause_after_the_exception_says_what_it_is() -> None:
    docs = (SOP, doc("Contrato_custodia.pdf", "contract"), PLAN)
    for text in (
        "Salvo el contrato de custodia, que preferimos mantener en reserva, lo demás puede "
        "difundirse sin inconveniente.",
        "Except for the agreement, which we would rather keep restricted, everything may be "
        "published.",
    ):
        assert values(text, docs) == [F, T, F], text


def test_round_sixteen_a_concession_names_what_the_restriction_after_it_speaks_of() -> None:
    text = (
        "No es que el procedimiento tenga nada de secreto, pero preferiríamos que por ahora no se "
        "publicara: lo estamos revisando y ya no refleja del todo cómo trabajamos."
    )
    assert values(text, (SOP, LIST)) == [T, F]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # "None" in a confidentiality column says nothing: the call's default decides
        ("| Document | Confidentiality |\n|---|---|\n| SOP | None |\n| Agreement | None |", [F, T]),
        # "Y*" waits on its footnote's condition, not shown met
        (
            "| Document | Publish? |\n|---|---|\n| SOP | Y |\n| Agreement | Y* |\n\n"
            "* Once signed by the Minister. The copy attached is pending his signature.",
            [F, T],
        ),
    ],
)
def test_round_sixteen_table_cells_that_do_not_decide(table: str, expected: list[str]) -> None:
    docs = (SOP, doc("Agreement_zoo.pdf", "contract"))
    assert values(f"Please find our documents below.\n\n{table}\n\nRegards", docs) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Could the list go in the members-only part of the database?", [F, T]),
        ("The SOP is for the world at large; the list is for the Secretariat's files.", [F, T]),
        (
            "La liste a vocation à circuler entre autorités CITES ; nous préférerions qu'elle n'aille pas au-delà.",
            [F, T],
        ),
        ("Nous demandons que la liste soit tenue à l'écart de toute publication.", [F, T]),
        ("Pour la liste, nous vous ferons connaître notre position d'ici le 10 mars.", [F, T]),
        ("La lista, en cambio, preferimos guardarla.", [F, T]),
        (
            "Nous tenons à ce que la liste ne soit pas consultable par n'importe qui sur Internet.",
            [F, T],
        ),
        ("De tout cet envoi, seule la procédure est destinée au public.", [F, T]),
        ("De todo lo que enviamos, al público solo debería llegar el procedimiento.", [F, T]),
        ("El procedimiento es reservado. Igual la lista.", [T, T]),
        ("La lista podrá publicarse cuando la asamblea de la comuna lo apruebe.", [F, T]),
        ("Para ambos documentos se aplica lo que acordamos por teléfono.", [T, T]),
    ],
)
def test_round_sixteen_wordings_of_holdout14(text: str, expected: list[str]) -> None:
    assert values(text, (SOP, LIST)) == expected


def test_round_sixteen_what_was_agreed_by_phone_to_send_is_not_a_rule() -> None:
    text = "Le envío lo que quedamos por teléfono con la ingeniera."
    assert values(text, (SOP, LIST)) == [F, F]


def test_round_sixteen_a_request_asked_as_a_question_about_the_document_just_named() -> None:
    text = (
        "The list has people's home addresses on it, so could that one go in the members-only "
        "part of the database, please?"
    )
    assert values(text, (SOP, LIST, doc("Agreement_institute.pdf", "contract"))) == [F, T, T]


def test_round_sixteen_a_yes_to_publishing_without_a_part_is_not_the_copy_sent() -> None:
    text = (
        "Te contesto entre líneas.\n\n> ¿Podemos publicar el procedimiento tal como nos lo "
        "enviaste?\n>> Afirmativo, pero sin la hoja de contactos del final."
    )
    assert values(text, (SOP, LIST))[0] == T


def test_round_sixteen_a_reviewers_comment_in_the_margin_is_a_marking() -> None:
    plan = doc(
        "NAP_final_draft.docx",
        "action_plan",
        margins="FINAL DRAFT\n[Comment AT3]: Costings in Table 5 are not for publication yet.",
    )
    decision = decide_confidentiality("All may be published.", (plan, SOP), ["contract"])[0]
    assert decision.value == T
    assert decision.flags


def test_round_sixteen_the_documents_of_a_body_are_the_files_that_carry_its_name() -> None:
    text = (
        "Pour les documents de l'ICCN, aucune restriction de notre part.\n\n"
        "-------- Message transféré --------\nDe : Centre Senkwekwe\n\n"
        "Voici notre protocole. Nous te demandons de ne pas le faire circuler en dehors de l'ICCN "
        "et du Secrétariat."
    )
    docs = (
        doc("Protocole_soins_gorilles_Senkwekwe.pdf", "protocol"),
        doc("ICCN_procedure_primates.pdf", "sop"),
        doc("Convention_ICCN_Centre_Senkwekwe.pdf", "contract"),
    )
    assert values(text, docs) == [T, F, T]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please do not hesitate to publish any of the attached, the list included.", [F, F]),
        ("Nada de lo que adjuntamos tiene carácter confidencial.", [F, F]),
        (
            "Happy for the SOP to be seen by all and sundry; the list we'd rather keep in the back room.",
            [F, T],
        ),
        (
            "Fuera del procedimiento, nada de lo que os envío debería quedar a la vista del público.",
            [F, T],
        ),
        ("El muelle tiene horario restringido para la entrega de los especímenes.", [F, F]),
    ],
)
def test_round_sixteen_over_restrictions_of_holdout14(text: str, expected: list[str]) -> None:
    assert values(text, (SOP, LIST)) == expected


def test_round_sixteen_a_legend_of_bracketed_codes() -> None:
    text = (
        "Voici nos pièces. Légende : [P] = peut être publié ; [R] = à verser dans la partie à "
        "accès restreint.\n\n[P] Procédure de saisie des perroquets\n[R] Liste des centres de "
        "secours\n"
    )
    assert values(text, (SOP, LIST)) == [F, T]


# --- Round 16: holdout13's over-restrictions ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We have no hesitation in making both available to the public, the list included.",
        "We waive confidentiality for both documents.",
        "Tienen nuestra autorización para darlos a conocer, los dos.",
        "Happy for both to be placed in the open part of the database.",
    ],
)
def test_round_sixteen_permissions_of_holdout13(text: str) -> None:
    assert values(text, (SOP, doc("Agreement_zoo.pdf", "contract"))) == [F, F]


@pytest.mark.parametrize(
    "text",
    [
        "Ohio regulates the possession of dangerous wild animals and restricted snakes under its "
        "Revised Code, and seized animals are held at our facility.",
        "Ce message peut contenir des renseignements confidentiels. / This message may contain "
        "confidential information.",
        "Vertraulichkeitshinweis: Diese E-Mail kann vertrauliche Informationen enthalten.",
    ],
)
def test_round_sixteen_restricting_words_about_something_else(text: str) -> None:
    assert values(f"Please find our documents attached.\n\n{text}", (SOP, LIST)) == [F, F]


def test_round_sixteen_a_key_of_symbols_separated_by_commas() -> None:
    text = (
        "Key: ✅ = fine to publish, 🔒 = limited access please\n\n"
        "- Procedure for seized parrots ✅\n- Rescue centres list 🔒\n"
    )
    assert values(text, (SOP, LIST)) == [F, T]


def test_round_sixteen_a_copy_cleared_for_public_release_is_public() -> None:
    agreement = doc(
        "MOU_quarantine.pdf",
        "contract",
        margins="CLEARED FOR PUBLIC RELEASE - Legislative and Public Affairs - signatures redacted",
    )
    assert values("Please find our documents attached.", (SOP, agreement)) == [F, F]


# --- Round 17: holdout15's documents made public without review ----------------------------------


def flags_of(text: str, docs: Sequence[DocumentFacts]) -> list[tuple[str | None, bool]]:
    """Each document's value and whether it is held for review (any flag)."""
    return [(d.value, bool(d.flags)) for d in decide(text, docs)]


@pytest.mark.parametrize(
    "text",
    [
        "Please note that none of this is for dissemination beyond the Secretariat.",
        "These papers are not for wider circulation or release.",
        "Les ruego que ninguno de estos documentos llegue a la web.",
    ],
)
def test_round_seventeen_restrictions_read_as_permissions_before(text: str) -> None:
    assert values(f"Our documents are attached.\n\n{text}", (SOP, LIST)) == [T, T]


def test_round_seventeen_a_permission_waiting_on_the_secretariat_to_redact() -> None:
    text = "The directory may be published if you first remove the column of mobile numbers."
    assert values(text, (SOP, LIST)) == [F, T]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # contact details left out: the list holds them, the other files are held for review
        # a part of every document left out: nothing is public as sent
        ("Everything may be published except the phone numbers.", [(T, False), (T, False)]),
        ("Todo puede difundirse menos los celulares.", [(F, True), (T, True)]),
        ("Tout peut être publié, sauf les coordonnées.", [(F, True), (T, True)]),
    ],
)
def test_round_seventeen_a_permission_that_leaves_out_contact_details(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert flags_of(text, (SOP, LIST)) == expected


def test_round_seventeen_the_message_says_which_document_holds_what_is_left_out() -> None:
    text = (
        "Todo se puede publicar menos los teléfonos. El procedimiento trae los teléfonos de "
        "guardia en su anexo."
    )
    agreement = doc("Convenio_zoo.pdf", "contract")
    decided = flags_of(text, (SOP, agreement))
    assert decided[0] == (T, True)
    assert decided[1] == (F, True)  # public by "todo", held: it may hold telephones too


def test_round_seventeen_signed_papers_left_out() -> None:
    text = "Publish whatever is useful, apart from anything that carries a signature."
    signed_sop = doc("SOP_port.pdf", "sop", margins="Approved and signed by the Director")
    decided = flags_of(text, (signed_sop, AGREEMENT, LIST))
    assert [v for v, _ in decided] == [T, T, F]
    assert decided[2][1]  # the list may carry a signature nobody mentioned: held


def test_round_seventeen_a_note_mixing_languages_is_held() -> None:
    text = (
        "All documents can be uploaded to the website.\n\nRegards,\nA. Officer\n\n"
        "PS: volunteers wali list ko public mat karna please, unke personal numbers hain."
    )
    assert flags_of(text, (SOP, LIST)) == [(F, True), (F, True)]


def test_round_seventeen_a_mixed_note_that_says_nothing_of_publication_is_not_held() -> None:
    text = (
        "All documents can be uploaded to the website.\n\nPS: tomorrow ki meeting hai at ten, "
        "please come, everyone will be there."
    )
    assert flags_of(text, (SOP, LIST)) == [(F, False), (F, False)]


def test_round_seventeen_a_pronoun_in_an_exception_does_not_reverse_the_clause() -> None:
    text = (
        "Everything attached belongs in the restricted area, except of course the leaflet, "
        "which anyone may read online."
    )
    assert values(text, THREE) == [T, T, T]


def test_round_seventeen_the_act_is_a_regulatory_measure() -> None:
    act = doc("Animal_Health_Act_extract.pdf", "regulatory_measure")
    text = "Everything attached belongs in the restricted area, except the Act."
    assert values(text, (act, SOP, AGREEMENT)) == [F, T, T]


def test_round_seventeen_the_readers_disagree_on_a_permission() -> None:
    # the rules read a negated restriction as a permission; the learned reader does not agree
    text = "Kindly note that this material is not something we are willing to see published."
    decided = decide(f"Our documents are attached.\n\n{text}", (SOP, LIST))
    assert all(d.value == T or d.flags for d in decided)


# --- Round 17: holdout15's other errors -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We are glad to have all three documents, the agreement included, placed before the public.",
        "No hay en estos archivos nada que no pueda leer cualquier ciudadano. Publíquenlos sin más.",
        "Je ne vois rien dans ces pièces qui ne puisse être montré au public.",
        "There is nothing here we would not be comfortable with the public reading.",
        "The agreement is not a document we need protected; the rest neither.",
    ],
)
def test_round_seventeen_permissions_of_holdout15(text: str) -> None:
    assert values(text, (SOP, AGREEMENT)) == [F, F]


def test_round_seventeen_an_elliptic_permission_in_a_postscript() -> None:
    text = (
        "La procédure et la liste peuvent être publiées.\n\nSalutations,\nB. Agent\n\n"
        "P.-S. : La convention aussi, d'ailleurs."
    )
    assert values(text, (SOP, LIST, doc("Convention_centre.pdf", "contract"))) == [F, F, F]


def test_round_seventeen_apart_from_that_excepts_what_was_said_before() -> None:
    annex = doc("MoU_annex_volunteers.pdf", "network_resources")
    text = (
        "The annex lists the volunteers with their telephone numbers and must not be made "
        "public. Apart from that, we are content for what we have enclosed to be published."
    )
    assert values(text, (AGREEMENT, annex, SOP)) == [F, T, F]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ces documents peuvent être publiés, à une réserve près : la liste ne doit pas "
         "être rendue publique.", [F, T, F]),
        ("Nothing here we would not be comfortable with the public reading, save perhaps the "
         "list, which we would sooner keep in-house.", [F, T, F]),
        ("Rien d'autre que la procédure n'a vocation à sortir du Secrétariat.", [F, T, T]),
        ("Nothing but the SOP may be published.", [F, T, T]),
    ],
)  # fmt: skip
def test_round_seventeen_exceptions_and_only(text: str, expected: list[str]) -> None:
    assert values(text, (SOP, LIST, AGREEMENT)) == expected


def test_round_seventeen_a_destination_column_and_a_pending_cell() -> None:
    text = (
        "Below is where each may go:\n\n| Document | Destino |\n|---|---|\n"
        "| Convenio con el zoológico | sección pública |\n| Procedimiento de loros | sección pública |\n"
        "| Lista de centros de rescate | (a definir - lo revisa Jurídico) |\n"
    )
    agreement = doc("Convenio_zoologico.pdf", "contract")
    sop = doc("Procedimiento_loros.pdf", "sop")
    centres = doc("Lista_centros_rescate.xlsx", "network_resources")
    assert values(text, (agreement, sop, centres)) == [F, F, T]


def test_round_seventeen_a_web_column_answered_y_n_tbc() -> None:
    text = (
        "Our view on publication:\n\n| # | Document | Web? |\n|---|---|---|\n"
        "| 1 | Procedure for seized parrots | Y |\n| 2 | Rescue centres list | N |\n"
        "| 3 | Action plan 2021 | TBC |\n"
    )
    assert values(text, (SOP, LIST, PLAN)) == [F, T, T]


def test_round_seventeen_bracketed_web_tags() -> None:
    text = "Entre crochets, ce que nous souhaitons.\n\n- Procédure saisies [OK web]\n- Liste des centres [pas web]\n"
    assert values(text, (SOP, LIST)) == [F, T]


def test_round_seventeen_numbered_answers_that_name_the_access() -> None:
    text = (
        "Answers below.\n\n1 - limited pls\n2 - ok to publish\n3 - also limited, it has names\n\n"
        "-----Original Message-----\nFrom: CITES Secretariat\n\nCould you tell us, for each, "
        "whether it may go in the public part or in limited access?\n1. Agreement\n2. SOP\n3. List"
    )
    assert values(text, (AGREEMENT, SOP, LIST)) == [T, F, T]


@pytest.mark.parametrize(
    "text",
    [
        "Animals go to a restricted-entry quarantine room at the clinic until cleared.",
        "La manipulation des espèces venimeuses est réservée aux soigneurs titulaires.",
        "Lo pueden publicar siempre que salga con el logo de la Fundación.",
    ],
)
def test_round_seventeen_words_that_restrict_nothing(text: str) -> None:
    assert values(f"Our procedure is attached. {text}", (SOP,)) == [F]


@pytest.mark.parametrize(
    "text",
    [
        "Please do not share it beyond the Secretariat.",
        "Nothing should be circulated outside the Secretariat.",
        "Merci de ne pas le diffuser au-delà du Secrétariat.",
        "Les pedimos no difundirlo fuera de la Secretaría.",
        "Kindly see that it is treated as internal and not put up anywhere.",
    ],
)
def test_round_seventeen_spreading_beyond_the_secretariat_denied(text: str) -> None:
    assert values(text, (SOP,)) == [T]


def test_round_seventeen_spreading_beyond_the_secretariat_permitted() -> None:
    assert values("The SOP may be shared beyond the Secretariat.", (SOP,)) == [F]


@pytest.mark.parametrize(
    "text",
    [
        "We have not yet settled internally how these should be treated.",
        "Unless you hear from us by 26 February, please treat all three as public.",
        "Antes de darle el visto bueno tengo que consultarlo con nuestro Departamento Jurídico.",
    ],
)
def test_round_seventeen_a_position_still_reserved(text: str) -> None:
    assert values(text, (SOP, LIST, AGREEMENT)) == [T, T, T]


def test_round_seventeen_treat_all_is_every_document() -> None:
    # "treat all": the "at" that ends "treat" is not the word "at" ("at all")
    assert values("Please treat all three as public.", (SOP, LIST, AGREEMENT)) == [F, F, F]


def test_round_seventeen_an_item_of_the_senders_list_is_the_document_it_describes() -> None:
    text = (
        "In the order I describe them:\n\n1. Procedure for seized wildlife\n2. MOU with the zoo\n"
        "3. List of licensed rehabilitators\n\nItem 2 is not for publication. The others can be "
        "published.\n"
    )
    # the files arrived in another order: the list second, the MOU third
    mou = doc("MOU_zoo_holding.pdf", "contract")
    rehabilitators = doc("Licensed_rehabilitators_list.xlsx", "network_resources")
    procedure = doc("Procedure_seized_wildlife.pdf", "sop")
    assert values(text, (procedure, rehabilitators, mou)) == [F, F, T]


def test_round_seventeen_an_attachment_number_that_the_list_contradicts_keeps_both() -> None:
    text = (
        "Nous vous adressons :\n1) la procédure des agents ;\n2) la convention avec le centre ;\n"
        "3) la liste des relais communautaires.\n\nLa deuxième pièce jointe ne doit pas être "
        "publiée. Les autres peuvent l'être.\n"
    )
    procedure = doc("Procedure_agents.pdf", "sop")
    relays = doc("Liste_relais_communautaires.xlsx", "network_resources")
    convention = doc("Convention_centre.pdf", "contract")
    assert values(text, (procedure, relays, convention)) == [F, T, T]


def test_round_seventeen_a_number_in_a_spanish_list_and_se_publica() -> None:
    text = (
        "Enviamos:\n1) Procedimiento regional\n2) Convenio con la Universidad\n3) Lista de "
        "fincas receptoras\n\nDel listado de arriba, el 3 no se publica; el resto, sí.\n"
    )
    docs = (
        doc("Procedimiento_regional.pdf", "sop"),
        doc("Convenio_UP.pdf", "contract"),
        doc("Lista_fincas.xlsx", "network_resources"),
    )
    assert values(text, docs) == [F, F, T]


def test_round_seventeen_a_statement_with_a_question_tag_is_read() -> None:
    text = "El convenio no lo suban, ¿dale? Lo demás publíquenlo nomás."
    assert values(text, (SOP, doc("Convenio_reserva.pdf", "contract"))) == [F, T]


def test_round_seventeen_a_real_question_is_not_a_statement() -> None:
    assert values("Can we publish the SOP, yes?", (SOP, LIST)) == [F, F]
    assert stated(decide("Can we publish the SOP, yes?", (SOP, LIST))) is False


def test_round_seventeen_reserved_handling_of_the_documents_still_restricts() -> None:
    # "manejo reservado" is how the documents are handled, not who may handle the animals
    text = "La documentación adjunta es de manejo reservado del Ministerio y no debe ser publicada."
    assert values(text, (SOP, PLAN)) == [T, T]


def test_round_seventeen_an_outlook_sensitivity_the_sender_set() -> None:
    text = "Sensitivity: Private\n\nDear Secretariat,\n\nOur procedure and list are attached."
    assert values(text, (SOP, LIST)) == [T, T]
    text = "Sensitivity: Normal\n\nDear Secretariat,\n\nOur procedure and list are attached."
    assert values(text, (SOP, LIST)) == [F, F]


@pytest.mark.parametrize("marking", ["RAHASIA", "FORTROLIGT", "СЕКРЕТНО", "机密", "POUFNE"])
def test_round_seventeen_markings_in_other_languages(marking: str) -> None:
    sop = doc("SOP_port.pdf", "sop", margins=f"{marking} - Directorate - SOP No. 7")
    assert values("Please find our documents attached.", (sop, LIST)) == [T, F]


def test_round_seventeen_not_forwarding_the_email_itself_restricts_no_attachment() -> None:
    text = (
        "Le pido no reenviar este correo fuera de la Secretaría, porque incluye abajo el celular "
        "del director."
    )
    assert values(text, (SOP, LIST)) == [F, F]
    text = "Please do not forward this email and its attachments outside the Secretariat."
    assert values(text, (SOP, LIST)) == [T, T]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only the species sheets should be made public.", [F, T]),
        ("Nous ne souhaitons rendre publics que les textes réglementaires.", [T, F]),
    ],
)
def test_round_seventeen_types_named_in_other_words(text: str, expected: list[str]) -> None:
    sheet = doc("Fiche_Psittacus_erithacus.pdf", "species_guidance")
    decree = doc("Arrete_2019_animaux_saisis.pdf", "regulatory_measure")
    assert values(text, (sheet, decree)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Publication autorisée pour tout, exception faite de la convention.",
        "All three may be published but for the agreement, which contains our fee schedule.",
    ],
)
def test_round_seventeen_more_ways_to_except(text: str) -> None:
    assert values(text, (SOP, PLAN, AGREEMENT)) == [F, F, T]


def test_round_seventeen_association_statutes_stay_other_documents() -> None:
    statutes = doc("Statuts_association.pdf", "other")
    decree = doc("Decret_2020.pdf", "regulatory_measure")
    assert values("Les statuts peuvent être publiés.", (statutes, decree)) == [F, F]
    assert (
        "confidentiality_default"
        in decide("Les statuts peuvent être publiés.", (statutes, decree))[1].flags
    )


# --- Round 18 (holdout16 read) ----------------------------------------------------------------


def test_round_eighteen_a_reason_that_fits_only_a_restriction() -> None:
    # "now" for "not": the reason given (private numbers) cannot go with a permission
    text = "The SOP can be published. The volunteer list is now for publication as it has private mobile numbers."
    assert values(text, (SOP, LIST)) == [F, T]
    text = "The list can be published, as it has the private numbers removed."
    assert values(text, (SOP, LIST)) == [F, F]


def test_round_eighteen_sent_by_post_is_not_posted_online() -> None:
    text = (
        "The SOP may be uploaded. The MoU is a confidential document between the two "
        "signatories; its signed original is being sent to you by registered post."
    )
    scan = doc("MoU_signed_scan.pdf", "contract")
    assert values(text, (SOP, scan)) == [F, T]
    assert values("The list may be posted on your website.", (SOP, LIST))[1] == F


def test_round_eighteen_an_annex_in_its_own_file_is_not_the_agreement() -> None:
    agreement = doc("Agreement_veterinary_college.pdf", "contract")
    annex = doc(
        "Agreement_AnnexA_rates.pdf",
        "contract",
        margins="ANNEX A - RATES (forms part of the Agreement with the Veterinary College)",
    )
    text = "The agreement is public too, but its annex is not: the rates were negotiated for us."
    assert values(text, (SOP, agreement, annex)) == [F, F, T]


@pytest.mark.parametrize(
    "text",
    [
        "The Standing Order is intended for public officers only.",
        "The Standing Order is meant for government officials only.",
        "L'instruction est destinée exclusivement aux agents des douanes.",
        "La instrucción está dirigida únicamente a los funcionarios de la Policía.",
    ],
)
def test_round_eighteen_an_audience_of_officials_alone(text: str) -> None:
    order = doc("Force_Standing_Order_14.pdf", "sop")
    assert values(text + " The list may be published.", (order, LIST)) == [T, F]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the highlighting survives only where the margins say so
        ("Pueden publicar todo, salvo lo que va resaltado en amarillo.", [T, F]),
        ("You may publish everything except what is highlighted in yellow.", [T, F]),
    ],
)
def test_round_eighteen_highlighted_passages_found_through_the_margins(
    text: str, expected: list[str]
) -> None:
    sop = doc(
        "Procedure_boats.pdf", "sop", margins="[in the original, highlighted: radio channels]"
    )
    guide = doc("Guide_sharks.pdf", "species_guidance")
    decisions = decide(text, (sop, guide))
    assert [d.value for d in decisions] == expected
    assert "confidentiality_content_withheld" in decisions[1].flags


def test_round_eighteen_highlighting_lost_in_the_message_keeps_everything() -> None:
    text = "Vous pouvez publier tout ce qui n'est pas surligné en jaune dans le tableau ci-dessous."
    assert values(text, (SOP, PLAN, LIST)) == [T, T, T]
    # highlighting that a permission does not except says nothing
    assert values("Publish all; I highlighted the key steps in yellow.", (SOP, LIST)) == [F, F]


@pytest.mark.parametrize(
    "text",
    [
        "Personnellement, je ne vois aucun problème à ce que tout soit publié, mais je n'ai pas pu joindre ma directrice.",
        "Personally I see no problem with publishing all of it, but I have not been able to reach my director yet.",
        "En lo personal no veo inconveniente en publicarlo todo, pero no he podido consultar con mi jefa.",
        "Tout peut être publié à mon avis ; je vous le confirme dès son retour.",
    ],
)
def test_round_eighteen_a_personal_view_that_waits_on_a_superior(text: str) -> None:
    assert values(text, (SOP, LIST)) == [T, T]


def test_round_eighteen_an_internal_evaluation_still_running() -> None:
    text = "La procédure peut être publiée. La liste est encore en cours d'évaluation interne."
    assert values(text, (SOP, LIST)) == [F, T]


@pytest.mark.parametrize(
    "text",
    [
        "Les deux projets vous sont soumis pour avis : la version définitive vous sera adressée pour publication.",
        "Both drafts are for your comments; the final versions will be sent to you for publication in March.",
        "Los borradores son para comentarios; la versión definitiva se les enviará para su publicación.",
    ],
)
def test_round_eighteen_the_final_version_is_the_one_to_publish(text: str) -> None:
    assert values(text, (SOP, PLAN)) == [T, T]


def test_round_eighteen_a_yes_without_part_of_the_file() -> None:
    text = (
        "| Documento | ¿Web? |\n|---|---|\n| Procedimiento de recepción | Sí, sin el anexo 2 |\n"
        "| Directorio de centros | Sí |"
    )
    procedure = doc("Procedimiento_recepcion.pdf", "sop")
    directory = doc("Directorio_centros.xlsx", "network_resources")
    assert values(text, (procedure, directory)) == [T, F]


def test_round_eighteen_a_note_in_a_french_creole_is_held() -> None:
    text = "Tout peut être publié.\n\nPS : lis-la pa ka alé asi entènèt, ni nimewo téléfòn adan'y."
    decisions = decide(text, (SOP, LIST))
    assert all("confidentiality_unread_language" in d.flags for d in decisions)


@pytest.mark.parametrize(
    "text",
    [
        "P.S. Please leave the list out of anything public.",
        "Please keep the list private. Everything else is fine to publish.",
        "Serait-il possible de ne pas faire figurer la liste sur le site ? Elle contient des numéros.",
        "La lista, ni de broma: trae teléfonos de particulares.",
        "No queremos que la lista quede colgada en internet.",
        "Les pedimos que la lista no salga a la luz.",
        "La lista guárdenla bajo siete llaves, por favor.",
        "La lista preferimos que quede en el área privada de la base de datos.",
        "The list may go to the workshop participants, but we would not want it on the open website.",
    ],
)
def test_round_eighteen_restrictions_in_new_words(text: str) -> None:
    assert values(text, (SOP, LIST))[1] == T


@pytest.mark.parametrize(
    "text",
    [
        "The keeping of dangerous animals by private individuals is prohibited under the Law.",
        "Les animaux sont hébergés en zone privée du parc, hors du parcours de visite.",
        "The animals are held in the restricted area of the airport until collected.",
    ],
)
def test_round_eighteen_private_places_restrict_nothing(text: str) -> None:
    assert values(text, (SOP, LIST)) == [F, F]


@pytest.mark.parametrize(
    "text",
    [
        "Nous nous opposons à toute publication de ces pièces.",
        "Confidencialidad: la de siempre.",
        "Ambos documentos los compartimos únicamente para que la Secretaría los conozca.",
    ],
)
def test_round_eighteen_every_document_restricted(text: str) -> None:
    assert values(text, (SOP, LIST)) == [T, T]


@pytest.mark.parametrize(
    "text",
    [
        "Vous pourrez le publier à partir du 1er mars.",
        "Pueden publicarlo a partir del 15 de marzo.",
        "You may publish it from 1 April.",
    ],
)
def test_round_eighteen_a_permission_from_a_later_date(text: str) -> None:
    assert values(text, (SOP,)) == [T]


def test_round_eighteen_types_named_by_their_nature() -> None:
    guide = doc("Care_guidance_falcons.pdf", "species_guidance")
    protocol = doc("Operational_protocol_police.pdf", "protocol")
    text = (
        "Anything that is guidance may be published; anything operational stays in the closed part."
    )
    assert values(text, (guide, SOP, protocol, AGREEMENT)) == [F, T, T, T]
    order = doc("Ordre_de_service_animaux.pdf", "sop")
    text = "L'ordre de service relève du secret de fonction. La liste peut être diffusée."
    assert values(text, (order, LIST)) == [T, F]
    decree = doc("Arrete_gouverneur.pdf", "regulatory_measure")
    text = "Les textes à caractère réglementaire peuvent être publiés."
    decisions = decide(text, (decree, AGREEMENT))
    assert [d.value for d in decisions] == [F, T]
    assert "confidentiality_default" in decisions[1].flags


def test_round_eighteen_both_of_two_documents() -> None:
    customs = doc("NRA_Customs_instruction.pdf", "sop")
    contacts = doc("NRA_border_contacts.xlsx", "network_resources")
    text = "Both are internal to Customs and we ask that they not be published."
    assert values(text, (customs, contacts)) == [T, T]


def test_round_eighteen_the_same_as_another_document() -> None:
    text = "The MoU isn't for publication, and the list is the same as the MoU in that respect."
    assert values(text, (SOP, AGREEMENT, LIST)) == [F, T, T]


def test_round_eighteen_prior_consent_is_not_an_agreement() -> None:
    text = "Ces pièces ne peuvent être rendues publiques sans l'accord préalable écrit de la Direction."
    sheet = doc("Fiche_technique_singes.pdf", "species_guidance")
    assert values(text, (SOP, AGREEMENT, sheet)) == [T, T, T]


def test_round_eighteen_documents_highlighted_in_a_list_lost_in_the_message() -> None:
    text = (
        "The documents highlighted in yellow in the list above are for the Secretariat's "
        "information only; the others can be published."
    )
    assert values(text, (SOP, PLAN, LIST)) == [T, T, T]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'ancienne convention n'a plus de raison d'être tenue secrète ; publiez-la. La nouvelle reste confidentielle.",
            [F, T],
        ),
        (
            "The expired agreement may be published. The current one stays in the closed part.",
            [F, T],
        ),
        ("El convenio que ya no está vigente puede publicarse.", [F, T]),
    ],
)
def test_round_eighteen_the_older_or_the_newer_of_two_documents(
    text: str, expected: list[str]
) -> None:
    older = doc("Convention_zoo_2016-2020.pdf", "contract")
    newer = doc("Convention_zoo_2021-2025.pdf", "contract")
    assert values(text, (older, newer)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pour la procédure, attendez notre retour : le service juridique la relit.",
        "For the SOP, please wait for our confirmation; our legal team is still reviewing it.",
        "El procedimiento, esperen nuestra respuesta: la asesoría jurídica lo está revisando.",
        "La procédure : pas avant que chacune des personnes citées ait donné son accord.",
        "Any request from the public for a copy of the SOP should be referred to our Information Officer.",
    ],
)
def test_round_eighteen_positions_still_reserved(text: str) -> None:
    assert values(text + " The list may be published.", (SOP, LIST)) == [T, F]


def test_round_eighteen_a_distribution_marking_naming_its_audience() -> None:
    protocol = doc(
        "Protocolo_entrega.pdf",
        "protocol",
        margins="DISTRIBUCIÓN: SOLO INSTITUCIONES PARTICIPANTES",
    )
    assert values("Adjuntamos los documentos.", (protocol, LIST)) == [T, F]


@pytest.mark.parametrize(
    "text",
    [
        "Consider all of it open information, the lease agreement included.",
        "Ces documents peuvent être versés au domaine public dans leur intégralité, convention comprise.",
        "Ces pièces peuvent être reprises telles quelles sur votre site, convention comprise.",
        "Para nosotros el convenio no es ningún secreto; lo puede leer cualquier vecino.",
        "Todos, incluido el convenio, pueden usarse para divulgación, siempre que no sea con fines comerciales.",
    ],
)
def test_round_eighteen_permissions_in_new_words(text: str) -> None:
    assert values(text, (SOP, AGREEMENT)) == [F, F]


@pytest.mark.parametrize(
    "text",
    [
        "Time-sensitive cases are handled at the discretion of the Station Commander.",
        "Desde el zoo os enviamos, a petición de la Autoridad Administrativa, dos documentos.",
        "Les contrôles se concentrent sur la zone de pêche réservée à la pêche artisanale.",
        "Los puestos se encuentran en zona militar restringida.",
        "Entendemos que los contratos suelen ir a la parte de acceso limitado; el convenio puede ir a la parte pública.",
        "Pour le reste, rien ne change.",
    ],
)
def test_round_eighteen_words_that_restrict_nothing(text: str) -> None:
    assert values(text, (SOP, LIST)) == [F, F]


def test_round_eighteen_a_customs_category_is_not_a_marking() -> None:
    sop = doc("Customs_SOP_prohibited_restricted_goods_live_animals.pdf", "sop")
    assert values("Please find attached our documents.", (sop, LIST)) == [F, F]


def test_round_eighteen_an_admission_procedure_named_after_a_centre() -> None:
    text = "Nous vous transmettons :\n- notre procédure d'admission à la Chouette à voir!, à Saint-Jude ;"
    assert values(text, (SOP, LIST)) == [F, F]


@pytest.mark.parametrize(
    "footer",
    [
        "Ce courriel et ses éventuelles pièces jointes peuvent contenir des informations "
        "confidentielles. Si vous n'en êtes pas le destinataire, merci de le détruire.",
        "E-mail correspondence to and from this address is subject to the State Public Records "
        "Law and may be disclosed to third parties.",
    ],
)
def test_round_eighteen_footers_about_the_email(footer: str) -> None:
    text = f"Please find our procedure and list attached.\n\nBest regards,\nAna\n\n{footer}"
    assert values(text, (SOP, LIST)) == [F, F]


def test_round_eighteen_a_copy_prepared_for_publication() -> None:
    convenio = doc(
        "Convenio_version_transparencia.pdf",
        "contract",
        margins="EJEMPLAR PARA PUBLICACIÓN – Datos personales suprimidos",
    )
    assert values("Adjunto el convenio y el procedimiento.", (convenio, SOP)) == [F, F]


def test_round_eighteen_a_condition_met_in_the_copy_is_not_consent_given() -> None:
    protocol = doc("Protocole_accord_v2.pdf", "contract", margins="Version 2 – annexe retirée")
    directory = doc("Annuaire_agents.xlsx", "network_resources")
    text = (
        "Le protocole d'accord : oui, à condition d'en retirer l'annexe financière, ce qui est "
        "fait dans la version jointe (v2).\nL'annuaire : pas avant que chacune des personnes qui "
        "y figurent ait donné son accord."
    )
    assert values(text, (protocol, directory)) == [F, T]


def test_round_eighteen_consent_not_given_for_publication() -> None:
    text = (
        "Tout est public. Précision : la liste est à retirer du public, les familles n'ont pas "
        "toutes donné leur accord pour que leurs coordonnées soient diffusées."
    )
    families = doc("Liste_familles_accueil.xlsx", "network_resources")
    assert values(text, (SOP, families)) == [F, T]


def test_round_eighteen_no_information_subject_to_reserve() -> None:
    text = "El manual no contiene información sujeta a reserva y puede publicarse."
    assert values(text, (SOP, LIST))[0] == F
    assert values("El manual puede publicarse, sujeto a la aprobación del Director.", (SOP,)) == [T]


@pytest.mark.parametrize("answer", ["No veo por qué no.", "I don't see why not.", "Pourquoi pas."])
def test_round_eighteen_a_double_negation_answers_yes(answer: str) -> None:
    text = (
        f"{answer}\n\nAna\n\n> ¿Podemos publicar también el convenio?\n> Saludos, Secretaría CITES"
    )
    assert values(text, (AGREEMENT,)) == [F]


def test_round_eighteen_the_one_whose_cover_says_a_quoted_word() -> None:
    plan = doc("Plan_provincial.pdf", "action_plan", margins="GAD PROVINCIAL – BORRADOR v2")
    procedure = doc("Procedimiento.pdf", "sop", margins="Versión 3 (aprobada el 10/11/2020)")
    text = 'El que dice "borrador" en la portada no lo publiquen todavía. Lo demás, sí.'
    assert values(text, (plan, procedure, AGREEMENT)) == [T, F, F]


def test_round_eighteen_a_demonstrative_takes_up_the_document_excepted() -> None:
    text = (
        "La Directora dio el visto bueno para que se publique todo, salvo el listado de "
        "voluntarios, que tiene números personales. Ese déjelo en la parte restringida, por favor."
    )
    assert values(text, (SOP, AGREEMENT, LIST)) == [F, F, T]


@pytest.mark.parametrize(
    "text",
    [
        "The protocol is a joint document; we'd need DPI's okay before it goes public.",
        "Pour le protocole, je dois encore recueillir l'accord des bénévoles ; je reviens vers vous.",
        "Nous tenons à ce que le protocole reste hors ligne.",
        "PS: Das Protokoll bitte nur intern verwenden.",
    ],
)
def test_round_eighteen_holdout13_restrictions(text: str) -> None:
    protocol = doc("Protokoll_Protocole_quarantine.pdf", "protocol")
    assert values(text + " The SOP may be published.", (protocol, SOP))[0] == T


def test_round_eighteen_a_letter_for_the_addressee_alone_covers_the_submission() -> None:
    letter = doc(
        "Lettre_transmission.pdf",
        "cover_letter",
        margins="PERSONNEL – À L'ATTENTION EXCLUSIVE DU DESTINATAIRE",
    )
    assert values("Veuillez trouver ci-joint la lettre et son annexe.", (letter, SOP)) == [T, T]


def test_round_eighteen_same_as_another_document_in_a_note() -> None:
    text = (
        "Le plan, oui. Le MoU, non : il est encore en cours de révision.\n\n"
        "NB: the list — same as the MoU, please."
    )
    assert values(text, (PLAN, AGREEMENT, LIST)) == [F, T, T]


def test_round_eighteen_tags_after_an_arrow_or_in_brackets() -> None:
    text = (
        "Al lado de cada uno indicamos adónde pueden ir:\n"
        "- Procedimiento de cuarentena de la estación → solo Secretaría\n"
        "- Listado de centros de rescate → web"
    )
    procedure = doc("Procedimiento_cuarentena.pdf", "sop")
    centres = doc("Listado_centros_rescate.xlsx", "network_resources")
    assert values(text, (procedure, centres)) == [T, F]
    text = (
        "Entre parenthèses, le sort souhaité :\n1. Instruction du bureau (libre)\n"
        "2. Liste des déclarants (réservé)"
    )
    instruction = doc("Instruction_bureau.pdf", "sop")
    declarants = doc("Liste_declarants.xlsx", "network_resources")
    assert values(text, (instruction, declarants)) == [F, T]


def test_round_eighteen_the_middle_one_of_three() -> None:
    text = "The first and the last attachments are fine for the open site. The middle one is not."
    assert values(text, (SOP, LIST, PLAN)) == [F, T, F]


@pytest.mark.parametrize(
    "text",
    [
        "Compte tenu des procédures judiciaires en cours, aucune de ces pièces ne doit être rendue publique.",
        "Ojo: alguno de los archivos lleva datos personales de los cuidadores; tómenlo en cuenta.",
        "These documents are provided on the understanding that they will be used only for the purposes of Decision 18.159.",
    ],
)
def test_round_eighteen_every_document_held_back(text: str) -> None:
    assert values(text, (SOP, LIST)) == [T, T]


def test_round_eighteen_a_marking_releasable_to_authorities_only() -> None:
    contacts = doc(
        "Port_contacts.xlsx",
        "network_resources",
        margins="RELEASABLE TO CITES MANAGEMENT AUTHORITIES ONLY",
    )
    assert values("Attached please find our contribution.", (SOP, contacts)) == [F, T]


def test_round_eighteen_a_page_to_remove_first() -> None:
    text = (
        "Vous pouvez publier l'ensemble. Pour la convention, merci toutefois de retirer au "
        "préalable la page des signatures."
    )
    assert values(text, (SOP, AGREEMENT)) == [F, T]
