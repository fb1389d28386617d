"""The district hub's schema, upgraded on open like an outlet's (app/store/migrate.py), from
its own scripts in migrations/hub/ (revisions h0001, h0002, …).

An outlet's database is not a hub's: opening one as the other is refused before anything is
written (the two never share a revision name).
"""

from __future__ import annotations

from sqlalchemy import Engine

from app.domain.errors import DomainError
from app.store.migrate import MIGRATIONS_DIR, alembic_config, current_revision

HUB_MIGRATIONS_DIR = MIGRATIONS_DIR / "hub"
HUB_HEAD_REVISION = "h0001"  # the newest file in migrations/hub/versions (tests/service/test_hub_migrations.py)


def hub_alembic_config(engine: Engine | None = None):
    return alembic_config(engine, HUB_MIGRATIONS_DIR)


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(hub_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(hub_alembic_config()).walk_revisions()}


def needs_upgrade(engine: Engine) -> bool:
    current = current_revision(engine)
    if current == HUB_HEAD_REVISION:
        return False
    if current is None:
        return True
    if not current.startswith("h"):
        raise DomainError(
            "not_a_hub_db",
            f"Basis data ini milik gerai (revisi {current}), bukan basis data hub kabupaten. "
            "Pilih berkas lain dengan --db; data tidak diubah.")
    if current not in known_revisions():
        raise DomainError(
            "db_too_new",
            f"Basis data hub dibuat oleh versi Kopdes yang lebih baru (revisi {current}). "
            "Perbarui aplikasi; data tidak diubah.")
    return True


def upgrade(engine: Engine) -> None:
    from alembic import command

    command.upgrade(hub_alembic_config(engine), "head")
