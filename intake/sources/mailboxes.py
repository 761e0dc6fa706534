"""The configured mailboxes as sources: URL, login method and after-store action."""

from __future__ import annotations

from intake.settings import Mailbox, read_secret
from intake.sources.imap import Authenticator, ImapSource, parse_imap_url, password_login


def authenticator(box: Mailbox) -> Authenticator:
    """How to log in to a mailbox: its password, or an OAuth 2.0 token (XOAUTH2)."""
    if box.auth == "oauth2":
        from intake.sources.oauth import oauth_login

        return oauth_login(box)
    return password_login(read_secret(box.password_env, box.password_file))


def source_for(box: Mailbox) -> ImapSource:
    """The IMAP source of one configured mailbox."""
    return ImapSource(
        parse_imap_url(box.url),
        authenticator(box),
        after_store=box.after_store,
        mark_seen=box.mark_seen,
        cafile=box.cafile or None,
    )
