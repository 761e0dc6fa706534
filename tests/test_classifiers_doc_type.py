"""Document type: the document's own title and structure decide, in English, French and
Spanish, with uninformative file names and OCR noise."""

from __future__ import annotations

import pytest

from classifiers import doc_type
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


# "Procedure" names both an SOP and a protocol: services deciding jointly, or a clinical or
# veterinary subject, make it a protocol.
PROCEDURES_THAT_ARE_PROTOCOLS = [
    (
        "Procedimiento_cuarentena_aves.docx",
        "Procedimiento de cuarentena de aves decomisadas",
        """SERVICIO VETERINARIO OFICIAL
Procedimiento de cuarentena para aves vivas decomisadas
Adoptado conjuntamente por la Autoridad Administrativa CITES y el Servicio Veterinario Oficial

1. Ámbito: todas las aves vivas decomisadas en puertos y aeropuertos.
2. Duración: 30 días como mínimo.
3. Pruebas: influenza aviar, enfermedad de Newcastle y psitacosis.""",
    ),
    (
        "Joint_procedure_seized_primates.pdf",
        "Procedure for the veterinary care of seized primates",
        """NATIONAL PARKS BOARD
Procedure for the veterinary examination of seized primates
Endorsed by: Customs Department, National Parks Board, Department of Veterinary Services

1. Scope
All live primates seized at the border.
2. Examination
2.1 A veterinarian examines each animal within 24 hours and takes samples for tuberculosis.
2.2 Results are shared with the three signatory agencies.""",
    ),
    (
        "procedure_reptiles_saisis.pdf",
        "",
        """Procédure de prise en charge des reptiles saisis
Adoptée par : Direction des douanes, Police de l'environnement et Organe de gestion CITES

Article 1. Les services signataires s'informent mutuellement de toute saisie.
Article 2. La garde des animaux revient au service saisissant jusqu'à l'examen.""",
    ),
]


@pytest.mark.parametrize(("filename", "title", "first_page"), PROCEDURES_THAT_ARE_PROTOCOLS)
def test_a_procedure_agreed_between_services_or_clinical_is_a_protocol(
    filename: str, title: str, first_page: str
) -> None:
    decision = classify_doc_type(filename, first_page, title)
    assert decision.value == "protocol", decision.evidence


# One service's numbered instructions to its staff are an SOP, even in a file called protocol.
INSTRUCTIONS_CALLED_PROTOCOLS = [
    (
        "Protocole_equipe_de_nuit.pdf",
        "Protocole équipe de nuit",
        """CENTRE DE SOINS DE LA FAUNE
Consignes pour le soigneur de garde

1. Allumer les lampes chauffantes de la salle des reptiles.
2. Vérifier que chaque boîte porte le numéro de saisie.
3. Noter le poids de chaque animal sur la fiche d'entrée.
4. Appeler le vétérinaire d'astreinte en cas d'animal blessé.
5. Ne jamais mélanger des animaux de saisies différentes.""",
    ),
    (
        "Protocolo_guardaparques.pdf",
        "Protocolo para guardaparques",
        """DIRECCIÓN DE FISCALIZACIÓN
Indicaciones para el inspector de turno

1. Revisar los documentos de transporte y el permiso CITES.
2. Fotografiar los contenedores antes de abrirlos.
3. Contar los ejemplares y anotar el número en el acta.
4. Trasladar los animales al centro de rescate más cercano.""",
    ),
    (
        "Live_animal_protocol_port.docx",
        "Port live animal protocol",
        """PORT HEALTH AUTHORITY
What officers must do when live reptiles are found

1. Seal the container and keep it in the shade.
2. Call the wildlife duty desk on the number in the vehicle.
3. Record the container number and the seal number.
4. Hand over the animals to the wildlife officer and obtain a receipt.""",
    ),
]


@pytest.mark.parametrize(("filename", "title", "first_page"), INSTRUCTIONS_CALLED_PROTOCOLS)
def test_numbered_instructions_to_staff_are_an_sop_whatever_the_file_is_called(
    filename: str, title: str, first_page: str
) -> None:
    decision = classify_doc_type(filename, first_page, title)
    assert decision.value == "sop", decision.evidence


@pytest.mark.parametrize(
    ("filename", "first_page"),
    [
        (
            "SI-12.pdf",
            "MARINE POLICE\nSTANDING INSTRUCTION No. 12\nSeizure of live turtles at sea\n\n"
            "Distribution: all patrol boat commanders\n"
            "1. Before boarding: confirm that a holding tank for turtles is on board.",
        ),
        (
            "note_service.pdf",
            "DOUANE – BUREAU DE L'AÉROPORT\nCONDUITE À TENIR\n"
            "en cas de découverte d'oiseaux vivants dans un bagage\n\n"
            "Destinataires : agents de la brigade de surveillance",
        ),
        (
            "IP-04.pdf",
            "AGENCIA DE ADUANAS\nINSTRUCCIÓN PERMANENTE IP-04\n"
            "Actuación ante el hallazgo de primates vivos\n\n"
            "Destinatarios: todos los funcionarios del área de inspección\n"
            "1. Durante la inspección: aislar el contenedor y avisar al supervisor de la red de "
            "centros de rescate.",
        ),
    ],
)
def test_standing_instructions_are_sops(filename: str, first_page: str) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "sop", decision.evidence


def test_a_type_named_in_a_list_item_is_content_not_the_title() -> None:
    page = (
        "Activities\n"
        "1.1 Build two holding pens at the main airport (Lead: Wildlife Service; Q2 2022)\n"
        "1.2 Publish a directory of rescue centres on the ministry website (Lead: MA; 2023)\n"
        "1.3 Design a standard intake form for all centres (Lead: Wildlife Service; Q4 2022)\n"
        "Target: all live seizures placed within 72 hours by 2024 (baseline 2021: 40%; "
        "cost USD 25,000)"
    )
    decision = classify_doc_type("Document3.docx", page)
    assert decision.value == "action_plan", decision.evidence
    assert "heading: directory" not in decision.evidence


