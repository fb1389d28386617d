"""After the year-end close (journal TT) the PHU of the closed year still shows its result,
the Neraca still balances and its current SHU does not move."""

from __future__ import annotations

from datetime import date

from app.services import ledger, reports, reports_books, year_close


def test_a_closed_year_keeps_its_phu_and_the_neraca_its_shu(demo_ctx, login, backend):
    b = login("bendahara")
    before_year = reports.phu(demo_ctx.reader(), b, "2025", compare=False)
    before_dec = reports.neraca(demo_ctx.reader(), b, "2025-12")
    before_now = reports.neraca(demo_ctx.reader(), b, "2026-11")
    assert before_year.shu_rp != 0
    for m in range(7, 13):
        ledger.close_period(demo_ctx.uow(), b, f"2025-{m:02d}")
    closed = year_close.close_year(demo_ctx.uow(), b, 2025)
    assert closed.shu_rp == before_year.shu_rp

    after_year = reports.phu(demo_ctx.reader(), b, "2025", compare=False)
    assert after_year.rows == before_year.rows and after_year.shu_rp == before_year.shu_rp
    dec = reports.neraca(demo_ctx.reader(), b, "2025-12")
    assert dec.balanced and dec.shu_berjalan_rp == before_dec.shu_berjalan_rp
    assert dec.total_ekuitas_rp == before_dec.total_ekuitas_rp
    now = reports.neraca(demo_ctx.reader(), b, "2026-11")
    assert now.balanced and now.shu_berjalan_rp == before_now.shu_berjalan_rp
    # 2026's own PHU plus the closed 2025 make up the current SHU (nothing distributed yet).
    ytd = reports.phu_range(demo_ctx.reader(), b, date(2026, 1, 1), now.as_of)
    assert now.shu_berjalan_rp == before_year.shu_rp + ytd.shu_rp
    # The trial balance of December shows the income accounts closed, still netting to zero.
    tb = reports.trial_balance(demo_ctx.reader(), b, "2025-12")
    assert tb.total_debit_rp == tb.total_credit_rp
    assert all(r.closing_rp == 0 for r in tb.rows if r.code[0] in "45")
    eq = reports_books.ekuitas(demo_ctx.reader(), b, "2025")
    assert eq.closing_rp == dec.total_ekuitas_rp
