"""QRIS at the till, end to end on the demo outlet through the keyboard: Alt+Q in the
payment dialog, the sale recorded waiting, the dynamic QR on the cashier's dialog and the
customer display (decoded back with zxing-cpp), the reference typed and Enter, the sale
completed through the usual path (receipt queued, change, "Terima kasih"); a cash+QRIS
split; Nanti then Konfirmasi from the pending list (F1); Batalkan bringing the cart back
for cash; a reference already used refused in the dialog; the shift refusing to close."""

from __future__ import annotations

from uuid import uuid4

import pytest
import qrcode
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap

from app.domain import qris as qris_codes
from app.domain.sale import PaymentDraft
from app.services import printing, qris, sale_pending, sales, shifts
from app.services.sales import CartLine, SaleRequest
from app.ui.pages.till_close_dialog import CloseShiftDialog
from app.ui.pages.till_qris_dialog import QrisDialog, qr_image
from app.ui.pages.till_qris_pending import PendingQrisDialog
from tests.gui.conftest import WAIT_MS
from tests.gui.test_till import code, open_till, press, scan

STATIC = qris_codes.build_static("KOPERASI MERAH PUTIH", "CIANJUR", "ID1026000000123")
RRN = "612345678901"
WARNING = ("Jangan terima tangkapan layar dari pembeli. Konfirmasi hanya setelah dana terlihat masuk di aplikasi "
           "merchant atau soundbox.")


@pytest.fixture
def till(shell_for, demo_ctx, login):
    """The Kasir page with a shift open and the outlet's static QRIS registered."""
    qris.setup(demo_ctx.uow(), login("pengurus"), STATIC)
    return open_till(shell_for, demo_ctx, login)


def decode(pixmap: QPixmap) -> list[str]:
    """What a phone would read: the pixmap -> QImage -> PIL -> zxing-cpp."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    pil = Image.frombytes("L", (width, height), bytes(image.constBits())[:stride * height], "raw", "L", stride)
    return [r.text for r in zxingcpp.read_barcodes(pil)]


def alt(qtbot, widget, key: Qt.Key) -> None:
    """Alt+letter: a shortcut of the dialog, live while its window is the active one (as the window
    manager makes a dialog that opens; the offscreen platform leaves that to us)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def pay_by_qris(qtbot, page, *, cash: str | None = None) -> QrisDialog:
    """F12, optionally the cash handed over, Alt+Q (QRIS pays the rest), Enter: the QRIS dialog with its QR."""
    press(qtbot, page, Qt.Key.Key_F12)
    payment = page.dialog
    if cash is not None:
        payment.cash_row.amount.clear()
        qtbot.keyClicks(payment.cash_row.amount, cash)
    alt(qtbot, payment.cash_row.amount, Qt.Key.Key_Q)
    enter(qtbot, payment.rows["qris"].amount)
    qtbot.waitUntil(lambda: isinstance(page.dialog, QrisDialog), timeout=WAIT_MS)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.charge is not None, timeout=WAIT_MS)
    return dialog


def test_the_qr_is_whole_modules_with_a_quiet_zone_and_reads_back():
    image = qr_image(STATIC, 300)
    code_ = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1, border=4)
    code_.add_data(STATIC)
    code_.make(fit=True)
    modules = len(code_.get_matrix())
    assert image.width() == image.height() >= 300 and image.width() % modules == 0
    scale = image.width() // modules
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    values = {gray.pixelColor(x, y).value() for x in range(0, gray.width(), 3) for y in range(0, gray.height(), 3)}
    assert values == {0, 255}  # crisp: no smoothing between modules
    quiet = 4 * scale
    assert all(gray.pixelColor(x, y).value() == 255 for x in range(quiet) for y in range(0, gray.height(), 2))
    assert gray.pixelColor(quiet, quiet).value() == 0  # the finder pattern starts right after it
    assert decode(QPixmap.fromImage(image)) == [STATIC]


