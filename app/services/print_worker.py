"""The print worker's steps: claim a job, send it with no transaction open, record the
outcome. The GUI runs `send_next` off the GUI thread on a timer; the CLI and the tests
call it directly. A job that fails is retried with backoff, then waits for the cashier.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Callable

from sqlalchemy import delete, or_, select, update

from app.devices import transports
from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.services import printing, receipts
from app.store.models_print import PrintJobRow
from app.store.uow import UnitOfWork

Send = Callable[..., None]  # transports.send(uri, data, *, timeout=...)
Uows = Callable[[], UnitOfWork]

FIRST_DELAY_S = 5
MAX_DELAY_S = 120
AUTO_ATTEMPTS = 8  # about 8 minutes of retries; then the job waits for retry or cancel
KICK_WINDOW = printing.KICK_WINDOW
SEND_TIMEOUT_S = 8.0
KEEP_FINISHED = timedelta(days=30)


def backoff(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s, … capped at 2 minutes."""
    return timedelta(seconds=min(FIRST_DELAY_S * 2 ** max(attempts - 1, 0), MAX_DELAY_S))


@dataclass(frozen=True)
class _Claimed:
    job_id: int
    uri: str
    data: bytes  # drawer kick (only on a fresh first attempt) + the job's bytes


def _take(uow: UnitOfWork, row: PrintJobRow, uri: str) -> _Claimed | None:
    """Mark the job as being sent, unless another worker took it first."""
    fresh = row.attempts == 0 and uow.now() - row.created_at <= KICK_WINDOW
    kick = row.kick_pin if fresh else None
    claimed = uow.session.execute(
        update(PrintJobRow).where(PrintJobRow.id == row.id, PrintJobRow.status == row.status)
        .values(status="sending", attempts=PrintJobRow.attempts + 1, printer_uri=uri)).rowcount
    if not claimed:
        return None
    data = printing.kick_bytes(kick) + row.payload
    uow.commit()
    return _Claimed(row.id, uri, data)


def _send(claimed: _Claimed, send: Send, timeout: float) -> DomainError | None:
    try:
        send(claimed.uri, claimed.data, timeout=timeout)
    except DomainError as e:
        return e
    except Exception as e:  # an unforeseen driver error must not kill the worker or lose the job
        return DomainError("printer_error", f"Kesalahan printer tak terduga: {e.__class__.__name__}: {e}")
    return None


def _finish(uows: Uows, job_id: int, error: DomainError | None, *, retry: bool = True) -> printing.JobInfo:
    uow = uows()
    with uow:
        row = printing.job_row(uow, job_id)
        if row.status == "sending":  # not cancelled meanwhile
            if error is None:
                row.status, row.last_error, row.next_attempt_at, row.done_at = "done", "", None, uow.now()
            else:
                row.status, row.last_error = "failed", error.message[:2000]
                # A wrong address or a missing driver will not mend itself: ask the cashier at once.
                auto = retry and row.attempts < AUTO_ATTEMPTS and getattr(error, "retryable", True)
                row.next_attempt_at = uow.now() + backoff(row.attempts) if auto else None
            row.kick_pin = None  # a drawer opens once at most
        uow.session.flush()
        uow.commit()
        return printing.info_of(uow, row)


def recover_interrupted(uow: UnitOfWork, actor: Actor, station: str) -> int:
    """Start-up housekeeping, run once when the worker starts. Jobs left 'sending' by a crash
    or power cut go back to the queue (a receipt printed twice beats one never printed), and
    finished jobs older than `KEEP_FINISHED` are deleted: a receipt's bytes are ~10 KB, years
    of them would bloat the database and every backup, and a reprint rebuilds them anyway.
    Returns how many jobs were put back."""
    actor.require(Permission.PRINT)
    with uow:
        n = uow.session.execute(
            update(PrintJobRow).where(PrintJobRow.station == station.strip().upper(), PrintJobRow.status == "sending")
            .values(status="pending", next_attempt_at=None, kick_pin=None)).rowcount
        uow.session.execute(delete(PrintJobRow).where(PrintJobRow.status.in_(("done", "cancelled")),
                                                      PrintJobRow.created_at < uow.now() - KEEP_FINISHED))
        uow.commit()
        return int(n or 0)


