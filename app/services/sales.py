"""Recording a sale: lines, member prices, LPG rules, payments, stock and journal,
all in one transaction that commits before anything is printed or shown as done."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from uuid import UUID

from sqlalchemy import bindparam, select

from app.domain.auth import Actor, Permission
from app.domain.catalogue import MAX_QTY_MILLI, MILLI
from app.domain.errors import DomainError, NotFound, PermissionDenied
from app.domain.ledger import JournalDraft
from app.domain.nik import mask_nik
from app.domain.numbering import doc_number
from app.domain.pricing import price_line
from app.domain.sale import PAYMENT_METHODS, PaymentDraft, sale_journal_lines, sale_totals
from app.services import audit, catalogue, ledger, lpg, members, profile, settings, shifts, stock
from app.store.counters import next_doc_seq
from app.store.models import UserRow
from app.store.models_shop import MemberRow, ProductRow, SaleLineRow, SalePaymentRow, SaleRow
from app.store.uow import UnitOfWork

BACKDATE_DAYS = 7  # paper sales from a power cut are entered within a week
_BY_UUID = select(SaleRow).where(SaleRow.uuid == bindparam("uuid"))  # built once: every sale asks
_NEW_SALE, _NEW_LINES, _NEW_PAYMENTS = (SaleRow.__table__.insert(), SaleLineRow.__table__.insert(),
                                        SalePaymentRow.__table__.insert())


@dataclass(frozen=True)
class CartLine:
    code: str  # barcode (or SKU)
    qty_milli: int
    unit_price_rp: int | None = None  # another price: needs a pengurus
    discount_rp: int = 0  # needs a pengurus


@dataclass(frozen=True)
class SaleRequest:
    uuid: UUID
    till: str
    lines: tuple[CartLine, ...]
    payments: tuple[PaymentDraft, ...]
    member_no: str | None = None
    buyer_nik: str | None = None
    buyer_type: str | None = None
    buyer_name: str = ""
    at: datetime | None = None  # a paper sale, recorded later (pengurus)


@dataclass(frozen=True)
class SaleLineInfo:
    line_no: int
    sku: str
    name: str
    unit: str
    qty_milli: int
    unit_price_rp: int
    gross_rp: int
    discount_rp: int
    deposit_rp: int
    returned_milli: int = 0

    @property
    def total_rp(self) -> int:
        return self.gross_rp - self.discount_rp + self.deposit_rp


@dataclass(frozen=True)
class SalePaymentInfo:
    method: str
    label: str
    amount_rp: int
    tendered_rp: int
    reference: str


@dataclass(frozen=True)
class SaleResult:
    number: str
    uuid: str
    status: str
    business_date: date
    at: datetime
    till: str | None
    cashier: str
    member_no: str | None
    member_name: str | None
    subtotal_rp: int
    discount_rp: int
    deposit_rp: int
    total_rp: int
    change_rp: int
    lines: tuple[SaleLineInfo, ...]
    payments: tuple[SalePaymentInfo, ...]
    buyer_nik_masked: str | None
    buyer_type: str | None
    recorded_late: bool
    warnings: tuple[str, ...] = field(default_factory=tuple)


def _product_row(uow: UnitOfWork, code: str) -> ProductRow:
    try:
        return catalogue.row_by_barcode(uow, code)
    except NotFound:
        row = uow.session.execute(select(ProductRow).where(ProductRow.sku == code.strip())).scalar_one_or_none()
        if row is None or not row.active:
            raise
        return row


def _when(uow: UnitOfWork, actor: Actor, req: SaleRequest):
    """(business date, instant, shift) of the sale."""
    if req.at is None:
        shift = shifts.require_open(uow, req.till.strip().upper())
        return shift.business_date, uow.now(), shift
    actor.require(Permission.SALE_BACKDATE)
    now = uow.now()
    if req.at.tzinfo is None:
        raise DomainError("bad_time", "Waktu penjualan susulan harus dengan zona waktu.")
    if req.at > now or req.at < now - timedelta(days=BACKDATE_DAYS):
        raise DomainError("bad_time", f"Penjualan susulan harus dalam {BACKDATE_DAYS} hari terakhir, bukan di masa depan.")
    return profile.outlet_zone(uow).local_date(req.at), req.at, None


def _may_change_price(actor: Actor, approver: Actor | None) -> Actor:
    for who in (actor, approver):
        if who is not None and who.can(Permission.PRICE_OVERRIDE):
            return who
    raise PermissionDenied("Diskon atau perubahan harga perlu persetujuan pengurus (PIN).")


def record_sale(uow: UnitOfWork, actor: Actor, req: SaleRequest, *, approver: Actor | None = None) -> SaleResult:
    actor.require(Permission.SALE_SELL)
    if not req.lines:
        raise DomainError("empty_sale", "Belum ada barang di keranjang.")
    with uow:
        existing = uow.session.execute(_BY_UUID, {"uuid": str(req.uuid)}).scalar_one_or_none()
        if existing is not None:
            _same_request(uow, existing, req)
            return result_of(uow, existing)
        day, at, shift = _when(uow, actor, req)
        member = members.row_by_no(uow, req.member_no) if req.member_no else None
        if member is not None and member.status != "aktif":
            raise DomainError("member_inactive", f"{member.name} bukan anggota aktif.")
        approved_by = None
        rows, priced = [], []
        known = catalogue.rows_by_codes(uow, [l.code for l in req.lines])
        for no, line in enumerate(req.lines, start=1):
            row = known.get(line.code) or known.get(line.code.strip()) or _product_row(uow, line.code)
            if not row.active:
                raise DomainError("product_inactive", f"{row.name} sudah tidak dijual.")
            if line.qty_milli <= 0 or line.qty_milli > MAX_QTY_MILLI:
                raise DomainError("bad_qty", f"Baris {no}: jumlah harus lebih dari nol dan masuk akal.")
            if line.qty_milli % MILLI and not row.decimal_qty:
                raise DomainError("bad_qty", f"{row.name} dijual per {row.unit} utuh, tanpa desimal.")
            price = row.member_price_rp if member is not None and row.member_price_rp is not None else row.price_rp
            if line.unit_price_rp is not None and line.unit_price_rp != price or line.discount_rp:
                approved_by = _may_change_price(actor, approver)
                price = line.unit_price_rp if line.unit_price_rp is not None else price
            priced.append(price_line(row.id, line.qty_milli, price, discount_rp=line.discount_rp,
                                     deposit_per_unit_rp=row.deposit_rp, het_rp=row.het_rp))
            rows.append(row)
        stock.lock(uow, rows)  # products first, then the member: one order for every till
        if member is not None:
            stock.lock(uow, [member])
        subsidized = [(r, p) for r, p in zip(rows, priced) if r.subsidized]
        buyer = None
        if subsidized:
            buyer = lpg.check_buyer(uow, req.buyer_nik, req.buyer_type, sum(p.qty_milli for _, p in subsidized), day)
        totals = sale_totals(priced, req.payments)
        credit = sum(p.amount_rp for p in totals.payments if p.method.code == "credit")
        if credit and member is None:
            raise DomainError("member_required", "Kasbon hanya untuk anggota: pilih anggota dahulu (F4).")
        number = doc_number("PJ", day, next_doc_seq(uow.session, "PJ", day))
        pending = totals.awaiting_confirmation
        if pending and not settings.get(uow, "qris.static"):
            raise DomainError("qris_not_set_up", "QRIS gerai belum diatur (Pengaturan > QRIS): pilih cara bayar lain.")
        if pending:  # QRIS not yet seen arriving: the sale waits, posting nothing
            journal_id, costs, warnings = None, [0] * len(priced), []
        else:
            journal_id, costs, warnings = post_sale(uow, actor, req.uuid, number, day, member, rows, priced, totals)
        sale = dict(uuid=str(req.uuid), number=number, shift_id=shift.id if shift else None, business_date=day,
                    at=at, cashier_id=actor.user_id, member_id=member.id if member else None,
                    subtotal_rp=totals.subtotal_rp, discount_rp=totals.discount_rp, deposit_rp=totals.deposit_rp,
                    total_rp=totals.total_rp, change_rp=totals.change_rp,
                    status="pending" if pending else "completed",
                    buyer_nik=buyer.nik if buyer else None, buyer_type=req.buyer_type if buyer else None,
                    buyer_name=(req.buyer_name.strip() or (member.name if member else ""))[:120] if buyer else "",
                    approved_by=approved_by.user_id if approved_by else None, recorded_late=req.at is not None,
                    journal_id=journal_id)
        # The sale, its lines and payments: plain INSERTs (executemany for the lines), no ORM
        # objects; the result below is built from what was written.
        s = uow.session
        sale_id = s.execute(_NEW_SALE, sale).inserted_primary_key[0]
        s.execute(_NEW_LINES, [
            {"sale_id": sale_id, "line_no": no, "product_id": p.product_id, "qty_milli": p.qty_milli,
             "unit_price_rp": p.unit_price_rp, "gross_rp": p.gross_rp, "discount_rp": p.discount_rp,
             "deposit_rp": p.deposit_rp, "cost_rp": cost} for no, (p, cost) in enumerate(zip(priced, costs), start=1)])
        now = uow.now()
        s.execute(_NEW_PAYMENTS, [
            {"sale_id": sale_id, "method": p.method.code, "amount_rp": p.amount_rp, "tendered_rp": p.tendered_rp,
             "reference": p.reference,
             "confirmed_by": actor.user_id if p.method.confirmed_later and p.reference else None,
             "confirmed_at": now if p.method.confirmed_later and p.reference else None} for p in totals.payments])
        if approved_by is not None:
            audit.append(uow, approved_by.username, "sale.price_override", number, {"cashier": actor.username})
        if req.at is not None:
            audit.append(uow, actor.username, "sale.backdated", number, {"at": req.at.isoformat()})
        result = _new_result(sale, actor, shift, member, rows, priced, totals.payments, tuple(warnings))
        uow.commit()
        return result


def post_sale(uow: UnitOfWork, actor: Actor, sale_uuid: UUID | str, number: str, day: date,
              member: MemberRow | None, rows: list[ProductRow], priced, totals) -> tuple[int, list[int], list[str]]:
    """What completes a sale: stock out, kasbon charged, the journal posted (numbered like the
    sale). Products (then the member) must be locked by the caller. Returns (journal id, cost
    per line, warnings)."""
    warnings, costs = [], []
    moves = stock.Movements(uow, "sale", number, day)
    for row, p in zip(rows, priced):
        move, warning = stock.take_out(row, p.qty_milli)
        moves.apply(row, move)
        costs.append(-move.value_rp)
        if warning:
            warnings.append(warning)
    credit = sum(p.amount_rp for p in totals.payments if p.method.code == "credit")
    if member is not None and credit:
        members.charge_credit(uow, member, credit, number)
    memo = f"Penjualan {number}" + (f" anggota {member.member_no}" if member else "")
    journal = ledger.post_in(uow, actor.user_id, actor.username,
                             JournalDraft(UUID(str(sale_uuid)), day, memo,
                                          sale_journal_lines(totals, sum(costs), member is not None),
                                          doc_type="PJ"), number=number, source=("sale", str(sale_uuid)))
    moves.write()
    return journal.id, costs, warnings


def _new_result(sale: dict, actor: Actor, shift, member: MemberRow | None, rows: list[ProductRow], priced,
                payments, warnings: tuple[str, ...]) -> SaleResult:
    """What `result_of` would read back for a sale just written (its row's values in `sale`)."""
    return SaleResult(
        sale["number"], sale["uuid"], sale["status"], sale["business_date"], sale["at"],
        shift.till if shift else None, actor.username, member.member_no if member else None,
        member.name if member else None, sale["subtotal_rp"], sale["discount_rp"], sale["deposit_rp"],
        sale["total_rp"], sale["change_rp"],
        tuple(SaleLineInfo(no, row.sku, row.name, row.unit, p.qty_milli, p.unit_price_rp, p.gross_rp, p.discount_rp,
                           p.deposit_rp) for no, (row, p) in enumerate(zip(rows, priced), start=1)),
        tuple(SalePaymentInfo(p.method.code, p.method.label, p.amount_rp, p.tendered_rp, p.reference)
              for p in payments),
        mask_nik(sale["buyer_nik"]) if sale["buyer_nik"] else None, sale["buyer_type"], sale["recorded_late"],
        warnings)


def _same_request(uow: UnitOfWork, sale: SaleRow, req: SaleRequest) -> None:
    """A replayed UUID must carry the same goods and payments; anything else is a client bug."""
    sold = [(l.product_id, l.qty_milli) for l in uow.session.execute(
        select(SaleLineRow).where(SaleLineRow.sale_id == sale.id).order_by(SaleLineRow.line_no)).scalars()]
    try:
        asked = [(_product_row(uow, l.code).id, l.qty_milli) for l in req.lines]
    except DomainError:
        asked = None
    paid = sorted((p.method, p.tendered_rp) for p in uow.session.execute(
        select(SalePaymentRow).where(SalePaymentRow.sale_id == sale.id)).scalars())
    if asked != sold or paid != sorted((p.method, p.amount_rp) for p in req.payments):
        raise DomainError("uuid_conflict", f"ID transaksi {req.uuid} sudah dipakai {sale.number} dengan isi berbeda.")


def result_of(uow: UnitOfWork, sale: SaleRow, warnings: tuple[str, ...] = ()) -> SaleResult:
    from app.services.returns import returned_by_line  # the return module reads sales too

    s = uow.session
    lines = s.execute(select(SaleLineRow, ProductRow.sku, ProductRow.name, ProductRow.unit)
                      .join(ProductRow, ProductRow.id == SaleLineRow.product_id)
                      .where(SaleLineRow.sale_id == sale.id).order_by(SaleLineRow.line_no)).all()
    returned = returned_by_line(uow, [l.id for l, *_ in lines])
    pays = s.execute(select(SalePaymentRow).where(SalePaymentRow.sale_id == sale.id).order_by(SalePaymentRow.id)).scalars()
    member = s.get(MemberRow, sale.member_id) if sale.member_id else None
    cashier = s.execute(select(UserRow.username).where(UserRow.id == sale.cashier_id)).scalar_one()
    till = None
    if sale.shift_id:
        till = s.get(shifts.ShiftRow, sale.shift_id).till
    return SaleResult(
        sale.number, sale.uuid, sale.status, sale.business_date, sale.at, till, cashier,
        member.member_no if member else None, member.name if member else None, sale.subtotal_rp, sale.discount_rp,
        sale.deposit_rp, sale.total_rp, sale.change_rp,
        tuple(SaleLineInfo(l.line_no, sku, name, unit, l.qty_milli, l.unit_price_rp, l.gross_rp, l.discount_rp,
                           l.deposit_rp, returned.get(l.id, 0)) for l, sku, name, unit in lines),
        tuple(SalePaymentInfo(p.method, PAYMENT_METHODS[p.method].label if p.method in PAYMENT_METHODS else p.method,
                              p.amount_rp, p.tendered_rp, p.reference) for p in pays),
        mask_nik(sale.buyer_nik) if sale.buyer_nik else None, sale.buyer_type, sale.recorded_late, warnings)


def sale_row(uow: UnitOfWork, number: str) -> SaleRow:
    row = uow.session.execute(select(SaleRow).where(SaleRow.number == number.strip().upper())).scalar_one_or_none()
    if row is None:
        raise NotFound("sale_not_found", f"Penjualan {number} tidak ditemukan.")
    return row


def get_sale(uow: UnitOfWork, actor: Actor, number: str) -> SaleResult:
    actor.require(Permission.SALE_VIEW)
    with uow:
        return result_of(uow, sale_row(uow, number))


@dataclass(frozen=True)
class SaleSummary:
    number: str
    at: datetime
    business_date: date
    total_rp: int
    member_no: str | None
    status: str
    cashier: str


def list_sales(uow: UnitOfWork, actor: Actor, *, day: date | None = None, limit: int = 200,
               offset: int = 0) -> list[SaleSummary]:
    actor.require(Permission.SALE_VIEW)
    q = (select(SaleRow.number, SaleRow.at, SaleRow.business_date, SaleRow.total_rp, MemberRow.member_no,
                SaleRow.status, UserRow.username)
         .outerjoin(MemberRow, MemberRow.id == SaleRow.member_id).join(UserRow, UserRow.id == SaleRow.cashier_id))
    if day is not None:
        q = q.where(SaleRow.business_date == day)
    q = q.order_by(SaleRow.id.desc()).limit(limit).offset(offset)
    with uow:
        return [SaleSummary(*r) for r in uow.session.execute(q).all()]
