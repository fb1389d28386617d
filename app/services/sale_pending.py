"""Sales waiting for a QRIS payment: confirm with the reference the cashier saw on the
merchant app or soundbox (never the buyer's screenshot), or cancel.

A pending sale has its number, lines and payments but posted nothing: confirming posts
it exactly as `record_sale` would have (stock, kasbon, journal), on its own business day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.pricing import PricedLine
from app.domain.sale import PAYMENT_METHODS, QRIS, PaymentDraft, clean_reference, sale_totals
from app.services import audit, sales, stock
from app.store.models import UserRow
from app.store.models_shop import MemberRow, ProductRow, SaleLineRow, SalePaymentRow, SaleRow, ShiftRow
from app.store.uow import UnitOfWork

SHORT_REFERENCE_DAYS = 2  # last digits only: refuse the same digits again within this window


@dataclass(frozen=True)
class PendingSale:
    number: str
    at: datetime
    till: str | None
    cashier: str
    total_rp: int
    qris_rp: int  # what the buyer is to pay by QRIS
    member_no: str | None


def _pending_row(uow: UnitOfWork, number: str) -> SaleRow:
    row = sales.sale_row(uow, number)
    if row.status != "pending":
        state = {"completed": "sudah selesai", "cancelled": "sudah dibatalkan", "voided": "sudah dibatalkan"}
        raise DomainError("sale_not_pending",
                          f"Penjualan {row.number} {state.get(row.status, row.status)}, tidak menunggu QRIS.")
    return row


def _check_unused(uow: UnitOfWork, reference: str, sale_id: int, now: datetime) -> None:
    """The same payment must not pay two sales: a reference seen before is refused."""
    q = (select(SaleRow.number).join(SalePaymentRow, SalePaymentRow.sale_id == SaleRow.id)
         .where(SalePaymentRow.method == QRIS.code, SalePaymentRow.reference == reference,
                SaleRow.id != sale_id, SaleRow.status.in_(("completed", "voided"))))
    if len(reference) < 12:  # only last digits: they repeat over time, so look at recent days
        q = q.where(SalePaymentRow.confirmed_at >= now - timedelta(days=SHORT_REFERENCE_DAYS))
    other = uow.session.execute(q.limit(1)).scalar_one_or_none()
    if other is not None:
        raise DomainError("reference_used", f"Referensi QRIS {reference} sudah dipakai penjualan {other}. "
                                            "Periksa lagi di aplikasi merchant: satu pembayaran untuk satu penjualan.")


def confirm_qris(uow: UnitOfWork, actor: Actor, number: str, reference: str) -> sales.SaleResult:
    """The cashier saw the payment arrive: post the sale. Confirming again with the same
    reference returns the completed sale."""
    actor.require(Permission.SALE_SELL)
    ref = clean_reference(QRIS, reference)
    with uow:
        row = sales.sale_row(uow, number)
        payments = uow.session.execute(select(SalePaymentRow).where(SalePaymentRow.sale_id == row.id)
                                       .order_by(SalePaymentRow.id)).scalars().all()
        if row.status == "completed" and any(p.method == QRIS.code and p.reference == ref for p in payments):
            return sales.result_of(uow, row)  # a double press
        row = _pending_row(uow, number)
        _check_unused(uow, ref, row.id, uow.now())
        lines = uow.session.execute(select(SaleLineRow).where(SaleLineRow.sale_id == row.id)
                                    .order_by(SaleLineRow.line_no)).scalars().all()
        products = {p.id: p for p in uow.session.execute(
            select(ProductRow).where(ProductRow.id.in_({l.product_id for l in lines}))).scalars()}
        rows = [products[l.product_id] for l in lines]
        stock.lock(uow, rows)  # products first, then the member: the order every till uses
        member = uow.session.get(MemberRow, row.member_id) if row.member_id else None
        if member is not None:
            stock.lock(uow, [member])
        priced = [PricedLine(l.product_id, l.qty_milli, l.unit_price_rp, l.gross_rp, l.discount_rp, l.deposit_rp)
                  for l in lines]
        drafts = [PaymentDraft(p.method, p.tendered_rp if PAYMENT_METHODS[p.method].gives_change else p.amount_rp,
                               ref if p.method == QRIS.code else p.reference) for p in payments]
        totals = sale_totals(priced, drafts)
        journal_id, costs, warnings = sales.post_sale(uow, actor, row.uuid, row.number, row.business_date, member,
                                                      rows, priced, totals)
        for line, cost in zip(lines, costs):
            line.cost_rp = cost
        now = uow.now()
        for p in payments:
            if p.method == QRIS.code:
                p.reference, p.confirmed_by, p.confirmed_at = ref, actor.user_id, now
        row.status, row.journal_id = "completed", journal_id
        audit.append(uow, actor.username, "sale.qris_confirmed", row.number, {"reference": ref})
        uow.session.flush()
        result = sales.result_of(uow, row, tuple(warnings))
        uow.commit()
        return result


def cancel_pending(uow: UnitOfWork, actor: Actor, number: str, reason: str) -> sales.SaleResult:
    """The payment did not arrive (or the buyer changed their mind): the sale is cancelled,
    keeping its number so the numbering has no gap. Nothing was posted, nothing to reverse."""
    actor.require(Permission.SALE_SELL)
    reason = reason.strip()
    if not reason:
        raise DomainError("reason_required", "Tulis alasan pembatalan.")
    with uow:
        row = _pending_row(uow, number)
        row.status, row.void_reason, row.voided_by, row.voided_at = "cancelled", reason[:200], actor.user_id, uow.now()
        audit.append(uow, actor.username, "sale.qris_cancelled", row.number, {"reason": reason[:200]})
        uow.session.flush()
        result = sales.result_of(uow, row)
        uow.commit()
        return result


def list_pending(uow: UnitOfWork, actor: Actor, *, till: str | None = None) -> list[PendingSale]:
    """Sales still waiting for their QRIS payment, oldest first."""
    actor.require(Permission.SALE_VIEW)
    qris = (select(SalePaymentRow.sale_id, func.sum(SalePaymentRow.amount_rp).label("qris_rp"))
            .where(SalePaymentRow.method == QRIS.code).group_by(SalePaymentRow.sale_id).subquery())
    q = (select(SaleRow.number, SaleRow.at, ShiftRow.till, UserRow.username, SaleRow.total_rp, qris.c.qris_rp,
                MemberRow.member_no)
         .join(qris, qris.c.sale_id == SaleRow.id).join(UserRow, UserRow.id == SaleRow.cashier_id)
         .outerjoin(MemberRow, MemberRow.id == SaleRow.member_id)
         .outerjoin(ShiftRow, ShiftRow.id == SaleRow.shift_id)
         .where(SaleRow.status == "pending").order_by(SaleRow.id))
    if till:
        q = q.where(ShiftRow.till == till.strip().upper())
    with uow:
        # SUM comes back as Decimal on PostgreSQL: money here is int.
        return [PendingSale(n, at, till, who, int(total), int(qris_rp), member)
                for n, at, till, who, total, qris_rp, member in uow.session.execute(q).all()]


def pending_in_shift(uow: UnitOfWork, shift_id: int) -> list[str]:
    """Numbers of the shift's sales still waiting for QRIS (a shift cannot close over them)."""
    return list(uow.session.execute(select(SaleRow.number).where(
        SaleRow.shift_id == shift_id, SaleRow.status == "pending").order_by(SaleRow.id)).scalars())
