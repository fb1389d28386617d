"""SHU arithmetic: allocation totals exactly 100%, shares add up exactly to the pools, each
share rounded once at the end, and a textbook case worked by hand."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import DomainError
from app.domain.shu import (DEFAULT_ALLOCATION, FUNDS, PART_KEYS, MemberBasis, ShuRules, check_allocation,
                            distribution_lines, largest_remainder, parse_alloc, plan, rules_from_config)

TEXTBOOK = {"cadangan": 25, "jasa_modal": 25, "jasa_anggota": 30, "dana_pengurus": 5, "dana_karyawan": 5,
            "dana_pendidikan": 5, "dana_sosial": "2,5", "dana_pembangunan": "2.5"}


def test_default_allocation_totals_exactly_100():
    assert sum(DEFAULT_ALLOCATION.values()) == 100
    assert ShuRules().pct("cadangan") == 30


def test_the_often_quoted_list_totalling_105_is_refused_with_the_total():
    quoted = {"cadangan": 40, "jasa_anggota": 25, "jasa_modal": 20, "dana_pengurus": 5, "dana_karyawan": 5,
              "dana_pendidikan": 5, "dana_sosial": 5}
    with pytest.raises(DomainError) as err:
        check_allocation(quoted)
    assert err.value.code == "allocation_total" and "105%" in err.value.message


@pytest.mark.parametrize("alloc, code", [
    ({"cadangan": 99}, "allocation_total"),
    ({"cadangan": "99,99", "jasa_modal": "0,02"}, "allocation_total"),
    ({"cadangan": 101}, "bad_percent"),
    ({"cadangan": -5, "jasa_modal": 105}, "bad_percent"),
    ({"cadangan": "abc"}, "bad_percent"),
    ({"keuntungan": 100}, "unknown_part"),
    ({"cadangan": "33.33333", "jasa_modal": "66.66667"}, "bad_percent"),
])
def test_bad_allocations_are_refused(alloc, code):
    with pytest.raises(DomainError) as err:
        check_allocation(alloc)
    assert err.value.code == code


def test_parse_alloc_takes_aliases_and_decimal_commas():
    got = parse_alloc("cadangan=25,jma=25,jua=30,pengurus=5,karyawan=5,pendidikan=5,sosial=2,5,pembangunan=2.5")
    assert got["jasa_modal"] == 25 and got["dana_sosial"] == Decimal("2.5")
    assert got["dana_pembangunan"] == Decimal("2.5")
    assert sum(got.values()) == 100
    with pytest.raises(DomainError):
        parse_alloc("cadangan=50,cadangan=50")
    with pytest.raises(DomainError):
        parse_alloc("cadangan")
    with pytest.raises(DomainError) as err:
        parse_alloc("cadangan=40,jma=60,jua=5")
    assert "105%" in err.value.message


def test_rules_config_round_trip_and_refusals():
    rules = rules_from_config({"allocation": TEXTBOOK, "jua_basis": "pembelian", "jma_basis": "rata_rata"})
    assert rules_from_config(rules.to_config()) == rules
    for bad in ({"jua_basis": "gaji"}, {"jma_basis": "kira"}, {"weight_purchases": 60, "weight_interest": 50}):
        with pytest.raises(DomainError):
            rules_from_config(bad)


def test_textbook_case_by_hand():
    """SHU Rp10.000.000; jasa modal 25% = Rp2.500.000, jasa anggota 30% = Rp3.000.000.
    Savings A 1 jt, B 2 jt, C 3 jt (total 6 jt); purchases A 2 jt, B 3 jt, C 5 jt (10 jt).
    JMA: A 2.500.000 x 1/6 = 416.666,67 -> 416.667 (largest remainder takes the one rupiah
    left), B 833.333,33 -> 833.333, C 1.250.000. JUA: A 600.000, B 900.000, C 1.500.000."""
    rules = rules_from_config({"allocation": TEXTBOOK, "jua_basis": "pembelian"})
    members = [MemberBasis("A001", "A", Fraction(1_000_000), 2_000_000, 0),
               MemberBasis("A002", "B", Fraction(2_000_000), 3_000_000, 0),
               MemberBasis("A003", "C", Fraction(3_000_000), 5_000_000, 0)]
    p = plan(2025, 10_000_000, 0, rules, members)
    assert p.pool("jasa_modal") == 2_500_000 and p.pool("jasa_anggota") == 3_000_000
    assert p.pool("cadangan") == 2_500_000 and p.pool("dana_sosial") == 250_000
    assert [(s.jma_rp, s.jua_rp, s.total_rp) for s in p.shares] == [
        (416_667, 600_000, 1_016_667), (833_333, 900_000, 1_733_333), (1_250_000, 1_500_000, 2_750_000)]
    assert p.divided and p.members_rp == 5_500_000 and p.funds_rp == 2_000_000
    lines = distribution_lines(p)
    assert sum(d for _, d, _, _ in lines) == sum(c for _, _, c, _ in lines) == 10_000_000


def test_non_member_shu_goes_to_the_reserves_whole():
    rules = ShuRules()
    p = plan(2025, 1_000_000, 333_333, rules, [MemberBasis("A1", "x", Fraction(100), 10, 10)])
    assert p.shu_rp == 1_333_333
    assert p.cadangan_total_rp == 300_000 + 333_333
    assert p.cadangan_total_rp + p.funds_rp + p.members_rp == p.shu_rp


def test_rounding_only_at_the_end_differs_from_rounding_each_step():
    """Three equal members and a jasa-modal pool of 20% x Rp100.001 = Rp20.000,2 -> 20.000.
    Rounding each step (the pool to rupiah, then a third of it, half-up) gives 6.667 each
    = 20.001: one rupiah more than the pool. Rounding once at the end: 6.667 + 6.667 +
    6.666 = 20.000 exactly, the remainder to the lowest member numbers."""
    members = [MemberBasis(f"A{i}", "x", Fraction(50_000), 0, 0) for i in (1, 2, 3)]
    rules = ShuRules(jua_basis="pembelian")
    p = plan(2025, 100_001, 0, rules, members)
    assert p.pool("jasa_modal") == 20_000
    step_by_step = [round(Decimal(20_000) / 3) for _ in members]
    assert sum(step_by_step) == 20_001
    assert [s.jma_rp for s in p.shares] == [6_667, 6_667, 6_666]


def test_a_basis_nobody_used_gives_its_weight_to_the_other():
    members = [MemberBasis("A1", "x", Fraction(100), 0, 300), MemberBasis("A2", "y", Fraction(100), 0, 100)]
    p = plan(2025, 1_000_000, 0, ShuRules(), members)  # both bases 50/50, no purchases at all
    assert [s.jua_rp for s in p.shares] == [187_500, 62_500]
    assert p.warnings and "pembelian" in p.warnings[0]


def test_no_basis_at_all_leaves_the_pool_undivided_with_a_warning():
    members = [MemberBasis("A1", "x", Fraction(100), 0, 0)]
    p = plan(2025, 1_000_000, 0, ShuRules(jua_basis="pembelian"), members)
    assert not p.divided and p.jua_rp == 0 and any("jasa anggota" in w for w in p.warnings)


def test_loss_or_zero_is_refused():
    for bad in (0, -5):
        with pytest.raises(DomainError) as err:
            plan(2025, bad, 0, ShuRules(), [])
        assert err.value.code == "no_shu"


@st.composite
def cases(draw):
    pcts = draw(st.lists(st.integers(0, 10_000), min_size=len(PART_KEYS) - 1, max_size=len(PART_KEYS) - 1))
    scale = sum(pcts) or 1
    basis = [Decimal(v * 10_000 // scale) / 100 for v in pcts]  # hundredths of a percent
    alloc = dict(zip(PART_KEYS, [Decimal(100) - sum(basis), *basis], strict=True))
    n = draw(st.integers(1, 40))
    members = [MemberBasis(f"A{i:05d}", "m", Fraction(draw(st.integers(0, 10**9)), draw(st.integers(1, 365))),
                           draw(st.integers(0, 10**9)), draw(st.integers(0, 10**7))) for i in range(n)]
    total = draw(st.integers(1, 10**12))
    weight = draw(st.integers(0, 100))
    basis_kind = draw(st.sampled_from(["pembelian", "bunga", "keduanya"]))
    rules = ShuRules(alloc, basis_kind, Decimal(weight), Decimal(100 - weight), "akhir_tahun")
    return total, rules, members


@settings(max_examples=300, deadline=None)
@given(cases())
def test_shares_sum_exactly_to_the_pools_and_each_is_within_a_rupiah_of_exact(case):
    total, rules, members = case
    p = plan(2025, total, 0, rules, members)
    assert sum(pool.amount_rp for pool in p.pools) == total
    for pool in p.pools:
        exact = Fraction(total) * Fraction(pool.pct) / 100
        assert math.floor(exact) <= pool.amount_rp <= math.ceil(exact)
    if sum(m.modal for m in members) > 0:
        assert p.jma_rp == p.pool("jasa_modal")
        tm = sum(m.modal for m in members)
        for m, s in zip(members, p.shares, strict=True):
            exact = Fraction(total) * Fraction(rules.pct("jasa_modal")) / 100 * m.modal / tm
            assert math.floor(exact) <= s.jma_rp <= math.ceil(exact)
    if not p.warnings:
        assert p.divided
    assert all(s.jma_rp >= 0 and s.jua_rp >= 0 for s in p.shares)
    assert p.cadangan_total_rp + p.funds_rp + p.members_rp == p.shu_rp
    assert p.funds_rp == sum(p.pool(k) for k in FUNDS)


@given(st.integers(0, 10**6), st.lists(st.fractions(min_value=0, max_value=10**6), min_size=1, max_size=30))
def test_largest_remainder_adds_up(extra, values):
    target = sum(math.floor(v) for v in values) + min(extra, len(values))
    got = largest_remainder(target, [(i, v) for i, v in enumerate(values)])
    assert sum(got) == target
    assert all(math.floor(v) <= g <= math.floor(v) + 1 for v, g in zip(values, got, strict=True))
