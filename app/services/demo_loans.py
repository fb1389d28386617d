"""The demo outlet's loans: three products (flat, anuitas, menurun) and forty-two loans
over the past year and a half, made through the loan services with the clock set to each
step, so the Pinjaman page shows every state: running and current, paid off, a few in
arrears in every kolektibilitas bucket (Dalam Perhatian Khusus, Kurang Lancar, Diragukan,
Macet), one written off with a later recovery, one settled early, one rescheduled, one
rejected, one approved and waiting for its money, one waiting for approval.

Overdue loans are placed by the days their oldest unpaid installment is late today, so
each lands in its bucket whatever day the demo is built. Borrowers are active members who
joined at least a month before applying; loans go out by bank transfer and repayments
come in cash."""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from uuid import UUID

from app.domain.auth import Actor, Role
from app.domain.loan_schedule import due_date
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
    {"code": "MUSIMTANI", "name": "Pinjaman Musim Tanam", "min_amount_rp": 1_000_000,
     "max_amount_rp": 15_000_000, "min_term": 4, "max_term": 12, "rate_pct": "1.25", "rate_period": "bulan",
     "method": "menurun", "fee_kind": "percent", "fee_value": "0.5", "fee_mode": "bayar",
     "penalty": {"kind": "percent_month", "percent_per_month": "1.5", "grace_days": 7}, "round_to": 1000,
     "prepay_rule": "kurangi_angsuran", "early_interest": "tanpa", "max_open_loans": 1},
]


@dataclass(frozen=True)
class Plan:
    product: str
    principal_rp: int
    term: int
    months_ago: int = 0        # disbursed this many months back (loans paid as agreed)
    late_days: int | None = None  # or: placed so the oldest unpaid installment is this late today
    paid: int = 0              # installments paid (with late_days)
    then: str = ""             # "", "settle", "reschedule", "write_off"


PLAN = [
    # paid as agreed (the oldest ones are paid off by now)
    Plan("PRODUKTIF", 5_000_000, 12, months_ago=15), Plan("KONSUMTIF", 2_000_000, 10, months_ago=14),
    Plan("MUSIMTANI", 4_000_000, 6, months_ago=13), Plan("PRODUKTIF", 3_000_000, 12, months_ago=11),
    Plan("KONSUMTIF", 1_500_000, 6, months_ago=10), Plan("PRODUKTIF", 7_500_000, 18, months_ago=10),
    Plan("MUSIMTANI", 6_000_000, 8, months_ago=9), Plan("PRODUKTIF", 1_000_000, 6, months_ago=8),
    Plan("KONSUMTIF", 2_500_000, 12, months_ago=8), Plan("PRODUKTIF", 6_000_000, 12, months_ago=7),
    Plan("MUSIMTANI", 3_000_000, 6, months_ago=7), Plan("KONSUMTIF", 1_000_000, 6, months_ago=6),
    Plan("PRODUKTIF", 3_500_000, 12, months_ago=6), Plan("MUSIMTANI", 10_000_000, 12, months_ago=5),
    Plan("PRODUKTIF", 5_000_000, 12, months_ago=5), Plan("KONSUMTIF", 1_200_000, 6, months_ago=4),
    Plan("PRODUKTIF", 2_000_000, 6, months_ago=4), Plan("MUSIMTANI", 2_500_000, 4, months_ago=3),
    Plan("PRODUKTIF", 8_000_000, 18, months_ago=3), Plan("KONSUMTIF", 3_000_000, 12, months_ago=2),
    Plan("MUSIMTANI", 5_000_000, 6, months_ago=2), Plan("PRODUKTIF", 4_000_000, 10, months_ago=1),
    Plan("KONSUMTIF", 2_000_000, 8, months_ago=1), Plan("MUSIMTANI", 12_000_000, 12, months_ago=2),
    Plan("PRODUKTIF", 9_000_000, 18, months_ago=1),
    # settled early, rescheduled after a failed harvest
    Plan("PRODUKTIF", 2_000_000, 6, months_ago=5, then="settle"),
    Plan("PRODUKTIF", 2_500_000, 10, late_days=40, paid=6, then="reschedule"),
    # in arrears: Dalam Perhatian Khusus (1-90 days), Kurang Lancar (91-120), Diragukan (121-180), Macet
    Plan("KONSUMTIF", 1_500_000, 12, late_days=9, paid=4), Plan("PRODUKTIF", 2_000_000, 12, late_days=26, paid=5),
    Plan("MUSIMTANI", 3_000_000, 8, late_days=52, paid=3), Plan("PRODUKTIF", 1_500_000, 10, late_days=78, paid=2),
    Plan("KONSUMTIF", 1_500_000, 12, late_days=98, paid=3), Plan("PRODUKTIF", 2_000_000, 12, late_days=113, paid=4),
    Plan("MUSIMTANI", 1_200_000, 6, late_days=137, paid=1), Plan("PRODUKTIF", 1_000_000, 10, late_days=166, paid=2),
    Plan("KONSUMTIF", 1_000_000, 10, late_days=205, paid=2), Plan("PRODUKTIF", 1_500_000, 12, late_days=262, paid=3),
    Plan("PRODUKTIF", 1_500_000, 12, late_days=390, paid=1, then="write_off"),
]
PURPOSES = ["Modal warung sembako", "Beli bibit dan pupuk", "Tambah stok dagangan", "Biaya sekolah anak",
            "Perbaikan rumah", "Beli mesin jahit", "Modal ternak ayam", "Perbaikan perahu", "Sewa traktor",
            "Modal jualan gorengan"]
