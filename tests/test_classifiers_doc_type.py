"""Document type: the document's own title and structure decide, in English, French and
Spanish, with uninformative file names and OCR noise."""

from __future__ import annotations

import pytest

from classifiers.doc_type import classify_doc_type, repair_ocr

REQUESTED_2021_008 = (
    "action_plan",
    "protocol",
    "regulatory_measure",
    "sop",
    "species_guidance",
    "contract",
    "network_resources",
)

CASES = [
    (
        "cover_letter",
        "Letter_MA.pdf",
        "",
        """Department of Environmental Affairs
Private Bag X447, Pretoria, 0001

Our ref: 12/4/3-CITES                                  Pretoria, 26 February 2021

Ms S. Flensburg
CITES Secretariat
Geneva

Dear Ms Flensburg

RESPONSE TO NOTIFICATION TO THE PARTIES No. 2021/008

South Africa is pleased to submit its National Action Plan for the management of seized live animals. The Action Plan sets out five objectives, including the designation of holding facilities, training of enforcement officers, and a budget of ZAR 12 million over five years. The Action Plan was adopted by the Minister in 2020 and is implemented by the provincial conservation authorities.

Yours sincerely

DIRECTOR-GENERAL""",
    ),
    (
        "cover_letter",
        "Remision_plan_de_accion.pdf",
        "Plan de Acción Nacional",
        """MINISTERIO DE AMBIENTE Y DESARROLLO SOSTENIBLE
Bogotá D.C., 25 de febrero de 2021

Señora
SOFIE FLENSBURG
Secretaría CITES

Asunto: Remisión del Plan de Acción Nacional para la gestión de especímenes vivos decomisados

Respetada señora Flensburg:

De manera atenta, me permito remitir el Plan de Acción Nacional, que contempla objetivos, actividades, responsables y un cronograma de implementación 2021-2025.

Cordialmente,

Directora de Bosques, Biodiversidad y Servicios Ecosistémicos""",
    ),
    (
        "regulatory_measure",
        "Arrete_protocole.pdf",
        "",
        """RÉPUBLIQUE DU NIGER
MINISTÈRE DE L'ENVIRONNEMENT

ARRÊTÉ N° 0045/ME/DGEF du 12 mars 2020
portant adoption du protocole de prise en charge des animaux sauvages saisis

LE MINISTRE DE L'ENVIRONNEMENT,
Vu la Constitution ;
Vu la loi n° 98-07 du 29 avril 1998 fixant le régime de la chasse et de la protection de la faune ;

ARRÊTE :
Article premier : Est adopté le protocole de prise en charge des animaux sauvages saisis, annexé au présent arrêté.
Article 2 : Le présent arrêté sera publié au Journal officiel.""",
    ),
    (
        "network_resources",
        "Book2.xlsx",
        "",
        """Sheet1
Name of facility\tTown\tSpecies groups\tCapacity\tVet on site\tContact person\tPhone
Lilongwe Wildlife Centre\tLilongwe\tprimates, birds\t120\tY\t...\t+265 ...
Nyika Rescue Station\tRumphi\tmammals\t15\tN\t...\t+265 ...
Liwonde Rhino Sanctuary\tLiwonde\trhinos\t6\tY\t...\t+265 ...
Sheet2""",
    ),
    (
        "species_guidance",
        "Document1.docx",
        "",
        """Mediterranean spur-thighed tortoise (Testudo graeca)

Arrival
Weigh and measure each animal; check the shell and the cloaca; soak in shallow lukewarm water for 20 minutes.

Housing
Outdoor pens with shelter; indoor enclosures at 25-30 °C with a basking lamp.

Diet
Weeds, dandelion, clover; no fruit, no meat.

Release
Only after genetic identification of the origin population.""",
    ),
    (
        "species_guidance",
        "Slow_loris_care.pdf",
        "Care guidelines for confiscated slow lorises",
        """CARE GUIDELINES FOR CONFISCATED SLOW LORISES

Slow lorises are nocturnal primates. Confiscated animals often have clipped teeth.

Housing: individual cages with branches, red light at night.
Diet: gum, insects and nectar; avoid fruit.
Release: only animals with intact teeth, after a soft-release period.""",
    ),
    (
        "contract",
        "MoU_DWNP_Foundation.pdf",
        "",
        """MEMORANDUM OF UNDERSTANDING

between

the Department of Wildlife and National Parks (hereinafter "the Department")
and
the Wildlife Rescue Foundation (hereinafter "the Foundation")

1. The Foundation shall receive confiscated live animals transferred by the Department.
2. The Department shall pay the Foundation BWP 150 per animal per day.
3. This Memorandum may be terminated by either party on three months' notice.

Signed in Gaborone on 3 March 2020.""",
    ),
    (
        "sop",
        "Instructivo_recepcion.pdf",
        "",
        """SERVICIO NACIONAL DE ÁREAS PROTEGIDAS
INSTRUCTIVO DE TRABAJO IT-FS-02
Recepción de fauna silvestre decomisada en el Centro de Rescate

Versión: 01    Fecha de vigencia: 01/03/2020
Elaborado por: Jefatura técnica    Aprobado por: Dirección

Paso 1. Verificar el acta de decomiso.
Paso 2. Registrar los ejemplares en el libro de ingreso.
Paso 3. Trasladar los animales a cuarentena.""",
    ),
    (
        "action_plan",
        "scan0007.pdf",
        "",
        """STRATEGIE NATI0NALE DE LUTTE C0NTRE LE TRAFIC
D ESPECES SAUVAGES 2021-2025

0bjectif 1 : renforcer les capacités des agents
 - activité 1.1 : former 200 agents
 - activité 1.2 : équiper les postes frontaliers
0bjectif 2 : améliorer la prise en charge des animaux saisis
Budget : 350 000 000 FCFA""",
    ),
    (
        "other",
        "Acta_reunion_comite.docx",
        "",
        """ACTA DE LA REUNIÓN DEL COMITÉ NACIONAL CITES
Fecha: 12 de enero de 2021
Asistentes: Autoridad Administrativa, Autoridad Científica, Aduanas, Policía

1. Lectura del orden del día.
2. Respuesta a la Notificación 2021/008: se acuerda enviar el protocolo y el convenio con el zoológico.
3. Varios.

Se levanta la sesión a las 12:00.""",
    ),
    (
        "regulatory_measure",
        "Ley_27308.pdf",
        "Ley N° 27308",
        """LEY N° 27308
LEY FORESTAL Y DE FAUNA SILVESTRE

EL PRESIDENTE DE LA REPÚBLICA
POR CUANTO:
El Congreso de la República ha dado la Ley siguiente:

TÍTULO I
DISPOSICIONES GENERALES
Artículo 1.- Objeto de la Ley
La presente Ley tiene por objeto normar, regular y supervisar el uso sostenible de los recursos forestales y de fauna silvestre del país.""",
    ),
    (
        "protocol",
        "Protocolo_interinstitucional.pdf",
        "",
        """PROTOCOLO INTERINSTITUCIONAL DE ACTUACIÓN ANTE EL DECOMISO DE FAUNA SILVESTRE VIVA

Participan: Ministerio del Ambiente, Policía Nacional, Fiscalía, Aduanas y Servicio Veterinario Oficial.

1. La autoridad que realiza el decomiso comunica de inmediato a la Autoridad Administrativa CITES.
2. El Servicio Veterinario Oficial evalúa el estado de los ejemplares dentro de las 24 horas.
3. La Fiscalía dispone la custodia provisional de los ejemplares.
4. La Autoridad Administrativa decide el destino final conforme a la Resolución Conf. 17.8.""",
    ),
    (
        "other",
        "Communique_presse.pdf",
        "",
        """COMMUNIQUÉ DE PRESSE
Saisie record de 300 tortues à l'aéroport de Dakar

Dakar, le 4 février 2021 – Les agents des douanes ont saisi 300 tortues vivantes dissimulées dans des valises. Les animaux ont été confiés au centre de soins de la Direction des Parcs nationaux.""",
    ),
    (
        "other",
        "Questionnaire_internet.doc",
        "",
        """QUESTIONNAIRE: WILDLIFE TRADE VIA THE INTERNET
1. The nature and extent of wildlife trade via the internet: we monitored three auction websites.
2. The perceived problems with this trade: sellers without permits.
3. Effectiveness of measures: a code of conduct with the main website.
4. Changes in trade routes: more postal parcels.""",
    ),
    (
        "sop",
        "Protocol_v2.docx",
        "Protocol",
        """Wildlife Hospital – Standard Operating Procedure SOP-07
Owner: Head Vet   Version 2   Approved by: Director

Purpose: how keepers admit a confiscated reptile.
Step 1. Put on gloves.
Step 2. Weigh the animal and record it.
Step 3. Place it in a quarantine vivarium.""",
    ),
    (
        "contract",
        "Annexe 2.pdf",
        "Annexe 2",
        """CONVENTION DE PARTENARIAT

Entre le Ministère des Eaux et Forêts, ci-après dénommé « le Ministère », d'une part,
et l'association Tortues Marines Vivantes, ci-après dénommée « l'Association », d'autre part,

Il a été convenu ce qui suit :
Article 1 : L'Association accueille les tortues saisies.
Article 2 : Le Ministère verse une contribution forfaitaire annuelle.""",
    ),
]


