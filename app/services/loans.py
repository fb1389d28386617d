"""Member loans: application, approval (four-eyes), disbursement, and reading a loan's
state on any business date.

- `apply_loan`: the product's terms are checked against the request and the member
  (active; limit as a multiple of savings; open loans) and frozen into the loan.
- `approve_loan` / `reject_loan`: by a pengurus other than the one who entered it when
  the four-eyes setting is on (default).
- `disburse_loan`: the schedule is built from the disbursement date and stored; journal
  CP-…: Debit Piutang Pinjaman (principal), Credit Kas/Bank (principal less the fee),
  Credit Provisi/Administrasi (fee). The slip is queued on the station's printer.
- `loan_state`: each installment with what is paid, the penalty accrued by the date,
  days past due and kolektibilitas.
Repayments are in `loan_payments`; reschedule and write-off in `loan_actions`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID, uuid4

from sqlalchemy import func, or_, select

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, NotFound
from app.domain.fmt import rupiah
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.loan_product import LoanProduct, check_request, product_from_dict
from app.domain.loan_quality import (DEFAULT_BUCKETS, Bucket, DueItem, buckets_from_config, days_past_due,
                                     kolektibilitas, penalty_for)
from app.domain.loan_schedule import Installment, build_schedule
from app.domain.numbering import doc_number
from app.domain.savings import CASH_ACCOUNT, parse_method
from app.services import audit, ledger, members, printing, profile, receipts, savings, settings
from app.services.loan_products import product_in
from app.store.counters import next_doc_seq
from app.store.models import JournalRow, UserRow
from app.store.models_loans import LoanInstallmentRow, LoanProductRow, LoanRow
from app.store.models_shop import MemberRow
from app.store.uow import UnitOfWork

RECEIVABLE = "1105"  # Piutang Pinjaman Anggota
INTEREST_INCOME = "4201"
FEE_INCOME = "4202"
PENALTY_INCOME = "4203"
OPEN_STATUSES = ("diajukan", "disetujui", "cair")
STATUS_LABELS = {"diajukan": "Diajukan", "disetujui": "Disetujui", "ditolak": "Ditolak", "cair": "Berjalan",
                 "lunas": "Lunas", "direstrukturisasi": "Direstrukturisasi", "dihapus": "Dihapus buku"}


@dataclass(frozen=True)
class InstallmentState:
    no: int
    due_date: date
    principal_rp: int
    interest_rp: int
    paid_principal_rp: int
    paid_interest_rp: int
    paid_penalty_rp: int
    penalty_due_rp: int  # accrued by the state's date and not yet paid

    @property
    def installment_rp(self) -> int:
        return self.principal_rp + self.interest_rp

    @property
    def owed_rp(self) -> int:
        return (self.principal_rp - self.paid_principal_rp) + (self.interest_rp - self.paid_interest_rp)

    @property
    def paid(self) -> bool:
        return self.owed_rp == 0 and self.penalty_due_rp == 0


@dataclass(frozen=True)
class LoanInfo:
    number: str
    uuid: str
    member_no: str
    member_name: str
    product_code: str
    product_name: str
    terms: LoanProduct
    principal_rp: int
    term: int
    purpose: str
    collateral: str
    guarantor_no: str | None
    notes: str
    status: str
    applied_on: date
    applied_by: str
    decided_by: str | None
    decision_note: str
    disbursed_on: date | None
    fee_rp: int
    outstanding_rp: int
    written_off_rp: int
    parent_number: str | None
    closed_on: date | None
    as_of: date
    installments: tuple[InstallmentState, ...]  # empty until disbursed
    preview: tuple[Installment, ...]  # the schedule as it would be if disbursed on `as_of` (before disbursement)
    buckets: tuple[Bucket, ...] = DEFAULT_BUCKETS  # the outlet's kolektibilitas setting

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def arrears_rp(self) -> int:
        """Principal and interest due by `as_of` and unpaid."""
        return sum(i.owed_rp for i in self.installments if i.due_date <= self.as_of)

    @property
    def penalty_due_rp(self) -> int:
        return sum(i.penalty_due_rp for i in self.installments)

    @property
    def days_past_due(self) -> int:
        if self.status != "cair":
            return 0
        return days_past_due([DueItem(i.no, i.due_date, i.principal_rp - i.paid_principal_rp,
                                      i.interest_rp - i.paid_interest_rp) for i in self.installments], self.as_of)

    @property
    def kolektibilitas(self) -> str:
        return kolektibilitas(self.days_past_due, self.buckets).name if self.status == "cair" else ""

    @property
    def effective_annual_rate(self) -> Decimal:
        """The contract's effective rate (OJK), from the schedule as agreed: later payments
        do not change it (a prepayment rebuilds the installments left, and the rebuilt
        installments alone no longer repay the principal)."""
        start = self.disbursed_on or self.as_of
        return build_schedule(self.principal_rp, self.term, self.terms.monthly_rate, self.terms.method, start,
                              round_to=self.terms.round_to).effective_annual_rate


# ------------------------------------------------------------------ building blocks

def buckets_in(uow: UnitOfWork) -> tuple[Bucket, ...]:
    return buckets_from_config(settings.get(uow, "loan.kolektibilitas"))


def loan_row(uow: UnitOfWork, number: str, *, lock: bool = False) -> LoanRow:
    q = select(LoanRow).where(LoanRow.number == number.strip().upper())
    if lock:
        q = q.with_for_update()
    row = uow.session.execute(q).scalar_one_or_none()
    if row is None:
        raise NotFound("loan_not_found", f"Pinjaman {number.strip()!r} tidak ditemukan.")
    return row


def terms_of(row: LoanRow) -> LoanProduct:
    return product_from_dict(json.loads(row.terms))


def schedule_for(row: LoanRow, start: date) -> tuple[Installment, ...]:
    terms = terms_of(row)
    return build_schedule(row.principal_rp, row.term, terms.monthly_rate, terms.method, start,
                          round_to=terms.round_to).installments


def installment_rows(uow: UnitOfWork, loan_id: int) -> list[LoanInstallmentRow]:
    return list(uow.session.execute(select(LoanInstallmentRow).where(LoanInstallmentRow.loan_id == loan_id)
                                    .order_by(LoanInstallmentRow.no)).scalars())


def states_of(rows: list[LoanInstallmentRow], terms: LoanProduct, as_of: date) -> tuple[InstallmentState, ...]:
    out = []
    for r in rows:
        owed = (r.principal_rp - r.paid_principal_rp) + (r.interest_rp - r.paid_interest_rp)
        accrued = penalty_for(owed, r.due_date, as_of, terms.penalty) if r.due_date < as_of else 0
        out.append(InstallmentState(r.no, r.due_date, r.principal_rp, r.interest_rp, r.paid_principal_rp,
                                    r.paid_interest_rp, r.paid_penalty_rp, max(accrued - r.paid_penalty_rp, 0)))
    return tuple(out)


def _username(uow: UnitOfWork, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    user = uow.session.get(UserRow, user_id)
    return user.username if user else None


def info_in(uow: UnitOfWork, row: LoanRow, as_of: date | None = None) -> LoanInfo:
    as_of = as_of or profile.business_date(uow)
    terms = terms_of(row)
    member = uow.session.get(MemberRow, row.member_id)
    guarantor = uow.session.get(MemberRow, row.guarantor_id) if row.guarantor_id else None
    parent = uow.session.get(LoanRow, row.parent_id) if row.parent_id else None
    states = states_of(installment_rows(uow, row.id), terms, as_of)
    preview = () if states else schedule_for(row, as_of)
    return LoanInfo(row.number, row.uuid, member.member_no, member.name, row.product_code, terms.name, terms,
                    row.principal_rp, row.term, row.purpose, row.collateral, guarantor.member_no if guarantor else None,
                    row.notes, row.status, row.applied_on, _username(uow, row.applied_by),
                    _username(uow, row.decided_by), row.decision_note, row.disbursed_on, row.fee_rp,
                    row.outstanding_rp, row.written_off_rp, parent.number if parent else None, row.closed_on, as_of,
                    states, preview, buckets_in(uow))


def open_loans_of(uow: UnitOfWork, member_id: int) -> int:
    return int(uow.session.execute(select(func.count(LoanRow.id)).where(
        LoanRow.member_id == member_id, LoanRow.status.in_(OPEN_STATUSES))).scalar_one())


def slip_in(uow: UnitOfWork, actor: Actor, station: str | None, row: LoanRow, number: str, title: str,
            rows: list[tuple[str, str]], total: tuple[str, str]) -> int | None:
    """Queue a loan document's slip on this station's printer, in the document's transaction."""
    if not station or not actor.can(Permission.PRINT):
        return None
    member = uow.session.get(MemberRow, row.member_id)
    slip = receipts.document_slip(printing.header_in(uow), title, number, uow.now(),
                                  [("Pinjaman", row.number), *rows], who=actor.username,
                                  member=f"{member.member_no} {member.name}", total=total,
                                  signatures=("Anggota", "Petugas"))
    return printing.print_document_in(uow, actor, station, number, f"{title} {row.number}", slip).id


