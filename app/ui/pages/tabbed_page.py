"""A page of tabs under a title, each tab added only for those who may use it."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.session import Session
from app.ui.widgets import page_title


class TabbedPage(QWidget):
    def __init__(self, session: Session, title: str) -> None:
        super().__init__()
        self.session = session
        self.tabs = QTabWidget()
        self.tab_by_key: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(page_title(title))
        layout.addWidget(self.tabs, 1)

    def _add(self, key: str, widget: QWidget, title: str) -> None:
        self.tab_by_key[key] = widget
        self.tabs.addTab(widget, title)

    def tab_keys(self) -> list[str]:
        return list(self.tab_by_key)

    def show_tab(self, key: str) -> QWidget:
        widget = self.tab_by_key[key]
        self.tabs.setCurrentWidget(widget)
        return widget
