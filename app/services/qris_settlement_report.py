"""What is still open in QRIS: captured payments the acquirer never paid (shown first:
a "paid" that never arrived is how a fake payment screenshot shows up), settlement lines
with no payment, and the lines a person has to decide. Plus the figures `kopdes check`
compares with Piutang QRIS.

Read-side building blocks (`captured_unsettled`, `open_lines`, `matching_inputs`) run in
the caller's transaction and are shared with the import and manual match. `list_matched`
pages through the lines already matched, the latest match first (what an unmatch picks from).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from app.domain.auth import Actor, Permission
from app.domain.qris_settlement import Line, MdrRule, Payment, Window, match
from app.services import profile, settings
from app.services.qris_settlement_presets import load_preset
from app.store.models import AccountDayBalanceRow, JournalRow, UserRow
from app.store.models_qris import QrisSettlementImportRow, QrisSettlementLineRow
from app.store.models_shop import SalePaymentRow, SaleRow
from app.store.uow import UnitOfWork

QRIS = "qris"


@dataclass(frozen=True)
class UnsettledPayment:
    payment_id: int
    sale_no: str
    business_date: date
    confirmed_at: datetime
    amount_rp: int
    reference: str
    cashier: str
    age_days: int


@dataclass(frozen=True)
class UnmatchedLine:
    line_id: int
    import_id: int
    file_name: str
    line_no: int
    reference: str
    txn_at: datetime | None
    settled_on: date | None
    amount_rp: int  # gross; the net for a bank mutation (`net`)
    net: bool
    description: str


@dataclass(frozen=True)
class Candidate:
    payment_id: int
    sale_no: str
    amount_rp: int
    reference: str
    confirmed_at: datetime


@dataclass(frozen=True)
class LineCandidates:
    line_id: int
    file_name: str
    line_no: int
    reference: str
    amount_rp: int
    kind: str  # reference | amount: which rule found several candidates (or a contested one)
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True)
class ReconcileSummary:
    unsettled_count: int
    unsettled_rp: int
    oldest_unsettled_days: int | None
    unmatched_lines_count: int
    unmatched_lines_rp: int
    ambiguous_count: int
    mismatch_count: int
    suggestion_count: int
    settled_count: int
    settled_gross_rp: int
    settled_mdr_rp: int
    receivable_rp: int  # Piutang QRIS (1103) in the books


@dataclass(frozen=True)
class ReconcileReport:
    as_of: date
    unsettled: tuple[UnsettledPayment, ...]  # oldest first: possible fraud
    unmatched_lines: tuple[UnmatchedLine, ...]
    ambiguous: tuple[LineCandidates, ...]
    mismatches: tuple[LineCandidates, ...]  # the reference names one payment but the amount differs
    suggestions: tuple[LineCandidates, ...]  # older lines the rules would now match (match them by hand)
    summary: ReconcileSummary


@dataclass(frozen=True)
class MatchedLine:
    line_id: int
    import_id: int
    file_name: str
    line_no: int
    reference: str
    txn_at: datetime | None
    settled_on: date | None
    gross_rp: int
    mdr_rp: int
    net_rp: int
    kind: str  # reference | amount | manual
    sale_no: str
    payment_reference: str
    journal_number: str
    journal_date: date | None


# ---------------------------------------------------------------- building blocks

def mdr_rule(uow: UnitOfWork) -> MdrRule:
    return MdrRule(settings.get(uow, "qris.mdr_bp"), settings.get(uow, "qris.mdr_free_up_to_rp"))


def window(uow: UnitOfWork) -> Window:
    return Window(settings.get(uow, "qris.match_window_minutes"), settings.get(uow, "qris.settle_days"))


_SETTLED = select(QrisSettlementLineRow.id).where(QrisSettlementLineRow.payment_id == SalePaymentRow.id).exists()


def _unsettled_query():
    return (select(SalePaymentRow.id, SalePaymentRow.amount_rp, SalePaymentRow.reference,
                   SalePaymentRow.confirmed_at, SaleRow.at, SaleRow.number, SaleRow.business_date, UserRow.username)
            .join(SaleRow, SaleRow.id == SalePaymentRow.sale_id)
            .join(UserRow, UserRow.id == func.coalesce(SalePaymentRow.confirmed_by, SaleRow.cashier_id))
            .where(SalePaymentRow.method == QRIS, SaleRow.status == "completed", ~_SETTLED)
            .order_by(SaleRow.business_date, SalePaymentRow.id))


def captured_unsettled(uow: UnitOfWork) -> list[UnsettledPayment]:
    today = profile.business_date(uow)
    out = []
    for pid, amount, ref, confirmed_at, sold_at, number, day, who in uow.session.execute(_unsettled_query()):
        out.append(UnsettledPayment(pid, number, day, confirmed_at or sold_at, amount, ref, who, (today - day).days))
    return out


def open_lines(uow: UnitOfWork) -> list[tuple[QrisSettlementLineRow, QrisSettlementImportRow, bool]]:
    """Unmatched lines with their import and whether their amounts are net."""
    rows = uow.session.execute(
        select(QrisSettlementLineRow, QrisSettlementImportRow)
        .join(QrisSettlementImportRow, QrisSettlementImportRow.id == QrisSettlementLineRow.import_id)
        .where(QrisSettlementLineRow.payment_id.is_(None))
        .order_by(QrisSettlementLineRow.id)).all()
    net: dict[str, bool] = {}
    for _, imp in rows:
        if imp.preset not in net:
            net[imp.preset] = load_preset(uow, imp.preset).amount_is_net
    return [(line, imp, net[imp.preset]) for line, imp in rows]


def domain_line(row: QrisSettlementLineRow, net: bool) -> Line:
    return Line(row.id, row.amount_rp, row.reference, row.txn_at, row.settled_on, net, row.mdr_rp)


def matching_inputs(uow: UnitOfWork):
    """(open lines, unsettled payments, domain lines, domain payments)."""
    lines = open_lines(uow)
    payments = captured_unsettled(uow)
    zone = profile.outlet_zone(uow)
    return (lines, payments, [domain_line(l, net) for l, _, net in lines],
            [Payment(p.payment_id, p.amount_rp, p.reference, p.confirmed_at, zone.local_date(p.confirmed_at))
             for p in payments])


def account_net(uow: UnitOfWork, code: str) -> int:
    d, c = uow.session.execute(select(func.coalesce(func.sum(AccountDayBalanceRow.debit_rp), 0),
                                      func.coalesce(func.sum(AccountDayBalanceRow.credit_rp), 0))
                               .where(AccountDayBalanceRow.account_code == code)).one()
    return int(d) - int(c)


@dataclass(frozen=True)
class ReceivableFigures:
    books_rp: int  # Piutang QRIS (1103)
    unsettled_rp: int  # captured (completed sales), not settled
    unsettled_count: int
    settled_then_voided_rp: int  # settled, and the sale voided afterwards: the void credited 1103 again
    gross_mismatch: int  # matched lines whose gross differs from their payment

    @property
    def ok(self) -> bool:
        return self.books_rp == self.unsettled_rp - self.settled_then_voided_rp and not self.gross_mismatch


def receivable_figures(uow: UnitOfWork) -> ReceivableFigures:
    s = uow.session
    unsettled, count = s.execute(
        select(func.coalesce(func.sum(SalePaymentRow.amount_rp), 0), func.count(SalePaymentRow.id))
        .join(SaleRow, SaleRow.id == SalePaymentRow.sale_id)
        .where(SalePaymentRow.method == QRIS, SaleRow.status == "completed", ~_SETTLED)).one()
    matched = (select(SaleRow.status, SalePaymentRow.amount_rp, QrisSettlementLineRow.amount_rp)
               .join(SalePaymentRow, SalePaymentRow.id == QrisSettlementLineRow.payment_id)
               .join(SaleRow, SaleRow.id == SalePaymentRow.sale_id))
    voided = mismatch = 0
    for status, paid, gross in s.execute(matched):
        voided += paid if status == "voided" else 0
        mismatch += paid != gross
    return ReceivableFigures(account_net(uow, "1103"), int(unsettled), int(count), voided, mismatch)


# ---------------------------------------------------------------- the report

def report_in(uow: UnitOfWork) -> ReconcileReport:
    lines, payments, d_lines, d_payments = matching_inputs(uow)
    result = match(d_lines, d_payments, mdr_rule(uow), window(uow))
    by_line = {l.id: (l, imp, net) for l, imp, net in lines}
    by_payment = {p.payment_id: p for p in payments}

    def cands(line_id: int, kind: str, ids: tuple[int, ...]) -> LineCandidates:
        l, imp, _ = by_line[line_id]
        return LineCandidates(line_id, imp.file_name, l.line_no, l.reference, l.amount_rp, kind,
                              tuple(Candidate(p.payment_id, p.sale_no, p.amount_rp, p.reference, p.confirmed_at)
                                    for p in (by_payment[i] for i in ids)))

    ambiguous = tuple(cands(a.line_id, a.kind, a.payment_ids) for a in result.ambiguous)
    mismatches = tuple(cands(c.line_id, "reference", (c.payment_id,)) for c in result.conflicts)
    suggestions = tuple(cands(m.line_id, m.kind, (m.payment_id,)) for m in result.matches)
    unmatched = tuple(UnmatchedLine(l.id, imp.id, imp.file_name, l.line_no, l.reference, l.txn_at, l.settled_on,
                                    l.amount_rp, net, l.description) for l, imp, net in lines)
    settled_count, gross, mdr = uow.session.execute(
        select(func.count(QrisSettlementLineRow.id), func.coalesce(func.sum(QrisSettlementLineRow.amount_rp), 0),
               func.coalesce(func.sum(QrisSettlementLineRow.mdr_rp), 0))
        .where(QrisSettlementLineRow.payment_id.is_not(None))).one()
    summary = ReconcileSummary(
        len(payments), sum(p.amount_rp for p in payments), max((p.age_days for p in payments), default=None),
        len(unmatched), sum(l.amount_rp for l in unmatched), len(ambiguous), len(mismatches), len(suggestions),
        int(settled_count), int(gross), int(mdr), account_net(uow, "1103"))
    return ReconcileReport(profile.business_date(uow), tuple(payments), unmatched, ambiguous, mismatches,
                           suggestions, summary)


def reconcile_report(uow: UnitOfWork, actor: Actor) -> ReconcileReport:
    actor.require(Permission.REPORT_VIEW)
    with uow:
        return report_in(uow)


def list_matched(uow: UnitOfWork, actor: Actor, *, search: str = "", limit: int = 100,
                 offset: int = 0) -> list[MatchedLine]:
    """Settlement lines matched to a payment, the latest match first (by its journal, then the
    line). `search` keeps lines whose sale number or either reference contains it."""
    actor.require(Permission.REPORT_VIEW)
    line = QrisSettlementLineRow
    q = (select(line, QrisSettlementImportRow.file_name, SaleRow.number, SalePaymentRow.reference,
                JournalRow.number, JournalRow.date)
         .join(QrisSettlementImportRow, QrisSettlementImportRow.id == line.import_id)
         .join(SalePaymentRow, SalePaymentRow.id == line.payment_id)
         .join(SaleRow, SaleRow.id == SalePaymentRow.sale_id)
         .outerjoin(JournalRow, JournalRow.id == line.journal_id)
         .order_by(line.journal_id.desc(), line.id.desc()).limit(limit).offset(offset))
    text = search.strip().upper()
    if text:
        like = f"%{text}%"
        q = q.where(SaleRow.number.like(like) | func.upper(line.reference).like(like)
                    | func.upper(SalePaymentRow.reference).like(like))
    with uow:
        return [MatchedLine(l.id, l.import_id, file_name, l.line_no, l.reference, l.txn_at, l.settled_on,
                            l.amount_rp, l.mdr_rp, l.amount_rp - l.mdr_rp, l.match_kind, sale_no, pay_ref or "",
                            j_no or "", j_date)
                for l, file_name, sale_no, pay_ref, j_no, j_date in uow.session.execute(q)]


def describe(report: ReconcileReport) -> list[str]:
    """Plain text for the CLI (money formatted at the edge)."""
    from app.domain.fmt import rupiah

    s = report.summary
    out = [f"Per {report.as_of:%d-%m-%Y}: Piutang QRIS {rupiah(s.receivable_rp)}; sudah settle {s.settled_count} "
           f"transaksi {rupiah(s.settled_gross_rp)} (MDR {rupiah(s.settled_mdr_rp)})."]
    out.append(f"PEMBAYARAN QRIS TANPA SETTLEMENT: {s.unsettled_count} ({rupiah(s.unsettled_rp)})"
               + (" — periksa, mungkin bukti bayar palsu!" if any(p.age_days >= 2 for p in report.unsettled) else ""))
    for p in report.unsettled:
        out.append(f"  {p.sale_no}  {rupiah(p.amount_rp):>14}  ref {p.reference or '-':<14} {p.age_days} hari  "
                   f"kasir {p.cashier}")
    out.append(f"Settlement tanpa pembayaran: {s.unmatched_lines_count} ({rupiah(s.unmatched_lines_rp)})")
    for l in report.unmatched_lines:
        when = l.txn_at.isoformat() if l.txn_at else (l.settled_on.isoformat() if l.settled_on else "-")
        out.append(f"  baris #{l.line_id} ({l.file_name}:{l.line_no})  {rupiah(l.amount_rp):>14}"
                   f"{' bersih' if l.net else ''}  ref {l.reference or '-'}  {when}  {l.description[:40]}")
    for title, items in (("Ragu (pilih sendiri)", report.ambiguous), ("Referensi cocok, jumlah beda", report.mismatches),
                         ("Saran pasangan", report.suggestions)):
        if items:
            out.append(f"{title}: {len(items)}")
            for q in items:
                out.append(f"  baris #{q.line_id} {rupiah(q.amount_rp)} ref {q.reference or '-'} -> "
                           + ", ".join(f"{c.sale_no} {rupiah(c.amount_rp)}" for c in q.candidates))
    return out


__all__ = ["Candidate", "LineCandidates", "MatchedLine", "ReceivableFigures", "ReconcileReport", "ReconcileSummary",
           "UnmatchedLine", "UnsettledPayment", "captured_unsettled", "describe", "list_matched", "matching_inputs",
           "mdr_rule", "receivable_figures", "reconcile_report", "report_in", "window"]
