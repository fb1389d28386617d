"""Pengaturan: one tab per area, each shown only to those who may change it."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.domain.auth import Permission
from app.ui.session import Session
from app.ui.widgets import page_title


class SettingsPage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        actor = session.actor
        self.tabs = QTabWidget()
        self.tab_by_key: dict[str, QWidget] = {}
        if actor.can(Permission.PROFILE_EDIT):
            from app.ui.pages.settings_profile_tab import ProfileTab
            self._add("profile", ProfileTab(session), self.tr("Profil koperasi"))
        if actor.can(Permission.USER_MANAGE):
            from app.ui.pages.settings_users_tab import UsersTab
            self._add("users", UsersTab(session), self.tr("Pengguna"))
        if actor.can(Permission.BACKUP_CREATE) or actor.can(Permission.BACKUP_RESTORE):
            from app.ui.pages.settings_backup_tab import BackupTab
            self._add("backup", BackupTab(session), self.tr("Cadangan"))
        if actor.can(Permission.SETTINGS_EDIT):
            from app.ui.pages.settings_display_tab import DisplayTab
            self._add("display", DisplayTab(session), self.tr("Tampilan"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(page_title(self.tr("Pengaturan")))
        layout.addWidget(self.tabs, 1)

    def _add(self, key: str, widget: QWidget, title: str) -> None:
        self.tab_by_key[key] = widget
        self.tabs.addTab(widget, title)

    def show_tab(self, key: str) -> QWidget:
        widget = self.tab_by_key[key]
        self.tabs.setCurrentWidget(widget)
        return widget
