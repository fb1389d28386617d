"""Automatic backups: once a day (checked at start and every hour) and when the main
window closes. Runs on the task runner; a failure is reported, never fatal."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.services import backups
from app.services.context import ServiceContext
from app.ui.tasks import TaskRunner

HOUR_MS = 60 * 60 * 1000


def _backup_if_due(ctx: ServiceContext) -> backups.BackupResult | None:
    if not backups.automatic_backup_due(ctx):
        return None
    return backups.backup_now(ctx, None)


class AutoBackup(QObject):
    made = Signal(object)  # BackupResult
    failed = Signal(object)  # the exception

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, *, check_every_ms: int = HOUR_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._running = False
        self.paused = False  # set while a restore swaps the database file
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        if self._ctx.sqlite_path is None:
            return  # PostgreSQL: the server's own pg_dump schedule applies
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        """Back up when the last one is a day old (or there is none)."""
        if self._running or self.paused:
            return
        self._running = True
        self._runner.submit(_backup_if_due, self._ctx, on_done=self._done, on_error=self._failed)

    def _done(self, result: backups.BackupResult | None) -> None:
        self._running = False
        if result is not None:
            self.made.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.failed.emit(exc)
