"""Pengaturan > Profil koperasi."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.domain.cooperative import CooperativeProfile
from app.services import profile
from app.ui.profile_form import ProfileForm
from app.ui.session import Session
from app.ui.widgets import MessageLabel, button, hint


class ProfileTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.form = ProfileForm()
        self.message = MessageLabel()
        self.save_button = button(self.tr("Simpan profil"), primary=True)
        self.reset_button = button(self.tr("Batalkan perubahan"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(hint(self.tr("Nama, NIB dan alamat dicetak di struk dan laporan.")))
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.load)
        self.load()

    def load(self) -> None:
        self.message.clear()
        current = profile.get(self.session.ctx.reader())
        if current is not None:
            self.form.set_profile(current)

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.message.clear()
        self.session.runner.submit(profile.update, self.session.ctx.uow(), self.session.actor,
                                   self.form.profile(), on_done=self._saved, on_error=self._failed)

    def _saved(self, saved: CooperativeProfile) -> None:
        self.save_button.setEnabled(True)
        self.form.set_profile(saved)
        self.message.show_ok(self.tr("Profil koperasi disimpan."))
        self.session.events.profile_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_error(exc)
