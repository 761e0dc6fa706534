"""The wording of acknowledgements of receipt, in the languages of the calls (EN, FR, ES).

A message in any other language, or in none detected, is answered in English. To add a
language, add one entry with the same keys; `tests/test_notify.py` checks that they match.
"""

from __future__ import annotations

DEFAULT_LANGUAGE = "en"

ACKNOWLEDGEMENT: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Acknowledgement of receipt: {subject}",
        "subject_empty": "Acknowledgement of receipt",
        "greeting": "Dear colleague,",
        "received": "We acknowledge receipt of your message “{subject}”, received on {received}.",
        "call": "Call for submissions: {reference} – {title}",
        "files": "Files received ({count}):",
        "more": "… and {count} more",
        "no_files": "The message carried no files.",
        "late": "Please note that it was received after the deadline of {deadline} for this call.",
        "late_undated": "Please note that it was received after the deadline for this call.",
        "closing": "This acknowledgement is sent automatically; it does not mean that the files "
        "have been reviewed. Please do not reply to it.",
        "signature": "The Secretariat",
    },
    "fr": {
        "subject": "Accusé de réception : {subject}",
        "subject_empty": "Accusé de réception",
        "greeting": "Madame, Monsieur,",
        "received": "Nous accusons réception de votre message « {subject} », reçu le {received}.",
        "call": "Appel à contributions : {reference} – {title}",
        "files": "Fichiers reçus ({count}) :",
        "more": "… et {count} autres",
        "no_files": "Le message ne contenait aucun fichier.",
        "late": "Veuillez noter qu'il a été reçu après la date limite du {deadline} fixée pour "
        "cet appel.",
        "late_undated": "Veuillez noter qu'il a été reçu après la date limite fixée pour cet appel.",
        "closing": "Cet accusé de réception est envoyé automatiquement ; il ne signifie pas que "
        "les fichiers ont été examinés. Merci de ne pas y répondre.",
        "signature": "Le Secrétariat",
    },
    "es": {
        "subject": "Acuse de recibo: {subject}",
        "subject_empty": "Acuse de recibo",
        "greeting": "Estimado/a colega:",
        "received": "Acusamos recibo de su mensaje «{subject}», recibido el {received}.",
        "call": "Convocatoria: {reference} – {title}",
        "files": "Archivos recibidos ({count}):",
        "more": "… y {count} más",
        "no_files": "El mensaje no contenía ningún archivo.",
        "late": "Le informamos de que se recibió después de la fecha límite del {deadline} "
        "fijada para esta convocatoria.",
        "late_undated": "Le informamos de que se recibió después de la fecha límite fijada para "
        "esta convocatoria.",
        "closing": "Este acuse de recibo se envía automáticamente y no significa que los archivos "
        "hayan sido examinados. Le rogamos que no responda a este mensaje.",
        "signature": "La Secretaría",
    },
}


def acknowledgement_texts(language: str | None) -> tuple[str, dict[str, str]]:
    """(language used, its texts): the message's language when we have it, else English."""
    code = (language or "").lower()
    if code in ACKNOWLEDGEMENT:
        return code, ACKNOWLEDGEMENT[code]
    return DEFAULT_LANGUAGE, ACKNOWLEDGEMENT[DEFAULT_LANGUAGE]
