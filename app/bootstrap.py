"""Composition root: database choice -> engine -> migrations (after a backup) -> services
-> GUI or CLI. Nothing is built at import time."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.domain.clock import Clock
from app.services.context import ServiceContext, system_clock
from app.store import backup as store_backup
from app.store import migrate, migrate_hub
from app.store.db import make_engine, sqlite_path, sqlite_url
from app.store.paths import backup_dir_for, default_db_path, default_hub_db_path
from app.store.uow import UnitOfWorkFactory


def database_url(db_path: str | None = None, url: str | None = None) -> str:
    """--database-url, then KOPDES_DATABASE_URL, then --db PATH, then the default file."""
    if url:
        return url
    if db_path:
        return sqlite_url(Path(db_path))
    env = os.environ.get("KOPDES_DATABASE_URL")
    if env:
        return env
    return sqlite_url(default_db_path())


def open_context(db_path: str | None = None, url: str | None = None, *, clock: Clock = system_clock,
                 upgrade: bool = True) -> ServiceContext:
    engine = make_engine(database_url(db_path, url))
    path = sqlite_path(engine)
    backups = backup_dir_for(path) if path else None
    if upgrade:
        upgrade_database(engine, backups, clock)
    label = str(path) if path else engine.url.render_as_string(hide_password=True)
    return ServiceContext(UnitOfWorkFactory(engine, clock), label, path, backups)


def upgrade_database(engine, backups: Path | None, clock: Clock, schema=migrate) -> bool:
    """Bring the schema to head; an existing SQLite database is backed up first.
    `schema`: app.store.migrate (an outlet) or app.store.migrate_hub (the district hub)."""
    if not schema.needs_upgrade(engine):
        return False
    path = sqlite_path(engine)
    if path is not None and backups is not None and migrate.current_revision(engine) is not None:
        store_backup.backup_sqlite(path, backups, clock(), label="sebelum-upgrade")
    schema.upgrade(engine)
    return True


def hub_database_url(db_path: str | None = None, url: str | None = None) -> str:
    """The district hub's own database: --database-url, then KOPDES_HUB_DATABASE_URL, then
    --db PATH, then hub.sqlite3 in the data directory (never the outlet's database)."""
    if url:
        return url
    if db_path:
        return sqlite_url(Path(db_path))
    env = os.environ.get("KOPDES_HUB_DATABASE_URL")
    if env:
        return env
    return sqlite_url(default_hub_db_path())


def open_hub_context(db_path: str | None = None, url: str | None = None, *, clock: Clock = system_clock,
                     upgrade: bool = True) -> ServiceContext:
    engine = make_engine(hub_database_url(db_path, url))
    path = sqlite_path(engine)
    # Beside the file but apart from an outlet's backups/, so an outlet's restore never lists a hub.
    backups = path.parent / "backups-hub" if path else None
    if upgrade:
        upgrade_database(engine, backups, clock, migrate_hub)
    label = str(path) if path else engine.url.render_as_string(hide_password=True)
    return ServiceContext(UnitOfWorkFactory(engine, clock), label, path, backups)


def run_gui(ctx_factory) -> int:
    from app.ui.application import run  # Qt loads only for the GUI

    return run(ctx_factory)


def main(argv: list[str] | None = None) -> int:
    from app.cli.main import run as run_cli

    return run_cli(sys.argv[1:] if argv is None else argv, open_context=open_context, run_gui=run_gui,
                   open_hub=open_hub_context)
