"""The bookkeeping page (key "journal"): tabs Jurnal (list, search, new journal with
templates, reversal), Bagan Akun (the chart with balances; changes for the bendahara)
and Periode (month close for the bendahara, reopen for the admin, year close).
A tab is loaded when first shown. The admin, who reopens months but reads no journals,
sees the Periode tab only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.auth import Permission
from app.ui.pages.books_accounts_tab import AccountsTab
from app.ui.pages.books_journal_tab import JournalTab
from app.ui.pages.books_periods_tab import PeriodsTab
from app.ui.pages.tabbed_page import TabbedPage
from app.ui.session import Session


class JournalPage(TabbedPage):
    def __init__(self, session: Session) -> None:
        super().__init__(session, QCoreApplication.translate("JournalPage", "Pembukuan"))
        actor = session.actor
        self.journal: JournalTab | None = None
        self.accounts: AccountsTab | None = None
        if actor.can(Permission.JOURNAL_VIEW):
            self.journal = JournalTab(session)
            self._add("journal", self.journal, self.tr("Jurnal"))
            self.accounts = AccountsTab(session)
            self._add("accounts", self.accounts, self.tr("Bagan Akun"))
        self.periods = PeriodsTab(session)
        self._add("periods", self.periods, self.tr("Periode"))
        self._loaded: set[str] = {"journal"}  # the journal tab loads its first page itself
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        self._load_current()

    def _load_current(self) -> None:
        widget = self.tabs.currentWidget()
        key = next((k for k, w in self.tab_by_key.items() if w is widget), None)
        if key is None or key in self._loaded:
            return
        self._loaded.add(key)
        widget.refresh()

    def __getattr__(self, name: str) -> Any:
        # The Jurnal tab's widgets stay reachable as the page's own (page.model,
        # page.new_button, page.open_new_dialog()…), as before the page had tabs.
        journal = self.__dict__.get("journal")
        if journal is not None and not name.startswith("__"):
            return getattr(journal, name)
        raise AttributeError(name)
