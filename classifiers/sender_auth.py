"""Whether the sender's domain was authenticated: SPF, DKIM and DMARC (RFC 8601 headers).

Anyone can write a ministry's address in From. The Secretariat's own mail server checks SPF,
DKIM and DMARC and records the verdicts in an Authentication-Results header; intake trusts only
that header: the one whose authserv-id is configured (`authserv_id`), else the topmost one (the
last server to handle the message, the Secretariat's own). Headers further down can be forged
by the sender and are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.domain import Decision

_RESULT = re.compile(r"\b(spf|dkim|dmarc|arc)\s*=\s*([a-z]+)", re.IGNORECASE)
_FAILING = {"fail", "softfail", "permerror", "temperror"}


def _authserv_id(header: str) -> str:
    return re.split(r"[;\s]", header.strip(), maxsplit=1)[0].lower()


def trusted_header(headers: Sequence[str], authserv_id: str = "") -> str | None:
    """The Authentication-Results header of the Secretariat's own server, if any."""
    if not headers:
        return None
    if authserv_id:
        wanted = authserv_id.lower()
        return next((h for h in headers if _authserv_id(h) == wanted), None)
    return headers[0]


def results(header: str) -> dict[str, str]:
    """Mechanism -> verdict, the first verdict of each mechanism."""
    found: dict[str, str] = {}
    for mechanism, verdict in _RESULT.findall(header):
        found.setdefault(mechanism.lower(), verdict.lower())
    return found


def check_sender(headers: Sequence[str], authserv_id: str = "") -> Decision:
    """'pass', 'fail' or 'none' (nothing to go on), with the verdicts as evidence.

    DMARC decides when present; without it, a message fails when SPF fails and DKIM does not
    pass. A failure raises the triage flag `sender_auth_failed`.
    """
    header = trusted_header(headers, authserv_id)
    if header is None:
        where = f"from {authserv_id}" if authserv_id else "at all"
        return Decision("sender_auth", "none", 0.5, f"no Authentication-Results header {where}")
    verdicts = results(header)
    evidence = " ".join(f"{k}={v}" for k, v in verdicts.items()) or "no SPF, DKIM or DMARC verdict"
    evidence = f"{evidence} (by {_authserv_id(header)})"
    dmarc = verdicts.get("dmarc")
    if dmarc is not None:
        failed = dmarc in _FAILING
    else:
        failed = verdicts.get("spf") in _FAILING and verdicts.get("dkim") != "pass"
    if failed:
        return Decision("sender_auth", "fail", 0.9, evidence, flags=("sender_auth_failed",))
    if dmarc == "pass" or verdicts.get("dkim") == "pass" or verdicts.get("spf") == "pass":
        return Decision("sender_auth", "pass", 0.9, evidence)
    return Decision("sender_auth", "none", 0.5, evidence)
