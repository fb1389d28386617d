"""QRIS menunggu (F1): sales of every till still waiting for their QRIS payment, oldest
first. Arrows choose; Enter = Konfirmasi (the page opens the sale's QRIS dialog again,
with its QR); Alt+B = Batalkan (a reason, then Enter; Esc goes back); Esc closes.

Confirming completes the sale on this till's screen (receipt, change), so it needs an
empty cart: hold (F6) or finish the cart being rung up first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain import fmt
from app.services import sale_pending
from app.services.sale_pending import PendingSale
from app.services.sales import SaleResult
from app.ui.outlet import outlet_zone
from app.ui.pages.till_common import TillDialog
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import button, hint, page_title


class PendingQrisDialog(TillDialog):
    chosen = Signal(object)  # PendingSale: confirm it (the page opens its QRIS dialog)
    cancelled = Signal(object)  # SaleResult of a sale cancelled here

    def __init__(self, session: Session, till: str, parent: QWidget | None = None, *,
                 cart_busy: bool = False) -> None:
        super().__init__(session, parent, self.tr("QRIS menunggu (F1)"))
        self.till, self.cart_busy = till, cart_busy
        self.cancelling = False
        self.zone = outlet_zone(session.ctx)
        self.setMinimumSize(940, 480)
        columns = [
            Column("number", self.tr("Nomor"), lambda s: s.number),
            Column("at", self.tr("Waktu"), lambda s: fmt.local_datetime(s.at, self.zone)),
            Column("till", self.tr("Kasir"), lambda s: s.till or ""),
            Column("cashier", self.tr("Petugas"), lambda s: s.cashier),
            Column("total", self.tr("Total"), lambda s: s.total_rp, RIGHT, fmt.rupiah),
            Column("qris", self.tr("QRIS"), lambda s: s.qris_rp, RIGHT, fmt.rupiah),
            Column("member", self.tr("Anggota"), lambda s: s.member_no or ""),
        ]
        self.model = LazyTableModel(columns, None, page_size=200, parent=self)
        self.model.load_failed.connect(self.message.show_error)
        self.table = make_table(self.model, widths={0: 170, 1: 190, 2: 90, 3: 90, 4: 110, 5: 110}, stretch=6)
        self.table.setObjectName("qrisPendingTable")
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.empty_label = hint(self.tr("Tidak ada penjualan yang menunggu pembayaran QRIS."))

        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("mis. pembeli tidak jadi membayar"))
        self.cancel_title = QLabel()
        self.cancel_box = QFrame()
        self.cancel_box.setObjectName("approvalBox")
        box = QVBoxLayout(self.cancel_box)
        box.setContentsMargins(10, 8, 10, 8)
        box.addWidget(self.cancel_title)
        box.addWidget(self.reason)
        self.cancel_box.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Penjualan menunggu pembayaran QRIS")))
        layout.addWidget(hint(self.tr("Semua kasir. ↑/↓ memilih, Enter: konfirmasi (kode QR tampil lagi), "
                                      "Alt+B: batalkan penjualan, Esc: tutup. Shift tidak bisa ditutup selama "
                                      "penjualannya masih menunggu.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.cancel_box)
        layout.addWidget(self.message)
        row, _ok = self.buttons(self.tr("Konfirmasi (Enter)"), self.tr("Tutup (Esc)"))
        self.close_button = row.itemAt(1).widget()
        self.cancel_button = button(self.tr("Batalkan penjualan (Alt+B)"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setMinimumHeight(38)
        self.cancel_button.clicked.connect(self.start_cancel)
        row.insertWidget(0, self.cancel_button)
        layout.addLayout(row)
        QShortcut(QKeySequence("Alt+B"), self, self.start_cancel)
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        try:
            rows = sale_pending.list_pending(ctx.reader(), actor)
        except Exception as exc:  # noqa: BLE001 - shown, the dialog stays usable
            rows = []
            self.message.show_error(exc)
        self.model.set_loader(slice_loader(rows))
        self.model.load_first_page()
        has = self.model.rowCount() > 0
        self.empty_label.setVisible(not has)
        self.ok_button.setEnabled(has)
        self.cancel_button.setEnabled(has)
        if has:
            self.table.selectRow(0)

    def selected(self) -> PendingSale | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select_sale(self, number: str) -> None:
        row = self.model.find_row(lambda s: s.number == number)
        if row >= 0:
            self.table.selectRow(row)

    # --- confirm: the QRIS dialog again -----------------------------------------

    def confirm(self) -> None:
        if self.busy:
            return
        sale = self.selected()
        if sale is None:
            self.message.show_error(self.tr("Pilih penjualan yang menunggu."))
            return
        if self.cancelling:
            number = sale.number
            self.run(sale_pending.cancel_pending, self.session.ctx.uow(), self.session.actor, number,
                     self.reason.text(), on_done=self._cancelled)
            return
        if self.cart_busy:
            self.message.show_error(self.tr("Tahan (F6) atau selesaikan keranjang sekarang sebelum menyelesaikan "
                                            "QRIS yang menunggu."))
            return
        self.accept()
        self.chosen.emit(sale)

    # --- cancel ------------------------------------------------------------------

    def start_cancel(self) -> None:
        sale = self.selected()
        if self.busy or self.cancelling or sale is None:
            return
        self.cancelling = True
        self.cancel_title.setText(self.tr("<b>Batalkan penjualan {number} ({total})?</b> Tulis alasannya, lalu "
                                          "Enter. Esc: kembali.").format(number=sale.number,
                                                                         total=fmt.rupiah(sale.total_rp)))
        self.cancel_box.show()
        self.message.clear()
        self.table.setEnabled(False)  # the sale named above stays the one chosen
        self.ok_button.setText(self.tr("Batalkan penjualan (Enter)"))
        self.close_button.setText(self.tr("Kembali (Esc)"))
        self.cancel_button.setEnabled(False)
        self.reason.setFocus()

    def stop_cancel(self) -> None:
        self.cancelling = False
        self.cancel_box.hide()
        self.reason.clear()
        self.table.setEnabled(True)
        self.ok_button.setText(self.tr("Konfirmasi (Enter)"))
        self.close_button.setText(self.tr("Tutup (Esc)"))
        self.cancel_button.setEnabled(self.model.rowCount() > 0)
        self.table.setFocus()

    def _cancelled(self, result: SaleResult) -> None:
        self.stop_cancel()
        self.reload()
        self.message.show_ok(self.tr("Penjualan {number} dibatalkan.").format(number=result.number))
        self.cancelled.emit(result)

    def reject(self) -> None:
        if self.busy:
            return
        if self.cancelling:
            self.stop_cancel()
            return
        super().reject()
