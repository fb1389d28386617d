"""Book reports read from the ledger: Jurnal Umum, Buku Besar, Buku Kas Harian, Arus Kas,
Perubahan Ekuitas."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.reports import parse_period
from app.domain.reports_books import (CASH_ACCOUNTS, CashBook, CashFlow, EquityChanges, JournalBook, JournalLine,
                                      LedgerBook, build_cash_book, build_cash_flow, build_equity_changes,
                                      build_ledger_book)
from app.services import ledger
from app.services.reports import cumulative, movements, net_by_day
from app.store.models import AccountRow, JournalLineRow, JournalRow
from app.store.uow import UnitOfWork

# A year of a busy outlet's journals is large; the Jurnal Umum is read a month at a time
# in the GUI, and a year only where asked for.
_JL = JournalLineRow


def jurnal_umum(uow: UnitOfWork, actor: Actor, period: str) -> JournalBook:
    actor.require(Permission.REPORT_VIEW)
    p = parse_period(period)
    with uow:
        rows = uow.session.execute(
            select(JournalRow.date, JournalRow.number, JournalRow.memo, _JL.account_code, AccountRow.name,
                   _JL.debit_rp, _JL.credit_rp)
            .join(_JL, _JL.journal_id == JournalRow.id).join(AccountRow, AccountRow.code == _JL.account_code)
            .where(JournalRow.date >= p.start, JournalRow.date <= p.end)
            .order_by(JournalRow.date, JournalRow.id, _JL.line_no)).all()
        return JournalBook(p, tuple(JournalLine(d, n, m, a, an, int(db), int(cr)) for d, n, m, a, an, db, cr in rows))


def _account(uow: UnitOfWork, code: str):
    acc = ledger.load_chart(uow, {code}).get(code)
    if acc is None or not acc.postable:
        raise DomainError("unknown_account", f"Akun {code} tidak ada (atau akun kepala, bukan akun pencatatan).")
    return acc


def buku_besar(uow: UnitOfWork, actor: Actor, period: str, account: str = "1101") -> LedgerBook:
    actor.require(Permission.REPORT_VIEW)
    p = parse_period(period)
    with uow:
        acc = _account(uow, account.strip())
        opening = cumulative(uow, p.start - timedelta(days=1)).get(acc.code, 0)
        rows = uow.session.execute(
            select(JournalRow.date, JournalRow.number, func.coalesce(func.nullif(_JL.memo, ""), JournalRow.memo),
                   _JL.debit_rp, _JL.credit_rp)
            .join(_JL, _JL.journal_id == JournalRow.id)
            .where(_JL.account_code == acc.code, JournalRow.date >= p.start, JournalRow.date <= p.end)
            .order_by(JournalRow.date, JournalRow.id, _JL.line_no)).all()
        return build_ledger_book(p, acc, opening, ((d, n, m, int(db), int(cr)) for d, n, m, db, cr in rows))


def kas_harian(uow: UnitOfWork, actor: Actor, period: str, account: str = "1101") -> CashBook:
    """Buku Kas Harian (1101) or the bank book (1102): per day opening, in, out, closing."""
    actor.require(Permission.REPORT_VIEW)
    p = parse_period(period)
    if account.strip() not in CASH_ACCOUNTS:
        raise DomainError("not_cash", f"Buku kas harian hanya untuk akun {' atau '.join(CASH_ACCOUNTS)}, "
                                      f"bukan {account!r}.")
    with uow:
        acc = _account(uow, account.strip())
        opening = cumulative(uow, p.start - timedelta(days=1)).get(acc.code, 0)
        return build_cash_book(p, acc, opening, net_by_day(uow, acc.code, p.start, p.end))


def arus_kas(uow: UnitOfWork, actor: Actor, period: str) -> CashFlow:
    """Direct method: the counter-accounts of every journal that moves Kas or Kas di Bank."""
    actor.require(Permission.REPORT_VIEW)
    p = parse_period(period)
    with uow:
        chart = ledger.load_chart(uow)
        before = cumulative(uow, p.start - timedelta(days=1))
        after = cumulative(uow, p.end)
        prev = p.previous()
        ytd = _cash_counter(uow, p.year_to_date().start, p.end) if p.is_month else None
        return build_cash_flow(p, chart, sum(before.get(c, 0) for c in CASH_ACCOUNTS),
                               sum(after.get(c, 0) for c in CASH_ACCOUNTS), _cash_counter(uow, p.start, p.end),
                               _cash_counter(uow, prev.start, prev.end), ytd)


def _cash_counter(uow: UnitOfWork, start, end) -> dict[str, int]:
    """Per counter-account: credits minus debits on the journals that move cash in [start, end]."""
    cash_journals = (select(_JL.journal_id).join(JournalRow, JournalRow.id == _JL.journal_id)
                     .where(_JL.account_code.in_(CASH_ACCOUNTS), JournalRow.date >= start,
                            JournalRow.date <= end).distinct())
    return {code: int(v) for code, v in uow.session.execute(
        select(_JL.account_code, func.sum(_JL.credit_rp) - func.sum(_JL.debit_rp))
        .where(_JL.journal_id.in_(cash_journals), _JL.account_code.not_in(CASH_ACCOUNTS))
        .group_by(_JL.account_code)) if v}


def ekuitas(uow: UnitOfWork, actor: Actor, period: str) -> EquityChanges:
    actor.require(Permission.REPORT_VIEW)
    p = parse_period(period)
    with uow:
        return build_equity_changes(p, ledger.load_chart(uow), cumulative(uow, p.start - timedelta(days=1)),
                                    cumulative(uow, p.end), movements(uow, p.start, p.end))
