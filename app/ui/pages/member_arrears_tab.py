"""Tunggakan: the members who owe wajib up to a month (or part of their pokok), most owed
first, with the totals, and the list as CSV. A double click opens the member."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain import fmt
from app.services import savings_reports
from app.services.savings_reports import ArrearsRow
from app.ui.outlet import business_date
from app.ui.pages.member_profile import fit_headers
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, hint, to_qdate

CSV_HEADER = ("no_anggota", "nama", "hp", "bulan_terutang", "wajib_terutang_rp", "pokok_terutang_rp", "total_rp")


def month_edit(value: date) -> QDateEdit:
    """A month picker: 'November 2026' (month names follow the language's locale)."""
    edit = QDateEdit()
    edit.setDisplayFormat("MMMM yyyy")
    edit.setCurrentSection(QDateEdit.Section.MonthSection)
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setDate(to_qdate(value.replace(day=1)))
    edit.setMinimumWidth(160)
    return edit


def month_text(edit: QDateEdit) -> str:
    d = edit.date()
    return f"{d.year():04d}-{d.month():02d}"


def write_csv(rows: list[ArrearsRow], path: Path) -> int:
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_HEADER)
        for r in rows:
            writer.writerow((r.member_no, r.name, r.phone, r.months_owed, r.wajib_owed_rp, r.pokok_owed_rp,
                             r.total_owed_rp))
    return len(rows)


class ArrearsTab(QWidget):
    member_chosen = Signal(str)  # a member number, to open on the list tab

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.rows: list[ArrearsRow] = []
        self._asked = 0  # only the latest request's answer is shown
        self._stale = False
        today = business_date(session.ctx)
        self.month = month_edit(today)
        self.month.setMaximumDate(to_qdate(today))
        self.refresh_button = button(self.tr("Muat ulang"))
        self.export_button = button(self.tr("Ekspor CSV…"))
        self.export_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sampai bulan")))
        top.addWidget(self.month)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.model = LazyTableModel(self._columns(), page_size=200, parent=self)
        self.table = make_table(self.model, widths={0: 90, 1: 260, 2: 140, 3: 140, 4: 140, 5: 140, 6: 140},
                                stretch=1)
        fit_headers(self.table)
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")
        self.message = MessageLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(hint(self.tr("Anggota aktif yang belum melunasi simpanan wajib sampai bulan yang dipilih "
                                      "atau simpanan pokoknya. Klik dua kali untuk membuka anggota.")))
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._pick_export)
        self.table.doubleClicked.connect(self._open_member)
        self._stale = True  # computed when first shown: opening the page stays quick

    def _columns(self) -> list[Column]:
        return [
            Column("no", self.tr("No"), lambda r: r.member_no),
            Column("name", self.tr("Nama"), lambda r: r.name),
            Column("phone", self.tr("HP"), lambda r: r.phone),
            Column("months", self.tr("Bulan terutang"), lambda r: r.months_owed, RIGHT, fmt.number),
            Column("wajib", self.tr("Wajib terutang"), lambda r: r.wajib_owed_rp, RIGHT, fmt.rupiah),
            Column("pokok", self.tr("Pokok terutang"), lambda r: r.pokok_owed_rp, RIGHT, fmt.rupiah),
            Column("total", self.tr("Total"), lambda r: r.total_owed_rp, RIGHT, fmt.rupiah),
        ]

    def refresh(self) -> None:
        self.message.clear()
        self.refresh_button.setEnabled(False)
        self.total.setText(self.tr("Menghitung…"))
        self._stale = False
        self._asked += 1
        asked, s = self._asked, self.session
        s.runner.submit(savings_reports.arrears, s.ctx.reader(), s.actor, month_text(self.month),
                        on_done=lambda rows: self._loaded(rows) if asked == self._asked else None,
                        on_error=lambda exc: self._failed(exc) if asked == self._asked else None)

    def mark_stale(self) -> None:
        """Savings moved: reload now if shown, else when shown next."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _loaded(self, rows: list[ArrearsRow]) -> None:
        self.refresh_button.setEnabled(True)
        self.rows = rows
        self.model.set_loader(slice_loader(rows))
        self.model.load_first_page()
        self.export_button.setEnabled(bool(rows))
        if not rows:
            self.total.setText(self.tr("Tidak ada tunggakan sampai {month}.").format(month=self.month.text()))
            return
        text = self.tr("{count} anggota menunggak · wajib {wajib} · pokok {pokok} · total {total}")
        self.total.setText(text.format(
            count=fmt.number(len(rows)), wajib=fmt.rupiah(sum(r.wajib_owed_rp for r in rows)),
            pokok=fmt.rupiah(sum(r.pokok_owed_rp for r in rows)), total=fmt.rupiah(sum(r.total_owed_rp for r in rows))))

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.total.setText("")
        self.message.show_error(exc)

    def _open_member(self, index) -> None:
        row = self.model.row_object(index.row())
        if row is not None:
            self.member_chosen.emit(row.member_no)

    # --- CSV ----------------------------------------------------------------

    def _pick_export(self) -> None:
        name = f"tunggakan-simpanan-{month_text(self.month)}.csv"
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Ekspor daftar tunggakan"), str(Path.home() / name),
                                               self.tr("CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self.export_button.setEnabled(False)
        self.session.runner.submit(write_csv, list(self.rows), path, on_done=lambda n: self._exported(path, n),
                                   on_error=self._export_failed)

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(bool(self.rows))
        self.message.show_ok(self.tr("{count} baris diekspor ke {path}.").format(count=count, path=str(path)))

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(bool(self.rows))
        self.message.show_error(exc)
