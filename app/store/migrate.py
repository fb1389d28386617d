"""Alembic, driven from code: the app upgrades its database at start-up.

Start-up only asks "is the schema at head?": one SELECT of alembic_version compared
with HEAD_REVISION. Alembic itself (tens of milliseconds of imports) loads only when
there is something to upgrade or a revision to look up. A test keeps HEAD_REVISION
equal to the head of migrations/versions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from app.domain.errors import DomainError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
HEAD_REVISION = "0010"  # the newest file in migrations/versions (checked by tests/service/test_migrations.py)

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


def alembic_config(engine: Engine | None = None, directory: Path = MIGRATIONS_DIR) -> "Config":
    """`directory`: migrations/ for an outlet, migrations/hub/ for the district hub."""
    from alembic.config import Config

    cfg = Config(str(directory / "alembic.ini"))
    cfg.set_main_option("script_location", str(directory))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The head according to the scripts themselves (imports alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's revision by a plain query (None: never migrated)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def is_known(revision: str) -> bool:
    return revision == HEAD_REVISION or revision in known_revisions()


def needs_upgrade(engine: Engine) -> bool:
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return False
    if current is not None and current.startswith("h"):  # migrations/hub/: see app/store/migrate_hub.py
        raise DomainError(
            "not_an_outlet_db",
            f"Basis data ini milik hub kabupaten (revisi {current}), bukan basis data gerai. "
            "Gunakan `kopdes hub …` untuknya; data tidak diubah.")
    if current is not None and not is_known(current):
        raise DomainError(
            "db_too_new",
            f"Basis data dibuat oleh versi Kopdes yang lebih baru (revisi {current}). "
            "Perbarui aplikasi; data tidak diubah.")
    return True


def upgrade(engine: Engine) -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