@pytest.mark.parametrize(
    "first_page",
    [
        """Resul tado 1: Los centros de rescate cuentan con capacidad suficiente
Indica dor: número de plazas disponibles (línea de base 2020: 120; meta 2024: 300)
Activi dades
1.1 Ampliar el centro de rescate de la región norte (Responsable: Ministerio; T3 2022)
1.2 Capacitar al personal de los centros (Responsable: Autoridad Administrativa; 2023)
1.3 Elaborar un formulario único de ingreso para todos los centros (2022)""",
        """Objec tif 3 : Renforcer la coordination entre les services
Indica teur : nombre de réunions tenues (valeur de référence 2020 : 0 ; cible 2023 : 4)
Activ ités
3.1 Créer un comité de suivi (Chef de file : Direction des forêts ; coût 5 000 EUR)
3.2 Publier un rapport annuel conjoint (Chef de file : Organe de gestion ; annuel)""",
    ],
)
def test_a_plan_page_with_words_split_by_ocr_is_a_plan(first_page: str) -> None:
    decision = classify_doc_type("IMG_2231.pdf", first_page)
    assert decision.value == "action_plan", decision.evidence


# The signals above must not pull clear documents of other types.
CLEAR_DESPITE_THE_NEW_SIGNALS = [
    (
        "sop",
        "SOP-VET-02_quarantine.docx",
        "SOP-VET-02 Quarantine of new arrivals",
        """RESCUE CENTRE – VETERINARY DEPARTMENT
STANDARD OPERATING PROCEDURE SOP-VET-02
Quarantine of new arrivals
Version: 3   Approved by: Head Veterinarian
1. Place each new arrival in a quarantine cage.
2. Weigh the animal and record the weight.
3. Take faecal samples on days 1, 7 and 14.""",
    ),
    (
        "regulatory_measure",
        "Decret_quarantaine.pdf",
        "",
        """RÉPUBLIQUE DU SÉNÉGAL
DÉCRET N° 2020-145 relatif à la quarantaine des animaux sauvages saisis
Le Président de la République,
Vu la Constitution ;
DÉCRÈTE :
Article premier. Tout animal sauvage vivant saisi est placé en quarantaine.""",
    ),
    (
        "cover_letter",
        "Carta_remision.pdf",
        "",
        """MINISTERIO DE AGRICULTURA
Oficio N° 245-2021
Asunto: Remisión del protocolo sanitario de cuarentena
Estimada señora Flensburg:
Tengo el agrado de dirigirme a usted para remitir el protocolo sanitario aprobado conjuntamente
por el SENASA y la Autoridad Administrativa CITES.
Atentamente,""",
    ),
    (
        "contract",
        "MoU_three_agencies.pdf",
        "Memorandum of Understanding",
        """MEMORANDUM OF UNDERSTANDING
between the Customs Authority, the Police and the Wildlife Service (hereinafter "the Parties")
The Parties agree as follows:
1. The Parties shall jointly fund a holding facility.
2. Each Party undertakes to share information.""",
    ),
    (
        "species_guidance",
        "Pangolin_care.pdf",
        "Care guidelines for seized pangolins",
        """CARE GUIDELINES FOR SEIZED PANGOLINS (Manis spp.)
1. Place each pangolin in a dark, quiet box with a towel.
2. Keep the temperature between 24 and 28 °C.
3. Offer ant and termite mixtures; never force-feed.
4. Weigh the animals daily and record the weights.""",
    ),
    (
        "action_plan",
        "Plan_accion_fauna.pdf",
        "Plan de acción",
        """PLAN DE ACCIÓN NACIONAL PARA EL MANEJO DE FAUNA DECOMISADA 2021-2025
Objetivo 1: Mejorar la capacidad de los centros
1.1 Ampliar los centros existentes (Responsable: MINAM; 2022)
1.2 Capacitar al personal (Responsable: SERFOR; 2022)
1.3 Elaborar un protocolo sanitario conjunto (Responsable: SENASA; 2023)""",
    ),
    (
        "network_resources",
        "centres.xlsx",
        "",
        "Name of centre\tProvince\tContact person\tTelephone\tQuarantine capacity\n"
        "Centre A\tNorth\tJ. Doe\t+1 555 0101\t20\n"
        "Centre B\tSouth\tM. Roe\t+1 555 0102\t10\n"
        "Centre C\tEast\tA. Poe\t+1 555 0103\t5",
    ),
]


@pytest.mark.parametrize(
    ("expected", "filename", "title", "first_page"), CLEAR_DESPITE_THE_NEW_SIGNALS
)
def test_clinical_words_joint_decisions_and_steps_do_not_pull_other_types(
    expected: str, filename: str, title: str, first_page: str
) -> None:
    decision = classify_doc_type(filename, first_page, title)
    assert decision.value == expected, decision.evidence


# A procedure named joint or inter-agency, or written by a committee of several bodies, is a
# protocol even in a file called SOP; a biosecurity subject is a clinical one.
JOINT_PROCEDURES = [
    (
        "SOP_border_reptiles.docx",
        "Joint procedure for live reptiles detained at land borders",
        """JOINT PROCEDURE FOR LIVE REPTILES DETAINED AT LAND BORDERS
between
Zambia Revenue Authority – Customs Services
Department of National Parks and Wildlife
Department of Veterinary Services

1. Scope. Live reptiles found at Chirundu, Kazungula and Nakonde border posts.
2. Responsibilities. Customs holds the vehicle; the wildlife officer on duty identifies the
animals; the veterinary officer checks them for disease.
3. Review. The three agencies will review this procedure every two years.""",
    ),
    (
        "PON_aeroport.pdf",
        "",
        """PROCÉDURE CONJOINTE DE PRISE EN CHARGE DES OISEAUX VIVANTS SAISIS À L'AÉROPORT
Douanes – Direction de la faune – Services vétérinaires

Objet : organiser la garde des oiseaux entre la saisie et leur placement.
Les trois services désignent chacun un point de contact joignable jour et nuit.""",
    ),
    (
        "poe_decomisos.pdf",
        "Bioseguridad en el ingreso de loros decomisados",
        """NORMAS DE BIOSEGURIDAD PARA EL INGRESO DE LOROS DECOMISADOS
Elaborado por la Mesa Técnica de Sanidad Animal (SENASA, SERFOR, Colegio Médico Veterinario)

1. Ningún loro ingresará a las aviarios comunes antes de 30 días de aislamiento.
2. El personal usará mascarilla y guantes durante el aislamiento.
3. Se tomarán muestras para clamidiosis y enfermedad de Newcastle.""",
    ),
]


