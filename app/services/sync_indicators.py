"""indicators.json of a district package: the monitoring figures of the months it covers.

Balances are as they stood at the end of the period, flows are over the period, all read
inside the caller's unit from the same tables the outlet's own reports read, so they agree
with them. Each figure depends only on documents dated up to the period's end (never on
the state of a loan or a member today), so exporting the same months again with the same
books gives the same figures:

- operating: days open = business days with a shift or a completed sale; operating = a day
  open or any posting in the period; outlet = a shift or a completed sale by the period's end.
- members: total = joined by the end; active = of those, not exited by the end; new = joined
  in the period; exited = exit dated in the period.
- sales: completed sales by business day, gross less discount (deposits are not sales), less
  goods returned in the period (by the return's day, in the sale's member column);
  transactions = completed sales; by_unit: LPG (subsidised products, or category LPG) and
  sembako (everything else).
- lpg: subsidised cylinders sold in completed sales of the period (as the LPG recap) and
  distinct buyer NIKs (a count only).
- savings: the sum of every movement dated by the end, per type (= the savings accounts).
- loans: principal owed at the end per loan (principal less principal repaid by then,
  nothing once rescheduled or written off by then), its days past due from the schedule and
  what was paid on each installment by then; kolektibilitas from the outlet's buckets
  (codes 1-5 -> lancar, dpk, kurang_lancar, diragukan, macet), NPL = Kurang Lancar and worse,
  as loan_reports. Outstanding = Piutang Pinjaman (1105) at the end.
- shu: year to date = income less expenses from 1 January to the end, closing journals left
  out (the PHU's SHU); last closed year = the latest year whose closing journal (TT) was
  posted by the period's end, with the SHU it closed to 3105.
- assets: the Neraca at the end (total assets; 1101 Kas, 1102 Bank, 1108 Persediaan, and
  12xx fixed assets net of depreciation).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import case, distinct, func, literal, or_, select, union

from app.domain.loan_quality import DueItem, days_past_due, kolektibilitas
from app.domain.monthly_statement import loan_owed_on
from app.domain.reports import CLOSING_DOC_TYPE, SHU_ACCOUNT, Period, unclosed_result_rp
from app.domain.sync_outlet import (BUCKET_KEYS, NPL_FROM_CODE, ExportPeriod, bucket_key, npl_pct,
                                    ordered_partnerships, ordered_units)
from app.services import ledger, profile, reports, settings
from app.services.loans import buckets_in
from app.store.models import AccountDayBalanceRow, JournalRow
from app.store.models_loans import LoanInstallmentRow, LoanPaymentItemRow, LoanPaymentRow, LoanRow
from app.store.models_savings import SavingsMoveRow
from app.store.models_shop import (MemberRow, ProductRow, SaleLineRow, SaleReturnLineRow, SaleReturnRow, SaleRow,
                                   ShiftRow)
from app.store.uow import UnitOfWork

SAVINGS_TYPES = ("pokok", "wajib", "sukarela")
UNITS = ("lpg", "sembako")
_NET = SaleLineRow.gross_rp - SaleLineRow.discount_rp
_LPG = or_(ProductRow.subsidized.is_(True), func.upper(ProductRow.category) == "LPG")


def indicators(uow: UnitOfWork, p: ExportPeriod) -> dict:
    return {
        "period": {"from": p.first, "to": p.last},
        "operating": _operating(uow, p),
        "members": _members(uow, p),
        "sales": _sales(uow, p),
        "lpg": _lpg(uow, p),
        "savings": _savings(uow, p.end),
        "loans": loans_at(uow, p.end),
        "shu": _shu(uow, p.end),
        "assets": _assets(uow, p),
        "business_units": ordered_units(settings.get(uow, "sync.business_units")),
        "partnerships": ordered_partnerships(settings.get(uow, "sync.partnerships")),
    }


def _operating(uow: UnitOfWork, p: ExportPeriod) -> dict:
    s = uow.session
    days = union(
        select(ShiftRow.business_date).where(ShiftRow.business_date >= p.start, ShiftRow.business_date <= p.end),
        select(SaleRow.business_date).where(SaleRow.status == "completed", SaleRow.business_date >= p.start,
                                            SaleRow.business_date <= p.end)).subquery()
    days_open = int(s.execute(select(func.count()).select_from(days)).scalar_one())
    posted = s.execute(select(literal(1)).where(AccountDayBalanceRow.day >= p.start,
                                                AccountDayBalanceRow.day <= p.end).limit(1)).first() is not None
    outlet = (s.execute(select(literal(1)).where(ShiftRow.business_date <= p.end).limit(1)).first() is not None
              or s.execute(select(literal(1)).where(SaleRow.status == "completed", SaleRow.business_date <= p.end)
                           .limit(1)).first() is not None)
    return {"operating": days_open > 0 or posted, "days_open": days_open, "outlet": outlet}


def _members(uow: UnitOfWork, p: ExportPeriod) -> dict:
    m = MemberRow
    exited_by_end = (m.exit_date.is_not(None)) & (m.exit_date <= p.end)
    total, active, new, exited = uow.session.execute(select(
        func.count(m.id),
        func.coalesce(func.sum(case((exited_by_end, 0), else_=1)), 0),
        func.coalesce(func.sum(case((m.join_date >= p.start, 1), else_=0)), 0),
        func.coalesce(func.sum(case((exited_by_end & (m.exit_date >= p.start), 1), else_=0)), 0),
    ).where(m.join_date <= p.end)).one()
    return {"total": int(total), "active": int(active), "new": int(new), "exited": int(exited)}


def _sales(uow: UnitOfWork, p: ExportPeriod) -> dict:
    s = uow.session
    member = SaleRow.member_id.is_not(None)
    in_period = (SaleRow.status == "completed", SaleRow.business_date >= p.start, SaleRow.business_date <= p.end)
    by: dict[tuple[str, bool], int] = defaultdict(int)
    for lpg, is_member, amount in s.execute(
            select(_LPG, member, func.sum(_NET)).join(SaleLineRow, SaleLineRow.sale_id == SaleRow.id)
            .join(ProductRow, ProductRow.id == SaleLineRow.product_id).where(*in_period).group_by(_LPG, member)):
        by[("lpg" if lpg else "sembako", bool(is_member))] += int(amount or 0)
    for lpg, is_member, amount in s.execute(
            select(_LPG, member, func.sum(SaleReturnLineRow.amount_rp))
            .join(SaleReturnRow, SaleReturnRow.id == SaleReturnLineRow.return_id)
            .join(SaleLineRow, SaleLineRow.id == SaleReturnLineRow.sale_line_id)
            .join(SaleRow, SaleRow.id == SaleReturnRow.sale_id)
            .join(ProductRow, ProductRow.id == SaleLineRow.product_id)
            .where(SaleReturnRow.business_date >= p.start, SaleReturnRow.business_date <= p.end)
            .group_by(_LPG, member)):
        by[("lpg" if lpg else "sembako", bool(is_member))] -= int(amount or 0)
    transactions = int(s.execute(select(func.count(SaleRow.id)).where(*in_period)).scalar_one())
    member_rp = sum(v for (_u, m), v in by.items() if m)
    non_member_rp = sum(v for (_u, m), v in by.items() if not m)
    return {"total_rp": member_rp + non_member_rp, "member_rp": member_rp, "non_member_rp": non_member_rp,
            "transactions": transactions,
            "by_unit": {u: sum(v for (unit, _m), v in by.items() if unit == u) for u in UNITS}}


def _lpg(uow: UnitOfWork, p: ExportPeriod) -> dict:
    qty, buyers = uow.session.execute(
        select(func.coalesce(func.sum(SaleLineRow.qty_milli), 0), func.count(distinct(SaleRow.buyer_nik)))
        .join(SaleLineRow, SaleLineRow.sale_id == SaleRow.id).join(ProductRow, ProductRow.id == SaleLineRow.product_id)
        .where(SaleRow.status == "completed", SaleRow.business_date >= p.start, SaleRow.business_date <= p.end,
               ProductRow.subsidized.is_(True))).one()
    return {"cylinders": int(qty) // 1000, "distinct_buyers": int(buyers)}


def _savings(uow: UnitOfWork, end: date) -> dict:
    rows = dict(uow.session.execute(select(SavingsMoveRow.type, func.sum(SavingsMoveRow.amount_rp))
                                    .where(SavingsMoveRow.business_date <= end).group_by(SavingsMoveRow.type)).all())
    out = {f"{t}_rp": int(rows.get(t) or 0) for t in SAVINGS_TYPES}
    out["total_rp"] = sum(out.values())
    return out


def loans_at(uow: UnitOfWork, end: date) -> dict:
    """Outstanding principal per kolektibilitas at the end of `end`, from documents dated by then."""
    s = uow.session
    repaid = dict(s.execute(select(LoanPaymentRow.loan_id, func.sum(LoanPaymentRow.principal_rp))
                            .where(LoanPaymentRow.kind.in_(("angsuran", "pelunasan")),
                                   LoanPaymentRow.business_date <= end).group_by(LoanPaymentRow.loan_id)).all())
    owed: dict[int, int] = {}
    for loan_id, principal, disbursed_on, status, closed_on in s.execute(
            select(LoanRow.id, LoanRow.principal_rp, LoanRow.disbursed_on, LoanRow.status, LoanRow.closed_on)
            .where(LoanRow.disbursed_on.is_not(None), LoanRow.disbursed_on <= end).order_by(LoanRow.id)):
        left = loan_owed_on(principal, disbursed_on, status, closed_on, int(repaid.get(loan_id) or 0), end)
        if left:
            owed[loan_id] = left
    paid: dict[tuple[int, int], tuple[int, int]] = {}
    due: dict[int, list] = defaultdict(list)
    if owed:
        for loan_id, no, p_rp, i_rp in s.execute(
                select(LoanPaymentRow.loan_id, LoanPaymentItemRow.installment_no,
                       func.sum(LoanPaymentItemRow.principal_rp), func.sum(LoanPaymentItemRow.interest_rp))
                .join(LoanPaymentRow, LoanPaymentRow.id == LoanPaymentItemRow.payment_id)
                .where(LoanPaymentRow.business_date <= end)
                .group_by(LoanPaymentRow.loan_id, LoanPaymentItemRow.installment_no)):
            paid[(loan_id, no)] = (int(p_rp), int(i_rp))
        for row in s.execute(select(LoanInstallmentRow).where(LoanInstallmentRow.due_date < end)
                             .order_by(LoanInstallmentRow.loan_id, LoanInstallmentRow.no)).scalars():
            if row.loan_id in owed:
                p_rp, i_rp = paid.get((row.loan_id, row.no), (0, 0))
                due[row.loan_id].append(DueItem(row.no, row.due_date, max(row.principal_rp - p_rp, 0),
                                                max(row.interest_rp - i_rp, 0)))
    buckets = buckets_in(uow)
    by_key = {k: 0 for k in BUCKET_KEYS}
    npl = 0
    for loan_id, left in owed.items():
        bucket = kolektibilitas(days_past_due(due[loan_id], end), buckets)
        by_key[bucket_key(bucket.code)] += left
        if bucket.code >= NPL_FROM_CODE:
            npl += left
    outstanding = sum(owed.values())
    return {"outstanding_rp": outstanding, "npl_pct": npl_pct(npl, outstanding), "by_kolektibilitas": by_key}


def _shu(uow: UnitOfWork, end: date) -> dict:
    chart = ledger.load_chart(uow)
    ytd = unclosed_result_rp(chart, reports.result_movements(uow, date(end.year, 1, 1), end))
    zone = profile.outlet_zone(uow)
    closed = [j for j in uow.session.execute(
        select(JournalRow.date, JournalRow.posted_at).where(JournalRow.doc_type == CLOSING_DOC_TYPE,
                                                            JournalRow.date <= end)).all()
              if zone.local_date(j.posted_at) <= end]
    last = None
    if closed:
        year = max(j.date.year for j in closed)
        net = reports.closing_lines(uow, date(year, 1, 1), date(year, 12, 31)).get(SHU_ACCOUNT, 0)
        last = {"year": year, "shu_rp": -net}
    return {"year_to_date_rp": ytd, "last_closed_year": last}


def _assets(uow: UnitOfWork, p: ExportPeriod) -> dict:
    neraca = reports.neraca_in(uow, Period(p.last, p.start, p.end))
    amount = {r.code: r.amount_rp for r in neraca.rows if r.section == "aset"}
    return {"total_rp": neraca.total_aset_rp, "kas_rp": amount.get("1101", 0), "bank_rp": amount.get("1102", 0),
            "persediaan_rp": amount.get("1108", 0),
            "aset_tetap_rp": sum(v for code, v in amount.items() if code.startswith("12"))}

