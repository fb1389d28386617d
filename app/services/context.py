"""What the composition root hands to the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.store.uow import UnitOfWork, UnitOfWorkFactory


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class ServiceContext:
    uows: UnitOfWorkFactory
    db_label: str  # what the status bar shows: a file path or a redacted URL
    sqlite_path: Path | None  # None on PostgreSQL
    backup_dir: Path | None

    def uow(self) -> UnitOfWork:
        return self.uows()

    def reader(self) -> UnitOfWork:
        return self.uows.reader()

    def close(self) -> None:
        self.uows.engine.dispose()