COLLATERAL = ["", "", "BPKB sepeda motor", "Sertifikat tanah (fotokopi)", "Surat keterangan usaha dari desa"]


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


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    """A moment of a business day in the outlet's time (WIB = UTC+7)."""
    return datetime.combine(day, time(hour, minute), timezone.utc) - timedelta(hours=7)


def disbursal_day(plan: Plan, today: date) -> date:
    """When the loan went out: `months_ago` months back, or so that installment paid+1 fell
    due `late_days` ago (the day kept at 28 or before, so due dates keep it)."""
    if plan.late_days is None:
        return due_date(today.replace(day=min(today.day, 28)), -plan.months_ago)
    first_unpaid = today - timedelta(days=plan.late_days)
    if first_unpaid.day > 28:
        first_unpaid -= timedelta(days=first_unpaid.day - 28)
    return due_date(first_unpaid, -(plan.paid + 1))


class _Timeline:
    """Steps run in time order with the clock at each one, as they happened."""

    def __init__(self, clock: _Clock) -> None:
        self.clock, self.queue, self.seq = clock, [], 0

    def at(self, moment: datetime, step) -> None:
        self.seq += 1
        heapq.heappush(self.queue, (moment, self.seq, step))

    def run(self) -> None:
        while self.queue:
            moment, _seq, step = heapq.heappop(self.queue)
            self.clock.now = moment
            step()


def build(ctx: ServiceContext, today: date) -> None:
    rng = random.Random(7)
    clock = _Clock(_at(today, 9))
    at = ServiceContext(UnitOfWorkFactory(ctx.uows.engine, clock), ctx.db_label, ctx.sqlite_path, ctx.backup_dir)
    pengurus, bendahara = _actor(at, "pengurus"), _actor(at, "bendahara")
    days = [disbursal_day(p, today) for p in PLAN]
    clock.now = _at(min(days) - timedelta(days=10), 9)
    for p in PRODUCTS:
        loan_products.save_product(at.uow(), pengurus, p)
    members = member_registry.list_members(at.reader(), pengurus, status="aktif", limit=1000)
    joined = {m.member_no: member_registry.get_profile(at.reader(), pengurus, m.member_no).join_date
              for m in members}
    free = sorted(joined)
    rng.shuffle(free)

    def borrower(applied: date) -> str:
        no = next((no for no in free if joined[no] <= applied - timedelta(days=30)), free[0])
        free.remove(no)
        return no

    timeline = _Timeline(clock)
    payments = iter(range(1_000_000))

    def pay(number: str, amount: int) -> None:  # an installment in full, on or a few days before it is due
        loan_payments.pay_loan(at.uow(), bendahara, number, amount, uuid=_uuid(3, next(payments)))

    def apply(n: int) -> None:
        plan = PLAN[n]
        number = loans.apply_loan(
            at.uow(), bendahara, borrower(clock.now.date()), plan.product, plan.principal_rp, plan.term,
            purpose=rng.choice(PURPOSES), collateral=rng.choice(COLLATERAL),
            notes="Usaha berjalan, simpanan wajib tertib." if n % 3 else "", uuid=_uuid(1, n)).number
        timeline.at(clock.now + timedelta(days=1, hours=2), lambda: loans.approve_loan(
            at.uow(), pengurus, number, "Layak: usaha dan simpanan lancar"))
        timeline.at(_at(days[n], 10, n % 50), lambda: disburse(n, number))

    def disburse(n: int, number: str) -> None:
        plan = PLAN[n]
        method = "transfer"  # from the bank account the Himbara loan was paid into; repayments come in cash
        done = loans.disburse_loan(at.uow(), bendahara, number, method=method, uuid=_uuid(2, n))
        last = plan.paid if plan.late_days is not None else plan.term
        until = today - timedelta(days=20) if plan.then == "settle" else today
        for inst in done.loan.installments[:last]:
            pay_day = inst.due_date - timedelta(days=rng.randrange(0, 4))
            if pay_day < until:
                timeline.at(_at(pay_day, 10, rng.randrange(60)), lambda a=inst.installment_rp: pay(number, a))
        _aftermath(timeline, at, today, n, number, pengurus, bendahara)

    for n, day in enumerate(days):
        timeline.at(_at(day - timedelta(days=3), 9, n % 50), lambda n=n: apply(n))
    timeline.run()
    _pipeline(at, clock, today, min(_at(today, 8, 30), ctx.uows.clock()), pengurus, bendahara, rng)


