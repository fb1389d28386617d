"""The demo outlet's loans: two products and about twenty loans over the past year, made
through the loan services with the clock set back, so the Pinjaman page shows every
state — running and current, a few in arrears (Dalam Perhatian Khusus, Kurang Lancar,
Macet), one waiting for approval, one settled early, one rescheduled."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from uuid import UUID

from app.domain.auth import Actor, Role
from app.services import auth, loan_actions, loan_payments, loan_products, loans, member_registry
from app.services.context import ServiceContext
from app.store.uow import UnitOfWorkFactory

PRODUCTS = [
    {"code": "PRODUKTIF", "name": "Pinjaman Modal Usaha", "min_amount_rp": 500_000, "max_amount_rp": 10_000_000,
     "min_term": 3, "max_term": 24, "rate_pct": "1.5", "rate_period": "bulan", "method": "flat",
     "fee_kind": "percent", "fee_value": "1", "fee_mode": "potong",
     "penalty": {"kind": "percent_month", "percent_per_month": "2", "grace_days": 5}, "round_to": 100,
     "prepay_rule": "kurangi_tenor", "early_interest": "bulan_berjalan", "max_open_loans": 1},
    {"code": "KONSUMTIF", "name": "Pinjaman Kebutuhan Keluarga", "min_amount_rp": 300_000,
     "max_amount_rp": 5_000_000, "min_term": 3, "max_term": 12, "rate_pct": "18", "rate_period": "tahun",
     "method": "anuitas", "fee_kind": "fixed", "fee_value": "25000", "fee_mode": "potong",
     "penalty": {"kind": "fixed_day", "fixed_per_day_rp": 1_000, "grace_days": 3}, "round_to": 500,
     "prepay_rule": "kurangi_angsuran", "early_interest": "tanpa", "max_open_loans": 1},
]
# (months ago disbursed, product, principal, term, installments paid on time then stop (None = all))
PLAN = [
    (11, "PRODUKTIF", 5_000_000, 12, None), (10, "KONSUMTIF", 2_000_000, 10, None),
    (9, "PRODUKTIF", 3_000_000, 12, None), (9, "KONSUMTIF", 1_500_000, 6, None),
    (8, "PRODUKTIF", 7_500_000, 18, None), (8, "PRODUKTIF", 2_500_000, 10, 6),
    (7, "KONSUMTIF", 1_500_000, 12, 3), (8, "PRODUKTIF", 2_000_000, 12, 1),
    (6, "PRODUKTIF", 1_000_000, 6, None), (6, "KONSUMTIF", 2_500_000, 12, 3),
    (5, "PRODUKTIF", 6_000_000, 12, None), (5, "PRODUKTIF", 2_000_000, 6, 4),
    (4, "KONSUMTIF", 1_000_000, 6, None), (4, "PRODUKTIF", 3_500_000, 12, None),
    (3, "PRODUKTIF", 5_000_000, 12, None), (3, "KONSUMTIF", 1_200_000, 6, None),
    (2, "PRODUKTIF", 2_000_000, 6, None), (1, "PRODUKTIF", 8_000_000, 18, None),
]
PURPOSES = ["Modal warung sembako", "Beli bibit dan pupuk", "Tambah stok dagangan", "Biaya sekolah anak",
            "Perbaikan rumah", "Beli mesin jahit", "Modal ternak ayam", "Perbaikan perahu"]


@dataclass
class _Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


def _uuid(kind: int, n: int) -> UUID:
    return UUID(int=(0xD3A2 << 112) + (kind << 64) + n)


def _actor(ctx: ServiceContext, username: str) -> Actor:
    with ctx.uow() as uow:
        info = auth.user_info(uow, auth.find_user(uow, username))
    return Actor(info.id, info.username, info.full_name, frozenset(Role(r) for r in info.roles))


def _months_back(today: date, months: int) -> date:
    m = today.month - 1 - months
    year, month = today.year + m // 12, m % 12 + 1
    return date(year, month, min(today.day, 28))


def build(ctx: ServiceContext, today: date) -> None:
    rng = random.Random(7)
    clock = _Clock(datetime.combine(today, time(2, 0), timezone.utc))
    at = ServiceContext(UnitOfWorkFactory(ctx.uows.engine, clock), ctx.db_label, ctx.sqlite_path, ctx.backup_dir)
    pengurus, bendahara = _actor(at, "pengurus"), _actor(at, "bendahara")
    clock.now = datetime.combine(_months_back(today, 12), time(2, 0), timezone.utc)
    for p in PRODUCTS:
        loan_products.save_product(at.uow(), pengurus, p)
    borrowers = [m.member_no for m in member_registry.list_members(at.reader(), pengurus, status="aktif", limit=400)]
    borrowers = [no for no in borrowers if member_registry.get_profile(at.reader(), pengurus, no).join_date
                 <= _months_back(today, 12)] or borrowers
    chosen = rng.sample(borrowers, len(PLAN) + 1)
    events: list[tuple[datetime, int, str, object]] = []
    for n, (months, product, principal, term, paid_until) in enumerate(PLAN):
        day = _months_back(today, months)
        clock.now = datetime.combine(day - timedelta(days=2), time(2, 0), timezone.utc)
        applied = loans.apply_loan(at.uow(), bendahara, chosen[n], product, principal, term,
                                   purpose=rng.choice(PURPOSES), uuid=_uuid(1, n))
        clock.now += timedelta(hours=5)
        loans.approve_loan(at.uow(), pengurus, applied.number, "Layak: usaha dan simpanan lancar")
        clock.now = datetime.combine(day, time(2, 30), timezone.utc)
        d = loans.disburse_loan(at.uow(), bendahara, applied.number, uuid=_uuid(2, n))
        for inst in d.loan.installments:
            if paid_until is not None and inst.no > paid_until:
                break
            pay_day = inst.due_date - timedelta(days=rng.randrange(0, 4))
            if pay_day >= today:
                break
            events.append((datetime.combine(pay_day, time(3, rng.randrange(60)), timezone.utc), n,
                           applied.number, inst.installment_rp))
    # Payments in time order across loans, as they happened.
    for k, (moment, _n, number, amount) in enumerate(sorted(events)):
        clock.now = moment  # each installment paid in full on or a few days before its due date
        loan_payments.pay_loan(at.uow(), bendahara, number, amount, uuid=_uuid(3, k))
    clock.now = datetime.combine(today - timedelta(days=3), time(3, 0), timezone.utc)
    # One settled early, one rescheduled (the one that stopped after six), one waiting for approval.
    early = next(no for no in (loans.list_loans(at.reader(), bendahara, status="cair")) if no.term == 6)
    quote = loan_payments.settlement_quote(at.reader(), bendahara, early.number)
    loan_payments.settle_loan(at.uow(), bendahara, early.number, quote.total_rp, uuid=_uuid(4, 1))
    stopped = next(s for s in loans.list_loans(at.reader(), bendahara, status="cair")
                   if s.principal_rp == 2_500_000 and s.term == 10)
    loan_actions.reschedule_loan(at.uow(), pengurus, stopped.number, 12, "Gagal panen: angsuran diringankan",
                                 uuid=_uuid(4, 2))
    clock.now = datetime.combine(today, time(1, 30), timezone.utc)
    loans.apply_loan(at.uow(), bendahara, chosen[-1], "KONSUMTIF", 1_500_000, 6, purpose="Biaya persalinan",
                     collateral="BPKB motor", uuid=_uuid(1, 999))
