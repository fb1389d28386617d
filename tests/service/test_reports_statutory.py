"""Neraca Saldo, Neraca and PHU on the demo books: identities and agreement with the ledger."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.domain.errors import DomainError, PermissionDenied
from app.services import ledger, reports

FOUNDED = date(2025, 7, 1)
TODAY = date(2026, 11, 23)


def test_phu_year_and_month_and_the_neraca_agree(demo_ctx, login, backend):
    b = login("bendahara")
    year = reports.phu(demo_ctx.reader(), b, "2026")
    assert year.shu_rp == year.shu_anggota_rp + year.shu_non_anggota_rp
    assert year.total_pendapatan_rp > 0 and year.total_beban_rp > 0
    months = [reports.phu(demo_ctx.reader(), b, f"2026-{m:02d}") for m in range(1, 13)]
    assert sum(m.shu_rp for m in months) == year.shu_rp
    nov = months[10]
    assert nov.previous_shu_rp == months[9].shu_rp
    assert nov.ytd_shu_rp == sum(m.shu_rp for m in months[:11])
    # No year has been closed on the demo books: the Neraca's current SHU is everything since founding.
    n = reports.neraca(demo_ctx.reader(), b, "2026-11")
    since = reports.phu_range(demo_ctx.reader(), b, FOUNDED - timedelta(days=400), n.as_of)
    assert n.shu_berjalan_rp == since.shu_rp
    assert n.total_aset_rp == n.total_kewajiban_rp + n.total_ekuitas_rp > 0
    assert n.previous_as_of == date(2026, 10, 31)
    prev = reports.neraca(demo_ctx.reader(), b, "2026-10")
    assert n.total("aset", previous=True) == prev.total_aset_rp


def test_phu_columns_follow_the_rule(demo_ctx, login):
    b = login("bendahara")
    p = reports.phu(demo_ctx.reader(), b, "2026")
    rows = {r.code: r for r in p.rows}
    assert rows["4101"].non_anggota_rp == 0 and rows["4101"].anggota_rp == rows["4101"].total_rp > 0
    assert rows["4102"].anggota_rp == 0
    assert all(r.non_anggota_rp == 0 for r in p.rows if r.code.startswith("42"))
    assert all(r.anggota_rp + r.non_anggota_rp == r.total_rp for r in p.rows)
    hpp = rows["5101"]
    assert 0 < hpp.anggota_rp < hpp.total_rp
    # an operating expense is shared by net sales
    exp = next(r for r in p.rows if r.code.startswith("52") and r.total_rp > 1000)
    share = p.non_member_sales_rp / (p.member_sales_rp + p.non_member_sales_rp)
    assert abs(exp.non_anggota_rp - exp.total_rp * share) <= 0.5


def test_trial_balance_nets_to_zero_and_matches_the_ledger(demo_ctx, login):
    b = login("bendahara")
    tb = reports.trial_balance(demo_ctx.reader(), b, "2026-11")
    assert tb.total_debit_rp == tb.total_credit_rp > 0
    assert tb.movement_debit_rp == tb.movement_credit_rp > 0
    old = ledger.trial_balance(demo_ctx.reader(), b, date(2026, 11, 30))
    assert {r.code: r.debit_rp - r.credit_rp for r in old.rows} == \
        {r.code: r.closing_rp for r in tb.rows if r.closing_rp}
    before = reports.trial_balance(demo_ctx.reader(), b, "2026-10")
    assert {r.code: r.closing_rp for r in before.rows if r.closing_rp} == \
        {r.code: r.opening_rp for r in tb.rows if r.opening_rp}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.dates(min_value=date(2025, 6, 1), max_value=date(2026, 12, 31)))
def test_identities_at_random_dates_of_the_demo_books(demo_ctx, login, day):
    b = login("pengawas")
    key = f"{day:%Y-%m}"
    n = reports.neraca(demo_ctx.reader(), b, key)
    assert n.total_aset_rp == n.total_kewajiban_rp + n.total_ekuitas_rp
    tb = reports.trial_balance(demo_ctx.reader(), b, key)
    assert tb.total_debit_rp == tb.total_credit_rp
    since = reports.phu_range(demo_ctx.reader(), b, date(2000, 1, 1), n.as_of)
    assert since.shu_rp == n.shu_berjalan_rp
    month = reports.phu(demo_ctx.reader(), b, key)
    assert month.shu_anggota_rp + month.shu_non_anggota_rp == month.shu_rp


@pytest.mark.parametrize("period", ["2026-13", "26", "2026/11", "", "1999"])
def test_bad_periods_are_refused_in_indonesian(demo_ctx, login, period):
    b = login("bendahara")
    with pytest.raises(DomainError, match="Periode|Tahun"):
        reports.phu(demo_ctx.reader(), b, period)


def test_the_cashier_may_not_read_reports(demo_ctx, login):
    with pytest.raises(PermissionDenied):
        reports.neraca(demo_ctx.reader(), login("kasir"), "2026-11")
