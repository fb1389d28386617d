"""The Beranda's building blocks: a tile (one headline figure that opens its page when
clicked, or with Enter/Space when focused) and a short list card (top products, low stock,
pending QRIS: a handful of name/figure rows, never a whole table)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.ui.style import RED

TILE_STYLE = f"""
#tile {{ background: white; border: 1px solid #dddddd; border-radius: 6px; }}
#tile[link="true"]:hover, #tile:focus {{ border: 1px solid {RED}; background: #fffafa; }}
#tileTitle {{ color: #555; font-weight: bold; }}
#tileValue {{ font-size: 15pt; font-weight: bold; color: #222; }}
#tileNote {{ color: #666; }}
"""


class Tile(QFrame):
    """A headline figure; `clicked(page_key)` when the user opens it."""

    clicked = Signal(str)

    def __init__(self, title: str, page_key: str = "", parent: QWidget | None = None, *,
                 compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(TILE_STYLE)
        self.page_key = page_key
        self.setProperty("link", bool(page_key))
        if page_key:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("tileTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.value = QLabel("…")
        self.value.setObjectName("tileValue")
        self.note = QLabel("")
        self.note.setObjectName("tileNote")
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if compact:  # title and figure on one line: for the small tiles stacked beside the lists
            self.title.setWordWrap(True)
            line = QHBoxLayout()
            line.addWidget(self.title, 1)
            line.addWidget(self.value)
            layout.addLayout(line)
        else:
            layout.addWidget(self.title)
            layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)  # tiles of a row share the tallest's height: figures stay on one line

    def set(self, value: str, note: str = "", *, colour: str | None = None) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.page_key and event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit(self.page_key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.page_key and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.page_key)
            return
        super().keyPressEvent(event)


class ListCard(Tile):
    """A tile whose body is a few rows of (text, figure) under the headline."""

    def __init__(self, title: str, page_key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, page_key, parent)
        self.value.hide()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(0, 1)
        layout = self.layout()
        layout.insertLayout(layout.indexOf(self.note), self.grid)
        self.rows: list[tuple[str, str]] = []

    def set_rows(self, rows: list[tuple[str, str]], empty: str, note: str = "", *,
                 colours: list[str | None] | None = None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = list(rows)
        for i, (text, figure) in enumerate(rows):
            left, right = QLabel(text), QLabel(figure)
            left.setTextFormat(Qt.TextFormat.PlainText)
            left.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # long names elide by width
            right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if colours and colours[i]:
                right.setStyleSheet(f"color: {colours[i]}; font-weight: bold;")
            left.setToolTip(text)
            self.grid.addWidget(left, i, 0)
            self.grid.addWidget(right, i, 1)
        if not rows:
            label = QLabel(empty)
            label.setObjectName("tileNote")
            self.grid.addWidget(label, 0, 0, 1, 2)
        self.note.setText(note)
        self.note.setVisible(bool(note))