def test_a_qris_sale_through_the_keyboard(till, qtbot, demo_ctx, login):
    _shell, page = till
    kasir = login("kasir")
    page.view.display_button.setChecked(True)  # the customer-facing window shows the QR as well
    display = page.customer_display
    scan(qtbot, page, "3*" + code("SKM-370"))  # Rp36.000
    press(qtbot, page, Qt.Key.Key_F12)
    payment = page.dialog
    qris_row = payment.rows["qris"]
    assert qris_row.reference is None  # the reference comes after the QR, in the QRIS dialog
    alt(qtbot, payment.cash_row.amount, Qt.Key.Key_Q)
    assert qris_row.amount.amount() == 36_000 and payment.cash_row.amount.amount() == 0
    assert payment.change_label.text() == "Rp0" and payment.ok_button.isEnabled()
    enter(qtbot, qris_row.amount)
    qtbot.waitUntil(lambda: isinstance(page.dialog, QrisDialog), timeout=WAIT_MS)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.charge is not None, timeout=WAIT_MS)

    number = dialog.number
    [pending] = [p for p in sale_pending.list_pending(demo_ctx.reader(), kasir) if p.number == number]
    assert pending.qris_rp == 36_000
    assert sales.get_sale(demo_ctx.reader(), kasir, number).status == "pending"
    charge = qris.charge(demo_ctx.reader(), kasir, number)
    assert dialog.charge == charge and charge.amount_rp == 36_000
    pixmap = dialog.qr.pixmap()
    assert pixmap.width() >= 300 and decode(pixmap) == [charge.payload]
    parsed = qris_codes.parse(charge.payload)
    assert parsed.amount_rp == 36_000 and parsed.dynamic
    assert dialog.amount_label.text() == "Rp36.000"
    assert "KOPERASI MERAH PUTIH" in dialog.merchant_label.text() and "ID1026000000123" in dialog.merchant_label.text()
    assert number in dialog.bill_label.text()
    assert dialog.warning.text() == WARNING and dialog.warning.isVisibleTo(dialog)
    assert page.model.rowCount() == 1  # the cart stays until the sale is decided
    assert display.showing_qris and decode(display.qris_code.pixmap()) == [charge.payload]
    assert display.qris_amount.text() == "Rp36.000" and display.qris_title.text() == "Scan untuk membayar"
    assert display.qris_code.pixmap().width() >= 400

    enter(qtbot, dialog.reference)  # nothing typed: asked for, nothing sent
    assert dialog.isVisible() and "nomor referensi" in dialog.message.text()
    qtbot.keyClicks(dialog.reference, RRN)
    enter(qtbot, dialog.reference)
    qtbot.waitUntil(lambda: page.last_sale is not None, timeout=WAIT_MS)
    sale = page.last_sale
    assert sale.number == number and sale.status == "completed"
    assert [(p.method, p.reference) for p in sale.payments] == [("qris", RRN)]
    assert not dialog.isVisible() and page.dialog is None
    assert page.model.rowCount() == 0 and page.view.change_label.text() == "Kembalian Rp0"
    assert page.view.message.text() == f"Penjualan {number} tersimpan."
    assert not display.showing_qris and "Terima kasih" in display.note.text()
    qtbot.waitUntil(lambda: page.receipt.number == number and not page.receipt.busy, timeout=WAIT_MS)
    assert [j.kind for j in printing.list_jobs(demo_ctx.reader(), kasir, ref=number)] == ["receipt"]
    assert sale_pending.list_pending(demo_ctx.reader(), kasir) == []
    assert not page.view.qris_pending.isVisible()
    assert page.window().focusWidget() is page.view.barcode