@pytest.mark.parametrize(("filename", "title", "first_page"), JOINT_PROCEDURES)
def test_a_joint_procedure_or_one_by_a_committee_of_services_is_a_protocol(
    filename: str, title: str, first_page: str
) -> None:
    decision = classify_doc_type(filename, first_page, title)
    assert decision.value == "protocol", decision.evidence


# Care of a species called a protocol is species guidance.
CARE_PROTOCOLS = [
    (
        "Protocole_soins_tortues.pdf",
        "",
        """PROTOCOLE DE SOINS – TORTUES TERRESTRES (Kinixys belliana, Centrochelys sulcata)
Conseils aux centres de sauvegarde

• Bain tiède de 20 minutes à l'arrivée pour réhydrater.
• Alimentation : feuilles, fleurs et herbes locales ; jamais de pain ni de viande.
• Hébergement en enclos extérieur avec abri et point d'eau peu profond.""",
    ),
    (
        "Care_protocol_owls.pdf",
        "Care protocol: seized owls",
        """CARE PROTOCOL – SEIZED OWLS (Bubo bubo, Tyto alba)
Advice from the raptor hospital to partner centres

Owls taken from traders are often underweight and stressed.
- Housing: a dark, quiet box, then an aviary with perches at two heights.
- Diet: whole day-old chicks or mice, never raw meat alone.
- Release: only after the bird flies and hunts live prey.""",
    ),
    (
        "protocolo_monos.pdf",
        "Protocolo de cuidados para monos aulladores",
        """PROTOCOLO DE CUIDADOS PARA MONOS AULLADORES (Alouatta palliata)
Recomendaciones para los centros de rescate

- Alojamiento: recinto con ramas y cuerdas a varias alturas.
- Dieta: hojas tiernas de especies nativas, poca fruta.
- Liberación: en grupo, tras un periodo de adaptación en el sitio.""",
    ),
]


@pytest.mark.parametrize(("filename", "title", "first_page"), CARE_PROTOCOLS)
def test_a_care_protocol_for_a_species_is_species_guidance(
    filename: str, title: str, first_page: str
) -> None:
    decision = classify_doc_type(filename, first_page, title)
    assert decision.value == "species_guidance", decision.evidence


# A letter the two sides sign to take on obligations is a contract, not a cover letter.
LETTERS_OF_AGREEMENT = [
    (
        "Lettre_accord_zoo.pdf",
        "",
        """Réf. : DGF/FAU/2021-112
Objet : Lettre d'accord relative à l'accueil des perroquets saisis

Monsieur le Directeur,

La Direction générale des forêts et le Parc zoologique de la ville conviennent de ce qui suit :
1. le Parc accueille les perroquets saisis jusqu'à la décision de justice ;
2. la Direction rembourse les frais de nourriture sur présentation des factures.

Fait en deux exemplaires.
Pour la Direction : [signature]        Lu et approuvé, pour le Parc : [signature]""",
    ),
    (
        "LoA_sanctuary.pdf",
        "Letter of Agreement",
        """Our ref: WD/REH/07
Subject: Letter of Agreement – temporary holding of seized tortoises

Dear Ms Banda,

This letter sets out the terms on which the Sanctuary will hold tortoises seized by the
Wildlife Department.
1. The Sanctuary keeps a register of every animal received.
2. The Department pays a daily fee of MWK 2,000 per animal.

Please countersign below to confirm that the Sanctuary accepts these terms.

Accepted and agreed, for the Sanctuary: ________""",
    ),
    (
        "carta_acuerdo_refugio.pdf",
        "",
        """Ref.: DGVS/452/2021
Asunto: Carta de acuerdo para la custodia de primates decomisados

Estimada señora Rojas:

Por medio de la presente, la Dirección General de Vida Silvestre y el Refugio Monte Verde
acuerdan lo siguiente:
1. El Refugio recibe en custodia los primates que le entregue la Dirección.
2. La Dirección cubre los honorarios del veterinario del Refugio.

En señal de conformidad, firman ambas partes.""",
    ),
]


@pytest.mark.parametrize(("filename", "title", "first_page"), LETTERS_OF_AGREEMENT)
def test_a_letter_of_agreement_is_a_contract(filename: str, title: str, first_page: str) -> None:
    decision = classify_doc_type(filename, first_page, title)
    assert decision.value == "contract", decision.evidence


# Compliments slips, soit-transmis and remittance notes transmit the submission; the types they
# list after "Enclosures:" are the other documents.
TRANSMITTAL_SLIPS = [
    (
        "scan_0412.pdf",
        """WITH THE COMPLIMENTS OF
THE CHIEF WILDLIFE WARDEN
Forest Department, Colombo

To: CITES Secretariat, Geneva
Subject: Notification to the Parties No. 2021/008
Enclosures: 2 (Standard Operating Procedure for seized birds; contract with the zoo)
For your records.""",
    ),
    (
        "transmission.pdf",
        """GENDARMERIE NATIONALE – OFFICE DE LUTTE CONTRE LES ATTEINTES À L'ENVIRONNEMENT
SOIT-TRANSMIS

Destinataire : Organe de gestion CITES
Objet : documents demandés par la notification 2021/008
Pièces jointes : protocole de garde des animaux saisis ; convention avec le refuge
Pour attribution.""",
    ),
    (
        "Doc_041.pdf",
        """MINISTERIO DE AMBIENTE – DIRECCIÓN DE BIODIVERSIDAD
NOTA DE REMISIÓN N.° 87

Para: Secretaría CITES
Asunto: Notificación a las Partes 2021/008
Adjuntos: Plan de acción nacional; Reglamento de centros de rescate
Para su conocimiento.""",
    ),
]


@pytest.mark.parametrize(("filename", "first_page"), TRANSMITTAL_SLIPS)
def test_a_transmittal_slip_is_a_cover_letter(filename: str, first_page: str) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "cover_letter", decision.evidence


def test_a_type_named_in_the_enclosures_line_is_not_the_title() -> None:
    page = (
        "WITH THE COMPLIMENTS OF\nTHE DIRECTOR OF WILDLIFE\n"
        "Enclosures: Action Plan 2021-2025\nFor your information."
    )
    decision = classify_doc_type("slip.pdf", page)
    assert decision.value == "cover_letter", decision.evidence
    assert "heading: action plan" not in decision.evidence


