"""Tunggakan: the running loans' quality on a date — per kolektibilitas the number of loans,
their outstanding principal and allowance (PPAP), the NPL ratio with the health in colour
(≤ 5% sehat, > 15% tidak sehat), and the loans in arrears, most days late first. A double
click opens the loan. Daftar Nominatif and Daftar Tunggakan export as PDF or Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QMenu, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.loan_quality import Bucket
from app.services import loan_documents, loan_reports
from app.services.loan_reports import AgingReport, AgingRow
from app.ui.outlet import business_date
from app.ui.pages.loan_labels import HEALTH_COLOURS, bucket_colours, bucket_text, health_text, pct
from app.ui.pages.member_print import open_file
from app.ui.pages.member_profile import fit_headers
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, confirm, date_edit, from_qdate, hint


class BucketModel(LazyTableModel):
    """Rows carry a bucket (by-bucket rows: (bucket, count, outstanding, ppap); aging rows):
    the kolektibilitas cell in its colour."""

    bucket_count = 5  # the report's number of buckets (the outlet's setting)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and index.isValid():
            row = self.row_object(index.row())
            if row is None or self._columns[index.column()].name != "quality":
                return None
            bucket: Bucket = row.bucket if isinstance(row, AgingRow) else row[0]
            colours = bucket_colours(bucket.code, self.bucket_count)
            if colours is None:
                return None
            return QBrush(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1])
        return super().data(index, role)


def _days(b: Bucket) -> str:
    return f"{b.min_days}+" if b.max_days is None else (str(b.min_days) if b.min_days == b.max_days
                                                        else f"{b.min_days}–{b.max_days}")


class AgingTab(QWidget):
    loan_chosen = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.report: AgingReport | None = None
        self.last_export: Path | None = None
        self.dialog = None
        self._asked = 0
        self._stale = False
        self.as_of = date_edit(business_date(session.ctx))
        self.refresh_button = button(self.tr("Muat ulang"))
        self.nominatif_button = button(self.tr("Daftar Nominatif"))
        self.arrears_button = button(self.tr("Daftar Tunggakan"))
        for b, kind in ((self.nominatif_button, "nominatif"), (self.arrears_button, "tunggakan")):
            menu = QMenu(b)
            menu.addAction(self.tr("PDF…"), lambda *_a, k=kind: self._ask_export(k, "pdf"))
            menu.addAction(self.tr("Excel (XLSX)…"), lambda *_a, k=kind: self._ask_export(k, "xlsx"))
            b.setMenu(menu)
            b.setVisible(session.actor.can(Permission.REPORT_VIEW))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Per tanggal")))
        top.addWidget(self.as_of)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.nominatif_button)
        top.addWidget(self.arrears_button)

        self.npl = QLabel()
        self.npl.setObjectName("bigNumber")
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        summary = QFrame()
        summary.setObjectName("card")
        inner = QVBoxLayout(summary)
        inner.setContentsMargins(12, 8, 12, 8)
        title = QLabel(self.tr("Kualitas pinjaman"))
        title.setObjectName("cardTitle")
        inner.addWidget(title)
        inner.addWidget(self.npl)
        inner.addWidget(self.totals)
        inner.addWidget(hint(self.tr("NPL: pinjaman Kurang Lancar, Diragukan dan Macet dibagi seluruh sisa pokok. "
                                     "Sehat ≤ 5%, cukup sehat ≤ 15%, di atasnya tidak sehat.")))
        inner.addStretch(1)
        self.bucket_model = BucketModel([
            Column("quality", self.tr("Kolektibilitas"), lambda r: bucket_text(r[0].code, r[0].name)),
            Column("days", self.tr("Hari"), lambda r: _days(r[0]), RIGHT),
            Column("count", self.tr("Pinjaman"), lambda r: r[1], RIGHT, fmt.number),
            Column("outstanding", self.tr("Sisa pokok"), lambda r: r[2], RIGHT, fmt.rupiah),
            Column("share", self.tr("Porsi"), lambda r: r[4], RIGHT, lambda v: f"{pct(v, 1)}%"),
            Column("ppap", self.tr("PPAP"), lambda r: r[3], RIGHT, fmt.rupiah),
        ], page_size=20, parent=self)
        self.bucket_table = make_table(self.bucket_model, widths={0: 185, 1: 72, 2: 75, 3: 120, 4: 55}, stretch=5)
        self.bucket_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bucket_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit_headers(self.bucket_table)
        self._fit_bucket_rows(5)
        upper = QHBoxLayout()
        upper.addWidget(summary, 2)
        upper.addWidget(self.bucket_table, 3)

        self.model = BucketModel([
            Column("number", self.tr("Nomor"), lambda r: r.number),
            Column("member", self.tr("Anggota"), lambda r: f"{r.member_no} {r.member_name}"),
            Column("product", self.tr("Produk"), lambda r: r.product_code),
            Column("outstanding", self.tr("Sisa pokok"), lambda r: r.outstanding_rp, RIGHT, fmt.rupiah),
            Column("arrears", self.tr("Tunggakan"), lambda r: r.arrears_rp, RIGHT, fmt.rupiah),
            Column("penalty", self.tr("Denda"), lambda r: r.penalty_due_rp, RIGHT, fmt.rupiah),
            Column("dpd", self.tr("Hari"), lambda r: r.days_past_due, RIGHT),
            Column("quality", self.tr("Kolektibilitas"), lambda r: bucket_text(r.bucket.code, r.bucket.name)),
        ], page_size=500, parent=self)
        self.table = make_table(self.model, widths={0: 160, 1: 220, 2: 100, 3: 120, 4: 120, 5: 100, 6: 55},
                                stretch=7)
        fit_headers(self.table)
        self.arrears_title = QLabel(self.tr("Pinjaman menunggak"))
        self.arrears_title.setObjectName("cardTitle")
        self.message = MessageLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(upper)
        layout.addWidget(self.arrears_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint(self.tr("Klik dua kali untuk membuka pinjaman.")))
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.table.doubleClicked.connect(self._open_loan)
        self.refresh()

    def _fit_bucket_rows(self, count: int) -> None:
        """Exactly the buckets, no scrolling."""
        t = self.bucket_table
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + count * t.verticalHeader().defaultSectionSize()
                         + 2 * t.frameWidth())

    def chosen_date(self) -> date:
        return from_qdate(self.as_of.date())

    def refresh(self) -> None:
        self.message.clear()
        self.refresh_button.setEnabled(False)
        self.npl.setText(self.tr("Menghitung…"))
        self._stale = False
        self._asked += 1
        asked, s = self._asked, self.session
        s.runner.submit(loan_reports.aging, s.ctx.reader(), s.actor, self.chosen_date(),
                        on_done=lambda r: self._loaded(r) if asked == self._asked else None,
                        on_error=lambda exc: self._failed(exc) if asked == self._asked else None)

    def mark_stale(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _loaded(self, report: AgingReport) -> None:
        self.refresh_button.setEnabled(True)
        self.report = report
        total = report.outstanding_rp
        rows = []
        for bucket, count, outstanding in report.by_bucket():
            ppap = sum(r.provision_rp for r in report.rows if r.bucket.code == bucket.code)
            share = round(100 * outstanding / total, 1) if total else 0.0
            rows.append((bucket, count, outstanding, ppap, share))
        for model in (self.bucket_model, self.model):
            model.bucket_count = len(rows)
        self._fit_bucket_rows(len(rows))
        self.bucket_model.set_loader(slice_loader(rows))
        self.bucket_model.load_first_page()
        colour = HEALTH_COLOURS.get(report.health, "#222")
        self.npl.setText(self.tr("NPL {ratio}% · {health}").format(ratio=pct(report.npl_ratio_pct),
                                                                   health=health_text(report.health)))
        self.npl.setStyleSheet(f"color: {colour};")
        self.totals.setText(self.tr("{count} pinjaman berjalan · sisa pokok {outstanding} · bermasalah {npl} · "
                                    "PPAP {ppap}").format(
            count=fmt.number(len(report.rows)), outstanding=fmt.rupiah(total), npl=fmt.rupiah(report.npl_rp),
            ppap=fmt.rupiah(report.provision_rp)))
        late = list(report.in_arrears)
        self.model.set_loader(slice_loader(late))
        self.model.load_first_page()
        if late:
            self.arrears_title.setText(self.tr("Pinjaman menunggak per {day}: {count}, tunggakan {amount}").format(
                day=fmt.day(report.as_of), count=len(late), amount=fmt.rupiah(sum(r.arrears_rp for r in late))))
        else:
            self.arrears_title.setText(self.tr("Tidak ada pinjaman menunggak per {day}.").format(
                day=fmt.day(report.as_of)))

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.npl.setText("")
        self.message.show_error(exc)

    def _open_loan(self, index) -> None:
        row = self.model.row_object(index.row())
        if row is not None:
            self.loan_chosen.emit(row.number)

    # --- export -------------------------------------------------------------

    def _ask_export(self, kind: str, fmt_: str) -> None:
        title = self.tr("Simpan daftar nominatif") if kind == "nominatif" else self.tr("Simpan daftar tunggakan")
        name = f"{'nominatif-pinjaman' if kind == 'nominatif' else 'tunggakan-pinjaman'}-{self.chosen_date()}.{fmt_}"
        pattern = self.tr("PDF (*.pdf)") if fmt_ == "pdf" else self.tr("Excel (*.xlsx)")
        path, _f = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        if path:
            self.export_to(kind, Path(path), fmt_)

    def export_to(self, kind: str, path: Path, fmt_: str) -> None:
        fn = loan_documents.nominatif if kind == "nominatif" else loan_documents.tunggakan
        s = self.session
        self.message.clear()
        for b in (self.nominatif_button, self.arrears_button):
            b.setEnabled(False)

        def done(_result) -> None:
            for b in (self.nominatif_button, self.arrears_button):
                b.setEnabled(True)
            self.last_export = path
            text = self.tr("Tersimpan di {path}.").format(path=str(path))
            self.message.show_ok(text)
            self.dialog = confirm(self, self.tr("Berkas siap"), text + "\n" + self.tr("Buka sekarang?"),
                                  self.tr("Buka"), lambda: open_file(path))

        def failed(exc: BaseException) -> None:
            for b in (self.nominatif_button, self.arrears_button):
                b.setEnabled(True)
            self.message.show_error(exc)
        s.runner.submit(fn, s.ctx.uow(), s.actor, self.chosen_date(), path, fmt_, on_done=done, on_error=failed)
