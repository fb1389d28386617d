"""Loans on a real database: product, application, four-eyes approval, disbursement,
repayments (exact, partial, early, late with penalty, prepayment), early settlement,
rescheduling, write-off and recovery, aging — with the books agreeing at every step."""

from uuid import UUID, uuid4

import pytest

from app.domain.errors import DomainError, PermissionDenied
from app.domain.members import MemberForm
from app.services import checks, ledger, loan_actions, loan_payments, loan_products, loan_reports, loans
from app.services import member_registry, savings

PRODUCT = {"code": "PRODUKTIF", "name": "Pinjaman Produktif", "min_amount_rp": 500_000, "max_amount_rp": 20_000_000,
           "min_term": 3, "max_term": 24, "rate_pct": "1.5", "rate_period": "bulan", "method": "flat",
           "fee_kind": "percent", "fee_value": "1", "fee_mode": "potong",
           "penalty": {"kind": "percent_month", "percent_per_month": "2", "grace_days": 3},
           "round_to": 100, "prepay_rule": "kurangi_tenor", "early_interest": "bulan_berjalan", "max_open_loans": 1}


def books_agree(ctx):
    report = checks.run_checks(ctx.reader())
    assert report.ok, [c for c in report.checks if not c.ok]


@pytest.fixture
def setup(demo_ctx, login):
    pengurus, bendahara = login("pengurus"), login("bendahara")
    loan_products.save_product(demo_ctx.uow(), pengurus, PRODUCT)
    no = member_registry.register_member(demo_ctx.uow(), pengurus, MemberForm(
        "Rina Marlina", "3203014508900003", None, "Kp. Sukamaju")).profile.member_no
    return pengurus, bendahara, no


def running_loan(ctx, pengurus, bendahara, no, principal=6_000_000, term=6, product="PRODUKTIF"):
    applied = loans.apply_loan(ctx.uow(), bendahara, no, product, principal, term, purpose="Modal warung")
    loans.approve_loan(ctx.uow(), pengurus, applied.number)
    return loans.disburse_loan(ctx.uow(), bendahara, applied.number, station="KASIR-1")


def test_apply_approve_disburse(demo_ctx, setup, login):
    pengurus, bendahara, no = setup
    applied = loans.apply_loan(demo_ctx.uow(), pengurus, no, "produktif", 6_000_000, 6, purpose="Modal warung")
    assert applied.status == "diajukan" and len(applied.preview) == 6 and applied.number.startswith("PNJ-")
    assert applied.preview[0].installment_rp == 1_090_000  # 1.000.000 + 90.000 flat
    with pytest.raises(DomainError, match="pengurus lain"):
        loans.approve_loan(demo_ctx.uow(), pengurus, applied.number)
    with pytest.raises(DomainError, match="belum disetujui"):
        loans.disburse_loan(demo_ctx.uow(), bendahara, applied.number)
    with pytest.raises(PermissionDenied):
        loans.approve_loan(demo_ctx.uow(), bendahara, applied.number)
    pengurus2 = _second_pengurus(demo_ctx, login)
    loans.approve_loan(demo_ctx.uow(), pengurus2, applied.number, "usaha jelas")
    d = loans.disburse_loan(demo_ctx.uow(), bendahara, applied.number, station="KASIR-1")
    assert d.cash_out_rp == 5_940_000 and d.loan.status == "cair" and d.loan.outstanding_rp == 6_000_000
    assert d.print_job_id is not None and len(d.loan.installments) == 6
    j = ledger.get_journal(demo_ctx.reader(), bendahara, d.journal_number)
    assert {(l.account, l.debit_rp, l.credit_rp) for l in j.lines} == {
        ("1105", 6_000_000, 0), ("1101", 0, 5_940_000), ("4202", 0, 60_000)}
    with pytest.raises(DomainError, match="pinjaman berjalan"):
        loans.apply_loan(demo_ctx.uow(), bendahara, no, "PRODUKTIF", 1_000_000, 3, purpose="lagi")
    books_agree(demo_ctx)


def _second_pengurus(ctx, login):
    from app.services import auth
    admin = login("admin")
    auth.create_user(ctx.uow(), admin, "ketua", "Ketua Koperasi", "482913", ["pengurus"])
    return auth.login(ctx.uow(), "ketua", "482913")


