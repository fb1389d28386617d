"""Members and savings on a real database: registration, deposits, withdrawals, reversal,
exit, arrears, jasa, and the books agreeing with the savings at every step."""

from datetime import date, timedelta
from uuid import uuid4

import pytest
from sqlalchemy import text

from app.domain.errors import DomainError, PermissionDenied
from app.domain.members import MemberForm
from app.domain.savings import SavingsRules
from app.services import checks, ledger, member_registry, savings, savings_reports

NIK_P = "3203014508900003"  # female, born 5 Aug 1990
NIK_L = "3203010508900004"  # male, born 5 Aug 1990


def form(nik=NIK_P, name="Rina Marlina", **kw):
    base = dict(name=name, nik=nik, birth_date=None, address="Kp. Sukamaju", birth_place="Cianjur", rt="3", rw="5",
                desa="Sukamaju", phone="0812-3456-7890", occupation="Petani")
    base.update(kw)
    return MemberForm(**base)


def books_agree(ctx):
    report = checks.run_checks(ctx.reader())
    bad = [c for c in report.checks if not c.ok]
    assert not bad, bad
    tb = ledger.trial_balance(ctx.reader(), _bendahara(ctx))
    assert tb.total_debit_rp == tb.total_credit_rp


def _bendahara(ctx):
    from app.services import auth
    return auth.login(ctx.uow(), "bendahara", "123456")


def test_register_posts_pokok_and_numbers_from_pattern(demo_ctx, login):
    pengurus = login("pengurus")
    r = member_registry.register_member(demo_ctx.uow(), pengurus, form(), station="KASIR-1")
    p = r.profile
    assert p.member_no.startswith("A") and p.gender == "P" and p.birth_date == date(1990, 8, 5)
    assert p.rt == "003" and p.rw == "005" and p.phone == "081234567890"
    assert p.balances == {"pokok": 100_000, "wajib": 0, "sukarela": 0} and p.pokok_due_rp == 0
    assert r.pokok.move.number.startswith("SS-") and r.pokok.print_job_id is not None
    j = ledger.get_journal(demo_ctx.reader(), _bendahara(demo_ctx), r.pokok.move.number)
    assert {(l.account, l.debit_rp, l.credit_rp) for l in j.lines} == {("1101", 100_000, 0), ("3101", 0, 100_000)}
    books_agree(demo_ctx)


def test_registration_refusals_change_nothing(demo_ctx, login):
    pengurus = login("pengurus")
    before = member_registry.count_members(demo_ctx.reader(), pengurus)
    cases = [
        (form(nik="3203010508900004", gender="P"), "tidak cocok dengan NIK"),  # male NIK, said female
        (form(birth_date=date(1991, 8, 5)), "Tanggal lahir"),
        (form(nik="123"), "16 angka"),
        (form(name="  "), "Nama wajib"),
        (form(phone="12345"), "Nomor HP"),
        (form(nik="3203014508150003"), "17 tahun"),  # born 2015
        (form(join_date=date(2030, 1, 1)), "masa depan"),
    ]
    for bad, words in cases:
        with pytest.raises(DomainError) as e:
            member_registry.register_member(demo_ctx.uow(), pengurus, bad)
        assert words in str(e.value)
    member_registry.register_member(demo_ctx.uow(), pengurus, form())
    with pytest.raises(DomainError, match="sudah terdaftar"):
        member_registry.register_member(demo_ctx.uow(), pengurus, form(name="Orang Lain"))
    with pytest.raises(PermissionDenied):
        member_registry.register_member(demo_ctx.uow(), login("kasir"), form(nik=NIK_L, name="Budi"))
    assert member_registry.count_members(demo_ctx.reader(), pengurus) == before + 1


def test_deposits_withdrawals_and_their_limits(demo_ctx, login):
    pengurus = login("pengurus")
    no = member_registry.register_member(demo_ctx.uow(), pengurus, form()).profile.member_no
    savings.deposit(demo_ctx.uow(), pengurus, no, "sukarela", 250_000)
    savings.deposit(demo_ctx.uow(), pengurus, no, "wajib", 60_000, method="transfer")
    with pytest.raises(DomainError, match="hanya bisa diambil saat keluar"):
        savings.withdraw(demo_ctx.uow(), pengurus, no, "wajib", 10_000)
    with pytest.raises(DomainError, match="paling banyak bisa diambil Rp250.000"):
        savings.withdraw(demo_ctx.uow(), pengurus, no, "sukarela", 250_001)
    with pytest.raises(DomainError, match="sisa yang boleh disetor Rp0"):
        savings.deposit(demo_ctx.uow(), pengurus, no, "pokok", 1)
    for bad in (0, -5_000, 10**12, 1.5, True):
        with pytest.raises(DomainError):
            savings.deposit(demo_ctx.uow(), pengurus, no, "sukarela", bad)
    with pytest.raises(DomainError, match="pokok, wajib, atau sukarela"):
        savings.deposit(demo_ctx.uow(), pengurus, no, "tabungan", 1_000)
    w = savings.withdraw(demo_ctx.uow(), pengurus, no, "sukarela", 100_000)
    assert w.move.amount_rp == -100_000 and w.balances["sukarela"] == 150_000 and w.move.number.startswith("TS-")
    assert savings.balances(demo_ctx.reader(), pengurus, no) == {"pokok": 100_000, "wajib": 60_000,
                                                                 "sukarela": 150_000}
    books_agree(demo_ctx)


