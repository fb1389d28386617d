"""Loan quality across the portfolio on a business date: the Daftar Nominatif (every
running loan with days past due and kolektibilitas), the Daftar Tunggakan (those in
arrears), NPL ratio and provisions (PPAP); and the check that outstanding principal
equals Piutang Pinjaman.

`aging(as_of)` takes the loans running now that were disbursed by `as_of`, with what has
been paid on them so far: a date ahead shows what will be late if nothing more is paid;
a date in the past is not a reconstruction of the books as they stood then."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.domain.auth import Actor, Permission
from app.domain.fmt import rupiah
from app.domain.loan_quality import DEFAULT_BUCKETS, Bucket, kolektibilitas, provision_rp
from app.services import profile
from app.services.loans import RECEIVABLE, buckets_in, info_in
from app.store.models import AccountDayBalanceRow
from app.store.models_loans import LoanInstallmentRow, LoanRow
from app.store.uow import UnitOfWork


@dataclass(frozen=True)
class AgingRow:
    number: str
    member_no: str
    member_name: str
    product_code: str
    disbursed_on: date
    principal_rp: int
    outstanding_rp: int
    arrears_rp: int  # principal + interest due and unpaid
    penalty_due_rp: int
    days_past_due: int
    bucket: Bucket
    provision_rp: int


@dataclass(frozen=True)
class AgingReport:
    as_of: date
    rows: tuple[AgingRow, ...]
    buckets: tuple[Bucket, ...] = DEFAULT_BUCKETS

    @property
    def outstanding_rp(self) -> int:
        return sum(r.outstanding_rp for r in self.rows)

    @property
    def npl_rp(self) -> int:
        """Non-performing: Kurang Lancar, Diragukan, Macet (bucket 3 and above)."""
        return sum(r.outstanding_rp for r in self.rows if r.bucket.code >= 3)

    @property
    def npl_ratio_pct(self) -> float:
        return round(100 * self.npl_rp / self.outstanding_rp, 2) if self.outstanding_rp else 0.0

    @property
    def health(self) -> str:
        ratio = self.npl_ratio_pct
        return "sehat" if ratio <= 5 else ("cukup sehat" if ratio <= 15 else "tidak sehat")

    @property
    def provision_rp(self) -> int:
        return sum(r.provision_rp for r in self.rows)

    def by_bucket(self) -> list[tuple[Bucket, int, int]]:
        """(bucket, number of loans, outstanding) for every bucket, in order."""
        return [(b, sum(1 for r in self.rows if r.bucket.code == b.code),
                 sum(r.outstanding_rp for r in self.rows if r.bucket.code == b.code)) for b in self.buckets]

    @property
    def in_arrears(self) -> tuple[AgingRow, ...]:
        return tuple(sorted((r for r in self.rows if r.days_past_due > 0), key=lambda r: -r.days_past_due))


def aging(uow: UnitOfWork, actor: Actor, as_of: date | None = None) -> AgingReport:
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        as_of = as_of or profile.business_date(uow)
        rows = []
        for loan in uow.session.execute(select(LoanRow).where(LoanRow.status == "cair", LoanRow.disbursed_on <= as_of)
                                        .order_by(LoanRow.number)).scalars():
            info = info_in(uow, loan, as_of)
            bucket = kolektibilitas(info.days_past_due, info.buckets)
            rows.append(AgingRow(info.number, info.member_no, info.member_name, info.product_code,
                                 info.disbursed_on, info.principal_rp, info.outstanding_rp, info.arrears_rp,
                                 info.penalty_due_rp, info.days_past_due, bucket,
                                 provision_rp(info.outstanding_rp, bucket)))
        return AgingReport(as_of, tuple(rows), buckets_in(uow))


@dataclass(frozen=True)
class LoanFigures:
    outstanding_rp: int  # sum over running loans
    schedule_rp: int  # the same from the installments (principal less principal paid)
    books_rp: int  # Piutang Pinjaman

    @property
    def ok(self) -> bool:
        return self.outstanding_rp == self.schedule_rp == self.books_rp


def loan_figures(uow: UnitOfWork) -> LoanFigures:
    s = uow.session
    outstanding = int(s.execute(select(func.coalesce(func.sum(LoanRow.outstanding_rp), 0))
                                .where(LoanRow.status == "cair")).scalar_one())
    schedule = int(s.execute(select(func.coalesce(func.sum(
        LoanInstallmentRow.principal_rp - LoanInstallmentRow.paid_principal_rp), 0))
        .join(LoanRow, LoanRow.id == LoanInstallmentRow.loan_id).where(LoanRow.status == "cair")).scalar_one())
    d, c = s.execute(select(func.coalesce(func.sum(AccountDayBalanceRow.debit_rp), 0),
                            func.coalesce(func.sum(AccountDayBalanceRow.credit_rp), 0))
                     .where(AccountDayBalanceRow.account_code == RECEIVABLE)).one()
    return LoanFigures(outstanding, schedule, int(d) - int(c))


def describe(f: LoanFigures) -> str:
    return (f"sisa pokok pinjaman {rupiah(f.outstanding_rp)}, jadwal {rupiah(f.schedule_rp)}, "
            f"Piutang Pinjaman {rupiah(f.books_rp)}")
