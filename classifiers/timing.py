"""When a message was received, and whether that was after the call's deadline.

intake dates a message by its receipt, never by the sender's Date header alone (a sender's clock
or a draft saved days earlier must not make a submission late or on time): the IMAP INTERNALDATE
when read over IMAP, else the topmost Received header (the Secretariat's own server), else Date.
"""

from __future__ import annotations

import datetime as dt

from intake.calls import Call
from intake.domain import Decision


def received_at(
    internaldate: dt.datetime | None,
    received_dates: tuple[dt.datetime, ...],
    date_header: dt.datetime | None,
    fallback: dt.datetime,
) -> tuple[dt.datetime, Decision]:
    """The receipt time in UTC and the decision that says which source gave it."""
    if internaldate is not None:
        moment = internaldate if internaldate.tzinfo else internaldate.replace(tzinfo=dt.UTC)
        moment = moment.astimezone(dt.UTC)
        return moment, Decision("received_at", moment.isoformat(), 0.99, "IMAP INTERNALDATE")
    if received_dates:
        moment = received_dates[0]
        return moment, Decision("received_at", moment.isoformat(), 0.95, "topmost Received header")
    if date_header is not None:
        return date_header, Decision(
            "received_at",
            date_header.isoformat(),
            0.7,
            "Date header (no Received header)",
            flags=("dated_by_sender",),
        )
    moment = fallback.astimezone(dt.UTC)
    return moment, Decision(
        "received_at",
        moment.isoformat(),
        0.3,
        "no Received or Date header: time of import",
        flags=("no_receipt_date",),
    )


def lateness(call: Call | None, moment: dt.datetime) -> Decision:
    """'true' when received after the end of the deadline day in the call's time zone."""
    if call is None:
        return Decision("late", None, 1.0, "no call matched")
    late = call.is_late(moment)
    if late is None:
        return Decision("late", None, 1.0, f"call {call.reference} has no deadline")
    end = call.deadline_end
    assert end is not None
    flags = ("late",) if late else ()
    word = "after" if late else "before"
    return Decision(
        "late",
        "true" if late else "false",
        0.99,
        f"received {moment.isoformat()}, {word} {end.isoformat()} "
        f"(end of {call.deadline} in {call.timezone})",
        flags,
    )