def test_replaying_a_deposit_uuid_posts_once(demo_ctx, login):
    pengurus = login("pengurus")
    no = member_registry.register_member(demo_ctx.uow(), pengurus, form()).profile.member_no
    u = uuid4()
    first = savings.deposit(demo_ctx.uow(), pengurus, no, "sukarela", 50_000, uuid=u)
    again = savings.deposit(demo_ctx.uow(), pengurus, no, "sukarela", 50_000, uuid=u)
    assert again.move.number == first.move.number and again.balances["sukarela"] == 50_000
    with pytest.raises(DomainError, match="UUID"):
        savings.deposit(demo_ctx.uow(), pengurus, no, "sukarela", 70_000, uuid=u)


def test_reversal_needs_another_pengurus_and_restores_the_balance(demo_ctx, login):
    pengurus, bendahara = login("pengurus"), login("bendahara")
    no = member_registry.register_member(demo_ctx.uow(), pengurus, form()).profile.member_no
    dep = savings.deposit(demo_ctx.uow(), bendahara, no, "sukarela", 75_000)
    with pytest.raises(DomainError, match="persetujuan pengurus"):
        savings.reverse(demo_ctx.uow(), bendahara, dep.move.number, "salah ketik", bendahara)
    with pytest.raises(DomainError, match="Alasan"):
        savings.reverse(demo_ctx.uow(), bendahara, dep.move.number, " ", pengurus)
    rev = savings.reverse(demo_ctx.uow(), bendahara, dep.move.number, "salah ketik", pengurus)
    assert rev.move.kind == "koreksi" and rev.balances["sukarela"] == 0 and rev.move.reverses_number == dep.move.number
    with pytest.raises(DomainError, match="sudah dibalik"):
        savings.reverse(demo_ctx.uow(), bendahara, dep.move.number, "lagi", pengurus)
    listed = savings.list_moves(demo_ctx.reader(), pengurus, no)
    assert [m.reversed_by for m in listed if m.number == dep.move.number] == [rev.move.number]
    books_agree(demo_ctx)


def test_savings_rows_cannot_be_edited_in_the_database(demo_ctx, login):
    pengurus = login("pengurus")
    no = member_registry.register_member(demo_ctx.uow(), pengurus, form()).profile.member_no
    with demo_ctx.uow() as uow, pytest.raises(Exception, match="immutable"):
        uow.session.execute(text("UPDATE savings_moves SET amount_rp = 1 WHERE doc_number LIKE 'SS-%'"))
    assert savings.balances(demo_ctx.reader(), pengurus, no)["pokok"] == 100_000


def test_exit_pays_out_everything_and_refuses_with_kasbon(demo_ctx, login, clock):
    pengurus, bendahara = login("pengurus"), login("bendahara")
    no = member_registry.register_member(demo_ctx.uow(), pengurus, form()).profile.member_no
    savings.deposit(demo_ctx.uow(), pengurus, no, "wajib", 40_000)
    savings.deposit(demo_ctx.uow(), pengurus, no, "sukarela", 10_000)
    with pytest.raises(PermissionDenied):
        member_registry.exit_member(demo_ctx.uow(), bendahara, no, "pindah")
    with pytest.raises(DomainError, match="Alasan"):
        member_registry.exit_member(demo_ctx.uow(), pengurus, no, "")
    out = member_registry.exit_member(demo_ctx.uow(), pengurus, no, "pindah ke kota", method="transfer")
    assert out.paid_out == {"pokok": 100_000, "wajib": 40_000, "sukarela": 10_000}
    assert out.profile.status == "keluar" and out.profile.balances == {"pokok": 0, "wajib": 0, "sukarela": 0}
    clock.advance(days=70)  # months after the exit nothing is owed (the wajib paid was paid out, not missed)
    later = member_registry.get_profile(demo_ctx.reader(), pengurus, no)
    assert (later.wajib.owed_rp, later.wajib.months_owed, later.pokok_due_rp) == (0, 0, 0)
    assert out.journal_number.startswith("KA-")
    with pytest.raises(DomainError, match="tidak aktif|sudah tercatat"):
        savings.deposit(demo_ctx.uow(), pengurus, no, "sukarela", 1_000)
    books_agree(demo_ctx)


