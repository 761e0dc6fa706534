"""Language of e-mail bodies and documents: short formulas, signatures, mixed texts, other
languages recognised and flagged."""

from __future__ import annotations

import pytest

from classifiers.language import author_text, detect_language, other_languages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please see attached.", "en"),
        ("FYI", "en"),
        ("Thanks a lot!", "en"),
        ("Sent from my iPhone", "en"),
        ("Ci-joint.", "fr"),
        ("Merci", "fr"),
        ("Bien reçu, merci !", "fr"),
        ("Envoyé de mon iPhone", "fr"),
        ("Gracias", "es"),
        ("Adjunto lo solicitado.", "es"),
        ("Enviado desde mi iPhone", "es"),
        ("Recibido, muchas gracias.", "es"),
    ],
)
def test_short_formulas(text: str, expected: str) -> None:
    assert detect_language(text).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kind regards,\nAnanya Rao\nDeputy Inspector General of Forests (WL)\n"
            "Ministry of Environment, Forest and Climate Change\nIndira Paryavaran Bhawan, New Delhi",
            "en",
        ),
        (
            "Cordialement,\nAminata Traoré\nChef de division Faune\n"
            "Direction nationale des Eaux et Forêts\nBamako, Mali",
            "fr",
        ),
        (
            "Atentamente,\nLic. Ernesto Villalobos\nJefe del Departamento de Vida Silvestre\n"
            "Ministerio de Ambiente y Energía, San José, Costa Rica",
            "es",
        ),
    ],
)
def test_signature_blocks(text: str, expected: str) -> None:
    assert detect_language(text).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Segue em anexo a resposta de Moçambique. Obrigado.", "pt"),
        (
            "Prezados senhores, em resposta à notificação, enviamos em anexo o regulamento "
            "sobre a destinação dos animais apreendidos e a lista dos centros de triagem.",
            "pt",
        ),
        ("Anbei erhalten Sie unsere Stellungnahme. Mit freundlichen Grüßen", "de"),
        ("In allegato la nostra risposta. Cordiali saluti", "it"),
        ("In de bijlage vindt u ons antwoord. Met vriendelijke groet", "nl"),
        ("Направляем вам ответ Российской Федерации на уведомление.", "ru"),
        ("现随函附上我国关于罚没野生动物活体的处置办法。", "zh"),
        ("没収された生きた動物の取扱いに関する指針を送付いたします。", "ja"),
        ("يسرنا أن نرسل إليكم خطة العمل الوطنية.", "ar"),
    ],
)
def test_other_languages_are_recognised_and_flagged(text: str, expected: str) -> None:
    decision = detect_language(text)
    assert decision.value == expected
    assert "language_other" in decision.flags


def test_working_languages_are_not_flagged() -> None:
    decision = detect_language("Dear colleagues, please find attached our national report.")
    assert decision.value == "en"
    assert decision.flags == ()


def test_english_body_with_spanish_signature_and_disclaimer_is_english() -> None:
    text = (
        "Dear Ms Flensburg,\n\nPlease find attached our reply. The annexes are in Spanish.\n\n"
        "Best regards,\n\nMaría Fernanda Ruiz\nDirección de Bosques y Biodiversidad\n"
        "Ministerio de Ambiente y Desarrollo Sostenible\nCalle 37 No. 8-40, Bogotá\n\n"
        "Este mensaje y sus anexos pueden contener información confidencial. Si usted no es el "
        "destinatario, por favor notifique al remitente y elimínelo de inmediato. Antes de "
        "imprimir este correo piense en su compromiso con el medio ambiente."
    )
    assert detect_language(text).value == "en"
    assert "es" in other_languages(text, "en")


def test_quoted_title_in_another_language_does_not_decide() -> None:
    text = (
        "Bonjour,\n\nJe vous transmets le document des douanes espagnoles, intitulé "
        "« Procedimiento de actuación ante la aprehensión de animales vivos ». Il n'existe pas "
        "en français.\n\nBien à vous,\nNicolas"
    )
    assert detect_language(text).value == "fr"
    assert other_languages(text, "fr") == ["es"]


def test_bilingual_closing_counts_its_first_language() -> None:
    text = "Saludos cordiales / Best regards,\n\nPatricio Muñoz\nServicio Agrícola y Ganadero"
    assert detect_language(text).value == "es"


def test_quoted_reply_below_does_not_decide() -> None:
    text = (
        "Thanks, received.\n\nOn Tue, 2 Mar 2021 at 10:00, Lucía Martín wrote:\n"
        "> Estimada Sofie, le envío el protocolo de recepción de fauna decomisada y el convenio "
        "con el centro de rescate. Quedo atenta a cualquier consulta.\n"
    )
    assert detect_language(text).value == "en"
    assert author_text(text) == "Thanks, received."


