"""The bookkeeping page (key "journal"): a templated journal, the chart of accounts,
month close, year close and the admin's reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import accounts_admin, audit, ledger, year_close
from app.ui.pages.journal_page import JournalPage
from tests.gui.conftest import WAIT_MS


def _page(shell_for, username="bendahara"):
    shell = shell_for(username)
    return shell.main_window.show_page("journal")


def _yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def test_a_templated_journal(shell_for, qtbot, demo_ctx, login):
    page = _page(shell_for)
    assert page.tab_keys() == ["journal", "accounts", "periods"]
    dialog = page.open_new_dialog()
    keys = [dialog.template.itemData(i) for i in range(dialog.template.count())]
    assert keys == ["", "gaji", "listrik", "sewa", "transport", "atk"]
    assert not dialog.amount.isEnabled()
    dialog.choose_template("sewa")
    assert dialog.memo.text() == "Sewa tempat gerai" and dialog.focusWidget() is dialog.amount
    first, second = dialog.lines
    assert (first.account.currentData(), second.account.currentData()) == ("5203", "1101")
    assert not dialog.save_button.isEnabled()  # no amount yet
    qtbot.keyClicks(dialog.amount, "750.000")
    assert first.debit.amount() == 750_000 and second.credit.amount() == 750_000
    assert dialog.difference.text() == "Seimbang"
    second.set_account("1102")  # paid by transfer this time
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    posted = page.selected_journal()
    info = ledger.get_journal(demo_ctx.reader(), login("pengawas"), posted.number)
    assert info.memo == "Sewa tempat gerai" and info.uuid == str(dialog.uuid)
    assert [(l.account, l.debit_rp, l.credit_rp) for l in info.lines] == [("5203", 750_000, 0),
                                                                         ("1102", 0, 750_000)]


def test_a_bad_template_amount_keeps_save_disabled(shell_for, qtbot):
    page = _page(shell_for)
    dialog = page.open_new_dialog()
    dialog.choose_template("atk")
    qtbot.keyClicks(dialog.amount, "1.2")
    assert not dialog.save_button.isEnabled()
    assert "rupiah bulat" in dialog.save_button.toolTip()
    dialog.choose_template("")  # back to a journal by hand: the amount field rests
    assert not dialog.amount.isEnabled()
    dialog.reject()


def test_chart_of_accounts_add_rename_deactivate(shell_for, qtbot, demo_ctx, login):
    page = _page(shell_for)
    tab = page.show_tab("accounts")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 50, timeout=WAIT_MS)
    assert tab.select("5203")
    dialog = tab.open_add_dialog()
    assert dialog.parent_box.currentData() == "52" and dialog.code.text() == "5211"
    assert "Beban" in dialog.kind.text() and "Debit" in dialog.kind.text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.name, "Beban Kebersihan")
    dialog.code.setText("6001")  # not under 52: refused inline, nothing written
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT_MS)
    assert "52 diikuti dua angka" in dialog.message.text()
    dialog.code.setText("5211")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert tab.selected().code == "5211" and "ditambahkan" in tab.message.text()
    assert tab.delete_button.isEnabled()  # new and unused

    rename = tab.open_rename_dialog()
    rename.name.setText("Beban Kebersihan Gerai")
    rename.save_button.click()
    qtbot.waitUntil(lambda: not rename.isVisible(), timeout=WAIT_MS)
    assert tab.selected().name == "Beban Kebersihan Gerai"

    assert tab.select("5206") and tab.toggle_button.text() == "Nonaktifkan"
    tab.toggle_active()
    _yes(tab.confirm_box)
    qtbot.waitUntil(lambda: not tab.selected().active, timeout=WAIT_MS)
    assert tab.toggle_button.text() == "Aktifkan kembali"
    rows = {a.code: a for a in accounts_admin.list_accounts(demo_ctx.reader(), login("pengawas"))}
    assert not rows["5206"].active and rows["5211"].name == "Beban Kebersihan Gerai"
    tab.show_inactive.setChecked(False)
    assert tab.model.find_row(lambda a: a.code == "5206") < 0

    assert tab.select("1101")  # the till's cash: neither deactivated nor deleted
    assert not tab.toggle_button.isEnabled() and not tab.delete_button.isEnabled()
    tab.search.setText("kebersihan")
    assert tab.model.rowCount() == 1 and tab.select("5211")
    tab.delete_selected()
    _yes(tab.confirm_box)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=WAIT_MS)
    assert "5211" not in {a.code for a in accounts_admin.list_accounts(demo_ctx.reader(), login("pengawas"))}


def test_pengawas_reads_the_chart_and_periods_without_buttons(shell_for, qtbot):
    page = _page(shell_for, "pengawas")
    tab = page.show_tab("accounts")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=WAIT_MS)
    assert not tab.add_button.isVisibleTo(tab) and not tab.toggle_button.isVisibleTo(tab)
    periods = page.show_tab("periods")
    qtbot.waitUntil(lambda: periods.months.rowCount() > 0, timeout=WAIT_MS)
    assert not any(b.isVisibleTo(periods) for b in (periods.close_month_button, periods.reopen_button,
                                                      periods.close_year_button))


def test_month_close_then_year_close(shell_for, qtbot, demo_ctx, login):
    page = _page(shell_for)
    tab = page.show_tab("periods")
    qtbot.waitUntil(lambda: tab.months.rowCount() > 0, timeout=WAIT_MS)
    assert not tab.reopen_button.isVisibleTo(tab)  # the bendahara does not reopen
    assert tab.select_month("2026-11") and not tab.close_month_button.isEnabled()  # not over
    assert tab.select_year(2025)
    dialog = tab.open_year_dialog()  # months still open: the dialog says why and refuses
    assert not dialog.confirm_button.isEnabled() and "Tutup dahulu semua bulan" in dialog.problems.text()
    dialog.reject()

    assert tab.select_month("2025-12") and tab.close_month_button.isEnabled()
    tab.close_month()
    _yes(tab.confirm_box)
    qtbot.waitUntil(lambda: "ditutup" in tab.message.text(), timeout=WAIT_MS)
    closed = [m.month for m in tab.overview.months if m.closed]
    assert closed[0] == "2025-12" and closed[-1] == "2025-07"
    assert "Desember 2025" in tab.status.text()

    assert tab.select_year(2025) and tab.close_year_button.isEnabled()
    dialog = tab.open_year_dialog()
    preview = year_close.preview(demo_ctx.reader(), login("pengawas"), 2025)
    assert dialog.confirm_button.isEnabled() and not dialog.problems.isVisibleTo(dialog)
    assert dialog.table.model().rowCount() == len(preview.lines) > 0
    shu = f"Rp{preview.shu_rp:,}".replace(",", ".")
    assert f"SHU {shu}" in dialog.summary.text()
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert year_close.is_year_closed(demo_ctx.reader(), 2025)
    assert "Tahun 2025 ditutup (TT-20251231-" in tab.message.text() and shu in tab.message.text()
    assert tab.selected_year().closed and not tab.close_year_button.isEnabled()
    assert tab.years.data(tab.years.index(tab.years.find_row(lambda y: y.year == 2025), 1)).startswith(
        "Ditutup (TT-")


def test_only_the_admin_reopens_a_month(session_for, qtbot, demo_ctx, login):
    ledger.close_period(demo_ctx.uow(), login("bendahara"), "2026-09")
    page = JournalPage(session_for("admin"))  # admin reads no journals: the Periode tab only
    qtbot.addWidget(page)
    assert page.tab_keys() == ["periods"]
    tab = page.periods
    qtbot.waitUntil(lambda: tab.months.rowCount() > 0, timeout=WAIT_MS)
    assert tab.reopen_button.isVisibleTo(page) and not tab.close_month_button.isVisibleTo(page)
    assert tab.select_month("2026-08") and not tab.reopen_button.isEnabled()  # not the latest closed
    assert tab.select_month("2026-09") and tab.reopen_button.isEnabled()
    tab.reopen_month()
    _yes(tab.confirm_box)
    qtbot.waitUntil(lambda: "dibuka kembali" in tab.message.text(), timeout=WAIT_MS)
    assert tab.overview.closed_through is None
    log = audit.entries(demo_ctx.reader(), login("admin"), action="period.reopen")
    assert [(e.username, e.entity) for e in log] == [("admin", "2026-09")]


def test_the_outlets_own_template_then_used_in_a_journal(shell_for, qtbot, demo_ctx, login):
    page = _page(shell_for)
    assert page.templates_button.isVisibleTo(page)
    dialog = page.open_templates_dialog()
    assert dialog.model.rowCount() == 5 and not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.key, "bbm-motor")
    qtbot.keyClicks(dialog.memo, "BBM motor antar barang")
    dialog.debit.setCurrentIndex(dialog.debit.findData("5204"))
    qtbot.keyClicks(dialog.amount, "1.2")  # not rupiah: refused, nothing saved
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT_MS)
    assert "rupiah bulat" in dialog.message.text() and dialog.model.rowCount() == 5
    dialog.amount.setText("35.000")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 6, timeout=WAIT_MS)
    assert dialog.selected().key == "bbm-motor" and dialog.delete_button.isEnabled()
    dialog.accept()

    entry = page.open_new_dialog()
    entry.choose_template("bbm-motor")
    assert entry.amount.amount() == 35_000 and entry.difference.text() == "Seimbang"
    entry.save_button.click()
    qtbot.waitUntil(lambda: not entry.isVisible(), timeout=WAIT_MS)
    info = ledger.get_journal(demo_ctx.reader(), login("pengawas"), page.selected_journal().number)
    assert [(l.account, l.debit_rp, l.credit_rp) for l in info.lines] == [("5204", 35_000, 0), ("1101", 0, 35_000)]
    reader_page = _page(shell_for, "pengawas")
    assert not reader_page.templates_button.isVisibleTo(reader_page)
