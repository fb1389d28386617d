"""Jasa simpanan sukarela for one finished month: the month (the last finished one by
default), the rate in the settings, and Posting; the result (members, total, journal
number) or the service's refusal (jasa off, month not over, already posted, nothing due).
A month posts once whoever presses it (the service keys the journal on the month)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.domain.savings import SavingsRules
from app.services import savings, savings_reports
from app.services.savings_reports import JasaResult
from app.ui.outlet import business_date
from app.ui.pages.savings_dialog import monthly_percent, yearly_percent
from app.ui.pages.till_common import TillDialog
from app.ui.session import Session
from app.ui.widgets import hint

MONTHS_OFFERED = 24


def finished_months(today: date, count: int = MONTHS_OFFERED) -> list[tuple[int, int]]:
    """The `count` months before today's month, newest first."""
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        out.append((year, month))
    return out


class JasaDialog(TillDialog):
    posted = Signal(object)  # JasaResult

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Jasa Simpanan Sukarela"))
        self.outcome: JasaResult | None = None
        self.setMinimumWidth(560)
        self.month = QComboBox()
        for year, month in finished_months(business_date(session.ctx)):
            self.month.addItem(fmt.month(year, month), f"{year:04d}-{month:02d}")
        self.month.setCurrentIndex(0)
        self.rate_label = QLabel()
        self.rate_label.setObjectName("bigNumber")
        self.rate_note = hint("")
        self.rules: SavingsRules | None = None
        try:
            self.rules = savings.get_rules(session.ctx.reader(), session.actor)
        except DomainError as err:
            self.message.show_error(err)
        self._show_rate()

        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Bulan"), self.month)
        form.addRow(self.tr("Jasa sukarela"), self.rate_label)
        form.addRow("", self.rate_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("Setiap bulan diposting sekali: satu jurnal (Beban Jasa Simpanan pada "
                                      "Simpanan Sukarela) bertanggal hari ini, dan satu mutasi jasa di simpanan "
                                      "sukarela setiap anggota yang mendapatnya. Bulan yang dipilih harus sudah "
                                      "berakhir.")))
        layout.addWidget(self.message)
        buttons, _ok = self.buttons(self.tr("Posting jasa (Enter)"), self.tr("Tutup (Esc)"))
        layout.addLayout(buttons)
        self.month.currentIndexChanged.connect(self._month_changed)
        if not session.actor.can(Permission.SAVINGS_POST):
            self.ok_button.setEnabled(False)
            self.message.show_error(self.tr("Jasa simpanan diposting oleh pengurus atau bendahara."))
        self.month.setFocus()

    def _show_rate(self) -> None:
        bp = self.rules.jasa_annual_bp if self.rules is not None else 0
        if bp > 0:
            self.rate_label.setText(self.tr("{rate}% per tahun").format(rate=yearly_percent(bp)))
            self.rate_note.setText(self.tr("= {rate}% per bulan dari saldo sukarela terendah setiap anggota dalam "
                                           "bulan itu.").format(rate=monthly_percent(bp)))
        else:
            self.rate_label.setText(self.tr("tidak aktif (0%)"))
            self.rate_note.setText(self.tr("Atur besarnya di Pengaturan > Simpanan & Anggota."))

    def selected_month(self) -> str:
        return self.month.currentData()

    def select_month(self, key: str) -> None:
        index = self.month.findData(key)
        if index >= 0:
            self.month.setCurrentIndex(index)

    def _month_changed(self) -> None:
        if self.busy:
            return
        self.message.clear()
        self.ok_button.setEnabled(self.session.actor.can(Permission.SAVINGS_POST))

    def confirm(self) -> None:
        if self.busy or not self.ok_button.isEnabled():
            return
        self.ok_button.setEnabled(False)
        self.month.setEnabled(False)
        self.run(savings_reports.post_jasa, self.session.ctx.uow(), self.session.actor, self.selected_month(),
                 on_done=self._done)

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        self.month.setEnabled(True)
        self.ok_button.setEnabled(True)

    def _done(self, result: JasaResult) -> None:
        self.outcome = result
        self.month.setEnabled(True)
        year, month = (int(p) for p in result.month.split("-"))
        self.message.show_ok(self.tr("Jasa {month} diposting: {members} anggota, jumlah {total}, jurnal "
                                     "{journal}.").format(month=fmt.month(year, month), members=result.members,
                                                          total=fmt.rupiah(result.total_rp),
                                                          journal=result.journal_number))
        self.posted.emit(result)

    def reject(self) -> None:
        if self.busy:
            return
        if self.outcome is not None:  # closing after a posting: the caller refreshes
            self.accept()
            return
        super().reject()