def test_a_csv_export_of_centres_and_contacts_is_network_resources() -> None:
    page = """Centre,Province,Species,Capacity,Contact,Telephone,E-mail
Refugio Los Loros,Santa Cruz,birds,80,M. Vaca,+591 3 ...,loros@...
Centro Senda Verde,La Paz,primates; bears,150,V. M.,+591 2 ...,info@...
Parque Machía,Cochabamba,mammals,40,...,...,...
"""
    decision = classify_doc_type("Classeur1.csv", page)
    assert decision.value == "network_resources", decision.evidence


# A centre's internal manual with numbered steps for its staff is an SOP, even when its title
# calls it a protocol and names the vets among its readers.
def test_an_internal_manual_for_keepers_and_vets_is_an_sop() -> None:
    page = """CENTRO DE CONSERVACIÓN DE FAUNA – MANUAL INTERNO
PROTOCOLO DE ALTA (para cuidadores y veterinarios del centro)

Paso 1. Revisar la historia clínica y la autorización de salida.
Paso 2. Pesar al animal y anotar el peso en la ficha.
Paso 3. Colocar al animal en la caja de transporte asignada.
Paso 4. Entregar la copia del acta al conductor."""
    decision = classify_doc_type("Protocolo_alta.pdf", page, "Protocolo de alta")
    assert decision.value == "sop", decision.evidence


def test_readers_in_a_title_are_not_its_subject_but_a_parenthesised_subject_is() -> None:
    page = "PROCEDURE (for the quarantine of seized parrots)\nVersion 2\n"
    decision = classify_doc_type("procedure.pdf", page)
    assert decision.value == "protocol", decision.evidence
    assert "subject: quarantine" in decision.evidence


# Fifth round. A table exported from a spreadsheet says what it holds by its columns: a plan's
# (activities, leads, indicators, quarters, costs, means of verification), a directory's
# (centres, places, contacts), or figures by year. A type named in a row is content.

# Tables of a plan: an implementation matrix, a work plan, a logical framework, exported from a
# spreadsheet with a generic name and no title.
PLAN_TABLES = [
    (
        "Classeur1.csv",
        """Feuil1
Résultat attendu;Activité;Responsable;Partenaires;Échéance;Coût (FCFA)
Cadre juridique complété;Rédiger le règlement intérieur des centres de sauvegarde;MINFOF;CAJ;T2 2022;2 000 000
Capacités d'accueil renforcées;Aménager deux volières de quarantaine à Yaoundé;MINFOF;Ape Action Africa;T3 2022;15 000 000
Agents formés;Former 60 agents des douanes à l'identification des perroquets;MINFOF;Douanes;T4 2022;8 500 000
;Publier le répertoire des centres sur le site du ministère;MINFOF;;2023;1 000 000""",
    ),
    (
        "Libro1.xlsx",
        """Hoja1
Lógica de intervención | Indicadores verificables | Fuentes de verificación | Supuestos
Objetivo general: reducir la mortalidad de los loros decomisados | Mortalidad < 25 % en 2024 | Registros de los centros | Financiamiento estable
Resultado 1: centros de paso habilitados en tres aduanas | 3 centros operativos | Actas de habilitación | Convenio con Aduanas vigente
Resultado 2: inspectores capacitados | 90 funcionarios formados | Listas de asistencia | Baja rotación del personal""",
    ),
    (
        "export (3).xlsx",
        "Sheet1\n"
        "Outcome\tActivity\tResponsible\tIndicator\tTimeframe\tCost (USD)\n"
        "Seized birds housed safely\tBuild a quarantine aviary at the airport\tDNPW\t1 aviary\t2022\t40,000\n"
        "\tAgree overflow holding with the city zoo\tDNPW / Zoo\tAgreement signed\t2022\t0\n"
        "Officers trained\tTrain customs officers in handling live birds\tZRA\t80 officers\t2023\t12,000\n",
    ),
]

# A row of a table is content: a type named in a column ("Resolución", "Regulation") is not the
# title, and the columns of places and contacts make it a directory.
DIRECTORY_TABLES = [
    (
        "datos_2021.xlsx",
        """Razón social;Localidad;Resolución de registro;Vigencia;Especies;Cupo;Contacto
Refugio Los Guacamayos;Villahermosa, Tab.;SGPA/DGVS/0231/18;2023;psitácidos;40;993 ...
Herpetario Maya;Chetumal, Q. Roo;SGPA/DGVS/0877/20;2025;reptiles;25;983 ...
Aviario del Bosque;Cuernavaca, Mor.;SGPA/DGVS/0412/19;2024;aves canoras;60;777 ...""",
    ),
    (
        "tableau.csv",
        "Établissement,Commune,Arrêté d'agrément,Espèces accueillies,Capacité,Contact\n"
        "Parc des Oiseaux,Villars-les-Dombes,AP 2016-087,oiseaux,120,04 ...\n"
        "Refuge des Tortues,Gonfaron,AP 2018-114,tortues terrestres,300,04 ...\n"
        "Centre de soins Hegalaldia,Ustaritz,AP 2019-231,faune locale,80,05 ...\n",
    ),
]

# Figures by year in a table: statistics ("other"), even though they name species.
STATISTICS_TABLES = [
    (
        "Hoja_calculo.xlsx",
        """Hoja 1
Año;Especie;Decomisos;Ejemplares vivos;Muertos a 30 días;Destino
2019;Amazona auropalliata;14;212;88;centro de rescate
2019;Ctenosaura similis;6;75;10;liberación
2020;Ara macao;3;9;2;zoológico
TOTAL;;23;296;100;""",
    ),
    (
        "data_export.csv",
        "Year,Port of entry,Species,Specimens seized,Alive on arrival,Placed\n"
        "2019,Entebbe,Psittacus erithacus,240,150,120\n"
        "2019,Malaba,Kinixys belliana,61,58,58\n"
        "2020,Entebbe,Pan troglodytes,2,2,2\n"
        "2020,Busia,Python regius,35,30,12\n",
    ),
]

