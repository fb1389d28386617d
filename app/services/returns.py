"""Returns (some lines of a past sale) and voids (a whole sale of the open shift).
Both need a pengurus (their own login or a PIN override), a reason, and are audited."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID, uuid5

from sqlalchemy import func, select

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, PermissionDenied
from app.domain.ledger import JournalDraft, LineDraft, reversal_draft
from app.domain.numbering import doc_number
from app.domain.pricing import round_half_up
from app.domain.sale import PAYMENT_METHODS, return_journal_lines
from app.domain.stock import put_back, returned_cost
from app.services import audit, ledger, members, profile, shifts, stock
from app.services.catalogue import row_by_barcode
from app.store.counters import next_doc_seq
from app.store.models import JournalLineRow, JournalRow
from app.store.models_qris import QrisSettlementLineRow
from app.store.models_shop import (MemberRow, ProductRow, SaleLineRow, SalePaymentRow, SaleReturnLineRow, SaleReturnRow,
                                   ShiftRow)
from app.store.uow import UnitOfWork


def returned_by_line(uow: UnitOfWork, line_ids: list[int]) -> dict[int, int]:
    if not line_ids:
        return {}
    return {lid: int(q) for lid, q in uow.session.execute(
        select(SaleReturnLineRow.sale_line_id, func.sum(SaleReturnLineRow.qty_milli))
        .where(SaleReturnLineRow.sale_line_id.in_(line_ids)).group_by(SaleReturnLineRow.sale_line_id))}


def _authorised(actor: Actor, approver: Actor | None, permission: Permission, reason: str) -> Actor:
    if not reason.strip():
        raise DomainError("reason_required", "Alasan wajib diisi.")
    for who in (actor, approver):
        if who is not None and who.can(permission):
            return who
    raise PermissionDenied("Perlu persetujuan pengurus (PIN) untuk tindakan ini.")


def void_sale(uow: UnitOfWork, actor: Actor, number: str, reason: str, *, approver: Actor | None = None,
              uuid: UUID) -> None:
    """Cancel a sale of a still-open shift: its journal is reversed, stock comes back."""
    from app.services.sales import sale_row

    who = _authorised(actor, approver, Permission.SALE_VOID, reason)
    with uow:
        sale = sale_row(uow, number)
        if uow.session.execute(select(JournalRow.id).where(JournalRow.uuid == str(uuid))).first():
            return  # the same void again: already done
        if sale.status in ("voided", "cancelled"):
            raise DomainError("already_voided", f"{sale.number} sudah dibatalkan.")
        if sale.status == "pending":
            raise DomainError("sale_pending", f"{sale.number} masih menunggu pembayaran QRIS: konfirmasi atau "
                                              "batalkan dari daftar QRIS menunggu.")
        shift = uow.session.get(ShiftRow, sale.shift_id) if sale.shift_id else None
        if shift is None or shift.status != "open":
            raise DomainError("void_closed_shift", f"{sale.number} bukan dari shift yang masih terbuka; "
                                                   "gunakan retur.")
        settled = uow.session.execute(
            select(QrisSettlementLineRow.id).join(SalePaymentRow, SalePaymentRow.id == QrisSettlementLineRow.payment_id)
            .where(SalePaymentRow.sale_id == sale.id).limit(1)).first()
        if settled:  # the money is in the bank: undoing the sale is a return with a refund
            raise DomainError("void_after_settlement", f"Pembayaran QRIS {sale.number} sudah masuk rekening bank "
                                                       "(settle); gunakan retur.")
        if returned_by_line(uow, _line_ids(uow, sale.id)):
            raise DomainError("void_after_return", f"{sale.number} sudah ada returnya; gunakan retur untuk sisanya.")
        original = uow.session.get(JournalRow, sale.journal_id)
        lines = uow.session.execute(select(JournalLineRow).where(JournalLineRow.journal_id == original.id)
                                    .order_by(JournalLineRow.line_no)).scalars()
        draft = reversal_draft([LineDraft(l.account_code, l.debit_rp, l.credit_rp, l.memo) for l in lines],
                               uuid=uuid, on=profile.business_date(uow), original_number=sale.number,
                               reason=f"batal: {reason.strip()}")
        ledger.post_in(uow, actor.user_id, actor.username, draft, reverses_id=original.id)
        correction = 0
        sale_lines = uow.session.execute(select(SaleLineRow).where(SaleLineRow.sale_id == sale.id)).scalars().all()
        stock.lock(uow, [uow.session.get(ProductRow, l.product_id) for l in sale_lines])
        moves = stock.Movements(uow, "void", sale.number, sale.business_date, "Batal penjualan")
        for line in sale_lines:
            row = uow.session.get(ProductRow, line.product_id)
            move = put_back(stock.position(row), line.qty_milli, line.cost_rp)
            moves.apply(row, move)
            correction += move.value_rp - line.cost_rp
        moves.write()
        if correction:  # goods came back onto negative stock: settle the value difference in HPP
            amount = abs(correction)
            lines = ((LineDraft("1108", debit_rp=amount), LineDraft("5101", credit_rp=amount)) if correction > 0 else
                     (LineDraft("5101", debit_rp=amount), LineDraft("1108", credit_rp=amount)))
            ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
                uuid5(uuid, "hpp"), draft.date, f"Koreksi HPP batal {sale.number}", lines, doc_type="PS"))
        credit = _credit_paid(uow, sale.id)
        if credit:
            members.charge_credit(uow, uow.session.get(MemberRow, sale.member_id), -credit, sale.number)
        sale.status, sale.void_reason = "voided", reason.strip()[:200]
        sale.voided_by, sale.voided_at = who.user_id, uow.now()
        audit.append(uow, who.username, "sale.void", sale.number, {"cashier": actor.username, "reason": reason.strip()})
        uow.commit()


def _line_ids(uow: UnitOfWork, sale_id: int) -> list[int]:
    return list(uow.session.execute(select(SaleLineRow.id).where(SaleLineRow.sale_id == sale_id)).scalars())


def _credit_paid(uow: UnitOfWork, sale_id: int) -> int:
    from app.store.models_shop import SalePaymentRow
    return int(uow.session.execute(select(func.coalesce(func.sum(SalePaymentRow.amount_rp), 0)).where(
        SalePaymentRow.sale_id == sale_id, SalePaymentRow.method == "credit")).scalar_one())


@dataclass(frozen=True)
class ReturnItem:
    code: str  # barcode or SKU of a product on the sale
    qty_milli: int


@dataclass(frozen=True)
class ReturnResult:
    number: str
    sale_number: str
    refund_method: str
    total_rp: int


def return_sale(uow: UnitOfWork, actor: Actor, number: str, items: list[ReturnItem], reason: str, *,
                refund: str = "cash", till: str = "KASIR-1", approver: Actor | None = None,
                uuid: UUID) -> ReturnResult:
    """Give money (or kasbon) back for some goods of a sale; never more than was sold."""
    from app.services.sales import sale_row

    who = _authorised(actor, approver, Permission.SALE_RETURN, reason)
    if refund not in ("cash", "credit"):
        raise DomainError("bad_refund", "Pengembalian dana harus tunai atau kasbon.")
    if not items:
        raise DomainError("empty_return", "Pilih barang yang diretur.")
    with uow:
        same = uow.session.execute(select(SaleReturnRow).where(SaleReturnRow.uuid == str(uuid))).scalar_one_or_none()
        if same is not None:
            return ReturnResult(same.number, sale_row(uow, number).number, same.refund_method, same.total_rp)
        sale = sale_row(uow, number)
        if sale.status != "completed":
            raise DomainError("sale_voided", f"{sale.number} sudah dibatalkan.")
        member = uow.session.get(MemberRow, sale.member_id) if sale.member_id else None
        if refund == "credit" and member is None:
            raise DomainError("member_required", "Pengembalian ke kasbon hanya untuk penjualan anggota.")
        shift = shifts.require_open(uow, till.strip().upper()) if refund == "cash" else None
        day = shift.business_date if shift else profile.business_date(uow)
        lines = {l.id: l for l in uow.session.execute(select(SaleLineRow).where(SaleLineRow.sale_id == sale.id)
                                                      .order_by(SaleLineRow.line_no)).scalars()}
        stock.lock(uow, [uow.session.get(ProductRow, l.product_id) for l in lines.values()])
        if member is not None:
            stock.lock(uow, [member])
        returned = returned_by_line(uow, list(lines))
        rnumber = doc_number("RJ", day, next_doc_seq(uow.session, "RJ", day))
        goods = deposit = cost = 0
        out = []
        moves = stock.Movements(uow, "return", rnumber, day, f"Retur {sale.number}")
        for item in items:
            line = _line_for(uow, lines, item.code, returned)
            before = returned.get(line.id, 0)
            if item.qty_milli % 1000 and not uow.session.get(ProductRow, line.product_id).decimal_qty:
                raise DomainError("bad_qty", "Barang ini diretur per satuan utuh, tanpa desimal.")
            if item.qty_milli <= 0 or before + item.qty_milli > line.qty_milli:
                raise DomainError("return_too_much",
                                  f"Retur melebihi yang terjual (terjual {line.qty_milli / 1000:g}, "
                                  f"sudah diretur {before / 1000:g}).")
            net = line.gross_rp - line.discount_rp
            part = lambda total: (round_half_up(total * (before + item.qty_milli), line.qty_milli)  # noqa: E731
                                  - round_half_up(total * before, line.qty_milli))
            g, d = part(net), part(line.deposit_rp)
            c = returned_cost(line.cost_rp, line.qty_milli, before, item.qty_milli)
            returned[line.id] = before + item.qty_milli
            row = uow.session.get(ProductRow, line.product_id)
            move = put_back(stock.position(row), item.qty_milli, c)
            moves.apply(row, move)
            c = move.value_rp  # back below zero stock, the shelf value differs: HPP takes it all
            out.append(SaleReturnLineRow(sale_line_id=line.id, qty_milli=item.qty_milli, amount_rp=g,
                                         deposit_rp=d, cost_rp=c))
            goods, deposit, cost = goods + g, deposit + d, cost + c
        moves.write()
        method = PAYMENT_METHODS[refund]
        journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
            uuid, day, f"Retur {sale.number}: {reason.strip()}", return_journal_lines(goods, deposit, cost, method),
            doc_type="RJ"), number=rnumber, source=("return", str(uuid)))
        if refund == "credit":
            members.charge_credit(uow, member, -(goods + deposit), rnumber)
        ret = SaleReturnRow(uuid=str(uuid), number=rnumber, sale_id=sale.id, shift_id=shift.id if shift else None,
                            business_date=day, at=uow.now(), refund_method=refund, total_rp=goods + deposit,
                            reason=reason.strip()[:200], user_id=actor.user_id, approved_by=who.user_id,
                            journal_id=journal.id)
        uow.session.add(ret)
        uow.session.flush()
        for r in out:
            r.return_id = ret.id
        uow.session.add_all(out)
        audit.append(uow, who.username, "sale.return", sale.number,
                     {"return": rnumber, "total_rp": goods + deposit, "reason": reason.strip(), "cashier": actor.username})
        uow.commit()
        return ReturnResult(rnumber, sale.number, refund, goods + deposit)


def _line_for(uow: UnitOfWork, lines: dict[int, SaleLineRow], code: str, returned: dict[int, int]) -> SaleLineRow:
    """The sale line of this product that still has something left to return."""
    try:
        product_id = row_by_barcode(uow, code).id
    except DomainError:
        product_id = uow.session.execute(select(ProductRow.id).where(ProductRow.sku == code.strip())).scalar_one_or_none()
    candidates = [l for l in lines.values() if l.product_id == product_id]
    if not candidates:
        raise DomainError("not_on_sale", f"Barang {code!r} tidak ada di penjualan ini.")
    for line in candidates:
        if returned.get(line.id, 0) < line.qty_milli:
            return line
    return candidates[0]
