"""Look-ups from the till: products by name (F3), the member (F4) and held carts (F7).
Each searches as the cashier types, one page at a time; arrows move, Enter picks."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.catalogue import format_qty
from app.domain.errors import DomainError
from app.services import catalogue, members
from app.services.carts import HeldCart
from app.services.members import MemberInfo
from app.ui.outlet import outlet_zone
from app.ui.pages.till_common import TillDialog
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import button, hint

SEARCH_PAGE = 30
DEBOUNCE_MS = 200


class _PickDialog(TillDialog):
    """A search field over a lazily filled table. Up/Down in the field move the selection."""

    def __init__(self, session: Session, parent: QWidget | None, title: str, columns: list[Column],
                 widths: dict[int, int]) -> None:
        super().__init__(session, parent, title)
        self.resize(860, 520)
        self.search = QLineEdit()
        self.search.setObjectName("barcodeField")
        self.search.setClearButtonEnabled(True)
        self.model = LazyTableModel(columns, page_size=SEARCH_PAGE, parent=self)
        self.model.load_failed.connect(self.message.show_error)
        self.table: QTableView = make_table(self.model, widths=widths, stretch=0)
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _i: self.confirm())
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(event.key())
        if step is not None and self.model.rowCount():
            rows = self.table.selectionModel().selectedRows()
            row = (rows[0].row() + step) if rows else 0
            if row >= self.model.rowCount() - 1 and self.model.canFetchMore():
                self.model.fetchMore()
            row = max(0, min(row, self.model.rowCount() - 1))
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        self._debounce.stop()
        self.message.clear()
        self.model.set_loader(self.loader(self.search.text().strip()))
        self.model.load_first_page()
        if self.model.rowCount():
            self.table.selectRow(0)

    def loader(self, text: str):  # overridden
        raise NotImplementedError

    def selected(self):
        if self._debounce.isActive():  # typed, then Enter before the pause: search now
            self.refresh()
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else self.model.row_object(0)


class ProductSearchDialog(_PickDialog):
    chosen = Signal(object)  # ProductInfo

    def __init__(self, session: Session, parent: QWidget | None = None, text: str = "") -> None:
        columns = [
            Column("name", self.tr("Nama barang"), lambda p: p.product.name),
            Column("sku", self.tr("SKU"), lambda p: p.product.sku),
            Column("unit", self.tr("Satuan"), lambda p: p.product.unit.value),
            Column("price", self.tr("Harga"), lambda p: p.product.price_rp, RIGHT, fmt.rupiah),
            Column("member", self.tr("Harga anggota"), lambda p: p.product.member_price_rp, RIGHT,
                   lambda v: fmt.rupiah(v) if v is not None else ""),
            Column("stock", self.tr("Stok"), lambda p: p.qty_milli, RIGHT, format_qty),
        ]
        super().__init__(session, parent, self.tr("Cari barang (F3)"), columns,
                         {0: 330, 1: 110, 2: 80, 3: 100, 4: 120})
        self.search.setPlaceholderText(self.tr("Ketik nama, SKU atau kategori…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint(self.tr("↑/↓ memilih · Enter menambahkan ke keranjang · Esc kembali")))
        layout.addWidget(self.message)
        row, _ok = self.buttons(self.tr("Tambahkan (Enter)"))
        layout.addLayout(row)
        self.search.setText(text)
        self.refresh()

    def loader(self, text: str):
        ctx, actor = self.session.ctx, self.session.actor
        return lambda offset, limit: catalogue.search(ctx.reader(), actor, text, limit=limit, offset=offset)

    def confirm(self) -> None:
        info = self.selected()
        if info is None:
            self.message.show_error(self.tr("Tidak ada barang yang cocok."))
            return
        self.chosen.emit(info)
        self.accept()


class MemberDialog(_PickDialog):
    chosen = Signal(object)  # MemberInfo
    removed = Signal()

    def __init__(self, session: Session, current: MemberInfo | None, parent: QWidget | None = None) -> None:
        columns = [
            Column("no", self.tr("No. anggota"), lambda m: m.member_no),
            Column("name", self.tr("Nama"), lambda m: m.name),
            Column("status", self.tr("Status"), lambda m: m.status),
            Column("limit", self.tr("Batas kasbon"), lambda m: m.credit_limit_rp, RIGHT, fmt.rupiah),
            Column("available", self.tr("Kasbon tersedia"), lambda m: m.credit_available_rp, RIGHT, fmt.rupiah),
        ]
        super().__init__(session, parent, self.tr("Anggota (F4)"), columns, {0: 110, 1: 260, 2: 80, 3: 130})
        self.resize(780, 460)
        self.search.setPlaceholderText(self.tr("Nomor anggota, nama, atau pindai kartu anggota…"))
        layout = QVBoxLayout(self)
        if current is not None:
            now = QLabel(self.tr("Sekarang: <b>{no}</b> {name}").format(no=current.member_no, name=current.name))
            remove = button(self.tr("Lepas anggota"))
            remove.setAutoDefault(False)
            remove.clicked.connect(self._remove)
            layout.addWidget(now)
            layout.addWidget(remove)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint(self.tr("Harga anggota berlaku untuk seluruh keranjang. Enter memilih.")))
        layout.addWidget(self.message)
        row, _ok = self.buttons(self.tr("Pilih anggota (Enter)"))
        layout.addLayout(row)
        self.refresh()

    def loader(self, text: str):
        ctx, actor = self.session.ctx, self.session.actor
        return lambda offset, limit: members.search(ctx.reader(), actor, text, limit=SEARCH_PAGE) if offset == 0 \
            else []

    def confirm(self) -> None:
        text = self.search.text().strip()
        member = None
        if text:  # a member number or the card's QR ("KOPDES:A00001") first
            try:
                member = members.find(self.session.ctx.reader(), self.session.actor, text)
            except DomainError:
                member = None
        if member is None:
            member = self.selected()
        if member is None:
            self.message.show_error(self.tr("Anggota “{text}” tidak ditemukan.").format(text=text))
            return
        if member.status != "aktif":
            self.message.show_error(self.tr("{name} bukan anggota aktif.").format(name=member.name))
            return
        self.chosen.emit(member)
        self.accept()

    def _remove(self) -> None:
        self.removed.emit()
        self.accept()


class RecallDialog(_PickDialog):
    chosen = Signal(object)  # HeldCart

    def __init__(self, session: Session, held: list[HeldCart], parent: QWidget | None = None) -> None:
        zone = outlet_zone(session.ctx)
        columns = [
            Column("label", self.tr("Keranjang"), lambda c: c.label),
            Column("at", self.tr("Ditahan"), lambda c: fmt.local_datetime(c.held_at, zone)),
            Column("lines", self.tr("Baris"), lambda c: len(c.payload.get("lines", [])), RIGHT),
        ]
        self._held = held
        super().__init__(session, parent, self.tr("Panggil keranjang (F7)"), columns, {0: 380, 1: 190})
        self.resize(720, 400)
        self.search.setPlaceholderText(self.tr("Saring…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        row, _ok = self.buttons(self.tr("Panggil (Enter)"))
        layout.addLayout(row)
        self.refresh()

    def loader(self, text: str):
        text = text.casefold()
        return slice_loader([c for c in self._held if text in c.label.casefold()])

    def confirm(self) -> None:
        cart = self.selected()
        if cart is None:
            self.message.show_error(self.tr("Tidak ada keranjang yang ditahan."))
            return
        self.chosen.emit(cart)
        self.accept()
