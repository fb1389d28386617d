"""What each member brought in a year, for the SHU (read in the caller's transaction):

- who shares: members who joined on or before 31 December and had not left by then (exit
  date after the year end, or none). A member who left during the year gets no SHU for it:
  their pokok and wajib were paid back at exit and their membership rights ended there; their
  savings and transactions are left out of the totals too, so the pools go whole to those
  who remain. A member who leaves after the year end but before the payout still gets it
  (in cash).
- jasa modal basis: pokok + wajib at the year end (every movement dated on or before it),
  or the average daily balance over the year (opening balance plus each movement weighted
  by the days it stood until 31 December, over the days of the year: exact fractions).
- transactions: member purchases = completed sales attached to the member in the year
  (total less cylinder deposits) less goods refunded on the member's sales in the year;
  loan interest = the interest part of the member's loan payments dated in the year.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from fractions import Fraction

from sqlalchemy import func, or_, select

from app.domain.shu import MemberBasis
from app.store.models_loans import LoanPaymentRow, LoanRow
from app.store.models_savings import SavingsMoveRow
from app.store.models_shop import MemberRow, SaleReturnLineRow, SaleReturnRow, SaleRow
from app.store.uow import UnitOfWork

CAPITAL_TYPES = ("pokok", "wajib")


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def eligible_members(uow: UnitOfWork, year: int) -> dict[int, tuple[str, str]]:
    _, end = year_bounds(year)
    rows = uow.session.execute(select(MemberRow.id, MemberRow.member_no, MemberRow.name).where(
        MemberRow.join_date <= end, or_(MemberRow.exit_date.is_(None), MemberRow.exit_date > end)))
    return {i: (no, name) for i, no, name in rows}


def modal_at_end(uow: UnitOfWork, year: int) -> dict[int, Fraction]:
    _, end = year_bounds(year)
    rows = uow.session.execute(select(SavingsMoveRow.member_id, func.sum(SavingsMoveRow.amount_rp)).where(
        SavingsMoveRow.type.in_(CAPITAL_TYPES), SavingsMoveRow.business_date <= end)
        .group_by(SavingsMoveRow.member_id))
    return {m: Fraction(int(v)) for m, v in rows if v}


def modal_average(uow: UnitOfWork, year: int) -> dict[int, Fraction]:
    start, end = year_bounds(year)
    days = (end - start).days + 1
    out: dict[int, Fraction] = defaultdict(Fraction)
    for m, v in uow.session.execute(select(SavingsMoveRow.member_id, func.sum(SavingsMoveRow.amount_rp)).where(
            SavingsMoveRow.type.in_(CAPITAL_TYPES), SavingsMoveRow.business_date < start)
            .group_by(SavingsMoveRow.member_id)):
        out[m] += int(v)
    weighted: dict[int, int] = defaultdict(int)
    for m, on, amount in uow.session.execute(select(SavingsMoveRow.member_id, SavingsMoveRow.business_date,
                                                    SavingsMoveRow.amount_rp).where(
            SavingsMoveRow.type.in_(CAPITAL_TYPES), SavingsMoveRow.business_date >= start,
            SavingsMoveRow.business_date <= end)):
        weighted[m] += int(amount) * ((end - on).days + 1)
    for m, w in weighted.items():
        out[m] += Fraction(w, days)
    return {m: v for m, v in out.items() if v}


def purchases(uow: UnitOfWork, year: int) -> dict[int, int]:
    start, end = year_bounds(year)
    s = uow.session
    out: dict[int, int] = defaultdict(int)
    for m, v in s.execute(select(SaleRow.member_id, func.sum(SaleRow.total_rp - SaleRow.deposit_rp)).where(
            SaleRow.status == "completed", SaleRow.member_id.is_not(None), SaleRow.business_date >= start,
            SaleRow.business_date <= end).group_by(SaleRow.member_id)):
        out[m] += int(v)
    for m, v in s.execute(select(SaleRow.member_id, func.sum(SaleReturnLineRow.amount_rp))
                          .join(SaleReturnRow, SaleReturnRow.id == SaleReturnLineRow.return_id)
                          .join(SaleRow, SaleRow.id == SaleReturnRow.sale_id)
                          .where(SaleRow.member_id.is_not(None), SaleReturnRow.business_date >= start,
                                 SaleReturnRow.business_date <= end).group_by(SaleRow.member_id)):
        out[m] -= int(v)
    return {m: max(v, 0) for m, v in out.items() if v > 0}


def interest_paid(uow: UnitOfWork, year: int) -> dict[int, int]:
    start, end = year_bounds(year)
    rows = uow.session.execute(select(LoanRow.member_id, func.sum(LoanPaymentRow.interest_rp))
                               .join(LoanRow, LoanRow.id == LoanPaymentRow.loan_id)
                               .where(LoanPaymentRow.business_date >= start, LoanPaymentRow.business_date <= end)
                               .group_by(LoanRow.member_id))
    return {m: int(v) for m, v in rows if v}


def member_bases(uow: UnitOfWork, year: int, jma_basis: str) -> tuple[list[MemberBasis], dict[str, int]]:
    """Every eligible member's basis, and member number -> member id (for the shares)."""
    members = eligible_members(uow, year)
    modal = modal_average(uow, year) if jma_basis == "rata_rata" else modal_at_end(uow, year)
    bought, interest = purchases(uow, year), interest_paid(uow, year)
    out = [MemberBasis(no, name, modal.get(i, Fraction(0)), bought.get(i, 0), interest.get(i, 0))
           for i, (no, name) in members.items()]
    return out, {no: i for i, (no, _name) in members.items()}
