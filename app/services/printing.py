"""Printing: each PC's printer, and print jobs kept in the database.

A print is never done inside a sale's transaction: the sale commits first, then a job
holding the exact ESC/POS bytes is queued, and the worker (`print_worker`) sends it
off the GUI thread. A printer that is off loses nothing: the job waits, fails with its
reason, retries, and can be retried, cancelled or reprinted by the cashier.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from uuid import UUID, uuid4

from sqlalchemy import func, select

from app.devices import escpos_preview
from app.devices.escpos_render import PrinterProfile, drawer_kick, to_escpos
from app.devices import transports
from app.devices.transports import parse_uri
from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, NotFound
from app.domain.slip import Slip, Width, layout
from app.services import audit, profile, receipts, sales, settings, shifts
from app.store.models import UserRow
from app.store.models_print import PrinterRow, PrintJobRow
from app.store.models_shop import ProductRow, SaleLineRow
from app.store.uow import UnitOfWork

KIND_LABELS = {"receipt": "Struk", "reprint": "Struk salinan", "shift_report": "Laporan shift",
               "slip": "Slip", "lpg_slip": "Bukti LPG", "test": "Halaman uji"}
STATUS_LABELS = {"pending": "Menunggu", "sending": "Mencetak", "done": "Selesai", "failed": "Gagal",
                 "cancelled": "Dibatalkan"}


@dataclass(frozen=True)
class PrinterConfig:
    station: str
    uri: str = ""  # "" = no printer set up yet: jobs wait in the queue
    width_mm: int = 58
    has_cutter: bool = False
    native_qr: bool = False
    drawer_pin: int | None = None
    auto_receipt: bool = True

    @property
    def width(self) -> Width:
        return Width(self.width_mm)

    @property
    def profile(self) -> PrinterProfile:
        return PrinterProfile(self.width, self.has_cutter, self.native_qr)


@dataclass(frozen=True)
class JobInfo:
    id: int
    uuid: str
    station: str
    kind: str
    ref: str
    title: str
    status: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    printer_uri: str
    created_at: datetime
    created_by: str | None
    done_at: datetime | None
    size_bytes: int

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def status_label(self) -> str:
        if self.status == "failed" and self.next_attempt_at is not None:
            return "Gagal, dicoba lagi"
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class QueueCounts:
    pending: int  # waiting or being sent (including failed ones that will be retried)
    failed: int  # failed and waiting for the cashier (retry or cancel)
    due: int = 0  # may be sent right now: a worker with nothing due need not take the write lock


@dataclass(frozen=True)
class Preview:
    png: bytes
    text_lines: tuple[str, ...]
    width_dots: int


ACCEPTED_FORMS = transports.ACCEPTED_FORMS  # the printer address forms, for help texts
DiscoveryResult, FoundPrinter = transports.DiscoveryResult, transports.FoundPrinter
KICK_WINDOW = timedelta(minutes=2)  # the drawer opens only while the customer is still there


def check_uri(uri: str) -> str:
    """The canonical form of a printer address; a DomainError `bad_uri` says what is wrong."""
    return parse_uri(uri).uri


def discover_printers() -> transports.DiscoveryResult:
    """USB, serial, CUPS and Windows printers this PC can see, and notes on what it could not look at."""
    return transports.discover()


def _station(station: str) -> str:
    name = station.strip().upper()
    if not name or len(name) > 30:
        raise DomainError("bad_station", "Nama kasir/komputer harus 1-30 karakter.")
    return name


def config_in(uow: UnitOfWork, station: str) -> PrinterConfig:
    row = uow.session.get(PrinterRow, _station(station))
    if row is None:
        return PrinterConfig(_station(station))
    return PrinterConfig(row.station, row.uri, row.width_mm, row.has_cutter, row.native_qr, row.drawer_pin,
                         row.auto_receipt)


def get_printer(uow: UnitOfWork, actor: Actor, station: str) -> PrinterConfig:
    actor.require(Permission.PRINT)
    with uow:
        return config_in(uow, station)


def check_config(config: PrinterConfig) -> PrinterConfig:
    config = replace(config, station=_station(config.station), uri=config.uri.strip())
    if config.uri:
        parse_uri(config.uri)  # PrinterError (a DomainError) names what is wrong with it
    if config.width_mm not in (58, 80):
        raise DomainError("bad_width", "Lebar kertas harus 58 atau 80 mm.")
    if config.drawer_pin not in (None, 2, 5):
        raise DomainError("bad_drawer_pin", "Pin laci kas harus 2 atau 5 (atau tanpa laci).")
    return config


def save_printer(uow: UnitOfWork, actor: Actor, config: PrinterConfig) -> PrinterConfig:
    actor.require(Permission.PRINTER_SETUP)
    config = check_config(config)
    with uow:
        row = uow.session.get(PrinterRow, config.station) or PrinterRow(station=config.station)
        before = config_in(uow, config.station)
        row.uri, row.width_mm, row.has_cutter = config.uri, config.width_mm, config.has_cutter
        row.native_qr, row.drawer_pin, row.auto_receipt = config.native_qr, config.drawer_pin, config.auto_receipt
        uow.session.add(row)
        audit.append(uow, actor.username, "printer.saved", config.station,
                     {"before": before.__dict__, "after": config.__dict__})
        uow.commit()
    return config


def render(slip: Slip, config: PrinterConfig) -> bytes:
    return to_escpos(layout(slip, config.width.columns), config.profile)


def enqueue_in(uow: UnitOfWork, created_by: int | None, config: PrinterConfig, kind: str, ref: str, title: str,
               slip: Slip, *, uuid: UUID | None = None) -> PrintJobRow:
    """Queue a slip for the station's printer, inside the caller's transaction."""
    row = PrintJobRow(uuid=str(uuid or uuid4()), station=config.station, kind=kind, ref=ref[:60],
                      title=title[:120], payload=render(slip, config), status="pending", attempts=0,
                      kick_pin=config.drawer_pin if slip.kick_drawer else None, last_error="",
                      printer_uri="", created_at=uow.now(), created_by=created_by)
    uow.session.add(row)
    uow.session.flush()
    return row


def _existing(uow: UnitOfWork, uuid: UUID | None) -> PrintJobRow | None:
    if uuid is None:
        return None
    return uow.session.execute(select(PrintJobRow).where(PrintJobRow.uuid == str(uuid))).scalar_one_or_none()


def header_in(uow: UnitOfWork) -> receipts.Header:
    return receipts.Header(profile.require(uow), profile.outlet_zone(uow))


def _receipt_slip(uow: UnitOfWork, number: str, copy: bool) -> tuple[sales.SaleResult, Slip]:
    sale = sales.result_of(uow, sales.sale_row(uow, number))
    slip = receipts.sale_receipt(sale, header_in(uow), settings.get(uow, "receipt.footer"),
                                 copy_at=uow.now() if copy else None)
    if uow.now() - sale.at > KICK_WINDOW:  # an old sale's receipt: nobody is at the drawer
        slip = replace(slip, kick_drawer=False)
    return sale, slip


def print_receipt(uow: UnitOfWork, actor: Actor, station: str, sale_no: str, *, copy: bool = False,
                  uuid: UUID | None = None) -> JobInfo:
    """Queue the receipt of a committed sale; `copy` prints a SALINAN and is audited."""
    actor.require(Permission.PRINT)
    with uow:
        if (row := _existing(uow, uuid)) is not None:
            return info_of(uow, row)
        sale, slip = _receipt_slip(uow, sale_no, copy)
        config = config_in(uow, station)
        kind = "reprint" if copy else "receipt"
        row = enqueue_in(uow, actor.user_id, config, kind, sale.number,
                         f"{'Salinan struk' if copy else 'Struk'} {sale.number}", slip, uuid=uuid)
        if copy:
            audit.append(uow, actor.username, "receipt.reprint", sale.number, {"station": config.station})
        uow.commit()
        return info_of(uow, row)


def after_sale(uow: UnitOfWork, actor: Actor, station: str, sale_no: str) -> tuple[JobInfo, ...]:
    """What the till prints once a sale has committed: the receipt (unless this PC prints
    receipts only on request) and, for LPG 3 kg when enabled, the buyer's slip."""
    actor.require(Permission.PRINT)
    with uow:
        config = config_in(uow, station)
        sale, slip = _receipt_slip(uow, sale_no, False)
        jobs = []
        if config.auto_receipt:
            jobs.append(enqueue_in(uow, actor.user_id, config, "receipt", sale.number, f"Struk {sale.number}", slip))
        cylinders = _subsidised_milli(uow, sale.number)
        if cylinders and settings.get(uow, "receipt.lpg_slip"):
            jobs.append(enqueue_in(uow, actor.user_id, config, "lpg_slip", sale.number, f"Bukti LPG {sale.number}",
                                   receipts.lpg_slip(sale, header_in(uow), cylinders)))
        uow.commit()
        return tuple(info_of(uow, j) for j in jobs)


