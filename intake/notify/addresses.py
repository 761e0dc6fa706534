"""E-mail addresses: which are valid to write to, which are robots, and which are our own."""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from intake.errors import ConfigError
from intake.settings import Settings

# A plain ASCII dot-atom address: nothing that could carry a second recipient, a comment, a
# quoted local part or a line break. Internationalised addresses (SMTPUTF8) are not written to.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDRESS = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@{_LABEL}(?:\.{_LABEL})+")
MAX_ADDRESS_LENGTH = 254
# Local parts of mailboxes that are machines: answering them makes loops or backscatter.
_ROBOT_LOCALPART = re.compile(
    r"(mailer-?daemon|mail-daemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply|bounces?|"
    r"listserv|majordomo|owner-.+|.+-(?:request|bounces?|owner))(?:[+._-].*)?",
    re.IGNORECASE,
)


def valid_address(address: str) -> bool:
    """Whether we would write to this address (a single plain ASCII addr-spec)."""
    return len(address) <= MAX_ADDRESS_LENGTH and _ADDRESS.fullmatch(address) is not None


def is_robot(address: str) -> bool:
    """Whether the local part names a machine (mailer-daemon, postmaster, no-reply, lists)."""
    return _ROBOT_LOCALPART.fullmatch(address.rpartition("@")[0]) is not None


def parse_one(value: str, what: str) -> tuple[str, str]:
    """A configured `Name <address>` or `address` as (name, address); ConfigError when invalid."""
    name, address = email.utils.parseaddr(value)
    if not valid_address(address) or "\n" in value or "\r" in value:
        raise ConfigError(f"{what}: not a valid e-mail address: {value!r}")
    return name.strip(), address.lower()


def parse_list(value: str, what: str) -> tuple[str, ...]:
    """Comma-separated configured addresses; ConfigError when one is invalid."""
    return tuple(parse_one(item, what)[1] for item in value.split(",") if item.strip())


def sender_address(settings: Settings) -> tuple[str, str]:
    """(name, address) our e-mails come from: `ack_from`."""
    if not settings.ack_from:
        raise ConfigError("set ack_from: the address acknowledgements and digests are sent from")
    return parse_one(settings.ack_from, "ack_from")


def own_addresses(settings: Settings, delivered_to: Iterable[str] = ()) -> frozenset[str]:
    """Addresses that are intake's own: ack_from, the SMTP and mailbox logins that are
    addresses, and where the message was delivered (Delivered-To, X-Original-To)."""
    found = set()
    candidates = [settings.ack_from, *delivered_to]
    for url in (settings.smtp_url, *(m.url for m in settings.mailboxes)):
        user = unquote(urlsplit(url).username or "") if "://" in url else ""
        candidates.append(user)
    for value in candidates:
        address = email.utils.parseaddr(value)[1].lower()
        if valid_address(address):
            found.add(address)
    return frozenset(found)
