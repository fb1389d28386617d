"""The Kasir page end to end on the demo outlet: open a shift, scan (with quantities and
a weighed item), attach a member, pay cash, kasbon, LPG with NIK, hold and recall,
price changes with a pengurus PIN. Keys are pressed on the barcode field, as a
cashier (or a scanner) would."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.domain import fmt
from app.domain.barcode import make_ean13
from app.services import carts, members, sales, shifts
from app.services.demo_shop import CATALOGUE
from tests.gui.conftest import WAIT_MS

DAY = date(2026, 11, 23)
NIK = "3203012505800001"  # Cianjur, born 25 May 1980, serial 0001


def code(sku: str) -> str:
    """The demo's barcode for a SKU (EAN-13, or IN-<SKU> for goods sold by weight)."""
    i, row = next((i, r) for i, r in enumerate(CATALOGUE) if r[0] == sku)
    return f"IN-{sku}" if row[3] == "kg" else make_ean13(f"89931{i:07d}")


def open_till(shell_for, demo_ctx, login, username: str = "kasir", *, float_rp: int | None = 200_000):
    """The Kasir page of a logged-in user; with `float_rp`, a shift opened by the service first."""
    if float_rp is not None:
        shifts.open_shift(demo_ctx.uow(), login(username), "KASIR-1", float_rp, uuid=uuid4())
    shell = shell_for(username)
    return shell, shell.main_window.show_page("till")


def scan(qtbot, page, text: str) -> None:
    qtbot.keyClicks(page.view.barcode, text)
    qtbot.keyClick(page.view.barcode, Qt.Key.Key_Return)


def press(qtbot, page, key: Qt.Key) -> None:
    qtbot.keyClick(page.view.barcode, key)


def cells(page, row: int) -> list[str]:
    return [page.model.data(page.model.index(row, c)) for c in range(page.model.columnCount())]


def pay(qtbot, page, *, tender: str | None = None):
    """F12, optionally type the cash handed over, Enter; wait until the sale is done."""
    before = page.last_sale
    press(qtbot, page, Qt.Key.Key_F12)
    dialog = page.dialog
    if tender is not None:
        dialog.cash_row.amount.clear()
        qtbot.keyClicks(dialog.cash_row.amount, tender)
    qtbot.keyClick(dialog.cash_row.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last_sale is not before, timeout=WAIT_MS)
    assert not dialog.isVisible()
    return page.last_sale


def test_kasir_opens_a_shift_scans_attaches_a_member_and_pays_cash(shell_for, qtbot, demo_ctx, login):
    shell = shell_for("kasir")
    window = shell.main_window
    assert window.page_keys()[:2] == ["home", "till"]
    page = window.show_page("till")
    assert page.stack.currentWidget() is page.open_panel  # the demo leaves no shift open
    qtbot.keyClicks(page.open_panel.float_edit, "200.000")
    qtbot.keyClick(page.open_panel.float_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.view, timeout=WAIT_MS)
    shift = shifts.current(demo_ctx.reader(), login("kasir"), "KASIR-1")
    assert shift.opening_float_rp == 200_000
    assert shift.number in page.view.shift_title.text()
    assert "Siti Rahayu" in page.view.shift_info.text() and "23 Nov 2026 10:00 WIB" in page.view.shift_info.text()
    assert window.focusWidget() is page.view.barcode

    scan(qtbot, page, code("MIE-GRG"))
    scan(qtbot, page, "2*")  # the quantity waits for the scan
    assert page.view.pending_label.text() == "2 ×"
    scan(qtbot, page, code("GLA-1KG"))
    scan(qtbot, page, "1,5*" + code("BRS-CURAH"))  # weighed goods
    assert page.model.rowCount() == 3
    assert cells(page, 1) == ["2", "Gula Pasir 1 kg", "2 bungkus", "Rp18.000", "", "Rp36.000"]
    assert cells(page, 2) == ["3", "Beras Medium Curah", "1,5 kg", "Rp13.500", "", "Rp20.250"]
    assert page.view.total_label.text() == "Rp59.750"

    press(qtbot, page, Qt.Key.Key_F4)
    dialog = page.dialog
    qtbot.keyClicks(dialog.search, "A00001")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert page.model.cart.member.member_no == "A00001"
    assert "Asep Saepudin" in page.view.member_label.text()
    available = members.find(demo_ctx.reader(), login("kasir"), "A00001").credit_available_rp
    assert f"kasbon tersedia {fmt.rupiah(available)}" in page.view.member_label.text()
    assert page.view.total_label.text() == "Rp57.800"  # member prices: 3.300 + 2 x 17.500 + 1,5 x 13.000
    assert cells(page, 2)[3:] == ["Rp13.000", "", "Rp19.500"]

    press(qtbot, page, Qt.Key.Key_F12)
    payment = page.dialog
    assert payment.total_label.text() == "Rp57.800"
    assert payment.quick_amounts == [57_800, 60_000, 100_000]
    assert payment.nik is None  # no subsidised goods: no buyer questions
    qtbot.mouseClick(next(b for b in payment._quick if b.property("amount") == 100_000), Qt.MouseButton.LeftButton)
    assert payment.change_label.text() == "Rp42.200"
    qtbot.keyClick(payment.cash_row.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last_sale is not None, timeout=WAIT_MS)

    assert page.view.change_label.text() == "Kembalian Rp42.200"
    assert page.model.rowCount() == 0 and page.view.total_label.text() == "Rp0"
    assert page.dialog is None and window.focusWidget() is page.view.barcode
    pengawas = login("pengawas")
    listed = sales.list_sales(demo_ctx.reader(), pengawas, day=DAY)
    assert listed[0].number == page.last_sale.number and listed[0].member_no == "A00001"
    assert page.last_sale.number in page.view.last_label.text()
    sale = sales.get_sale(demo_ctx.reader(), pengawas, listed[0].number)
    assert (sale.total_rp, sale.change_rp, sale.member_no, sale.till) == (57_800, 42_200, "A00001", "KASIR-1")
    assert [(l.sku, l.qty_milli, l.unit_price_rp) for l in sale.lines] == [
        ("MIE-GRG", 1000, 3_300), ("GLA-1KG", 2000, 17_500), ("BRS-CURAH", 1500, 13_000)]
    assert [(p.method, p.amount_rp, p.tendered_rp) for p in sale.payments] == [("cash", 57_800, 100_000)]
    assert sale.uuid == str(page.last_sale.uuid) and sale.uuid != str(page.model.cart.uuid)  # next sale: new id


