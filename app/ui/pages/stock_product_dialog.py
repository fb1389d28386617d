"""Barang baru / Ubah barang: every field of a product. The service checks it; its
problems (one per field) are shown under the form."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout,
                               QWidget)

from app.domain import fmt
from app.domain.catalogue import NegativeStock, Unit, format_qty, parse_qty
from app.domain.errors import DomainError
from app.services import catalogue
from app.services.catalogue import ProductDraft, ProductInfo
from app.ui.session import Session
from app.ui.widgets import MessageLabel, MoneyEdit, button, hint


def parse_min_stock(text: str) -> int:
    """'' or '0' -> 0, '2,5' -> 2500 (stock minimum may be zero, unlike a sale quantity)."""
    text = text.strip()
    if text in ("", "0"):
        return 0
    return parse_qty(text, decimal_allowed=True)


class ProductDialog(QDialog):
    saved = Signal(object)  # ProductInfo

    def __init__(self, session: Session, info: ProductInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.original = info
        self.setWindowTitle(self.tr("Ubah barang") if info else self.tr("Barang baru"))
        self.setMinimumWidth(560)
        self.sku = QLineEdit()
        self.sku.setMaxLength(32)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(catalogue.categories(session.ctx.reader()))
        self.category.setCurrentText("")
        self.unit = QComboBox()
        for unit in Unit:
            self.unit.addItem(unit.value, unit.value)
        self.decimal = QComboBox()
        self.decimal.addItem(self.tr("Menurut satuan (kg, liter: ya)"), None)
        self.decimal.addItem(self.tr("Ya, boleh desimal (2,5)"), True)
        self.decimal.addItem(self.tr("Tidak, satuan utuh"), False)
        self.barcodes = QLineEdit()
        self.barcodes.setPlaceholderText(self.tr("Pisahkan dengan koma, mis. 8993100000012, IN-BRS"))
        self.price = MoneyEdit()
        self.member_price = MoneyEdit()
        self.member_price.setPlaceholderText(self.tr("kosong: sama dengan harga"))
        self.het = MoneyEdit()
        self.het.setPlaceholderText(self.tr("kosong: tanpa HET"))
        self.deposit = MoneyEdit()
        self.min_stock = QLineEdit()
        self.min_stock.setPlaceholderText("0")
        self.subsidized = QCheckBox(self.tr("Bersubsidi (LPG 3 kg): wajib NIK pembeli dan HET"))
        self.negative = QComboBox()
        self.negative.addItem(self.tr("Bawaan (ditolak untuk barang subsidi, diperingatkan untuk lainnya)"), None)
        self.negative.addItem(self.tr("Ditolak"), NegativeStock.REFUSE.value)
        self.negative.addItem(self.tr("Boleh, dengan peringatan"), NegativeStock.WARN.value)
        self.active = QCheckBox(self.tr("Aktif (dijual)"))
        self.active.setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("SKU"), self.sku)
        form.addRow(self.tr("Nama"), self.name)
        form.addRow(self.tr("Kategori"), self.category)
        units = QHBoxLayout()
        units.addWidget(self.unit)
        units.addWidget(self.decimal, 1)
        form.addRow(self.tr("Satuan"), units)
        form.addRow(self.tr("Barcode"), self.barcodes)
        form.addRow(self.tr("Harga jual"), self.price)
        form.addRow(self.tr("Harga anggota"), self.member_price)
        form.addRow(self.tr("HET"), self.het)
        form.addRow(self.tr("Deposit tabung"), self.deposit)
        form.addRow(self.tr("Stok minimum"), self.min_stock)
        form.addRow(self.tr("Stok minus"), self.negative)
        form.addRow("", self.subsidized)
        form.addRow("", self.active)
        self.message = MessageLabel()
        self.save_button = button(self.tr("Simpan"), primary=True)
        self.cancel_button = button(self.tr("Batal"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if info is not None:
            layout.addWidget(hint(self.tr("SKU tidak bisa diubah. Perubahan harga dicatat di log audit.")))
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        if info is not None:
            self._fill(info)

    def _fill(self, info: ProductInfo) -> None:
        p = info.product
        self.sku.setText(p.sku)
        self.sku.setReadOnly(True)
        self.name.setText(p.name)
        self.category.setCurrentText(p.category)
        self.unit.setCurrentIndex(max(0, self.unit.findData(p.unit.value)))
        self.decimal.setCurrentIndex(max(0, self.decimal.findData(p.decimal_qty)))
        self.barcodes.setText(", ".join(info.barcodes))
        self.price.set_amount(p.price_rp)
        # Optional amounts: empty means none, so a zero is written out.
        self.member_price.setText("" if p.member_price_rp is None else fmt.number(p.member_price_rp))
        self.het.setText("" if p.het_rp is None else fmt.number(p.het_rp))
        self.deposit.set_amount(p.deposit_rp)
        self.min_stock.setText(format_qty(p.min_stock_milli))
        self.negative.setCurrentIndex(max(0, self.negative.findData(p.negative_stock.value)))
        self.subsidized.setChecked(p.subsidized)
        self.active.setChecked(p.active)

    def draft(self) -> ProductDraft:
        """The form as a draft; unreadable amounts raise a DomainError listing them."""
        problems = []

        def amount(edit: MoneyEdit, label: str, optional: bool) -> int | None:
            if optional and not edit.text().strip():
                return None
            value = edit.amount()
            if value is None:
                problems.append(self.tr("{label}: bukan jumlah rupiah.").format(label=label))
                return 0
            return value
        price = amount(self.price, self.tr("Harga jual"), False)
        member = amount(self.member_price, self.tr("Harga anggota"), True)
        het = amount(self.het, self.tr("HET"), True)
        deposit = amount(self.deposit, self.tr("Deposit tabung"), False)
        try:
            min_stock = parse_min_stock(self.min_stock.text())
        except DomainError as exc:
            problems.append(self.tr("Stok minimum: {error}").format(error=exc.message))
            min_stock = 0
        if problems:
            raise DomainError("product_invalid", self.tr("Data barang belum benar."), details=tuple(problems))
        codes = tuple(c.strip() for c in self.barcodes.text().replace(";", ",").split(",") if c.strip())
        return ProductDraft(
            sku=self.sku.text().strip(), name=self.name.text().strip(), unit=self.unit.currentData(),
            price_rp=price or 0, category=self.category.currentText().strip(), member_price_rp=member, het_rp=het,
            subsidized=self.subsidized.isChecked(), deposit_rp=deposit or 0, decimal_qty=self.decimal.currentData(),
            min_stock_milli=min_stock, negative_stock=self.negative.currentData(), active=self.active.isChecked(),
            barcodes=codes)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.message.clear()
        try:
            draft = self.draft()
        except DomainError as exc:
            self.message.show_error(exc)
            return
        self.save_button.setEnabled(False)
        ctx, actor = self.session.ctx, self.session.actor
        if self.original is None:
            self.session.runner.submit(catalogue.create_product, ctx.uow(), actor, draft,
                                       on_done=self._saved, on_error=self._failed)
        else:
            self.session.runner.submit(catalogue.update_product, ctx.uow(), actor, self.original.product.sku, draft,
                                       on_done=self._saved, on_error=self._failed)

    def _saved(self, info: ProductInfo) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_error(exc)