# Services that say they agreed the text, listed without a colon, make it an inter-agency
# protocol, whatever its shape (a flowchart, a decision tree) and whichever SOP it refers to.
AGREED_BETWEEN_SERVICES = [
    (
        "IMG_0452.pdf",
        """LIVE REPTILES DETAINED AT A BORDER POST - WHO DOES WHAT
Agreed by the Department of National Parks, the Revenue Authority, the Police Service and the Veterinary Directorate on 3 May 2021

[Reptiles found] -> Customs officer: hold the vehicle, photograph the bags (see SOP C-4)
      |
[Wildlife officer] -> identify the species; if CITES-listed, inform the Management Authority
      |
[Veterinary officer] -> health check within 24 hours; isolate sick animals
      |
[Management Authority] -> decide return, placement or release within 30 days""",
    ),
    (
        "doc_2021_03.pdf",
        """QUI FAIT QUOI EN CAS DE SAISIE DE TORTUES VIVANTES
Validé par la DREAL, l'OFB, la DDPP et la direction régionale des douanes le 2 mars 2021

Douanes : retenue des animaux, procès-verbal, appel à l'OFB.
OFB : identification des espèces, information de la DREAL.
DDPP : examen sanitaire et, si besoin, mise en quarantaine.
DREAL : choix de la destination avec l'avis du Muséum.""",
    ),
    (
        "esquema.pdf",
        """ATENCIÓN DE PRIMATES DECOMISADOS EN EL AEROPUERTO
Acordado entre el Ministerio de Ambiente, la Policía Nacional y la Fiscalía Especializada en Delitos Ambientales

Policía: retiene a los animales y levanta el acta.
Ministerio: traslada a los primates al centro de rescate en menos de 12 horas.
Fiscalía: ordena las pericias y autoriza el destino.
Cada entidad designa un enlace disponible las 24 horas.""",
    ),
]

# A signed undertaking or commitment between an authority and a keeper is a contract: its sides
# are named once for all, they undertake and sign; signature lines are not a blank form.
SIGNED_UNDERTAKINGS = [
    (
        "Scan_20210304.pdf",
        """WILDLIFE AUTHORITY
HOLDING OF A SEIZED ANIMAL BY A PRIVATE KEEPER

Between: the Wildlife Authority ("the Authority")
And: Ms Grace Mwale, Plot 14, Area 47, Lilongwe ("the Keeper")

1. The Keeper will keep one African grey parrot, ring no. MW-0113, at the address above.
2. The Keeper will not sell, lend or breed the bird and will allow inspection at any time.
3. The Authority may take the bird back on seven days' notice.

Signature of the Keeper: ____________   Date: ____________
Signature for the Authority: ____________   Date: ____________""",
    ),
    (
        "documento_firmado.pdf",
        """DIRECCIÓN DE VIDA SILVESTRE
TENENCIA TEMPORAL DE UN EJEMPLAR DECOMISADO

En la ciudad de Santa Cruz, a los 12 días del mes de marzo de 2021, la Dirección de Vida Silvestre, representada por su Director, y la Sra. Elena Suárez, quienes acuerdan:

1. La Sra. Suárez recibe en tenencia temporal un ejemplar de Chelonoidis carbonaria.
2. No podrá venderlo, cederlo ni reproducirlo, y permitirá las visitas de control.
3. La Dirección podrá retirar el ejemplar en cualquier momento.

Firman en prueba de conformidad.""",
    ),
    (
        "engagement.pdf",
        """DIRECTION DE LA FAUNE ET DES AIRES PROTÉGÉES
GARDE D'UN PERROQUET GRIS SAISI

Entre : la Direction de la faune (« la Direction »)
Et : M. Koffi Yao, domicilié à Cocody (« le Gardien »)

Article 1. Le Gardien accueille un perroquet gris bagué CI-2021-044.
Article 2. Il ne peut ni le vendre, ni le céder, ni le faire reproduire.
Article 3. La Direction peut reprendre l'oiseau à tout moment.

Signature du Gardien : ______________   Signature pour la Direction : ______________""",
    ),
]

# Official memoranda that forward documents for onward transmission are cover letters.
FORWARDING_MEMORANDA = [
    (
        "DO_note.pdf",
        """GOVERNMENT OF THE PEOPLE'S REPUBLIC
MINISTRY OF ENVIRONMENT, FOREST AND CLIMATE CHANGE

D.O. No. 22.01.0000.071.2021/45                                Dhaka, 24 February 2021

I am directed to forward herewith the following documents for onward transmission to the CITES Secretariat:
(i) Memorandum of Understanding between the Forest Department and the Bangabandhu Safari Park;
(ii) Guidelines for the care of rescued slow lorises.

(Signature)
Deputy Secretary""",
    ),
    (
        "office_memo.pdf",
        """MINISTRY OF WATER, LANDS AND ENVIRONMENT
Office Memorandum

Subject: Notification No. 2021/008 - documents requested

The undersigned is directed to transmit herewith the national action plan and the contract with the Wildlife Education Centre for onward transmission to the Secretariat.

Under Secretary (Wildlife)""",
    ),
]

# Lettered instructions and ticked ones are steps too: one service's note to its staff and a
# checklist are SOPs.
LETTERED_AND_TICKED_STEPS = [
    (
        "NS_12.pdf",
        "Note de service n° 12",
        """DIRECTION GÉNÉRALE DES DOUANES
Bureau de l'aéroport
NOTE DE SERVICE N° 12/DGD/BA

Destinataires : brigades de surveillance et de visite

Objet : oiseaux vivants découverts dans les bagages

Les agents procéderont comme suit :
a) isoler les cages dans le local de retenue, à l'abri du bruit ;
b) photographier les oiseaux et les bagages ;
c) prévenir l'inspecteur de la faune du secteur ;
d) remettre les oiseaux à l'inspecteur de la faune contre décharge.""",
    ),
    (
        "Documento2.docx",
        "",
        """ADUANA - RESGUARDO DEL PUERTO
CONTROL DE CONTENEDORES CON ANIMALES VIVOS

[ ] Verificar el número de precinto y anotarlo.
[ ] Si hay olor o ruido: avisar al supervisor de turno.
[ ] Fotografiar el contenedor abierto y los animales.
[ ] Mantener a los animales a la sombra y sin alimentarlos.
[ ] Entregar los animales al inspector de fauna contra acta.""",
    ),
    (
        "SO_7.pdf",
        "",
        """PORT POLICE
STANDING ORDER No. 7
Live animals found on vessels

7.1 On finding live animals, the officer in charge shall:
(a) secure the hold and keep the crew away from the animals;
(b) photograph the animals and their containers;
(c) call the wildlife duty officer;
(d) record the vessel, the master and the number of animals in the occurrence book.""",
    ),
]

