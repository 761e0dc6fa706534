"""The call a message answers: references in their written forms, threads, subject matter in
three languages, other business of the Convention, and the default for the only current call."""

from __future__ import annotations

import datetime as dt

import pytest

from classifiers.call import match_call, reference_pattern, stems
from intake.calls import Call, load_calls

N, C, X = "2021/008", "CoP14-internet-trade", None

# (expected, subject, body, attachment text, received, [thread's call])
# fmt: off
CASES: list[tuple[str | None, ...]] = [
    (N, 'Notification to the Parties No. 2021/008 - Thailand', 'Dear Madam, please find attached our contribution. Regards, DNP', '', '2021-02-20'),
    (N, 'Respuesta de Guatemala', 'Estimada señora: en atención a la Notificación a las Partes No. 2021/008 le remito el protocolo. Atentamente, CONAP', '', '2021-02-25'),
    (N, 'Contribution du Gabon', 'Madame, suite à la Notification aux Parties n° 2021/008, veuillez trouver ci-joint nos documents.', '', '2021-02-26'),
    (N, 'N° 2021/008', 'Ci-joint.', '', '2021-02-11'),
    (N, 'docs', 'Hi Sofie, our stuff for notif. 2021-008 attached. Cheers, Ben', '', '2021-02-12'),
    (N, 'Reply', 'Dear Sofie, re 2021/08, see attached. Best, Anna', '', '2021-02-13'),
    (N, 'Información', 'Adjunto la respuesta a la notificación 008/2021. Saludos', '', '2021-02-14'),
    (N, 'Our reply', 'In reply to No.2021/008 please find our SOP.', '', '2021-02-15'),
    (N, 'Use of specimens of CITES-listed species traded illegally and confiscated', 'Dear Madam, attached is our contribution. Regards', '', '2021-02-16'),
    (N, 'Envío', 'Estimada Sra. Flensburg: le envío lo solicitado. Saludos', 'RESPUESTA A LA NOTIFICACIÓN A LAS PARTES N° 2021/008\nSERFOR remite...', '2021-02-17'),
    (N, '(no subject)', '', 'Ministry of Forestry. Reply to Notification 2021 / 008. 1. Action plan...', '2021-02-18'),
    (N, 'Disposal of confiscated live parrots', 'Dear Secretariat, we attach our guidelines for placing confiscated live parrots and the contract with the sanctuary.', '', '2021-02-09'),
    (N, "Centres d'accueil pour animaux saisis", "Madame, nous vous transmettons la liste des centres d'accueil des animaux vivants saisis et le protocole avec les douanes.", '', '2021-02-10'),
    (N, 'Centros de rescate', 'Estimados: adjuntamos el directorio de centros de rescate que reciben fauna decomisada.', '', '2021-02-11'),
    (N, 'Resolution Conf. 17.8', 'Dear colleagues, attached is our national implementation of Resolution Conf. 17.8 on the disposal of confiscated specimens.', '', '2021-02-12'),
    (N, 'Decisions 18.159 and 18.160', 'Please find our information as requested.', '', '2021-02-12'),
    (N, 'Additional document', 'Dear Sofie, further to our submission last week, here is the missing annex: the list of rescue centres for seized animals.', '', '2021-03-10'),
    (N, 'Correction', 'Dear Ms Flensburg, please replace the SOP we sent on 20 February for seized live reptiles with the attached corrected version.', '', '2021-03-01'),
    (N, 'Nothing to report', 'Dear Madam, with reference to your notification on confiscated live specimens, we have no protocols or action plans to share at this stage.', '', '2021-02-24'),
    (N, 'Extension request - confiscated animals', 'Dear Secretariat, we need two more weeks to compile our reply on seized live animals. Kind regards', '', '2021-02-25'),
    (N, 'Protocols for the database', 'Dear Secretariat, our NGO runs a rescue centre for confiscated primates in Cameroon and would like to offer our protocols for the resources database.', '', '2021-02-08'),
    (N, 'Notification 2021/008 and 2021/012', 'Please find our reply to 2021/008 attached; the quota information for 2021/012 follows separately.', '', '2021-02-22'),
    (N, 'Seized tortoises - our SOP', 'Dear Sofie, attached is our SOP for seized tortoises. It is also published on our website and we presented it at an online meeting last year.', '', '2021-02-19'),
    (N, 'Réponse - animaux saisis', "Madame, ci-joint notre protocole; nous en avons discuté lors d'une réunion en ligne avec les douanes.", '', '2021-02-19'),
    (N, 'Live animals seized from online sellers', 'Dear Secretariat, most of the live animals we confiscate were offered online; attached is our placement protocol and the list of rescue centres.', '', '2021-02-21'),
    (N, 'RE: Notification 2021/008', 'Thank you, we will send our reply next week.', '', '2021-02-21', N),
    (N, 'RE: our submission', 'Yes, the contract can be published.', '', '2021-03-02', N),
    (C, 'Internet trade questionnaire', 'Dear Sir/Madam, please find attached our answers.', '1. Nature and extent of wildlife trade via the internet...\n2. Perceived problems...\n3. Code of conduct...\n4. Trade routes', '2008-02-10'),
    (C, 'CoP14 Doc. 28', 'Dear Secretariat, our comments on the document are attached.', '', '2007-10-10'),
    (C, 'eBay', 'We have signed a memorandum with eBay to remove ads for Appendix I species.', '', '2008-01-20'),
    (C, "Commerce électronique d'espèces sauvages", 'Madame, Monsieur, voici la réponse de la Suisse concernant le commerce électronique.', '', '2008-03-03'),
    (C, 'Comercio por Internet', 'Estimados señores: remitimos la respuesta de España sobre el comercio por Internet de especies CITES.', '', '2008-04-04'),
    (C, 'Online auctions of reptiles', 'Dear Secretariat, further to our reply in March, we have observed a shift from online auctions to social networks and more postal shipments.', '', '2009-01-15'),
    (C, 'Trade in live animals over the internet', 'In reply to your questions: several live tortoises seized after sale through an internet auction site were placed in a rescue centre.', '', '2008-05-05'),
    (C, 'RE: information request', 'Here are the figures you asked for.', '', '2008-02-27', C),
    (X, 'Annual report 2020', 'Dear Secretariat, attached is our annual report for 2020.', '', '2021-02-15'),
    (X, 'Rapport annuel sur le commerce illégal 2020', "Ci-joint notre rapport, qui mentionne 12 saisies d'animaux vivants.", '', '2021-02-20'),
    (X, 'Export permit verification', 'Could you please confirm the validity of export permit 21CM000045 for live parrots?', '', '2021-02-10'),
    (X, 'Quotas 2021', "Nous vous transmettons nos quotas d'exportation pour 2021.", '', '2021-02-10'),
    (X, 'Registro de establecimiento de cría en cautividad', 'Solicitamos el registro de un establecimiento de cría en cautividad de loros.', '', '2021-02-10'),
    (X, 'SC74 - online meeting', 'Dear Secretariat, our delegation to the online meeting will be two persons.', '', '2021-02-10'),
    (X, 'New security stamp', 'Please find the specimen of our new security stamp.', '', '2021-02-10'),
    (X, 'Permis électroniques', "Nous développons un système de permis en ligne et souhaitons échanger avec d'autres Parties.", '', '2008-06-06'),
    (X, 'Our website has moved', 'Please update the link to our website, which has moved to a new address.', '', '2008-06-06'),
    (X, 'Seized ivory', 'Dear Secretariat, attached is the inventory of seized ivory held by the government.', '', '2021-02-10'),
    (X, 'Decomiso de madera', 'Consultamos sobre el destino de la madera decomisada de Dalbergia.', '', '2021-02-10'),
    (X, 'Pangolin scales seized', 'We seized 2 tonnes of pangolin scales at the port; please advise on disposal.', '', '2021-02-10'),
    (X, 'Notification 2021/010', 'Please find our updated contact details as requested.', '', '2021-02-10'),
    (X, 'Notificación 2021/017', 'En respuesta a la Notificación 2021/017 enviamos la información.', '', '2021-02-10'),
    (X, 'Ref: MA/2021/008 - annual report', 'Dear Secretariat, please find our annual report attached.', '', '2021-04-01'),
    (X, 'Out of Office: Notification 2021/008', 'I am away until Monday.', '', '2021-02-10'),
    (X, 'Réponse automatique : Notification 2021/008', 'Je suis absente.', '', '2021-02-10'),
    (X, 'Delivery Status Notification (Failure)', 'Your message to x@y could not be delivered. Subject: Notification 2021/008', '', '2021-01-21'),
    (X, 'CITES e-news March 2021', 'In this issue: ... To unsubscribe from this newsletter click here.', '', '2021-03-01'),
    (X, 'RE: Notification 2021/008', 'Sorry to use this thread: when is the deadline for our annual report?', '', '2021-02-20', N),
    (X, 'Request for information on rescue centres', 'I am a journalist preparing an article on wildlife rescue centres. Could you send me the list of centres that receive confiscated animals?', '', '2021-02-15'),
    (X, 'Rescue centres', 'Dear Secretariat, we would like to know which rescue centres in the region accept confiscated primates.', '', '2020-11-10'),
    (X, 'Notification 2021/017 - online trade', 'In reply to the notification on online wildlife trade, we attach our survey of e-commerce platforms.', '', '2021-06-10'),
    (X, 'Meeting request', 'Could we meet during the Standing Committee to discuss the budget?', '', '2021-02-10'),
    (X, 'Hello', 'Hi Sofie, how are you? Best, Tom', '', '2021-02-10'),
    (N, 'Resources for confiscated live animals', 'Dear Madam, attached are our documents.', '', '2021-02-10'),
    (N, 'Placement of confiscated chimpanzees', 'Dear Secretariat, attached is our sanctuary agreement and the placement criteria.', '', '2021-02-10'),
    (N, 'Holding facilities for seized reptiles', 'Please find the list of our holding facilities.', '', '2021-02-10'),
    (N, 'Animal Reception Centre', 'Dear Sofie, our contract with the Animal Reception Centre at the airport is attached.', '', '2021-02-12'),
    (N, 'Repatriation of confiscated orangutans', 'Attached are our guidelines for the repatriation of confiscated orangutans.', '', '2021-02-12'),
    (N, 'Destination des spécimens saisis', "Madame, veuillez trouver ci-joint l'arrêté relatif à la destination des spécimens vivants saisis.", '', '2021-02-12'),
    (N, 'Fauna silvestre incautada', 'Estimada Sra.: adjunto el manual de los centros de atención y valoración.', '', '2021-02-12'),
    (N, 'Contribución de México', 'En respuesta a la notificación sobre especímenes vivos asegurados, remitimos el manual de los CIVS.', '', '2021-02-12'),
    (N, 'Resolution 17.8 implementation', 'Dear colleagues, here is how we implement Resolution 17.8.', '', '2021-02-12'),
    (N, 'Notif 2021.008', 'Attached.', '', '2021-02-12'),
    (C, 'Wildlife cybercrime', 'Dear Secretariat, in reply to your request, our police monitor internet sales of protected species.', '', '2008-03-12'),
    (C, 'Ventas por Internet', 'Estimados: MercadoLibre retira anuncios de especies protegidas a pedido de la Dirección de Fauna.', '', '2008-03-12'),
    (C, "Vente sur Internet d'espèces protégées", 'Madame, Monsieur, nous constatons de nombreuses annonces sur des sites Internet.', '', '2008-03-12'),
    (C, 'Trade routes', 'Further to our reply, we note that postal shipments of small reptiles ordered online have increased.', '', '2008-10-12'),
    (X, 'Visa for CoP', 'Dear Secretariat, could you help with a visa letter for our delegate?', '', '2021-02-10'),
    (X, 'Budget contribution 2021', 'Please find attached the invoice for our contribution to the Trust Fund.', '', '2021-02-10'),
    (X, 'Non-detriment findings for sharks', 'Attached is our NDF for Carcharhinus falciformis.', '', '2021-02-10'),
    (N, 'Deadline extension', 'Dear Ms Flensburg, could we have until 15 March to send our reply to the notification? Kind regards', '', '2021-02-24'),
    (N, 'Notification received', 'Dear Sofie, thank you for the notification; our contribution will follow before the deadline.', '', '2021-01-28'),
    (N, 'Submission', 'Please find attached our submission.', '', '2021-03-03'),
    (C, 'Reply of Japan', 'In reply to your letter, please find our answers to the questionnaire attached.', '', '2008-02-02'),
    (X, 'Hello', 'Hi Sofie, how are you? Best, Tom', '', '2021-02-10'),
    (X, 'Reply', 'Please find our reply attached.', '', '2020-06-10'),
    (X, 'Standing Committee documents', 'Dear Secretariat, attached are our comments on the draft agenda of SC74.', '', '2021-02-10'),
]
# fmt: on