def test_an_unknown_barcode_says_so_and_adds_nothing(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    scan(qtbot, page, code("AIR-600"))
    unknown = make_ean13("899399999999")
    scan(qtbot, page, unknown)
    assert page.model.rowCount() == 1
    assert page.view.message.text() == f"Barcode {unknown} tidak dikenal. Cari barang dengan nama (F3)."
    scan(qtbot, page, "8993100000001")  # a wrong check digit is not a product either
    assert page.model.rowCount() == 1 and "tidak dikenal" in page.view.message.text()
    scan(qtbot, page, "2,5*" + code("AIR-600"))  # bottles are sold whole
    assert page.model.rowCount() == 1 and cells(page, 0)[2] == "1 botol"
    assert "tanpa desimal" in page.view.message.text()
    press(qtbot, page, Qt.Key.Key_Escape)
    assert not page.view.message.isVisibleTo(page) and page.pending_qty is None
    scan(qtbot, page, code("AIR-600"))  # the same product again adds to its line
    assert page.model.rowCount() == 1 and cells(page, 0)[2] == "2 botol"


def test_quantity_key_search_pop_up_and_remove(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    press(qtbot, page, Qt.Key.Key_F3)
    search = page.dialog
    qtbot.keyClicks(search.search, "mi instan")
    qtbot.waitUntil(lambda: search.model.rowCount() == 3, timeout=WAIT_MS)
    assert {search.model.row_object(i).product.sku for i in range(3)} == {"MIE-GRG", "MIE-SOTO", "MIE-DUS"}
    qtbot.keyClick(search.search, Qt.Key.Key_Down)
    picked = search.selected()
    qtbot.keyClick(search.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.model.item(0).product.sku == picked.product.sku

    press(qtbot, page, Qt.Key.Key_F2)
    qty = page.dialog
    qtbot.keyClicks(qty.qty, "4")
    qtbot.keyClick(qty.qty, Qt.Key.Key_Return)
    assert page.model.item(0).qty_milli == 4000

    scan(qtbot, page, code("TLR-KG"))  # weighed, scanned without a weight: asks for it
    weigh = page.dialog
    assert weigh is not None and "kg" in weigh.findChildren(QLabel)[1].text()
    qtbot.keyClicks(weigh.qty, "0,75")
    qtbot.keyClick(weigh.qty, Qt.Key.Key_Return)
    assert page.model.item(1).qty_milli == 750 and cells(page, 1)[5] == "Rp21.000"
    press(qtbot, page, Qt.Key.Key_Up)
    press(qtbot, page, Qt.Key.Key_F9)
    assert page.model.rowCount() == 1 and page.model.item(0).product.sku == "TLR-KG"


def test_hold_and_recall_carts(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    scan(qtbot, page, "KOPDES:A00003")  # the member card's QR, scanned into the same field
    scan(qtbot, page, "3*" + code("MIE-SOTO"))
    press(qtbot, page, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    assert page.model.cart.member is None
    assert page.view.keys["recall"].text() == "F7\nPanggil (1)"
    scan(qtbot, page, code("KCP-520"))
    press(qtbot, page, Qt.Key.Key_F7)  # refused while a cart is on the till
    assert page.dialog is None and "Tahan (F6)" in page.view.message.text()
    press(qtbot, page, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: page.view.keys["recall"].text() == "F7\nPanggil (2)", timeout=WAIT_MS)
    assert len(carts.held(demo_ctx.reader(), login("kasir"), "KASIR-1")) == 2

    press(qtbot, page, Qt.Key.Key_F7)
    recall = page.dialog
    assert recall.model.rowCount() == 2
    assert recall.model.row_object(0).label == "Dedi Mulyadi · 1 baris · Rp9.300"
    qtbot.keyClick(recall.search, Qt.Key.Key_Return)  # the first one
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.model.cart.member.member_no == "A00003"
    assert cells(page, 0)[1:] == ["Mi Instan Rasa Soto", "3 bungkus", "Rp3.100", "", "Rp9.300"]
    assert page.view.keys["recall"].text() == "F7\nPanggil (1)"
    sale = pay(qtbot, page)
    assert sale.member_no == "A00003" and sale.total_rp == 9_300


def test_lpg_needs_the_buyers_nik_and_type_and_shows_it_masked(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    scan(qtbot, page, "2*" + code("LPG3-ISI"))
    press(qtbot, page, Qt.Key.Key_F12)
    payment = page.dialog
    assert payment.nik is not None and payment.nik.hasFocus() or payment.focusWidget() is payment.nik
    qtbot.keyClick(payment.nik, Qt.Key.Key_Return)  # no NIK: the service refuses
    qtbot.waitUntil(lambda: payment.message.isVisibleTo(payment), timeout=WAIT_MS)
    assert payment.message.text() == "Barang bersubsidi (LPG 3 kg): NIK pembeli wajib diisi."
    assert payment.isVisible() and page.model.rowCount() == 1 and page.last_sale is None

    qtbot.keyClicks(payment.nik, NIK)
    assert payment.nik_masked.text() == "NIK 3203********0001 ✓"
    assert payment.nik.echoMode() == payment.nik.EchoMode.PasswordEchoOnEdit
    qtbot.keyClick(payment.nik, Qt.Key.Key_Return)  # no buyer type yet
    qtbot.waitUntil(lambda: "jenis pembeli" in payment.message.text(), timeout=WAIT_MS)
    assert page.last_sale is None
    payment.buyer_type.setCurrentIndex(payment.buyer_type.findData("rumah_tangga"))
    qtbot.keyClicks(payment.buyer_name, "Ibu Warsih")
    qtbot.keyClick(payment.nik, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last_sale is not None, timeout=WAIT_MS)

    sale = sales.get_sale(demo_ctx.reader(), login("pengawas"), page.last_sale.number)
    assert (sale.total_rp, sale.buyer_nik_masked, sale.buyer_type) == (36_000, "3203********0001", "rumah_tangga")
    assert "NIK 3203********0001" in page.view.last_label.text()
    texts = [w.text() for w in page.window().findChildren(QLabel)]
    assert not any(NIK in t for t in texts)  # never the full NIK on screen


def test_member_sale_on_kasbon_and_split_with_cash(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    scan(qtbot, page, code("BRS-5KG"))
    press(qtbot, page, Qt.Key.Key_F12)
    payment = page.dialog
    assert not payment.rows["credit"].amount.isEnabled()  # not a member: no kasbon
    assert "pilih anggota" in payment.rows["credit"].note.text()
    payment.reject()

    scan(qtbot, page, "KOPDES:A00002")
    press(qtbot, page, Qt.Key.Key_F12)
    payment = page.dialog
    assert payment.total == 72_000
    qtbot.mouseClick(payment.full_credit, Qt.MouseButton.LeftButton)
    assert payment.rows["credit"].amount.amount() == 72_000 and payment.cash_row.amount.amount() == 0
    assert payment.change_label.text() == "Rp0"
    qtbot.keyClick(payment.cash_row.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last_sale is not None, timeout=WAIT_MS)
    first = page.last_sale
    assert [(p.method, p.amount_rp) for p in first.payments] == [("credit", 72_000)]
    kasir = login("kasir")
    assert members.find(demo_ctx.reader(), kasir, "A00002").credit_balance_rp >= 72_000

    balance = members.find(demo_ctx.reader(), kasir, "A00002").credit_balance_rp
    scan(qtbot, page, "KOPDES:A00002")
    scan(qtbot, page, "2*" + code("MNY-2L"))
    press(qtbot, page, Qt.Key.Key_F12)
    payment = page.dialog
    qtbot.keyClicks(payment.rows["credit"].amount, "50.000")  # the rest in cash
    assert payment.cash_row.amount.amount() == 20_000 and payment.quick_amounts[0] == 20_000
    payment.cash_row.amount.clear()
    qtbot.keyClicks(payment.cash_row.amount, "50.000")
    assert payment.change_label.text() == "Rp30.000"
    qtbot.keyClick(payment.cash_row.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last_sale is not first, timeout=WAIT_MS)
    split = sales.get_sale(demo_ctx.reader(), kasir, page.last_sale.number)
    assert [(p.method, p.amount_rp, p.tendered_rp) for p in split.payments] == [
        ("credit", 50_000, 50_000), ("cash", 20_000, 50_000)]
    assert split.change_rp == 30_000
    assert members.find(demo_ctx.reader(), kasir, "A00002").credit_balance_rp == balance + 50_000


def test_a_refused_sale_keeps_the_cart(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    scan(qtbot, page, "KOPDES:A00001")
    scan(qtbot, page, "5*" + code("BRS-5KG"))  # 5 x 72.000 is above the Rp300.000 kasbon limit
    press(qtbot, page, Qt.Key.Key_F12)
    payment = page.dialog
    qtbot.mouseClick(payment.full_credit, Qt.MouseButton.LeftButton)  # all that is left of the limit
    available = members.find(demo_ctx.reader(), login("kasir"), "A00001").credit_available_rp
    assert payment.rows["credit"].amount.amount() == available < 360_000
    payment.rows["credit"].amount.clear()
    qtbot.keyClicks(payment.rows["credit"].amount, "360.000")
    qtbot.keyClick(payment.cash_row.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: payment.message.isVisibleTo(payment), timeout=WAIT_MS)
    assert payment.message.text().startswith("Kasbon Asep Saepudin melebihi batas")
    assert payment.isVisible() and page.model.rowCount() == 1 and page.last_sale is None


def test_a_line_discount_needs_a_pengurus_pin(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    scan(qtbot, page, code("KCP-520"))
    press(qtbot, page, Qt.Key.Key_F5)
    dialog = page.dialog
    assert dialog.approval.isVisibleTo(dialog)  # a kasir may not do it alone
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "20.000")
    qtbot.keyClicks(dialog.discount, "500")
    assert dialog.preview.text() == "Rp19.500"
    qtbot.keyClicks(dialog.reason, "Botol penyok")
    qtbot.keyClicks(dialog.approval.username, "pengurus")
    qtbot.keyClicks(dialog.approval.pin, "000000")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT_MS)
    assert page.model.item(0).discount_rp == 0 and dialog.approval.pin.text() == ""
    qtbot.keyClicks(dialog.approval.pin, "123456")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert cells(page, 0)[3:] == ["Rp20.000 *", "-Rp500", "Rp19.500"]
    assert page.model.cart.approver.username == "pengurus"
    sale = pay(qtbot, page, tender="20.000")
    line = sales.get_sale(demo_ctx.reader(), login("pengawas"), sale.number).lines[0]
    assert (line.unit_price_rp, line.discount_rp, line.total_rp) == (20_000, 500, 19_500)


def test_customer_display_follows_the_cart(shell_for, qtbot, demo_ctx, login):
    _shell, page = open_till(shell_for, demo_ctx, login)
    qtbot.mouseClick(page.view.display_button, Qt.MouseButton.LeftButton)
    display = page.customer_display
    assert display.isVisible() and display.isWindow()
    scan(qtbot, page, "2*" + code("TEH-25"))
    assert display.total.text() == "Total Rp15.000"
    assert display.table.model().rowCount() == 1
    pay(qtbot, page, tender="20.000")
    assert display.note.text() == f"Kembalian {fmt.rupiah(5_000)} · Terima kasih!"
    qtbot.mouseClick(page.view.display_button, Qt.MouseButton.LeftButton)
    assert not display.isVisible()
