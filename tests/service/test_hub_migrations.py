"""The district hub's database: its own migrations reach head and agree with its own models;
an outlet's database and a hub's are never taken for each other."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from app.domain.errors import DomainError
from app.store import migrate, migrate_hub
from app.store.db import make_engine, sqlite_url
from app.store.models import Base
from app.store.models_hub import HubBase


def _diff(engine):
    with engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(mc, HubBase.metadata)


def test_hub_upgrades_to_head_and_matches_its_models(hub_ctx, backend):
    engine = hub_ctx.uows.engine
    assert migrate.current_revision(engine) == migrate_hub.head_revision()
    assert not migrate_hub.needs_upgrade(engine)
    assert _diff(engine) == []
    tables = set(inspect(engine).get_table_names())
    assert {"cooperatives", "packages", "incidents", "key_changes", "package_blobs"} <= tables
    assert not tables & set(Base.metadata.tables)  # no outlet table in a hub


def test_hub_metadata_is_separate_from_the_outlets():
    assert HubBase.metadata is not Base.metadata
    assert not set(HubBase.metadata.tables) & set(Base.metadata.tables)


def test_hub_head_constant_is_the_scripts_head():
    assert migrate_hub.HUB_HEAD_REVISION == migrate_hub.head_revision()


def test_hub_upgrade_downgrade_upgrade(tmp_path):
    from alembic import command
    engine = make_engine(sqlite_url(tmp_path / "hub.sqlite3"))
    migrate_hub.upgrade(engine)
    command.downgrade(migrate_hub.hub_alembic_config(engine), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate_hub.upgrade(engine)
    assert _diff(engine) == []


def test_an_outlet_database_is_not_opened_as_a_hub_and_back(tmp_path):
    from app.bootstrap import open_context, open_hub_context
    outlet = tmp_path / "kopdes.sqlite3"
    migrate.upgrade(make_engine(sqlite_url(outlet)))
    with pytest.raises(DomainError) as err:
        open_hub_context(str(outlet))
    assert err.value.code == "not_a_hub_db"
    hub = tmp_path / "hub.sqlite3"
    open_hub_context(str(hub)).close()
    with pytest.raises(DomainError) as err:
        open_context(str(hub))
    assert err.value.code == "not_an_outlet_db"
    assert migrate.current_revision(make_engine(sqlite_url(hub))) == migrate_hub.HUB_HEAD_REVISION


def test_the_hub_file_is_not_the_outlets(monkeypatch, tmp_path):
    from app.bootstrap import hub_database_url
    monkeypatch.setenv("KOPDES_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("KOPDES_DATABASE_URL", "postgresql+psycopg://outlet/db")
    monkeypatch.delenv("KOPDES_HUB_DATABASE_URL", raising=False)
    assert hub_database_url().endswith("/hub.sqlite3")
    monkeypatch.setenv("KOPDES_HUB_DATABASE_URL", "postgresql+psycopg://hub/db")
    assert hub_database_url() == "postgresql+psycopg://hub/db"
