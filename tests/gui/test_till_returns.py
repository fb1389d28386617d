"""Returns and voids from the till: a pengurus approves with a PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import members, sales, shifts
from tests.gui.conftest import WAIT_MS
from tests.gui.test_till import code, open_till, pay, scan


def _sale(qtbot, page, *items: str, tender: str | None = None, member: str = ""):
    if member:
        scan(qtbot, page, f"KOPDES:{member}")
    for item in items:
        scan(qtbot, page, item)
    return pay(qtbot, page, tender=tender)


def _open_returns(qtbot, page, number: str):
    qtbot.mouseClick(page.view.return_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert not dialog.return_button.isEnabled()
    qtbot.keyClicks(dialog.number, number)
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)  # loads the sale
    assert dialog.sale is not None and dialog.sale.number == number.upper()
    return dialog


def test_a_return_with_a_pengurus_pin_refunds_cash(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    sale = _sale(qtbot, page, "3*" + code("MIE-GRG"), code("KCP-520"), tender="50.000")
    dialog = _open_returns(qtbot, page, sale.number.lower())
    assert [line.name for line, _e in dialog.qty_edits] == ["Mi Instan Goreng", "Kecap Manis 520 ml"]
    assert not dialog.credit.isEnabled()  # not a member sale: cash only
    qtbot.keyClicks(dialog.qty_edits[0][1], "2")
    qtbot.keyClicks(dialog.reason, "Bungkus sobek")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no PIN yet: refused
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.message.text() == "Isi nama pengguna dan PIN pengurus yang menyetujui."
    qtbot.keyClicks(dialog.approval.username, "pengurus")
    qtbot.keyClicks(dialog.approval.pin, "123456")
    qtbot.keyClick(dialog.approval.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    after = sales.get_sale(demo_ctx.reader(), login("pengawas"), sale.number)
    assert [(l.sku, l.returned_milli) for l in after.lines] == [("MIE-GRG", 2000), ("KCP-520", 0)]
    report = shifts.current(demo_ctx.reader(), login("kasir"), "KASIR-1")
    assert (report.returns_count, report.cash_refunds_rp) == (1, 7_000)
    assert page.view.message.text().startswith("Retur RJ-") and "Rp7.000 dikembalikan (tunai)" in \
        page.view.message.text()

    dialog = _open_returns(qtbot, page, sale.number)  # what is left to return
    assert dialog.qty_edits[0][1].isEnabled()
    qtbot.keyClicks(dialog.qty_edits[0][1], "2")  # only 1 left
    qtbot.keyClicks(dialog.reason, "Lagi")
    qtbot.keyClicks(dialog.approval.username, "pengurus")
    qtbot.keyClicks(dialog.approval.pin, "123456")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.message.text().startswith("Retur melebihi yang terjual")
    dialog.reject()


def test_a_member_return_can_go_back_to_kasbon(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    kasir = login("kasir")
    scan(qtbot, page, "KOPDES:A00004")
    scan(qtbot, page, code("GLA-1KG"))
    page.pay()
    payment = page.dialog
    payment.full_credit.click()
    payment.confirm()
    qtbot.waitUntil(lambda: page.last_sale is not None, timeout=WAIT_MS)
    owed = members.find(demo_ctx.reader(), kasir, "A00004").credit_balance_rp
    dialog = _open_returns(qtbot, page, page.last_sale.number)
    assert dialog.credit.isEnabled()
    dialog.credit.setChecked(True)
    qtbot.keyClicks(dialog.qty_edits[0][1], "1")
    qtbot.keyClicks(dialog.reason, "Gula basah")
    qtbot.keyClicks(dialog.approval.username, "pengurus")
    qtbot.keyClicks(dialog.approval.pin, "123456")
    dialog.return_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert members.find(demo_ctx.reader(), kasir, "A00004").credit_balance_rp == owed - 17_500
    assert "(ke kasbon)" in page.view.message.text()


def test_void_a_sale_of_the_open_shift(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    sale = _sale(qtbot, page, code("TPG-1KG"), tender="20.000")
    dialog = _open_returns(qtbot, page, sale.number)
    dialog.void_button.click()  # a reason first
    assert dialog.message.text() == "Alasan pembatalan wajib diisi."
    qtbot.keyClicks(dialog.reason, "Pembeli batal, uang dikembalikan")
    qtbot.keyClicks(dialog.approval.username, "pengurus")
    qtbot.keyClicks(dialog.approval.pin, "999999")
    dialog.void_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.approval.pin.text() == ""
    assert sales.get_sale(demo_ctx.reader(), login("pengawas"), sale.number).status == "completed"
    qtbot.keyClicks(dialog.approval.pin, "123456")
    dialog.void_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert sales.get_sale(demo_ctx.reader(), login("pengawas"), sale.number).status == "voided"
    assert page.view.message.text() == f"Penjualan {sale.number} dibatalkan."
    report = shifts.current(demo_ctx.reader(), login("kasir"), "KASIR-1")
    assert (report.sales_count, report.voided_count, report.expected_cash_rp) == (0, 1, 200_000)


def test_a_pengurus_at_the_till_returns_without_a_second_pin(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login, "pengurus")
    sale = _sale(qtbot, page, code("SKM-370"), tender="12.000")
    dialog = _open_returns(qtbot, page, sale.number)
    assert not dialog.approval.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.qty_edits[0][1], "1")
    qtbot.keyClicks(dialog.reason, "Kaleng penyok")
    dialog.return_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    line = sales.get_sale(demo_ctx.reader(), login("pengawas"), sale.number).lines[0]
    assert line.returned_milli == 1000
