"""Whether a submission may be acknowledged, and to which address (RFC 3834 and loop prevention).

Never answered: anything the pipeline did not classify as a submission; messages marked as
automatic (Auto-Submitted other than "no", X-Autoreply, X-Autorespond, Precedence bulk, list,
junk or auto_reply, X-Auto-Response-Suppress All/AutoReply); delivery reports; mailing-list
mail (List-Id, List-Unsubscribe and the other RFC 2369 headers); an empty Return-Path (`<>`, the
mark of bounces and auto-replies); our own addresses; robots (mailer-daemon, postmaster,
no-reply, list owners); a missing or unusable address.

The acknowledgement goes to the Return-Path address when there is one, else to From; never to
Reply-To. RFC 3834 section 4 says automatic responses should go to the Return-Path; Reply-To is
whatever the author wrote, so it could point the Secretariat's mail at any third party, and the
per-address rate limit would no longer bound what one message can make intake send.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.notify.addresses import is_robot, valid_address
from intake.notify.headers import Headers
from store.notifications import AckCandidate

_BULK_PRECEDENCE = ("bulk", "list", "junk", "auto_reply")
_LIST_HEADERS = (
    "list-id",
    "list-unsubscribe",
    "list-post",
    "list-help",
    "list-subscribe",
    "list-owner",
    "list-archive",
)


@dataclass(frozen=True)
class Verdict:
    """To whom to send the acknowledgement, or why not to send one."""

    recipient: str = ""
    reason: str = ""

    @property
    def send(self) -> bool:
        return not self.reason


def _first(headers: Headers, name: str) -> str | None:
    values = headers.get(name)
    return values[0].strip() if values else None


def _marked_automatic(headers: Headers) -> str | None:
    """Why the headers say the message is automatic or list mail (None: they do not)."""
    auto = _first(headers, "auto-submitted")
    if auto is not None and auto.split(";")[0].strip().lower() != "no":
        return f"Auto-Submitted: {auto[:60]}"
    for name in ("x-autoreply", "x-autorespond", "x-failed-recipients"):
        if name in headers:
            return f"{name} header"
    precedence = (_first(headers, "precedence") or "").lower()
    if precedence in _BULK_PRECEDENCE:
        return f"Precedence: {precedence}"
    for name in _LIST_HEADERS:
        if name in headers:
            return f"mailing list ({name} header)"
    suppress = (_first(headers, "x-auto-response-suppress") or "").lower()
    if any(word in ("all", "autoreply") for word in suppress.replace(",", " ").split()):
        return f"X-Auto-Response-Suppress: {suppress[:60]}"
    if (_first(headers, "content-type") or "").lower().startswith("multipart/report"):
        return "delivery or disposition report"
    return None


def reply_address(candidate: AckCandidate, headers: Headers) -> tuple[str, str | None]:
    """(address, reason not to answer): the Return-Path address, else the From address."""
    return_path = _first(headers, "return-path")
    if return_path is None:
        return candidate.sender, None
    address = return_path.strip().strip("<>").strip().lower()
    if not address:
        return "", "empty Return-Path (a bounce or an automatic reply)"
    return address, None


def decide(candidate: AckCandidate, headers: Headers, own: frozenset[str]) -> Verdict:
    """Whether to acknowledge this submission; the reason is recorded when it is not."""
    if candidate.kind != "submission":
        return Verdict(reason=f"kind is {candidate.kind}")
    automatic = _marked_automatic(headers)
    if automatic is not None:
        return Verdict(reason=automatic)
    recipient, problem = reply_address(candidate, headers)
    if problem is not None:
        return Verdict(reason=problem)
    if not valid_address(candidate.sender):
        return Verdict(reason="sender address missing or invalid")
    if not valid_address(recipient):
        return Verdict(reason="Return-Path address invalid")
    if candidate.sender in own or recipient in own:
        return Verdict(reason="sent from one of intake's own addresses")
    for address in (candidate.sender, recipient):
        if is_robot(address):
            return Verdict(reason=f"automated sender ({address.partition('@')[0][:40]})")
    return Verdict(recipient=recipient)