def test_cash_and_qris_split(till, qtbot, demo_ctx, login):
    _shell, page = till
    scan(qtbot, page, "3*" + code("SKM-370"))  # Rp36.000: Rp20.000 cash, the rest by QRIS
    dialog = pay_by_qris(qtbot, page, cash="20.000")
    assert dialog.charge.amount_rp == 16_000 and decode(dialog.qr.pixmap()) == [dialog.charge.payload]
    assert "Tunai Rp20.000" in dialog.detail_label.text()
    qtbot.keyClicks(dialog.reference, "8901")  # the last 4 digits are enough
    enter(qtbot, dialog.reference)
    qtbot.waitUntil(lambda: page.last_sale is not None, timeout=WAIT_MS)
    sale = sales.get_sale(demo_ctx.reader(), login("kasir"), page.last_sale.number)
    assert sale.status == "completed" and sale.total_rp == 36_000
    assert sorted((p.method, p.amount_rp, p.reference) for p in sale.payments) == [
        ("cash", 20_000, ""), ("qris", 16_000, "8901")]


def test_cash_handed_over_beyond_the_cash_part_gives_change(till, qtbot, demo_ctx, login):
    _shell, page = till
    scan(qtbot, page, "3*" + code("SKM-370"))  # Rp36.000
    press(qtbot, page, Qt.Key.Key_F12)
    payment = page.dialog
    qtbot.keyClicks(payment.rows["qris"].amount, "30.000")
    payment.tender(10_000)  # Rp6.000 in cash: Rp4.000 back
    assert payment.change_label.text() == "Rp4.000"
    enter(qtbot, payment.cash_row.amount)
    qtbot.waitUntil(lambda: isinstance(page.dialog, QrisDialog), timeout=WAIT_MS)
    dialog = page.dialog
    assert "kembalian Rp4.000" in dialog.detail_label.text()
    qtbot.keyClicks(dialog.reference, RRN)
    enter(qtbot, dialog.reference)
    qtbot.waitUntil(lambda: page.last_sale is not None, timeout=WAIT_MS)
    assert page.view.change_label.text() == "Kembalian Rp4.000"


def test_later_then_confirm_from_the_pending_list(till, qtbot, demo_ctx, login):
    _shell, page = till
    kasir = login("kasir")
    scan(qtbot, page, code("DTG-800"))  # Rp22.500
    dialog = pay_by_qris(qtbot, page)
    number = dialog.number
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Escape)  # Nanti
    assert not dialog.isVisible() and page.dialog is None and dialog.outcome == "later"
    assert page.model.rowCount() == 0  # the cart is cleared: the sale waits in the list
    assert page.view.message.text().startswith(f"Penjualan {number} menunggu pembayaran QRIS")
    assert page.view.qris_pending.isVisible() and page.view.qris_pending.text() == "QRIS menunggu: 1 (F1)"
    assert page.view.keys["qris"].text() == "F1\nQRIS menunggu (1)"
    assert page.last_sale is None

    scan(qtbot, page, code("MIE-GRG"))  # the next buyer's cart is being rung up
    press(qtbot, page, Qt.Key.Key_F1)
    listing = page.dialog
    assert isinstance(listing, PendingQrisDialog)
    assert listing.model.rowCount() == 1 and listing.selected().number == number
    assert listing.model.data(listing.model.index(0, 4)) == "Rp22.500"
    enter(qtbot, listing.table)
    assert listing.isVisible() and listing.message.text().startswith("Tahan (F6)")
    qtbot.keyClick(listing.table, Qt.Key.Key_Escape)
    assert not listing.isVisible()
    press(qtbot, page, Qt.Key.Key_F9)  # that cart goes: confirming finishes a sale on this screen
    assert page.model.rowCount() == 0

    press(qtbot, page, Qt.Key.Key_F1)
    listing = page.dialog
    enter(qtbot, listing.table)
    qtbot.waitUntil(lambda: isinstance(page.dialog, QrisDialog), timeout=WAIT_MS)
    again = page.dialog
    qtbot.waitUntil(lambda: again.charge is not None, timeout=WAIT_MS)
    assert again.number == number and decode(again.qr.pixmap()) == [again.charge.payload]
    qtbot.keyClicks(again.reference, RRN)
    enter(qtbot, again.reference)
    qtbot.waitUntil(lambda: page.last_sale is not None, timeout=WAIT_MS)
    assert page.last_sale.number == number and page.last_sale.status == "completed"
    assert sales.get_sale(demo_ctx.reader(), kasir, number).status == "completed"
    assert not page.view.qris_pending.isVisible() and page.view.keys["qris"].text() == "F1\nQRIS menunggu"


