"""The stock card of one product (every movement with the quantity after it), and a
scrollable report dialog (an import refused with one line per bad row)."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.catalogue import format_qty
from app.services import stock
from app.services.stock import CardEntry
from app.ui.outlet import outlet_zone
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, hint


def kind_label(kind: str) -> str:
    labels = {
        "receive": QCoreApplication.translate("Stock", "Penerimaan"),
        "take": QCoreApplication.translate("Stock", "Stok opname"),
        "adjust": QCoreApplication.translate("Stock", "Penyesuaian"),
        "sale": QCoreApplication.translate("Stock", "Penjualan"),
        "return": QCoreApplication.translate("Stock", "Retur"),
        "void": QCoreApplication.translate("Stock", "Batal jual"),
    }
    return labels.get(kind, kind)


def _signed(milli: int) -> str:
    return ("+" if milli > 0 else "") + format_qty(milli)


class StockCardDialog(QDialog):
    def __init__(self, session: Session, sku: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Kartu stok"))
        self.resize(900, 560)
        zone = outlet_zone(session.ctx)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.summary = hint("")
        self.message = MessageLabel()
        self.model = LazyTableModel([
            Column("at", self.tr("Waktu"), lambda e: fmt.local_datetime(e.at, zone)),
            Column("kind", self.tr("Jenis"), lambda e: kind_label(e.kind)),
            Column("doc", self.tr("Dokumen"), lambda e: e.doc_number),
            Column("qty", self.tr("Masuk/keluar"), lambda e: _signed(e.qty_milli), RIGHT),
            Column("value", self.tr("Nilai"), lambda e: e.value_rp, RIGHT, fmt.rupiah),
            Column("after", self.tr("Sisa"), lambda e: format_qty(e.qty_after_milli), RIGHT),
            Column("note", self.tr("Catatan"), lambda e: e.note),
        ], parent=self)
        self.table = make_table(self.model, widths={0: 170, 1: 110, 2: 160, 3: 100, 4: 110, 5: 80}, stretch=6)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.entries: list[CardEntry] = []
        try:
            info, self.entries = stock.stock_card(session.ctx.reader(), session.actor, sku)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.message.show_error(exc)
            return
        p = info.product
        self.title.setText(f"{p.sku} — {p.name}")
        self.summary.setText(self.tr("Stok {qty} {unit} · nilai {value} · harga pokok rata-rata {cost} · "
                                     "{count} gerakan terakhir").format(
            qty=format_qty(info.qty_milli), unit=p.unit.value, value=fmt.rupiah(info.value_rp),
            cost=fmt.rupiah(p.cost_rp), count=len(self.entries)))
        self.model.set_loader(slice_loader(self.entries))
        self.model.load_first_page()


class ReportDialog(QDialog):
    """A message and its per-row details, scrollable and selectable (to copy)."""

    def __init__(self, title: str, message: str, details: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 460)
        label = QLabel(message)
        label.setWordWrap(True)
        self.details = QPlainTextEdit("\n".join(details))
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
