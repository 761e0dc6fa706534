"""A command or a setting that the README does not document is a defect."""

from __future__ import annotations

import argparse
import dataclasses
import re
from pathlib import Path

from intake.cli import build_parser
from intake.settings import Mailbox, Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _subcommands() -> list[str]:
    parser = build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(actions[0].choices)


def test_every_command_is_documented() -> None:
    table = README.split("## The command line", 1)[1]
    for command in _subcommands():
        assert re.search(rf"`{command}[` \[]", table), f"command {command!r} is not in the README"


def test_every_setting_is_documented() -> None:
    section = README.split("## Configuration", 1)[1].split("## The command line", 1)[0]
    for field in dataclasses.fields(Settings):
        if field.name == "mailboxes":
            continue
        assert f"`{field.name}`" in section, f"setting {field.name!r} is not in the README"
    for field in dataclasses.fields(Mailbox):
        assert f"`{field.name}`" in section, f"mailbox key {field.name!r} is not in the README"


def test_the_two_commands_are_in_the_readme() -> None:
    assert "make demo" in README and "make test" in README
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
