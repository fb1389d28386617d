"""Alembic, driven from code: the app upgrades its database at start-up."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.domain.errors import DomainError

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"

# Database objects that live outside the SQLAlchemy metadata on purpose (migration 0004):
# the FTS5 trigram table of product names with its shadow tables (SQLite) and the
# pg_trgm index (PostgreSQL). Comparing models with migrations must not see them.
SEARCH_INDEX_TABLE = "products_fts"
SEARCH_INDEX_PG = "ix_products_search_trgm"


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """Alembic's include_name hook (migrations/env.py and the models-vs-migrations test)."""
    if type_ == "table" and name is not None:
        return name != SEARCH_INDEX_TABLE and not name.startswith(SEARCH_INDEX_TABLE + "_")
    if type_ == "index":
        return name != SEARCH_INDEX_PG
    return True


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config(str(MIGRATIONS_DIR / "alembic.ini"))
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def needs_upgrade(engine: Engine) -> bool:
    current = current_revision(engine)
    if current is None:
        return True
    if current not in known_revisions():
        raise DomainError(
            "db_too_new",
            f"Basis data dibuat oleh versi Kopdes yang lebih baru (revisi {current}). "
            "Perbarui aplikasi; data tidak diubah.")
    return current != head_revision()


def upgrade(engine: Engine) -> None:
    command.upgrade(alembic_config(engine), "head")
