"""Loan repayments: plan (what a payment would pay, shown before saving), pay, early
settlement (pelunasan dipercepat), and recovery after a write-off.

A payment goes to the installments that are due plus the current one (the next not yet
due: paying a few days early pays that installment, not principal ahead), oldest first,
each in the product's order (default penalty → interest → principal). What is left is
a prepayment of principal: the remaining schedule is rebuilt from the new outstanding
principal, keeping the installment and shortening the term (kurangi_tenor) or keeping
the term and lowering the installment (kurangi_angsuran). A payment cannot pay the loan
off: that is early settlement, priced by the product's rule for interest.
Journal AP-/PL-: Debit Kas/Bank; Credit Piutang Pinjaman (principal), Jasa Pinjaman
(interest), Denda (penalty). A recovery (PM-) credits Pendapatan Lain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID, uuid4

from sqlalchemy import select

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.fmt import rupiah
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.loan_quality import AllocatedItem, Allocation, DueItem, allocate
from app.domain.loan_schedule import build_schedule
from app.domain.savings import CASH_ACCOUNT, parse_method
from app.services import audit, ledger, profile
from app.services.loans import (INTEREST_INCOME, PENALTY_INCOME, RECEIVABLE, InstallmentState, LoanInfo, info_in,
                                installment_rows, loan_row, slip_in, states_of, terms_of)
from app.store.models_loans import LoanInstallmentRow, LoanPaymentItemRow, LoanPaymentRow, LoanRow
from app.store.models_shop import MemberRow
from app.store.uow import UnitOfWork

RECOVERY_INCOME = "4901"


@dataclass(frozen=True)
class PaymentPlan:
    loan_number: str
    amount_rp: int
    allocation: Allocation
    prepayment_rp: int  # principal paid ahead of the schedule
    new_term_left: int | None  # installments left after a prepayment
    new_installment_rp: int | None  # the next regular installment after a prepayment
    outstanding_after_rp: int

    @property
    def principal_rp(self) -> int:
        return self.allocation.principal_rp + self.prepayment_rp


@dataclass(frozen=True)
class PaymentResult:
    plan: PaymentPlan
    number: str  # the payment's journal number
    loan: LoanInfo
    print_job_id: int | None


def _targets(states: tuple[InstallmentState, ...], as_of: date) -> list[InstallmentState]:
    """Due installments not fully paid, plus the current one (the next not yet due)."""
    due = [s for s in states if s.due_date <= as_of and not s.paid]
    upcoming = [s for s in states if s.due_date > as_of and s.owed_rp > 0]
    return due + upcoming[:1]


def _items(targets: list[InstallmentState]) -> list[DueItem]:
    return [DueItem(s.no, s.due_date, s.principal_rp - s.paid_principal_rp, s.interest_rp - s.paid_interest_rp,
                    s.penalty_due_rp) for s in targets]


def _future_schedule(row: LoanRow, states: tuple[InstallmentState, ...], last_target: InstallmentState,
                     new_outstanding: int):
    """The installments after `last_target`, rebuilt for a lower outstanding principal."""
    terms = terms_of(row)
    future = [s for s in states if s.no > last_target.no]
    if new_outstanding <= 0 or not future:
        return ()

    def build(n):
        return build_schedule(new_outstanding, n, terms.monthly_rate, terms.method, last_target.due_date,
                              round_to=terms.round_to).installments
    if terms.prepay_rule == "kurangi_angsuran":
        return build(len(future))
    regular = future[0]
    for n in range(1, len(future) + 1):
        try:
            rows = build(n)
        except DomainError:
            continue
        first = rows[0]
        if terms.method.value == "menurun":
            if first.principal_rp <= regular.principal_rp:
                return rows
        elif first.installment_rp <= regular.installment_rp:
            return rows
    return build(len(future))


def _plan(row: LoanRow, states: tuple[InstallmentState, ...], amount_rp: int, as_of: date) -> tuple[PaymentPlan, tuple]:
    if row.status != "cair":
        raise DomainError("loan_not_running", f"Pinjaman {row.number} tidak sedang berjalan.")
    targets = _targets(states, as_of)
    allocation = allocate(amount_rp, _items(targets), terms_of(row).allocation_order)
    leftover = allocation.overpayment_rp
    owed_targets = sum(i.total_rp for i in _items(targets))
    future_principal = sum(s.principal_rp - s.paid_principal_rp for s in states if s.no > targets[-1].no)
    if leftover and leftover >= future_principal:
        raise DomainError("pays_off", f"Pembayaran {rupiah(amount_rp)} melunasi pinjaman: gunakan pelunasan "
                                      f"dipercepat. Angsuran paling banyak {rupiah(owed_targets + future_principal - 1)}.")
    outstanding_after = row.outstanding_rp - allocation.principal_rp - leftover
    future = _future_schedule(row, states, targets[-1], future_principal - leftover) if leftover else ()
    plan = PaymentPlan(row.number, amount_rp, allocation, leftover, len(future) if leftover else None,
                       future[0].installment_rp if future else None, outstanding_after)
    return plan, future


def plan_payment(uow: UnitOfWork, actor: Actor, number: str, amount_rp: int) -> PaymentPlan:
    """What a payment of `amount_rp` today would pay (the repayment dialog shows it)."""
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        row = loan_row(uow, number)
        today = profile.business_date(uow)
        return _plan(row, states_of(installment_rows(uow, row.id), terms_of(row), today), amount_rp, today)[0]


def _replayed(uow: UnitOfWork, uuid: UUID) -> PaymentResult | None:
    done = uow.session.execute(select(LoanPaymentRow).where(LoanPaymentRow.uuid == str(uuid))).scalar_one_or_none()
    if done is None:
        return None
    row = uow.session.get(LoanRow, done.loan_id)
    items = uow.session.execute(select(LoanPaymentItemRow).where(LoanPaymentItemRow.payment_id == done.id)).scalars()
    alloc = Allocation(tuple(AllocatedItem(i.installment_no, i.penalty_rp, i.interest_rp, i.principal_rp)
                             for i in items), 0)
    plan = PaymentPlan(row.number, done.amount_rp, alloc, done.principal_rp - alloc.principal_rp, None, None,
                       row.outstanding_rp)
    return PaymentResult(plan, done.number, info_in(uow, row), None)


def _record(uow: UnitOfWork, actor: Actor, row: LoanRow, kind: str, method: str, amount_rp: int, principal: int,
            interest: int, penalty: int, items, uuid: UUID, memo: str, lines: tuple[LineDraft, ...],
            doc_type: str) -> tuple[LoanPaymentRow, str]:
    member = uow.session.get(MemberRow, row.member_id)
    today = profile.business_date(uow)
    journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
        uuid, today, f"{memo} {row.number} {member.member_no} {member.name}"[:200], lines, doc_type=doc_type),
        source=("loan", row.number))
    pay = LoanPaymentRow(uuid=str(uuid), loan_id=row.id, number=journal.number, kind=kind, method=method,
                         business_date=today, at=uow.now(), amount_rp=amount_rp, principal_rp=principal,
                         interest_rp=interest, penalty_rp=penalty, journal_id=journal.id, user_id=actor.user_id,
                         memo=memo[:200])
    uow.session.add(pay)
    uow.session.flush()
    for no, (p, i, f) in sorted(items.items()):
        uow.session.add(LoanPaymentItemRow(payment_id=pay.id, installment_no=no, principal_rp=p, interest_rp=i,
                                           penalty_rp=f))
    return pay, journal.number


def _payment_lines(method: str, amount: int, principal: int, interest: int, penalty: int) -> tuple[LineDraft, ...]:
    lines = [LineDraft(CASH_ACCOUNT[method], debit_rp=amount)]
    for account, value, memo in ((RECEIVABLE, principal, "Pokok"), (INTEREST_INCOME, interest, "Jasa pinjaman"),
                                 (PENALTY_INCOME, penalty, "Denda")):
        if value:
            lines.append(LineDraft(account, credit_rp=value, memo=memo))
    return tuple(lines)


def _apply_paid(uow: UnitOfWork, row: LoanRow, allocation: Allocation) -> dict[int, tuple[int, int, int]]:
    by_no = {r.no: r for r in installment_rows(uow, row.id)}
    items = {}
    for a in allocation.items:
        inst = by_no[a.no]
        inst.paid_principal_rp += a.principal_rp
        inst.paid_interest_rp += a.interest_rp
        inst.paid_penalty_rp += a.penalty_rp
        items[a.no] = (a.principal_rp, a.interest_rp, a.penalty_rp)
    return items


def _replace_future(uow: UnitOfWork, row: LoanRow, after_no: int, future) -> None:
    for inst in installment_rows(uow, row.id):
        if inst.no > after_no:
            uow.session.delete(inst)
    uow.session.flush()
    for n, inst in enumerate(future, start=after_no + 1):
        uow.session.add(LoanInstallmentRow(loan_id=row.id, no=n, due_date=inst.due_date,
                                           principal_rp=inst.principal_rp, interest_rp=inst.interest_rp,
                                           paid_principal_rp=0, paid_interest_rp=0, paid_penalty_rp=0))


def pay_loan(uow: UnitOfWork, actor: Actor, number: str, amount_rp: int, *, method: str = "tunai",
             uuid: UUID | None = None, station: str | None = None) -> PaymentResult:
    actor.require(Permission.LOAN_PAY)
    method = parse_method(method)
    uuid = uuid or uuid4()
    with uow:
        replay = _replayed(uow, uuid)
        if replay:
            return replay
        row = loan_row(uow, number, lock=True)
        today = profile.business_date(uow)
        states = states_of(installment_rows(uow, row.id), terms_of(row), today)
        plan, future = _plan(row, states, amount_rp, today)
        items = _apply_paid(uow, row, plan.allocation)
        a = plan.allocation
        principal = a.principal_rp + plan.prepayment_rp
        if plan.prepayment_rp:
            last = max(i.no for i in a.items)
            _replace_future(uow, row, last, future)
            p, i, f = items.get(last, (0, 0, 0))
            items[last] = (p + plan.prepayment_rp, i, f)  # shown on the payment, against its last installment
        pay, doc = _record(uow, actor, row, "angsuran", method, amount_rp, principal, a.interest_rp, a.penalty_rp,
                           items, uuid, "Angsuran pinjaman", _payment_lines(method, amount_rp, principal,
                                                                             a.interest_rp, a.penalty_rp), "AP")
        row.outstanding_rp -= principal
        if row.outstanding_rp == 0:
            row.status, row.closed_on = "lunas", today
        audit.append(uow, actor.username, "loan.pay", doc,
                     {"loan": row.number, "amount_rp": amount_rp, "principal_rp": principal,
                      "interest_rp": a.interest_rp, "penalty_rp": a.penalty_rp, "prepayment_rp": plan.prepayment_rp})
        job = slip_in(uow, actor, station, row, doc, "Angsuran pinjaman",
                      [("Pokok", rupiah(principal)), ("Jasa", rupiah(a.interest_rp)), ("Denda", rupiah(a.penalty_rp)),
                       ("Sisa pokok", rupiah(row.outstanding_rp))], ("JUMLAH", rupiah(amount_rp)))
        result = PaymentResult(plan, doc, info_in(uow, row, today), job)
        uow.commit()
        return result


@dataclass(frozen=True)
class SettlementQuote:
    loan_number: str
    principal_rp: int
    interest_rp: int  # due interest plus what the product's rule charges of the rest
    penalty_rp: int
    waived_interest_rp: int  # scheduled interest not charged

    @property
    def total_rp(self) -> int:
        return self.principal_rp + self.interest_rp + self.penalty_rp


def _quote(row: LoanRow, states: tuple[InstallmentState, ...], today: date) -> tuple[SettlementQuote, dict]:
    if row.status != "cair":
        raise DomainError("loan_not_running", f"Pinjaman {row.number} tidak sedang berjalan.")
    rule = terms_of(row).early_interest
    current = next((s.no for s in states if s.due_date > today and s.owed_rp > 0), None)
    charge = {}
    waived = 0
    for s in states:
        left_interest = s.interest_rp - s.paid_interest_rp
        if s.due_date <= today or rule == "sisa" or (rule == "bulan_berjalan" and s.no == current):
            take = left_interest
        else:
            take = 0
        waived += left_interest - take
        charge[s.no] = (s.principal_rp - s.paid_principal_rp, take, s.penalty_due_rp)
    quote = SettlementQuote(row.number, sum(v[0] for v in charge.values()), sum(v[1] for v in charge.values()),
                            sum(v[2] for v in charge.values()), waived)
    return quote, charge


def settlement_quote(uow: UnitOfWork, actor: Actor, number: str) -> SettlementQuote:
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        row = loan_row(uow, number)
        today = profile.business_date(uow)
        return _quote(row, states_of(installment_rows(uow, row.id), terms_of(row), today), today)[0]


def settle_loan(uow: UnitOfWork, actor: Actor, number: str, amount_rp: int, *, method: str = "tunai",
                uuid: UUID | None = None, station: str | None = None) -> PaymentResult:
    """Pay the loan off today; `amount_rp` must equal the quote (what the member was told)."""
    actor.require(Permission.LOAN_PAY)
    method = parse_method(method)
    uuid = uuid or uuid4()
    with uow:
        replay = _replayed(uow, uuid)
        if replay:
            return replay
        row = loan_row(uow, number, lock=True)
        today = profile.business_date(uow)
        states = states_of(installment_rows(uow, row.id), terms_of(row), today)
        quote, charge = _quote(row, states, today)
        if amount_rp != quote.total_rp:
            raise DomainError("quote_changed", f"Pelunasan {row.number} hari ini {rupiah(quote.total_rp)}, bukan "
                                               f"{rupiah(amount_rp)}.")
        by_no = {r.no: r for r in installment_rows(uow, row.id)}
        items = {}
        for no, (p, i, f) in charge.items():
            inst = by_no[no]
            inst.paid_principal_rp += p
            inst.paid_interest_rp += i
            inst.paid_penalty_rp += f
            inst.interest_rp = inst.paid_interest_rp  # the rest of the interest is waived
            if p or i or f:
                items[no] = (p, i, f)
            plan = PaymentPlan(row.number, amount_rp, Allocation(tuple(AllocatedItem(n, f, i, p)
                                                                   for n, (p, i, f) in items.items()), 0), 0, 0, None, 0)
        pay, doc = _record(uow, actor, row, "pelunasan", method, amount_rp, quote.principal_rp, quote.interest_rp,
                           quote.penalty_rp, items, uuid, "Pelunasan dipercepat",
                           _payment_lines(method, amount_rp, quote.principal_rp, quote.interest_rp, quote.penalty_rp),
                           "PL")
        row.outstanding_rp, row.status, row.closed_on = 0, "lunas", today
        audit.append(uow, actor.username, "loan.settle", doc,
                     {"loan": row.number, "amount_rp": amount_rp, "waived_interest_rp": quote.waived_interest_rp})
        job = slip_in(uow, actor, station, row, doc, "Pelunasan pinjaman",
                      [("Pokok", rupiah(quote.principal_rp)), ("Jasa", rupiah(quote.interest_rp)),
                       ("Denda", rupiah(quote.penalty_rp)), ("Bunga dihapus", rupiah(quote.waived_interest_rp))],
                      ("JUMLAH", rupiah(amount_rp)))
        result = PaymentResult(plan, doc, info_in(uow, row, today), job)
        uow.commit()
        return result


def recover_written_off(uow: UnitOfWork, actor: Actor, number: str, amount_rp: int, *, method: str = "tunai",
                        uuid: UUID | None = None, station: str | None = None) -> PaymentResult:
    """Money received on a written-off loan: income (Pendapatan Lain), the claim shrinks."""
    actor.require(Permission.LOAN_PAY)
    method = parse_method(method)
    uuid = uuid or uuid4()
    with uow:
        replay = _replayed(uow, uuid)
        if replay:
            return replay
        row = loan_row(uow, number, lock=True)
        if row.status != "dihapus" or row.written_off_rp <= 0:
            raise DomainError("not_written_off", f"Pinjaman {row.number} tidak punya tagihan hapus buku.")
        if isinstance(amount_rp, bool) or not isinstance(amount_rp, int) or not 0 < amount_rp <= row.written_off_rp:
            raise DomainError("bad_amount", f"Pemulihan harus Rp1 sampai {rupiah(row.written_off_rp)}.")
        lines = (LineDraft(CASH_ACCOUNT[method], debit_rp=amount_rp),
                 LineDraft(RECOVERY_INCOME, credit_rp=amount_rp, memo="Pemulihan piutang dihapus buku"))
        pay, doc = _record(uow, actor, row, "pemulihan", method, amount_rp, amount_rp, 0, 0, {}, uuid,
                           "Pemulihan pinjaman dihapus buku", lines, "PM")
        row.written_off_rp -= amount_rp
        audit.append(uow, actor.username, "loan.recover", doc,
                     {"loan": row.number, "amount_rp": amount_rp, "claim_left_rp": row.written_off_rp})
        job = slip_in(uow, actor, station, row, doc, "Pemulihan pinjaman",
                      [("Sisa tagihan", rupiah(row.written_off_rp))], ("JUMLAH", rupiah(amount_rp)))
        plan = PaymentPlan(row.number, amount_rp, Allocation((), 0), 0, None, None, 0)
        result = PaymentResult(plan, doc, info_in(uow, row), job)
        uow.commit()
        return result
