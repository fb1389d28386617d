"""Statutory reports read from the ledger: Neraca Saldo, Neraca, PHU (anggota / non-anggota).

Balances come from the per-day account totals (one indexed sum per report); only the
year-end closing journals (doc type TT) are read line by line, to leave them out of a PHU."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select

from app.domain.accounts import Account
from app.domain.auth import Actor, Permission
from app.domain.reports import (CLOSING_DOC_TYPE, Neraca, Period, TrialBalanceReport, build_neraca,
                                build_trial_balance, parse_period)
from app.domain.reports_phu import PhuReport, build_phu
from app.services import ledger
from app.store.models import AccountDayBalanceRow, JournalLineRow, JournalRow
from app.store.models_shop import SaleLineRow, SaleReturnLineRow, SaleReturnRow, SaleRow
from app.store.uow import UnitOfWork

_DAY = AccountDayBalanceRow


def cumulative(uow: UnitOfWork, as_of: date) -> dict[str, int]:
    """Net debit per account of everything dated on or before `as_of`."""
    rows = uow.session.execute(select(_DAY.account_code, func.sum(_DAY.debit_rp) - func.sum(_DAY.credit_rp))
                               .where(_DAY.day <= as_of).group_by(_DAY.account_code))
    return {code: int(v) for code, v in rows if v}


def movements(uow: UnitOfWork, start: date, end: date) -> dict[str, tuple[int, int]]:
    """(debits, credits) per account dated within [start, end]."""
    rows = uow.session.execute(select(_DAY.account_code, func.sum(_DAY.debit_rp), func.sum(_DAY.credit_rp))
                               .where(_DAY.day >= start, _DAY.day <= end).group_by(_DAY.account_code))
    return {code: (int(d), int(c)) for code, d, c in rows}


def closing_lines(uow: UnitOfWork, start: date, end: date) -> dict[str, int]:
    """Net debit per account of the year-end closing journals (TT) within [start, end]."""
    rows = uow.session.execute(
        select(JournalLineRow.account_code, func.sum(JournalLineRow.debit_rp) - func.sum(JournalLineRow.credit_rp))
        .join(JournalRow, JournalRow.id == JournalLineRow.journal_id)
        .where(JournalRow.doc_type == CLOSING_DOC_TYPE, JournalRow.date >= start, JournalRow.date <= end)
        .group_by(JournalLineRow.account_code))
    return {code: int(v) for code, v in rows if v}


def result_movements(uow: UnitOfWork, start: date, end: date) -> dict[str, int]:
    """Net debit per account within [start, end], closing journals left out: what a PHU reads."""
    net = {code: d - c for code, (d, c) in movements(uow, start, end).items()}
    for code, v in closing_lines(uow, start, end).items():
        net[code] = net.get(code, 0) - v
    return {code: v for code, v in net.items() if v}


def member_figures(uow: UnitOfWork, start: date, end: date) -> tuple[int, int]:
    """(HPP of member sales net of member returns, goods refunded on member sales) in the period,
    from the sales tables: the member flag of a sale decides its column in the PHU."""
    s = uow.session
    cost = s.execute(select(func.coalesce(func.sum(SaleLineRow.cost_rp), 0))
                     .join(SaleRow, SaleRow.id == SaleLineRow.sale_id)
                     .where(SaleRow.status == "completed", SaleRow.member_id.is_not(None),
                            SaleRow.business_date >= start, SaleRow.business_date <= end)).scalar_one()
    ret_cost, ret_amount = s.execute(
        select(func.coalesce(func.sum(SaleReturnLineRow.cost_rp), 0),
               func.coalesce(func.sum(SaleReturnLineRow.amount_rp), 0))
        .join(SaleReturnRow, SaleReturnRow.id == SaleReturnLineRow.return_id)
        .join(SaleRow, SaleRow.id == SaleReturnRow.sale_id)
        .where(SaleRow.member_id.is_not(None), SaleReturnRow.business_date >= start,
               SaleReturnRow.business_date <= end)).one()
    return int(cost) - int(ret_cost), int(ret_amount)


def _chart(uow: UnitOfWork) -> dict[str, Account]:
    return ledger.load_chart(uow)


# --- the reports --------------------------------------------------------------------

def trial_balance(uow: UnitOfWork, actor: Actor, period: str) -> TrialBalanceReport:
    """Neraca Saldo: opening balance, movements of the period and closing balance per account."""
    actor.require(Permission.REPORT_VIEW)
    p = parse_period(period)
    with uow:
        return build_trial_balance(p, _chart(uow), cumulative(uow, p.start - timedelta(days=1)),
                                   movements(uow, p.start, p.end))


def neraca_in(uow: UnitOfWork, p: Period) -> Neraca:
    prev_end = p.previous().end
    return build_neraca(p, _chart(uow), cumulative(uow, p.end), cumulative(uow, prev_end), prev_end)


def neraca(uow: UnitOfWork, actor: Actor, period: str) -> Neraca:
    """Laporan Posisi Keuangan at the period's end, beside the previous period's end."""
    actor.require(Permission.REPORT_VIEW)
    p = parse_period(period)
    with uow:
        return neraca_in(uow, p)


def phu_between(uow: UnitOfWork, p: Period, *, compare: bool = True) -> PhuReport:
    chart = _chart(uow)
    hpp_anggota, retur_anggota = member_figures(uow, p.start, p.end)
    previous = ytd = None
    if compare:
        prev = p.previous()
        previous = result_movements(uow, prev.start, prev.end)
        if p.is_month:
            y = p.year_to_date()
            ytd = result_movements(uow, y.start, y.end)
    return build_phu(p, chart, result_movements(uow, p.start, p.end), hpp_anggota_rp=hpp_anggota,
                     retur_anggota_rp=retur_anggota, previous=previous, ytd=ytd)


def phu(uow: UnitOfWork, actor: Actor, period: str, *, compare: bool = True) -> PhuReport:
    """Laporan Perhitungan Hasil Usaha of a month ("YYYY-MM") or a year ("YYYY"), with the
    anggota and non-anggota columns (rule: app.domain.reports_phu); the year-end closing
    journals are left out, so a closed year still shows its result. Stable signature: the
    SHU computation calls it."""
    actor.require(Permission.REPORT_VIEW)
    p = parse_period(period)
    with uow:
        return phu_between(uow, p, compare=compare)


def phu_range(uow: UnitOfWork, actor: Actor, start: date, end: date) -> PhuReport:
    """The PHU of any range of days (no comparison columns)."""
    actor.require(Permission.REPORT_VIEW)
    with uow:
        return phu_between(uow, Period(f"{start}..{end}", start, end), compare=False)


def net_by_day(uow: UnitOfWork, account: str, start: date, end: date) -> dict[date, tuple[int, int]]:
    rows = uow.session.execute(select(_DAY.day, _DAY.debit_rp, _DAY.credit_rp)
                               .where(_DAY.account_code == account, _DAY.day >= start, _DAY.day <= end))
    out: dict[date, tuple[int, int]] = defaultdict(lambda: (0, 0))
    for day, d, c in rows:
        out[day] = (int(d), int(c))
    return dict(out)
