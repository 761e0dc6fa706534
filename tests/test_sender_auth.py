"""SPF/DKIM/DMARC verdicts of the Secretariat's own server are recorded; a failure is flagged."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from classifiers.sender_auth import check_sender
from intake.pipeline import Pipeline, poll_once
from intake.sources.local import FolderSource
from store.models import DecisionRow, Flag

OWN = "mx.cites.example; dkim=pass header.d=gouv.fr header.s=s1; spf=pass smtp.mailfrom=gouv.fr; dmarc=pass header.from=gouv.fr"
SPOOFED = "mx.cites.example; spf=fail smtp.mailfrom=attacker.example; dkim=none; dmarc=fail (p=REJECT) header.from=gouv.fr"
FORGED_BELOW = "mx.attacker.example; spf=pass; dkim=pass; dmarc=pass header.from=gouv.fr"


@pytest.mark.parametrize(
    ("headers", "authserv_id", "verdict", "flagged"),
    [
        ([OWN], "", "pass", False),
        ([SPOOFED], "", "fail", True),
        # The sender added a forged "pass" below the real verdict: only the topmost counts.
        ([SPOOFED, FORGED_BELOW], "", "fail", True),
        # With authserv_id set, only that server's header is trusted, wherever it is.
        ([FORGED_BELOW, SPOOFED], "mx.cites.example", "fail", True),
        ([FORGED_BELOW], "mx.cites.example", "none", False),
        (
            ["mx.cites.example; spf=softfail smtp.mailfrom=x.org; dkim=pass header.d=x.org"],
            "",
            "pass",
            False,
        ),
        (["mx.cites.example; spf=softfail smtp.mailfrom=x.org; dkim=fail"], "", "fail", True),
        (["mx.cites.example; none"], "", "none", False),
        ([], "", "none", False),
    ],
)
def test_verdicts(headers: list[str], authserv_id: str, verdict: str, flagged: bool) -> None:
    decision = check_sender(headers, authserv_id)
    assert decision.value == verdict
    assert ("sender_auth_failed" in decision.flags) is flagged


def test_a_spoofed_ministry_is_flagged_in_the_queue(
    pipeline: Pipeline, engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, results in (("spoofed", SPOOFED), ("genuine", OWN)):
        msg = EmailMessage()
        msg["Authentication-Results"] = results
        msg["From"] = "Ministère <cites@developpement-durable.gouv.fr>"
        msg["Subject"] = "Notification 2021/008"
        msg["Message-ID"] = f"<{name}@gouv.fr>"
        msg.set_content(f"Veuillez trouver ci-joint notre plan d'action ({name}).")
        (folder / f"{name}.eml").write_bytes(msg.as_bytes())
    poll_once(pipeline, FolderSource(folder))
    with Session(engine) as session:
        flags = {(f.code, f.submission_id) for f in session.exec(select(Flag)).all()}
        decisions = session.exec(select(DecisionRow).where(DecisionRow.name == "sender_auth")).all()
    assert sorted(d.value for d in decisions) == ["fail", "pass"]
    failed = next(d for d in decisions if d.value == "fail")
    assert ("sender_auth_failed", failed.submission_id) in flags
    assert sum(1 for code, _ in flags if code == "sender_auth_failed") == 1
