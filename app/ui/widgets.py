"""Small building blocks shared by the windows: inline error labels, non-blocking
message boxes, buttons, PIN fields, money entry and date pickers."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QDateEdit, QFrame, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.errors import DomainError


def error_text(exc: BaseException) -> str:
    """What the user reads: the service's own message and details, or a plain notice."""
    if isinstance(exc, DomainError):
        return str(exc)
    return QCoreApplication.translate("Common", "Terjadi kesalahan tak terduga: {error}").format(
        error=f"{type(exc).__name__}: {exc}")


class MessageLabel(QLabel):
    """An inline message under a form; hidden while empty. Red for errors, green for success."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, exc_or_text: BaseException | str) -> None:
        text = exc_or_text if isinstance(exc_or_text, str) else error_text(exc_or_text)
        self._show(text, "errorText")

    def show_ok(self, text: str) -> None:
        self._show(text, "okText")

    def _show(self, text: str, name: str) -> None:
        self.setObjectName(name)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")
        self.hide()


def message_box(parent: QWidget | None, title: str, text: str, *, error: bool = False,
                on_closed: Callable[[], None] | None = None) -> QMessageBox:
    """Open a message box without blocking (window-modal), so tests and timers keep running."""
    box = QMessageBox(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Common", "OK"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_closed is not None:
        box.finished.connect(lambda _result: on_closed())
    box.open()
    return box


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str,
            on_yes: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("Common", "Batal"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.accepted.connect(on_yes)
    box.open()
    return box


def button(text: str, *, primary: bool = False, name: str = "") -> QPushButton:
    b = QPushButton(text)
    if primary:
        b.setProperty("primary", True)
    if name:
        b.setObjectName(name)
    return b


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    heading = QLabel(title)
    heading.setObjectName("cardTitle")
    layout.addWidget(heading)
    return frame, layout


def pin_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(64)
    return edit


class MoneyEdit(QLineEdit):
    """Integer rupiah entry: accepts '12500' or '12.500' and shows '12.500' once left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"(Rp)?[0-9.]{0,22}"), self))
        self.setPlaceholderText("0")
        self.editingFinished.connect(self._tidy)

    def amount(self) -> int | None:
        """0 when empty, None when the text is not a rupiah amount."""
        if not self.text().strip():
            return 0
        try:
            return fmt.parse_rupiah(self.text())
        except ValueError:
            return None

    def set_amount(self, value: int) -> None:
        self.setText(fmt.number(value) if value else "")

    def _tidy(self) -> None:
        value = self.amount()
        if value:
            self.setText(fmt.number(value))


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(value: date | None = None, *, allow_empty: str = "") -> QDateEdit:
    """A calendar date picker. With `allow_empty`, the earliest date shows that text and
    means 'no date' (see `optional_date`)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    if allow_empty:
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(allow_empty)
        edit.setDate(edit.minimumDate())
    if value is not None:
        edit.setDate(to_qdate(value))
    return edit


def optional_date(edit: QDateEdit) -> date | None:
    if edit.specialValueText() and edit.date() == edit.minimumDate():
        return None
    return from_qdate(edit.date())


def human_size(size_bytes: int) -> str:
    if size_bytes < 1024 * 1024:
        return f"{max(1, round(size_bytes / 1024))} KB"
    return f"{size_bytes / (1024 * 1024):.1f} MB".replace(".", ",")


def two_column_tab(tab: QWidget, left: list[QWidget], right: list[QWidget]) -> None:
    """A settings tab of cards in two equal columns (whatever their texts), scrolling when the
    window is small."""
    columns = QHBoxLayout()
    columns.setSpacing(12)
    for cards in (left, right):
        side = QVBoxLayout()
        side.setSpacing(12)
        side.setContentsMargins(0, 0, 0, 0)
        for card_widget in cards:
            side.addWidget(card_widget)
        side.addStretch(1)
        holder = QWidget()
        holder.setLayout(side)
        holder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        holder.setMinimumWidth(400)
        columns.addWidget(holder, 1)
    content = QWidget()
    content.setObjectName("plainBackground")
    content_layout = QVBoxLayout(content)
    content_layout.setContentsMargins(12, 8, 12, 6)
    content_layout.addLayout(columns, 1)
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer = QVBoxLayout(tab)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
