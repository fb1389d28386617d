"""Idle lock: after some minutes without keyboard or mouse input, a screen covers the
main window until the same user enters the PIN again (or logs out)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from app.domain.auth import Actor
from app.services import auth
from app.services.context import ServiceContext
from app.ui.tasks import TaskRunner
from app.ui.widgets import MessageLabel, button, pin_edit

_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """Watches all input of the application; `idle` fires after `timeout_ms` of none.
    The timeout is a parameter so tests can use a few milliseconds."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._installed = False

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False


class LockOverlay(QFrame):
    """Covers the whole main window (hiding the figures on screen) with a PIN prompt."""

    unlocked = Signal(object)  # the refreshed Actor
    logout_requested = Signal()

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._actor = ctx, runner, actor
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)

        panel = QFrame()
        panel.setObjectName("loginCard")
        panel.setFixedWidth(380)
        title = QLabel(self.tr("Layar terkunci"))
        title.setObjectName("pageTitle")
        self.who = QLabel(self.tr("Masukkan PIN {name} untuk melanjutkan.").format(name=actor.full_name))
        self.who.setWordWrap(True)
        self.pin = pin_edit(self.tr("PIN"))
        self.pin.setObjectName("loginField")
        self.message = MessageLabel()
        self.unlock_button = button(self.tr("Buka"), primary=True, name="loginButton")
        self.logout_button = button(self.tr("Keluar (ganti pengguna)"))
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 20, 24, 24)
        inner.setSpacing(8)
        for w in (title, self.who, self.pin, self.message, self.unlock_button, self.logout_button):
            inner.addWidget(w)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.pin.returnPressed.connect(self.submit)
        self.unlock_button.clicked.connect(self.submit)
        self.logout_button.clicked.connect(self.logout_requested)
        parent.installEventFilter(self)  # follow the window's size
        self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.pin.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        if not self.pin.text():
            self.message.show_error(self.tr("Masukkan PIN."))
            return
        self.unlock_button.setEnabled(False)
        self._runner.submit(auth.verify_again, self._ctx.uow(), self._actor, self.pin.text(),
                            on_done=self._succeeded, on_error=self._failed)

    def _succeeded(self, actor: Actor) -> None:
        self.unlock_button.setEnabled(True)
        self.unlocked.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.message.show_error(exc)
