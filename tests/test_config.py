"""Calls and settings are data, validated once with clear messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from intake.calls import load_calls
from intake.errors import ConfigError
from intake.settings import load_settings, read_secret

ZURICH_WINTER = dt.timezone(dt.timedelta(hours=1))


def test_the_two_bundled_calls() -> None:
    calls = {c.reference: c for c in load_calls()}
    assert set(calls) == {"2021/008", "CoP14-internet-trade"}
    notification = calls["2021/008"]
    assert (
        notification.deadline == dt.date(2021, 2, 28) and notification.timezone == "Europe/Zurich"
    )
    assert set(notification.titles) == {"en", "fr", "es"}
    assert notification.default_confidential_types == ("contract",)
    internet = calls["CoP14-internet-trade"]
    assert internet.deadline is None and len(internet.questions) == 4


@pytest.mark.parametrize(
    ("received", "late"),
    [
        (
            dt.datetime(2021, 2, 28, 23, 59, 59, tzinfo=ZURICH_WINTER),
            False,
        ),  # last second of the day
        (dt.datetime(2021, 3, 1, 0, 0, 0, tzinfo=ZURICH_WINTER), True),
        (dt.datetime(2021, 2, 28, 22, 59, 59, tzinfo=dt.UTC), False),
        (dt.datetime(2021, 2, 28, 23, 0, 0, tzinfo=dt.UTC), True),
        (
            dt.datetime(2021, 3, 1, 5, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=10))),
            False,
        ),  # Canberra
    ],
)
def test_deadline_is_the_end_of_the_day_in_the_calls_time_zone(
    received: dt.datetime, late: bool
) -> None:
    call = next(c for c in load_calls() if c.reference == "2021/008")
    assert call.is_late(received) is late


def test_a_call_without_deadline_is_never_late() -> None:
    call = next(c for c in load_calls() if c.reference == "CoP14-internet-trade")
    assert call.is_late(dt.datetime(2030, 1, 1, tzinfo=dt.UTC)) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('reference = "X"\ntimezone = "Mars/Olympus"\n[title]\nen = "t"\n', "unknown time zone"),
        ('reference = "X"\ntimezone = "UTC"\n', "needs at least an 'en' title"),
        (
            'reference = "X"\ntimezone = "UTC"\ndeadline = "soon"\n[title]\nen = "t"\n',
            "must be a date",
        ),
        (
            'reference = "X"\ntimezone = "UTC"\ndocument_types = ["memo"]\n[title]\nen = "t"\n',
            "unknown document types",
        ),
        ("reference = \n", "Invalid value"),
    ],
)
def test_bad_call_files_are_refused_clearly(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "bad.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_calls(tmp_path)


def test_settings_file_then_environment(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'data_dir = "/srv/intake"\nmax_attempts = 5\n[[mailbox]]\nname = "main"\n'
        'url = "imaps://submissions@mail.example.org/INBOX"\nafter_store = "keyword:intake"\n',
        encoding="utf-8",
    )
    settings = load_settings(
        path, env={"INTAKE_MAX_ATTEMPTS": "7", "INTAKE_DATABASE_URL": "postgresql://h/db"}
    )
    assert settings.data_dir == Path("/srv/intake")
    assert settings.max_attempts == 7 and settings.database_url == "postgresql://h/db"
    assert settings.mailboxes[0].after_store == "keyword:intake"
    default = load_settings(env={})
    assert default.db_url == "sqlite:///data/intake.db" and default.mailboxes == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour = 1\n", "unknown setting 'colour'"),
        ("max_attempts = 'many'\n", "not a valid int"),
        ('[[mailbox]]\nurl = "imaps://a@b/INBOX"\nafter_store = "delete"\n', "after_store must be"),
        ('[[mailbox]]\nurl = "imaps://a@b/INBOX"\npassword = "x"\n', "unknown keys"),
        ('log_format = "xml"\n', "log_format"),
    ],
)
def test_bad_settings_are_refused_clearly(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(path, env={})


def test_secrets_come_from_a_file_or_the_environment(tmp_path: Path) -> None:
    secret_file = tmp_path / "pw"
    secret_file.write_text("from-file\n", encoding="utf-8")
    assert read_secret("X", str(secret_file), env={}) == "from-file"
    assert read_secret("X", "", env={"X": "from-env"}) == "from-env"
    with pytest.raises(ConfigError, match="set the environment variable X"):
        read_secret("X", "", env={})
