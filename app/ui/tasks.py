"""The one way slow work leaves the GUI thread.

Backups, restores, audit-chain checks and anything that hashes a PIN (Argon2 takes
~100 ms) run on a QThreadPool. Results and errors come back by a queued signal, so
the callbacks always run on the GUI thread and may touch widgets.
"""

from __future__ import annotations

import logging
import traceback
from itertools import count
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; workers emit through it so delivery is queued."""

    finished = Signal(int, bool, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[..., Any], args: tuple, kwargs: dict, relay: _Relay) -> None:
        super().__init__()
        self._id, self._fn, self._args, self._kwargs, self._relay = job_id, fn, args, kwargs, relay

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the GUI
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.finished.emit(self._id, False, exc)
        else:
            self._relay.finished.emit(self._id, True, result)


class TaskRunner(QObject):
    """Submit a callable; get `on_done(result)` or `on_error(exception)` on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # our own pool, so shutdown waits only for our work
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finish)
        self._ids = count(1)
        self._callbacks: dict[int, tuple[OnDone | None, OnError | None]] = {}

    def submit(self, fn: Callable[..., Any], *args: Any, on_done: OnDone | None = None,
               on_error: OnError | None = None, **kwargs: Any) -> int:
        job_id = next(self._ids)
        was_idle = not self._callbacks
        self._callbacks[job_id] = (on_done, on_error)
        self._pool.start(_Job(job_id, fn, args, kwargs, self._relay))
        if was_idle:
            self.busy_changed.emit(True)
        return job_id

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    @Slot(int, bool, object)
    def _finish(self, job_id: int, ok: bool, payload: object) -> None:
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        try:
            if ok and on_done is not None:
                on_done(payload)
            elif not ok:
                if on_error is not None:
                    on_error(payload)  # type: ignore[arg-type]
                else:
                    log.error("background task failed:\n%s", getattr(payload, "__traceback_text__", payload))
        finally:
            if not self._callbacks:
                self.busy_changed.emit(False)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every submitted job has finished and its callback ran.
        For shutdown and tests; the GUI itself never waits."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._callbacks and not deadline.hasExpired():
            self._pool.waitForDone(20)
            QCoreApplication.processEvents()
        return not self._callbacks
