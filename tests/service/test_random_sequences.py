"""Random sequences of savings and loan operations on a real database (hypothesis): after
every step the member's balances (savings) or the loan's outstanding principal agree with
what the operations say, refusals change nothing, and `kopdes check` holds — savings per
type equal their accounts, outstanding principal equals the schedules and Piutang
Pinjaman, every journal balances."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import DomainError
from app.domain.members import MemberForm
from app.services import checks, ledger, loan_actions, loan_payments, loan_products, loans, member_registry, savings
from tests.service.test_loans import PRODUCT

# Women's NIKs born 1980-1999 in Cianjur (day + 40), one per example: each example registers
# its own member in the shared database.
NIKS = (f"320301{40 + d:02d}{m:02d}{y:02d}{n:04d}" for n in itertools.count(1)
        for d, m, y in [(12, 3, 85)])
SLOW = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def books_agree(ctx) -> None:
    report = checks.run_checks(ctx.reader())
    assert report.ok, [c for c in report.checks if not c.ok]


def new_member(ctx, pengurus) -> str:
    return member_registry.register_member(ctx.uow(), pengurus, MemberForm(
        "Siti Uji", next(NIKS), None, "Kp. Sukamaju")).profile.member_no


savings_ops = st.lists(st.one_of(
    st.tuples(st.just("setor"), st.sampled_from(["pokok", "wajib", "sukarela"]), st.integers(1, 3_000_000)),
    st.tuples(st.just("tarik"), st.sampled_from(["pokok", "wajib", "sukarela", "sukarela"]), st.integers(1, 400_000)),
    st.tuples(st.just("balik"), st.integers(0, 20), st.just(0)),
    st.tuples(st.just("hari"), st.integers(1, 45), st.just(0)),
), min_size=1, max_size=12)


@SLOW
@given(ops=savings_ops)
def test_savings_balances_equal_accounts_after_random_sequences(demo_ctx, login, clock, ops):
    pengurus, bendahara = login("pengurus"), login("bendahara")
    no = new_member(demo_ctx, pengurus)
    expected = {"pokok": 100_000, "wajib": 0, "sukarela": 0}  # the pokok paid at joining
    moves: list[savings.SavingsMove] = []
    for op, arg, amount in ops:
        try:
            if op == "setor":
                r = savings.deposit(demo_ctx.uow(), bendahara, no, arg, amount)
                expected[arg] += amount
                moves.append(r.move)
            elif op == "tarik":
                r = savings.withdraw(demo_ctx.uow(), bendahara, no, arg, amount)
                assert arg == "sukarela" and amount <= expected["sukarela"]  # pokok/wajib only at exit
                expected[arg] -= amount
                moves.append(r.move)
            elif op == "balik" and moves:
                move = moves[arg % len(moves)]
                savings.reverse(demo_ctx.uow(), bendahara, move.number, "salah catat", pengurus)
                expected[move.type] -= move.amount_rp
                moves.remove(move)
            elif op == "hari":
                clock.advance(days=arg)
        except DomainError:
            pass  # refused: nothing may have changed (checked below)
        assert savings.balances(demo_ctx.reader(), bendahara, no) == expected
        assert min(expected.values()) >= 0
    books_agree(demo_ctx)
    out = member_registry.exit_member(demo_ctx.uow(), pengurus, no, "pindah")
    assert {k: v for k, v in out.paid_out.items() if v} == {k: v for k, v in expected.items() if v}
    assert savings.balances(demo_ctx.reader(), bendahara, no) == {"pokok": 0, "wajib": 0, "sukarela": 0}
    books_agree(demo_ctx)


loan_ops = st.lists(st.one_of(
    st.tuples(st.just("bayar"), st.integers(1_000, 3_500_000)),
    st.tuples(st.just("bayar"), st.integers(1_000, 600_000)),
    st.tuples(st.just("hari"), st.integers(1, 75)),
    st.tuples(st.just("lunasi"), st.just(0)),
    st.tuples(st.just("restruktur"), st.integers(3, 24)),
    st.tuples(st.just("hapus"), st.just(0)),
    st.tuples(st.just("pulih"), st.integers(1_000, 2_000_000)),
), min_size=1, max_size=10)


@SLOW
@given(ops=loan_ops, principal=st.integers(500, 20_000).map(lambda k: k * 1_000), term=st.integers(3, 24),
       prepay=st.sampled_from(["kurangi_tenor", "kurangi_angsuran"]), method=st.sampled_from(["flat", "anuitas",
                                                                                               "menurun"]))
def test_loans_agree_with_the_ledger_after_random_sequences(demo_ctx, login, clock, ops, principal, term, prepay,
                                                           method):
    pengurus, bendahara = login("pengurus"), login("bendahara")
    code = f"ACAK{method[:3].upper()}{prepay[8:11].upper()}"
    loan_products.save_product(demo_ctx.uow(), pengurus, {**PRODUCT, "code": code, "method": method,
                                                          "prepay_rule": prepay, "max_amount_rp": 200_000_000})
    no = new_member(demo_ctx, pengurus)
    applied = loans.apply_loan(demo_ctx.uow(), bendahara, no, code, principal, term, purpose="Modal")
    loans.approve_loan(demo_ctx.uow(), pengurus, applied.number)
    number = loans.disburse_loan(demo_ctx.uow(), bendahara, applied.number).loan.number
    for op, arg in ops:
        before = loans.get_loan(demo_ctx.reader(), bendahara, number)
        try:
            if op == "bayar":
                r = loan_payments.pay_loan(demo_ctx.uow(), bendahara, number, arg)
                a = r.plan.allocation
                assert a.penalty_rp + a.interest_rp + r.plan.principal_rp == arg  # every rupiah goes somewhere
                assert r.loan.outstanding_rp == before.outstanding_rp - r.plan.principal_rp >= 0
                cash = ledger.get_journal(demo_ctx.reader(), bendahara, r.number)
                assert sum(l.debit_rp for l in cash.lines if l.account == "1101") == arg
            elif op == "hari":
                clock.advance(days=arg)
            elif op == "lunasi":
                quote = loan_payments.settlement_quote(demo_ctx.reader(), bendahara, number)
                done = loan_payments.settle_loan(demo_ctx.uow(), bendahara, number, quote.total_rp)
                assert done.loan.status == "lunas" and done.loan.outstanding_rp == 0
            elif op == "restruktur":
                new = loan_actions.reschedule_loan(demo_ctx.uow(), pengurus, number, arg, "gagal panen")
                assert new.loan.principal_rp == before.outstanding_rp and new.loan.term == arg
                number = new.loan.number
            elif op == "hapus":
                off = loan_actions.write_off_loan(demo_ctx.uow(), pengurus, number, "tidak tertagih")
                assert off.loan.written_off_rp == before.outstanding_rp and off.loan.outstanding_rp == 0
            elif op == "pulih":
                rec = loan_payments.recover_written_off(demo_ctx.uow(), bendahara, number, arg)
                assert rec.loan.written_off_rp == before.written_off_rp - arg
        except DomainError:
            after = loans.get_loan(demo_ctx.reader(), bendahara, number)  # refused: nothing changed
            assert (after.status, after.outstanding_rp, after.written_off_rp) == (
                before.status, before.outstanding_rp, before.written_off_rp)
        info = loans.get_loan(demo_ctx.reader(), bendahara, number)
        unpaid = sum(i.principal_rp - i.paid_principal_rp for i in info.installments)
        assert info.outstanding_rp == (unpaid if info.status == "cair" else 0)
    books_agree(demo_ctx)
