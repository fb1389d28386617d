"""`kopdes check`: the books prove themselves. Later features register their own
sub-ledger reconciliations with `register`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from sqlalchemy import func, select, text

from app.domain.fmt import rupiah
from app.services import audit, loan_reports, qris_settlement_report, savings_reports
from app.store.models import AccountDayBalanceRow, JournalLineRow, JournalRow
from app.store.models_shop import MemberCreditMoveRow, MemberRow, ProductRow, StockMoveRow
from app.store.uow import UnitOfWork


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class CheckReport:
    checks: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)


Check = Callable[[UnitOfWork], CheckResult]
_CHECKS: list[Check] = []


def register(check: Check) -> Check:
    _CHECKS.append(check)
    return check


@register
def database_integrity(uow: UnitOfWork) -> CheckResult:
    if uow.session.get_bind().dialect.name != "sqlite":
        return CheckResult("integritas_basis_data", True, "PostgreSQL: dijaga oleh server")
    rows = [r[0] for r in uow.session.execute(text("PRAGMA integrity_check")).all()]
    ok = rows == ["ok"]
    return CheckResult("integritas_basis_data", ok, "ok" if ok else "; ".join(rows[:5]))


SEARCH_TRIGGERS = ("products_fts_insert", "products_fts_update", "products_fts_delete")


@register
def search_index_matches_products(uow: UnitOfWork) -> CheckResult:
    """SQLite: the FTS5 trigram index of product names (migration 0004) has its triggers
    and one entry per product. Read-only and cheap; PostgreSQL's GIN index is the server's."""
    s = uow.session
    if s.get_bind().dialect.name != "sqlite":
        return CheckResult("indeks_pencarian_barang", True, "PostgreSQL: dijaga oleh server")
    triggers = set(s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'products'"))
                   .scalars())
    missing = [t for t in SEARCH_TRIGGERS if t not in triggers]
    indexed = s.execute(text("SELECT count(*) FROM products_fts_docsize")).scalar_one()
    products = s.execute(select(func.count(ProductRow.id))).scalar_one()
    if missing or indexed != products:
        return CheckResult("indeks_pencarian_barang", False,
                           f"indeks pencarian barang tidak sesuai: {indexed} entri untuk {products} barang"
                           + (f", trigger hilang: {', '.join(missing)}" if missing else "")
                           + "; bangun ulang dengan INSERT INTO products_fts (products_fts) VALUES ('rebuild')")
    return CheckResult("indeks_pencarian_barang", True, f"{indexed} barang terindeks")


@register
def journals_balanced(uow: UnitOfWork) -> CheckResult:
    s = uow.session
    bad = s.execute(
        select(JournalLineRow.journal_id).group_by(JournalLineRow.journal_id)
        .having((func.sum(JournalLineRow.debit_rp) != func.sum(JournalLineRow.credit_rp))
                | (func.count() < 2)).limit(5)).scalars().all()
    lineless = s.execute(select(JournalRow.number).where(
        ~select(JournalLineRow.id).where(JournalLineRow.journal_id == JournalRow.id).exists()).limit(5)
    ).scalars().all()
    count = s.execute(select(func.count(JournalRow.id))).scalar_one()
    if bad or lineless:
        numbers = s.execute(select(JournalRow.number).where(JournalRow.id.in_(bad))).scalars().all()
        return CheckResult("jurnal_seimbang", False, "tidak seimbang: " + ", ".join([*numbers, *lineless]))
    return CheckResult("jurnal_seimbang", True, f"{count} jurnal seimbang")


@register
def trial_balance_zero(uow: UnitOfWork) -> CheckResult:
    d, c = uow.session.execute(select(func.coalesce(func.sum(JournalLineRow.debit_rp), 0),
                                      func.coalesce(func.sum(JournalLineRow.credit_rp), 0))).one()
    ok = int(d) == int(c)
    return CheckResult("neraca_saldo_nol", ok, f"debit {rupiah(int(d))}, kredit {rupiah(int(c))}")


@register
def day_balances_match_lines(uow: UnitOfWork) -> CheckResult:
    """The per-day totals the reports read must equal the journal lines they summarise."""
    s = uow.session
    from_lines = {(a, d): (int(x), int(y)) for a, d, x, y in s.execute(
        select(JournalLineRow.account_code, JournalRow.date, func.sum(JournalLineRow.debit_rp),
               func.sum(JournalLineRow.credit_rp))
        .join(JournalRow, JournalRow.id == JournalLineRow.journal_id)
        .group_by(JournalLineRow.account_code, JournalRow.date))}
    kept = {(r.account_code, r.day): (r.debit_rp, r.credit_rp)
            for r in s.execute(select(AccountDayBalanceRow)).scalars() if r.debit_rp or r.credit_rp}
    diff = sorted(set(from_lines.items()) ^ set(kept.items()))
    if diff:
        (acc, day), _ = diff[0]
        return CheckResult("saldo_harian_akun", False, f"{len(diff)} selisih, mis. akun {acc} tanggal {day}")
    return CheckResult("saldo_harian_akun", True, f"{len(kept)} saldo harian cocok")


@register
def audit_chain(uow: UnitOfWork) -> CheckResult:
    verdict = audit.verify_chain_in(uow)
    if verdict.ok:
        return CheckResult("rantai_audit", True, f"{verdict.checked} baris utuh")
    return CheckResult("rantai_audit", False,
                       f"rusak pada baris {verdict.first_broken_seq}: {verdict.reason}")


def _account_net(uow: UnitOfWork, code: str) -> int:
    d, c = uow.session.execute(select(func.coalesce(func.sum(AccountDayBalanceRow.debit_rp), 0),
                                      func.coalesce(func.sum(AccountDayBalanceRow.credit_rp), 0))
                               .where(AccountDayBalanceRow.account_code == code)).one()
    return int(d) - int(c)


@register
def stock_equals_inventory_account(uow: UnitOfWork) -> CheckResult:
    """Sum of every product's stock value = Persediaan (1108); each product's card adds up."""
    s = uow.session
    stock_value = int(s.execute(select(func.coalesce(func.sum(ProductRow.value_rp), 0))).scalar_one())
    books = _account_net(uow, "1108")
    cards = dict(s.execute(select(StockMoveRow.product_id, func.sum(StockMoveRow.value_rp))
                           .group_by(StockMoveRow.product_id)).all())
    qty_cards = dict(s.execute(select(StockMoveRow.product_id, func.sum(StockMoveRow.qty_milli))
                               .group_by(StockMoveRow.product_id)).all())
    off = [sku for pid, sku, value, qty in s.execute(
        select(ProductRow.id, ProductRow.sku, ProductRow.value_rp, ProductRow.qty_milli))
        if int(cards.get(pid, 0)) != value or int(qty_cards.get(pid, 0)) != qty]
    ok = stock_value == books and not off
    detail = f"stok {rupiah(stock_value)}, Persediaan {rupiah(books)}"
    if off:
        detail += f"; kartu stok tidak cocok: {', '.join(off[:5])}"
    return CheckResult("persediaan_sama_dengan_stok", ok, detail)


@register
def member_credit_equals_receivable(uow: UnitOfWork) -> CheckResult:
    """Kasbon owed by members = Piutang Usaha Anggota (1104) = the kasbon movements."""
    s = uow.session
    balances = int(s.execute(select(func.coalesce(func.sum(MemberRow.credit_balance_rp), 0))).scalar_one())
    moves = int(s.execute(select(func.coalesce(func.sum(MemberCreditMoveRow.amount_rp), 0))).scalar_one())
    books = _account_net(uow, "1104")
    ok = balances == books == moves
    return CheckResult("kasbon_sama_dengan_piutang", ok,
                       f"kasbon anggota {rupiah(balances)}, Piutang Usaha Anggota {rupiah(books)}")


@register
def qris_receivable_equals_unsettled(uow: UnitOfWork) -> CheckResult:
    """Piutang QRIS (1103) = captured QRIS payments not yet settled (a payment settled and
    then voided counts against it: the void credited 1103 a second time)."""
    f = qris_settlement_report.receivable_figures(uow)
    detail = (f"Piutang QRIS {rupiah(f.books_rp)}, {f.unsettled_count} pembayaran QRIS belum settle "
              f"{rupiah(f.unsettled_rp)}")
    if f.settled_then_voided_rp:
        detail += f", settle lalu dibatalkan {rupiah(f.settled_then_voided_rp)}"
    if f.gross_mismatch:
        detail += f"; {f.gross_mismatch} baris settlement tidak sama dengan pembayarannya"
    return CheckResult("piutang_qris_sama_dengan_belum_settle", f.ok, detail)


@register
def savings_equal_accounts(uow: UnitOfWork) -> CheckResult:
    """Savings per type (balances and movements, member by member) = their accounts."""
    f = savings_reports.savings_figures(uow)
    return CheckResult("simpanan_sama_dengan_akun", f.ok, savings_reports.describe(f))


@register
def loans_equal_receivable(uow: UnitOfWork) -> CheckResult:
    """Outstanding principal of running loans = their schedules = Piutang Pinjaman (1105)."""
    f = loan_reports.loan_figures(uow)
    return CheckResult("pinjaman_sama_dengan_piutang", f.ok, loan_reports.describe(f))


def run_checks(uow: UnitOfWork) -> CheckReport:
    with uow:
        return CheckReport(tuple(check(uow) for check in _CHECKS))
