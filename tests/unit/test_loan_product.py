"""Loan product terms: checked once, round-tripped through JSON, and applied to requests."""

from decimal import Decimal

import pytest

from app.domain.errors import DomainError
from app.domain.loan_product import check_request, product_from_dict
from app.domain.loan_schedule import Method

BASE = {"code": "umum", "name": "Pinjaman  Umum", "rate_pct": "18", "rate_period": "tahun", "method": "anuitas",
        "fee_kind": "fixed", "fee_value": "25000", "round_to": 100,
        "penalty": {"kind": "fixed_day", "fixed_per_day_rp": 1_000, "grace_days": 5}}


def test_round_trip_and_rates():
    p = product_from_dict(BASE)
    assert (p.code, p.name, p.method) == ("UMUM", "Pinjaman Umum", Method.ANUITAS)
    assert p.monthly_rate == Decimal("0.015") and p.fee_rp(3_000_000) == 25_000
    assert product_from_dict(p.to_dict()) == p
    pct = product_from_dict({**BASE, "fee_kind": "percent", "fee_value": "1,5"})
    assert pct.fee_rp(1_234_567) == 18_519  # 1,5% half-up


def test_every_problem_at_once():
    with pytest.raises(DomainError) as e:
        product_from_dict({**BASE, "code": "", "min_amount_rp": 5_000_000, "max_amount_rp": 1_000_000,
                           "method": "flat", "prepay_rule": "x", "early_interest": "y", "allocation_order": ["a"]})
    text = " ".join(e.value.details)
    for words in ("Kode produk", "Urutan alokasi", "pelunasan sebagian", "pelunasan dipercepat"):
        assert words in text
    with pytest.raises(DomainError, match="flat, anuitas"):
        product_from_dict({**BASE, "method": "bunga-berbunga"})
    with pytest.raises(DomainError, match="name wajib"):
        product_from_dict({"code": "X"})
    with pytest.raises(DomainError, match="negatif"):
        product_from_dict({**BASE, "rate_pct": "-1"})


def test_requests_against_the_product():
    p = product_from_dict({**BASE, "savings_multiple": "5", "max_open_loans": 2})
    check_request(p, 1_000_000, 12, savings_rp=200_000, open_loans=1)
    with pytest.raises(DomainError, match="5 x simpanan"):
        check_request(p, 1_000_001, 12, savings_rp=200_000, open_loans=0)
    with pytest.raises(DomainError, match="batas 2"):
        check_request(p, 1_000_000, 12, savings_rp=10**9, open_loans=2)
    with pytest.raises(DomainError, match="jangka waktu"):
        check_request(p, 1_000_000, 99, savings_rp=10**9, open_loans=0)
    with pytest.raises(DomainError, match="tidak aktif"):
        check_request(product_from_dict({**BASE, "active": False}), 1_000_000, 12, savings_rp=0, open_loans=0)