# ------------------------------------------------------------------ use cases

def apply_loan(uow: UnitOfWork, actor: Actor, member_no: str, product_code: str, principal_rp: int, term: int, *,
               purpose: str, collateral: str = "", guarantor_no: str | None = None, notes: str = "",
               uuid: UUID | None = None) -> LoanInfo:
    actor.require(Permission.LOAN_APPLY)
    uuid = uuid or uuid4()
    with uow:
        done = uow.session.execute(select(LoanRow).where(LoanRow.uuid == str(uuid))).scalar_one_or_none()
        if done is not None:
            return info_in(uow, done)
        member = savings.locked_member(uow, member_no)
        if member.status != "aktif":
            raise DomainError("member_not_active", f"{member.name} bukan anggota aktif.")
        if not purpose.strip():
            raise DomainError("purpose_required", "Tujuan pinjaman wajib diisi.")
        guarantor = None
        if guarantor_no:
            guarantor = members.row_by_no(uow, guarantor_no)
            if guarantor.id == member.id or guarantor.status != "aktif":
                raise DomainError("bad_guarantor", "Penjamin harus anggota aktif lain.")
        terms = product_in(uow, product_code)
        held = sum(savings.balances_in(uow, member.id).values())
        check_request(terms, principal_rp, term, savings_rp=held, open_loans=open_loans_of(uow, member.id))
        today = profile.business_date(uow)
        build_schedule(principal_rp, term, terms.monthly_rate, terms.method, today, round_to=terms.round_to)
        number = doc_number("PNJ", today, next_doc_seq(uow.session, "PNJ", today))
        row = LoanRow(uuid=str(uuid), number=number, member_id=member.id, product_code=terms.code,
                      terms=json.dumps(terms.to_dict(), sort_keys=True), principal_rp=principal_rp, term=term,
                      purpose=purpose.strip()[:200], collateral=collateral.strip()[:200],
                      guarantor_id=guarantor.id if guarantor else None, notes=notes.strip(), status="diajukan",
                      applied_on=today, applied_by=actor.user_id, decision_note="", fee_rp=0, outstanding_rp=0,
                      written_off_rp=0)
        uow.session.add(row)
        uow.session.flush()
        audit.append(uow, actor.username, "loan.apply", number,
                     {"member": member.member_no, "product": terms.code, "principal_rp": principal_rp, "term": term})
        info = info_in(uow, row, today)
        uow.commit()
        return info