@pytest.mark.parametrize(("expected", "filename", "title", "first_page"), CASES)
def test_type_of_real_documents(expected: str, filename: str, title: str, first_page: str) -> None:
    decision = classify_doc_type(filename, first_page, title)
    assert decision.value == expected, decision.evidence


@pytest.mark.parametrize(("expected", "filename", "title", "first_page"), CASES)
def test_a_call_asking_other_types_does_not_change_clear_documents(
    expected: str, filename: str, title: str, first_page: str
) -> None:
    assert classify_doc_type(filename, first_page, title, REQUESTED_2021_008).value == expected


def test_a_passing_word_of_a_type_the_call_did_not_ask_for_does_not_win() -> None:
    page = "Informe de actividades.\nEl centro firmó una carta con la fundación en 2019."
    assert classify_doc_type("x.pdf", page, "", ("cover_letter", "regulatory_measure")).value == (
        "other"
    )


def test_no_evidence_is_other_and_flagged() -> None:
    decision = classify_doc_type("scan0001.pdf", "1 2 3\n4 5 6")
    assert decision.value == "other"
    assert decision.flags == ("doc_type_unknown",)
    assert "uninformative file name" in decision.evidence


def test_file_name_alone_decides_when_the_text_says_nothing() -> None:
    assert classify_doc_type("Plan_de_accion_nacional_2021.pdf", "").value == "action_plan"
    assert classify_doc_type("ActionPlan2021.docx", "").value == "action_plan"


def test_the_convention_and_cites_resolutions_are_not_a_contract_or_a_law() -> None:
    page = (
        "Lignes directrices pour la prise en charge des perroquets gris (Psittacus erithacus)\n"
        "conformément à la Convention sur le commerce international des espèces et à la "
        "Résolution Conf. 17.8. Alimentation, hébergement, soins."
    )
    assert classify_doc_type("guide.pdf", page).value == "species_guidance"


def test_ocr_slips_are_repaired() -> None:
    assert repair_ocr("C0NFlSQUES lngreso s6lo CUlDADOS Il llama 2021") == (
        "CONFISQUES Ingreso solo CUIDADOS Il llama 2021"
    )
