"""Keluar dari Keanggotaan: keluar or meninggal, the date and reason, how the savings are
paid out, and — before anything is written — what will be paid per type and in total.
The service refuses while the member owes kasbon; its message shows under the form."""

from __future__ import annotations

from uuid import uuid4

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from app.domain import fmt
from app.services import member_registry
from app.services.member_registry import ExitResult, MemberProfile
from app.ui.outlet import business_date
from app.ui.pages.member_labels import TYPE_CODES, type_long_label
from app.ui.pages.savings_dialog import station_of
from app.ui.pages.till_common import kick_printer
from app.ui.session import Session
from app.ui.style import RED
from app.ui.widgets import MessageLabel, button, date_edit, from_qdate, hint, to_qdate


class ExitDialog(QDialog):
    exited = Signal(object)  # ExitResult

    def __init__(self, session: Session, member: MemberProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.member = session, member
        self.uuid = uuid4()  # the payout's document id, reused if the user tries again
        today = business_date(session.ctx)
        self.setWindowTitle(self.tr("Keluar dari Keanggotaan: {number} {name}").format(
            number=member.member_no, name=member.name))
        self.setMinimumWidth(560)
        self.status = QComboBox()
        self.status.addItem(self.tr("Keluar (berhenti)"), "keluar")
        self.status.addItem(self.tr("Meninggal dunia"), "meninggal")
        self.exit_date = date_edit(today)
        self.exit_date.setMinimumDate(to_qdate(member.join_date))
        self.exit_date.setMaximumDate(to_qdate(today))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("mis. pindah domisili ke luar desa"))
        self.method = QComboBox()
        self.method.addItem(self.tr("Tunai"), "tunai")
        self.method.addItem(self.tr("Transfer bank"), "transfer")
        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Tanggal keluar"), self.exit_date)
        form.addRow(self.tr("Alasan"), self.reason)
        form.addRow(self.tr("Dibayar secara"), self.method)

        payout = QGridLayout()
        payout.setHorizontalSpacing(24)
        heading = QLabel(self.tr("Simpanan yang dikembalikan"))
        heading.setObjectName("cardTitle")
        payout.addWidget(heading, 0, 0, 1, 2)
        self.amounts: dict[str, QLabel] = {}
        for row, code in enumerate(TYPE_CODES, start=1):
            payout.addWidget(QLabel(type_long_label(code)), row, 0)
            label = QLabel(fmt.rupiah(member.balances.get(code, 0)))
            self.amounts[code] = label
            payout.addWidget(label, row, 1)
        self.total_rp = sum(v for v in member.balances.values() if v > 0)
        total_label = QLabel(self.tr("Jumlah dibayar"))
        total_label.setStyleSheet("font-weight: bold;")
        self.total = QLabel(fmt.rupiah(self.total_rp))
        self.total.setStyleSheet("font-weight: bold; font-size: 12pt;")
        payout.addWidget(total_label, len(TYPE_CODES) + 1, 0)
        payout.addWidget(self.total, len(TYPE_CODES) + 1, 1)
        payout.setColumnStretch(2, 1)

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.warning.setText(self.tr("{name} masih punya kasbon {amount}: lunasi dulu sebelum keluar.").format(
            name=member.name, amount=fmt.rupiah(member.credit_balance_rp)))
        self.warning.setVisible(member.credit_balance_rp > 0)
        self.arrears_note = hint(self.tr("Tunggakan simpanan ({amount}) tidak ditagih; yang dikembalikan hanya "
                                         "saldo yang ada.").format(
            amount=fmt.rupiah(member.wajib.owed_rp + member.pokok_due_rp)))
        self.arrears_note.setVisible(bool(member.wajib.owed_rp or member.pokok_due_rp))

        self.message = MessageLabel()
        self.confirm_button = button(self.tr("Keluarkan dan bayar {amount}").format(amount=fmt.rupiah(self.total_rp)),
                                     primary=True)
        self.confirm_button.setEnabled(False)
        self.confirm_button.setDefault(True)
        cancel = button(self.tr("Batal"))
        cancel.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addLayout(payout)
        layout.addWidget(hint(self.tr("Semua saldo simpanan dikembalikan dalam satu jurnal dan slipnya dicetak. "
                                      "Keanggotaan yang sudah berakhir tidak bisa diaktifkan lagi.")))
        layout.addWidget(self.arrears_note)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reason.textChanged.connect(lambda t: self.confirm_button.setEnabled(bool(t.strip())))
        self.confirm_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        self.reason.setFocus()

    def submit(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        s = self.session
        self.confirm_button.setEnabled(False)
        self.message.clear()
        s.runner.submit(member_registry.exit_member, s.ctx.uow(), s.actor, self.member.member_no, self.reason.text(),
                        status=self.status.currentData(), exit_date=from_qdate(self.exit_date.date()),
                        method=self.method.currentData(), uuid=self.uuid, station=station_of(self.session),
                        on_done=self._done, on_error=self._failed)

    def _done(self, result: ExitResult) -> None:
        if result.print_job_id is not None:
            kick_printer(self.session)
        self.exited.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        self.message.show_error(exc)
