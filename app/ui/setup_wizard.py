"""First run: the cooperative's profile, then the first admin. Nothing is written until
the last page, and then all at once (setup.initialise is one transaction)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWizard, QWizardPage

from app.domain.auth import credential_problem
from app.domain.cooperative import profile_problems
from app.services import setup
from app.services.auth import UserInfo
from app.services.context import ServiceContext
from app.ui.profile_form import ProfileForm
from app.ui.tasks import TaskRunner
from app.ui.widgets import MessageLabel, hint, pin_edit


class ProfilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Profil koperasi"))
        self.setSubTitle(self.tr("Data ini dicetak di struk, laporan dan ekspor. Semua bisa diubah nanti."))
        self.form = ProfileForm()
        self.message = MessageLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        problems = profile_problems(self.form.profile())
        if problems:
            self.message.show_error("\n".join(f"• {p}" for p in problems))
            return False
        self.message.clear()
        return True


class AdminPage(QWizardPage):
    """The first administrator. Finishing runs setup.initialise off the GUI thread
    (it hashes the PIN); the wizard closes when it succeeds."""

    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Admin pertama"))
        self.setSubTitle(self.tr("Admin mengelola pengguna, cadangan dan pengaturan."))
        self.username = QLineEdit("admin")
        self.username.setMaxLength(32)
        self.full_name = QLineEdit()
        self.pin = pin_edit()
        self.pin_again = pin_edit()
        self.message = MessageLabel()
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Ulangi PIN"), self.pin_again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("PIN minimal 6 angka, atau kata sandi minimal 8 karakter.")))
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.created = False
        self._running = False

    def validatePage(self) -> bool:
        if self.created:
            return True
        if self._running:
            return False
        if self.pin.text() != self.pin_again.text():
            self.message.show_error(self.tr("Kedua PIN tidak sama."))
            return False
        problem = credential_problem(self.pin.text())
        if problem:
            self.message.show_error(problem)
            return False
        self.message.clear()
        self._running = True
        self._wizard.set_busy(True)
        self._wizard.runner.submit(
            setup.initialise, self._wizard.ctx.uow(), self._wizard.profile_page.form.profile(),
            self.username.text(), self.full_name.text(), self.pin.text(),
            on_done=self._created, on_error=self._failed)
        return False  # the wizard finishes when the task reports success

    def _created(self, info: UserInfo) -> None:
        self._running = False
        self.created = True
        self._wizard.set_busy(False)
        self._wizard.finished_setup(info)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self._wizard.set_busy(False)
        self.message.show_error(exc)


class SetupWizard(QWizard):
    initialised = Signal(object)  # UserInfo of the first admin

    def __init__(self, ctx: ServiceContext, runner: TaskRunner) -> None:
        super().__init__()
        self.ctx, self.runner = ctx, runner
        self.setWindowTitle(self.tr("Penyiapan Kopdes"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.profile_page = ProfilePage()
        self.admin_page = AdminPage(self)
        self.addPage(self.profile_page)
        self.addPage(self.admin_page)
        self.resize(760, 620)

    def set_busy(self, busy: bool) -> None:
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton):
            self.button(which).setEnabled(not busy)

    def finished_setup(self, info: UserInfo) -> None:
        self.accept()  # validatePage now returns True
        self.initialised.emit(info)

