"""Katalog: search as you type (one page at a time), filter by category or low stock,
create and edit products, import/export CSV or XLSX, open a product's stock card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.catalogue import format_qty
from app.domain.errors import DomainError
from app.services import catalogue, product_io
from app.services.catalogue import ProductInfo
from app.ui.pages.stock_card_dialog import ReportDialog, StockCardDialog
from app.ui.pages.stock_product_dialog import ProductDialog
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, hint

PAGE_SIZE = 100
LOW_BACKGROUND = QColor("#fde2df")
LOW_TEXT = QColor("#8c1d18")


def stock_text(info: ProductInfo) -> str:
    return f"{format_qty(info.qty_milli)} {info.product.unit.value}"


def _optional_rp(value: int | None) -> str:
    return "" if value is None else fmt.rupiah(value)


class ProductTableModel(LazyTableModel):
    """The lazy model, with products at or below their minimum stock in red."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and index.isValid():
            info = self.row_object(index.row())
            if info is not None and info.low:
                return QBrush(LOW_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else LOW_TEXT)
            return None
        return super().data(index, role)


class CatalogueTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        may_edit = session.actor.can(Permission.CATALOGUE_EDIT)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, SKU atau kategori…"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.setMinimumContentsLength(14)
        self.low_only = QCheckBox(self.tr("Stok menipis saja"))
        self.inactive = QCheckBox(self.tr("Termasuk nonaktif"))
        self.new_button = button(self.tr("Barang baru"), primary=True)
        self.edit_button = button(self.tr("Ubah"))
        self.import_button = button(self.tr("Impor…"))
        self.export_button = button(self.tr("Ekspor…"))
        self.card_button = button(self.tr("Kartu stok"))
        for b in (self.new_button, self.edit_button, self.import_button, self.export_button):
            b.setVisible(may_edit)
        self.edit_button.setEnabled(False)
        self.card_button.setEnabled(False)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.low_only)
        filters.addWidget(self.inactive)
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.card_button)
        actions.addStretch(1)
        for b in (self.import_button, self.export_button, self.edit_button, self.new_button):
            actions.addWidget(b)

        self.model = ProductTableModel(self._columns(), page_size=PAGE_SIZE, parent=self)
        self.table = make_table(self.model, widths={0: 110, 1: 300, 2: 105, 3: 80, 4: 100, 5: 135, 6: 90, 7: 110},
                                stretch=1)
        self.message = MessageLabel()
        self.model.load_failed.connect(self.message.show_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(hint(self.tr("Baris merah: stok sama dengan atau di bawah stok minimum.")))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.refresh)
        self.category.currentIndexChanged.connect(lambda _i: self.refresh())
        self.low_only.toggled.connect(lambda _c: self.refresh())
        self.inactive.toggled.connect(lambda _c: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.open_edit_dialog() if may_edit else self.open_card())
        self.new_button.clicked.connect(self.open_new_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.card_button.clicked.connect(self.open_card)
        self.import_button.clicked.connect(self._pick_import)
        self.export_button.clicked.connect(self._pick_export)
        self.dialog: ProductDialog | StockCardDialog | ReportDialog | None = None
        self.load_categories()
        self.refresh()

    def _columns(self) -> list[Column]:
        return [
            Column("sku", self.tr("SKU"), lambda i: i.product.sku),
            Column("name", self.tr("Nama"), lambda i: i.product.name),
            Column("category", self.tr("Kategori"), lambda i: i.product.category),
            Column("unit", self.tr("Satuan"), lambda i: i.product.unit.value),
            Column("price", self.tr("Harga"), lambda i: i.product.price_rp, RIGHT, fmt.rupiah),
            Column("member_price", self.tr("Harga anggota"), lambda i: i.product.member_price_rp, RIGHT, _optional_rp),
            Column("het", self.tr("HET"), lambda i: i.product.het_rp, RIGHT, _optional_rp),
            Column("stock", self.tr("Stok"), stock_text, RIGHT),
            Column("value", self.tr("Nilai"), lambda i: i.value_rp, RIGHT, fmt.rupiah),
        ]

    # --- loading -----------------------------------------------------------

    def load_categories(self) -> None:
        current = self.category.currentData() or ""
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Semua kategori"), "")
        for name in catalogue.categories(self.session.ctx.reader()):
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)

    def refresh(self, select_sku: str | None = None) -> None:
        self._debounce.stop()
        ctx, actor = self.session.ctx, self.session.actor
        filters = {"category": self.category.currentData() or "", "low_only": self.low_only.isChecked(),
                   "active_only": not self.inactive.isChecked()}
        text = self.search.text()
        self.message.clear()
        self.model.set_loader(lambda offset, limit: catalogue.search(
            ctx.reader(), actor, text, limit=limit, offset=offset, **filters))
        self.model.load_first_page()
        self._selection_changed()
        if select_sku:
            self.select(select_sku)

    def select(self, sku: str) -> bool:
        row = self.model.find_row(lambda i: i.product.sku == sku)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.find_row(lambda i: i.product.sku == sku)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def selected(self) -> ProductInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.card_button.setEnabled(chosen)

    # --- products ----------------------------------------------------------

    def open_new_dialog(self) -> ProductDialog:
        return self._open_product(None)

    def open_edit_dialog(self) -> ProductDialog | None:
        info = self.selected()
        return self._open_product(info) if info is not None else None

    def _open_product(self, info: ProductInfo | None) -> ProductDialog:
        dialog = ProductDialog(self.session, info, self)
        dialog.saved.connect(self._product_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _product_saved(self, info: ProductInfo) -> None:
        self.load_categories()
        self.refresh(select_sku=info.product.sku)
        self.message.show_ok(self.tr("Barang {sku} tersimpan.").format(sku=info.product.sku))

    def open_card(self) -> StockCardDialog | None:
        info = self.selected()
        if info is None:
            return None
        self.dialog = StockCardDialog(self.session, info.product.sku, self)
        self.dialog.open()
        return self.dialog

    # --- files -------------------------------------------------------------

    def _pick_import(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Impor barang"), str(Path.home()),
                                               self.tr("Lembar kerja (*.csv *.xlsx)"))
        if path:
            self.import_file(Path(path))

    def _pick_export(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Ekspor barang"), str(Path.home() / "barang.xlsx"),
                                               self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def import_file(self, path: Path) -> None:
        self.message.clear()
        self.import_button.setEnabled(False)
        self.session.runner.submit(product_io.import_products, self.session.ctx.uow(), self.session.actor, path,
                                   on_done=self._imported, on_error=self._import_failed)

    def _imported(self, result: product_io.ImportResult) -> None:
        self.import_button.setEnabled(True)
        self.load_categories()
        self.refresh()
        self.message.show_ok(self.tr("{file}: {rows} baris; {created} barang baru, {updated} diubah, "
                                     "{unchanged} tetap.").format(
            file=result.file, rows=result.rows, created=len(result.created), updated=len(result.updated),
            unchanged=result.unchanged))

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, DomainError) and exc.details:
            self.message.show_error(exc.message)
            self.dialog = ReportDialog(self.tr("Impor ditolak"), exc.message, exc.details, self)
            self.dialog.open()
        else:
            self.message.show_error(exc)

    def export_to(self, path: Path) -> None:
        self.message.clear()
        self.export_button.setEnabled(False)
        self.session.runner.submit(product_io.export_products, self.session.ctx.reader(), self.session.actor, path,
                                   on_done=self._exported, on_error=self._export_failed)

    def _exported(self, result: product_io.ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.message.show_ok(self.tr("{count} barang diekspor ke {path}.").format(
            count=fmt.number(result.products), path=str(result.path)))

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.message.show_error(exc)
