"""Savings across members: the arrears list (tunggakan pokok and wajib) for a month, the
monthly jasa on sukarela, and the check that savings equal their accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID, uuid5

from sqlalchemy import func, or_, select

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.fmt import rupiah
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.savings import JASA_EXPENSE, SavingsType, jasa_for_month, month_end, parse_month, wajib_status
from app.services import audit, ledger, profile, savings
from app.store.models import AccountDayBalanceRow
from app.store.models_savings import SavingsBalanceRow, SavingsJasaRunRow, SavingsMoveRow
from app.store.models_shop import MemberRow
from app.store.uow import UnitOfWork

_JASA_NS = UUID("6a2b6d1e-2f7c-4c55-9f59-3b0c1f1d7a11")  # one jasa journal per month, whoever posts it


@dataclass(frozen=True)
class ArrearsRow:
    member_no: str
    name: str
    phone: str
    join_date: date
    months_due: int
    months_paid: int
    months_owed: int
    wajib_owed_rp: int
    pokok_owed_rp: int

    @property
    def total_owed_rp(self) -> int:
        return self.wajib_owed_rp + self.pokok_owed_rp


def _active_on(day: date):
    return (MemberRow.join_date <= day) & (or_(MemberRow.exit_date.is_(None), MemberRow.exit_date > day))


def paid_until(uow: UnitOfWork, day: date, stype: SavingsType) -> dict[int, int]:
    """What each member had paid into a type by `day` (reversals count; exit payouts do not)."""
    return {m: int(v) for m, v in uow.session.execute(
        select(SavingsMoveRow.member_id, func.sum(SavingsMoveRow.amount_rp))
        .where(SavingsMoveRow.type == stype.value, SavingsMoveRow.kind != "keluar",
               SavingsMoveRow.business_date <= day).group_by(SavingsMoveRow.member_id))}


def arrears(uow: UnitOfWork, actor: Actor, month: str) -> list[ArrearsRow]:
    """Members active at the end of `month` (YYYY-MM) who owe wajib up to that month or
    part of their pokok, most owed first."""
    actor.require(Permission.MEMBER_VIEW)
    year, mon = parse_month(month)
    end = month_end(year, mon)
    with uow:
        rules = savings.rules_in(uow)
        wajib = paid_until(uow, end, SavingsType.WAJIB)
        pokok = paid_until(uow, end, SavingsType.POKOK)
        out = []
        for m in uow.session.execute(select(MemberRow).where(_active_on(end))).scalars():
            status = wajib_status(m.join_date, year, mon, wajib.get(m.id, 0), rules)
            pokok_owed = max(rules.pokok_rp - pokok.get(m.id, 0), 0)
            if status.owed_rp or pokok_owed:
                out.append(ArrearsRow(m.member_no, m.name, m.phone, m.join_date, status.months_due,
                                      status.months_paid, status.months_owed, status.owed_rp, pokok_owed))
        return sorted(out, key=lambda r: (-r.total_owed_rp, r.member_no))


@dataclass(frozen=True)
class JasaResult:
    month: str
    journal_number: str
    rate_bp: int
    members: int
    total_rp: int


def post_jasa(uow: UnitOfWork, actor: Actor, month: str) -> JasaResult:
    """Jasa on sukarela for a finished month, on each member's lowest balance in the month
    (saldo terendah) at the configured yearly rate: one journal (Debit Beban Jasa Simpanan,
    Credit Simpanan Sukarela), one movement per member. A month is posted once."""
    actor.require(Permission.SAVINGS_POST)
    year, mon = parse_month(month)
    start, end = date(year, mon, 1), month_end(year, mon)
    key = f"{year:04d}-{mon:02d}"
    with uow:
        today = profile.business_date(uow)
        if end >= today:
            raise DomainError("month_not_over", f"Jasa bulan {key} baru bisa dihitung setelah bulan itu berakhir.")
        if uow.session.get(SavingsJasaRunRow, key) is not None:
            raise DomainError("jasa_done", f"Jasa simpanan bulan {key} sudah diposting.")
        rules = savings.rules_in(uow)
        if rules.jasa_annual_bp <= 0:
            raise DomainError("jasa_off", "Jasa simpanan sukarela tidak diaktifkan (Pengaturan > Simpanan & Anggota).")
        lowest = lowest_balances(uow, start, end)
        shares = {m: jasa_for_month(v, rules) for m, v in lowest.items()}
        shares = {m: v for m, v in shares.items() if v > 0}
        total = sum(shares.values())
        if not total:
            raise DomainError("jasa_zero", f"Tidak ada saldo sukarela yang mendapat jasa pada bulan {key}.")
        acct = rules.account(SavingsType.SUKARELA)
        journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
            uuid5(_JASA_NS, key), today, f"Jasa simpanan sukarela {key} ({rules.jasa_annual_bp / 100:g}%/tahun)",
            (LineDraft(JASA_EXPENSE, debit_rp=total), LineDraft(acct, credit_rp=total, memo=f"{len(shares)} anggota")),
            doc_type="JA"))
        for member in uow.session.execute(select(MemberRow).where(MemberRow.id.in_(shares))
                                          .order_by(MemberRow.id)).scalars():
            savings.add_move_in(uow, actor.user_id, member, SavingsType.SUKARELA, "jasa", None, shares[member.id],
                                today, journal.number, journal.id, memo=f"Jasa {key}")
        uow.session.add(SavingsJasaRunRow(month=key, journal_id=journal.id, rate_bp=rules.jasa_annual_bp,
                                          members=len(shares), total_rp=total, posted_at=uow.now(),
                                          posted_by=actor.user_id))
        audit.append(uow, actor.username, "savings.jasa", journal.number,
                     {"month": key, "members": len(shares), "total_rp": total, "rate_bp": rules.jasa_annual_bp})
        uow.commit()
        return JasaResult(key, journal.number, rules.jasa_annual_bp, len(shares), total)


def lowest_balances(uow: UnitOfWork, start: date, end: date) -> dict[int, int]:
    """Each active member's lowest sukarela balance in [start, end]: the opening balance
    and every balance after a movement in the period."""
    s = uow.session
    last_before = (select(func.max(SavingsMoveRow.id)).where(
        SavingsMoveRow.type == "sukarela", SavingsMoveRow.business_date < start)
        .group_by(SavingsMoveRow.member_id))
    opening = dict(s.execute(select(SavingsMoveRow.member_id, SavingsMoveRow.balance_after_rp)
                             .where(SavingsMoveRow.id.in_(last_before))).all())
    in_period = dict(s.execute(select(SavingsMoveRow.member_id, func.min(SavingsMoveRow.balance_after_rp)).where(
        SavingsMoveRow.type == "sukarela", SavingsMoveRow.business_date >= start,
        SavingsMoveRow.business_date <= end).group_by(SavingsMoveRow.member_id)).all())
    active = set(s.execute(select(MemberRow.id).where(_active_on(end))).scalars())
    out = {}
    for m in (set(opening) | set(in_period)) & active:
        out[m] = min(int(opening.get(m, 0)), int(in_period.get(m, opening.get(m, 0))))
    return out


# ------------------------------------------------------------------ the check

@dataclass(frozen=True)
class SavingsFigures:
    per_type: dict[str, tuple[int, int, int]]  # type -> (balances, movements, books)
    off_members: tuple[str, ...]  # member numbers whose balance rows differ from their movements

    @property
    def ok(self) -> bool:
        return not self.off_members and all(a == b == c for a, b, c in self.per_type.values())


def _account_credit_net(uow: UnitOfWork, code: str) -> int:
    d, c = uow.session.execute(select(func.coalesce(func.sum(AccountDayBalanceRow.debit_rp), 0),
                                      func.coalesce(func.sum(AccountDayBalanceRow.credit_rp), 0))
                               .where(AccountDayBalanceRow.account_code == code)).one()
    return int(c) - int(d)


def savings_figures(uow: UnitOfWork) -> SavingsFigures:
    """Per type: the balance rows, the sum of movements, and the account in the books.
    Pokok and wajib may share no account with sukarela, so each is compared on its own."""
    s = uow.session
    rules = savings.rules_in(uow)
    per_type = {}
    for t in SavingsType:
        bal = int(s.execute(select(func.coalesce(func.sum(SavingsBalanceRow.balance_rp), 0))
                            .where(SavingsBalanceRow.type == t.value)).scalar_one())
        moves = int(s.execute(select(func.coalesce(func.sum(SavingsMoveRow.amount_rp), 0))
                              .where(SavingsMoveRow.type == t.value)).scalar_one())
        per_type[t.value] = (bal, moves, _account_credit_net(uow, rules.account(t)))
    sums = {(m, t): int(v) for m, t, v in s.execute(
        select(SavingsMoveRow.member_id, SavingsMoveRow.type, func.sum(SavingsMoveRow.amount_rp))
        .group_by(SavingsMoveRow.member_id, SavingsMoveRow.type))}
    off = set()
    for m, t, b in s.execute(select(SavingsBalanceRow.member_id, SavingsBalanceRow.type, SavingsBalanceRow.balance_rp)):
        if sums.pop((m, t), 0) != b:
            off.add(m)
    off |= {m for (m, _t), v in sums.items() if v}
    numbers = tuple(sorted(s.execute(select(MemberRow.member_no).where(MemberRow.id.in_(off))).scalars())) if off else ()
    return SavingsFigures(per_type, numbers)


def describe(f: SavingsFigures) -> str:
    parts = [f"{t} {rupiah(b)} (akun {rupiah(books)})" for t, (b, _m, books) in f.per_type.items()]
    if f.off_members:
        parts.append("saldo tidak sama dengan mutasi: " + ", ".join(f.off_members[:5]))
    return "; ".join(parts)