def test_cancel_brings_the_cart_back_for_cash(till, qtbot, demo_ctx, login):
    _shell, page = till
    kasir = login("kasir")
    scan(qtbot, page, "2*" + code("AIR-600"))
    old_uuid = page.model.cart.uuid
    dialog = pay_by_qris(qtbot, page)
    number = dialog.number
    alt(qtbot, dialog.reference, Qt.Key.Key_B)
    assert dialog.cancelling and dialog.cancel_box.isVisibleTo(dialog)
    enter(qtbot, dialog.reason)  # no reason: the service asks for one
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.message.text() == "Tulis alasan pembatalan."
    qtbot.keyClicks(dialog.reason, "saldo pembeli kurang, bayar tunai")
    enter(qtbot, dialog.reason)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert dialog.outcome == "cancelled"
    assert sales.get_sale(demo_ctx.reader(), kasir, number).status == "cancelled"
    assert page.model.rowCount() == 1 and page.model.cart.uuid != old_uuid  # back, as a new sale
    assert page.view.message.text().startswith(f"Penjualan {number} dibatalkan. Keranjang kembali")

    press(qtbot, page, Qt.Key.Key_F12)
    payment = page.dialog
    payment.tender(10_000)
    enter(qtbot, payment.cash_row.amount)
    qtbot.waitUntil(lambda: page.last_sale is not None, timeout=WAIT_MS)
    sale = page.last_sale
    assert sale.number != number and sale.status == "completed"
    assert [p.method for p in sale.payments] == ["cash"]
    assert sales.get_sale(demo_ctx.reader(), kasir, number).status == "cancelled"


def test_escape_while_cancelling_goes_back_to_confirming(till, qtbot):
    _shell, page = till
    scan(qtbot, page, code("AIR-600"))
    dialog = pay_by_qris(qtbot, page)
    alt(qtbot, dialog.reference, Qt.Key.Key_B)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.cancelling and dialog.outcome is None
    assert dialog.ok_button.text() == "Konfirmasi (Enter)"


def test_a_reference_already_used_is_refused_in_the_dialog(till, qtbot, demo_ctx, login):
    _shell, page = till
    scan(qtbot, page, code("AIR-600"))
    first = pay_by_qris(qtbot, page)
    qtbot.keyClicks(first.reference, RRN)
    enter(qtbot, first.reference)
    qtbot.waitUntil(lambda: page.last_sale is not None, timeout=WAIT_MS)
    done = page.last_sale

    scan(qtbot, page, code("DTG-800"))
    dialog = pay_by_qris(qtbot, page)
    qtbot.keyClicks(dialog.reference, RRN)
    enter(qtbot, dialog.reference)
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.message.text().startswith(f"Referensi QRIS {RRN} sudah dipakai penjualan {done.number}")
    assert dialog.isVisible() and dialog.reference.text() == RRN and page.last_sale is done
    assert page.model.rowCount() == 1  # nothing lost
    assert sales.get_sale(demo_ctx.reader(), login("kasir"), dialog.number).status == "pending"
    dialog.reference.clear()
    qtbot.keyClicks(dialog.reference, "89")  # too short to tell payments apart
    enter(qtbot, dialog.reference)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message.text().startswith("Referensi QRIS harus 4-20"),
                    timeout=WAIT_MS)
    assert dialog.isVisible() and page.last_sale is done and dialog.reference.text() == "89"


def test_the_shift_cannot_close_while_a_qris_sale_waits(till, qtbot, demo_ctx, login):
    _shell, page = till
    scan(qtbot, page, code("AIR-600"))
    dialog = pay_by_qris(qtbot, page)
    number = dialog.number
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Escape)
    page.shift_actions.close_shift()
    assert page.dialog is None
    assert page.view.message.text().startswith(f"Masih ada penjualan menunggu pembayaran QRIS: {number}.")
    closing = CloseShiftDialog(page.session, page.till, page.shift.number, page)  # and the service says so too
    qtbot.addWidget(closing)
    closing.confirm()
    qtbot.waitUntil(lambda: closing.message.isVisibleTo(closing), timeout=WAIT_MS)
    assert closing.message.text() == (f"Masih ada penjualan menunggu pembayaran QRIS: {number}. "
                                      "Konfirmasi atau batalkan dahulu.")
    assert shifts.current(demo_ctx.reader(), login("kasir"), "KASIR-1") is not None


