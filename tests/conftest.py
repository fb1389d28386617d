"""Shared fixtures: a fixed clock, fresh databases on SQLite (always) and on
PostgreSQL (when KOPDES_TEST_DATABASE_URL is set), and the demo outlet."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything loads Qt

import shutil
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.bootstrap import open_context, open_hub_context
from app.domain.auth import Actor
from app.services import auth, demo
from app.services.context import ServiceContext

PG_URL = os.environ.get("KOPDES_TEST_DATABASE_URL")
START = datetime(2026, 11, 23, 3, 0, tzinfo=timezone.utc)  # 10:00 WIB


@dataclass
class FakeClock:
    now: datetime = field(default_factory=lambda: START)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        self.now += timedelta(**kwargs)


def pytest_generate_tests(metafunc):
    # Tests that take `backend` run on SQLite always and on PostgreSQL when configured.
    # `pg_only` tests exercise what only PostgreSQL has (TRUNCATE); `sqlite_only` ones the
    # embedded file (backups, power cuts) or rules that do not depend on the engine.
    if "backend" in metafunc.fixturenames:
        if metafunc.definition.get_closest_marker("pg_only"):
            metafunc.parametrize("backend", ["postgres"] if PG_URL else [], scope="function")
        elif metafunc.definition.get_closest_marker("sqlite_only"):
            metafunc.parametrize("backend", ["sqlite"], scope="function")
        else:
            metafunc.parametrize("backend", ["sqlite", "postgres"] if PG_URL else ["sqlite"], scope="function")


def pytest_sessionstart(session):
    if os.environ.get("KOPDES_REQUIRE_POSTGRES") and not PG_URL:
        raise pytest.UsageError("KOPDES_REQUIRE_POSTGRES is set but KOPDES_TEST_DATABASE_URL is not")


class _Postgres:
    """Databases cloned from migrated templates: a fresh database per test in milliseconds."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.tag = uuid.uuid4().hex[:8]
        self.templates: dict[str, str] = {}
        self.created: list[str] = []

    def _url(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _create(self, name: str, template: str | None = None) -> None:
        with self.admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
        self.created.append(name)

    def template(self, kind: str) -> str:
        if kind not in self.templates:
            name = f"kopdes_tpl_{kind}_{self.tag}"
            self._create(name)
            opener = open_hub_context if kind == "hub" else open_context
            ctx = opener(url=self._url(name), clock=FakeClock())
            if kind == "demo":
                demo.build(ctx)
            ctx.close()
            self.templates[kind] = name
        return self.templates[kind]

    def fresh(self, kind: str) -> str:
        name = f"kopdes_t_{uuid.uuid4().hex[:12]}"
        self._create(name, self.template(kind))
        return self._url(name)

    def close(self) -> None:
        with self.admin.connect() as c:
            for name in reversed(self.created):
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def _pg():
    if not PG_URL:
        yield None
        return
    pg = _Postgres(PG_URL)
    yield pg
    pg.close()


@pytest.fixture(scope="session")
def _sqlite_templates(tmp_path_factory):
    cache: dict[str, Path] = {}

    def get(kind: str) -> Path:
        if kind not in cache:
            path = tmp_path_factory.mktemp(f"tpl-{kind}") / "kopdes.sqlite3"
            opener = open_hub_context if kind == "hub" else open_context
            ctx = opener(str(path), clock=FakeClock())
            if kind == "demo":
                demo.build(ctx)
            ctx.close()
            cache[kind] = path
        return cache[kind]
    return get


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _make_ctx(kind: str, backend: str, tmp_path: Path, clock: FakeClock, templates, pg) -> ServiceContext:
    opener = open_hub_context if kind == "hub" else open_context
    if backend == "postgres":
        return opener(url=pg.fresh(kind), clock=clock)
    path = tmp_path / ("hub" if kind == "hub" else "data") / ("hub.sqlite3" if kind == "hub" else "kopdes.sqlite3")
    path.parent.mkdir(parents=True)
    shutil.copyfile(templates(kind), path)
    return opener(str(path), clock=clock)


@pytest.fixture
def backend() -> str:  # overridden by parametrization for tests that ask for it
    return "sqlite"


@pytest.fixture
def ctx(backend, tmp_path, clock, _sqlite_templates, _pg):
    """A migrated, empty database (not yet set up)."""
    c = _make_ctx("empty", backend, tmp_path, clock, _sqlite_templates, _pg)
    yield c
    c.close()


@pytest.fixture
def demo_ctx(backend, tmp_path, clock, _sqlite_templates, _pg):
    """The demo outlet (users admin, kasir, pengurus, bendahara, pengawas; PIN 123456)."""
    c = _make_ctx("demo", backend, tmp_path, clock, _sqlite_templates, _pg)
    yield c
    c.close()


@pytest.fixture
def login(demo_ctx):
    def _login(username: str, pin: str = demo.DEMO_PIN) -> Actor:
        return auth.login(demo_ctx.uow(), username, pin)
    return _login


@pytest.fixture
def hub_ctx(backend, tmp_path, clock, _sqlite_templates, _pg):
    """A migrated, empty district hub database (its own schema, migrations/hub/)."""
    c = _make_ctx("hub", backend, tmp_path, clock, _sqlite_templates, _pg)
    yield c
    c.close()