def _decide(uow: UnitOfWork, actor: Actor, number: str, approve: bool, note: str) -> LoanInfo:
    actor.require(Permission.LOAN_APPROVE)
    with uow:
        row = loan_row(uow, number, lock=True)
        if row.status != "diajukan":
            raise DomainError("not_pending", f"Pinjaman {row.number} tidak sedang menunggu persetujuan "
                                             f"({STATUS_LABELS[row.status].lower()}).")
        if settings.get(uow, "loan.four_eyes") and row.applied_by == actor.user_id:
            raise DomainError("four_eyes", "Pinjaman harus disetujui pengurus lain, bukan yang mencatat pengajuan.")
        if not approve and not note.strip():
            raise DomainError("reason_required", "Alasan penolakan wajib diisi.")
        row.status = "disetujui" if approve else "ditolak"
        row.decided_by, row.decided_at, row.decision_note = actor.user_id, uow.now(), note.strip()[:200]
        if not approve:
            row.closed_on = profile.business_date(uow)
        audit.append(uow, actor.username, "loan.approve" if approve else "loan.reject", row.number,
                     {"note": note.strip()})
        info = info_in(uow, row)
        uow.commit()
        return info


def approve_loan(uow: UnitOfWork, actor: Actor, number: str, note: str = "") -> LoanInfo:
    return _decide(uow, actor, number, True, note)


