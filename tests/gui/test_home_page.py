"""The Beranda on real windows over the demo outlet: what each role sees (a kasir its till
and no savings, loans or cash; a bendahara Kas and Bank, savings, loans with NPL in the
health colour, the charts' numbers), tiles that open their pages, and figures loaded on
the task runner (never on the GUI thread), again when shown and on a timer."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.domain import fmt
from app.services import dashboard, ledger, loan_reports, savings
from app.ui.pages import home_page
from app.ui.pages.loan_labels import HEALTH_COLOURS, pct
from tests.gui.conftest import WAIT_MS
from tests.service.shop_helpers import open_shift, sell


def loaded_home(shell):
    window = shell.main_window
    home = window.page("home")
    home.refresh()  # whatever is under way, one more after it: figures of now
    shell.runner.wait(WAIT_MS)
    assert home.data is not None and not home.loading
    return window, home


def texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def _balance(tb, code: str) -> int:
    row = next(r for r in tb.rows if r.code == code)
    return row.debit_rp - row.credit_rp


def test_the_bendahara_sees_cash_savings_loans_and_the_charts(shell_for, demo_ctx, login, qtbot):
    window, home = loaded_home(shell_for("bendahara"))
    bendahara = login("bendahara")
    tb = ledger.trial_balance(demo_ctx.reader(), bendahara)
    kas, bank = _balance(tb, "1101"), _balance(tb, "1102")
    assert home.books_card.isVisibleTo(home)
    cash = home.tiles["cash"]
    assert cash.value.text() == fmt.rupiah(kas + bank)
    assert fmt.rupiah(kas) in cash.toolTip() and fmt.rupiah(bank) in cash.toolTip()

    totals = savings.totals(demo_ctx.reader(), bendahara)
    assert home.tiles["savings"].value.text() == fmt.rupiah(sum(totals.values()))
    assert fmt.rupiah(totals["sukarela"]) in home.tiles["savings"].toolTip()

    aging = loan_reports.aging(demo_ctx.reader(), bendahara)
    loans = home.tiles["loans"]
    assert loans.value.text() == fmt.rupiah(aging.outstanding_rp)
    assert f"NPL {pct(aging.npl_ratio_pct)}%" in loans.note.text()
    assert HEALTH_COLOURS[aging.health] in loans.note.styleSheet()

    # The charts draw the service's numbers: 30 daily bars, cumulative lines, the buckets.
    figures = home.figures
    d = home.data
    assert figures.daily.values == [amount for _day, amount in d.sales.daily] and len(figures.daily.values) == 30
    this_month = figures.months.series[-1]
    assert this_month.values[-1] == d.sales.this_month_rp and len(this_month.values) == d.as_of.day
    assert [r.value for r in figures.quality.rows] == [amount for _b, _n, amount in aging.by_bucket()]
    assert home.tiles["month"].value.text() == fmt.rupiah(d.sales.this_month_rp)
    assert [name for name, _ in home.lists["top_products"].rows] == [p.name for p in d.sales.top_products]
    assert len(home.lists["low_stock"].rows) == len(d.low_stock) > 0
    assert "till" not in home.tiles  # a bendahara has no till
    # the embedded file has no backup yet; a PostgreSQL server's backups are its own
    assert home.tiles["backup"].value.text() == ("Belum pernah" if demo_ctx.sqlite_path else "PostgreSQL")
    for chart in (figures.daily, figures.months, figures.quality):  # drawn, not blank
        image = chart.grab().toImage()
        assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 3

    # A small screen: three tiles a row, and nothing wider than the page (no sideways scrolling).
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: figures.columns == 5, timeout=WAIT_MS)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: figures.columns == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: home.scroll.widget().minimumSizeHint().width() <= home.scroll.viewport().width() < 820,
                    timeout=WAIT_MS)


def test_the_kasir_sees_its_till_and_no_savings_loans_or_cash(shell_for, demo_ctx, login, monkeypatch):
    monkeypatch.setenv("KOPDES_TILL", "KASIR-1")
    kasir = login("kasir")
    open_shift(demo_ctx, kasir)
    sale = sell(demo_ctx, kasir, ("MIE-GRG", 3), pay={"cash": 50_000})
    waiting = sell(demo_ctx, kasir, ("MIE-GRG", 2), pay={"qris": 7_000})
    window, home = loaded_home(shell_for("kasir"))
    assert not home.books_card.isVisibleTo(home)
    assert home.figures is None
    assert set(home.tiles) == {"till", "pending_qris", "prints"}
    assert set(home.lists) == {"low_stock", "pending_list"}
    words = texts(home)
    for secret in ("Simpanan", "Pinjaman", "Kas dan bank", "NPL", "Kas "):
        assert secret not in words
    till = home.tiles["till"]
    assert till.value.text() == fmt.rupiah(sale.total_rp)
    assert till.note.text().startswith("1 transaksi · shift ")
    assert home.tiles["pending_qris"].value.text() == "1"
    assert home.lists["pending_list"].rows == [(f"{waiting.number} · kasir", fmt.rupiah(7_000))]
    assert home.tiles["prints"].value.text() == "0"


def test_a_tile_opens_its_page(shell_for, qtbot):
    window, home = loaded_home(shell_for("bendahara"))
    qtbot.mouseClick(home.tiles["loans"], Qt.MouseButton.LeftButton)
    loans = window.page("loans")
    assert window.stack.currentWidget() is loans
    assert loans.tabs.currentWidget() is loans.tab_by_key["aging"]
    window.show_page("home")
    qtbot.mouseClick(home.tiles["cash"], Qt.MouseButton.LeftButton)
    reports = window.page("reports")
    assert window.stack.currentWidget() is reports
    assert (reports.name(), reports.period(), reports.account.currentData()) == ("kas-harian", "2026-11", "1101")
    window.show_page("home")
    qtbot.mouseClick(home.tiles["month"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is reports and reports.name() == "penjualan"
    window.show_page("home")
    home.tiles["savings"].setFocus()
    qtbot.keyClick(home.tiles["savings"], Qt.Key.Key_Return)  # the keyboard opens it too
    assert window.stack.currentWidget() is window.page("members")


def test_the_kasir_low_stock_opens_the_catalogue_filtered(shell_for, qtbot):
    window, home = loaded_home(shell_for("kasir"))
    qtbot.mouseClick(home.lists["low_stock"], Qt.MouseButton.LeftButton)
    stock = window.page("stock")
    assert window.stack.currentWidget() is stock
    assert stock.catalogue.low_only.isChecked()
    window.show_page("home")
    qtbot.mouseClick(home.tiles["prints"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page("print_jobs")


def test_figures_load_off_the_gui_thread_when_shown_and_on_a_timer(shell_for, qtbot, monkeypatch):
    shell = shell_for("pengawas")
    window, home = loaded_home(shell)
    assert home._timer.isActive() and home._timer.interval() == home_page.REFRESH_MS
    real = dashboard.dashboard
    release, threads, calls = threading.Event(), [], []

    def slow(uow, actor, **kwargs):
        threads.append(threading.current_thread())
        calls.append(kwargs)
        assert release.wait(10)
        return real(uow, actor, **kwargs)

    monkeypatch.setattr(dashboard, "dashboard", slow)
    window.show_page("journal")
    assert not home._timer.isActive()  # off screen: no refreshing
    window.show_page("home")  # shown again: refreshes
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=WAIT_MS)
    assert home.loading and not home.refresh_button.isEnabled()
    qtbot.wait(50)  # the GUI keeps running while the service works
    home.refresh_button.setEnabled(True)
    home.refresh_button.click()  # pressed while loading: one more after, not two at once
    assert len(calls) == 1
    with qtbot.waitSignal(home.refreshed, timeout=WAIT_MS):
        release.set()
    assert threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: len(calls) == 2 and not home.loading, timeout=WAIT_MS)
    assert threads[1] is not threading.main_thread()
    home._timer.timeout.emit()  # the minute is up
    qtbot.waitUntil(lambda: len(calls) == 3 and not home.loading, timeout=WAIT_MS)


@pytest.mark.sqlite_only  # the embedded file's backups
def test_admin_sees_backups_and_the_profile(shell_for, demo_ctx, qtbot):
    shell = shell_for("admin")
    window, home = loaded_home(shell)
    assert set(home.tiles) == {"prints", "backup"} and not home.lists
    assert home.profile_card is not None and "Koperasi" in texts(home.profile_card)
    assert home.tiles["backup"].value.text() == "Belum pernah"
    from app.services import backups
    backups.backup_now(demo_ctx, shell.main_window.session.actor)
    with qtbot.waitSignal(home.refreshed, timeout=WAIT_MS):
        shell.main_window.session.events.backups_changed.emit()
    assert home.tiles["backup"].value.text().startswith("23 Nov 2026 10:00")
    qtbot.mouseClick(home.tiles["backup"], Qt.MouseButton.LeftButton)
    settings = window.page("settings")
    assert window.stack.currentWidget() is settings and settings.tabs.currentWidget() is settings.tab_by_key["backup"]


def test_a_failed_load_says_why_and_the_next_one_clears_it(shell_for, qtbot, monkeypatch):
    from app.domain.errors import DomainError
    window, home = loaded_home(shell_for("bendahara"))
    before = home.tiles["cash"].value.text()
    real = dashboard.dashboard

    def broken(uow, actor, **kwargs):
        raise DomainError("db_busy", "Basis data sedang sibuk; coba lagi.")

    monkeypatch.setattr(dashboard, "dashboard", broken)
    home.refresh()
    qtbot.waitUntil(lambda: not home.loading, timeout=WAIT_MS)
    assert home.message.isVisibleTo(home) and home.message.text() == "Basis data sedang sibuk; coba lagi."
    assert home.tiles["cash"].value.text() == before  # the last figures stay
    assert home.refresh_button.isEnabled()
    monkeypatch.setattr(dashboard, "dashboard", real)
    with qtbot.waitSignal(home.refreshed, timeout=WAIT_MS):
        home.refresh_button.click()
    assert not home.message.isVisibleTo(home)


def test_logging_out_while_the_figures_load_is_harmless(shell_for, qtbot, monkeypatch):
    import gc
    from shiboken6 import isValid
    shell = shell_for("bendahara")
    window, home = loaded_home(shell)
    real, release = dashboard.dashboard, threading.Event()

    def slow(uow, actor, **kwargs):
        assert release.wait(10)
        return real(uow, actor, **kwargs)

    monkeypatch.setattr(dashboard, "dashboard", slow)
    home.refresh()
    shell.main_window.logout_button.click()
    assert shell.main_window is None
    del window
    qtbot.wait(50)  # the retired window goes on the next turn of the loop
    gc.collect()
    assert not isValid(home)  # the page is gone; its answer is still on the way
    release.set()
    assert shell.runner.wait(WAIT_MS)  # and is ignored (no "C++ object already deleted")
