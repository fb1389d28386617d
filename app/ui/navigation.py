"""The page registry. A page is a spec (title, required permissions, factory); the main
window shows the pages the actor may open, in order. Later features (Kasir, Anggota,
Simpanan, Pinjaman, Persediaan, Laporan, Sinkronisasi) register their own spec."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from app.domain.auth import Actor, Permission
from app.ui.session import Session


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # called when shown, so the active translation applies
    factory: Callable[[Session], QWidget]
    any_of: frozenset[Permission] = frozenset()  # empty: every logged-in user
    order: int = 100
    icon: QStyle.StandardPixmap | None = None

    def allowed(self, actor: Actor) -> bool:
        return not self.any_of or any(actor.can(p) for p in self.any_of)


class PageRegistry:
    def __init__(self) -> None:
        self._specs: dict[str, PageSpec] = {}

    def register(self, spec: PageSpec) -> None:
        if spec.key in self._specs:
            raise ValueError(f"page {spec.key!r} is already registered")
        self._specs[spec.key] = spec

    def visible_for(self, actor: Actor) -> list[PageSpec]:
        return sorted((s for s in self._specs.values() if s.allowed(actor)), key=lambda s: (s.order, s.key))

    def __contains__(self, key: str) -> bool:
        return key in self._specs


def _home(session: Session) -> QWidget:
    from app.ui.pages.home_page import HomePage
    return HomePage(session)


def _till(session: Session) -> QWidget:
    from app.ui.pages.till_page import TillPage
    return TillPage(session)


def _stock(session: Session) -> QWidget:
    from app.ui.pages.stock_page import StockPage
    return StockPage(session)


def _members(session: Session) -> QWidget:
    from app.ui.pages.member_page import MemberPage
    return MemberPage(session)


def _loans(session: Session) -> QWidget:
    from app.ui.pages.loan_page import LoanPage
    return LoanPage(session)


def _journal(session: Session) -> QWidget:
    from app.ui.pages.journal_page import JournalPage
    return JournalPage(session)


def _reports(session: Session) -> QWidget:
    from app.ui.pages.report_page import ReportPage
    return ReportPage(session)


def _qris_reconcile(session: Session) -> QWidget:
    from app.ui.pages.qris_reconcile_page import QrisReconcilePage
    return QrisReconcilePage(session)


def _shu(session: Session) -> QWidget:
    from app.ui.pages.shu_page import ShuPage
    return ShuPage(session)


def _sync(session: Session) -> QWidget:
    from app.ui.pages.sync_page import SyncPage
    return SyncPage(session)


def _audit(session: Session) -> QWidget:
    from app.ui.pages.audit_page import AuditPage
    return AuditPage(session)


def _print_jobs(session: Session) -> QWidget:
    from app.ui.pages.print_jobs_page import PrintJobsPage
    return PrintJobsPage(session)


def _settings(session: Session) -> QWidget:
    from app.ui.pages.settings_page import SettingsPage
    return SettingsPage(session)


P = Permission
SP = QStyle.StandardPixmap


def core_pages() -> PageRegistry:
    """The pages of the foundation; feature modules add theirs with `register`."""
    registry = PageRegistry()
    registry.register(PageSpec(
        "home", lambda: QCoreApplication.translate("Navigation", "Beranda"), _home,
        order=0, icon=SP.SP_DirHomeIcon))
    registry.register(PageSpec(
        "till", lambda: QCoreApplication.translate("Navigation", "Kasir"), _till,
        frozenset({P.SALE_SELL}), order=10, icon=SP.SP_DialogApplyButton))
    registry.register(PageSpec(
        "stock", lambda: QCoreApplication.translate("Navigation", "Persediaan"), _stock,
        frozenset({P.STOCK_VIEW}), order=20, icon=SP.SP_DriveHDIcon))
    registry.register(PageSpec(
        "members", lambda: QCoreApplication.translate("Navigation", "Anggota"), _members,
        frozenset({P.MEMBER_VIEW}), order=30, icon=SP.SP_DriveNetIcon))
    registry.register(PageSpec(
        "loans", lambda: QCoreApplication.translate("Navigation", "Pinjaman"), _loans,
        frozenset({P.LOAN_APPLY, P.LOAN_APPROVE, P.LOAN_PAY, P.REPORT_VIEW}), order=40,
        icon=SP.SP_DialogSaveButton))
    registry.register(PageSpec(
        "journal", lambda: QCoreApplication.translate("Navigation", "Jurnal"), _journal,
        frozenset({P.JOURNAL_VIEW}), order=60, icon=SP.SP_FileDialogDetailedView))
    registry.register(PageSpec(
        "reports", lambda: QCoreApplication.translate("Navigation", "Laporan"), _reports,
        frozenset({P.REPORT_VIEW}), order=62, icon=SP.SP_FileIcon))
    registry.register(PageSpec(
        "qris_reconcile", lambda: QCoreApplication.translate("Navigation", "Rekonsiliasi QRIS"), _qris_reconcile,
        frozenset({P.REPORT_VIEW, P.JOURNAL_POST}), order=65, icon=SP.SP_BrowserReload))
    registry.register(PageSpec(
        "shu", lambda: QCoreApplication.translate("Navigation", "SHU"), _shu,
        frozenset({P.REPORT_VIEW}), order=64, icon=SP.SP_DialogYesButton))
    registry.register(PageSpec(
        "sync", lambda: QCoreApplication.translate("Navigation", "Sinkronisasi"), _sync,
        frozenset({P.SYNC_EXPORT}), order=66, icon=SP.SP_ArrowUp))
    registry.register(PageSpec(
        "print_jobs", lambda: QCoreApplication.translate("Navigation", "Antrean Cetak"), _print_jobs,
        frozenset({P.PRINT}), order=70, icon=SP.SP_FileDialogListView))
    registry.register(PageSpec(
        "audit", lambda: QCoreApplication.translate("Navigation", "Log Audit"), _audit,
        frozenset({P.AUDIT_VIEW}), order=80, icon=SP.SP_FileDialogContentsView))
    registry.register(PageSpec(
        "settings", lambda: QCoreApplication.translate("Navigation", "Pengaturan"), _settings,
        frozenset({P.PROFILE_EDIT, P.USER_MANAGE, P.BACKUP_CREATE, P.BACKUP_RESTORE, P.SETTINGS_EDIT,
                   P.PRINTER_SETUP, P.QRIS_SETUP}),
        order=90, icon=SP.SP_FileDialogInfoView))
    return registry