def reject_loan(uow: UnitOfWork, actor: Actor, number: str, reason: str) -> LoanInfo:
    return _decide(uow, actor, number, False, reason)


@dataclass(frozen=True)
class DisburseResult:
    loan: LoanInfo
    journal_number: str
    cash_out_rp: int
    print_job_id: int | None


def disburse_loan(uow: UnitOfWork, actor: Actor, number: str, *, method: str = "tunai", uuid: UUID | None = None,
                  station: str | None = None) -> DisburseResult:
    actor.require(Permission.LOAN_DISBURSE)
    method = parse_method(method)
    uuid = uuid or uuid4()
    with uow:
        row = loan_row(uow, number, lock=True)
        if row.status == "cair" and row.disburse_journal_id is not None:
            j = uow.session.get(JournalRow, row.disburse_journal_id)
            if j.uuid == str(uuid):  # a retry of this very disbursement
                return DisburseResult(info_in(uow, row), j.number, row.principal_rp - row.fee_rp, None)
        if row.status != "disetujui":
            raise DomainError("not_approved", f"Pinjaman {row.number} belum disetujui "
                                              f"({STATUS_LABELS[row.status].lower()}).")
        member = savings.locked_member(uow, uow.session.get(MemberRow, row.member_id).member_no)
        if member.status != "aktif":
            raise DomainError("member_not_active", f"{member.name} bukan anggota aktif lagi.")
        terms = terms_of(row)
        today = profile.business_date(uow)
        fee = terms.fee_rp(row.principal_rp)
        cash_out = row.principal_rp - fee
        lines = [LineDraft(RECEIVABLE, debit_rp=row.principal_rp, memo=row.number),
                 LineDraft(CASH_ACCOUNT[method], credit_rp=cash_out)]
        if fee:
            lines.append(LineDraft(FEE_INCOME, credit_rp=fee, memo="Biaya administrasi/provisi"))
        journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
            uuid, today, f"Pencairan pinjaman {row.number} {member.member_no} {member.name}"[:200], tuple(lines),
            doc_type="CP"), source=("loan", row.number))
        for inst in schedule_for(row, today):
            uow.session.add(LoanInstallmentRow(loan_id=row.id, no=inst.no, due_date=inst.due_date,
                                               principal_rp=inst.principal_rp, interest_rp=inst.interest_rp,
                                               paid_principal_rp=0, paid_interest_rp=0, paid_penalty_rp=0))
        row.status, row.disbursed_on, row.disburse_method = "cair", today, method
        row.fee_rp, row.disburse_journal_id, row.outstanding_rp = fee, journal.id, row.principal_rp
        uow.session.flush()
        audit.append(uow, actor.username, "loan.disburse", row.number,
                     {"journal": journal.number, "principal_rp": row.principal_rp, "fee_rp": fee, "method": method})
        job = slip_in(uow, actor, station, row, journal.number, "Pencairan pinjaman",
                      [("Pokok", rupiah(row.principal_rp)), ("Biaya adm.", rupiah(fee)),
                       ("Jangka", f"{row.term} bulan"), ("Cara", method)], ("DITERIMA", rupiah(cash_out)))
        info = info_in(uow, row, today)
        uow.commit()
        return DisburseResult(info, journal.number, cash_out, job)


