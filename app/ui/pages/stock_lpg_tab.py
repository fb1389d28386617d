"""Logbook LPG: the subsidised sales of one business day, NIKs masked on screen. The CSV
for Pertamina's merchant app carries full NIKs, so exporting asks first and is audited."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.catalogue import format_qty
from app.domain.errors import DomainError
from app.domain.nik import mask_nik
from app.domain.sale import BUYER_TYPE_LABELS, BuyerType
from app.services import lpg
from app.services.lpg import LogbookRow
from app.ui.outlet import business_date, outlet_zone
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, confirm, date_edit, from_qdate, hint, to_qdate

# The same columns as `kopdes lpg logbook --csv`.
CSV_HEADER = ("tanggal", "jam", "nik", "nama", "jenis_pembeli", "barang", "jumlah", "harga_satuan_rp",
              "no_penjualan")


def buyer_type_label(value: str) -> str:
    try:
        return BUYER_TYPE_LABELS[BuyerType(value)]
    except ValueError:
        return value or ""


class LpgLogbookTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.zone = outlet_zone(session.ctx)
        self.day = date_edit(business_date(session.ctx))
        self.export_button = button(self.tr("Ekspor CSV…"))
        self.summary = QLabel()
        self.message = MessageLabel()
        z = self.zone.tzinfo
        self.model = LazyTableModel([
            Column("date", self.tr("Tanggal"), lambda r: fmt.day(r.at.astimezone(z).date())),
            Column("time", self.tr("Jam"), lambda r: r.at.astimezone(z).strftime("%H:%M")),
            Column("nik", self.tr("NIK"), lambda r: mask_nik(r.nik or "")),
            Column("name", self.tr("Nama"), lambda r: r.name or ""),
            Column("type", self.tr("Jenis pembeli"), lambda r: buyer_type_label(r.buyer_type or "")),
            Column("product", self.tr("Barang"), lambda r: r.product),
            Column("qty", self.tr("Jumlah"), lambda r: format_qty(r.qty_milli), RIGHT),
            Column("price", self.tr("Harga"), lambda r: r.unit_price_rp, RIGHT, fmt.rupiah),
            Column("sale", self.tr("Nomor penjualan"), lambda r: r.sale_no),
        ], parent=self)
        self.table = make_table(self.model, widths={0: 100, 1: 60, 2: 150, 3: 170, 4: 120, 5: 250, 6: 70, 7: 90},
                                stretch=5)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tanggal")))
        top.addWidget(self.day)
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint(self.tr("NIK disamarkan di layar. Berkas CSV berisi NIK lengkap untuk aplikasi "
                                      "merchant Pertamina; setiap ekspor dicatat di log audit.")))
        self.rows: list[LogbookRow] = []
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.export_button.clicked.connect(self._pick_export)
        self.refresh()

    def selected_day(self) -> date:
        return from_qdate(self.day.date())

    def set_day(self, day: date) -> None:
        self.day.setDate(to_qdate(day))

    def refresh(self) -> None:
        self.message.clear()
        try:
            self.rows = lpg.logbook(self.session.ctx.reader(), self.session.actor, self.selected_day())
        except DomainError as exc:
            self.rows = []
            self.message.show_error(exc)
        self.model.set_loader(slice_loader(self.rows))
        self.model.load_first_page()
        total = sum(r.qty_milli for r in self.rows)
        self.summary.setText(self.tr("{sales} penjualan · {qty} tabung").format(
            sales=len({r.sale_no for r in self.rows}), qty=format_qty(total)))
        self.export_button.setEnabled(bool(self.rows))

    # --- export ------------------------------------------------------------

    def _pick_export(self) -> None:
        name = f"logbook-lpg-{self.selected_day().isoformat()}.csv"
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Ekspor logbook LPG"), str(Path.home() / name),
                                               self.tr("CSV (*.csv)"))
        if path:
            self.ask_export(Path(path))

    def ask_export(self, path: Path):
        """Confirm first: the file holds personal data (full NIKs)."""
        return confirm(self, self.tr("Ekspor data pribadi"),
                       self.tr("Berkas {file} akan berisi NIK lengkap dan nama {count} pembeli. Ini data "
                               "pribadi: simpan hanya untuk aplikasi merchant Pertamina, lalu hapus. "
                               "Ekspor akan dicatat di log audit.").format(
                           file=path.name, count=len({r.nik for r in self.rows})),
                       self.tr("Ekspor"), lambda: self.export_to(path))

    def export_to(self, path: Path) -> None:
        day, rows = self.selected_day(), list(self.rows)
        self.export_button.setEnabled(False)
        self.session.runner.submit(self._write, day, rows, path,
                                   on_done=lambda _r: self._exported(path, len(rows)), on_error=self._failed)

    def _write(self, day: date, rows: list[LogbookRow], path: Path) -> None:
        z = self.zone.tzinfo
        tmp = path.with_name(f".{path.name}.sedang-ditulis")
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(CSV_HEADER)
                for r in rows:
                    local = r.at.astimezone(z)
                    writer.writerow((local.date().isoformat(), local.strftime("%H:%M"), r.nik, r.name or "",
                                     r.buyer_type or "", r.product, format_qty(r.qty_milli), r.unit_price_rp,
                                     r.sale_no))
            tmp.replace(path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise DomainError("export_failed", self.tr("Berkas {path} tidak bisa ditulis: {error}.").format(
                path=str(path), error=exc.strerror or str(exc))) from None
        lpg.record_export(self.session.ctx.uow(), self.session.actor, day, len(rows), str(path))

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(bool(self.rows))
        self.message.show_ok(self.tr("{count} baris diekspor ke {path}.").format(count=count, path=str(path)))

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(bool(self.rows))
        self.message.show_error(exc)
