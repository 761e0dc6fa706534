"""Shared fixtures: real databases (SQLite and PostgreSQL), settings in a temporary data directory,
and the Dovecot IMAP server (tests/conftest_imap.py)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import Engine

from intake.calls import load_calls
from intake.pipeline import Pipeline
from intake.settings import Settings
from store.db import connect

pytest_plugins = ["tests.conftest_imap"]

POSTGRES_ADMIN = os.environ.get(
    "INTAKE_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres"
)
SAMPLES = Path(__file__).parent / "samples"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _postgres_available() -> str | None:
    try:
        with psycopg.connect(POSTGRES_ADMIN, connect_timeout=3):
            return None
    except psycopg.OperationalError as exc:
        return str(exc).strip().splitlines()[0]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The admin URL of the PostgreSQL server; skips (or fails, under CI) when unreachable."""
    problem = _postgres_available()
    if problem is not None:
        message = f"PostgreSQL not reachable at {POSTGRES_ADMIN}: {problem}"
        if os.environ.get("INTAKE_REQUIRE_POSTGRES"):
            pytest.fail(message)
        pytest.skip(message)
    yield POSTGRES_ADMIN


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    name = f"intake_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = postgres_server.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test using this runs twice: on a SQLite file and on a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'intake.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=db_url)


@pytest.fixture
def engine(settings: Settings) -> Iterator[Engine]:
    engine = connect(settings.db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def pipeline(settings: Settings, engine: Engine) -> Pipeline:
    return Pipeline(settings, engine, load_calls())


@pytest.fixture(scope="session")
def demo_mailbox() -> Iterator[Path]:
    with resources.as_file(resources.files("intake") / "demo_mailbox") as path:
        yield path


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus of real public e-mails and documents; skips when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS} (CI has it)")
    return CORPUS
