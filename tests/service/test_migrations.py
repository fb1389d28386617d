"""An empty database upgrades to head, and the models and migrations agree."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from app.store import migrate
from app.store.db import make_engine, sqlite_url
from app.store.models import Base


def _diff(engine):
    with engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": migrate.include_name})
        return compare_metadata(mc, Base.metadata)


def test_upgrade_empty_database_to_head_matches_models(ctx, backend):
    engine = ctx.uows.engine
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert not migrate.needs_upgrade(engine)
    assert _diff(engine) == []


def test_fresh_file_upgrade_downgrade_upgrade(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "m.sqlite3"))
    assert migrate.needs_upgrade(engine)
    migrate.upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"journals", "journal_lines", "audit_log", "users", "accounts"} <= tables
    from alembic import command
    command.downgrade(migrate.alembic_config(engine), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert _diff(engine) == []


def test_database_from_a_newer_version_is_refused(tmp_path):
    import pytest
    from app.domain.errors import DomainError
    engine = make_engine(sqlite_url(tmp_path / "n.sqlite3"))
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DomainError) as err:
        migrate.needs_upgrade(engine)
    assert err.value.code == "db_too_new"


def test_sqlite_pragmas_for_power_cuts(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "p.sqlite3"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_start_up_backs_up_an_existing_database_before_upgrading(tmp_path, monkeypatch):
    """A later version's first start: the old file is copied aside, then upgraded."""
    from datetime import datetime, timezone

    from app import bootstrap
    from app.store.backup import inspect_backup, list_backups

    db = tmp_path / "kopdes.sqlite3"
    engine = make_engine(sqlite_url(db))
    migrate.upgrade(engine)
    upgraded = []
    monkeypatch.setattr(migrate, "needs_upgrade", lambda e: not upgraded)  # pretend a newer head exists
    monkeypatch.setattr(migrate, "upgrade", lambda e: upgraded.append(e))
    at = datetime(2026, 11, 23, 3, 0, tzinfo=timezone.utc)
    assert bootstrap.upgrade_database(engine, tmp_path / "backups", lambda: at)
    taken = list_backups(tmp_path / "backups")
    assert len(taken) == 1 and taken[0].path.name.endswith("-sebelum-upgrade.sqlite3")
    assert inspect_backup(taken[0].path) == migrate.head_revision()
    assert upgraded == [engine]
    assert not bootstrap.upgrade_database(engine, tmp_path / "backups", lambda: at)  # nothing to do


def test_a_brand_new_database_is_not_backed_up(tmp_path):
    from app import bootstrap
    from datetime import datetime, timezone
    engine = make_engine(sqlite_url(tmp_path / "new.sqlite3"))
    assert bootstrap.upgrade_database(engine, tmp_path / "backups",
                                      lambda: datetime(2026, 11, 23, tzinfo=timezone.utc))
    assert not (tmp_path / "backups").exists()


def test_the_head_revision_constant_is_the_scripts_head():
    """Start-up compares the database with HEAD_REVISION instead of loading alembic: a new
    migration must move the constant too."""
    assert migrate.HEAD_REVISION == migrate.head_revision()


def test_the_search_index_is_outside_the_models():
    assert not migrate.include_name("products_fts", "table", {})
    assert not migrate.include_name("products_fts_data", "table", {})
    assert not migrate.include_name(migrate.SEARCH_INDEX_PG, "index", {})
    assert migrate.include_name("products", "table", {}) and migrate.include_name("ix_products_search_text",
                                                                                  "index", {})


def test_start_up_on_a_current_database_does_not_load_alembic(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    db = tmp_path / "k.sqlite3"
    migrate.upgrade(make_engine(sqlite_url(db)))
    code = ("import sys; from app.bootstrap import open_context; ctx = open_context(sys.argv[1]); "
            "print(sorted(m for m in sys.modules if m == 'alembic' or m.startswith('alembic.'))); ctx.close()")
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_current_revision_is_read_with_plain_sql(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "r.sqlite3"))
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.HEAD_REVISION


def test_sale_returns_are_indexed_by_shift(ctx, backend):
    names = {ix["name"] for ix in inspect(ctx.uows.engine).get_indexes("sale_returns")}
    assert "ix_sale_returns_shift_id" in names


@pytest.mark.pg_only
def test_postgres_gets_the_trigram_index(ctx, backend):
    with ctx.uows.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").scalar() == 1
        indexdef = conn.exec_driver_sql("SELECT indexdef FROM pg_indexes WHERE indexname = %(n)s",
                                        {"n": migrate.SEARCH_INDEX_PG}).scalar()
    assert "gin" in indexdef and "gin_trgm_ops" in indexdef


@pytest.mark.pg_only
def test_postgres_without_the_right_to_create_extensions_still_migrates(backend, _pg, clock):
    """An owner who may not CREATE EXTENSION (no CREATE on the database): the upgrade
    succeeds, there is no trigram index, and search works as a plain LIKE."""
    import uuid

    from sqlalchemy import create_engine, text

    from app.bootstrap import open_context
    from app.services import auth, catalogue, demo

    tag = uuid.uuid4().hex[:10]
    role, name = f"kopdes_np_{tag}", f"kopdes_np_{tag}"
    admin = create_engine(_pg.url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE'))
            c.execute(text(f'CREATE DATABASE "{name}"'))
        owner = create_engine(_pg.url.set(database=name), isolation_level="AUTOCOMMIT")
        with owner.connect() as c:
            c.execute(text(f'REVOKE CREATE ON DATABASE "{name}" FROM PUBLIC'))
            c.execute(text(f'GRANT CONNECT ON DATABASE "{name}" TO "{role}"'))
            c.execute(text(f'GRANT USAGE, CREATE ON SCHEMA public TO "{role}"'))
        owner.dispose()
        url = _pg.url.set(database=name, username=role, password=None).render_as_string(hide_password=False)
        ctx = open_context(url=url, clock=clock)
        try:
            assert migrate.current_revision(ctx.uows.engine) == migrate.HEAD_REVISION
            with ctx.uows.engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'").scalar() == 0
                assert conn.exec_driver_sql("SELECT count(*) FROM pg_indexes WHERE indexname = %(n)s",
                                            {"n": migrate.SEARCH_INDEX_PG}).scalar() == 0
            demo.build(ctx)
            kasir = auth.login(ctx.uow(), "kasir", demo.DEMO_PIN)
            assert [i.product.sku for i in catalogue.search(ctx.reader(), kasir, "inyak goreng")] == ["MNY-1L", "MNY-2L"]
        finally:
            ctx.close()
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            c.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def test_a_database_full_of_sales_migrates_down_and_up(demo_ctx, login, backend):
    """Rebuilding a table that other rows point at (SQLite batch mode) must not trip over
    foreign keys, and no row may be lost either way."""
    from alembic import command
    from sqlalchemy import text

    from app.services import checks

    engine = demo_ctx.uows.engine

    def counts():
        with engine.connect() as conn:
            return [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                    for t in ("sales", "sale_lines", "sale_payments", "journals")]

    before = counts()
    assert before[0] > 100
    command.downgrade(migrate.alembic_config(engine), "0004")
    command.upgrade(migrate.alembic_config(engine), "head")
    assert counts() == before
    # Below 0006 there are no savings tables, below 0007 no loan tables: the demo's savings
    # movements and loans go with them while their journals stay, so those two
    # reconciliations, and only those, must now disagree.
    report = checks.run_checks(demo_ctx.reader())
    assert {c.name for c in report.checks if not c.ok} == {"simpanan_sama_dengan_akun",
                                                           "pinjaman_sama_dengan_piutang"}
