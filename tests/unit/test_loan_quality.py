"""Loan quality and repayment allocation rules."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import DomainError
from app.domain.loan_quality import (DEFAULT_BUCKETS, Bucket, DueItem, PenaltyRule, allocate, check_buckets,
                                     days_past_due, kolektibilitas, penalty_for, provision_rp)

D = date(2026, 11, 23)


@pytest.mark.parametrize("days,name", [(0, "Lancar"), (1, "Dalam Perhatian Khusus"), (90, "Dalam Perhatian Khusus"),
                                       (91, "Kurang Lancar"), (120, "Kurang Lancar"), (121, "Diragukan"),
                                       (180, "Diragukan"), (181, "Macet"), (5_000, "Macet")])
def test_bank_scheme_buckets(days, name):
    assert kolektibilitas(days).name == name


def test_buckets_must_cover_every_day():
    assert check_buckets(DEFAULT_BUCKETS) == DEFAULT_BUCKETS
    for bad in ((Bucket(1, "A", 1, None, 0),), (Bucket(1, "A", 0, 10, 0), Bucket(2, "B", 12, None, 0)),
                (Bucket(1, "A", 0, None, 0), Bucket(2, "B", 1, None, 0)), (Bucket(1, "A", 0, 5, 0),),
                (Bucket(1, "A", 0, None, 20_000),), ()):
        with pytest.raises(DomainError):
            check_buckets(bad)


def test_provision():
    assert provision_rp(10_000_000, kolektibilitas(100)) == 1_500_000
    assert provision_rp(333, kolektibilitas(0)) == 3


def test_days_past_due_from_the_oldest_unpaid_installment():
    items = [DueItem(1, D - timedelta(days=40), 0, 0, 5_000),  # only penalty left: not counted as late
             DueItem(2, D - timedelta(days=10), 100, 10), DueItem(3, D + timedelta(days=20), 100, 10)]
    assert days_past_due(items, D) == 10
    assert days_past_due(items[2:], D) == 0 and days_past_due([], D) == 0


def test_penalties():
    due = D - timedelta(days=31)
    assert penalty_for(500_000, due, D, PenaltyRule("percent_month", Decimal(2))) == 20_000  # 2 started months
    assert penalty_for(500_000, due, D, PenaltyRule("fixed_day", fixed_per_day_rp=1_000)) == 31_000
    assert penalty_for(500_000, due, D, PenaltyRule("fixed_day", fixed_per_day_rp=1_000, grace_days=31)) == 0
    assert penalty_for(500_000, D, D, PenaltyRule("percent_month", Decimal(2))) == 0
    assert penalty_for(0, due, D, PenaltyRule("fixed_day", fixed_per_day_rp=1_000)) == 0
    with pytest.raises(DomainError):
        penalty_for(1, due, D, PenaltyRule("weekly"))


def test_allocation_penalty_interest_principal_oldest_first():
    items = [DueItem(2, D, 100_000, 15_000, 0), DueItem(1, D - timedelta(days=30), 100_000, 15_000, 2_000)]
    a = allocate(150_000, items)
    assert [(i.no, i.penalty_rp, i.interest_rp, i.principal_rp) for i in a.items] == [(1, 2_000, 15_000, 100_000),
                                                                                     (2, 0, 15_000, 18_000)]
    assert a.overpayment_rp == 0
    over = allocate(300_000, items)
    assert over.overpayment_rp == 300_000 - 232_000
    principal_first = allocate(50_000, items, ("principal", "interest", "penalty"))
    assert principal_first.items[0].principal_rp == 50_000
    for bad in (0, -1, 1.0):
        with pytest.raises(DomainError):
            allocate(bad, items)
    with pytest.raises(DomainError):
        allocate(1, items, ("penalty", "interest"))


@given(st.integers(1, 10**9), st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 10**6), st.integers(0, 10**5)),
                                       max_size=12))
def test_allocation_conserves_money(amount, owed):
    items = [DueItem(n, D + timedelta(days=30 * n), p, i, f) for n, (p, i, f) in enumerate(owed, start=1)]
    a = allocate(amount, items)
    assert sum(i.total_rp for i in a.items) + a.overpayment_rp == amount
    by_no = {i.no: i for i in items}
    for x in a.items:
        d = by_no[x.no]
        assert x.principal_rp <= d.principal_rp and x.interest_rp <= d.interest_rp and x.penalty_rp <= d.penalty_rp
    assert a.overpayment_rp == max(amount - sum(i.total_rp for i in items), 0)


def test_buckets_from_the_setting():
    from app.domain.loan_quality import buckets_config, buckets_from_config
    assert buckets_from_config(buckets_config(DEFAULT_BUCKETS)) == DEFAULT_BUCKETS
    coop = buckets_from_config([{"name": "Lancar", "max_days": 30, "ppap_pct": 0.5},
                                {"name": "Macet", "max_days": None, "ppap_pct": 100}])
    assert kolektibilitas(31, coop).name == "Macet" and coop[0].provision_bp == 50
    for bad in ("x", [{"name": ""}], [{"name": "A", "max_days": "30"}, {"name": "B", "max_days": None}],
                [{"name": "A", "max_days": 10}], [{"name": "A", "max_days": None, "ppap_pct": "abc"}]):
        with pytest.raises(DomainError):
            buckets_from_config(bad)
