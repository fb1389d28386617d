"""Loan schedules: the three methods exactly, in integer rupiah (REFERENCE.md, OJK example)."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import DomainError
from app.domain.loan_schedule import Method, build_schedule, due_date, effective_annual_rate, monthly_rate

START = date(2026, 11, 23)


def test_ojk_flat_example():
    s = build_schedule(12_000_000, 12, monthly_rate(annual_pct="17"), Method.FLAT, START)
    assert s.total_interest_rp == 2_040_000
    assert {i.installment_rp for i in s.installments} == {1_170_000}
    assert s.effective_annual_rate == Decimal("30.03")
    assert s.installments[-1].balance_rp == 0


def test_anuitas_level_installments_on_the_running_balance():
    s = build_schedule(10_000_000, 12, monthly_rate(monthly_pct="1.5"), Method.ANUITAS, START)
    first = s.installments[0]
    assert first.interest_rp == 150_000 and first.installment_rp == 916_800  # PMT 916.799,91
    assert len({i.installment_rp for i in s.installments[:-1]}) == 1
    assert abs(s.installments[-1].installment_rp - 916_800) <= 12
    assert s.effective_annual_rate == Decimal("18.00")
    for prev, cur in zip(s.installments, s.installments[1:]):
        assert cur.interest_rp == int((Decimal(prev.balance_rp) * Decimal("0.015")).quantize(Decimal(1), "ROUND_HALF_UP"))


def test_menurun_equal_principal_falling_interest():
    s = build_schedule(6_000_000, 6, monthly_rate(monthly_pct=2), Method.MENURUN, START)
    assert [i.principal_rp for i in s.installments] == [1_000_000] * 6
    assert [i.interest_rp for i in s.installments] == [120_000, 100_000, 80_000, 60_000, 40_000, 20_000]
    assert s.total_interest_rp == 420_000


def test_rounding_up_to_a_multiple_last_installment_absorbs():
    s = build_schedule(5_000_000, 10, monthly_rate(monthly_pct="1.75"), Method.FLAT, START, round_to=1_000)
    assert all(i.installment_rp % 1_000 == 0 for i in s.installments[:-1])
    assert s.installments[0].installment_rp == 588_000  # 500.000 + 87.500 rounded up
    assert sum(i.principal_rp for i in s.installments) == 5_000_000
    assert s.installments[-1].installment_rp < 588_000


def test_zero_rate():
    s = build_schedule(1_000_000, 3, Decimal(0), Method.ANUITAS, START)
    assert [i.installment_rp for i in s.installments] == [333_333, 333_333, 333_334]
    assert s.effective_annual_rate == Decimal("0.00")


@pytest.mark.parametrize("start,n,expected", [
    (date(2026, 1, 31), 1, date(2026, 2, 28)), (date(2026, 1, 31), 2, date(2026, 3, 31)),
    (date(2026, 1, 30), 1, date(2026, 2, 28)), (date(2026, 1, 30), 2, date(2026, 3, 30)),
    (date(2026, 2, 28), 1, date(2026, 3, 31)), (date(2027, 12, 15), 1, date(2028, 1, 15)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),
])
def test_due_dates_by_month_with_month_ends(start, n, expected):
    assert due_date(start, n) == expected


@pytest.mark.parametrize("kwargs,words", [
    (dict(principal_rp=0), "lebih dari nol"), (dict(principal_rp=-5), "lebih dari nol"),
    (dict(principal_rp=10**11), "tidak masuk akal"), (dict(term=0), "Jangka waktu"), (dict(term=361), "Jangka"),
    (dict(round_to=0), "Pembulatan"), (dict(principal_rp=100_000, term=12, round_to=50_000), "terlalu besar"),
])
def test_refusals(kwargs, words):
    args = dict(principal_rp=1_000_000, term=12, rate=Decimal("0.01"), method=Method.FLAT, start=START, round_to=1)
    args.update(kwargs)
    with pytest.raises(DomainError, match=words):
        build_schedule(**args)


@pytest.mark.parametrize("kwargs", [dict(), dict(monthly_pct=1, annual_pct=12), dict(monthly_pct="-1"),
                                    dict(monthly_pct="abc"), dict(annual_pct="200")])
def test_bad_rates(kwargs):
    with pytest.raises(DomainError):
        monthly_rate(**kwargs)


@settings(max_examples=300, deadline=None)
@given(principal=st.integers(100_000, 500_000_000), term=st.integers(1, 60),
       pct=st.decimals(min_value=0, max_value=5, places=2), method=st.sampled_from(list(Method)),
       round_to=st.sampled_from([1, 100, 500, 1_000]),
       start=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)))
def test_schedule_invariants(principal, term, pct, method, round_to, start):
    try:
        s = build_schedule(principal, term, monthly_rate(monthly_pct=pct), method, start, round_to=round_to)
    except DomainError as e:
        assert e.code == "rounding_too_large"
        return
    rows = s.installments
    assert len(rows) == term and sum(i.principal_rp for i in rows) == principal
    assert all(i.principal_rp >= 0 and i.interest_rp >= 0 and i.balance_rp >= 0 for i in rows)
    assert rows[-1].balance_rp == 0
    assert all(a.due_date < b.due_date for a, b in zip(rows, rows[1:]))
    assert all(i.installment_rp % round_to == 0 for i in rows[:-1])
    if method is Method.FLAT:
        assert len({i.interest_rp for i in rows}) == 1
    else:
        assert all(a.interest_rp >= b.interest_rp for a, b in zip(rows, rows[1:]))


def test_effective_rate_of_plain_repayment_is_zero():
    assert effective_annual_rate(1_000, [500, 500]) == Decimal("0.00")
