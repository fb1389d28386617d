"""The login window: the cooperative's name, username, PIN and one big button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.auth import Actor
from app.services import auth, profile
from app.services.context import ServiceContext
from app.ui.tasks import TaskRunner
from app.ui.widgets import MessageLabel, button, pin_edit


class LoginWindow(QWidget):
    logged_in = Signal(object)  # Actor

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.setWindowTitle(self.tr("Kopdes — Masuk"))
        self.setObjectName("loginWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        coop = profile.get(ctx.reader())

        self.coop_name = QLabel(coop.name if coop else "Kopdes")
        self.coop_name.setObjectName("headerTitle")
        self.coop_name.setWordWrap(True)
        self.coop_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        place = QLabel(f"{coop.desa}, {coop.kabupaten}" if coop else "")
        place.setObjectName("headerSubtitle")
        place.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header = QFrame()
        header.setObjectName("header")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(24, 28, 24, 24)
        header_layout.addWidget(self.coop_name)
        header_layout.addWidget(place)

        self.username = QLineEdit()
        self.username.setObjectName("loginField")
        self.username.setPlaceholderText(self.tr("nama pengguna"))
        self.username.setMaxLength(32)
        self.pin = pin_edit(self.tr("PIN"))
        self.pin.setObjectName("loginField")
        self.message = MessageLabel()
        self.submit_button = button(self.tr("Masuk"), primary=True, name="loginButton")
        self.submit_button.setDefault(True)

        card = QFrame()
        card.setObjectName("loginCard")
        card.setFixedWidth(400)
        form = QVBoxLayout(card)
        form.setContentsMargins(28, 24, 28, 28)
        form.setSpacing(8)
        title = QLabel(self.tr("Masuk ke Kopdes"))
        title.setObjectName("pageTitle")
        form.addWidget(title)
        form.addSpacing(6)
        form.addWidget(QLabel(self.tr("Nama pengguna")))
        form.addWidget(self.username)
        form.addWidget(QLabel(self.tr("PIN")))
        form.addWidget(self.pin)
        form.addWidget(self.message)
        form.addSpacing(8)
        form.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

        self.username.returnPressed.connect(self._username_entered)
        self.pin.returnPressed.connect(self.submit)
        self.submit_button.clicked.connect(self.submit)
        self.resize(900, 620)
        self.username.setFocus()

    def _username_entered(self) -> None:
        if self.pin.text():
            self.submit()
        else:
            self.pin.setFocus()

    def submit(self) -> None:
        if not self.submit_button.isEnabled():
            return  # a check is already running
        username, secret = self.username.text().strip(), self.pin.text()
        if not username or not secret:
            self.message.show_error(self.tr("Isi nama pengguna dan PIN."))
            return
        self.message.clear()
        self._set_checking(True)
        # Argon2 takes a moment: verify off the GUI thread.
        self._runner.submit(auth.login, self._ctx.uow(), username, secret,
                            on_done=self._succeeded, on_error=self._failed)

    def _set_checking(self, checking: bool) -> None:
        self.submit_button.setEnabled(not checking)
        self.submit_button.setText(self.tr("Memeriksa…") if checking else self.tr("Masuk"))

    def _succeeded(self, actor: Actor) -> None:
        self._set_checking(False)
        self.pin.clear()
        self.logged_in.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        self._set_checking(False)
        self.pin.clear()
        self.pin.setFocus()
        self.message.show_error(exc)