# Families and orders name the taxa of species guidance as binomials do.
FAMILY_GUIDANCE = [
    (
        "consejos.pdf",
        """CONSEJOS PARA LA ATENCIÓN DE TORTUGAS TERRESTRES DECOMISADAS (Testudinidae)

- Alojamiento: recinto exterior con refugio y zonas de sol y sombra.
- Alimentación: hojas y flores; nunca pan, carne ni alimento para perros.
- Temperatura: entre 25 y 32 °C durante el día.
- Liberación: solo tras confirmar el origen de la población.""",
    ),
    (
        "advice_sheet.pdf",
        """KEEPING SEIZED SONGBIRDS (Passeriformes) UNTIL THEY ARE PLACED

Most birds arrive dehydrated and with damaged feathers.
- Housing: small flight cages covered on three sides, away from noise.
- Diet: soaked seed mixes, live insects for insect-eaters.
- Handling: as little as possible; never hold a bird by its tail.""",
    ),
]

# Court judgments are "other", whatever their orders and the laws they apply.
JUDGMENTS = [
    (
        "TC_Bobigny.pdf",
        """TRIBUNAL CORRECTIONNEL DE BOBIGNY
17e chambre
Jugement du 9 mars 2021

Prévenu : M. A. D.
Prévention : importation sans titre de spécimens d'espèces protégées

Vu les articles L. 415-3 du code de l'environnement et 414 du code des douanes ;

PAR CES MOTIFS
Le tribunal, statuant publiquement et contradictoirement,
déclare M. A. D. coupable des faits reprochés ;
le condamne à une amende de 5 000 euros ;
ordonne la confiscation des 14 perroquets gris (Psittacus erithacus) et leur remise au centre de soins désigné par la DREAL.""",
    ),
    (
        "Fallo_2021.pdf",
        """JUZGADO DE LO PENAL N.º 2
Procedimiento abreviado 118/2020

Acusado: R. T. G.
Delito: contra la fauna (art. 334 del Código Penal)

HECHOS PROBADOS
El acusado transportaba 40 jilgueros (Carduelis carduelis) sin documentación.

FALLO
Se condena a R. T. G. a la pena de seis meses de multa y se acuerda el comiso definitivo de las aves, que quedarán a disposición de la Consejería competente conforme al Real Decreto 1333/2006.""",
    ),
]

# A type named as the product of a task ("to develop a national action plan") is not the
# document's own title: terms of reference and reports about it are other documents.
WORK_ON_ANOTHER_DOCUMENT = [
    (
        "TdR_consultant.docx",
        """TERMES DE RÉFÉRENCE
Recrutement d'un consultant national pour l'élaboration du plan d'action national de gestion des animaux saisis

1. Contexte
2. Objectif de la mission
3. Tâches du consultant
4. Livrables : rapport de démarrage, projet de plan, plan validé
5. Profil du consultant : diplôme en gestion de la faune, 10 ans d'expérience
6. Durée de la mission : 45 jours""",
    ),
    (
        "consultoria.docx",
        """CONSULTORÍA PARA ELABORAR LA ESTRATEGIA NACIONAL DE FAUNA DECOMISADA
Términos de la contratación

Antecedentes: el Ministerio requiere apoyo técnico.
Productos esperados: diagnóstico, borrador de estrategia y versión final validada.
Perfil requerido: profesional en biología o derecho ambiental.
Duración de la consultoría: tres meses.""",
    ),
]


@pytest.mark.parametrize(("filename", "first_page"), PLAN_TABLES)
def test_a_table_with_a_plans_columns_is_an_action_plan(filename: str, first_page: str) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "action_plan", decision.evidence


@pytest.mark.parametrize(("filename", "first_page"), DIRECTORY_TABLES)
def test_a_type_named_in_a_tables_row_is_not_the_title(filename: str, first_page: str) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "network_resources", decision.evidence
    assert "heading:" not in decision.evidence


@pytest.mark.parametrize(("filename", "first_page"), STATISTICS_TABLES)
def test_figures_by_year_are_statistics_even_with_species_in_the_cells(
    filename: str, first_page: str
) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "other", decision.evidence
    assert "taxon" not in decision.evidence


@pytest.mark.parametrize(("filename", "first_page"), AGREED_BETWEEN_SERVICES)
def test_a_flow_agreed_by_listed_services_is_a_protocol(filename: str, first_page: str) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "protocol", decision.evidence


def test_a_type_named_in_a_cross_reference_is_not_the_title() -> None:
    page = """RESCUE CENTRE - ADMISSION OF SEIZED BIRDS
(see the directory of rescue centres in Annex 4 for transfers)

1. Check the seizure form and the number of birds.
2. Weigh each bird and record the weight.
3. Place the birds in the quarantine room.
4. Inform the veterinarian on call."""
    decision = classify_doc_type("admission.pdf", page)
    assert decision.value == "sop", decision.evidence


@pytest.mark.parametrize(("filename", "first_page"), SIGNED_UNDERTAKINGS)
def test_a_signed_undertaking_between_an_authority_and_a_keeper_is_a_contract(
    filename: str, first_page: str
) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "contract", decision.evidence


@pytest.mark.parametrize(("filename", "first_page"), FORWARDING_MEMORANDA)
def test_an_official_memorandum_forwarding_documents_is_a_cover_letter(
    filename: str, first_page: str
) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "cover_letter", decision.evidence


@pytest.mark.parametrize(("filename", "title", "first_page"), LETTERED_AND_TICKED_STEPS)
def test_lettered_and_ticked_instructions_to_staff_are_an_sop(
    filename: str, title: str, first_page: str
) -> None:
    decision = classify_doc_type(filename, first_page, title)
    assert decision.value == "sop", decision.evidence


@pytest.mark.parametrize(("filename", "first_page"), FAMILY_GUIDANCE)
def test_care_advice_for_a_family_or_an_order_is_species_guidance(
    filename: str, first_page: str
) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "species_guidance", decision.evidence


@pytest.mark.parametrize(("filename", "first_page"), JUDGMENTS)
def test_a_court_judgment_is_other_whatever_it_orders(filename: str, first_page: str) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "other", decision.evidence


@pytest.mark.parametrize(("filename", "first_page"), WORK_ON_ANOTHER_DOCUMENT)
def test_a_type_that_a_task_will_produce_is_not_the_title(filename: str, first_page: str) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "other", decision.evidence


