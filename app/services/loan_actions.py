"""Loans in trouble: rescheduling (restrukturisasi) and write-off (hapus buku).

- `reschedule_loan`: the outstanding principal moves to a new loan linked to the old one
  (`parent_id`), with a new term (and optionally other product terms), a reason, and
  the due interest and penalty either capitalised into the new principal (recognised
  as income now) or waived. Journal RP-: Debit Piutang Pinjaman (new loan), Credit
  Piutang Pinjaman (old loan) [+ Credit Jasa/Denda for what is capitalised].
- `write_off_loan`: the outstanding principal leaves the books (Debit Beban
  Penghapusan Piutang, Credit Piutang Pinjaman, journal HB-); the claim is kept
  (`written_off_rp`) for later recovery (`loan_payments.recover_written_off`).
Both need loan.manage (pengurus) and a reason; both are audited and print a slip.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from uuid import UUID, uuid4

from sqlalchemy import select

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.fmt import rupiah
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.loan_schedule import build_schedule
from app.domain.numbering import doc_number
from app.services import audit, ledger, profile
from app.services.loans import (INTEREST_INCOME, PENALTY_INCOME, RECEIVABLE, LoanInfo, info_in, installment_rows,
                                loan_row, slip_in, states_of, terms_of)
from app.store.counters import next_doc_seq
from app.store.models import JournalRow
from app.store.models_loans import LoanInstallmentRow, LoanRow
from app.store.models_shop import MemberRow
from app.store.uow import UnitOfWork

WRITE_OFF_EXPENSE = "5209"  # Beban Penghapusan Piutang


@dataclass(frozen=True)
class ActionResult:
    loan: LoanInfo  # the new loan for a reschedule; the written-off loan
    old_number: str
    journal_number: str
    print_job_id: int | None


def _journal_number(uow: UnitOfWork, uuid: UUID) -> str:
    """The number of the journal an earlier call with this UUID posted ('' if none)."""
    return uow.session.execute(select(JournalRow.number).where(JournalRow.uuid == str(uuid))).scalar() or ""


def _running(row: LoanRow) -> None:
    if row.status != "cair":
        raise DomainError("loan_not_running", f"Pinjaman {row.number} tidak sedang berjalan.")


def reschedule_loan(uow: UnitOfWork, actor: Actor, number: str, new_term: int, reason: str, *,
                    capitalise_arrears: bool = False, uuid: UUID | None = None,
                    station: str | None = None) -> ActionResult:
    actor.require(Permission.LOAN_MANAGE)
    if not reason.strip():
        raise DomainError("reason_required", "Alasan restrukturisasi wajib diisi.")
    uuid = uuid or uuid4()
    with uow:
        done = uow.session.execute(select(LoanRow).where(LoanRow.uuid == str(uuid))).scalar_one_or_none()
        if done is not None:  # a retry of this very rescheduling
            if done.parent_id is None:
                raise DomainError("uuid_reused", "Nomor transaksi ini sudah dipakai untuk pengajuan lain.")
            parent = uow.session.get(LoanRow, done.parent_id)
            return ActionResult(info_in(uow, done), parent.number, _journal_number(uow, uuid), None)
        old = loan_row(uow, number, lock=True)
        _running(old)
        today = profile.business_date(uow)
        terms = terms_of(old)
        states = states_of(installment_rows(uow, old.id), terms, today)
        due_interest = sum(s.interest_rp - s.paid_interest_rp for s in states if s.due_date <= today)
        due_penalty = sum(s.penalty_due_rp for s in states)
        extra = due_interest + due_penalty if capitalise_arrears else 0
        principal = old.outstanding_rp + extra
        schedule = build_schedule(principal, new_term, terms.monthly_rate, terms.method, today,
                                  round_to=terms.round_to)
        member = uow.session.get(MemberRow, old.member_id)
        new_no = doc_number("PNJ", today, next_doc_seq(uow.session, "PNJ", today))
        lines = [LineDraft(RECEIVABLE, debit_rp=principal, memo=new_no),
                 LineDraft(RECEIVABLE, credit_rp=old.outstanding_rp, memo=old.number)]
        if extra:
            if due_interest:
                lines.append(LineDraft(INTEREST_INCOME, credit_rp=due_interest, memo="Bunga tertunggak dikapitalisasi"))
            if due_penalty:
                lines.append(LineDraft(PENALTY_INCOME, credit_rp=due_penalty, memo="Denda dikapitalisasi"))
        journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
            uuid, today, f"Restrukturisasi {old.number} -> {new_no} {member.member_no}: {reason.strip()}"[:200],
            tuple(lines), doc_type="RP"), source=("loan", old.number))
        new = LoanRow(uuid=str(uuid), number=new_no, member_id=old.member_id, product_code=old.product_code,
                      terms=json.dumps(terms.to_dict(), sort_keys=True), principal_rp=principal, term=new_term,
                      purpose=f"Restrukturisasi {old.number}", collateral=old.collateral,
                      guarantor_id=old.guarantor_id, notes=reason.strip(), status="cair", applied_on=today,
                      applied_by=actor.user_id, decided_by=actor.user_id, decided_at=uow.now(),
                      decision_note=reason.strip()[:200], disbursed_on=today, disburse_method=None, fee_rp=0,
                      disburse_journal_id=journal.id, outstanding_rp=principal, written_off_rp=0, parent_id=old.id)
        uow.session.add(new)
        uow.session.flush()
        for inst in schedule.installments:
            uow.session.add(LoanInstallmentRow(loan_id=new.id, no=inst.no, due_date=inst.due_date,
                                               principal_rp=inst.principal_rp, interest_rp=inst.interest_rp,
                                               paid_principal_rp=0, paid_interest_rp=0, paid_penalty_rp=0))
        old.status, old.outstanding_rp, old.closed_on = "direstrukturisasi", 0, today
        audit.append(uow, actor.username, "loan.reschedule", old.number,
                     {"new_loan": new_no, "principal_rp": principal, "term": new_term, "reason": reason.strip(),
                      "capitalised_rp": extra, "waived_interest_rp": 0 if capitalise_arrears else due_interest,
                      "waived_penalty_rp": 0 if capitalise_arrears else due_penalty, "journal": journal.number})
        job = slip_in(uow, actor, station, new, journal.number, "Restrukturisasi pinjaman",
                      [("Pinjaman lama", old.number), ("Jangka baru", f"{new_term} bulan"),
                       ("Angsuran", rupiah(schedule.installments[0].installment_rp))], ("POKOK BARU", rupiah(principal)))
        result = ActionResult(info_in(uow, new, today), old.number, journal.number, job)
        uow.commit()
        return result


def write_off_loan(uow: UnitOfWork, actor: Actor, number: str, reason: str, *, uuid: UUID | None = None,
                   station: str | None = None) -> ActionResult:
    actor.require(Permission.LOAN_MANAGE)
    if not reason.strip():
        raise DomainError("reason_required", "Alasan hapus buku wajib diisi.")
    uuid = uuid or uuid4()
    with uow:
        row = loan_row(uow, number, lock=True)
        if row.status == "dihapus":
            replayed = _journal_number(uow, uuid)
            if not replayed:
                raise DomainError("already_written_off", f"Pinjaman {row.number} sudah dihapus buku.")
            return ActionResult(info_in(uow, row), row.number, replayed, None)  # a retry of this write-off
        _running(row)
        today = profile.business_date(uow)
        amount = row.outstanding_rp
        member = uow.session.get(MemberRow, row.member_id)
        journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
            uuid, today, f"Hapus buku {row.number} {member.member_no} {member.name}: {reason.strip()}"[:200],
            (LineDraft(WRITE_OFF_EXPENSE, debit_rp=amount), LineDraft(RECEIVABLE, credit_rp=amount, memo=row.number)),
            doc_type="HB"), source=("loan", row.number))
        row.status, row.outstanding_rp, row.written_off_rp, row.closed_on = "dihapus", 0, amount, today
        audit.append(uow, actor.username, "loan.write_off", row.number,
                     {"amount_rp": amount, "reason": reason.strip(), "journal": journal.number})
        job = slip_in(uow, actor, station, row, journal.number, "Hapus buku pinjaman",
                      [("Alasan", reason.strip()[:40])], ("DIHAPUS", rupiah(amount)))
        result = ActionResult(info_in(uow, row, today), row.number, journal.number, job)
        uow.commit()
        return result
