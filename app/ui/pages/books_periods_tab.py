"""Periode tab: the books' months with their status and the years. Tutup Bulan
(period.close, the bendahara) locks a month that is over and everything before it;
Buka Kembali (period.reopen, the admin only) unlocks the latest closed month; Tutup
Tahun (period.close) shows what moves to 3105 SHU Tahun Berjalan first."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.services import ledger, year_close
from app.services.year_close import MonthStatus, PeriodsOverview, YearStatus
from app.ui.outlet import outlet_zone
from app.ui.pages.books_year_dialog import YearCloseDialog
from app.ui.session import Session
from app.ui.table_model import Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, confirm, hint


class PeriodsTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        actor = session.actor
        self.close_month_button = button(self.tr("Tutup Bulan"), primary=True)
        self.reopen_button = button(self.tr("Buka Kembali"))
        self.close_year_button = button(self.tr("Tutup Tahun…"), primary=True)
        self.close_month_button.setVisible(actor.can(Permission.PERIOD_CLOSE))
        self.close_year_button.setVisible(actor.can(Permission.PERIOD_CLOSE))
        self.reopen_button.setVisible(actor.can(Permission.PERIOD_REOPEN))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.message = MessageLabel()

        self.months = LazyTableModel([
            Column("month", self.tr("Bulan"), lambda m: fmt.month(int(m.month[:4]), int(m.month[5:]))),
            Column("status", self.tr("Status"), self._month_status),
            Column("by", self.tr("Dicatat oleh"), lambda m: m.changed_by or ""),
            Column("at", self.tr("Waktu"), lambda m: self._when(m)),
        ], page_size=1000, parent=self)
        self.month_table = make_table(self.months, widths={0: 140, 1: 100, 2: 110}, stretch=3)
        self.years = LazyTableModel([
            Column("year", self.tr("Tahun"), lambda y: str(y.year)),
            Column("status", self.tr("Status"), self._year_status),
        ], page_size=100, parent=self)
        self.year_table = make_table(self.years, widths={0: 80}, stretch=1)

        month_box = QWidget()
        ml = QVBoxLayout(month_box)
        ml.setContentsMargins(0, 0, 0, 0)
        mb = QHBoxLayout()
        mb.addWidget(QLabel(self.tr("<b>Bulan</b>")))
        mb.addStretch(1)
        mb.addWidget(self.reopen_button)
        mb.addWidget(self.close_month_button)
        ml.addLayout(mb)
        ml.addWidget(self.month_table, 1)
        year_box = QWidget()
        yl = QVBoxLayout(year_box)
        yl.setContentsMargins(0, 0, 0, 0)
        yb = QHBoxLayout()
        yb.addWidget(QLabel(self.tr("<b>Tahun buku</b>")))
        yb.addStretch(1)
        yb.addWidget(self.close_year_button)
        yl.addLayout(yb)
        yl.addWidget(self.year_table, 1)
        splitter = QSplitter()
        splitter.addWidget(month_box)
        splitter.addWidget(year_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint(self.tr(
            "Menutup sebuah bulan mengunci bulan itu dan semua bulan sebelumnya: jurnal bertanggal di dalamnya "
            "ditolak. Hanya admin yang bisa membuka kembali, mulai dari bulan terakhir yang ditutup. Tutup "
            "Tahun memindah pendapatan dan beban setahun ke 3105 SHU Tahun Berjalan, sesudah Desember ditutup.")))
        self.overview: PeriodsOverview | None = None
        self._zone = outlet_zone(session.ctx)
        self.year_dialog: YearCloseDialog | None = None
        self.month_table.selectionModel().selectionChanged.connect(self._gate)
        self.year_table.selectionModel().selectionChanged.connect(self._gate)
        self.close_month_button.clicked.connect(self.close_month)
        self.reopen_button.clicked.connect(self.reopen_month)
        self.close_year_button.clicked.connect(self.open_year_dialog)
        self._gate()

    # --- text --------------------------------------------------------------

    def _month_status(self, m: MonthStatus) -> str:
        if m.closed:
            return self.tr("Ditutup")
        return self.tr("Terbuka") if m.over else self.tr("Berjalan")

    def _year_status(self, y: YearStatus) -> str:
        if y.closed:
            return self.tr("Ditutup ({journal})").format(journal=y.journal)
        return self.tr("Terbuka") if y.over else self.tr("Berjalan")

    def _when(self, m: MonthStatus) -> str:
        return fmt.local_datetime(m.changed_at, self._zone) if m.changed_at else ""

    # --- loading -----------------------------------------------------------

    def refresh(self, month: str | None = None, year: int | None = None) -> None:
        try:
            self.overview = year_close.overview(self.session.ctx.reader(), self.session.actor)
        except DomainError as err:
            self.message.show_error(err)
            return
        o = self.overview
        self.status.setText(self.tr("Buku ditutup s.d. <b>{month}</b> · hari ini {today}").format(
            month=fmt.month(int(o.closed_through[:4]), int(o.closed_through[5:])) if o.closed_through
            else self.tr("belum ada"), today=fmt.day(o.today)))
        self.months.set_loader(slice_loader(o.months))
        self.months.load_first_page()
        self.years.set_loader(slice_loader(o.years))
        self.years.load_first_page()
        self.select_month(month or next((m.month for m in o.months if m.over and not m.closed), ""))
        self.select_year(year if year is not None else next((y.year for y in o.years if y.over and not y.closed),
                                                          0))
        self._gate()

    def select_month(self, month: str) -> bool:
        row = self.months.find_row(lambda m: m.month == month)
        if row >= 0:
            self.month_table.selectRow(row)
        return row >= 0

    def select_year(self, year: int) -> bool:
        row = self.years.find_row(lambda y: y.year == year)
        if row >= 0:
            self.year_table.selectRow(row)
        return row >= 0

    def selected_month(self) -> MonthStatus | None:
        rows = self.month_table.selectionModel().selectedRows()
        return self.months.row_object(rows[0].row()) if rows else None

    def selected_year(self) -> YearStatus | None:
        rows = self.year_table.selectionModel().selectedRows()
        return self.years.row_object(rows[0].row()) if rows else None

    def _gate(self, _s: QItemSelection | None = None, _d: QItemSelection | None = None) -> None:
        m, y = self.selected_month(), self.selected_year()
        through = self.overview.closed_through if self.overview else None
        self.close_month_button.setEnabled(m is not None and m.over and not m.closed)
        self.reopen_button.setEnabled(m is not None and m.month == through)
        self.close_year_button.setEnabled(y is not None and y.over and not y.closed)

    # --- actions -----------------------------------------------------------

    def close_month(self) -> None:
        m = self.selected_month()
        if m is None or not self.close_month_button.isEnabled():
            return
        name = fmt.month(int(m.month[:4]), int(m.month[5:]))
        self.confirm_box = confirm(
            self, self.tr("Tutup Bulan"),
            self.tr("Tutup buku {month}? Jurnal bertanggal s.d. akhir {month} akan ditolak; membukanya kembali "
                    "hanya bisa oleh admin.").format(month=name), self.tr("Tutup Bulan"),
            lambda: self._run(ledger.close_period, m.month,
                              done_text=self.tr("{month} ditutup.").format(month=name)))

    def reopen_month(self) -> None:
        m = self.selected_month()
        if m is None or not self.reopen_button.isEnabled():
            return
        name = fmt.month(int(m.month[:4]), int(m.month[5:]))
        self.confirm_box = confirm(
            self, self.tr("Buka Kembali"),
            self.tr("Buka kembali {month}? Jurnal bertanggal di bulan itu bisa dicatat lagi. Tindakan ini "
                    "tercatat di log audit.").format(month=name), self.tr("Buka Kembali"),
            lambda: self._run(ledger.reopen_period, m.month,
                              done_text=self.tr("{month} dibuka kembali.").format(month=name)))

    def _run(self, fn, month: str, *, done_text: str) -> None:
        self.message.clear()
        self.session.runner.submit(fn, self.session.ctx.uow(), self.session.actor, month,
                                   on_done=lambda _r: self._done(done_text, month=month),
                                   on_error=self.message.show_error)

    def _done(self, text: str, **select) -> None:
        self.refresh(**select)
        self.message.show_ok(text)

    def open_year_dialog(self) -> YearCloseDialog | None:
        y = self.selected_year()
        if y is None or not self.close_year_button.isEnabled():
            return None
        try:
            preview = year_close.preview(self.session.ctx.reader(), self.session.actor, y.year)
        except DomainError as err:
            self.message.show_error(err)
            return None
        self.year_dialog = YearCloseDialog(self.session, preview, self)
        self.year_dialog.closed.connect(lambda r: self._done(self.tr(
            "Tahun {year} ditutup ({journal}): {shu} dipindah ke 3105 SHU Tahun Berjalan.").format(
            year=r.year, journal=r.journal, shu=fmt.rupiah(r.shu_rp)), year=r.year))
        self.year_dialog.open()
        return self.year_dialog