# The new readings must leave clear documents of each type where they were.
CLEAR_DESPITE_THE_FIFTH_ROUND = [
    (
        "action_plan",
        "draft.docx",
        """DRAFT NATIONAL ACTION PLAN FOR CONFISCATED LIVE ANIMALS 2022-2026
Objective 1: enough holding capacity
1.1 Build two quarantine units (Lead: Wildlife Service; 2023)
1.2 Agree overflow holding with zoos (Lead: Management Authority; 2022)""",
    ),
    (
        "action_plan",
        "plan.pdf",
        """PLAN D'ACTION POUR L'ÉLABORATION DES TEXTES D'APPLICATION
Objectif 1 : adopter les arrêtés
Activité 1.1 : rédiger le projet d'arrêté (Responsable : DAJ ; T2 2022)""",
    ),
    (
        "other",
        "formulaire.docx",
        """FORMULAIRE DE DEMANDE D'AGRÉMENT
Nom de l'établissement : ..........................
Adresse : ..........................
Espèces : ..........................
Capacité : ..........................
Date : ..............   Signature : ...............""",
    ),
    (
        "cover_letter",
        "letter.pdf",
        """Dear Madam,
In reply to your Notification, please find attached the documents requested under the Convention on International Trade in Endangered Species ("CITES").
Yours faithfully,
Director""",
    ),
    (
        "sop",
        "sop.pdf",
        """WILDLIFE HOSPITAL - SOP 12
Admission of confiscated birds
Approved by: HoD, QA and CEO
1. Check the seizure form.
2. Weigh the bird and record the weight.
3. Place the bird in quarantine.""",
    ),
    (
        "network_resources",
        "centres.xlsx",
        "Name of centre\tProvince\tYear established\tContact\tTelephone\n"
        "Centre A\tNorth\t1998\tJ. Doe\t+1 555 0101\n"
        "Centre B\tSouth\t2005\tM. Roe\t+1 555 0102\n"
        "Centre C\tEast\t2011\tA. Poe\t+1 555 0103",
    ),
    (
        "contract",
        "mou.pdf",
        """MEMORANDUM OF UNDERSTANDING
Signed between the Ministry of Environment, the City Zoo and the Wildlife Foundation
The Parties agree as follows:
1. The Zoo receives seized animals.
2. The Ministry reimburses the costs of food.""",
    ),
    (
        "regulatory_measure",
        "GN_55.pdf",
        """THE GAZETTE
GAZETTE NOTICE No. 55
IN EXERCISE of the powers conferred by section 12 of the Wildlife Act, the Minister designates the facilities in the Schedule as holding facilities for seized live animals.
SCHEDULE
Name of facility | County | Telephone | Capacity
Safari Walk | Nairobi | 020 ... | 50
Impala Sanctuary | Kisumu | 057 ... | 30
Haller Park | Mombasa | 041 ... | 40""",
    ),
    (
        "species_guidance",
        "guide.pdf",
        """HUSBANDRY GUIDELINES FOR SEIZED GREY PARROTS (Psittacus erithacus)
Housing: large cages with perches.
Diet: pellets, fruit, vegetables.
Signature of the author: ____________""",
    ),
    (
        "other",
        "report.pdf",
        """REPORT ON THE DEVELOPMENT OF THE NATIONAL ACTION PLAN
Validation workshop, Lusaka, 12-13 May 2021
Participants: 42 from eight agencies.
The workshop reviewed the draft plan and agreed on priorities.""",
    ),
]


@pytest.mark.parametrize(("expected", "filename", "first_page"), CLEAR_DESPITE_THE_FIFTH_ROUND)
def test_tables_signatures_and_lists_of_services_do_not_pull_other_types(
    expected: str, filename: str, first_page: str
) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == expected, decision.evidence


# A press release reports a seizure and names its species in the headline: its release line,
# dateline and media contact make it "other", not species guidance.
PRESS_RELEASES = [
    (
        "news.docx",
        """FOR IMMEDIATE RELEASE

212 grey parrots (Psittacus erithacus) rescued at Douala port

Douala, 4 March 2021 - Customs officers found the parrots in wooden crates declared as poultry. The birds were handed over to the rescue centre, where veterinarians are treating them for dehydration.

Media contact: Communication Unit, +237 ...""",
    ),
    (
        "nota.docx",
        """PARA DIFUSIÓN INMEDIATA

Rescatan 300 tortugas charapa (Podocnemis expansa) en Iquitos

Iquitos, 2 de marzo de 2021. La Policía decomisó las tortugas en una embarcación. Los ejemplares fueron trasladados al centro de rescate para su alimentación y cuidado antes de su liberación.

Contacto de prensa: Oficina de Comunicaciones""",
    ),
]


@pytest.mark.parametrize(("filename", "first_page"), PRESS_RELEASES)
def test_a_press_release_about_a_species_is_other(filename: str, first_page: str) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "other", decision.evidence


# Business papers are "other" whatever they concern: a bill, an offer, a post, a receipt.
BUSINESS_PAPERS = [
    (
        "Bill_0193.pdf",
        """GREEN VALLEY ANIMAL HOSPITAL
INVOICE No. 0193
Date: 3 February 2021
To: Department of National Parks
Item | Qty | Unit | Amount
Examination of seized tortoises | 14 | 20.00 | 280.00
Total due: 280.00 within 30 days""",
    ),
    (
        "devis_volieres.pdf",
        """MENUISERIE DU LITTORAL
DEVIS N° 21-044
Client : Direction des forêts
Fourniture et pose de trois volières de quarantaine pour perroquets saisis.
Montant HT : 4 200 € - TVA 20 % - Montant TTC : 5 040 €
Devis valable 60 jours.""",
    ),
    (
        "puesto_veterinario.docx",
        """DESCRIPCIÓN DEL PUESTO
Cargo: Médico veterinario del centro de rescate
Depende de: Jefatura de Fauna
Funciones: atender a los animales decomisados; llevar las historias clínicas.
Requisitos: título de médico veterinario, colegiatura vigente.""",
    ),
]


@pytest.mark.parametrize(("filename", "first_page"), BUSINESS_PAPERS)
def test_an_invoice_a_quotation_or_a_job_description_is_other(
    filename: str, first_page: str
) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "other", decision.evidence