def _aftermath(timeline: _Timeline, at: ServiceContext, today: date, n: int, number: str, pengurus: Actor,
               bendahara: Actor) -> None:
    """What happens to the loan later, by the plan: settled early, rescheduled, written off."""
    then = PLAN[n].then
    if then == "settle":
        def settle() -> None:
            quote = loan_payments.settlement_quote(at.reader(), bendahara, number)
            loan_payments.settle_loan(at.uow(), bendahara, number, quote.total_rp, uuid=_uuid(4, n))
        timeline.at(_at(today - timedelta(days=20), 10), settle)
    elif then == "reschedule":
        timeline.at(_at(today - timedelta(days=12), 10), lambda: loan_actions.reschedule_loan(
            at.uow(), pengurus, number, 12, "Gagal panen: angsuran diringankan", uuid=_uuid(5, n)))
    elif then == "write_off":
        timeline.at(_at(today - timedelta(days=60), 11), lambda: loan_actions.write_off_loan(
            at.uow(), pengurus, number, "Macet lebih dari setahun, peminjam merantau; penagihan tetap berjalan",
            uuid=_uuid(6, n)))
        timeline.at(_at(today - timedelta(days=15), 11), lambda: loan_payments.recover_written_off(
            at.uow(), bendahara, number, 250_000, uuid=_uuid(7, n)))


def _pipeline(at: ServiceContext, clock: _Clock, today: date, this_morning: datetime, pengurus: Actor,
              bendahara: Actor, rng: random.Random) -> None:
    """Loans still in the pipeline, to members without one: one rejected last week, one
    approved and waiting for its money, one applied for this morning."""
    members = [m.member_no for m in member_registry.list_members(at.reader(), pengurus, status="aktif",
                                                                  limit=1000)]
    busy = {s.member_no for s in loans.list_loans(at.reader(), pengurus, limit=1000)}
    idle = [no for no in members if no not in busy]
    rng.shuffle(idle)
    clock.now = _at(today - timedelta(days=6), 9)
    rejected = loans.apply_loan(at.uow(), bendahara, idle[0], "KONSUMTIF", 5_000_000, 12,
                                purpose="Beli telepon genggam", uuid=_uuid(1, 997))
    clock.now += timedelta(hours=3)
    loans.reject_loan(at.uow(), pengurus, rejected.number,
                      "Angsuran melebihi sepertiga penghasilan; ajukan ulang dengan jumlah lebih kecil")
    clock.now = _at(today - timedelta(days=2), 9)
    approved = loans.apply_loan(at.uow(), bendahara, idle[1], "MUSIMTANI", 4_000_000, 6,
                                purpose="Bibit padi dan pupuk musim rendeng", collateral="Hasil panen",
                                guarantor_no=idle[2], uuid=_uuid(1, 998))
    clock.now += timedelta(hours=4)
    loans.approve_loan(at.uow(), pengurus, approved.number, "Layak, dicairkan setelah tanda tangan penjamin")
    clock.now = this_morning
    loans.apply_loan(at.uow(), bendahara, idle[3], "KONSUMTIF", 1_500_000, 6, purpose="Biaya persalinan",
                     collateral="BPKB sepeda motor", uuid=_uuid(1, 999))
