"""Tutup Tahun: what the closing journal will move (each income and expense account's
balance) and the SHU that goes to 3105 SHU Tahun Berjalan, what still stands in the
way, then the close itself off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain import fmt
from app.services import year_close
from app.services.year_close import YearClosePreview, YearCloseResult
from app.ui.pages.books_account_dialogs import type_label
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, hint


class YearCloseDialog(QDialog):
    closed = Signal(object)  # YearCloseResult

    def __init__(self, session: Session, preview: YearClosePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.preview = session, preview
        self.setWindowTitle(self.tr("Tutup Tahun {year}").format(year=preview.year))
        self.resize(640, 520)
        model = LazyTableModel([
            Column("code", self.tr("Akun"), lambda l: l.code),
            Column("name", self.tr("Nama akun"), lambda l: l.name),
            Column("type", self.tr("Jenis"), lambda l: type_label(l.type)),
            Column("balance", self.tr("Saldo 31 Des"), lambda l: abs(l.net_debit_rp), RIGHT, fmt.rupiah),
        ], slice_loader(preview.lines), parent=self)
        model.load_first_page()
        self.table = make_table(model, widths={0: 70, 2: 110, 3: 150}, stretch=1)
        plan = preview.plan
        shu = preview.shu_rp
        self.summary = QLabel(self.tr(
            "Pendapatan {income} − beban {expense} = <b>{what} {shu}</b>, dipindah ke 3105 SHU Tahun Berjalan "
            "dengan satu jurnal TT bertanggal 31 Desember {year}.").format(
            income=fmt.rupiah(plan.income_rp), expense=fmt.rupiah(plan.expense_rp),
            what=self.tr("SHU") if shu >= 0 else self.tr("rugi"), shu=fmt.rupiah(abs(shu)), year=preview.year))
        self.summary.setWordWrap(True)
        self.problems = MessageLabel()
        if preview.problems:
            self.problems.show_error("\n".join(preview.problems))
        self.message = MessageLabel()
        self.confirm_button = button(self.tr("Tutup Tahun {year}").format(year=preview.year), primary=True)
        self.confirm_button.setEnabled(not preview.problems)
        cancel = button(self.tr("Batal"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint(self.tr("Sesudah ditutup, tahun ini tidak bisa dibuka lagi: saldo awal tahun "
                                      "berikutnya sama dengan saldo penutupan, pendapatan dan beban mulai dari nol.")))
        layout.addWidget(self.problems)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.confirm_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)

    def submit(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        self.confirm_button.setEnabled(False)
        self.message.clear()
        self.session.runner.submit(year_close.close_year, self.session.ctx.uow(), self.session.actor,
                                   self.preview.year, on_done=self._done, on_error=self._failed)

    def _done(self, result: YearCloseResult) -> None:
        self.closed.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        self.message.show_error(exc)
