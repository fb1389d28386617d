"""Stock documents: Penerimaan (goods from a supplier) and Penyesuaian (goods out that
were not sold). Each tab builds one document with a client-made UUID, so a retry
after an error replays rather than duplicates; a new UUID starts after each save."""

from __future__ import annotations

from uuid import UUID, uuid4

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.errors import DomainError
from app.services import catalogue, stock
from app.services.stock import StockDocResult, StockLine
from app.ui.pages.stock_lines import ADJUST, RECEIVE, DocLines, ProductPicker
from app.ui.session import Session
from app.ui.widgets import MessageLabel, button


class DocTab(QWidget):
    """Header fields (from the subclass), a product picker, the lines, a total and Save."""

    saved = Signal(object)  # StockDocResult
    mode = RECEIVE

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.uuid: UUID = uuid4()
        self.last_result: StockDocResult | None = None
        self.form = QFormLayout()
        self.build_header(self.form)
        self.picker = ProductPicker(session)
        self.lines = DocLines(self.mode, self.headers())
        self.total_label = QLabel()
        self.total_label.setObjectName("bigNumber")
        self.message = MessageLabel()
        self.save_button = button(self.save_text(), primary=True)
        self.clear_button = button(self.tr("Kosongkan"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addLayout(self.form)
        left_layout.addWidget(QLabel(self.tr("Pilih barang:")))
        left_layout.addWidget(self.picker, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.lines, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label, 1)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.save_button)
        right_layout.addWidget(self.message)
        right_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(splitter, 1)

        self.picker.picked.connect(self.lines.add)
        self.lines.changed.connect(self.update_total)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.reset)
        self.update_total()

    # --- for subclasses ----------------------------------------------------

    def build_header(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def save_text(self) -> str:
        return self.tr("Simpan")

    def total_text(self, total: int) -> str:
        return self.tr("Total: {amount}").format(amount=fmt.rupiah(total))

    def submit(self, lines: list[StockLine]) -> None:
        raise NotImplementedError

    def clear_header(self) -> None:
        pass

    # --- shared ------------------------------------------------------------

    def update_total(self) -> None:
        self.total_label.setText(self.total_text(self.lines.total()))

    def add_sku(self, sku: str, qty: str = "", cost_rp: int | None = None):
        """Add a product by SKU (tests and scripts); returns the line."""
        line = self.lines.add(catalogue.get_product(self.session.ctx.reader(), self.session.actor, sku))
        if qty:
            line.qty.setText(qty)
        if cost_rp is not None:
            line.cost.set_amount(cost_rp)
        return line

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.message.clear()
        try:
            lines = self.lines.stock_lines()
        except DomainError as exc:
            self.message.show_error(exc)
            return
        self.save_button.setEnabled(False)
        self.submit(lines)

    def run(self, fn, *args) -> None:
        self.session.runner.submit(fn, self.session.ctx.uow(), self.session.actor, self.uuid, *args,
                                   on_done=self._done, on_error=self._failed)

    def _done(self, result: StockDocResult) -> None:
        self.save_button.setEnabled(True)
        self.last_result = result
        self.uuid = uuid4()
        self.lines.clear()
        self.clear_header()
        self.picker.refresh()
        self.message.show_ok(self.tr("Tersimpan: {number}, nilai persediaan {sign}{value}.").format(
            number=result.number, sign="+" if result.value_rp > 0 else "", value=fmt.rupiah(result.value_rp)))
        self.saved.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_error(exc)

    def reset(self) -> None:
        self.lines.clear()
        self.clear_header()
        self.message.clear()
        self.uuid = uuid4()


class ReceiveTab(DocTab):
    mode = RECEIVE

    def build_header(self, form: QFormLayout) -> None:
        self.supplier = QLineEdit()
        self.supplier.setMaxLength(120)
        self.supplier.setPlaceholderText(self.tr("mis. Agen LPG, BUMD Pangan, distributor"))
        self.payment = QComboBox()
        self.payment.addItem(self.tr("Tunai (kas)"), "cash")
        self.payment.addItem(self.tr("Transfer bank"), "bank")
        self.payment.addItem(self.tr("Kredit (utang usaha)"), "credit")
        form.addRow(self.tr("Pemasok"), self.supplier)
        form.addRow(self.tr("Pembayaran"), self.payment)

    def headers(self) -> list[str]:
        return [self.tr("Barang"), self.tr("Stok kini"), self.tr("Jumlah masuk"), self.tr("Total harga"), ""]

    def save_text(self) -> str:
        return self.tr("Simpan penerimaan")

    def total_text(self, total: int) -> str:
        return self.tr("Total penerimaan: {amount}").format(amount=fmt.rupiah(total))

    def submit(self, lines: list[StockLine]) -> None:
        self.run(stock.receive_stock, self.supplier.text(), self.payment.currentData(), lines)

    def clear_header(self) -> None:
        self.supplier.clear()


class AdjustTab(DocTab):
    mode = ADJUST

    def build_header(self, form: QFormLayout) -> None:
        self.reason = QComboBox()
        for key, label in (("rusak", self.tr("Rusak")), ("kedaluwarsa", self.tr("Kedaluwarsa")),
                           ("pemakaian_sendiri", self.tr("Pemakaian sendiri")), ("hilang", self.tr("Hilang"))):
            if key in stock.ADJUST_REASONS:
                self.reason.addItem(label, key)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("mis. kemasan bocor saat bongkar muat"))
        form.addRow(self.tr("Alasan"), self.reason)
        form.addRow(self.tr("Catatan"), self.note)

    def headers(self) -> list[str]:
        return [self.tr("Barang"), self.tr("Stok kini"), self.tr("Jumlah keluar"), self.tr("Nilai"), ""]

    def save_text(self) -> str:
        return self.tr("Simpan penyesuaian")

    def total_text(self, total: int) -> str:
        return self.tr("Nilai keluar (perkiraan): {amount}").format(amount=fmt.rupiah(total))

    def submit(self, lines: list[StockLine]) -> None:
        self.run(stock.adjust_stock, self.reason.currentData(), lines, self.note.text())

    def clear_header(self) -> None:
        self.note.clear()
