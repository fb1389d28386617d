"""The till's screen while a shift is open: the shift header, the barcode field, the
cart, the big total, the member, the last sale's change and its receipt's print state,
and a footer of function keys. Right after a sale, until the next scan, the cart's place
shows the receipt (a panel the page hands in). Only layout here; the page (till_page)
decides what the keys and buttons do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.clock import OutletZone
from app.services.sales import SaleResult
from app.ui.pages.till_cart_model import Cart, CartModel
from app.ui.pages.till_common import big_label, key_button, side_button
from app.ui.widgets import MessageLabel, card, hint


SIDE_WIDTH = 320


class TillView(QWidget):
    def __init__(self, model: CartModel, receipt: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.receipt = receipt
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        body = QHBoxLayout()
        body.setContentsMargins(14, 10, 14, 6)
        body.setSpacing(12)
        body.addLayout(self._cart_column(), 1)
        body.addLayout(self._side_column())
        outer.addLayout(body, 1)
        outer.addWidget(self._footer())

    # --- header ------------------------------------------------------------

    def _header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("tillHeader")
        layout = QHBoxLayout(header)
        layout.setContentsMargins(16, 6, 16, 6)
        self.shift_title = QLabel()
        self.shift_title.setObjectName("tillHeaderTitle")
        self.shift_info = QLabel()
        layout.addWidget(self.shift_title)
        layout.addSpacing(16)
        layout.addWidget(self.shift_info, 1)
        return header

    # --- left: barcode and cart ----------------------------------------------

    def _cart_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        scan = QHBoxLayout()
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingQty")
        self.barcode = QLineEdit()
        self.barcode.setObjectName("barcodeField")
        self.barcode.setMaxLength(64)
        self.barcode.setPlaceholderText(self.tr("Pindai barcode atau ketik kode, Enter · 3* lalu pindai = 3 barang"))
        scan.addWidget(self.pending_label)
        scan.addWidget(self.barcode, 1)
        column.addLayout(scan)
        self.message = MessageLabel()
        self.message.setObjectName("tillMessage")
        self.qris_pending = QLabel()  # "QRIS menunggu: 2 (F1)", only while some are waiting
        self.qris_pending.setObjectName("qrisPendingBadge")
        self.qris_pending.hide()
        notes = QHBoxLayout()
        notes.addWidget(self.message, 1)
        notes.addWidget(self.qris_pending, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(notes)
        self.table = QTableView()
        self.table.setObjectName("cartTable")
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the barcode field keeps the focus
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(38)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in {0: 40, 2: 104, 3: 104, 4: 84, 5: 120}.items():
            self.table.setColumnWidth(col, width)
        self.cart_stack = QStackedWidget()
        self.cart_stack.addWidget(self.table)
        if self.receipt is not None:
            self.cart_stack.addWidget(self.receipt)
        column.addWidget(self.cart_stack, 1)
        return column

    # --- right: total, member, last sale, other actions ----------------------

    def _side_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(10)
        total = QFrame()
        total.setObjectName("tillTotalCard")
        total.setFixedWidth(SIDE_WIDTH)
        t = QVBoxLayout(total)
        t.setContentsMargins(16, 10, 16, 12)
        caption = QLabel(self.tr("TOTAL"))
        caption.setObjectName("tillTotalCaption")
        self.total_label = QLabel()
        self.total_label.setObjectName("tillTotal")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label = QLabel()
        self.count_label.setObjectName("tillTotalCaption")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        t.addWidget(caption)
        t.addWidget(self.total_label)
        t.addWidget(self.count_label)
        column.addWidget(total)

        member, m = card(self.tr("Anggota (F4)"))
        member.setFixedWidth(SIDE_WIDTH)
        self.member_label = QLabel()
        self.member_label.setWordWrap(True)
        m.addWidget(self.member_label)
        column.addWidget(member)

        last, s = card(self.tr("Transaksi terakhir"))
        last.setFixedWidth(SIDE_WIDTH)
        self.change_label = big_label("", "tillChange")
        self.change_label.setWordWrap(True)  # "Kembalian" above a long amount
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("errorText")
        self.warning_label.setWordWrap(True)
        self.print_label = QLabel()  # the receipt's print state, while the next cart fills
        self.print_label.setObjectName("hint")
        self.print_label.setWordWrap(True)
        self.print_label.hide()
        s.addWidget(self.change_label)
        s.addWidget(self.last_label)
        s.addWidget(self.print_label)
        s.addWidget(self.warning_label)
        column.addWidget(last)

        grid = QGridLayout()
        grid.setSpacing(6)
        # Alt + the underlined letter works as well as a click.
        self.cash_button = side_button(self.tr("&Kas masuk/keluar"))
        self.return_button = side_button(self.tr("&Retur / batal"))
        self.close_button = side_button(self.tr("&Tutup shift"))
        self.display_button = side_button(self.tr("&Layar pelanggan"))
        self.display_button.setCheckable(True)
        for n, b in enumerate((self.cash_button, self.return_button, self.display_button, self.close_button)):
            grid.addWidget(b, n // 2, n % 2)
        column.addLayout(grid)
        column.addStretch(1)
        return column

    # --- footer: the function keys -------------------------------------------

    def _footer(self) -> QFrame:
        footer = QFrame()
        footer.setObjectName("card")
        layout = QHBoxLayout(footer)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        self.keys: dict[str, QPushButton] = {}
        for name, key, text in (("qris", "F1", self.tr("QRIS menunggu")), ("qty", "F2", self.tr("Jumlah")),
                                ("search", "F3", self.tr("Cari barang")), ("member", "F4", self.tr("Anggota")),
                                ("price", "F5", self.tr("Harga/diskon")), ("hold", "F6", self.tr("Tahan")),
                                ("recall", "F7", self.tr("Panggil")), ("report", "F8", self.tr("Laporan X")),
                                ("remove", "F9", self.tr("Hapus baris")), ("history", "F11", self.tr("Riwayat")),
                                ("pay", "F12", self.tr("BAYAR"))):
            b = key_button(key, text)
            if name == "pay":
                b.setProperty("primary", True)
            self.keys[name] = b
            layout.addWidget(b, 2 if name == "pay" else 1)
        layout.addWidget(hint(self.tr("Esc: kosongkan kolom\n↑/↓: pilih baris") + "\n" +
                              self.tr("Ctrl+P: cetak ulang struk")))
        return footer

    # --- filling in ------------------------------------------------------------

    def show_cart(self, cart: Cart, pending_qty: str | None) -> None:
        if not cart.is_empty() or pending_qty:
            self.cart_stack.setCurrentWidget(self.table)  # the next sale has begun
        self.total_label.setText(fmt.rupiah(cart.total_rp))
        self.count_label.setText(self.tr("{n} baris").format(n=len(cart.items)))
        self.pending_label.setText(self.tr("{qty} ×").format(qty=pending_qty) if pending_qty else "")
        member = cart.member
        if member is None:
            self.member_label.setText(self.tr("Bukan anggota. F4 atau pindai kartu anggota untuk harga anggota."))
            return
        kasbon = (self.tr("kasbon tersedia {rp}").format(rp=fmt.rupiah(member.credit_available_rp))
                  if member.credit_limit_rp else self.tr("tanpa kasbon"))
        self.member_label.setText(f"<b>{member.member_no}</b> {member.name}<br>{kasbon}")

    def show_sale(self, result: SaleResult, zone: OutletZone) -> None:
        """The sale just committed: the change big, then what was paid (NIK masked) and warnings."""
        self.change_label.setText(self.tr("Kembalian {change}").format(change=fmt.rupiah(result.change_rp)))
        paid = ", ".join(f"{p.label} {fmt.rupiah(p.tendered_rp)}" for p in result.payments)
        nik = self.tr("<br>NIK {nik}").format(nik=result.buyer_nik_masked) if result.buyer_nik_masked else ""
        member = f"<br>{result.member_no} {result.member_name}" if result.member_no else ""
        self.last_label.setText(self.tr("<b>{number}</b> · {at}<br>Total {total} · {paid}").format(
            number=result.number, at=fmt.local_datetime(result.at, zone), total=fmt.rupiah(result.total_rp),
            paid=paid) + member + nik)
        self.warning_label.setText("\n".join(result.warnings))
        self.message.show_ok(self.tr("Penjualan {number} tersimpan.").format(number=result.number))
        if self.receipt is not None:
            self.cart_stack.setCurrentWidget(self.receipt)

    def show_qris_pending(self, count: int) -> None:
        """How many sales (of every till) still wait for their QRIS payment: F1 lists them."""
        self.qris_pending.setText(self.tr("QRIS menunggu: {n} (F1)").format(n=count))
        self.qris_pending.setVisible(count > 0)
        text = self.tr("QRIS menunggu") + (f" ({count})" if count else "")
        key = self.keys["qris"]
        key.setText(f"F1\n{text}")
        key.setToolTip(f"F1: {text}")
        if bool(key.property("warn")) != (count > 0):
            key.setProperty("warn", count > 0)
            key.style().unpolish(key)
            key.style().polish(key)

    def show_print_state(self, text: str, style: str) -> None:
        """The last receipt's print state, under the last sale (e.g. "Struk: Tercetak")."""
        if self.print_label.objectName() != style:
            self.print_label.setObjectName(style)
            self.print_label.style().unpolish(self.print_label)
            self.print_label.style().polish(self.print_label)
        self.print_label.setText(text)
        self.print_label.setVisible(bool(text))
