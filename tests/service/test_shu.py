"""SHU on the demo outlet (books from July 2025), on SQLite and PostgreSQL: rules, simulation,
compute for a closed year, the distribution journal and the payouts with `kopdes check`."""

from __future__ import annotations

from decimal import Decimal
from uuid import uuid4

import pytest
from sqlalchemy import func, select

from app.domain.errors import DomainError, PermissionDenied
from app.domain.shu import DEFAULT_ALLOCATION, ShuRules
from app.services import audit, checks, ledger, reports, savings, shu, shu_payout, year_close
from app.store.models_savings import SavingsMoveRow
from app.store.models_shop import MemberRow, SaleRow

TEXTBOOK = {"cadangan": 25, "jasa_modal": 25, "jasa_anggota": 30, "dana_pengurus": 5, "dana_karyawan": 5,
            "dana_pendidikan": 5, "dana_sosial": Decimal("2.5"), "dana_pembangunan": Decimal("2.5")}


def close_2025(ctx, b):
    ledger.close_period(ctx.uow(), b, "2025-12")
    year_close.close_year(ctx.uow(), b, 2025)


def balance(ctx, actor, code):
    rows = {r.code: r for r in ledger.trial_balance(ctx.reader(), actor).rows}
    r = rows.get(code)
    return 0 if r is None else r.debit_rp - r.credit_rp


def test_rules_refuse_a_total_other_than_100_and_change_nothing(demo_ctx, login, backend):
    b = login("bendahara")
    assert shu.get_rules(demo_ctx.reader(), b) == ShuRules()
    bad = ShuRules().to_config()
    bad["allocation"] = {**bad["allocation"], "cadangan": "35"}
    with pytest.raises(DomainError) as err:
        shu.set_rules(demo_ctx.uow(), b, bad)
    assert err.value.code == "allocation_total" and "105%" in err.value.message
    assert shu.get_rules(demo_ctx.reader(), b).pct("cadangan") == DEFAULT_ALLOCATION["cadangan"]
    with pytest.raises(PermissionDenied):
        shu.set_rules(demo_ctx.uow(), login("pengawas"), ShuRules())
    saved = shu.set_rules(demo_ctx.uow(), b, {"allocation": TEXTBOOK, "jua_basis": "pembelian",
                                              "jma_basis": "rata_rata"})
    again = shu.get_rules(demo_ctx.reader(), login("pengawas"))
    assert again == saved and again.pct("dana_sosial") == Decimal("2.5") and again.jma_basis == "rata_rata"
    assert [e.action for e in audit.entries(demo_ctx.reader(), login("admin"), action="shu.rules")] == ["shu.rules"]


def test_simulation_needs_no_closed_year_and_saves_nothing(demo_ctx, login, backend):
    b = login("bendahara")
    phu = reports.phu(demo_ctx.reader(), b, "2025", compare=False)
    p = shu.simulate(demo_ctx.reader(), b, 2025)
    assert p.simulated and (p.shu_anggota_rp, p.shu_non_anggota_rp) == (phu.shu_anggota_rp, phu.shu_non_anggota_rp)
    assert sum(x.amount_rp for x in p.pools) == p.shu_anggota_rp and p.divided
    given = shu.simulate(demo_ctx.reader(), b, 2025, total_rp=10_000_000, allocation=TEXTBOOK)
    assert given.pool("jasa_modal") == 2_500_000 and given.pool("jasa_anggota") == 3_000_000
    assert given.jma_rp == 2_500_000 and given.jua_rp == 3_000_000
    for kwargs, code in (({"total_rp": 0}, "bad_total"), ({"total_rp": -1}, "bad_total"),
                         ({"total_rp": 1000, "allocation": {"cadangan": 40, "jasa_modal": 65}}, "allocation_total")):
        with pytest.raises(DomainError) as err:
            shu.simulate(demo_ctx.reader(), b, 2025, **kwargs)
        assert err.value.code == code
    with pytest.raises(PermissionDenied):
        shu.simulate(demo_ctx.reader(), login("kasir"), 2025)
    assert shu.get_distribution(demo_ctx.reader(), b, 2025) is None


def test_bases_members_who_left_in_the_year_and_purchases(demo_ctx, login, backend):
    """2026 (a simulation: the year is running): members who left in 2026 share nothing;
    purchases are the completed member sales less deposits; savings at the year end."""
    b = login("bendahara")
    p = shu.simulate(demo_ctx.reader(), b, 2026, total_rp=5_000_000)
    numbers = {s.member_no for s in p.shares}
    with demo_ctx.reader() as uow:
        s = uow.session
        left = set(s.execute(select(MemberRow.member_no).where(MemberRow.exit_date.is_not(None))).scalars())
        active = set(s.execute(select(MemberRow.member_no).where(MemberRow.exit_date.is_(None))).scalars())
        bought = s.execute(select(func.sum(SaleRow.total_rp - SaleRow.deposit_rp)).where(
            SaleRow.status == "completed", SaleRow.member_id.is_not(None))).scalar_one()
        capital = s.execute(select(func.sum(SavingsMoveRow.amount_rp)).join(
            MemberRow, MemberRow.id == SavingsMoveRow.member_id).where(
            SavingsMoveRow.type.in_(("pokok", "wajib")), MemberRow.exit_date.is_(None))).scalar_one()
    assert left and not (numbers & left) and numbers == active
    assert p.total_purchases_rp == bought > 0
    assert p.total_modal_rp == capital
    assert p.divided and p.jma_rp == p.pool("jasa_modal") and p.jua_rp == p.pool("jasa_anggota")
    avg = shu.simulate(demo_ctx.reader(), b, 2026, total_rp=5_000_000,
                       rules=ShuRules(jma_basis="rata_rata"))
    assert 0 < avg.total_modal_rp < p.total_modal_rp  # savings grew during the year


