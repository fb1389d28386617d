"""Kasir: the till. Keyboard first — the barcode field always has the focus, Enter scans,
`3*` before a scan sets the quantity (`2,5*` for weighed goods), and the function keys
in the footer do the rest. No shift open: the page asks for the opening float first.
Once a sale has committed its receipt is queued and shown in the cart's place until the
next scan (Ctrl+P prints it again); F11 lists the day's sales for a copy of any receipt.

A sale paid (partly) by QRIS is recorded waiting: the QRIS dialog shows its QR (on the
customer display too) until the cashier confirms it with the reference (then it completes
like any sale), leaves it for later (the cart is cleared; F1 lists the waiting sales of
every till, and a badge above the cart counts them), or cancels it (the cart comes back, under a new
UUID, to be paid another way)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from uuid import uuid4

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.catalogue import parse_qty
from app.domain.errors import DomainError
from app.services import catalogue, members, sale_pending, sales, shifts
from app.services.catalogue import ProductInfo
from app.services.members import MemberInfo
from app.services.qris import QrisCharge
from app.services.sale_pending import PendingSale
from app.services.sales import SaleRequest, SaleResult
from app.services.shifts import ShiftReport
from app.ui.outlet import business_date, outlet_zone
from app.ui.pages.till_cart_model import CartModel
from app.ui.pages.till_common import TILL_STYLE, till_name
from app.ui.pages.till_held import HeldCarts
from app.ui.pages.till_history_dialog import SalesHistoryDialog
from app.ui.pages.till_line_dialogs import PriceDialog, QtyDialog
from app.ui.pages.till_lookup_dialogs import MemberDialog, ProductSearchDialog
from app.ui.pages.till_payment_dialog import PaymentChoice, PaymentDialog
from app.ui.pages.till_qris_dialog import QrisDialog
from app.ui.pages.till_qris_pending import PendingQrisDialog
from app.ui.pages.till_receipt_panel import ReceiptPanel
from app.ui.pages.till_shift_actions import ShiftActions
from app.ui.pages.till_shift_dialogs import OpenShiftPanel
from app.ui.pages.till_view import TillView
from app.ui.session import Session

if TYPE_CHECKING:  # opened on demand; imported here for the annotation only
    from app.ui.pages.till_customer_display import CustomerDisplay

QTY_PREFIX = re.compile(r"^(\d{1,6}(?:[.,]\d{1,3})?)\s*\*\s*(.*)$")
CARD_PREFIX = "KOPDES:"  # the member card's QR
PENDING_POLL_MS = 30_000  # the waiting-QRIS count, for sales left by other tills


class TillPage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.till = till_name()
        self.setStyleSheet(TILL_STYLE)
        self.model = CartModel(self)
        self.receipt = ReceiptPanel(session, self.till)
        self.view = TillView(self.model, self.receipt)
        self.open_panel = OpenShiftPanel(session, self.till)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.open_panel)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.shift: ShiftReport | None = None
        self.pending_qty: str | None = None
        self.dialog: QDialog | None = None  # the one open now (tests and the lock screen find it)
        self._finished: list[QDialog] = []
        self.last_sale: SaleResult | None = None
        self.customer_display: CustomerDisplay | None = None
        self.pending_qris: list[PendingSale] = []
        self.held = HeldCarts(self)
        self.shift_actions = sa = ShiftActions(self)
        self.actions = {
            Qt.Key.Key_F2: self.change_qty, Qt.Key.Key_F3: self.search_products, Qt.Key.Key_F4: self.choose_member,
            Qt.Key.Key_F5: self.change_price, Qt.Key.Key_F6: self.held.hold, Qt.Key.Key_F7: self.held.recall,
            Qt.Key.Key_F8: sa.x_report, Qt.Key.Key_F9: self.remove_line, Qt.Key.Key_F10: self.pay,
            Qt.Key.Key_F11: self.sales_history, Qt.Key.Key_F12: self.pay, Qt.Key.Key_Escape: self.escape,
            Qt.Key.Key_F1: self.qris_pending_list,
        }
        keys = self.view.keys
        for name, action in (("qty", self.change_qty), ("search", self.search_products),
                             ("member", self.choose_member), ("price", self.change_price), ("hold", self.held.hold),
                             ("recall", self.held.recall), ("report", sa.x_report), ("remove", self.remove_line),
                             ("history", self.sales_history), ("pay", self.pay), ("qris", self.qris_pending_list)):
            keys[name].clicked.connect(action)
        self.view.cash_button.clicked.connect(sa.cash_move)
        self.view.return_button.clicked.connect(sa.open_returns)
        self.view.close_button.clicked.connect(sa.close_shift)
        self.view.display_button.toggled.connect(sa.toggle_customer_display)
        self.receipt.state_changed.connect(self.view.show_print_state)
        self.view.barcode.returnPressed.connect(self.scan)
        self.open_panel.opened.connect(lambda _r: self.refresh_shift())
        self.model.changed.connect(self._cart_changed)
        self._pending_timer = QTimer(self)
        self._pending_timer.setInterval(PENDING_POLL_MS)
        self._pending_timer.timeout.connect(self.refresh_pending)
        self.refresh_shift()
        self._cart_changed()

    # --- shift -------------------------------------------------------------

    def refresh_shift(self) -> None:
        self.shift = shifts.current(self.session.ctx.reader(), self.session.actor, self.till)
        if self.shift is None:
            self.stack.setCurrentWidget(self.open_panel)
            self.open_panel.float_edit.setFocus()
            return
        s = self.shift
        self.view.shift_title.setText(self.tr("Kasir {till} · {number}").format(till=s.till, number=s.number))
        self.view.shift_info.setText(self.tr("Kasir: {name} · Hari usaha {day} · dibuka {at} oleh {by}").format(
            name=self.session.actor.full_name, day=fmt.day(s.business_date),
            at=fmt.local_datetime(s.opened_at, outlet_zone(self.session.ctx)), by=s.opened_by))
        self.stack.setCurrentWidget(self.view)
        self.held.refresh()
        self.refresh_pending()
        self.focus_barcode()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._pending_timer.start()
        if self.dialog is None:  # the shift may have been closed elsewhere (another PC, the CLI)
            self.refresh_shift()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._pending_timer.stop()

    def focus_barcode(self) -> None:
        if self.dialog is not None:
            return  # the open dialog keeps the keyboard (e.g. the QRIS dialog right after Bayar)
        if self.stack.currentWidget() is self.view:
            self.view.barcode.setFocus()
        else:
            self.open_panel.float_edit.setFocus()

    # --- keys --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.stack.currentWidget() is self.view and self.dialog is None:
            if event.key() == Qt.Key.Key_P and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                self.receipt.act()  # print the last receipt again (or try again, or print it at all)
                return
            action = self.actions.get(event.key())
            if action is not None:
                action()
                return
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.model.rowCount():
                row = self.selected_row() + (-1 if event.key() == Qt.Key.Key_Up else 1)
                self.select_row(max(0, min(row, self.model.rowCount() - 1)))
                return
        super().keyPressEvent(event)

    def escape(self) -> None:
        self.view.barcode.clear()
        self.pending_qty = None
        self.view.message.clear()
        self._cart_changed()

    def open_dialog(self, dialog: QDialog) -> QDialog:
        for old in self._finished:  # kept until now so their results could still be read
            old.deleteLater()
        self._finished = []
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_done(d))
        dialog.open()
        return dialog

    def _dialog_done(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self._finished.append(dialog)
        QTimer.singleShot(0, self, self.focus_barcode)  # after Qt has put the focus back itself
        self.focus_barcode()

    # --- scanning ----------------------------------------------------------

    def scan(self) -> None:
        text = self.view.barcode.text().strip()
        self.view.barcode.clear()
        if not text:
            return
        if text.upper().startswith(CARD_PREFIX):
            self.attach_member_code(text)
            return
        match = QTY_PREFIX.match(text)
        if match:
            self.pending_qty, text = match.group(1), match.group(2).strip()
            self._cart_changed()
            if not text:
                return  # the quantity waits for the next scan
        try:
            info = catalogue.find_by_barcode(self.session.ctx.reader(), self.session.actor, text)
        except DomainError as err:
            self.error(err)
            return
        self.add_product(info, text)

    def add_product(self, info: ProductInfo, code: str | None = None) -> bool:
        product = info.product
        code = code or (info.barcodes[0] if info.barcodes else product.sku)
        weigh = product.decimal_qty and self.pending_qty is None
        try:
            qty = parse_qty(self.pending_qty or "1", decimal_allowed=product.decimal_qty)
            row = self.model.add(code, product, qty)
        except DomainError as err:
            self.error(err)
            return False
        self.pending_qty = None
        self.view.message.clear()
        self.select_row(row)
        if weigh:  # weighed goods scanned without a weight: ask for it
            self.change_qty()
        return True

    def error(self, exc: BaseException | str) -> None:
        QApplication.beep()
        self.view.message.show_error(exc)

    # --- cart --------------------------------------------------------------

    def selected_row(self) -> int:
        rows = self.view.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.model.rowCount() - 1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.table.selectRow(row)
            self.view.table.scrollTo(self.model.index(row, 0))

    def _cart_changed(self) -> None:
        self.view.show_cart(self.model.cart, self.pending_qty)

    def current_item(self):
        row = self.selected_row()
        item = self.model.item(row)
        if item is None:
            self.error(self.tr("Keranjang masih kosong."))
        return row, item

    def change_qty(self) -> None:
        row, item = self.current_item()
        if item is None:
            return
        dialog = QtyDialog(self.session, item, self)
        dialog.chosen.connect(lambda qty: self._apply(lambda: self.model.set_qty(row, qty)))
        self.open_dialog(dialog)

    def change_price(self) -> None:
        row, item = self.current_item()
        if item is None:
            return
        dialog = PriceDialog(self.session, self.model.cart, item, self)
        dialog.approved.connect(lambda price, discount, approver: self._apply(
            lambda: self.model.set_price(row, price, discount, approver)))
        self.open_dialog(dialog)

    def _apply(self, change) -> None:
        try:
            change()
        except DomainError as err:
            self.error(err)

    def remove_line(self) -> None:
        row, item = self.current_item()
        if item is not None:
            self.model.remove(row)
            self.select_row(min(row, self.model.rowCount() - 1))

    def search_products(self) -> None:
        dialog = ProductSearchDialog(self.session, self, self.view.barcode.text().strip())
        self.view.barcode.clear()
        dialog.chosen.connect(lambda info: QTimer.singleShot(0, self, lambda: self.add_product(info)))
        self.open_dialog(dialog)

    # --- member ------------------------------------------------------------

    def choose_member(self) -> None:
        dialog = MemberDialog(self.session, self.model.cart.member, self)
        dialog.chosen.connect(self.set_member)
        dialog.removed.connect(lambda: self.set_member(None))
        self.open_dialog(dialog)

    def attach_member_code(self, code: str) -> None:
        try:
            member = members.find(self.session.ctx.reader(), self.session.actor, code)
        except DomainError as err:
            self.error(err)
            return
        if member.status != "aktif":
            self.error(self.tr("{name} bukan anggota aktif.").format(name=member.name))
            return
        self.set_member(member)

    def set_member(self, member: MemberInfo | None) -> None:
        self.model.set_member(member)
        self.view.message.show_ok(self.tr("Anggota {no} {name}: harga anggota berlaku.").format(
            no=member.member_no, name=member.name) if member else self.tr("Anggota dilepas: harga umum berlaku."))

    # --- paying ------------------------------------------------------------

    def pay(self) -> None:
        if self.model.cart.is_empty():
            self.error(self.tr("Keranjang masih kosong: pindai barang dahulu."))
            return
        dialog = PaymentDialog(self.session, self.model.cart, business_date(self.session.ctx), self)
        dialog.submitted.connect(lambda choice, d=dialog: self._record(d, choice))
        self.open_dialog(dialog)

    def _record(self, dialog: PaymentDialog, choice: PaymentChoice) -> None:
        cart = self.model.cart
        request = SaleRequest(cart.uuid, self.till, cart.sale_lines(), choice.payments,
                              cart.member.member_no if cart.member else None, choice.buyer_nik, choice.buyer_type,
                              choice.buyer_name)
        self.session.runner.submit(sales.record_sale, self.session.ctx.uow(), self.session.actor, request,
                                   approver=cart.approver, on_done=lambda result: self._sold(dialog, result),
                                   on_error=dialog.refused)

    def _sold(self, dialog: PaymentDialog | QrisDialog, result: SaleResult) -> None:
        """Committed: show the change big, clear the cart (printing never holds this up).
        A sale waiting for QRIS is not done yet: its QRIS dialog comes first."""
        if result.status == "pending":
            dialog.accept()
            self.open_qris(result.number, result, from_cart=True)
            return
        self.last_sale = result
        dialog.accept()
        self.model.clear()
        self.view.show_sale(result, outlet_zone(self.session.ctx))
        if self.customer_display is not None:
            self.customer_display.show_done(result.total_rp, result.change_rp)
        self.receipt.show_sale(result.number)  # queued off the GUI thread, after the commit

    # --- QRIS ----------------------------------------------------------------

    def open_qris(self, number: str, sale: SaleResult | PendingSale | None = None, *,
                  from_cart: bool) -> QrisDialog:
        """The QR of a sale waiting for QRIS; `from_cart` when it is the cart on screen."""
        dialog = QrisDialog(self.session, number, self, sale=sale)
        dialog.charged.connect(self._qris_charged)
        dialog.confirmed.connect(lambda result, d=dialog: self._sold(d, result))
        dialog.later.connect(lambda n: self._qris_later(n, from_cart))
        dialog.cancelled.connect(lambda result: self._qris_cancelled(result, from_cart))
        dialog.finished.connect(lambda _r: self._qris_closed())
        self.open_dialog(dialog)
        return dialog

    def _qris_charged(self, charge: QrisCharge) -> None:
        if self.customer_display is not None:
            self.customer_display.show_qris(charge)

    def _qris_closed(self) -> None:
        if self.customer_display is not None:
            self.customer_display.end_qris()
        self.refresh_pending()

    def _qris_later(self, number: str, from_cart: bool) -> None:
        if from_cart:
            self.model.clear()
        self.view.message.show_ok(self.tr("Penjualan {number} menunggu pembayaran QRIS. Selesaikan nanti dari "
                                          "daftar QRIS menunggu (F1).").format(number=number))

    def _qris_cancelled(self, result: SaleResult, from_cart: bool) -> None:
        if from_cart:  # the cart is still on screen: it comes back as a new sale
            self.model.cart.uuid = uuid4()  # the cancelled sale keeps the old UUID
            self.view.message.show_ok(self.tr("Penjualan {number} dibatalkan. Keranjang kembali: pilih cara bayar "
                                              "lain (F12).").format(number=result.number))
        else:
            self.view.message.show_ok(self.tr("Penjualan {number} dibatalkan.").format(number=result.number))
        self.refresh_pending()

    def refresh_pending(self) -> None:
        """The count of sales (every till) waiting for QRIS: a badge above the cart and on F1."""
        if self.shift is None:
            return
        try:
            self.pending_qris = sale_pending.list_pending(self.session.ctx.reader(), self.session.actor)
        except DomainError:
            self.pending_qris = []
        self.view.show_qris_pending(len(self.pending_qris))

    def qris_pending_list(self) -> None:
        """F1: the sales waiting for QRIS; Enter opens one's QR again, Alt+B cancels one."""
        dialog = PendingQrisDialog(self.session, self.till, self, cart_busy=not self.model.cart.is_empty())
        dialog.chosen.connect(lambda sale: QTimer.singleShot(
            0, self, lambda: self.open_qris(sale.number, sale, from_cart=False)))
        dialog.cancelled.connect(lambda result: self.view.message.show_ok(
            self.tr("Penjualan {number} dibatalkan.").format(number=result.number)))
        dialog.finished.connect(lambda _r: self.refresh_pending())
        self.open_dialog(dialog)

    # --- receipts ------------------------------------------------------------

    def sales_history(self) -> None:
        """F11: today's sales, each receipt as its copy would print, and Cetak salinan."""
        day = self.shift.business_date if self.shift is not None else business_date(self.session.ctx)
        self.open_dialog(SalesHistoryDialog(self.session, self.till, day, self))
