"""Laporan: the statutory reports for the treasurer, pengurus and pengawas. Choose a report
and a month or a year; the report shows as a table (with the comparison columns the report
has) and exports to PDF or XLSX. Reading and exporting run off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain import fmt
from app.domain.fmt import MONTH_NAMES_ID
from app.domain.reports_table import COUNT, MONEY, QTY, TEXT, ReportTable, Row
from app.services import reports_export
from app.ui.outlet import business_date
from app.ui.pages.member_print import open_file
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, confirm, hint, page_title

ACCOUNTS = {"buku-besar": ("1101", "1102", "1103", "1104", "1105", "1108", "2101", "2102", "3101", "3102", "3105",
                           "4101", "4102", "5101"),
            "kas-harian": ("1101", "1102")}
SHADE = QColor("#F3F3F3")


def cell_text(kind: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if kind == MONEY:
        return fmt.number(value)
    if kind == QTY:
        whole, milli = divmod(value, 1000)
        return fmt.number(whole) + (f",{milli:03d}".rstrip("0") if milli else "")
    if kind == COUNT:
        return fmt.number(value)
    return str(value)


class ReportModel(LazyTableModel):
    """Rows of a report table; headings and totals bold, totals shaded."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: Row | None = self.row_object(index.row()) if index.isValid() else None
        if row is not None and row.style:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole and row.style == "total":
                return QBrush(SHADE)
        return super().data(index, role)