def test_compute_and_distribute_need_a_closed_year(demo_ctx, login, backend):
    b = login("bendahara")
    for call in (lambda: shu.compute(demo_ctx.reader(), b, 2025), lambda: shu.distribute(demo_ctx.uow(), b, 2025)):
        with pytest.raises(DomainError) as err:
            call()
        assert err.value.code == "year_not_closed"
    for bad in ("20x5", "1999", ""):
        with pytest.raises(DomainError) as err:
            shu.compute(demo_ctx.reader(), b, bad)
        assert err.value.code == "bad_year"
    assert shu.get_distribution(demo_ctx.reader(), b, 2025) is None


def test_distribution_journal_and_payouts_keep_the_books_checking(demo_ctx, login, backend):
    b = login("bendahara")
    close_2025(demo_ctx, b)
    p = shu.compute(demo_ctx.reader(), b, 2025)
    assert not p.simulated and p.divided and p.shu_rp > 0
    shu_before = balance(demo_ctx, b, "3105")
    with pytest.raises(PermissionDenied):
        shu.distribute(demo_ctx.uow(), login("pengawas"), 2025)
    uuid = uuid4()
    d = shu.distribute(demo_ctx.uow(), b, 2025, uuid=uuid)
    assert d.journal_number.startswith("SH-") and d.shu_rp == p.shu_rp
    assert (d.cadangan_rp, d.dana_rp, d.anggota_rp) == (p.cadangan_total_rp, p.funds_rp, p.members_rp)
    assert balance(demo_ctx, b, "3105") == shu_before + p.shu_rp
    assert -balance(demo_ctx, b, "2106") == p.members_rp == sum(s.total_rp for s in p.shares)
    assert -balance(demo_ctx, b, "2105") == p.funds_rp
    assert shu.distribute(demo_ctx.uow(), b, 2025, uuid=uuid).journal_number == d.journal_number  # replay
    with pytest.raises(DomainError) as err:
        shu.distribute(demo_ctx.uow(), b, 2025)
    assert err.value.code == "already_distributed"
    assert shu.compute(demo_ctx.reader(), b, 2025).shares == p.shares  # frozen as distributed
    assert checks.run_checks(demo_ctx.reader()).ok

    rows = shu_payout.shares(demo_ctx.reader(), b, 2025)
    exited = next(r for r in rows if not r.member_active)
    cash, into, rest = [r for r in rows if r.member_active][:3]
    kas = balance(demo_ctx, b, "1101")
    paid = shu_payout.pay(demo_ctx.uow(), b, 2025, cash.member_no, "tunai", station="KASIR-1")
    assert paid.total_rp == cash.total_rp and paid.journal_number.startswith("SB-") and paid.print_job_id
    assert balance(demo_ctx, b, "1101") == kas - cash.total_rp
    before = savings.balances(demo_ctx.reader(), b, into.member_no)["sukarela"]
    u = uuid4()
    shu_payout.pay(demo_ctx.uow(), b, 2025, into.member_no, "sukarela", uuid=u)
    assert savings.balances(demo_ctx.reader(), b, into.member_no)["sukarela"] == before + into.total_rp
    assert shu_payout.pay(demo_ctx.uow(), b, 2025, into.member_no, "sukarela", uuid=u).total_rp == into.total_rp
    for who, method, code in ((cash.member_no, "tunai", "already_paid"), (exited.member_no, "sukarela",
                                                                          "member_not_active"),
                              (rest.member_no, "cek", "bad_method"), ("A99999", "tunai", "member_not_found")):
        with pytest.raises(DomainError) as err:
            shu_payout.pay(demo_ctx.uow(), b, 2025, who, method)
        assert err.value.code in (code, "not_found")
    bulk = shu_payout.pay_all_to_sukarela(demo_ctx.uow(), b, 2025)
    assert bulk.members == sum(1 for r in rows if r.member_active) - 2 and bulk.left_for_cash >= 1
    assert bulk.left_for_cash == sum(1 for r in rows if not r.member_active)
    for r in rows:
        if not r.member_active:  # left after the year end: cash only
            shu_payout.pay(demo_ctx.uow(), b, 2025, r.member_no, "tunai")
    after = shu_payout.shares(demo_ctx.reader(), b, 2025)
    assert all(r.paid_method for r in after) and balance(demo_ctx, b, "2106") == 0
    assert shu.get_distribution(demo_ctx.reader(), b, 2025).unpaid_rp == 0
    report = checks.run_checks(demo_ctx.reader())
    assert report.ok, [c for c in report.checks if not c.ok]
    actions = {e.action for e in audit.entries(demo_ctx.reader(), login("admin"))}
    assert {"shu.distribute", "shu.pay", "shu.pay_all"} <= actions


def test_payout_before_distribution_is_refused(demo_ctx, login, backend):
    b = login("bendahara")
    before = ledger.count_journals(demo_ctx.reader(), b)
    with pytest.raises(DomainError) as err:
        shu_payout.pay(demo_ctx.uow(), b, 2025, "A00001", "tunai")
    assert err.value.code == "not_distributed"
    with pytest.raises(DomainError):
        shu_payout.pay_all_to_sukarela(demo_ctx.uow(), b, 2025)
    assert ledger.count_journals(demo_ctx.reader(), b) == before