def _subsidised_milli(uow: UnitOfWork, number: str) -> int:
    sale_id = sales.sale_row(uow, number).id
    return int(uow.session.execute(
        select(func.coalesce(func.sum(SaleLineRow.qty_milli), 0)).join(ProductRow, ProductRow.id == SaleLineRow.product_id)
        .where(SaleLineRow.sale_id == sale_id, ProductRow.subsidized.is_(True))).scalar_one())


def print_lpg_slip(uow: UnitOfWork, actor: Actor, station: str, sale_no: str) -> JobInfo:
    actor.require(Permission.PRINT)
    with uow:
        sale = sales.result_of(uow, sales.sale_row(uow, sale_no))
        cylinders = _subsidised_milli(uow, sale.number)
        if not cylinders:
            raise DomainError("not_lpg", f"Penjualan {sale.number} tidak berisi LPG bersubsidi.")
        row = enqueue_in(uow, actor.user_id, config_in(uow, station), "lpg_slip", sale.number,
                         f"Bukti LPG {sale.number}", receipts.lpg_slip(sale, header_in(uow), cylinders))
        uow.commit()
        return info_of(uow, row)


def print_shift_report(uow: UnitOfWork, actor: Actor, station: str, shift_no: str) -> JobInfo:
    actor.require(Permission.PRINT)
    report = shifts.report(uow, actor, shift_no)  # its own read: permission and not-found checks
    labels = {code: m.label for code, m in sales.PAYMENT_METHODS.items()}
    with uow:
        blind = report.status == "open" and not actor.can(Permission.SHIFT_APPROVE)
        slip = receipts.shift_report_slip(report, header_in(uow), labels, blind=blind)
        title = f"Laporan {'Z' if report.status == 'closed' else 'X'} {report.number}"
        row = enqueue_in(uow, actor.user_id, config_in(uow, station), "shift_report", report.number, title, slip)
        uow.commit()
        return info_of(uow, row)