def test_application_refusals(demo_ctx, setup):
    pengurus, bendahara, no = setup
    for principal, term, words in ((100_000, 6, "Rp500.000 sampai"), (6_000_000, 30, "3 sampai 24"),
                                   (-1, 6, "lebih dari nol")):
        with pytest.raises(DomainError, match=words):
            loans.apply_loan(demo_ctx.uow(), bendahara, no, "PRODUKTIF", principal, term, purpose="x")
    with pytest.raises(DomainError, match="Tujuan"):
        loans.apply_loan(demo_ctx.uow(), bendahara, no, "PRODUKTIF", 1_000_000, 6, purpose=" ")
    with pytest.raises(DomainError, match="tidak ditemukan"):
        loans.apply_loan(demo_ctx.uow(), bendahara, no, "GADAI", 1_000_000, 6, purpose="x")
    loan_products.save_product(demo_ctx.uow(), pengurus, {**PRODUCT, "code": "SIMPAN3", "savings_multiple": "3"})
    with pytest.raises(DomainError, match="3 x simpanan"):  # savings Rp100.000 (pokok) -> Rp300.000
        loans.apply_loan(demo_ctx.uow(), bendahara, no, "SIMPAN3", 500_000, 6, purpose="x")
    with pytest.raises(DomainError, match="Produk pinjaman belum benar"):
        loan_products.save_product(demo_ctx.uow(), pengurus, {**PRODUCT, "min_term": 30, "fee_value": "50"})


def test_exact_late_and_early_payments(demo_ctx, setup, clock):
    pengurus, bendahara, no = setup
    loan = running_loan(demo_ctx, pengurus, bendahara, no).loan
    clock.advance(days=27)  # a few days before the first due date: pays installment 1, not principal ahead
    first = loan_payments.pay_loan(demo_ctx.uow(), bendahara, loan.number, 1_090_000)
    assert [(a.no, a.interest_rp, a.principal_rp) for a in first.plan.allocation.items] == [(1, 90_000, 1_000_000)]
    assert first.plan.prepayment_rp == 0 and first.loan.outstanding_rp == 5_000_000
    clock.advance(days=54)  # 12 Feb: installment 2 (23 Jan) is 20 days late: one started month of 2% penalty
    plan = loan_payments.plan_payment(demo_ctx.reader(), bendahara, loan.number, 500_000)
    two = plan.allocation.items[0]
    assert (two.no, two.penalty_rp, two.interest_rp, two.principal_rp) == (2, 21_800, 90_000, 388_200)
    info = loans.get_loan(demo_ctx.reader(), bendahara, loan.number)
    assert info.days_past_due == 20 and info.kolektibilitas == "Dalam Perhatian Khusus"
    loan_payments.pay_loan(demo_ctx.uow(), bendahara, loan.number, 500_000)
    books_agree(demo_ctx)
    with pytest.raises(DomainError, match="pelunasan"):
        loan_payments.pay_loan(demo_ctx.uow(), bendahara, loan.number, 50_000_000)
    for bad in (0, -5, 1.5):
        with pytest.raises(DomainError):
            loan_payments.pay_loan(demo_ctx.uow(), bendahara, loan.number, bad)


def test_prepayment_shortens_the_term(demo_ctx, setup, clock):
    pengurus, bendahara, no = setup
    loan = running_loan(demo_ctx, pengurus, bendahara, no).loan
    clock.advance(days=25)
    r = loan_payments.pay_loan(demo_ctx.uow(), bendahara, loan.number, 1_090_000 + 2_000_000)
    assert r.plan.prepayment_rp == 2_000_000 and r.loan.outstanding_rp == 3_000_000
    left = [i for i in r.loan.installments if i.no > 1]
    assert sum(i.principal_rp for i in left) == 3_000_000 and len(left) < 5
    assert all(i.installment_rp <= 1_090_000 for i in left)
    books_agree(demo_ctx)


def test_payment_uuid_replay_posts_once(demo_ctx, setup, clock):
    pengurus, bendahara, no = setup
    loan = running_loan(demo_ctx, pengurus, bendahara, no).loan
    u = uuid4()
    a = loan_payments.pay_loan(demo_ctx.uow(), bendahara, loan.number, 300_000, uuid=u)
    b = loan_payments.pay_loan(demo_ctx.uow(), bendahara, loan.number, 300_000, uuid=u)
    assert a.number == b.number and b.loan.outstanding_rp == a.loan.outstanding_rp


def test_early_settlement_charges_current_month_interest_only(demo_ctx, setup, clock):
    pengurus, bendahara, no = setup
    loan = running_loan(demo_ctx, pengurus, bendahara, no).loan
    clock.advance(days=40)  # installment 1 due and unpaid (penalty after the 3-day grace), 2 is current
    q = loan_payments.settlement_quote(demo_ctx.reader(), bendahara, loan.number)
    assert q.principal_rp == 6_000_000 and q.interest_rp == 180_000 and q.waived_interest_rp == 360_000
    assert q.penalty_rp == 21_800
    with pytest.raises(DomainError, match="bukan"):
        loan_payments.settle_loan(demo_ctx.uow(), bendahara, loan.number, q.total_rp - 1)
    done = loan_payments.settle_loan(demo_ctx.uow(), bendahara, loan.number, q.total_rp)
    assert done.loan.status == "lunas" and done.loan.outstanding_rp == 0 and done.number.startswith("PL-")
    books_agree(demo_ctx)


