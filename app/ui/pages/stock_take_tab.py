"""Stok opname: pick products (one by one or a whole category), enter what was
counted beside the system quantity, see the variance per line and in value; Save posts it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit

from app.domain import fmt
from app.domain.errors import DomainError
from app.services import catalogue, stock
from app.services.stock import StockLine
from app.ui.pages.stock_docs_tabs import DocTab
from app.ui.pages.stock_lines import TAKE
from app.ui.widgets import button

CATEGORY_LIMIT = 500  # a village outlet's category; more is a sign of a wrong pick


class StockTakeTab(DocTab):
    mode = TAKE

    def build_header(self, form: QFormLayout) -> None:
        self.category = QComboBox()
        self.category.addItems(catalogue.categories(self.session.ctx.reader()))
        self.add_category_button = button(self.tr("Tambah satu kategori"))
        self.add_category_button.clicked.connect(self.add_category)
        row = QHBoxLayout()
        row.addWidget(self.category, 1)
        row.addWidget(self.add_category_button)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("mis. opname akhir bulan"))
        form.addRow(self.tr("Kategori"), row)
        form.addRow(self.tr("Catatan"), self.note)

    def headers(self) -> list[str]:
        return [self.tr("Barang"), self.tr("Stok sistem"), self.tr("Hitungan fisik"), self.tr("Selisih"),
                self.tr("Nilai selisih"), ""]

    def save_text(self) -> str:
        return self.tr("Simpan stok opname")

    def total_text(self, total: int) -> str:
        return self.tr("Selisih nilai: {amount}").format(amount=("+" if total > 0 else "") + fmt.rupiah(total))

    def add_category(self) -> int:
        name = self.category.currentText()
        if not name:
            return 0
        try:
            found = catalogue.search(self.session.ctx.reader(), self.session.actor, "", category=name,
                                     limit=CATEGORY_LIMIT)
        except DomainError as exc:
            self.message.show_error(exc)
            return 0
        for info in found:
            self.lines.add(info)
        if self.lines.lines:
            self.lines.lines[0].qty.setFocus()
        return len(found)

    def submit(self, lines: list[StockLine]) -> None:
        self.run(stock.stock_take, lines, self.note.text())

    def clear_header(self) -> None:
        self.note.clear()