def test_arrears_count_months_from_joining(demo_ctx, login, clock):
    pengurus = login("pengurus")
    join = date(2026, 8, 10)
    no = member_registry.register_member(demo_ctx.uow(), pengurus, form(join_date=join)).profile.member_no
    savings.deposit(demo_ctx.uow(), pengurus, no, "wajib", 40_000)  # Aug + Sep of Aug..Nov
    rows = {r.member_no: r for r in savings_reports.arrears(demo_ctx.reader(), pengurus, "2026-11")}
    r = rows[no]
    assert (r.months_due, r.months_paid, r.months_owed, r.wajib_owed_rp, r.pokok_owed_rp) == (4, 2, 2, 40_000, 0)
    # As it stood at the end of September: nothing was paid yet (the payments came in November).
    sep = {r.member_no: r for r in savings_reports.arrears(demo_ctx.reader(), pengurus, "2026-09")}[no]
    assert (sep.months_due, sep.wajib_owed_rp, sep.pokok_owed_rp) == (2, 40_000, 100_000)
    assert no not in {r.member_no for r in savings_reports.arrears(demo_ctx.reader(), pengurus, "2026-07")}
    unpaid = member_registry.register_member(demo_ctx.uow(), pengurus, form(nik=NIK_L, name="Budi", join_date=join),
                                             pokok_method=None).profile.member_no
    rows = {r.member_no: r for r in savings_reports.arrears(demo_ctx.reader(), pengurus, "2026-11")}
    assert rows[unpaid].pokok_owed_rp == 100_000 and rows[unpaid].wajib_owed_rp == 80_000
    with pytest.raises(DomainError, match="YYYY-MM"):
        savings_reports.arrears(demo_ctx.reader(), pengurus, "11/2026")


def jasa_paid(ctx, journal_number):
    """Member number -> jasa credited under one jasa journal."""
    with ctx.reader() as uow:
        return dict(uow.session.execute(text(
            "SELECT m.member_no, s.amount_rp FROM savings_moves s JOIN members m ON m.id = s.member_id "
            "WHERE s.kind = 'jasa' AND s.doc_number = :n"), {"n": journal_number}).all())


def test_jasa_on_the_lowest_balance_once_a_month(demo_ctx, login, clock):
    pengurus, admin = login("pengurus"), login("admin")
    with pytest.raises(PermissionDenied):
        savings.set_rules(demo_ctx.uow(), admin, SavingsRules(jasa_annual_bp=600))
    savings.set_rules(demo_ctx.uow(), pengurus, SavingsRules(jasa_annual_bp=600))  # 6%/yr = 0.5%/month
    clock.now -= timedelta(days=40)  # mid October
    no = member_registry.register_member(demo_ctx.uow(), pengurus, form()).profile.member_no
    savings.deposit(demo_ctx.uow(), pengurus, no, "sukarela", 1_000_000)
    clock.now += timedelta(days=5)
    savings.withdraw(demo_ctx.uow(), pengurus, no, "sukarela", 400_000)  # lowest in October: 0 (opened mid-month)
    clock.now += timedelta(days=35)  # back to 23 Nov
    # Before the demo cooperative was founded (July 2025) nobody held sukarela.
    with pytest.raises(DomainError, match="Tidak ada saldo"):
        savings_reports.post_jasa(demo_ctx.uow(), pengurus, "2025-06")
    # October: the demo's savers earn jasa; the new member does not (opened mid-month).
    october = savings_reports.post_jasa(demo_ctx.uow(), pengurus, "2026-10")
    assert october.members >= 1 and no not in jasa_paid(demo_ctx, october.journal_number)
    with pytest.raises(DomainError, match="setelah bulan itu berakhir"):
        savings_reports.post_jasa(demo_ctx.uow(), pengurus, "2026-11")
    # November so far counts as the next month: post December's rule check with a later clock.
    clock.now += timedelta(days=40)  # early January 2027: November and December are over
    nov = savings_reports.post_jasa(demo_ctx.uow(), pengurus, "2026-11")
    paid = jasa_paid(demo_ctx, nov.journal_number)
    assert paid[no] == 3_000  # 600.000 × 0,5%
    assert (nov.members, nov.total_rp) == (len(paid), sum(paid.values()))  # one movement per member, = the journal
    with pytest.raises(DomainError, match="sudah diposting"):
        savings_reports.post_jasa(demo_ctx.uow(), pengurus, "2026-11")
    assert savings.balances(demo_ctx.reader(), pengurus, no)["sukarela"] == 603_000
    books_agree(demo_ctx)


def test_reclassifying_wajib_as_liability_moves_the_books(demo_ctx, login):
    pengurus = login("pengurus")
    no = member_registry.register_member(demo_ctx.uow(), pengurus, form()).profile.member_no
    savings.deposit(demo_ctx.uow(), pengurus, no, "wajib", 20_000)
    held = savings.totals(demo_ctx.reader(), pengurus)["wajib"]  # the demo's members' wajib and this 20.000
    savings.set_rules(demo_ctx.uow(), pengurus, SavingsRules(wajib_liability=True))
    savings.deposit(demo_ctx.uow(), pengurus, no, "wajib", 20_000)
    books_agree(demo_ctx)
    tb = {r.code: r for r in ledger.trial_balance(demo_ctx.reader(), _bendahara(demo_ctx)).rows}
    assert tb["2104"].credit_rp == held + 20_000 and "3102" not in tb
