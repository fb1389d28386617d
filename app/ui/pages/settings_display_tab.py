"""Pengaturan > Tampilan: language, idle lock, PIN lockout and how many backups to keep."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from app.services import settings
from app.ui.session import Session
from app.ui.widgets import MessageLabel, button, hint


def _spin(key: str, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(*settings.SPECS[key].bounds)  # the service's own limits
    spin.setSuffix(suffix)
    spin.setMaximumWidth(160)
    return spin


class DisplayTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setMaximumWidth(240)
        self.idle_minutes = _spin("ui.idle_lock_minutes", self.tr(" menit"))
        self.max_attempts = _spin("auth.max_attempts", self.tr(" kali"))
        self.lock_minutes = _spin("auth.lock_minutes", self.tr(" menit"))
        self.backups_keep = _spin("backup.keep", self.tr(" berkas"))
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Bahasa tampilan"), self.language)
        form.addRow("", hint(self.tr("Perubahan bahasa berlaku setelah aplikasi dibuka ulang.")))
        form.addRow(self.tr("Kunci layar setelah tidak dipakai"), self.idle_minutes)
        form.addRow(self.tr("Batas salah PIN sebelum akun dikunci"), self.max_attempts)
        form.addRow(self.tr("Lama akun dikunci"), self.lock_minutes)
        form.addRow(self.tr("Jumlah cadangan otomatis yang disimpan"), self.backups_keep)
        form.addRow("", hint(self.tr("Kunci layar berlaku mulai masuk berikutnya.")))
        self.message = MessageLabel()
        self.save_button = button(self.tr("Simpan pengaturan"), primary=True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        values = settings.read_all(self.session.ctx.reader())
        self.language.setCurrentIndex(max(0, self.language.findData(values["ui.language"])))
        self.idle_minutes.setValue(values["ui.idle_lock_minutes"])
        self.max_attempts.setValue(values["auth.max_attempts"])
        self.lock_minutes.setValue(values["auth.lock_minutes"])
        self.backups_keep.setValue(values["backup.keep"])

    def values(self) -> dict:
        return {"ui.language": self.language.currentData(),
                "ui.idle_lock_minutes": self.idle_minutes.value(),
                "auth.max_attempts": self.max_attempts.value(),
                "auth.lock_minutes": self.lock_minutes.value(),
                "backup.keep": self.backups_keep.value()}

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.message.clear()
        self.session.runner.submit(settings.change, self.session.ctx.uow(), self.session.actor,
                                   self.values(), on_done=self._saved, on_error=self._failed)

    def _saved(self, _values: dict) -> None:
        self.save_button.setEnabled(True)
        self.message.show_ok(self.tr("Pengaturan disimpan."))

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_error(exc)
