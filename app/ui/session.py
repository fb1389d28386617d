"""What every page gets: the services context, the acting user, the one task runner,
the print driver and a few app-wide events (so pages never reach for a global main window)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain.auth import Actor
from app.services.context import ServiceContext
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.ui.print_driver import PrintDriver
    from app.ui.sync_driver import SyncDriver


class SessionEvents(QObject):
    backups_changed = Signal()  # a backup was made: refresh "last backup" texts
    profile_changed = Signal()  # the cooperative's name may have changed: refresh the header
    database_replaced = Signal()  # a restore swapped the database: everyone logs in again
    restore_started = Signal()  # pause automatic backups while the file is swapped
    restore_failed = Signal()  # nothing was replaced: carry on


@dataclass
class Session:
    ctx: ServiceContext
    actor: Actor
    runner: TaskRunner
    events: SessionEvents
    # This PC's print queue sender (app/ui/print_driver.py), made by the shell at log-in;
    # None for pages built without a shell (tests) or a user who may not print.
    print_driver: PrintDriver | None = None
    # The district upload queue's sender (app/ui/sync_driver.py), made by the shell at log-in.
    sync_driver: SyncDriver | None = None
