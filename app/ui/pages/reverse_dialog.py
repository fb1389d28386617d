"""Balik jurnal: ask for the reason, then post the mirror-image journal."""

from __future__ import annotations

from uuid import uuid4

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain import fmt
from app.services import ledger
from app.services.ledger import JournalInfo
from app.ui.session import Session
from app.ui.widgets import MessageLabel, button, hint


class ReverseDialog(QDialog):
    reversed = Signal(object)  # the reversing JournalInfo

    def __init__(self, session: Session, journal: JournalInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.journal = session, journal
        self.uuid = uuid4()  # the reversal's document id, reused if the user retries
        self.setWindowTitle(self.tr("Balik jurnal {number}").format(number=journal.number))
        self.setMinimumWidth(520)
        about = QLabel(self.tr("{number} · {day} · {memo} · {amount}").format(
            number=journal.number, day=fmt.day(journal.date), memo=journal.memo,
            amount=fmt.rupiah(journal.total_rp)))
        about.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("mis. salah akun, seharusnya Beban Transport"))
        self.message = MessageLabel()
        self.confirm_button = button(self.tr("Balik jurnal"), primary=True)
        self.confirm_button.setEnabled(False)
        cancel = button(self.tr("Batal"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(hint(self.tr("Jurnal yang sudah diposting tidak diubah. Jurnal pembalikan dengan "
                                      "debit dan kredit ditukar akan dicatat hari ini.")))
        layout.addWidget(QLabel(self.tr("Alasan pembalikan")))
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reason.textChanged.connect(lambda t: self.confirm_button.setEnabled(bool(t.strip())))
        self.reason.returnPressed.connect(self.submit)
        self.confirm_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)

    def submit(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        self.confirm_button.setEnabled(False)
        self.message.clear()
        self.session.runner.submit(ledger.reverse_journal, self.session.ctx.uow(), self.session.actor,
                                   self.journal.number, self.reason.text(), uuid=self.uuid,
                                   on_done=self._done, on_error=self._failed)

    def _done(self, info: JournalInfo) -> None:
        self.reversed.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        self.message.show_error(exc)
