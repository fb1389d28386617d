"""Backups and restore of the embedded SQLite database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.services import audit, settings
from app.services.context import ServiceContext
from app.store import backup as store_backup
from app.store import migrate

AUTO_INTERVAL = timedelta(hours=24)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    removed: tuple[Path, ...]


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced_copy: Path


def _sqlite_only(ctx: ServiceContext) -> Path:
    if ctx.sqlite_path is None or ctx.backup_dir is None:
        raise DomainError("backup_not_sqlite",
                          "Cadangan bawaan hanya untuk basis data SQLite; untuk PostgreSQL gunakan pg_dump.")
    return ctx.sqlite_path


def backup_now(ctx: ServiceContext, actor: Actor | None, *, to_dir: Path | None = None,
               label: str = "") -> BackupResult:
    """`actor` None for automatic backups (on close, daily, before an upgrade)."""
    if actor is not None:
        actor.require(Permission.BACKUP_CREATE)
    db = _sqlite_only(ctx)
    target = Path(to_dir) if to_dir else ctx.backup_dir
    assert target is not None
    with ctx.uow() as uow:
        keep = settings.get(uow, "backup.keep")
        at = uow.now()
        path = store_backup.backup_sqlite(db, target, at, label=label)
        removed = tuple(store_backup.rotate(target, keep)) if target == ctx.backup_dir else ()
        audit.append(uow, actor.username if actor else "sistem", "backup.create", path.name,
                     {"dir": str(target), "automatic": actor is None})
        settings.put(uow, "backup.last_at", at.isoformat())
        uow.commit()
    return BackupResult(path, path.stat().st_size, removed)


def last_backup_at(ctx: ServiceContext) -> datetime | None:
    with ctx.reader() as uow:
        text = settings.get(uow, "backup.last_at")
    return datetime.fromisoformat(text) if text else None


def automatic_backup_due(ctx: ServiceContext) -> bool:
    if ctx.sqlite_path is None:
        return False
    last = last_backup_at(ctx)
    return last is None or ctx.uows.clock() - last >= AUTO_INTERVAL


def list_backups(ctx: ServiceContext) -> list[store_backup.BackupFile]:
    _sqlite_only(ctx)
    assert ctx.backup_dir is not None
    return store_backup.list_backups(ctx.backup_dir) if ctx.backup_dir.exists() else []


def restore(ctx: ServiceContext, actor: Actor, candidate: Path) -> RestoreResult:
    """Check the file first; keep the replaced database; then swap and upgrade if needed.
    Every connection of this process is closed during the swap."""
    actor.require(Permission.BACKUP_RESTORE)
    db = _sqlite_only(ctx)
    candidate = Path(candidate)
    revision = store_backup.inspect_backup(candidate)
    if not migrate.is_known(revision):
        raise DomainError("backup_too_new",
                          "Cadangan ini dibuat oleh versi Kopdes yang lebih baru; perbarui aplikasi dahulu.")
    assert ctx.backup_dir is not None
    ctx.uows.engine.dispose()
    kept = store_backup.restore_sqlite(candidate, db, ctx.backup_dir, ctx.uows.clock())
    if migrate.needs_upgrade(ctx.uows.engine):
        migrate.upgrade(ctx.uows.engine)
    with ctx.uow() as uow:
        audit.append(uow, actor.username, "backup.restore", candidate.name, {"replaced_copy": kept.name})
        uow.commit()
    return RestoreResult(candidate, kept)
