"""Pengaturan: one tab per area, each shown only to those who may change it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.auth import Permission
from app.ui.pages.tabbed_page import TabbedPage
from app.ui.session import Session


class SettingsPage(TabbedPage):
    def __init__(self, session: Session) -> None:
        super().__init__(session, QCoreApplication.translate("SettingsPage", "Pengaturan"))
        actor = session.actor
        if actor.can(Permission.PROFILE_EDIT):
            from app.ui.pages.settings_profile_tab import ProfileTab
            self._add("profile", ProfileTab(session), self.tr("Profil koperasi"))
        if actor.can(Permission.USER_MANAGE):
            from app.ui.pages.settings_users_tab import UsersTab
            self._add("users", UsersTab(session), self.tr("Pengguna"))
        if actor.can(Permission.BACKUP_CREATE) or actor.can(Permission.BACKUP_RESTORE):
            from app.ui.pages.settings_backup_tab import BackupTab
            self._add("backup", BackupTab(session), self.tr("Cadangan"))
        if actor.can(Permission.PRINTER_SETUP):
            from app.ui.pages.settings_printer_tab import PrinterTab
            self._add("printer", PrinterTab(session), self.tr("Printer"))
        if actor.can(Permission.QRIS_SETUP) or actor.can(Permission.SALE_VIEW):  # others only read it
            from app.ui.pages.settings_qris_tab import QrisTab
            self._add("qris", QrisTab(session), self.tr("QRIS"))
        if actor.can(Permission.SAVINGS_SETUP) or actor.can(Permission.SETTINGS_EDIT):
            from app.ui.pages.settings_savings_tab import SavingsTab
            self._add("savings", SavingsTab(session), self.tr("Simpanan & Anggota").replace("&", "&&"))
        if actor.can(Permission.SETTINGS_EDIT):
            from app.ui.pages.settings_display_tab import DisplayTab
            self._add("display", DisplayTab(session), self.tr("Tampilan"))
