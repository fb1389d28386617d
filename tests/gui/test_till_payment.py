"""The payment dialog's model: every entry of PAYMENT_METHODS is a row, so a new method
(QRIS) plugs in without new logic; warnings from the sale reach the cashier."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain.sale import PAYMENT_METHODS, PaymentDraft, PaymentMethod
from app.ui.pages.till_payment_dialog import PaymentDialog
from tests.gui.conftest import WAIT_MS
from tests.gui.test_till import code, open_till, pay, scan

QRIS = PaymentMethod("qris", "QRIS", "1103", needs_reference=True)


def test_a_new_payment_method_is_one_more_entry(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    scan(qtbot, page, "3*" + code("SKM-370"))  # Rp36.000
    dialog = PaymentDialog(page.session, page.model.cart, date(2026, 11, 23), page,
                           methods={**PAYMENT_METHODS, "qris": QRIS})
    qtbot.addWidget(dialog)
    qris = dialog.rows["qris"]
    assert qris.reference is not None and qris.amount.isEnabled()
    qtbot.keyClicks(qris.amount, "30.000")
    qtbot.keyClicks(qris.reference, "123456789012")
    assert dialog.remaining_label.text() == "Rp6.000"
    assert dialog.cash_row.amount.amount() == 6_000  # the rest, until the cashier types otherwise
    assert dialog.quick_amounts == [6_000, 20_000, 50_000, 100_000]
    dialog.tender(10_000)
    assert dialog.change_label.text() == "Rp4.000"
    assert dialog.choice().payments == (PaymentDraft("qris", 30_000, "123456789012"), PaymentDraft("cash", 10_000))
    qris.amount.clear()
    qtbot.keyClicks(qris.amount, "40.000")  # more than the total: no change from QRIS
    assert dialog.change_label.text() == "Melebihi total Rp4.000" and not dialog.ok_button.isEnabled()
    dialog.confirm()
    assert dialog.message.text() == "Pembayaran belum cukup: lihat kekurangannya."


def test_short_cash_cannot_be_confirmed(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    qtbot.waitUntil(lambda: not page.session.runner.busy)  # the Beranda's first load is done
    scan(qtbot, page, code("DTG-800"))  # Rp22.500
    page.pay()
    dialog = page.dialog
    dialog.cash_row.amount.clear()
    qtbot.keyClicks(dialog.cash_row.amount, "20.000")
    assert dialog.change_label.text() == "Kurang Rp2.500" and not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.cash_row.amount, Qt.Key.Key_Return)
    assert dialog.isVisible() and page.last_sale is None and page.session.runner.busy is False


def test_a_sale_below_zero_stock_shows_the_warning(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    scan(qtbot, page, "40*" + code("MIE-DUS"))  # far more cartons than the shelf has
    sale = pay(qtbot, page, tender="5.000.000")
    assert sale.warnings and "menjadi minus" in sale.warnings[0]
    assert page.view.warning_label.text() == sale.warnings[0]


def test_lpg_beyond_stock_is_refused_and_kept(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    scan(qtbot, page, "500*" + code("LPG3-ISI"))
    page.pay()
    dialog = page.dialog
    qtbot.keyClicks(dialog.nik, "3203012505800001")
    dialog.buyer_type.setCurrentIndex(dialog.buyer_type.findData("pengecer"))
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.message.text().startswith("Stok LPG 3 kg Isi Ulang (tukar tabung) tidak cukup")
    assert page.model.rowCount() == 1 and page.last_sale is None