# A statutory instrument says what it is by its number, its short title with a year and its
# citation clause, whatever its subject (rescue centres, which also name a network).
STATUTORY_INSTRUMENTS = [
    (
        "LN_12_2021.pdf",
        """L.N. 12 of 2021
WILDLIFE CONSERVATION (CARE OF SEIZED ANIMALS) REGULATIONS, 2021
1. These Regulations may be cited as the Wildlife Conservation (Care of Seized Animals) Regulations, 2021.
2. A seized live animal shall be placed in a holding facility approved by the Director.""",
    ),
    (
        "Rescue_centres_order.pdf",
        """GOVERNMENT OF THE STATE
ORDER
By order of the Governor, the rescue centres listed in the Schedule are designated to receive confiscated live animals from the date of this order.""",
    ),
]


@pytest.mark.parametrize(("filename", "first_page"), STATUTORY_INSTRUMENTS)
def test_a_statutory_instrument_is_a_regulatory_measure(filename: str, first_page: str) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == "regulatory_measure", decision.evidence


def test_a_tripartite_convention_is_a_contract() -> None:
    decision = classify_doc_type(
        "accord_rapatriement.pdf",
        """CONVENTION TRIPARTITE
entre l'organe de gestion CITES, le parc zoologique et l'association de transport
Article 1 - Objet : le retour des tortues saisies dans leur pays d'origine.
Article 2 - Le parc zoologique assure les soins jusqu'au départ.""",
    )
    assert decision.value == "contract", decision.evidence


# A guide or a manual that names no species and gives orders is the organisation's own
# instructions; one that names its species and gives care advice stays species guidance.
GENERIC_MANUALS = [
    (
        "sop",
        "Guide_agents_frontiere.pdf",
        """GUIDE DE L'AGENT DES FRONTIÈRES
Animaux vivants découverts lors d'un contrôle
Isoler le colis dans un local calme et aéré.
Ne jamais ouvrir la caisse sur le quai.
Prévenir immédiatement le chef de poste et le service vétérinaire.
Photographier les étiquettes et les documents de transport.""",
    ),
    (
        "sop",
        "Manual_operativo_guardaparques.pdf",
        """MANUAL DEL GUARDAPARQUE
Capítulo 4. Hallazgo de fauna viva
- Mantener al animal en un lugar oscuro y ventilado.
- Comunicar por radio la ubicación al puesto de control.
- Registrar la hora, el lugar y el nombre del portador.
- No liberar al animal en el sitio del hallazgo.""",
    ),
    (
        "species_guidance",
        "Manual_loros.pdf",
        """MANUAL DE CUIDADOS DEL LORO REAL (Amazona ochrocephala)
- Ofrecer frutas y semillas dos veces al día.
- Mantener la temperatura entre 24 y 28 grados.
- Separar a los ejemplares con signos de enfermedad.
- Preparar el recinto de vuelo antes de la liberación.""",
    ),
]


@pytest.mark.parametrize(("expected", "filename", "first_page"), GENERIC_MANUALS)
def test_a_manual_naming_no_species_of_orders_is_an_sop(
    expected: str, filename: str, first_page: str
) -> None:
    decision = classify_doc_type(filename, first_page)
    assert decision.value == expected, decision.evidence


def test_steps_agreed_between_three_services_are_a_protocol() -> None:
    decision = classify_doc_type(
        "Annex_3.pdf",
        """ANNEX 3
Live reptiles found in mail parcels
Step 1 - The postal security officer holds the parcel and calls the wildlife unit.
Step 2 - The wildlife unit identifies the species within 24 hours.
Step 3 - The veterinary service examines the animals.
All three agencies keep a copy of the handover form.""",
    )
    assert decision.value == "protocol", decision.evidence


@pytest.mark.parametrize(
    ("evidence", "by_form"),
    [
        ("page mentions meeting", False),
        ("page mentions report; heading mentions presentation", False),
        ("press release: dateline; page mentions report", True),
        ("heading: taller", True),
    ],
)
def test_the_rules_other_stands_only_on_the_documents_form(evidence: str, by_form: bool) -> None:
    """The rules' "other" overrules the learned model only when it rests on the document's form
    (a dateline, a heading, a title), not on a word its page mentions in passing."""
    assert doc_type._by_form(evidence) is by_form


def test_rows_that_each_give_a_telephone_number_are_a_directory() -> None:
    """Whatever the columns are called, rows that each give a number to call list contacts."""
    decision = doc_type.rules_doc_type(
        "referral_table.pdf",
        "WHERE TO TAKE IT\n\nAnimal group | First call | Backup\n"
        "Parrots | City Zoo, curator on call, 604-555-0187 | Bird Rescue, 250-555-0133\n"
        "Tortoises | Turtle Trust, 604-555-0142 | City Zoo, 604-555-0187\n"
        "Primates | Primate Haven, +1 250 555 0199 | Vet School, 604-555-0110\n",
    )
    assert decision.value == "network_resources", decision.evidence


@pytest.mark.parametrize(
    ("expected", "page"),
    [
        (
            "regulatory_measure",
            "RÉPUBLIQUE TOGOLAISE\n\nRAPPORT DE PRÉSENTATION\n\nLe pays est devenu un point de passage des "
            "perroquets. Le présent projet de décret fixe le sort des animaux saisis.\n\nDÉCRET N° 2020-112/PR\n"
            "Article premier. Les animaux vivants saisis sont confiés ...",
        ),
        (
            "sop",
            "POLICE SERVICE – Wildlife Crime Unit\n\nLIVE EXHIBITS – AIDE-MEMOIRE\nIssued 1 July 2020. To be "
            "followed by all investigating officers.\n\nPhotograph the animal where found. Call the "
            "wildlife control room. Do not feed the animal.",
        ),
        (
            "other",
            "MINISTERIO DEL AMBIENTE\n\nManagua, 26 de febrero de 2021\n\nSeñores\nSecretaría CITES\n\n"
            "Estimados señores:\n\nEn referencia a la Notificación 2021/008, solicitamos una prórroga de "
            "dos semanas para enviar el protocolo y la lista de centros.\n\nAtentamente,",
        ),
    ],
)
def test_cues_of_a_genre_in_the_page(expected: str, page: str) -> None:
    assert doc_type.rules_doc_type("document.pdf", page).value == expected