def test_document_with_english_abstract_is_spanish() -> None:
    abstract = "Abstract. This protocol sets out the steps for receiving seized live animals. "
    body = (
        "El presente protocolo establece los pasos que deben seguir las autoridades desde la "
        "recepción de los especímenes vivos decomisados hasta su disposición final, así como "
        "las responsabilidades de cada institución participante. "
    )
    text = abstract * 3 + "\n\n" + body * 40
    assert detect_language(text).value == "es"
    assert other_languages(text, "es") == ["en"]


def test_no_words_no_language() -> None:
    assert detect_language("").value is None
    assert detect_language("+41 22 917 81 39 — 2021/008").value is None


def test_same_text_same_answer() -> None:
    text = "Te adjunto lo que quedamos"
    assert {detect_language(text).value for _ in range(5)} == {"es"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oui, aucune objection.\n\n-----Message d'origine-----\nDe : Secrétariat CITES\n"
            "Envoyé : lundi 1 mars 2021 10:02\nObjet : Notification 2021/008\n"
            "Dear Madam, could the SOP be published on the website?",
            "fr",
        ),
        (
            "De acuerdo, gracias.\n\nDe: CITES Secretariat <info@cites.org>\n"
            "Enviado el: martes, 2 de marzo de 2021 9:12\nPara: Juan Pérez\n"
            "Asunto: Notification 2021/008\n"
            "Dear Sir, we would like to know whether the contract can be made public. Regards",
            "es",
        ),
        (
            "Fine by us.\n\nFrom: Secretaría CITES\nDate: 3 March 2021\n"
            "Estimada señora, ¿podemos publicar el convenio con la fundación? Saludos cordiales",
            "en",
        ),
    ],
)
def test_quoted_message_after_a_separator_or_header_block_does_not_decide(
    text: str, expected: str
) -> None:
    assert detect_language(text).value == expected


def test_a_header_line_alone_in_the_body_is_not_a_quoted_message() -> None:
    text = "De: la Dirección de Fauna\n\nEnviamos el protocolo firmado por las tres instituciones."
    assert "Enviamos" in author_text(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thanks / Merci\n\nÉmilie Gagnon\nSenior Policy Analyst, Species at Risk / Analyste "
            "principale des politiques, espèces en péril\nParks Canada Agency / Agence Parcs "
            "Canada, Gouvernement du Canada",
            "en",
        ),
        (
            "Regards / Salutations\n\nLouis Bélanger\nInternational Affairs Division / Division "
            "des affaires internationales de la faune\nFisheries and Oceans Canada / Pêches et "
            "Océans Canada, région du Québec",
            "en",
        ),
        (
            "Merci / Thanks\n\nNathalie Côté\nDirection générale de la protection de la faune / "
            "Wildlife Protection Branch, Government\nMinistère des Forêts, de la Faune et des "
            "Parcs / Ministry of Forests, Wildlife and Parks",
            "fr",
        ),
    ],
)
def test_long_bilingual_signature_lines_count_their_first_half(text: str, expected: str) -> None:
    assert detect_language(text).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hello,\n\nAttached is our reply to the notification on live seized specimens.\n\n"
            "Med venlig hilsen / Best regards\nSøren Kristensen\n"
            "Miljøstyrelsen – Danish Environmental Protection Agency",
            "en",
        ),
        (
            "Buenos días,\n\nAdjunto la respuesta de nuestra Autoridad Administrativa.\n\n"
            "Met vriendelijke groet / Saludos\nPieter de Vries",
            "es",
        ),
        (
            "Madame,\n\nVeuillez trouver ci-joint le plan d'action national.\n\n"
            "Z poważaniem\nAnna Kowalska",
            "fr",
        ),
        ("Ci-joint.\n\nMet vriendelijke groeten\nJan Peeters", "fr"),
        ("Segue em anexo.\n\nMet vriendelijke groet", "pt"),
    ],
)
def test_a_closing_in_another_language_after_the_body_does_not_decide(
    text: str, expected: str
) -> None:
    assert detect_language(text).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entendu.", "fr"),
        ("Oui, d'accord.", "fr"),
        ("Tout à fait.", "fr"),
        ("Sin problema.", "es"),
        ("Conforme.", "es"),
        ("Sure.", "en"),
        ("No objection.", "en"),
        ("No problem.", "en"),
        ("Sim, de acordo.", "pt"),
    ],
)
def test_one_word_answers(text: str, expected: str) -> None:
    assert detect_language(text).value == expected