def test_sales_waiting_on_another_till_are_counted_and_cancelled_from_the_list(till, qtbot, demo_ctx, login):
    _shell, page = till
    kasir = login("kasir")
    shifts.open_shift(demo_ctx.uow(), kasir, "KASIR-2", 100_000, uuid=uuid4())
    other = sales.record_sale(demo_ctx.uow(), kasir, SaleRequest(
        uuid4(), "KASIR-2", (CartLine(code("AIR-600"), 1000),), (PaymentDraft("qris", 3_500),)))
    assert other.status == "pending"
    page.refresh_pending()
    assert page.view.qris_pending.text() == "QRIS menunggu: 1 (F1)"
    press(qtbot, page, Qt.Key.Key_F1)
    listing = page.dialog
    assert listing.model.data(listing.model.index(0, 2)) == "KASIR-2"
    alt(qtbot, listing.table, Qt.Key.Key_B)
    assert listing.cancelling and other.number in listing.cancel_title.text()
    qtbot.keyClicks(listing.reason, "pembeli pergi")
    enter(qtbot, listing.reason)
    qtbot.waitUntil(lambda: not listing.cancelling, timeout=WAIT_MS)
    assert listing.message.text() == f"Penjualan {other.number} dibatalkan."
    assert listing.model.rowCount() == 0 and listing.empty_label.isVisibleTo(listing)
    assert not listing.ok_button.isEnabled()
    qtbot.keyClick(listing.table, Qt.Key.Key_Escape)
    assert page.dialog is None and not page.view.qris_pending.isVisible()
    assert sales.get_sale(demo_ctx.reader(), kasir, other.number).status == "cancelled"


def test_without_a_static_qris_the_method_cannot_be_chosen(shell_for, qtbot, demo_ctx, login, monkeypatch):
    monkeypatch.setattr(qris, "current", lambda uow, actor: None)
    _shell, page = open_till(shell_for, demo_ctx, login)
    scan(qtbot, page, code("AIR-600"))
    press(qtbot, page, Qt.Key.Key_F12)
    payment = page.dialog
    row = payment.rows["qris"]
    assert not row.amount.isEnabled() and row.note.text() == "QRIS gerai belum diatur (Pengaturan > QRIS)."
    alt(qtbot, payment.cash_row.amount, Qt.Key.Key_Q)
    assert row.amount.amount() == 0


def test_kasbon_then_the_rest_by_qris(till, qtbot):
    _shell, page = till
    scan(qtbot, page, "KOPDES:A00001")  # a member with a kasbon limit
    scan(qtbot, page, "3*" + code("SKM-370"))
    total = page.model.cart.total_rp
    press(qtbot, page, Qt.Key.Key_F12)
    payment = page.dialog
    qtbot.keyClicks(payment.rows["credit"].amount, "10.000")
    alt(qtbot, payment.rows["credit"].amount, Qt.Key.Key_Q)
    assert payment.rows["qris"].amount.amount() == total - 10_000
    assert payment.remaining_label.text() == "Rp0" and payment.ok_button.isEnabled()
    assert payment.choice().payments == (PaymentDraft("credit", 10_000), PaymentDraft("qris", total - 10_000))
    enter(qtbot, payment.rows["qris"].amount)
    qtbot.waitUntil(lambda: isinstance(page.dialog, QrisDialog), timeout=WAIT_MS)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.charge is not None, timeout=WAIT_MS)
    assert dialog.charge.amount_rp == total - 10_000
    assert "Kasbon anggota Rp10.000" in dialog.detail_label.text()