def print_document_in(uow: UnitOfWork, actor: Actor, station: str, ref: str, title: str, slip: Slip) -> JobInfo:
    """For other services (savings, loans): queue their slip inside their own transaction,
    so the movement and its slip commit together."""
    actor.require(Permission.PRINT)
    return info_of(uow, enqueue_in(uow, actor.user_id, config_in(uow, station), "slip", ref, title, slip))


def info_of(uow: UnitOfWork, row: PrintJobRow) -> JobInfo:
    who = uow.session.get(UserRow, row.created_by).username if row.created_by else None
    return JobInfo(row.id, row.uuid, row.station, row.kind, row.ref, row.title, row.status, row.attempts,
                   row.next_attempt_at, row.last_error, row.printer_uri, row.created_at, who, row.done_at,
                   len(row.payload))


def get_job(uow: UnitOfWork, actor: Actor, job_id: int) -> JobInfo:
    actor.require(Permission.PRINT)
    with uow:
        return info_of(uow, job_row(uow, job_id))


def job_row(uow: UnitOfWork, job_id: int) -> PrintJobRow:
    row = uow.session.get(PrintJobRow, job_id)
    if row is None:
        raise NotFound("job_not_found", f"Tugas cetak #{job_id} tidak ditemukan.")
    return row


def list_jobs(uow: UnitOfWork, actor: Actor, *, station: str | None = None, status: str | None = None,
              ref: str | None = None, limit: int = 200, offset: int = 0) -> list[JobInfo]:
    actor.require(Permission.PRINT)
    q = select(PrintJobRow)
    if station:
        q = q.where(PrintJobRow.station == _station(station))
    if status:
        q = q.where(PrintJobRow.status == status)
    if ref:
        q = q.where(PrintJobRow.ref == ref.strip().upper())
    with uow:
        rows = uow.session.execute(q.order_by(PrintJobRow.id.desc()).limit(limit).offset(offset)).scalars().all()
        return [info_of(uow, r) for r in rows]


