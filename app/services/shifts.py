"""Cashier shifts: open with a float, cash in/out, X report any time, blind close (Z).

A shift belongs to the business day it opened on, even when it runs past midnight."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import bindparam, func, select

from app.domain.auth import Actor, Permission
from app.domain.cash import count_total
from app.domain.errors import DomainError, NotFound, PermissionDenied
from app.domain.fmt import rupiah
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.numbering import doc_number
from app.services import audit, ledger, profile, settings
from app.store.counters import next_doc_seq
from app.store.models import UserRow
from app.store.models_shop import CashMoveRow, SalePaymentRow, SaleReturnRow, SaleRow, ShiftRow
from app.store.uow import UnitOfWork

CASH, SHORTAGE, SURPLUS = "1101", "5210", "4901"
MAX_FLOAT_RP = 100_000_000


@dataclass(frozen=True)
class ShiftReport:
    number: str
    till: str
    status: str
    business_date: date
    opened_by: str
    opened_at: datetime
    opening_float_rp: int
    sales_count: int
    sales_total_rp: int
    by_method: tuple[tuple[str, int], ...]  # (method, amount)
    voided_count: int
    voided_total_rp: int
    returns_count: int
    cash_refunds_rp: int
    cash_in_rp: int
    cash_out_rp: int
    expected_cash_rp: int
    closed_at: datetime | None = None
    closed_by: str | None = None
    counted_cash_rp: int | None = None
    denominations: tuple[tuple[int, int], ...] = ()

    @property
    def difference_rp(self) -> int | None:
        return None if self.counted_cash_rp is None else self.counted_cash_rp - self.expected_cash_rp


_OPEN_ON_TILL = select(ShiftRow).where(ShiftRow.till == bindparam("till"), ShiftRow.status == "open")


def open_row(uow: UnitOfWork, till: str) -> ShiftRow | None:
    return uow.session.execute(_OPEN_ON_TILL, {"till": till}).scalar_one_or_none()  # built once: every sale asks


def require_open(uow: UnitOfWork, till: str) -> ShiftRow:
    row = open_row(uow, till)
    if row is None:
        raise DomainError("no_shift", f"Belum ada shift terbuka di {till}. Buka shift dahulu.")
    return row


def open_shift(uow: UnitOfWork, actor: Actor, till: str, opening_float_rp: int, *, uuid: UUID) -> ShiftReport:
    actor.require(Permission.SHIFT_RUN)
    if isinstance(opening_float_rp, bool) or not isinstance(opening_float_rp, int) or \
            not 0 <= opening_float_rp <= MAX_FLOAT_RP:
        raise DomainError("bad_float", "Modal awal laci harus rupiah bulat, 0 sampai Rp100.000.000.")
    till = till.strip().upper() or "KASIR-1"
    with uow:
        same = uow.session.execute(select(ShiftRow).where(ShiftRow.uuid == str(uuid))).scalar_one_or_none()
        if same is not None:
            return _report(uow, same)
        if open_row(uow, till) is not None:
            raise DomainError("shift_open", f"Shift di {till} masih terbuka; tutup dahulu.")
        day = profile.business_date(uow)
        row = ShiftRow(uuid=str(uuid), number=doc_number("SF", day, next_doc_seq(uow.session, "SF", day)),
                       till=till, status="open", business_date=day, opened_by=actor.user_id, opened_at=uow.now(),
                       opening_float_rp=opening_float_rp, denominations="{}")
        uow.session.add(row)
        uow.session.flush()
        audit.append(uow, actor.username, "shift.open", row.number, {"till": till, "float_rp": opening_float_rp})
        report = _report(uow, row)
        uow.commit()
        return report


def cash_move(uow: UnitOfWork, actor: Actor, till: str, amount_rp: int, account: str, memo: str, *,
              uuid: UUID) -> ShiftReport:
    """Money out of the drawer (negative, e.g. transport to 5204) or in (positive)."""
    actor.require(Permission.SHIFT_RUN)
    if isinstance(amount_rp, bool) or not isinstance(amount_rp, int) or amount_rp == 0 or abs(amount_rp) > MAX_FLOAT_RP:
        raise DomainError("bad_amount", "Jumlah kas masuk/keluar harus rupiah bulat, bukan nol.")
    if not memo.strip():
        raise DomainError("memo_required", "Keterangan kas masuk/keluar wajib diisi.")
    if account == CASH:
        raise DomainError("bad_account", "Pilih akun lawan selain Kas.")
    with uow:
        shift = require_open(uow, till.strip().upper())
        if uow.session.execute(select(CashMoveRow.id).where(CashMoveRow.uuid == str(uuid))).first():
            return _report(uow, shift)
        prefix = "KM" if amount_rp > 0 else "KK"
        day = shift.business_date
        number = doc_number(prefix, day, next_doc_seq(uow.session, prefix, day))
        amount = abs(amount_rp)
        lines = ((LineDraft(CASH, debit_rp=amount), LineDraft(account, credit_rp=amount)) if amount_rp > 0 else
                 (LineDraft(account, debit_rp=amount), LineDraft(CASH, credit_rp=amount)))
        journal = ledger.post_in(uow, actor.user_id, actor.username,
                                 JournalDraft(uuid, day, f"{memo.strip()} ({shift.number})", lines, doc_type=prefix),
                                 number=number)
        uow.session.add(CashMoveRow(uuid=str(uuid), shift_id=shift.id, amount_rp=amount_rp, account_code=account,
                                    memo=memo.strip()[:200], at=uow.now(), user_id=actor.user_id,
                                    journal_id=journal.id))
        uow.session.flush()
        report = _report(uow, shift)
        uow.commit()
        return report


def current(uow: UnitOfWork, actor: Actor, till: str) -> ShiftReport | None:
    """The X report of the open shift (None when the till has none). A read: anyone who
    may see sales may see it."""
    actor.require(Permission.SALE_VIEW)
    with uow:
        row = open_row(uow, till.strip().upper())
        return _report(uow, row) if row else None


def report(uow: UnitOfWork, actor: Actor, number: str) -> ShiftReport:
    actor.require(Permission.SALE_VIEW)
    with uow:
        row = uow.session.execute(select(ShiftRow).where(ShiftRow.number == number.strip().upper())).scalar_one_or_none()
        if row is None:
            raise NotFound("shift_not_found", f"Shift {number} tidak ditemukan.")
        return _report(uow, row)


def close_shift(uow: UnitOfWork, actor: Actor, till: str, *, counts: dict[int, int] | None = None,
                counted_rp: int | None = None, approver: Actor | None = None) -> ShiftReport:
    """Blind close: the cashier's count goes in before the expected amount is shown.
    A difference above the setting needs a pengurus; any difference is posted."""
    actor.require(Permission.SHIFT_RUN)
    if counts is not None:
        counted_rp = count_total(counts)
    if isinstance(counted_rp, bool) or not isinstance(counted_rp, int) or counted_rp < 0:
        raise DomainError("bad_count", "Hasil hitung kas harus rupiah bulat, tidak negatif.")
    with uow:
        row = require_open(uow, till.strip().upper())
        waiting = uow.session.execute(select(SaleRow.number).where(
            SaleRow.shift_id == row.id, SaleRow.status == "pending").order_by(SaleRow.id)).scalars().all()
        if waiting:
            raise DomainError("qris_pending", "Masih ada penjualan menunggu pembayaran QRIS: "
                                              f"{', '.join(waiting)}. Konfirmasi atau batalkan dahulu.")
        expected = _report(uow, row).expected_cash_rp
        diff = counted_rp - expected
        limit = settings.get(uow, "shift.max_difference_rp")
        if abs(diff) > limit:
            if approver is None:
                raise DomainError("approval_required",
                                  f"Selisih kas melebihi {rupiah(limit)}: perlu persetujuan pengurus.")
            if not approver.can(Permission.SHIFT_APPROVE):
                raise PermissionDenied(f"{approver.username} tidak berwenang menyetujui selisih kas.")
            row.approved_by = approver.user_id
        if diff:
            amount = abs(diff)
            lines = ((LineDraft(CASH, debit_rp=amount), LineDraft(SURPLUS, credit_rp=amount, memo="Kas lebih"))
                     if diff > 0 else
                     (LineDraft(SHORTAGE, debit_rp=amount, memo="Kas kurang"), LineDraft(CASH, credit_rp=amount)))
            ledger.post_in(uow, actor.user_id, actor.username,
                           JournalDraft(UUID(row.uuid), row.business_date, f"Selisih kas {row.number}", lines,
                                        doc_type="SF"), number=row.number)
        row.status, row.closed_by, row.closed_at = "closed", actor.user_id, uow.now()
        row.expected_cash_rp, row.counted_cash_rp = expected, counted_rp
        row.denominations = json.dumps({str(k): v for k, v in sorted((counts or {}).items())})
        audit.append(uow, actor.username, "shift.close", row.number,
                     {"expected_rp": expected, "counted_rp": counted_rp, "difference_rp": diff,
                      "approved_by": approver.username if approver and row.approved_by else None})
        uow.session.flush()
        result = _report(uow, row)
        uow.commit()
        return result


def _report(uow: UnitOfWork, row: ShiftRow) -> ShiftReport:
    s = uow.session
    names = dict(s.execute(select(UserRow.id, UserRow.username)).all())
    sales = s.execute(select(SaleRow.status, func.count(SaleRow.id), func.coalesce(func.sum(SaleRow.total_rp), 0))
                      .where(SaleRow.shift_id == row.id).group_by(SaleRow.status)).all()
    by_status = {status: (n, int(total)) for status, n, total in sales}
    methods = defaultdict(int)
    for method, amount in s.execute(
            select(SalePaymentRow.method, func.sum(SalePaymentRow.amount_rp))
            .join(SaleRow, SaleRow.id == SalePaymentRow.sale_id)
            .where(SaleRow.shift_id == row.id, SaleRow.status == "completed").group_by(SalePaymentRow.method)):
        methods[method] = int(amount)
    returns = s.execute(select(func.count(SaleReturnRow.id),
                               func.coalesce(func.sum(SaleReturnRow.total_rp), 0))
                        .where(SaleReturnRow.shift_id == row.id, SaleReturnRow.refund_method == "cash")).one()
    returns_all = s.execute(select(func.count(SaleReturnRow.id)).where(SaleReturnRow.shift_id == row.id)).scalar_one()
    moves = s.execute(select(CashMoveRow.amount_rp).where(CashMoveRow.shift_id == row.id)).scalars().all()
    cash_in = sum(m for m in moves if m > 0)
    cash_out = -sum(m for m in moves if m < 0)
    expected = row.opening_float_rp + methods.get("cash", 0) - int(returns[1]) + cash_in - cash_out
    if row.status == "closed" and row.expected_cash_rp is not None:
        expected = row.expected_cash_rp  # as it stood at closing
    done = by_status.get("completed", (0, 0))
    voided = by_status.get("voided", (0, 0))
    return ShiftReport(
        row.number, row.till, row.status, row.business_date, names.get(row.opened_by, "?"), row.opened_at,
        row.opening_float_rp, done[0], done[1], tuple(sorted(methods.items())), voided[0], voided[1],
        returns_all, int(returns[1]), cash_in, cash_out, expected, row.closed_at,
        names.get(row.closed_by) if row.closed_by else None, row.counted_cash_rp,
        tuple(sorted((int(k), v) for k, v in json.loads(row.denominations or "{}").items())))
