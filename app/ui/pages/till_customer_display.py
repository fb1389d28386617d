"""The customer-facing window: the lines being rung up, the total, and the change at the
end. A second window the cashier turns on from the till (for a second screen). While the
QRIS dialog is open it shows the same QR, large, with the amount and "Scan untuk
membayar"; then it goes back to the cart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QTableView, QVBoxLayout,
                               QWidget)

from app.domain import fmt
from app.services.qris import QrisCharge
from app.ui.pages.till_cart_model import CartModel
from app.ui.pages.till_qris_dialog import qr_pixmap

CUSTOMER_QR_PX = 400

STYLE = """
#customerDisplay { background: #1f1f1f; }
#customerDisplay QLabel { color: white; }
#customerTitle { font-size: 16pt; font-weight: bold; }
#customerTotal { font-size: 40pt; font-weight: bold; color: #ffe082; }
#customerNote { font-size: 18pt; }
#customerQrisTitle { font-size: 28pt; font-weight: bold; color: #ffe082; }
#customerQrisAmount { font-size: 44pt; font-weight: bold; }
#customerQrisCode { background: white; border-radius: 8px; padding: 12px; }
#customerDisplay QTableView { font-size: 15pt; background: #2a2a2a; color: white;
                              alternate-background-color: #303030; border: none; }
"""


class CustomerDisplay(QWidget):
    def __init__(self, model: CartModel, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.model = model
        self.setObjectName("customerDisplay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Kopdes — Layar pelanggan"))
        self.resize(800, 600)
        self.title = QLabel(title)
        self.title.setObjectName("customerTitle")
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.table.horizontalHeader().setVisible(False)
        for column in (0, 4):  # No, Diskon: the customer needs the goods, quantity, price and amount
            self.table.setColumnHidden(column, True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.total = QLabel()
        self.total.setObjectName("customerTotal")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.note = QLabel()
        self.note.setObjectName("customerNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight)
        cart = QWidget()
        cart_layout = QVBoxLayout(cart)
        cart_layout.setContentsMargins(0, 0, 0, 0)
        cart_layout.addWidget(self.table, 1)
        cart_layout.addWidget(self.total)
        cart_layout.addWidget(self.note)
        self.stack = QStackedWidget()
        self.stack.addWidget(cart)
        self.stack.addWidget(self._qris_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        model.changed.connect(self.refresh)
        model.rowsInserted.connect(lambda *_a: self.table.scrollToBottom())
        self.refresh()

    def _qris_page(self) -> QWidget:
        page = QWidget()
        self.qris_title = QLabel(self.tr("Scan untuk membayar"))
        self.qris_title.setObjectName("customerQrisTitle")
        self.qris_code = QLabel()
        self.qris_code.setObjectName("customerQrisCode")
        self.qris_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qris_amount = QLabel()
        self.qris_amount.setObjectName("customerQrisAmount")
        self.qris_merchant = QLabel()
        self.qris_merchant.setObjectName("customerNote")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for label in (self.qris_title, self.qris_code, self.qris_amount, self.qris_merchant):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def show_qris(self, charge: QrisCharge) -> None:
        """The QRIS dialog is open: the buyer scans this."""
        self.qris_code.setPixmap(qr_pixmap(charge.payload, CUSTOMER_QR_PX))
        self.qris_amount.setText(fmt.rupiah(charge.amount_rp))
        self.qris_merchant.setText(self.tr("{merchant} · NMID {nmid}").format(
            merchant=charge.merchant_name, nmid=charge.nmid))
        self.stack.setCurrentIndex(1)

    def end_qris(self) -> None:
        self.stack.setCurrentIndex(0)
        self.qris_code.clear()
        self.refresh()

    @property
    def showing_qris(self) -> bool:
        return self.stack.currentIndex() == 1

    def refresh(self) -> None:
        cart = self.model.cart
        self.total.setText(self.tr("Total {total}").format(total=fmt.rupiah(cart.total_rp)))
        if cart.member is not None:
            self.note.setText(self.tr("Anggota: {name} — harga anggota").format(name=cart.member.name))
        elif not cart.is_empty():
            self.note.setText("")
        for column in (2, 3, 5):
            self.table.resizeColumnToContents(column)

    def show_done(self, total_rp: int, change_rp: int) -> None:
        """After the sale: what was paid and the change, until the next scan."""
        self.total.setText(self.tr("Total {total}").format(total=fmt.rupiah(total_rp)))
        self.note.setText(self.tr("Kembalian {change} · Terima kasih!").format(change=fmt.rupiah(change_rp)))