def count_jobs(uow: UnitOfWork, actor: Actor, *, station: str | None = None, status: str | None = None) -> int:
    actor.require(Permission.PRINT)
    q = select(func.count()).select_from(PrintJobRow)
    if station:
        q = q.where(PrintJobRow.station == _station(station))
    if status:
        q = q.where(PrintJobRow.status == status)
    with uow:
        return int(uow.session.execute(q).scalar_one())


def queue_counts(uow: UnitOfWork, actor: Actor, station: str) -> QueueCounts:
    """For the status bar: jobs on their way, and jobs that need the cashier."""
    actor.require(Permission.PRINT)
    mine = select(func.count()).select_from(PrintJobRow).where(PrintJobRow.station == _station(station))
    failed = PrintJobRow.status == "failed"
    with uow:
        pending = uow.session.execute(mine.where(
            PrintJobRow.status.in_(("pending", "sending")) | (failed & PrintJobRow.next_attempt_at.is_not(None)))
        ).scalar_one()
        # A failed test page was answered on the spot: it does not wait for anyone.
        stuck = uow.session.execute(mine.where(failed, PrintJobRow.next_attempt_at.is_(None),
                                               PrintJobRow.kind != "test")).scalar_one()
        due = uow.session.execute(mine.where(
            (PrintJobRow.status == "pending") | (failed & (PrintJobRow.next_attempt_at <= uow.now())))).scalar_one()
    return QueueCounts(int(pending), int(stuck), int(due))


def retry(uow: UnitOfWork, actor: Actor, job_id: int) -> JobInfo:
    actor.require(Permission.PRINT)
    with uow:
        row = job_row(uow, job_id)
        if row.status not in ("failed", "cancelled", "pending"):
            raise DomainError("job_not_retryable", f"Tugas cetak #{job_id} sudah {STATUS_LABELS[row.status].lower()}; "
                                                   "untuk mencetak lagi gunakan cetak ulang.")
        row.status, row.next_attempt_at, row.kick_pin = "pending", None, None  # no drawer kick on a late retry
        uow.session.flush()
        uow.commit()
        return info_of(uow, row)


def cancel(uow: UnitOfWork, actor: Actor, job_id: int) -> JobInfo:
    actor.require(Permission.PRINT)
    with uow:
        row = job_row(uow, job_id)
        if row.status not in ("pending", "failed"):
            raise DomainError("job_not_cancellable",
                              f"Tugas cetak #{job_id} sudah {STATUS_LABELS[row.status].lower()}, tidak bisa dibatalkan.")
        row.status, row.next_attempt_at = "cancelled", None
        audit.append(uow, actor.username, "print.cancelled", row.ref or f"#{row.id}", {"job": row.id, "kind": row.kind})
        uow.session.flush()
        uow.commit()
        return info_of(uow, row)


def _preview(data: bytes, width_dots: int) -> Preview:
    image = escpos_preview.render(data, width_dots)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return Preview(buf.getvalue(), tuple(escpos_preview.decode(data).text_lines()), width_dots)


def job_preview(uow: UnitOfWork, actor: Actor, job_id: int) -> Preview:
    """The job as it prints: decoded from its very bytes."""
    actor.require(Permission.PRINT)
    with uow:
        row = job_row(uow, job_id)
        width = config_in(uow, row.station).width
        data = row.payload
    return _preview(data, width.dots if len(data) else 384)


def receipt_preview(uow: UnitOfWork, actor: Actor, station: str, sale_no: str, *, copy: bool = False) -> Preview:
    """A receipt as it would print on this station's paper, without queueing anything."""
    actor.require(Permission.PRINT)
    with uow:
        _, slip = _receipt_slip(uow, sale_no, copy)
        config = config_in(uow, station)
    return _preview(render(slip, config), config.width.dots)


def job_bytes(uow: UnitOfWork, actor: Actor, job_id: int) -> tuple[bytes, int | None]:
    """(payload, drawer pin to kick first or None) — what the worker sends."""
    actor.require(Permission.PRINT)
    with uow:
        row = job_row(uow, job_id)
        return row.payload, row.kick_pin


def kick_bytes(pin: int | None) -> bytes:
    return drawer_kick(pin) if pin else b""
