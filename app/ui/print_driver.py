"""The print driver: one per logged-in session, it sends this PC's print jobs.

A job is queued by a service (the sale commits first); the driver picks it up on a
timer (every 2 s, or at once on `kick()`) and runs `print_worker.run_due` for this
station on its OWN single worker thread. A printer that is off can take seconds per
job to answer: that wait never reaches the GUI thread nor the session's shared task
runner, so it never holds up a sale. Only one run is in flight at a time; a kick that
arrives meanwhile runs once more right after.

After every run the driver has fresh queue counts for the status bar and emits:

    changed(QueueCounts)   the counts, the printer's address or the last error moved,
                           or a job was sent (pages refresh their job lists)
    job_failed(JobInfo)    a send failed for the first time, or a job stopped retrying
                           and now waits for the cashier (retry or cancel)

Other device work that must not run beside a print (test page, "print now",
discovery) goes through `submit`, which queues it on the same thread.

It keeps printing while the screen is idle-locked; the shell stops it on log out and
on close (waiting briefly, bounded, for a send in flight) and pauses it while a backup
is restored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.auth import Actor
from app.services import print_worker, printing
from app.services.context import ServiceContext
from app.services.printing import JobInfo, QueueCounts
from app.ui.tasks import OnDone, OnError, TaskRunner
from app.ui.widgets import error_text

if TYPE_CHECKING:
    from app.ui.session import Session

log = logging.getLogger(__name__)

INTERVAL_MS = 2_000
STOP_WAIT_MS = 3_000  # closing waits at most this long for a send in flight


@dataclass(frozen=True)
class CycleResult:
    counts: QueueCounts
    uri: str  # the station's printer address ("" = not set up: jobs wait)
    sent: tuple[JobInfo, ...]  # jobs sent in this run, with their new status


def run_cycle(ctx: ServiceContext, actor: Actor, station: str, *, recover: bool = False,
              timeout: float = print_worker.SEND_TIMEOUT_S) -> CycleResult:
    """One run of the driver (on its worker thread): put back jobs a crash left half-sent
    (first run only), send what is due, and read the counts. Nothing is written while
    nothing is due, so an idle till (or one waiting out a retry delay) takes no write lock."""
    if recover:
        print_worker.recover_interrupted(ctx.uow(), actor, station)
    counts = printing.queue_counts(ctx.reader(), actor, station)
    uri = printing.get_printer(ctx.reader(), actor, station).uri
    sent: tuple[JobInfo, ...] = ()
    if counts.due and uri:
        sent = tuple(print_worker.run_due(ctx.uow, actor, station, timeout=timeout))
        if sent:
            counts = printing.queue_counts(ctx.reader(), actor, station)
    return CycleResult(counts, uri, sent)


def worth_telling(job: JobInfo) -> bool:
    """A failure the cashier should hear about: the job's first, or the one after which
    it stops retrying by itself (not every retry of a printer that stays off)."""
    return job.status == "failed" and (job.attempts == 1 or job.next_attempt_at is None)


class PrintDriver(QObject):
    changed = Signal(object)  # QueueCounts
    job_failed = Signal(object)  # JobInfo
    finished = Signal()  # stopped, and nothing of ours is running any more

    def __init__(self, session: Session, station: str, *, interval_ms: int = INTERVAL_MS,
                 send_timeout: float = print_worker.SEND_TIMEOUT_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.station = station
        self.send_timeout = send_timeout
        self.runner = TaskRunner(self, max_threads=1)  # its own thread: never the session's runner
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.kick)
        self._started = self._stopped = self._paused = False
        self._in_flight = self._again = False
        self._recovered = self._finished = False
        self.counts: QueueCounts | None = None  # None until the first run answered
        self.printer_uri: str | None = None
        self.last_error = ""  # why the last send (or run) failed; "" once a send succeeds

    @property
    def ctx(self) -> ServiceContext:
        return self.session.ctx

    @property
    def actor(self) -> Actor:
        return self.session.actor  # read at each run: an unlock may bring a fresh actor

    # --- running -----------------------------------------------------------

    def start(self) -> None:
        if self._started or self._stopped:
            return
        self._started = True
        self._timer.start()
        self.kick()

    def kick(self) -> None:
        """Look at the queue now (e.g. right after a receipt was queued). Safe any time:
        before start, while a run is in flight, paused or after stop."""
        if not self._started or self._stopped or self._paused:
            return
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        self.runner.submit(run_cycle, self.ctx, self.actor, self.station, recover=not self._recovered,
                           timeout=self.send_timeout, on_done=self._ran, on_error=self._run_failed)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def _ran(self, result: CycleResult) -> None:
        self._in_flight = False
        self._recovered = True
        error = self.last_error
        if result.sent:
            last = result.sent[-1]
            error = last.last_error if last.status == "failed" else ""
        if not result.counts.pending:
            error = ""  # nothing waits: an old failure no longer matters
        moved = bool(result.sent) or (result.counts, result.uri, error) != (
            self.counts, self.printer_uri, self.last_error)
        self.counts, self.printer_uri, self.last_error = result.counts, result.uri, error
        if not self._stopped:
            for job in result.sent:
                if worth_telling(job):
                    self.job_failed.emit(job)
            if moved:
                self.changed.emit(result.counts)
        self._next()

    def _run_failed(self, exc: BaseException) -> None:
        self._in_flight = False
        log.warning("print driver run failed: %s", getattr(exc, "__traceback_text__", exc))
        text = error_text(exc)
        if text != self.last_error and not self._stopped:
            self.last_error = text
            self.changed.emit(self.counts or QueueCounts(0, 0))
        self._next()

    def _next(self) -> None:
        if self._stopped:
            self._finish_if_idle()
        elif self._again:
            self._again = False
            self.kick()

    # --- other device work -------------------------------------------------

    def submit(self, fn: Callable[..., Any], *args: Any, on_done: OnDone | None = None,
               on_error: OnError | None = None, **kwargs: Any) -> int:
        """Run device work (test page, print now, discovery) on the printing thread, after
        any send in flight; the queue is looked at again once it is done."""
        def done(result: Any) -> None:
            try:
                if on_done is not None:
                    on_done(result)
            finally:
                self._after_submitted()

        def failed(exc: BaseException) -> None:
            try:
                if on_error is not None:
                    on_error(exc)
            finally:
                self._after_submitted()

        return self.runner.submit(fn, *args, on_done=done, on_error=failed, **kwargs)

    def _after_submitted(self) -> None:
        if self._stopped:
            self._finish_if_idle()
        else:
            self.kick()

    # --- pausing and stopping ----------------------------------------------

    def pause(self) -> None:
        """No new runs (a restore is swapping the database); a run in flight finishes."""
        self._paused = True

    def resume(self) -> None:
        self._paused = False
        self.kick()

    def stop(self, wait_ms: int = 0) -> bool:
        """No more runs. Waits up to `wait_ms` for work in flight (its outcome is then
        recorded before the database closes); True when nothing is running any more.
        Once the last piece of work is done, `finished` is emitted and the driver deletes
        itself."""
        if self._finished:
            return True
        self._timer.stop()
        if not self._stopped:
            self._stopped = True
            self._again = False
        if wait_ms > 0 and self.runner.busy:
            self.runner.wait(wait_ms)
        self._finish_if_idle()
        return not self.runner.busy

    @property
    def stopped(self) -> bool:
        return self._stopped

    def _finish_if_idle(self) -> None:
        if not self.runner.busy and not self._finished:
            self._finished = True
            self.finished.emit()
            self.deleteLater()  # kick(), busy and stopped stay safe to call on what is left
