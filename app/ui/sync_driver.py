"""The upload driver: one per logged-in session, it delivers queued district packages.

Like the print driver (app/ui/print_driver.py), a timer (every minute, or at once on
`kick()`) runs `sync_upload.process_due` on the driver's OWN single worker thread: an
upload to a slow or absent hub can take up to a minute and never holds up the GUI or the
session's task runner. Only one run is in flight at a time; a kick meanwhile runs once more
right after. Nothing is sent while no hub URL is set (the service answers at once).

    changed(object)  a run sent something, or the queue's state moved: pages refresh

The shell stops it on log out and on close (bounded wait for an upload in flight) and
pauses it while a backup is restored.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.errors import PermissionDenied
from app.services import sync_upload
from app.services.context import ServiceContext
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_text

if TYPE_CHECKING:
    from app.ui.session import Session

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000


def run_cycle(ctx: ServiceContext, actor) -> tuple[list[sync_upload.SendResult], sync_upload.QueueState | None]:
    """One run (on the driver's thread): send what is due, then read the queue's state
    (None for a user who may not read it, e.g. a kasir whose PC delivers the packages).
    Nothing is written while nothing is due."""
    sent = sync_upload.process_due(ctx.uows, actor)
    try:
        state = sync_upload.queue_state(ctx.reader(), actor)
    except PermissionDenied:
        state = None
    return sent, state


class SyncDriver(QObject):
    changed = Signal(object)  # QueueState
    finished = Signal()  # stopped, and nothing of ours is running any more

    def __init__(self, session: Session, *, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = TaskRunner(self, max_threads=1)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.kick)
        self._started = self._stopped = self._paused = self._finished = False
        self._in_flight = self._again = False
        self.state: sync_upload.QueueState | None = None
        self.last_error = ""

    def start(self) -> None:
        if self._started or self._stopped:
            return
        self._started = True
        self._timer.start()
        self.kick()

    def kick(self) -> None:
        """Look at the queue now (after an export was queued, or "Kirim sekarang")."""
        if not self._started or self._stopped or self._paused:
            return
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        self.runner.submit(run_cycle, self.session.ctx, self.session.actor, on_done=self._ran,
                           on_error=self._run_failed)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def _ran(self, result) -> None:
        self._in_flight = False
        sent, state = result
        moved = bool(sent) or state != self.state
        self.state = state
        self.last_error = state.last_error if state is not None else ""

        if moved and not self._stopped:
            self.changed.emit(state)
        self._next()

    def _run_failed(self, exc: BaseException) -> None:
        self._in_flight = False
        log.warning("sync driver run failed: %s", getattr(exc, "__traceback_text__", exc))
        self.last_error = error_text(exc)
        self._next()

    def _next(self) -> None:
        if self._stopped:
            self._finish_if_idle()
        elif self._again:
            self._again = False
            self.kick()

    def pause(self) -> None:
        self._paused = True

    def resume(self) -> None:
        self._paused = False
        self.kick()

    def stop(self, wait_ms: int = 0) -> bool:
        if self._finished:
            return True
        self._timer.stop()
        self._stopped, self._again = True, False
        if wait_ms > 0 and self.runner.busy:
            self.runner.wait(wait_ms)
        self._finish_if_idle()
        return not self.runner.busy

    def _finish_if_idle(self) -> None:
        if not self.runner.busy and not self._finished:
            self._finished = True
            self.finished.emit()
            self.deleteLater()
