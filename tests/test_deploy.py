"""The systemd examples start commands that exist, with options that parse."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from intake.cli import build_parser

UNITS = Path(__file__).resolve().parents[1] / "deploy" / "systemd"


@pytest.mark.parametrize("unit", ["intake.service", "intake-worker.service"])
def test_units_run_real_commands(unit: str) -> None:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(UNITS / unit)
    command = shlex.split(parser["Service"]["ExecStart"])
    assert Path(command[0]).name == "intake"
    args = build_parser().parse_args(command[1:])
    assert args.command in ("run", "worker")
    assert int(parser["Service"]["TimeoutStopSec"]) >= 60  # time to finish the current message


@pytest.mark.skipif(
    shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed"
)
def test_timer_schedule_is_valid() -> None:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.read(UNITS / "intake.timer")
    calendar = parser["Timer"]["OnCalendar"]
    result = subprocess.run(
        ["systemd-analyze", "calendar", calendar], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert parser["Timer"]["Persistent"] == "yes"
