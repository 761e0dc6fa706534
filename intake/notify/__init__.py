"""E-mail intake sends: acknowledgements of receipt to senders, and the daily digest.

    acknowledge.py  which submissions get an acknowledgement; the e-mail; sending it
    policy.py       RFC 3834 and loop prevention: whether to answer, and to which address
    addresses.py    valid, robot and own addresses
    headers.py      header values made inert; the headers read back from the raw message
    texts.py        the wording, in English, French and Spanish
    digest.py       the daily digest
    smtp.py         the SMTP session (smtps, smtp+starttls, smtp on loopback)

The records (one acknowledgement per submission, the digests sent) are in store/notifications.py.
"""

from __future__ import annotations

from intake.notify.acknowledge import AckReport, acknowledge_new, acknowledge_pending
from intake.notify.digest import DigestReport, render_digest, send_digest

__all__ = [
    "AckReport",
    "DigestReport",
    "acknowledge_new",
    "acknowledge_pending",
    "render_digest",
    "send_digest",
]
