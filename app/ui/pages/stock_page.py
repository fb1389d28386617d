"""Persediaan: the catalogue for everyone who may see stock; receiving, stock take and
adjustments for those who manage it; the LPG logbook for pengurus and pengawas."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.auth import Permission
from app.ui.pages.tabbed_page import TabbedPage
from app.ui.session import Session


class StockPage(TabbedPage):
    def __init__(self, session: Session) -> None:
        super().__init__(session, QCoreApplication.translate("StockPage", "Persediaan"))
        actor = session.actor
        from app.ui.pages.stock_catalogue_tab import CatalogueTab
        self.catalogue = CatalogueTab(session)
        self._add("catalogue", self.catalogue, self.tr("Katalog"))
        if actor.can(Permission.STOCK_MANAGE):
            from app.ui.pages.stock_docs_tabs import AdjustTab, ReceiveTab
            from app.ui.pages.stock_take_tab import StockTakeTab
            self._add("receive", ReceiveTab(session), self.tr("Penerimaan"))
            self._add("take", StockTakeTab(session), self.tr("Stok opname"))
            self._add("adjust", AdjustTab(session), self.tr("Penyesuaian"))
            for key in ("receive", "take", "adjust"):
                self.tab_by_key[key].saved.connect(lambda _r: self.catalogue.refresh())
        if actor.can(Permission.LPG_LOGBOOK):
            from app.ui.pages.stock_lpg_tab import LpgLogbookTab
            self._add("lpg", LpgLogbookTab(session), self.tr("Logbook LPG"))
