"""The `intake` command as users and other tools call it: the contract, and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def intake(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    full_env = {**base, "INTAKE_DATA_DIR": str(cwd / "data"), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "intake", *args], cwd=cwd, env=full_env, capture_output=True,
        text=True, timeout=300,
    )  # fmt: skip


def test_run_export_queue_contract(tmp_path: Path, db_url: str, demo_mailbox: Path) -> None:
    run = intake("--db", db_url, "run", "--once", "--source", str(demo_mailbox), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "new 14, duplicates 1, failed 0" in run.stdout
    exported = intake("--db", db_url, "export", "--format", "jsonl", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(records) == 14
    public = intake("--db", db_url, "export", "--format", "jsonl", "--public", cwd=tmp_path)
    public_records = [json.loads(line) for line in public.stdout.splitlines()]
    assert len(public_records) == 14 and all(r["sender"] is None for r in public_records)
    queue = intake("--db", db_url, "queue", cwd=tmp_path)
    assert queue.returncode == 0 and "awaiting review" in queue.stdout
    again = intake("--db", db_url, "run", "--once", "--source", str(demo_mailbox), cwd=tmp_path)
    assert "fetched 0, new 0" in again.stdout


def test_demo_prints_the_queue(tmp_path: Path) -> None:
    result = intake("demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "fetched 15, new 14, duplicates 1, failed 0" in result.stdout
    assert "2021/008" in result.stdout and "CoP14-internet-trade" in result.stdout
    assert (tmp_path / "intake-demo" / "intake.db").exists()


def test_review_from_the_command_line(tmp_path: Path, demo_mailbox: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    intake("--db", db, "run", "--once", "--source", str(demo_mailbox), cwd=tmp_path)
    shown = intake("--db", db, "show", "1", cwd=tmp_path)
    assert shown.returncode == 0 and "Submission 1" in shown.stdout
    reviewed = intake("--db", db, "review", "1", "--reviewer", "sofie", "--accept", "--set", "party=MC",
                      "--note", "confirmed", cwd=tmp_path)  # fmt: skip
    assert reviewed.returncode == 0, reviewed.stderr
    assert (
        "[accepted]" in reviewed.stdout
        and "party: MC" in reviewed.stdout
        and "note by sofie" in reviewed.stdout
    )
    status = intake("--db", db, "status", cwd=tmp_path)
    assert status.returncode == 0 and "Documents:" in status.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--db", "nosuchdriver://x/y", "queue"), "cannot use database"),
        (("--db", "postgresql://nobody@127.0.0.1:1/none", "queue"), "cannot open database"),
        (("run", "--once", "--source", "/no/such/folder"), "source not found"),
        (
            ("run", "--once", "--source", "imap://u@mail.example.org:143/INBOX"),
            "only allowed on loopback",
        ),
        (("run", "--once", "--source", "imaps://u@127.0.0.1:1/INBOX"), "INTAKE_IMAP_PASSWORD"),
        (("run", "--once"), "no mailbox configured"),
        (("--config", "/no/such/settings.toml", "queue"), "cannot read settings file"),
    ],
)
def test_user_errors_are_one_clear_line(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = intake(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("intake: error:")]
    assert len(lines) == 1 and message in lines[0], result.stderr


def test_password_never_appears_in_output(tmp_path: Path) -> None:
    secret = "s3cret-Pa55word"
    result = intake("--db", f"postgresql://user:{secret}@127.0.0.1:1/x", "status", cwd=tmp_path,
                    env={"INTAKE_IMAP_PASSWORD": secret})  # fmt: skip
    assert result.returncode == 2
    assert secret not in result.stdout + result.stderr
