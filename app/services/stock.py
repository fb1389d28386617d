"""Receiving, stock take and adjustments. Every movement updates the product's
position, writes the stock card and posts its journal in the same transaction,
so stock value always equals Persediaan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import bindparam, select
from sqlalchemy.orm.attributes import set_committed_value

from app.domain.auth import Actor, Permission
from app.domain.catalogue import MILLI, NegativeStock, format_qty
from app.domain.errors import DomainError
from app.domain.fmt import rupiah
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.numbering import doc_number
from app.domain.stock import Movement, StockPosition, count_to, issue, receive
from app.services import audit, catalogue, ledger, profile
from app.store.counters import next_doc_seq
from app.store.models_shop import ProductRow, StockDocRow, StockMoveRow
from app.store.uow import UnitOfWork

INVENTORY, VARIANCE, PAYABLE, CASH, BANK, OTHER_EXPENSE, COGS = "1108", "5102", "2101", "1101", "1102", "5299", "5101"
RECEIVE_PAYMENT = {"cash": CASH, "credit": PAYABLE, "bank": BANK}
ADJUST_REASONS = {"rusak": ("Barang rusak", VARIANCE), "kedaluwarsa": ("Barang kedaluwarsa", VARIANCE),
                  "pemakaian_sendiri": ("Pemakaian sendiri", OTHER_EXPENSE), "hilang": ("Barang hilang", VARIANCE)}


def lock(uow: UnitOfWork, rows) -> None:
    """Re-read the rows with a row lock, in id order, before changing their stock or credit.
    On PostgreSQL two tills selling the last unit otherwise both see it (a lost update);
    a fixed order keeps two sales of the same goods from deadlocking. SQLite's write
    transactions are already serial."""
    rows = list({id(r): r for r in rows}.values())
    if not rows or uow.session.get_bind().dialect.name == "sqlite":
        return
    model = type(rows[0])
    uow.session.execute(select(model).where(model.id.in_([r.id for r in rows])).order_by(model.id)
                        .with_for_update().execution_options(populate_existing=True)).scalars().all()


def position(row: ProductRow) -> StockPosition:
    return StockPosition(row.qty_milli, row.value_rp, row.unit_cost_rp)


_PRODUCTS, _MOVES = ProductRow.__table__, StockMoveRow.__table__
_SET_POSITION = (_PRODUCTS.update().where(_PRODUCTS.c.id == bindparam("b_id"))
                 .values(qty_milli=bindparam("b_qty"), value_rp=bindparam("b_value"),
                         unit_cost_rp=bindparam("b_cost")))


class Movements:
    """The stock movements of one document (caller's transaction).

    `apply` puts a movement onto its product at once, in memory, so a second movement
    of the same product starts where the first left it; `write` then stores the new
    positions and the stock card rows with one executemany UPDATE and one INSERT (no
    ORM flush, no RETURNING). A document that applies must write before it commits."""

    def __init__(self, uow: UnitOfWork, kind: str, number: str, day: date, note: str = "") -> None:
        self.uow, self.kind, self.number, self.day, self.note = uow, kind, number, day, note[:200]
        self.rows: dict[int, ProductRow] = {}
        self.card: list[dict] = []

    def apply(self, row: ProductRow, move: Movement) -> None:
        pos = move.position
        # Committed values: the UPDATE below writes them, the ORM must not write them again.
        set_committed_value(row, "qty_milli", pos.qty_milli)
        set_committed_value(row, "value_rp", pos.value_rp)
        set_committed_value(row, "unit_cost_rp", pos.unit_cost_rp)
        self.rows[row.id] = row
        self.card.append({"product_id": row.id, "at": self.uow.now(), "business_date": self.day,
                          "kind": self.kind, "qty_milli": move.qty_milli, "value_rp": move.value_rp,
                          "qty_after_milli": pos.qty_milli, "doc_number": self.number, "note": self.note})

    def write(self) -> None:
        if not self.card:
            return
        s = self.uow.session
        s.execute(_SET_POSITION, [{"b_id": r.id, "b_qty": r.qty_milli, "b_value": r.value_rp,
                                   "b_cost": r.unit_cost_rp} for r in sorted(self.rows.values(), key=lambda r: r.id)])
        s.execute(_MOVES.insert(), self.card)
        self.rows, self.card = {}, []


def take_out(row: ProductRow, qty_milli: int) -> tuple[Movement, str | None]:
    """Goods leaving (sale, damage): refused below zero where the product says so,
    otherwise allowed with a warning the cashier sees."""
    move = issue(position(row), qty_milli)
    if move.position.qty_milli >= 0:
        return move, None
    if row.negative_stock == NegativeStock.REFUSE:
        raise DomainError("out_of_stock", f"Stok {row.name} tidak cukup (sisa {format_qty(max(row.qty_milli, 0))} "
                                          f"{row.unit}).")
    return move, f"Stok {row.name} menjadi minus ({format_qty(move.position.qty_milli)} {row.unit}); periksa fisik."


@dataclass(frozen=True)
class StockLine:
    sku: str
    qty_milli: int  # receiving: quantity in; adjustment: quantity out; stock take: counted
    cost_rp: int = 0  # receiving: total cost of the line


@dataclass(frozen=True)
class StockDocResult:
    number: str
    kind: str
    value_rp: int  # signed change of stock value
    journal_number: str | None
    lines: tuple[tuple[str, int, int], ...]  # (sku, qty change, value change)


def _replay(uow: UnitOfWork, uuid: UUID) -> StockDocResult | None:
    doc = uow.session.execute(select(StockDocRow).where(StockDocRow.uuid == str(uuid))).scalar_one_or_none()
    if doc is None:
        return None
    moves = uow.session.execute(select(ProductRow.sku, StockMoveRow.qty_milli, StockMoveRow.value_rp)
                                .join(ProductRow, ProductRow.id == StockMoveRow.product_id)
                                .where(StockMoveRow.doc_number == doc.number).order_by(StockMoveRow.id)).all()
    return StockDocResult(doc.number, doc.kind, doc.value_rp, doc.number if doc.journal_id else None,
                          tuple((s, q, v) for s, q, v in moves))


def _document(uow: UnitOfWork, actor: Actor, uuid: UUID, kind: str, prefix: str, lines: list[StockLine],
              make_move, journal_lines, memo: str, **doc_fields) -> StockDocResult:
    if not lines:
        raise DomainError("empty_doc", "Belum ada barang.")
    if len({l.sku for l in lines}) != len(lines):
        raise DomainError("duplicate_line", "Satu barang cukup satu baris.")
    with uow:
        replay = _replay(uow, uuid)
        if replay is not None:
            return replay
        day = profile.business_date(uow)
        number = doc_number(prefix, day, next_doc_seq(uow.session, prefix, day))
        done = []
        rows = [catalogue.row_by_sku(uow, line.sku) for line in lines]
        for row, line in zip(rows, lines):
            if line.qty_milli % MILLI and not row.decimal_qty:
                raise DomainError("bad_qty", f"{row.name} dihitung per {row.unit} utuh, tanpa desimal.")
        lock(uow, rows)
        moves = Movements(uow, kind, number, day, memo)
        for row, line in zip(rows, lines):
            move = make_move(row, line)
            moves.apply(row, move)
            done.append((row.sku, move.qty_milli, move.value_rp))
        moves.write()
        value = sum(v for _, _, v in done)
        jl = journal_lines(done)
        journal = None
        if jl:
            journal = ledger.post_in(uow, actor.user_id, actor.username,
                                     JournalDraft(uuid, day, memo, jl, doc_type=prefix), number=number)
        uow.session.add(StockDocRow(uuid=str(uuid), number=number, kind=kind, business_date=day, value_rp=value,
                                    created_by=actor.user_id, created_at=uow.now(),
                                    journal_id=journal.id if journal else None, **doc_fields))
        audit.append(uow, actor.username, f"stock.{kind}", number, {"value_rp": value, "lines": len(done)})
        uow.commit()
        return StockDocResult(number, kind, value, number if journal else None, tuple(done))


def receive_stock(uow: UnitOfWork, actor: Actor, uuid: UUID, supplier: str, payment: str,
                  lines: list[StockLine]) -> StockDocResult:
    """Goods from a supplier (BUMD, agent, distributor), paid in cash, by bank or on credit."""
    actor.require(Permission.STOCK_MANAGE)
    if payment not in RECEIVE_PAYMENT:
        raise DomainError("bad_payment", "Pembayaran penerimaan harus cash, bank, atau credit (utang).")
    if not supplier.strip():
        raise DomainError("supplier_required", "Nama pemasok wajib diisi.")

    corrections = []

    def move(row, line):
        m = receive(position(row), line.qty_milli, line.cost_rp)
        corrections.append(m.cost_correction_rp)
        return m

    def journal(done):
        # Goods sold below zero were costed at the last unit cost; what they really cost
        # (this receipt's price) settles through HPP, so Persediaan holds only the shelf.
        paid = sum(l.cost_rp for l in lines)
        stock_change, correction = sum(v for _, _, v in done), sum(corrections)
        out = [LineDraft(RECEIVE_PAYMENT[payment], credit_rp=paid)] if paid else []
        if stock_change > 0:
            out.append(LineDraft(INVENTORY, debit_rp=stock_change))
        elif stock_change < 0:
            out.append(LineDraft(INVENTORY, credit_rp=-stock_change))
        if correction < 0:
            out.append(LineDraft(COGS, debit_rp=-correction, memo="Koreksi HPP penjualan saat stok minus"))
        elif correction > 0:
            out.append(LineDraft(COGS, credit_rp=correction, memo="Koreksi HPP penjualan saat stok minus"))
        return tuple(out) if len(out) >= 2 else ()
    return _document(uow, actor, uuid, "receive", "PB", lines, move, journal,
                     f"Penerimaan barang dari {supplier.strip()}", supplier=supplier.strip()[:120], payment=payment)


def stock_take(uow: UnitOfWork, actor: Actor, uuid: UUID, lines: list[StockLine], note: str = "") -> StockDocResult:
    """Stock opname: `qty_milli` of each line is what was counted; the variance is posted."""
    actor.require(Permission.STOCK_MANAGE)

    def move(row, line):
        return count_to(position(row), line.qty_milli)

    def journal(done):
        gain = sum(v for _, _, v in done if v > 0)
        loss = -sum(v for _, _, v in done if v < 0)
        out = []
        if gain:
            out += [LineDraft(INVENTORY, debit_rp=gain), LineDraft(VARIANCE, credit_rp=gain, memo="Selisih lebih")]
        if loss:
            out += [LineDraft(VARIANCE, debit_rp=loss, memo="Selisih kurang"), LineDraft(INVENTORY, credit_rp=loss)]
        return tuple(out)
    return _document(uow, actor, uuid, "take", "SO", lines, move, journal,
                     "Stok opname" + (f": {note.strip()}" if note.strip() else ""), reason=note.strip()[:200])


def adjust_stock(uow: UnitOfWork, actor: Actor, uuid: UUID, reason: str, lines: list[StockLine],
                 note: str = "") -> StockDocResult:
    """Goods out that were not sold: damaged, expired, used by the outlet, lost."""
    actor.require(Permission.STOCK_MANAGE)
    if reason not in ADJUST_REASONS:
        raise DomainError("bad_reason", f"Alasan harus salah satu dari: {', '.join(ADJUST_REASONS)}.")
    label, account = ADJUST_REASONS[reason]

    def move(row, line):
        m = issue(position(row), line.qty_milli)
        if m.position.qty_milli < 0:
            raise DomainError("out_of_stock", f"Stok {row.name} tidak cukup untuk dikeluarkan.")
        return m

    def journal(done):
        total = -sum(v for _, _, v in done)
        return (LineDraft(account, debit_rp=total), LineDraft(INVENTORY, credit_rp=total)) if total else ()
    memo = label + (f": {note.strip()}" if note.strip() else "")
    return _document(uow, actor, uuid, "adjust", "PS", lines, move, journal, memo, reason=reason)


@dataclass(frozen=True)
class CardEntry:
    at: datetime
    business_date: date
    kind: str
    doc_number: str
    qty_milli: int
    value_rp: int
    qty_after_milli: int
    note: str


def stock_card(uow: UnitOfWork, actor: Actor, sku: str, *, limit: int = 500) -> tuple[catalogue.ProductInfo, list[CardEntry]]:
    actor.require(Permission.STOCK_VIEW)
    with uow:
        row = catalogue.row_by_sku(uow, sku)
        moves = uow.session.execute(select(StockMoveRow).where(StockMoveRow.product_id == row.id)
                                    .order_by(StockMoveRow.id.desc()).limit(limit)).scalars().all()
        entries = [CardEntry(m.at, m.business_date, m.kind, m.doc_number, m.qty_milli, m.value_rp,
                             m.qty_after_milli, m.note) for m in reversed(moves)]
        return catalogue.info(uow, row), entries


def describe(result: StockDocResult) -> str:
    return f"{result.number}: nilai persediaan {'+' if result.value_rp >= 0 else ''}{rupiah(result.value_rp)}"
