"""A run killed with SIGKILL at an arbitrary point loses nothing and doubles nothing."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from intake import export
from intake.mime import parse_message
from store.db import connect


def _deliveries(db_file: Path) -> int:
    if not db_file.exists():
        return 0
    engine = create_engine(f"sqlite:///{db_file}")
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM delivery")).scalar_one())
    except Exception:  # noqa: BLE001 - the schema may not exist yet while the run starts
        return 0
    finally:
        engine.dispose()


@pytest.mark.parametrize("kill_after", [1, 6, 11])
def test_sigkill_mid_run_then_rerun(tmp_path: Path, demo_mailbox: Path, kill_after: int) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(demo_mailbox, inbox, ignore=shutil.ignore_patterns("__*"))
    db_file = tmp_path / "crash.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env["INTAKE_DATA_DIR"] = str(tmp_path / "data")
    command = [sys.executable, "-m", "intake", "--db", f"sqlite:///{db_file}", "run", "--once",
               "--source", str(inbox)]  # fmt: skip
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while (
        _deliveries(db_file) < kill_after and process.poll() is None and time.monotonic() < deadline
    ):
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    recorded_before = _deliveries(db_file)
    assert recorded_before >= 1

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert "fetched 0, new 0, duplicates 0, failed 0" in again.stdout

    files = sorted(p for p in inbox.iterdir() if p.is_file())
    assert _deliveries(db_file) == len(files)
    # The interrupted database holds exactly what an uninterrupted run produces.
    clean_db = tmp_path / "clean.db"
    clean = [*command[:4], f"sqlite:///{clean_db}", *command[5:]]
    subprocess.run(clean, env=env, capture_output=True, text=True, timeout=300, check=True)
    assert _export(db_file) == _export(clean_db)
    assert len(_export(db_file)) == len({parse_message(p.read_bytes()).message_id for p in files})


def _export(db_file: Path) -> list[str]:
    engine = connect(f"sqlite:///{db_file}")
    try:
        return sorted(json.dumps(r, sort_keys=True) for r in export.records(engine))
    finally:
        engine.dispose()
