"""What the stock documents share: a product picker that searches as you type (one
small page, never the whole catalogue) and the grid of document lines."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.catalogue import format_qty, parse_qty
from app.domain.errors import DomainError
from app.services import catalogue
from app.services.catalogue import ProductInfo
from app.services.stock import StockLine
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel
from app.ui.table_view import make_table
from app.ui.widgets import MoneyEdit, button

PICK_PAGE = 20
RECEIVE, TAKE, ADJUST = "receive", "take", "adjust"


class ProductPicker(QWidget):
    """Search field over a short lazy list; Enter, double click or 'Tambah' picks."""

    picked = Signal(object)  # ProductInfo

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari barang (nama, SKU)…"))
        self.search.setClearButtonEnabled(True)
        self.add_button = button(self.tr("Tambah ke daftar"))
        self.model = LazyTableModel([
            Column("sku", self.tr("SKU"), lambda i: i.product.sku),
            Column("name", self.tr("Nama"), lambda i: i.product.name),
            Column("stock", self.tr("Stok"), lambda i: f"{format_qty(i.qty_milli)} {i.product.unit.value}", RIGHT),
        ], page_size=PICK_PAGE, parent=self)
        self.table = make_table(self.model, widths={0: 100, 2: 90}, stretch=1)
        self.table.setMinimumHeight(120)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._enter)
        self.table.doubleClicked.connect(lambda _i: self.pick())
        self.add_button.clicked.connect(self.pick)
        self.refresh()

    def refresh(self) -> None:
        self._debounce.stop()
        ctx, actor, text = self.session.ctx, self.session.actor, self.search.text()
        self.model.set_loader(lambda offset, limit: catalogue.search(ctx.reader(), actor, text,
                                                                     limit=limit, offset=offset))
        self.model.load_first_page()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _enter(self) -> None:
        if self._debounce.isActive():
            self.refresh()
        self.pick()

    def pick(self) -> ProductInfo | None:
        rows = self.table.selectionModel().selectedRows()
        info = self.model.row_object(rows[0].row()) if rows else None
        if info is not None:
            self.picked.emit(info)
        return info


class DocLine:
    """One line: the product, what the document needs entered, and what it computes."""

    def __init__(self, info: ProductInfo, mode: str, remove_text: str) -> None:
        self.info = info
        self.mode = mode
        p = info.product
        self.name = QLabel(f"{p.name}  ({p.sku})")
        self.system = QLabel(f"{format_qty(info.qty_milli)} {p.unit.value}")
        self.system.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.qty = QLineEdit()
        self.qty.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.qty.setPlaceholderText("2,5" if p.decimal_qty else "1")
        self.qty.setMaximumWidth(110)
        self.cost = MoneyEdit()
        self.cost.setMaximumWidth(150)
        self.variance = QLabel("")
        self.variance.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.variance_value = QLabel("")
        self.variance_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.remove = QPushButton(remove_text)
        if mode == TAKE:
            self.widgets = (self.name, self.system, self.qty, self.variance, self.variance_value, self.remove)
        elif mode == RECEIVE:
            self.widgets = (self.name, self.system, self.qty, self.cost, self.remove)
        else:
            self.widgets = (self.name, self.system, self.qty, self.variance_value, self.remove)

    def qty_milli(self) -> int | None:
        """The entered quantity; None while empty. A counted quantity may be zero."""
        text = self.qty.text().strip()
        if not text:
            return None
        if self.mode == TAKE and text in ("0", "0,0"):
            return 0
        return parse_qty(text, decimal_allowed=self.info.product.decimal_qty)

    def value_of(self, milli: int) -> int:
        """Stock value of `milli` units at the current average (display only)."""
        info = self.info
        if info.qty_milli > 0:
            return round(info.value_rp * milli / info.qty_milli)
        return round(info.product.cost_rp * milli / 1000)

    def update(self) -> int:
        """Refresh the computed cells; returns the line's value for the total."""
        try:
            milli = self.qty_milli()
        except DomainError:
            milli = None
        if self.mode == RECEIVE:
            return self.cost.amount() or 0
        if milli is None:
            self.variance.setText("")
            self.variance_value.setText("")
            return 0
        if self.mode == TAKE:
            diff = milli - self.info.qty_milli
            value = self.value_of(diff)
            self.variance.setText(("+" if diff > 0 else "") + format_qty(diff))
            self.variance_value.setText(fmt.rupiah(value))
            return value
        value = -self.value_of(milli)
        self.variance_value.setText(fmt.rupiah(value))
        return value


class DocLines(QWidget):
    """The grid of lines of one stock document."""

    changed = Signal()

    def __init__(self, mode: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.lines: list[DocLine] = []
        self._inner = QWidget()
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 1)
        self._grid.setContentsMargins(4, 4, 4, 4)
        for col, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            if col:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(label, 0, col)
        inner_layout = QVBoxLayout(self._inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(self._grid)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._place()

    def add(self, info: ProductInfo) -> DocLine:
        existing = next((l for l in self.lines if l.info.product.sku == info.product.sku), None)
        if existing is not None:
            existing.qty.setFocus()
            return existing
        line = DocLine(info, self.mode, self.tr("Hapus"))
        line.qty.textChanged.connect(lambda _t: self.changed.emit())
        line.cost.textChanged.connect(lambda _t: self.changed.emit())
        line.remove.clicked.connect(lambda: self.remove(line))
        self.lines.append(line)
        self._place()
        line.qty.setFocus()
        self.changed.emit()
        return line

    def remove(self, line: DocLine) -> None:
        self.lines.remove(line)
        for w in line.widgets:
            self._grid.removeWidget(w)
            w.hide()
            w.deleteLater()
        self._place()
        self.changed.emit()

    def clear(self) -> None:
        for line in list(self.lines):
            self.remove(line)

    def _place(self) -> None:
        """Lay the lines out again below the header row (after an add or a removal)."""
        for line in self.lines:
            for w in line.widgets:
                self._grid.removeWidget(w)
        for row, line in enumerate(self.lines, start=1):
            for col, w in enumerate(line.widgets):
                self._grid.addWidget(w, row, col)

    def total(self) -> int:
        return sum(line.update() for line in self.lines)

    def stock_lines(self) -> list[StockLine]:
        """The lines for the service; every unreadable quantity is reported at once."""
        out, problems = [], []
        for line in self.lines:
            name = line.info.product.name
            try:
                milli = line.qty_milli()
            except DomainError as exc:
                problems.append(f"{name}: {exc.message}")
                continue
            if milli is None:
                problems.append(self.tr("{name}: jumlah belum diisi.").format(name=name))
                continue
            cost = 0
            if self.mode == RECEIVE:
                cost = line.cost.amount()
                if cost is None:
                    problems.append(self.tr("{name}: total harga bukan jumlah rupiah.").format(name=name))
                    continue
            out.append(StockLine(line.info.product.sku, milli, cost))
        if not self.lines:
            problems.append(self.tr("Belum ada barang di daftar."))
        if problems:
            raise DomainError("bad_lines", self.tr("Daftar barang belum benar."), details=tuple(problems))
        return out
