"""The customer-facing window: the lines being rung up, the total, and the change at the
end. A second window the cashier turns on from the till (for a second screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.domain import fmt
from app.ui.pages.till_cart_model import CartModel

STYLE = """
#customerDisplay { background: #1f1f1f; }
#customerDisplay QLabel { color: white; }
#customerTitle { font-size: 16pt; font-weight: bold; }
#customerTotal { font-size: 40pt; font-weight: bold; color: #ffe082; }
#customerNote { font-size: 18pt; }
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.note)
        model.changed.connect(self.refresh)
        model.rowsInserted.connect(lambda *_a: self.table.scrollToBottom())
        self.refresh()

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