def get_loan(uow: UnitOfWork, actor: Actor, number: str, *, as_of: date | None = None) -> LoanInfo:
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        return info_in(uow, loan_row(uow, number), as_of)


@dataclass(frozen=True)
class LoanSummary:
    number: str
    member_no: str
    member_name: str
    product_code: str
    principal_rp: int
    term: int
    status: str
    applied_on: date
    disbursed_on: date | None
    outstanding_rp: int
    product_name: str = ""
    applied_by: str | None = None
    days_past_due: int = 0  # running loans, on the business date
    bucket_code: int = 0  # kolektibilitas of a running loan (1 Lancar .. 5 Macet); 0 otherwise
    kolektibilitas: str = ""

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


def _list_query(status: str | None, member_id: int | None, search: str):
    q = (select(LoanRow, MemberRow, LoanProductRow.name, UserRow.username)
         .join(MemberRow, MemberRow.id == LoanRow.member_id)
         .outerjoin(LoanProductRow, LoanProductRow.code == LoanRow.product_code)
         .outerjoin(UserRow, UserRow.id == LoanRow.applied_by))
    if status:
        q = q.where(LoanRow.status == status)
    if member_id is not None:
        q = q.where(LoanRow.member_id == member_id)
    for word in search.casefold().split():  # every word: the member's name/number or the loan's number
        q = q.where(or_(MemberRow.search_text.contains(word, autoescape=True), MemberRow.member_no == word.upper(),
                        LoanRow.number.contains(word.upper(), autoescape=True)))
    return q


def _oldest_late(uow: UnitOfWork, loan_ids: list[int], as_of: date) -> dict[int, date]:
    """Per running loan, the due date of its oldest installment due before `as_of` and unpaid."""
    if not loan_ids:
        return {}
    i = LoanInstallmentRow
    rows = uow.session.execute(
        select(i.loan_id, func.min(i.due_date)).where(
            i.loan_id.in_(loan_ids), i.due_date < as_of,
            or_(i.principal_rp > i.paid_principal_rp, i.interest_rp > i.paid_interest_rp))
        .group_by(i.loan_id)).all()
    return {loan_id: due for loan_id, due in rows}


def count_loans(uow: UnitOfWork, actor: Actor, *, status: str | None = None, member_no: str | None = None,
                search: str = "") -> int:
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        member_id = members.row_by_no(uow, member_no).id if member_no else None
        q = _list_query(status, member_id, search)
        return int(uow.session.execute(select(func.count()).select_from(q.subquery())).scalar_one())


def list_loans(uow: UnitOfWork, actor: Actor, *, status: str | None = None, member_no: str | None = None,
               search: str = "", offset: int = 0, limit: int = 500) -> list[LoanSummary]:
    """Newest first. `search`: every word in the member's name or number, or the loan's number.
    Running loans carry their days past due and kolektibilitas on the business date."""
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        member_id = members.row_by_no(uow, member_no).id if member_no else None
        rows = uow.session.execute(_list_query(status, member_id, search).order_by(LoanRow.id.desc())
                                   .offset(offset).limit(limit)).all()
        as_of = profile.business_date(uow)
        late = _oldest_late(uow, [r.id for r, *_ in rows if r.status == "cair"], as_of)
        buckets = buckets_in(uow)
        out = []
        for r, m, product_name, username in rows:
            dpd, bucket = 0, None
            if r.status == "cair":
                dpd = (as_of - late[r.id]).days if r.id in late else 0
                bucket = kolektibilitas(dpd, buckets)
            out.append(LoanSummary(r.number, m.member_no, m.name, r.product_code, r.principal_rp, r.term, r.status,
                                   r.applied_on, r.disbursed_on, r.outstanding_rp, product_name or r.product_code,
                                   username, dpd, bucket.code if bucket else 0, bucket.name if bucket else ""))
        return out
