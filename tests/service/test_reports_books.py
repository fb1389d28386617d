"""Book and sales reports agree with the ledger on the demo books."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.errors import DomainError
from app.services import ledger, reports, reports_books, reports_sales


def _balance(ctx, actor, code, day):
    tb = ledger.trial_balance(ctx.reader(), actor, day)
    return next((r.debit_rp - r.credit_rp for r in tb.rows if r.code == code), 0)


def test_buku_besar_and_kas_harian_run_to_the_ledger_balance(demo_ctx, login, backend):
    b = login("bendahara")
    book = reports_books.buku_besar(demo_ctx.reader(), b, "2026-11", "1101")
    assert book.entries and book.closing_rp == _balance(demo_ctx, b, "1101", book.period.end)
    assert book.opening_rp == _balance(demo_ctx, b, "1101", book.period.start - timedelta(days=1))
    assert book.entries[-1].balance_rp == book.closing_rp
    cash = reports_books.kas_harian(demo_ctx.reader(), b, "2026-11")
    assert cash.closing_rp == book.closing_rp and cash.receipts_rp == book.total_debit_rp
    assert all(d.closing_rp >= 0 for d in cash.days)
    bank = reports_books.kas_harian(demo_ctx.reader(), b, "2026", "1102")
    assert bank.closing_rp == _balance(demo_ctx, b, "1102", bank.period.end)
    # a liability's ledger runs by credit
    sukarela = reports_books.buku_besar(demo_ctx.reader(), b, "2026", "2102")
    assert sukarela.closing_rp == -_balance(demo_ctx, b, "2102", sukarela.period.end) > 0


def test_arus_kas_explains_the_change_in_cash(demo_ctx, login, backend):
    b = login("bendahara")
    for period in ("2026-11", "2026", "2025"):
        cf = reports_books.arus_kas(demo_ctx.reader(), b, period)
        assert cf.opening_rp + cf.net_rp == cf.closing_rp
        assert cf.net_rp == sum(cf.total(a) for a in ("operasi", "investasi", "pendanaan"))
    nov, oct_ = (reports_books.arus_kas(demo_ctx.reader(), b, m) for m in ("2026-11", "2026-10"))
    assert nov.has_previous and nov.has_ytd
    for act in ("operasi", "investasi", "pendanaan"):
        assert nov.total(act, "previous_rp") == oct_.total(act)
    months = [reports_books.arus_kas(demo_ctx.reader(), b, f"2026-{m:02d}") for m in range(1, 12)]
    assert sum(r.amount_rp for r in nov.rows if r.code == "3102") == sum(
        r.ytd_rp for r in nov.rows if r.code == "3102") - sum(
        r.amount_rp for m in months[:-1] for r in m.rows if r.code == "3102")
    year = reports_books.arus_kas(demo_ctx.reader(), b, "2026")
    assert year.has_previous and not year.has_ytd
    assert year.total("pendanaan") != 0 and year.total("operasi") != 0
    assert {r.code for r in year.rows if r.activity == "pendanaan"} >= {"3102"}


def test_ekuitas_closes_on_the_neraca_equity(demo_ctx, login):
    b = login("bendahara")
    eq = reports_books.ekuitas(demo_ctx.reader(), b, "2026-11")
    n = reports.neraca(demo_ctx.reader(), b, "2026-11")
    assert eq.closing_rp == n.total_ekuitas_rp
    assert eq.opening_rp == n.total("ekuitas", previous=True)
    shu = next(r for r in eq.rows if r.code == "3105")
    assert shu.closing_rp == n.shu_berjalan_rp


def test_jurnal_umum_balances(demo_ctx, login):
    b = login("bendahara")
    ju = reports_books.jurnal_umum(demo_ctx.reader(), b, "2026-11")
    assert ju.lines and ju.total_debit_rp == ju.total_credit_rp
    tb = reports.trial_balance(demo_ctx.reader(), b, "2026-11")
    assert ju.total_debit_rp == tb.movement_debit_rp


def test_penjualan_matches_the_sales_accounts(demo_ctx, login, backend):
    b = login("bendahara")
    rec = reports_sales.penjualan(demo_ctx.reader(), b, "2026-11")
    assert rec.net_rp > 0 and rec.sales > 0
    rows = {r.code: r for r in reports.phu(demo_ctx.reader(), b, "2026-11").rows}
    assert rec.member_rp == rows["4101"].total_rp
    assert rec.non_member_rp == rows["4102"].total_rp
    assert rec.returns_rp == -(rows["4103"].total_rp if "4103" in rows else 0)
    assert sum(l.net_rp for l in rec.by_product) == sum(l.net_rp for l in rec.by_category) == rec.net_rp
    assert rec.previous_net_rp == reports_sales.penjualan(demo_ctx.reader(), b, "2026-10").net_rp


def test_lpg_recap(demo_ctx, login):
    b = login("bendahara")
    rec = reports_sales.lpg(demo_ctx.reader(), b, "2026-11")
    assert rec.sales > 0 and rec.buyers > 0 and rec.qty_milli > 0
    assert sum(l.amount_rp for l in rec.by_day) == rec.amount_rp
    assert set(l.key for l in rec.by_type) <= {"rumah_tangga", "usaha_mikro", "pengecer", "-"}


@pytest.mark.parametrize("call, fragment", [
    (lambda c, a: reports_books.buku_besar(c, a, "2026-11", "9999"), "tidak ada"),
    (lambda c, a: reports_books.buku_besar(c, a, "2026-11", "11"), "akun kepala"),
    (lambda c, a: reports_books.kas_harian(c, a, "2026-11", "1105"), "hanya untuk akun"),
    (lambda c, a: reports_sales.penjualan(c, a, "11-2026"), "TTTT-BB"),
])
def test_bad_input_is_refused(demo_ctx, login, call, fragment):
    with pytest.raises(DomainError, match=fragment):
        call(demo_ctx.reader(), login("bendahara"))
