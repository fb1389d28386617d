"""The Beranda's figures on the demo outlet agree with the ledger, the sales, the savings and
the loans, each read the way its own page reads it; and every role gets only what it may
read (a kasir: its till, its pending QRIS, its failed prints, low stock)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from uuid import uuid4

import pytest
from sqlalchemy import select

from app.domain.ledger import JournalDraft, LineDraft
from app.services import catalogue, dashboard, ledger, loan_reports, print_worker, printing, sale_pending
from app.services import savings
from app.store.models_shop import ProductRow, SaleLineRow, SaleReturnRow, SaleRow
from tests.printer_listener import FakeNetworkPrinter
from tests.service.shop_helpers import open_shift, sell

TODAY = date(2026, 11, 23)  # the tests' clock


def _balance(tb, code: str) -> int:
    row = next((r for r in tb.rows if r.code == code), None)
    return row.debit_rp - row.credit_rp if row else 0


def _net_sales_from_documents(ctx, day: date) -> int:
    """Net sales of a day from the sales themselves: completed lines after discount, less returns."""
    with ctx.reader() as uow:
        s = uow.session
        lines = s.execute(select(SaleLineRow.gross_rp - SaleLineRow.discount_rp)
                          .join(SaleRow, SaleRow.id == SaleLineRow.sale_id)
                          .where(SaleRow.business_date == day, SaleRow.status == "completed")).scalars().all()
        returns = s.execute(select(SaleReturnRow.total_rp).where(SaleReturnRow.business_date == day)).scalars().all()
    return sum(lines) - sum(returns)


def test_the_treasurer_sees_the_books_as_they_stand(demo_ctx, login, backend):
    bendahara = login("bendahara")
    d = dashboard.dashboard(demo_ctx.reader(), bendahara, till="KASIR-1")
    assert d.as_of == TODAY
    tb = ledger.trial_balance(demo_ctx.reader(), bendahara)
    assert (d.cash.kas_rp, d.cash.bank_rp) == (_balance(tb, "1101"), _balance(tb, "1102"))
    assert d.cash.kas_rp > 0 and d.cash.bank_rp > 0

    assert d.savings_rp == savings.totals(demo_ctx.reader(), bendahara)
    with demo_ctx.reader() as uow:
        rules = savings.rules_in(uow)
    for stype, amount in d.savings_rp.items():
        assert amount == -_balance(tb, rules.account(savings.SavingsType(stype))) > 0

    aging = loan_reports.aging(demo_ctx.reader(), bendahara)
    assert d.loans.outstanding_rp == aging.outstanding_rp == _balance(tb, "1105") > 0
    assert (d.loans.npl_rp, d.loans.npl_pct, d.loans.health) == (aging.npl_rp, aging.npl_ratio_pct, aging.health)
    assert d.loans.running == len(aging.rows) == sum(n for _b, n, _o in d.loans.by_bucket)
    assert 0 < d.loans.npl_pct < 100

    # Sales: every day of the trend equals the sales documents of that day, and the month equals
    # the movement of the sales accounts in the trial balance.
    assert [day for day, _ in d.sales.daily] == [TODAY - timedelta(days=i) for i in range(29, -1, -1)]
    for day, amount in d.sales.daily:
        assert amount == _net_sales_from_documents(demo_ctx, day)
    assert sum(1 for _d, amount in d.sales.daily if amount > 0) == 14  # the demo's two weeks of shifts
    before = ledger.trial_balance(demo_ctx.reader(), bendahara, date(2026, 10, 31))
    month = sum(_balance(before, c) - _balance(tb, c) for c in dashboard.SALES_ACCOUNTS)
    assert d.sales.this_month_rp == month > 0
    assert len(d.sales.this_month) == 23 and len(d.sales.last_month) == 31
    assert d.sales.today_rp == 0 and d.sales.today_count == 0  # no shift has run today yet

    # Top products: this month's lines, summed per product, largest first.
    per_product: dict[str, int] = defaultdict(int)
    with demo_ctx.reader() as uow:
        for sku, amount in uow.session.execute(
                select(ProductRow.sku, SaleLineRow.gross_rp - SaleLineRow.discount_rp)
                .join(SaleLineRow, SaleLineRow.product_id == ProductRow.id)
                .join(SaleRow, SaleRow.id == SaleLineRow.sale_id)
                .where(SaleRow.business_date >= date(2026, 11, 1), SaleRow.status == "completed")):
            per_product[sku] += amount
    expected = sorted(per_product.items(), key=lambda kv: (-kv[1], kv[0]))[:dashboard.TOP_PRODUCTS]
    assert [(t.sku, t.amount_rp) for t in d.sales.top_products] == expected

    low = catalogue.search(demo_ctx.reader(), bendahara, low_only=True, limit=1000)
    assert d.low_stock_count == len(low)
    assert {p.sku for p in d.low_stock} <= {p.product.sku for p in low}
    assert d.pending_qris == () and d.pending_scope is None
    assert d.failed_prints == 0 and d.print_scope is None
    assert d.till is None  # a bendahara sells nothing
    assert d.backup is not None and d.backup.last_at is None and d.backup.due == d.backup.embedded


def test_this_month_against_last_month_to_the_same_day_and_whole(demo_ctx, login, backend):
    bendahara = login("bendahara")
    for day, amount in ((date(2026, 10, 5), 700_000), (date(2026, 10, 23), 300_000), (date(2026, 10, 30), 1_000_000)):
        ledger.post_journal(demo_ctx.uow(), bendahara, JournalDraft(uuid4(), day, "Penjualan dari buku manual", (
            LineDraft("1101", debit_rp=amount), LineDraft("4102", credit_rp=amount))))
    s = dashboard.dashboard(demo_ctx.reader(), bendahara).sales
    assert s.last_month[4] == 700_000 and s.last_month[22] == 300_000 and s.last_month[29] == 1_000_000
    assert s.last_month_to_day_rp == 1_000_000  # 1-23 October
    assert s.last_month_rp == 2_000_000
    assert s.change_pct == round(100 * (s.this_month_rp - 1_000_000) / 1_000_000, 1)
    assert dashboard.previous_month(date(2026, 3, 31)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert dashboard.previous_month(date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))


def _fail_a_receipt(ctx, actor, clock, station: str, sale_no: str) -> None:
    """Queue the receipt on `station` with its printer off until the worker gives up."""
    printer = FakeNetworkPrinter()
    printer.stop()
    printing.save_printer(ctx.uow(), _admin(ctx), printing.PrinterConfig(station, printer.uri, width_mm=58))
    printing.print_receipt(ctx.uow(), actor, station, sale_no)
    for _ in range(print_worker.AUTO_ATTEMPTS):
        print_worker.run_due(ctx.uow, actor, station, timeout=1.0)
        clock.advance(seconds=print_worker.MAX_DELAY_S + 1)


def _admin(ctx):
    from app.services import auth, demo
    return auth.login(ctx.uow(), "admin", demo.DEMO_PIN)


def test_the_kasir_sees_its_till_and_nothing_of_the_books(demo_ctx, login, clock, backend):
    kasir, pengawas = login("kasir"), login("pengawas")
    open_shift(demo_ctx, kasir, "KASIR-1")
    open_shift(demo_ctx, kasir, "KASIR-2")
    first = sell(demo_ctx, kasir, ("MIE-GRG", 3), pay={"cash": 50_000})
    second = sell(demo_ctx, kasir, ("BRS-CURAH", 1.5), pay={"cash": 100_000})
    other = sell(demo_ctx, kasir, ("MIE-GRG", 1), till="KASIR-2")
    waiting = sell(demo_ctx, kasir, ("MIE-GRG", 2), pay={"qris": 7_000})  # no reference yet: pending
    elsewhere = sell(demo_ctx, kasir, ("MIE-GRG", 1), pay={"qris": 3_500}, till="KASIR-2")
    assert waiting.status == elsewhere.status == "pending"
    _fail_a_receipt(demo_ctx, kasir, clock, "KASIR-1", first.number)
    _fail_a_receipt(demo_ctx, kasir, clock, "KASIR-2", other.number)

    d = dashboard.dashboard(demo_ctx.reader(), kasir, till="kasir-1")
    assert d.till == dashboard.TillToday("KASIR-1", d.till.shift_no, 2, first.total_rp + second.total_rp)
    assert d.till.shift_no
    assert [p.number for p in d.pending_qris] == [waiting.number] and d.pending_scope == "KASIR-1"
    assert d.failed_prints == 1 and d.print_scope == "KASIR-1"
    assert d.low_stock_count is not None
    assert d.sales is d.cash is d.savings_rp is d.loans is d.backup is None

    whole = dashboard.dashboard(demo_ctx.reader(), pengawas, till="KASIR-1")
    assert {p.number for p in whole.pending_qris} == {waiting.number, elsewhere.number}
    assert whole.pending_scope is None and whole.failed_prints == 2 and whole.print_scope is None
    assert whole.till is None and whole.backup is None  # a pengawas neither sells nor backs up
    assert whole.sales.today_count == 3
    assert whole.sales.today_rp == _net_sales_from_documents(demo_ctx, TODAY) > 0

    sale_pending.cancel_pending(demo_ctx.uow(), kasir, waiting.number, "pembeli batal")
    assert dashboard.dashboard(demo_ctx.reader(), kasir, till="KASIR-1").pending_qris == ()
    no_till = dashboard.dashboard(demo_ctx.reader(), kasir)
    assert no_till.pending_qris is None and no_till.failed_prints is None  # no till: not guessed
    admin = dashboard.dashboard(demo_ctx.reader(), _admin(demo_ctx), till="KASIR-1")
    assert admin.failed_prints == 2 and admin.print_scope is None  # admin looks after every printer


@pytest.mark.sqlite_only  # the embedded backup
def test_admin_sees_the_backup_state_and_nothing_of_the_shop(demo_ctx, login, clock):
    from app.services import backups
    admin = login("admin")
    d = dashboard.dashboard(demo_ctx.reader(), admin, till="KASIR-1")
    assert d.backup == dashboard.BackupState(None, True, True)
    assert d.failed_prints == 0
    assert d.sales is d.cash is d.loans is d.till is d.pending_qris is d.low_stock_count is None
    backups.backup_now(demo_ctx, admin)
    d = dashboard.dashboard(demo_ctx.reader(), admin)
    assert d.backup.last_at == clock() and not d.backup.due
    clock.advance(hours=25)
    assert dashboard.dashboard(demo_ctx.reader(), admin).backup.due


def test_a_shift_past_midnight_stays_one_shift_on_the_till_tile(demo_ctx, login, clock, backend):
    kasir, pengawas = login("kasir"), login("pengawas")
    clock.advance(hours=-13)  # 22 Nov, 21:00 WIB
    open_shift(demo_ctx, kasir, "KASIR-1")
    evening = sell(demo_ctx, kasir, ("MIE-GRG", 1), pay={"cash": 10_000})
    clock.advance(hours=5)  # 02:00 WIB on the 23rd, the same shift
    night = sell(demo_ctx, kasir, ("MIE-GRG", 2), pay={"cash": 10_000})
    clock.advance(hours=8)
    till = dashboard.dashboard(demo_ctx.reader(), kasir, till="KASIR-1").till
    assert (till.sales_count, till.total_rp) == (2, evening.total_rp + night.total_rp)
    outlet = dashboard.dashboard(demo_ctx.reader(), pengawas).sales
    assert outlet.today_count == 0  # both belong to the shift's business day, the 22nd
    assert outlet.daily[-2][1] == _net_sales_from_documents(demo_ctx, date(2026, 11, 22))
    from app.services import shifts
    report = shifts.current(demo_ctx.reader(), kasir, "KASIR-1")
    shifts.close_shift(demo_ctx.uow(), kasir, "KASIR-1", counted_rp=report.expected_cash_rp)
    closed = dashboard.dashboard(demo_ctx.reader(), kasir, till="KASIR-1").till
    assert closed.shift_no is None and closed.sales_count == 0  # no shift open: today's own sales (none)