def _claim_next(uow: UnitOfWork, station: str) -> _Claimed | None:
    with uow:
        config = printing.config_in(uow, station)
        if not config.uri:
            return None  # no printer set up on this PC: jobs wait
        now = uow.now()
        due = or_(PrintJobRow.status == "pending",
                  (PrintJobRow.status == "failed") & (PrintJobRow.next_attempt_at <= now))
        row = uow.session.execute(
            select(PrintJobRow).where(PrintJobRow.station == config.station, due)
            .order_by(PrintJobRow.id).limit(1)).scalar_one_or_none()
        return None if row is None else _take(uow, row, config.uri)


def send_next(uows: Uows, actor: Actor, station: str, *, send: Send = transports.send,
              timeout: float = SEND_TIMEOUT_S) -> printing.JobInfo | None:
    """Send the oldest due job of this station, if any; returns it with its new status."""
    actor.require(Permission.PRINT)
    claimed = _claim_next(uows(), station)
    if claimed is None:
        return None
    return _finish(uows, claimed.job_id, _send(claimed, send, timeout))


def run_due(uows: Uows, actor: Actor, station: str, *, send: Send = transports.send,
            timeout: float = SEND_TIMEOUT_S, limit: int = 50) -> list[printing.JobInfo]:
    """Send every job that is due now (stops at the first failure: the printer is likely down)."""
    done = []
    for _ in range(limit):
        job = send_next(uows, actor, station, send=send, timeout=timeout)
        if job is None:
            break
        done.append(job)
        if job.status == "failed":
            break
    return done


def send_now(uows: Uows, actor: Actor, job_id: int, *, uri: str | None = None, send: Send = transports.send,
             timeout: float = SEND_TIMEOUT_S) -> printing.JobInfo:
    """Send one job at once (CLI `kopdes receipt`, "print now" on the jobs page), to another
    printer when `uri` is given. A failure leaves it queued for the worker, and is raised."""
    actor.require(Permission.PRINT)
    uow = uows()
    with uow:
        row = printing.job_row(uow, job_id)
        if row.status not in ("pending", "failed"):
            raise DomainError("job_not_sendable",
                              f"Tugas cetak #{job_id} berstatus {printing.STATUS_LABELS[row.status].lower()}.")
        target = uri.strip() if uri else printing.config_in(uow, row.station).uri
        if uri:
            transports.parse_uri(target)
        if not target:
            raise DomainError("no_printer", f"Printer belum diatur untuk {row.station}; tugas tetap di antrean.")
        claimed = _take(uow, row, target)
    if claimed is None:
        raise DomainError("job_busy", f"Tugas cetak #{job_id} sedang dikirim oleh kasir lain.")
    info = _finish(uows, job_id, error := _send(claimed, send, timeout))
    if error is not None:
        raise error
    return info


def test_printer(uows: Uows, actor: Actor, station: str, uri: str | None = None, *, width_mm: int | None = None,
                 send: Send = transports.send, timeout: float = 4.0) -> printing.JobInfo:
    """Print the test page now (not queued: whoever sets up the printer wants the answer at
    once) and keep it in the job list with its outcome. Raises the printer's error."""
    actor.require(Permission.PRINT)
    uow = uows()
    with uow:
        config = printing.config_in(uow, station)
        if uri is not None or width_mm is not None:
            config = printing.check_config(replace(config, uri=config.uri if uri is None else uri,
                                                   width_mm=width_mm or config.width_mm))
        if not config.uri:
            raise DomainError("no_printer", "Printer belum diatur untuk komputer ini.")
        slip = receipts.test_page(printing.header_in(uow), config.uri, config.width_mm, config.width.columns,
                                  uow.now())
        row = printing.enqueue_in(uow, actor.user_id, config, "test", "", "Halaman uji printer", slip)
        claimed = _take(uow, row, config.uri)
    assert claimed is not None  # a job made just now in our own transaction
    info = _finish(uows, claimed.job_id, error := _send(claimed, send, timeout), retry=False)
    if error is not None:
        raise error
    return info
