"""What a message is: a submission, an auto-reply, a bounce, or other automated mail."""

from __future__ import annotations

import re

from intake.domain import Decision, ParsedMessage

_BOUNCE_SENDERS = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(undeliverable|undelivered mail|delivery status notification|delivery failure|"
    r"returned mail|failure notice|mail delivery failed|non remis|non distribuable|"
    r"échec de (la )?remise|no se puede entregar|no entregado|entrega fallida|"
    r"mensaje no entregado)",
    re.I,
)
_AUTO_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto(matic)?[- ]?reply|auto:|autoreply|out of (the )?office|"
    r"absent|absence|réponse automatique|r[ée]ponse automatique|message d'absence|"
    r"respuesta autom[áa]tica|fuera de la oficina|ausente|ausencia|abwesenheit|"
    r"automatische antwort|risposta automatica|resposta autom[áa]tica)",
    re.I,
)


def classify_kind(message: ParsedMessage) -> Decision:
    """Submission unless headers or wording show a bounce, an auto-reply or list mail."""
    h = message.headers
    if message.report_type in ("delivery-status", "global-delivery-status"):
        return Decision(
            "kind", "bounce", 0.99, f"multipart/report; report-type={message.report_type}"
        )
    if "x-failed-recipients" in h:
        return Decision("kind", "bounce", 0.95, "X-Failed-Recipients header")
    if _BOUNCE_SENDERS.match(message.sender) and _BOUNCE_SUBJECT.match(message.subject):
        return Decision("kind", "bounce", 0.95, f"from {message.sender}: {message.subject[:60]}")
    if message.report_type == "disposition-notification":
        return Decision("kind", "auto_reply", 0.95, "read receipt (disposition-notification)")
    auto = h.get("auto-submitted", "").strip().lower()
    if auto and not auto.startswith("no"):
        if _BOUNCE_SENDERS.match(message.sender):
            return Decision("kind", "bounce", 0.9, f"Auto-Submitted: {auto} from {message.sender}")
        return Decision("kind", "auto_reply", 0.97, f"Auto-Submitted: {auto}")
    for header in ("x-autoreply", "x-autorespond"):
        if header in h:
            return Decision("kind", "auto_reply", 0.95, f"{header} header")
    precedence = h.get("precedence", "").strip().lower()
    if precedence == "auto_reply":
        return Decision("kind", "auto_reply", 0.95, "Precedence: auto_reply")
    if _AUTO_SUBJECT.match(message.subject):
        return Decision("kind", "auto_reply", 0.85, f"subject: {message.subject[:60]}")
    if _BOUNCE_SUBJECT.match(message.subject):
        return Decision("kind", "bounce", 0.8, f"subject: {message.subject[:60]}")
    if precedence in ("bulk", "list", "junk") or "list-id" in h or "list-unsubscribe" in h:
        evidence = f"Precedence: {precedence}" if precedence else "mailing-list headers"
        return Decision("kind", "other", 0.8, evidence)
    return Decision("kind", "submission", 0.9, "no automated-mail marker")
