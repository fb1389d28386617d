"""Dialogs of the Bagan Akun tab: a new leaf account under a header, and a new name.
Each calls its service off the GUI thread and shows a refusal inline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from app.domain.accounts import Account, AccountType
from app.services import accounts_admin
from app.services.accounts_admin import AccountInfo
from app.ui.session import Session
from app.ui.widgets import MessageLabel, button, hint


def type_label(t: AccountType) -> str:
    return {AccountType.ASET: QCoreApplication.translate("BooksAccounts", "Aset"),
            AccountType.KEWAJIBAN: QCoreApplication.translate("BooksAccounts", "Kewajiban"),
            AccountType.EKUITAS: QCoreApplication.translate("BooksAccounts", "Ekuitas"),
            AccountType.PENDAPATAN: QCoreApplication.translate("BooksAccounts", "Pendapatan"),
            AccountType.BEBAN: QCoreApplication.translate("BooksAccounts", "Beban")}[t]


def side_label(side: str) -> str:
    return (QCoreApplication.translate("BooksAccounts", "Debit") if side == "debit"
            else QCoreApplication.translate("BooksAccounts", "Kredit"))


class _ServiceDialog(QDialog):
    done = Signal(object)  # AccountInfo

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.message = MessageLabel()
        self.save_button = button(QCoreApplication.translate("BooksAccounts", "Simpan"), primary=True)
        self.cancel_button = button(QCoreApplication.translate("BooksAccounts", "Batal"))
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def _call(self, fn, *args, **kwargs) -> None:
        self.save_button.setEnabled(False)
        self.message.clear()
        self.session.runner.submit(fn, self.session.ctx.uow(), self.session.actor, *args, **kwargs,
                                   on_done=self._done, on_error=self._failed)

    def _done(self, info: AccountInfo) -> None:
        self.done.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_error(exc)

    def save(self) -> None:
        raise NotImplementedError


class AddAccountDialog(_ServiceDialog):
    """Parent header (two digits), code (the next free one offered), name, contra."""

    def __init__(self, session: Session, parents: list[Account], parent: QWidget | None = None,
                 *, under: str | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Akun baru"))
        self.setMinimumWidth(560)
        self._parents = {a.code: a for a in parents}
        self.parent_box = QComboBox()
        for a in parents:
            self.parent_box.addItem(f"{a.code} — {a.name}", a.code)
        self.code = QLineEdit()
        self.code.setMaxLength(4)
        self.code.setMaximumWidth(120)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("mis. Beban Keamanan"))
        self.contra = QCheckBox(self.tr("Akun lawan (mis. akumulasi penyusutan)"))
        self.kind = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Di bawah"), self.parent_box)
        form.addRow(self.tr("Kode"), self.code)
        form.addRow(self.tr("Nama"), self.name)
        form.addRow("", self.contra)
        form.addRow(self.tr("Jenis"), self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("Jenis akun mengikuti induknya. Akun baru langsung aktif dan bisa "
                                      "dijurnal; yang sudah dipakai tidak bisa dihapus, hanya dinonaktifkan.")))
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        self.parent_box.currentIndexChanged.connect(lambda _i: self._parent_changed())
        self.contra.toggled.connect(lambda _c: self._show_kind())
        self.name.textChanged.connect(lambda _t: self._gate())
        self.code.textChanged.connect(lambda _t: self._gate())
        if under:
            self.parent_box.setCurrentIndex(max(0, self.parent_box.findData(under)))
        self._parent_changed()
        self.name.setFocus()

    def selected_parent(self) -> Account | None:
        return self._parents.get(self.parent_box.currentData())

    def _parent_changed(self) -> None:
        parent = self.selected_parent()
        if parent is not None:
            self.code.setText(accounts_admin.next_code(self.session.ctx.reader(), self.session.actor, parent.code))
        self._show_kind()

    def _show_kind(self) -> None:
        parent = self.selected_parent()
        if parent is None:
            self.kind.setText("")
            return
        debit = parent.type.normal_debit != self.contra.isChecked()
        self.kind.setText(self.tr("{type} · saldo normal {side}").format(
            type=type_label(parent.type), side=side_label("debit" if debit else "kredit")))
        self._gate()

    def _gate(self) -> None:
        self.save_button.setEnabled(bool(self.name.text().strip() and self.code.text().strip()))

    def save(self) -> None:
        if self.save_button.isEnabled():
            self._call(accounts_admin.add_account, self.parent_box.currentData(), self.code.text(),
                       self.name.text(), contra=self.contra.isChecked())


class RenameAccountDialog(_ServiceDialog):
    def __init__(self, session: Session, account: AccountInfo, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.account = account
        self.setWindowTitle(self.tr("Ganti nama akun {code}").format(code=account.code))
        self.setMinimumWidth(480)
        self.name = QLineEdit(account.name)
        self.name.setMaxLength(120)
        self.name.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("Nama lama"), QLabel(account.name))
        form.addRow(self.tr("Nama baru"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("Jurnal lama ikut tampil dengan nama baru; kode akun tetap.")))
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        self.name.textChanged.connect(
            lambda t: self.save_button.setEnabled(bool(t.strip()) and t.strip() != account.name))
        self.name.returnPressed.connect(self.save)
        self.save_button.setEnabled(False)

    def save(self) -> None:
        if self.save_button.isEnabled():
            self._call(accounts_admin.rename_account, self.account.code, self.name.text())
