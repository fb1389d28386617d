"""Loan documents: the Kartu Pinjaman (PDF) of one loan, and the Daftar Nominatif
Pinjaman and Daftar Tunggakan of the whole portfolio on a date (PDF or XLSX).

Each reads its figures (nothing is written to the database, nothing audited: printing
changes nothing), leaves the transaction, then writes the file beside the target and
moves it into place, so a refusal or a failure leaves no file behind. The document
modules (reportlab, openpyxl) load only when a file is written: `card_installments`,
`payments` and `portfolio` also serve `kopdes loan show/nominatif --json`.
Permissions: member.view for the card; member.view and report.view for the lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.fmt import rupiah
from app.domain.loan_documents import (BucketTotal, CardInstallment, CardPayment, LoanCardData, PortfolioData,
                                       PortfolioRow, installment_status, pct_text)
from app.domain.loan_product import FEE_MODES, LoanProduct
from app.domain.loan_quality import Bucket
from app.domain.loan_schedule import METHOD_LABELS
from app.services import loan_reports, member_registry, profile
from app.services.loans import LoanInfo, info_in, loan_row
from app.store.models import UserRow
from app.store.models_loans import LoanPaymentRow, LoanRow
from app.store.models_shop import MemberRow
from app.store.uow import UnitOfWork

FORMATS = ("pdf", "xlsx")


# ------------------------------------------------------------------ the loan card

def _fee_text(terms: LoanProduct, fee_rp: int) -> str:
    if terms.fee_kind == "none" or (fee_rp == 0 and terms.fee_kind != "percent"):
        return "tanpa biaya administrasi"
    base = f"{_pct(terms.fee_value)}%" if terms.fee_kind == "percent" else "tetap"
    return f"{base}, {FEE_MODES.get(terms.fee_mode, terms.fee_mode)}"


def _penalty_text(terms: LoanProduct) -> str:
    p = terms.penalty
    grace = f", tenggang {p.grace_days} hari" if p.grace_days else ""
    if p.kind == "percent_month":
        return f"{_pct(p.percent_per_month)}% per bulan dari tunggakan{grace}"
    if p.kind == "fixed_day":
        return f"{rupiah(p.fixed_per_day_rp)} per hari terlambat{grace}"
    return "tanpa denda"


def _pct(value: Decimal) -> str:
    return pct_text(value, 4)


def _username(uow: UnitOfWork, user_id: int, cache: dict[int, str]) -> str:
    if user_id not in cache:
        user = uow.session.get(UserRow, user_id)
        cache[user_id] = user.username if user else "?"
    return cache[user_id]


def payments_in(uow: UnitOfWork, loan_id: int) -> tuple[CardPayment, ...]:
    users: dict[int, str] = {}
    rows = uow.session.execute(select(LoanPaymentRow).where(LoanPaymentRow.loan_id == loan_id)
                               .order_by(LoanPaymentRow.id)).scalars()
    return tuple(CardPayment(p.number, p.business_date, p.kind, p.method, int(p.amount_rp), int(p.principal_rp),
                             int(p.interest_rp), int(p.penalty_rp), _username(uow, p.user_id, users)) for p in rows)


def card_installments(info: LoanInfo) -> tuple[CardInstallment, ...]:
    """The schedule as the card and `kopdes loan show` print it: each installment with the
    principal still scheduled after it, what was paid and its status on `info.as_of`."""
    if not info.installments:  # not disbursed: the schedule as it would be if disbursed on as_of
        rows, left = [], info.principal_rp
        for i in info.preview:
            left -= i.principal_rp
            rows.append(CardInstallment(i.no, i.due_date, i.principal_rp, i.interest_rp, left, 0, 0, 0, 0, "rencana"))
        return tuple(rows)
    out = []
    later = sum(s.principal_rp for s in info.installments)
    for s in info.installments:
        later -= s.principal_rp
        paid = s.paid_principal_rp + s.paid_interest_rp
        status = installment_status(owed_rp=s.owed_rp, paid_rp=paid, due_date=s.due_date, as_of=info.as_of,
                                    loan_status=info.status)
        late = (info.as_of - s.due_date).days if status == "terlambat" else 0
        out.append(CardInstallment(s.no, s.due_date, s.principal_rp, s.interest_rp, later, s.paid_principal_rp,
                                   s.paid_interest_rp, s.paid_penalty_rp, s.penalty_due_rp, status, late))
    return tuple(out)


def payments(uow: UnitOfWork, actor: Actor, number: str) -> tuple[CardPayment, ...]:
    """Every payment on a loan (angsuran, pelunasan, pemulihan), oldest first."""
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        return payments_in(uow, loan_row(uow, number).id)


def _card_in(uow: UnitOfWork, actor: Actor, row: LoanRow, as_of: date | None) -> LoanCardData:
    co = profile.require(uow)
    info = info_in(uow, row, as_of)
    member = uow.session.get(MemberRow, row.member_id)
    guarantor = uow.session.get(MemberRow, row.guarantor_id) if row.guarantor_id else None
    terms = info.terms
    return LoanCardData(
        co, info.number, info.status, info.status_label, info.member_no, info.member_name,
        member_registry.profile_in(uow, member).full_address,
        f"{guarantor.member_no} {guarantor.name}" if guarantor else "", info.product_code, info.product_name,
        info.principal_rp, info.term, METHOD_LABELS[terms.method], terms.rate_pct, terms.rate_period,
        terms.monthly_rate * 100, info.effective_annual_rate, info.fee_rp if info.disbursed_on else terms.fee_rp(
            info.principal_rp), _fee_text(terms, info.fee_rp), _penalty_text(terms), info.purpose, info.collateral,
        info.applied_on, info.disbursed_on, info.closed_on, info.parent_number, info.outstanding_rp,
        info.arrears_rp, info.penalty_due_rp, info.days_past_due, info.kolektibilitas, info.written_off_rp,
        card_installments(info), payments_in(uow, row.id), info.as_of, uow.now(), profile.outlet_zone(uow),
        f"{actor.full_name} ({actor.username})")


def card_data(uow: UnitOfWork, actor: Actor, number: str, *, as_of: date | None = None) -> LoanCardData:
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        return _card_in(uow, actor, loan_row(uow, number), as_of)


def loan_card_pdf(uow: UnitOfWork, actor: Actor, number: str, path: Path | str, *,
                  as_of: date | None = None, compress: bool = True) -> Path:
    """Write the Kartu Pinjaman of loan `number` (A4 portrait); returns the path written."""
    from app.documents import loan_card  # reportlab loads only when a document is written

    data = card_data(uow, actor, number, as_of=as_of)
    return loan_card.loan_card_pdf(data, path, compress=compress)


# ------------------------------------------------------------------ the portfolio lists

def _days(b: Bucket) -> str:
    if b.max_days is None:
        return f"> {b.min_days - 1}"
    return str(b.min_days) if b.min_days == b.max_days else f"{b.min_days}-{b.max_days}"


def _portfolio_of(uow: UnitOfWork, actor: Actor, report: loan_reports.AgingReport, *,
                  arrears_only: bool) -> PortfolioData:
    chosen = report.in_arrears if arrears_only else report.rows
    wanted = sorted({r.member_no for r in chosen})
    phones = {no: phone or "" for no, phone in uow.session.execute(
        select(MemberRow.member_no, MemberRow.phone).where(MemberRow.member_no.in_(wanted)))} if wanted else {}
    rows = tuple(PortfolioRow(r.number, r.member_no, r.member_name, r.product_code, r.disbursed_on, r.principal_rp,
                              r.outstanding_rp, r.arrears_rp, r.penalty_due_rp, r.days_past_due, r.bucket.code,
                              r.bucket.name, r.provision_rp, phones.get(r.member_no, "")) for r in chosen)
    buckets = tuple(BucketTotal(b.code, b.name, _days(b), Decimal(b.provision_bp) / 100, count, outstanding,
                                sum(r.provision_rp for r in report.rows if r.bucket.code == b.code))
                    for b, count, outstanding in report.by_bucket())
    ratio = Decimal(str(report.npl_ratio_pct)).quantize(Decimal("0.01"))  # the figure `kopdes loan aging` shows
    return PortfolioData(profile.require(uow), report.as_of, rows, buckets, report.outstanding_rp, report.npl_rp,
                         ratio, report.health, report.provision_rp, uow.now(), profile.outlet_zone(uow),
                         f"{actor.full_name} ({actor.username})")


def portfolio(uow: UnitOfWork, actor: Actor, as_of: date | None = None, *, arrears_only: bool = False) -> PortfolioData:
    """Every running loan on `as_of` with kolektibilitas and PPAP (the nominatif), or
    only those in arrears, most days past due first (the tunggakan)."""
    actor.require(Permission.MEMBER_VIEW)
    actor.require(Permission.REPORT_VIEW)
    report = loan_reports.aging(uow, actor, as_of)
    with uow:
        return _portfolio_of(uow, actor, report, arrears_only=arrears_only)


def _check_format(fmt: str) -> str:
    fmt = fmt.strip().lower().lstrip(".")
    if fmt not in FORMATS:
        raise DomainError("bad_format", f"Format harus pdf atau xlsx, bukan {fmt!r}.")
    return fmt


@dataclass(frozen=True)
class ListResult:
    path: Path
    format: str  # pdf | xlsx
    as_of: date
    loans: int  # rows in the list


def nominatif(uow: UnitOfWork, actor: Actor, as_of: date | None, path: Path | str, fmt: str = "pdf", *,
              compress: bool = True) -> ListResult:
    """Daftar Nominatif Pinjaman on `as_of` as PDF (landscape A4) or XLSX."""
    from app.documents import loan_lists

    fmt = _check_format(fmt)
    data = portfolio(uow, actor, as_of)
    if fmt == "pdf":
        written = loan_lists.nominatif_pdf(data, path, compress=compress)
    else:
        written = loan_lists.nominatif_xlsx(data, path)
    return ListResult(written, fmt, data.as_of, len(data.rows))


def tunggakan(uow: UnitOfWork, actor: Actor, as_of: date | None, path: Path | str, fmt: str = "pdf", *,
              compress: bool = True) -> ListResult:
    """Daftar Tunggakan (loans in arrears on `as_of`, most days first) as PDF or XLSX."""
    from app.documents import loan_lists

    fmt = _check_format(fmt)
    data = portfolio(uow, actor, as_of, arrears_only=True)
    if fmt == "pdf":
        written = loan_lists.arrears_pdf(data, path, compress=compress)
    else:
        written = loan_lists.arrears_xlsx(data, path)
    return ListResult(written, fmt, data.as_of, len(data.rows))

