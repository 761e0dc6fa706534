"""intake's exceptions, in one tree.

    IntakeError                 anything a user can cause; the CLI prints it as one line
    ├── ConfigError             a settings or call file that does not validate
    ├── SourceError             a mailbox or folder that cannot be read
    │   ├── SourceAuthError     login refused (bad password, revoked token)
    │   └── SourceConnectionError  refused, dropped, timed out, TLS failure
    ├── StoreError              the database cannot be reached or migrated
    ├── ExportError             an export that cannot be written
    └── NotifyError             an acknowledgement or digest that cannot be sent (SMTP)

Errors inside one message (a corrupt PDF, malformed MIME) are not exceptions that leave the
pipeline: they are recorded on the message or document and the run goes on.
"""

from __future__ import annotations


class IntakeError(Exception):
    """An error the user can cause and fix; shown as one line, without a traceback."""


class ConfigError(IntakeError):
    """A settings or call definition that does not validate."""


class SourceError(IntakeError):
    """A mail source that cannot be read."""


class SourceAuthError(SourceError):
    """The mail server refused the credentials."""


class SourceConnectionError(SourceError):
    """The mail server could not be reached, or the connection failed during the session."""


class StoreError(IntakeError):
    """The database cannot be reached or set up."""


class ExportError(IntakeError):
    """An export that cannot be produced."""


class NotifyError(IntakeError):
    """An e-mail (acknowledgement, digest) that the SMTP server did not accept or could not get."""
