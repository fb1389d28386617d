"""Shifts at the till: X report, cash in/out, and the blind close with a pengurus PIN
for a difference above the limit; the Z result matches the service's report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from app.domain import fmt
from app.domain.cash import DENOMINATIONS
from app.services import shifts
from tests.gui.conftest import WAIT_MS
from tests.gui.test_till import code, open_till, pay, press, scan


def _texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_x_report_hides_the_expected_cash_from_the_cashier(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login, float_rp=150_000)
    scan(qtbot, page, "2*" + code("AIR-600"))
    pay(qtbot, page, tender="10.000")
    press(qtbot, page, Qt.Key.Key_F8)
    dialog = page.dialog
    texts = _texts(dialog)
    assert "1 transaksi · Rp7.000" in texts and "Rp150.000" in texts
    assert "Kas seharusnya di laci" not in texts
    assert fmt.rupiah(157_000) not in texts  # float + cash sales
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible() and page.dialog is None


def test_x_report_shows_a_pengurus_the_expected_cash(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login, "pengurus", float_rp=100_000)
    page.shift_actions.x_report()
    form = page.dialog.form
    labels = [form.itemAt(r, form.ItemRole.LabelRole).widget().text() for r in range(form.rowCount())]
    assert "Kas seharusnya di laci" in labels
    assert "Rp100.000" in _texts(page.dialog)


def test_cash_out_for_transport(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    qtbot.mouseClick(page.view.cash_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.account.currentData() == "5204"  # Beban Transport first for money out
    qtbot.keyClicks(dialog.amount, "25.000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # no memo: refused by the service
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.message.text() == "Keterangan kas masuk/keluar wajib diisi."
    qtbot.keyClicks(dialog.memo, "Ongkos angkut galon")
    qtbot.keyClick(dialog.memo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    report = shifts.current(demo_ctx.reader(), login("kasir"), "KASIR-1")
    assert (report.cash_out_rp, report.cash_in_rp, report.expected_cash_rp) == (25_000, 0, 175_000)
    assert page.view.message.text() == "Kas masuk/keluar tercatat."


def test_blind_close_with_a_pengurus_for_a_large_difference(shell_for, qtbot, demo_ctx, login):
    shell, page = open_till(shell_for, demo_ctx, login)
    scan(qtbot, page, code("BRS-5KG"))
    pay(qtbot, page, tender="100.000")  # expected: 200.000 + 74.000
    expected = shifts.current(demo_ctx.reader(), login("kasir"), "KASIR-1").expected_cash_rp
    assert expected == 274_000

    qtbot.mouseClick(page.view.close_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert all(fmt.rupiah(expected) not in t for t in _texts(dialog))  # blind: nothing to copy
    assert not any("seharusnya" in t.lower() and "rp" in t.lower() for t in _texts(dialog))
    spins = dialog.counts
    qtbot.keyClicks(spins[100_000], "2")  # 2 x 100.000
    qtbot.keyClick(spins[100_000], Qt.Key.Key_Return)  # Enter moves to the next count, no close
    assert dialog.focusWidget() in (spins[50_000], spins[50_000].findChild(QLineEdit))
    assert dialog.isVisible() and dialog.stack.currentIndex() == 0
    spins[50_000].setValue(1)
    spins[10_000].setValue(1)
    spins[2_000].setValue(2)  # 264.000: Rp10.000 short, above the Rp5.000 limit
    assert dialog.total_label.text() == "Rp264.000"
    assert dialog.values[2_000].text() == "Rp4.000"
    assert not dialog.approval.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.approval.isVisibleTo(dialog), timeout=WAIT_MS)
    assert "perlu persetujuan pengurus" in dialog.message.text()
    assert fmt.rupiah(expected) not in dialog.message.text()
    assert shifts.current(demo_ctx.reader(), login("kasir"), "KASIR-1") is not None  # still open

    qtbot.keyClicks(dialog.approval.username, "pengurus")
    qtbot.keyClicks(dialog.approval.pin, "123456")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=WAIT_MS)

    z = shifts.report(demo_ctx.reader(), login("pengawas"), dialog.report.number)
    assert z.status == "closed" and z == dialog.report
    assert (z.expected_cash_rp, z.counted_cash_rp, z.difference_rp) == (274_000, 264_000, -10_000)
    assert dict(z.denominations) == {100_000: 2, 50_000: 1, 10_000: 1, 2_000: 2}
    texts = _texts(dialog)
    assert fmt.rupiah(z.expected_cash_rp) in texts and fmt.rupiah(z.counted_cash_rp) in texts
    assert "Kas kurang Rp10.000" in texts
    assert "1 transaksi · Rp74.000" in texts
    assert dialog.result_title.text() == f"Laporan Z — shift {z.number} ditutup"
    qtbot.keyClick(dialog.done_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.open_panel, timeout=WAIT_MS)
    assert shell.main_window.focusWidget() is page.open_panel.float_edit


def test_a_small_difference_closes_without_approval(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login, float_rp=50_000)
    page.shift_actions.close_shift()
    dialog = page.dialog
    dialog.counts[DENOMINATIONS[1]].setValue(1)  # 50.000
    dialog.counts[1_000].setValue(2)  # Rp2.000 over: within the limit
    qtbot.keyClick(dialog.counts[1_000], Qt.Key.Key_Return)  # the last filled count: on to the next
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=WAIT_MS)
    assert dialog.report.difference_rp == 2_000 and "Kas lebih Rp2.000" in _texts(dialog)


def test_closing_is_refused_while_a_cart_is_on_the_till(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    scan(qtbot, page, code("AIR-600"))
    page.shift_actions.close_shift()
    assert page.dialog is None and "sebelum menutup shift" in page.view.message.text()


def test_a_pengurus_closing_a_till_approves_the_difference_alone(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login, "pengurus", float_rp=100_000)
    page.shift_actions.close_shift()
    dialog = page.dialog
    dialog.counts[50_000].setValue(1)  # Rp50.000 short
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=WAIT_MS)
    assert not dialog.approval.isVisibleTo(dialog)
    assert dialog.report.difference_rp == -50_000 and "Kas kurang Rp50.000" in _texts(dialog)
