"""Dialogs of Pengaturan > Pengguna: add a user or change roles, and reset a PIN."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.domain.auth import ROLE_LABELS, Role
from app.services import auth
from app.services.auth import UserInfo
from app.ui.session import Session
from app.ui.widgets import MessageLabel, button, hint, pin_edit

ROLE_HINTS = {
    Role.KASIR: QT_TRANSLATE_NOOP("UserDialog", "penjualan dan shift kasir"),
    Role.PENGURUS: QT_TRANSLATE_NOOP("UserDialog", "anggota, simpan pinjam, persediaan, persetujuan"),
    Role.BENDAHARA: QT_TRANSLATE_NOOP("UserDialog", "jurnal, tutup buku, laporan keuangan"),
    Role.PENGAWAS: QT_TRANSLATE_NOOP("UserDialog", "melihat semuanya dan log audit, tanpa mengubah"),
    Role.ADMIN: QT_TRANSLATE_NOOP("UserDialog", "pengguna, cadangan, pengaturan"),
}


class _Buttons(QHBoxLayout):
    def __init__(self, ok_text: str, cancel_text: str) -> None:
        super().__init__()
        self.ok = button(ok_text, primary=True)
        self.cancel = button(cancel_text)
        self.addStretch(1)
        self.addWidget(self.cancel)
        self.addWidget(self.ok)


class UserDialog(QDialog):
    """New user (username, name, roles, PIN twice) or, given `existing`, name and roles."""

    saved = Signal(object)  # UserInfo

    def __init__(self, session: Session, existing: UserInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.existing = session, existing
        self.setWindowTitle(self.tr("Tambah pengguna") if existing is None else
                            self.tr("Ubah pengguna {username}").format(username=existing.username))
        self.setMinimumWidth(520)
        self.username = QLineEdit(existing.username if existing else "")
        self.username.setMaxLength(32)
        self.username.setReadOnly(existing is not None)
        self.full_name = QLineEdit(existing.full_name if existing else "")
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles_box = QVBoxLayout()
        for role in Role:
            box = QCheckBox(f"{ROLE_LABELS[role]} — {self.tr(ROLE_HINTS[role])}")
            box.setChecked(existing is not None and role.value in existing.roles)
            self.role_boxes[role] = box
            roles_box.addWidget(box)
        self.pin = pin_edit()
        self.pin_again = pin_edit()
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("Peran"), roles_box)
        if existing is None:
            form.addRow(self.tr("PIN"), self.pin)
            form.addRow(self.tr("Ulangi PIN"), self.pin_again)
        self.message = MessageLabel()
        self.buttons = _Buttons(self.tr("Simpan"), self.tr("Batal"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if existing is None:
            layout.addWidget(hint(self.tr("PIN minimal 6 angka, atau kata sandi minimal 8 karakter.")))
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        self.buttons.ok.clicked.connect(self.submit)
        self.buttons.cancel.clicked.connect(self.reject)

    def roles(self) -> list[str]:
        return [role.value for role, box in self.role_boxes.items() if box.isChecked()]

    def submit(self) -> None:
        s = self.session
        if self.existing is None:
            if self.pin.text() != self.pin_again.text():
                self.message.show_error(self.tr("Kedua PIN tidak sama."))
                return
            task = (auth.create_user, s.ctx.uow(), s.actor, self.username.text(), self.full_name.text(),
                    self.pin.text(), self.roles())
        else:
            task = (auth.set_roles, s.ctx.uow(), s.actor, self.existing.username, self.roles(),
                    self.full_name.text())
        self.buttons.ok.setEnabled(False)
        self.message.clear()
        s.runner.submit(*task, on_done=self._done, on_error=self._failed)

    def _done(self, info: UserInfo) -> None:
        self.saved.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.ok.setEnabled(True)
        self.message.show_error(exc)


class PinDialog(QDialog):
    """Reset a user's PIN (the admin), which also clears a lockout."""

    saved = Signal()

    def __init__(self, session: Session, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.username = session, username
        self.setWindowTitle(self.tr("PIN baru untuk {username}").format(username=username))
        self.setMinimumWidth(420)
        self.pin = pin_edit()
        self.pin_again = pin_edit()
        form = QFormLayout()
        form.addRow(self.tr("PIN baru"), self.pin)
        form.addRow(self.tr("Ulangi PIN"), self.pin_again)
        self.message = MessageLabel()
        self.buttons = _Buttons(self.tr("Simpan PIN"), self.tr("Batal"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        self.buttons.ok.clicked.connect(self.submit)
        self.buttons.cancel.clicked.connect(self.reject)

    def submit(self) -> None:
        if self.pin.text() != self.pin_again.text():
            self.message.show_error(self.tr("Kedua PIN tidak sama."))
            return
        self.buttons.ok.setEnabled(False)
        self.session.runner.submit(auth.set_credential, self.session.ctx.uow(), self.session.actor,
                                   self.username, self.pin.text(), on_done=self._done, on_error=self._failed)

    def _done(self, _none: object) -> None:
        self.saved.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.ok.setEnabled(True)
        self.message.show_error(exc)