class ReportPage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        today = business_date(session.ctx)
        self.chooser = QComboBox()
        for k in reports_export.CATALOGUE:
            self.chooser.addItem(k.title, k.name)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Bulanan"), "month")
        self.scope.addItem(self.tr("Tahunan"), "year")
        self.month = QComboBox()
        for no, name in enumerate(MONTH_NAMES_ID, start=1):
            self.month.addItem(name, no)
        self.month.setCurrentIndex(today.month - 1)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.account = QComboBox()
        self.account_label = QLabel(self.tr("Akun"))
        self.show_button = button(self.tr("Tampilkan"), primary=True)
        self.pdf_button = button(self.tr("Ekspor PDF"))
        self.xlsx_button = button(self.tr("Ekspor XLSX"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Laporan")))
        bar.addWidget(self.chooser, 2)
        bar.addWidget(self.account_label)
        bar.addWidget(self.account)
        bar.addWidget(QLabel(self.tr("Periode")))
        bar.addWidget(self.scope)
        bar.addWidget(self.month)
        bar.addWidget(self.year)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600; font-size: 15px;")
        self.totals = hint("")
        self.totals.setWordWrap(True)
        self.notes = hint("")
        self.notes.setWordWrap(True)
        self.message = MessageLabel()
        self.model = ReportModel([], page_size=100_000, parent=self)
        self.table = make_table(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(page_title(self.tr("Laporan")))
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.heading)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)

        self.report: ReportTable | None = None
        self.last_export: Path | None = None
        self.dialog = None
        self._asked = 0
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        for w in (self.month, self.account):
            w.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self._ask_export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self._ask_export("xlsx"))
        self._fill_accounts()
        self.refresh()

    # --- choices ------------------------------------------------------------

    def name(self) -> str:
        return self.chooser.currentData()

    def period(self) -> str:
        if self.scope.currentData() == "year":
            return f"{self.year.value():04d}"
        return f"{self.year.value():04d}-{self.month.currentData():02d}"

    def choose(self, name: str, period: str, account: str | None = None) -> None:
        """Select a report and a period as the user would (tests, the dashboard's links)."""
        for w in (self.chooser, self.scope, self.month, self.year, self.account):
            w.blockSignals(True)
        self.chooser.setCurrentIndex(self.chooser.findData(name))
        self._fill_accounts()
        self.scope.setCurrentIndex(1 if len(period) == 4 else 0)
        self.month.setEnabled(len(period) != 4)
        self.year.setValue(int(period[:4]))
        if len(period) == 7:
            self.month.setCurrentIndex(int(period[5:7]) - 1)
        if account:
            self.account.setCurrentIndex(self.account.findData(account))
        for w in (self.chooser, self.scope, self.month, self.year, self.account):
            w.blockSignals(False)
        self.refresh()

    def _fill_accounts(self) -> None:
        codes = ACCOUNTS.get(self.name(), ())
        self.account.blockSignals(True)
        self.account.clear()
        for code in codes:
            self.account.addItem(code, code)
        self.account.blockSignals(False)
        self.account.setVisible(bool(codes))
        self.account_label.setVisible(bool(codes))

    def _chosen(self, _index: int) -> None:
        self._fill_accounts()
        self.refresh()

    def _scope_changed(self, _index: int) -> None:
        self.month.setEnabled(self.scope.currentData() == "month")
        self.refresh()

    # --- showing ------------------------------------------------------------

    def refresh(self) -> None:
        self.message.clear()
        self._asked += 1
        asked, s = self._asked, self.session
        account = self.account.currentData() if self.account.count() else None
        self.heading.setText(self.tr("Menyusun laporan…"))
        self._set_busy(True)
        s.runner.submit(reports_export.table, s.ctx.reader(), s.actor, self.name(), self.period(), account,
                        on_done=lambda t: self._loaded(t) if self._current(asked) else None,
                        on_error=lambda exc: self._failed(exc) if self._current(asked) else None)

    def _current(self, asked: int) -> bool:
        """The answer is for the latest question, and the page still exists (a logout
        while a report was being read deletes it)."""
        return isValid(self) and asked == self._asked

    def _set_busy(self, busy: bool) -> None:
        for b in (self.show_button, self.pdf_button, self.xlsx_button):
            b.setEnabled(not busy)

    def _loaded(self, t: ReportTable) -> None:
        self._set_busy(False)
        self.report = t
        self.heading.setText(f"{t.title} · {t.subtitle}")
        self.totals.setText("  ·  ".join(f"{label}: {fmt.rupiah(v)}" for label, v in t.key_totals))
        self.notes.setText("\n".join(t.notes))
        columns = [Column(f"c{i}", c.title, lambda r, i=i: r.cells[i], RIGHT if c.kind != TEXT else Qt.AlignmentFlag(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), lambda v, k=c.kind: cell_text(k, v))
                   for i, c in enumerate(t.columns)]
        self.model._columns = tuple(columns)  # a new report brings new columns
        self.model.set_loader(slice_loader(list(t.rows)))
        self.model.load_first_page()
        self.table.clearSpans()
        for i, row in enumerate(t.rows):
            if row.style == "heading":  # a section title reads across the whole table
                self.table.setSpan(i, 0, 1, len(t.columns))
        self.table.horizontalHeader().setStretchLastSection(True)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The report's columns share the table's width in their proportions (again when the
        window is resized: a report read before the window took its size would keep a
        narrow Pos column and a wide last one)."""
        if self.report is None:
            return
        columns = self.report.columns
        total = sum(c.width for c in columns)
        avail = max(self.table.viewport().width(), 900)
        for i, c in enumerate(columns):
            self.table.setColumnWidth(i, int(avail * c.width / total) - 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.report = None
        self.heading.setText("")
        self.totals.setText("")
        self.model.set_loader(None)
        self.message.show_error(exc)

    # --- export -------------------------------------------------------------

    def _ask_export(self, fmt_: str) -> None:
        name = f"{self.name()}-{self.period()}.{fmt_}"
        pattern = self.tr("PDF (*.pdf)") if fmt_ == "pdf" else self.tr("Excel (*.xlsx)")
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan"), str(Path.home() / name), pattern)
        if path:
            self.export_to(Path(path), fmt_)

    def export_to(self, path: Path, fmt_: str) -> None:
        s = self.session
        self.message.clear()
        self._set_busy(True)
        account = self.account.currentData() if self.account.count() else None

        def done(written: Path) -> None:
            if not isValid(self):
                return
            self._set_busy(False)
            self.last_export = written
            text = self.tr("Tersimpan di {path}.").format(path=str(written))
            self.message.show_ok(text)
            self.dialog = confirm(self, self.tr("Berkas siap"), text + "\n" + self.tr("Buka sekarang?"),
                                  self.tr("Buka"), lambda: open_file(written))

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._set_busy(False)
            self.message.show_error(exc)
        s.runner.submit(reports_export.export, s.ctx.reader(), s.actor, self.name(), self.period(), fmt_, path,
                        account, on_done=done, on_error=failed)