def test_reschedule_then_write_off_and_recover(demo_ctx, setup, clock, login):
    pengurus, bendahara, no = setup
    loan = running_loan(demo_ctx, pengurus, bendahara, no).loan
    clock.advance(days=100)
    with pytest.raises(PermissionDenied):
        loan_actions.reschedule_loan(demo_ctx.uow(), bendahara, loan.number, 12, "gagal panen")
    u = uuid4()
    new = loan_actions.reschedule_loan(demo_ctx.uow(), pengurus, loan.number, 12, "gagal panen",
                                       capitalise_arrears=True, uuid=u)
    assert new.loan.parent_number == loan.number and new.loan.term == 12
    again = loan_actions.reschedule_loan(demo_ctx.uow(), pengurus, loan.number, 12, "gagal panen", uuid=u)
    assert (again.loan.number, again.journal_number) == (new.loan.number, new.journal_number)  # a retry
    with pytest.raises(DomainError, match="sudah dipakai"):  # the UUID of an application is not a rescheduling
        loan_actions.reschedule_loan(demo_ctx.uow(), pengurus, loan.number, 12, "x", uuid=UUID(loan.uuid))
    assert new.loan.principal_rp > 6_000_000  # arrears interest and penalty capitalised
    old = loans.get_loan(demo_ctx.reader(), bendahara, loan.number)
    assert old.status == "direstrukturisasi" and old.outstanding_rp == 0
    books_agree(demo_ctx)
    clock.advance(days=400)
    aging = loan_reports.aging(demo_ctx.reader(), bendahara)
    row = next(r for r in aging.rows if r.number == new.loan.number)
    assert row.bucket.name == "Macet" and aging.npl_ratio_pct == 100.0 and aging.health == "tidak sehat"
    u = uuid4()
    off = loan_actions.write_off_loan(demo_ctx.uow(), pengurus, new.loan.number, "anggota pindah, tidak tertagih",
                                      uuid=u)
    assert off.loan.status == "dihapus" and off.loan.written_off_rp == new.loan.principal_rp
    assert loan_actions.write_off_loan(demo_ctx.uow(), pengurus, new.loan.number, "x", uuid=u).journal_number == (
        off.journal_number)  # a retry gets the same journal
    with pytest.raises(DomainError, match="sudah dihapus buku"):  # a second write-off is refused
        loan_actions.write_off_loan(demo_ctx.uow(), pengurus, new.loan.number, "lagi")
    rec = loan_payments.recover_written_off(demo_ctx.uow(), bendahara, new.loan.number, 1_000_000)
    assert rec.loan.written_off_rp == new.loan.principal_rp - 1_000_000 and rec.number.startswith("PM-")
    with pytest.raises(DomainError, match="Pemulihan harus"):
        loan_payments.recover_written_off(demo_ctx.uow(), bendahara, new.loan.number, 10**10)
    books_agree(demo_ctx)
    assert savings.balances(demo_ctx.reader(), bendahara, no)["pokok"] == 100_000


def test_kolektibilitas_follows_the_outlet_setting(demo_ctx, setup, clock, login):
    from app.services import settings
    pengurus, bendahara, no = setup
    loan = running_loan(demo_ctx, pengurus, bendahara, no).loan
    coop = [{"name": "Lancar", "max_days": 0, "ppap_pct": 0.5}, {"name": "Kurang Lancar", "max_days": 60, "ppap_pct": 10},
            {"name": "Macet", "max_days": None, "ppap_pct": 100}]
    with pytest.raises(DomainError, match="terbalik"):
        settings.change(demo_ctx.uow(), login("admin"), {"loan.kolektibilitas": [
            coop[0] | {"max_days": 10}, coop[1] | {"max_days": 5}, coop[2]]})
    settings.change(demo_ctx.uow(), login("admin"), {"loan.kolektibilitas": coop})
    clock.advance(days=31 + 70)  # installment 1 is 70 days late
    info = loans.get_loan(demo_ctx.reader(), bendahara, loan.number)
    assert info.kolektibilitas == "Macet"
    aging = loan_reports.aging(demo_ctx.reader(), bendahara)
    row = next(r for r in aging.rows if r.number == loan.number)
    assert row.provision_rp == row.outstanding_rp and [b.name for b, *_ in aging.by_bucket()] == [
        "Lancar", "Kurang Lancar", "Macet"]