@pytest.fixture(scope="module")
def calls() -> tuple[Call, ...]:
    return load_calls()


def _decide(calls: tuple[Call, ...], case: tuple[str | None, ...]) -> tuple[str | None, str]:
    subject, body, documents, date = (str(v) for v in case[1:5])
    thread = case[5] if len(case) > 5 else None
    received = dt.datetime.fromisoformat(f"{date}T10:00:00+00:00")
    decision = match_call(
        calls,
        str(subject),
        str(body),
        str(documents),
        ["<thread@example.org>"] if thread else [],
        received,
        (lambda _ids: thread) if thread else None,
    )
    return decision.value, decision.evidence


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_call_of_real_messages(calls: tuple[Call, ...], case: tuple[str | None, ...]) -> None:
    got, evidence = _decide(calls, case)
    assert got == case[0], evidence


@pytest.mark.parametrize(
    "written",
    [
        "Notification No. 2021/008",
        "Notificación a las Partes No. 2021/008",
        "Notification aux Parties n° 2021/008",
        "N° 2021/008",
        "Notif. 2021-008",
        "notif 2021/08",
        "2021 / 008",
        "2021-8",
        "008/2021",
        "No.2021/008",
    ],
)
def test_reference_forms(written: str) -> None:
    assert reference_pattern("2021/008").search(written)


