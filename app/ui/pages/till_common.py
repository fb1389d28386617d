"""Shared bits of the till: which till this PC is, the pengurus approval (PIN) box that
price changes, returns, voids and large cash differences need, and the page's look."""

from __future__ import annotations

import os
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.services import auth
from app.ui.session import Session
from app.ui.widgets import MessageLabel, button, hint, pin_edit

TILL_ENV = "KOPDES_TILL"
DEFAULT_TILL = "KASIR-1"


def till_name() -> str:
    """This PC's till: `KOPDES_TILL` (e.g. KASIR-2 on a second PC) or KASIR-1."""
    return os.environ.get(TILL_ENV, "").strip().upper() or DEFAULT_TILL


def kick_printer(session: Session) -> None:
    """Wake the print driver (if this session has one) so a job just queued goes out now."""
    driver = getattr(session, "print_driver", None)
    if driver is not None:
        driver.kick()


Approve = Callable[[], Actor | None]  # runs on a worker thread: the approver, or None if not needed


class ApprovalBox(QFrame):
    """Username and PIN of a pengurus who approves a restricted action. Hidden (and not
    asked) when the acting user may do it alone."""

    def __init__(self, session: Session, permission: Permission, parent: QWidget | None = None,
                 *, always_ask: bool = False) -> None:
        super().__init__(parent)
        self.session, self.permission = session, permission
        self.setObjectName("approvalBox")
        self.needed = always_ask or not session.actor.can(permission)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("nama pengguna pengurus"))
        self.username.setMaxLength(32)
        self.pin = pin_edit(self.tr("PIN pengurus"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        title = QLabel(self.tr("Persetujuan pengurus"))
        title.setObjectName("cardTitle")
        layout.addWidget(title)
        form = QFormLayout()
        form.addRow(self.tr("Pengurus"), self.username)
        form.addRow(self.tr("PIN"), self.pin)
        layout.addLayout(form)
        self.setVisible(self.needed)

    def require(self) -> None:
        """Ask from now on (e.g. after the service said a pengurus must approve)."""
        self.needed = True
        self.show()

    def approver_job(self, reason: str) -> Approve:
        """A callable for the task runner: checks the PIN (Argon2, ~100 ms) off the GUI thread."""
        if not self.needed:
            return lambda: None
        ctx, actor, permission = self.session.ctx, self.session.actor, self.permission
        username, secret = self.username.text().strip(), self.pin.text()
        missing = QCoreApplication.translate("Till", "Isi nama pengguna dan PIN pengurus yang menyetujui.")
        reason = reason.strip() or QCoreApplication.translate("Till", "persetujuan di kasir")

        def run() -> Actor | None:
            if not username or not secret:
                raise DomainError("approval_missing", missing)
            return auth.authorize_override(ctx.uow(), actor, username, secret, permission, reason=reason)
        return run

    def clear_pin(self) -> None:
        self.pin.clear()


class TillDialog(QDialog):
    """A till dialog: Enter confirms wherever the cursor is (fields ignore Return, so it
    arrives here once; no default button fires a second time), Esc cancels. While the
    service works, `busy` refuses a second confirmation."""

    def __init__(self, session: Session, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False
        self.setWindowTitle(title)
        self.message = MessageLabel()
        self.message.setObjectName("tillMessage")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.busy:
                self.confirm()
            return
        super().keyPressEvent(event)

    def confirm(self) -> None:  # overridden
        self.accept()

    def buttons(self, ok_text: str, cancel_text: str = "") -> tuple[QHBoxLayout, QPushButton]:
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button(cancel_text or QCoreApplication.translate("Till", "Batal (Esc)"))
        ok = button(ok_text, primary=True)
        for b in (cancel, ok):
            b.setAutoDefault(False)
            b.setMinimumHeight(38)
        cancel.clicked.connect(self.reject)
        ok.clicked.connect(lambda: None if self.busy else self.confirm())
        row.addWidget(cancel)
        row.addWidget(ok)
        self.ok_button = ok
        return row, ok

    def run(self, fn: Callable, *args, on_done: Callable, **kwargs) -> None:
        """Submit to the task runner; errors land in the dialog's message."""
        self.busy = True
        self.message.clear()

        def done(result) -> None:
            self.busy = False
            on_done(result)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.failed(exc)
        self.session.runner.submit(fn, *args, on_done=done, on_error=failed, **kwargs)

    def failed(self, exc: BaseException) -> None:
        self.message.show_error(exc)


def big_label(text: str = "", name: str = "tillBig") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    return label


def key_button(key: str, text: str) -> QPushButton:
    """A footer button that names its function key: big enough to touch, never takes focus."""
    b = QPushButton(f"{key}\n{text}")
    b.setObjectName("keyButton")
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    b.setToolTip(f"{key}: {text}")
    return b


def side_button(text: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName("sideButton")
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return b


def note(text: str) -> QLabel:
    return hint(text)


# The till's own look, on top of the application's stylesheet: large type for the
# barcode, the total and the change; rows tall enough for a finger.
TILL_STYLE = """
#tillHeader { background: #fbe9e7; border-bottom: 1px solid #e5c4c0; }
#tillHeader QLabel { color: #5a1410; }
#tillHeaderTitle { font-size: 13pt; font-weight: bold; }
#barcodeField { font-size: 17pt; min-height: 40px; padding: 4px 10px; }
#pendingQty { font-size: 13pt; font-weight: bold; color: #8c1d18; }
#tillTotalCard { background: #222; border-radius: 6px; }
#tillTotalCard QLabel { color: white; }
#tillTotalCaption { font-size: 11pt; color: #dddddd; }
#tillTotal { font-size: 30pt; font-weight: bold; }
#tillBig { font-size: 22pt; font-weight: bold; }
#tillChange { font-size: 24pt; font-weight: bold; color: #1b5e20; }
#tillShort { font-size: 20pt; font-weight: bold; color: #b3261e; }
#tillMessage { font-size: 12pt; }
#cartTable { font-size: 12.5pt; }
#keyButton { font-size: 10pt; min-height: 44px; padding: 2px 6px; }
#sideButton { min-height: 34px; }
#approvalBox { background: #fff8e1; border: 1px solid #e6cf8a; border-radius: 4px; }
#nikMasked { font-size: 12pt; font-weight: bold; }
#quickTender { font-size: 12pt; min-height: 36px; }
#qrisCode { background: white; border: 1px solid #d6d6d6; border-radius: 6px; color: #b3261e; padding: 8px; }
#qrisAmount { font-size: 36pt; font-weight: bold; color: #222; }
#qrisMerchant { font-size: 13pt; font-weight: bold; }
#qrisWarning { background: #fdecea; color: #8c1d18; border: 2px solid #b3261e; border-radius: 6px;
               padding: 10px 12px; font-size: 12.5pt; font-weight: bold; }
#keyButton[warn="true"] { background: #fff3cd; border-color: #e0b84a; color: #6d4c00; }
#qrisPendingBadge { background: #fff3cd; color: #6d4c00; border: 1px solid #e0b84a; border-radius: 4px;
                    padding: 2px 10px; font-weight: bold; }
"""