@pytest.mark.parametrize(
    "not_a_reference", ["2021-08-15", "2021/08/15", "2021/0081", "12021/008", "DWNP/2021/008"]
)
def test_dates_and_other_numbers_are_not_the_reference(not_a_reference: str) -> None:
    assert not reference_pattern("2021/008").search(not_a_reference)


def test_unscored_kinds_of_evidence_are_flagged(calls: tuple[Call, ...]) -> None:
    received = dt.datetime(2021, 2, 24, 10, tzinfo=dt.UTC)
    by_default = match_call(calls, "Deadline", "Our reply will follow.", "", [], received)
    assert by_default.value == N
    assert by_default.flags == ("call_by_default",)
    unmatched = match_call(calls, "Hello", "How are you?", "", [], received)
    assert unmatched.value is None
    assert unmatched.flags == ("call_unmatched",)


def test_a_call_without_deadline_is_never_the_default(calls: tuple[Call, ...]) -> None:
    # Years after CoP14, with 2021/008 not yet open: nothing answers a call.
    received = dt.datetime(2020, 6, 1, 10, tzinfo=dt.UTC)
    decision = match_call(calls, "Our submission", "Please find our reply.", "", [], received)
    assert decision.value is None


def test_keywords_match_in_any_inflection() -> None:
    assert stems("Seized, seize") == stems("seized seized")
    assert stems("decomisada") == stems("decomisados")
    assert stems("centres") == stems("centro")
