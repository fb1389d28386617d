"""Beranda: a dashboard per role. Everyone sees what their permissions let them read, from
one service call (`dashboard.dashboard`) made on the task runner when the page is shown and
every minute while it stays on screen, so the GUI never waits for it.

- kasir: this till's sales today, its QRIS still waiting, failed prints, low stock;
- pengurus, bendahara, pengawas: the outlet's sales today, this month against last, Kas and
  Bank, savings per type, loans outstanding and NPL in the health colour, the three charts,
  top products, low stock, pending QRIS and failed prints;
- admin: the backups and the print queue, beside the cooperative's profile.

Each tile opens its page (the first of its targets this user has)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from shiboken6 import isValid

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.catalogue import format_qty
from app.services import dashboard, profile
from app.services.dashboard import Dashboard
from app.ui.outlet import outlet_zone
from app.ui.pages.home_figures import HomeFigures
from app.ui.pages.home_tiles import ListCard, Tile
from app.ui.pages.till_common import till_name
from app.ui.session import Session
from app.ui.widgets import MessageLabel, button, card, hint, page_title

REFRESH_MS = 60_000
WIDE = 1060  # px of page: five figure tiles across; narrower, three per row

# Where each tile leads: the first page of the list this user has. "page/tab" opens a tab,
# "page?report@account" picks a report on the Laporan page for the dashboard's month.
TARGETS: dict[str, tuple[str, ...]] = {
    "till": ("till",),
    "today": ("reports?penjualan", "journal"),
    "month": ("reports?penjualan", "journal"),
    "top_products": ("reports?penjualan", "stock/catalogue"),
    "cash": ("reports?kas-harian@1101", "journal"),
    "savings": ("members",),
    "loans": ("loans/aging", "loans"),
    "low_stock": ("stock/catalogue",),
    "pending_qris": ("till", "qris_reconcile"),
    "pending_list": ("till", "qris_reconcile"),
    "prints": ("print_jobs",),
    "backup": ("settings/backup",),
    "sync": ("sync",),
}


class HomePage(QWidget):
    refreshed = Signal()  # new figures are on screen (tests wait for it)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        actor = session.actor
        self.till = till_name()
        self.data: Dashboard | None = None
        self.loading = False
        self._again = False
        self._zone = outlet_zone(session.ctx)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        content = QWidget()
        content.setObjectName("plainBackground")
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(22, 14, 22, 14)
        layout.setSpacing(12)

        top = QHBoxLayout()
        self.greeting = page_title(self.tr("Selamat datang, {name}").format(name=actor.full_name))
        top.addWidget(self.greeting)
        self.stamp = hint("")
        self.stamp.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wraps, never widens
        self.stamp.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.stamp, 1)
        self.refresh_button = button(self.tr("Muat ulang"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.message = MessageLabel()
        layout.addWidget(self.message)

        self.tiles: dict[str, Tile] = {}
        self.lists: dict[str, ListCard] = {}
        # The books' part (figures and charts): built only for those who read reports.
        self.books_card = QWidget()
        self.books_card.setVisible(actor.can(Permission.REPORT_VIEW))
        self.figures: HomeFigures | None = None
        if actor.can(Permission.REPORT_VIEW):
            self.figures = HomeFigures(self._tile, self.books_card)
        layout.addWidget(self.books_card)
        layout.addLayout(self._build_rest())
        self.profile_card = None
        if not (actor.can(Permission.REPORT_VIEW) or actor.can(Permission.SALE_VIEW)):
            layout.addWidget(self._build_profile())
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        session.events.backups_changed.connect(self.refresh)
        session.events.profile_changed.connect(self._fill_profile)

    # --- building ----------------------------------------------------------

    def _tile(self, key: str, title: str, cls=Tile, **kwargs) -> Tile:
        tile = cls(title, key if key in TARGETS else "", **kwargs)
        tile.clicked.connect(self.open_target)
        (self.lists if cls is ListCard else self.tiles)[key] = tile
        return tile

    def _build_rest(self) -> QGridLayout:
        """The till's and the shop's tiles and lists, for whoever may read them."""
        actor = self.session.actor
        grid = QGridLayout()
        grid.setSpacing(12)
        books = actor.can(Permission.REPORT_VIEW)
        small: list[Tile] = []
        if actor.can(Permission.SALE_SELL) and not books:
            small.append(self._tile("till", self.tr("Penjualan hari ini · {till}").format(till=self.till)))
        if actor.can(Permission.SALE_VIEW):
            small.append(self._tile("pending_qris", self.tr("QRIS menunggu konfirmasi"), compact=books))
        if actor.can(Permission.PRINT):
            small.append(self._tile("prints", self.tr("Cetak gagal"), compact=books))
        if actor.can(Permission.BACKUP_CREATE) or actor.can(Permission.BACKUP_RESTORE):
            small.append(self._tile("backup", self.tr("Cadangan data"), compact=books))
        if actor.can(Permission.SYNC_EXPORT):
            small.append(self._tile("sync", self.tr("Ekspor kabupaten"), compact=books))
        lists: list[ListCard] = []
        if books:
            lists.append(self._tile("top_products", self.tr("Produk terlaris bulan ini"), ListCard))
        if actor.can(Permission.STOCK_VIEW):
            lists.append(self._tile("low_stock", self.tr("Stok menipis"), ListCard))
        if actor.can(Permission.SALE_VIEW) and not books:
            lists.append(self._tile("pending_list", self.tr("QRIS menunggu di {till}").format(till=self.till), ListCard))
        if books:  # the lists side by side, the small tiles stacked beside them
            for col, widget in enumerate(lists):
                grid.addWidget(widget, 0, col, Qt.AlignmentFlag.AlignTop)
            stack = QVBoxLayout()
            stack.setSpacing(12)
            for tile in small:
                stack.addWidget(tile)
            stack.addStretch(1)
            grid.addLayout(stack, 0, len(lists))
            for col in range(len(lists) + 1):
                grid.setColumnStretch(col, 1)
        else:  # tiles across, lists under them
            columns = max(len(small), len(lists), 2)
            for col, tile in enumerate(small):
                grid.addWidget(tile, 0, col)
            for col, widget in enumerate(lists):
                grid.addWidget(widget, 1, col, Qt.AlignmentFlag.AlignTop)
            for col in range(columns):
                grid.setColumnStretch(col, 1)
        return grid

    def _build_profile(self) -> QFrame:
        self.profile_card, layout = card(self.tr("Profil koperasi"))
        self.profile_form = QFormLayout()
        self.profile_form.setVerticalSpacing(6)
        layout.addLayout(self.profile_form)
        self._fill_profile()
        return self.profile_card

    def _fill_profile(self) -> None:
        if self.profile_card is None:
            return
        while self.profile_form.rowCount():
            self.profile_form.removeRow(0)
        coop = profile.get(self.session.ctx.reader())  # one row, as the header reads it
        if coop is None:
            return
        for label, value in ((self.tr("Nama"), coop.name), (self.tr("NIB"), coop.nib),
                             (self.tr("Badan hukum"), coop.legal_entity_no), (self.tr("Alamat"), coop.address),
                             (self.tr("Desa/Kelurahan"), coop.desa), (self.tr("Kecamatan"), coop.kecamatan),
                             (self.tr("Kabupaten/Kota"), coop.kabupaten), (self.tr("Provinsi"), coop.provinsi),
                             (self.tr("Telepon"), coop.phone or "—"), (self.tr("Zona waktu"), coop.timezone)):
            text = QLabel(value)
            text.setWordWrap(True)
            self.profile_form.addRow(label, text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.figures is not None:
            self.figures.reflow(5 if self.width() >= WIDE else 3)  # the viewport is laid out later

    # --- navigation --------------------------------------------------------

    def _pages(self) -> list[str]:
        keys = getattr(self.window(), "page_keys", None)
        return keys() if keys else []

    def open_target(self, key: str) -> None:
        """Open the first of the tile's targets this user has."""
        pages = self._pages()
        target = next((t for t in TARGETS.get(key, ()) if t.partition("?")[0].partition("/")[0] in pages), None)
        if target is None:
            return
        place, _, report = target.partition("?")
        page_key, _, tab = place.partition("/")
        page = self.window().show_page(page_key)
        if tab and tab in getattr(page, "tab_by_key", {}):
            widget = page.show_tab(tab)
            if key == "low_stock" and hasattr(widget, "low_only"):
                widget.low_only.setChecked(True)
        if report and self.data is not None and hasattr(page, "choose"):
            name, _, account = report.partition("@")
            page.choose(name, f"{self.data.as_of:%Y-%m}", account or None)

    # --- refreshing --------------------------------------------------------

    def showEvent(self, event) -> None:  # figures may have changed on another page
        super().showEvent(event)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def refresh(self) -> None:
        if self.loading:
            self._again = True  # one more when this one is back
            return
        self.loading = True
        self.refresh_button.setEnabled(False)
        self.session.runner.submit(dashboard.dashboard, self.session.ctx.reader(), self.session.actor,
                                   till=self.till, on_done=self._loaded, on_error=self._failed)

    def _finish(self) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):  # logged out while the figures were on their way
            return
        self.message.show_error(exc)
        self._finish()

    def _loaded(self, d: Dashboard) -> None:
        if not isValid(self):
            return
        self.data = d
        self.message.clear()
        self.stamp.setText(self.tr("Hari usaha {day} · diperbarui {time}").format(
            day=fmt.day(d.as_of), time=fmt.local_datetime(d.updated_at, self._zone).split(" ", 3)[3]))
        if self.figures is not None:
            self.figures.show(d)
        self._fill_shop(d)
        self._finish()
        self.refreshed.emit()

    def _fill_shop(self, d: Dashboard) -> None:
        t = self.tiles
        if d.till is not None and "till" in t:
            shift = (self.tr("shift {number}").format(number=d.till.shift_no) if d.till.shift_no
                     else self.tr("belum ada shift terbuka"))
            t["till"].set(fmt.rupiah(d.till.total_rp),
                          self.tr("{count} transaksi · {shift}").format(count=d.till.sales_count, shift=shift))
        if d.pending_qris is not None and "pending_qris" in t:
            waiting = len(d.pending_qris)
            t["pending_qris"].set(str(waiting), self.tr("{amount} belum dikonfirmasi").format(
                amount=fmt.rupiah(sum(p.qris_rp for p in d.pending_qris))) if waiting else "",
                colour="#a15c00" if waiting else None)
        if "pending_list" in self.lists and d.pending_qris is not None:
            self.lists["pending_list"].set_rows(
                [(f"{p.number} · {p.cashier}", fmt.rupiah(p.qris_rp)) for p in d.pending_qris[:6]],
                self.tr("Tidak ada pembayaran QRIS yang menunggu."))
        if d.failed_prints is not None and "prints" in t:
            t["prints"].set(str(d.failed_prints),
                            self.tr("Menunggu dicetak ulang atau dibatalkan") if d.failed_prints else "",
                            colour="#b3261e" if d.failed_prints else None)
        if d.backup is not None and "backup" in t:
            if not d.backup.embedded:
                t["backup"].set(self.tr("PostgreSQL"), self.tr("Dicadangkan dengan pg_dump di server"))
            elif d.backup.last_at is None:
                t["backup"].set(self.tr("Belum pernah"), self.tr("Buat cadangan sekarang"), colour="#b3261e")
            else:
                t["backup"].set(fmt.local_datetime(d.backup.last_at, self._zone),
                                self.tr("Sudah lebih dari sehari: buat cadangan") if d.backup.due
                                else self.tr("Cadangan masih baru"), colour="#b3261e" if d.backup.due else None)
        if d.sync is not None and "sync" in t:
            if d.sync.due_month is not None:
                t["sync"].set(self.tr("Belum dibuat"), self.tr("Ekspor ke kabupaten untuk {month} belum dibuat").format(
                    month=_month_label(d.sync.due_month)), colour="#b3261e")
            else:
                t["sync"].set(_month_label(d.sync.covered_to or ""), self.tr("Sudah diekspor"))
        if d.low_stock_count is not None and "low_stock" in self.lists:
            rows = [(f"{p.name}", self.tr("{qty} / min {min} {unit}").format(
                qty=format_qty(p.qty_milli), min=format_qty(p.min_stock_milli), unit=p.unit)) for p in d.low_stock]
            more = d.low_stock_count - len(d.low_stock)
            self.lists["low_stock"].set_rows(
                rows, self.tr("Semua stok di atas batas minimum."),
                self.tr("dan {count} barang lagi").format(count=more) if more > 0 else "",
                colours=["#b3261e" if p.qty_milli <= 0 else "#a15c00" for p in d.low_stock])
        if d.sales is not None and "top_products" in self.lists:
            self.lists["top_products"].set_rows(
                [(p.name, fmt.rupiah(p.amount_rp)) for p in d.sales.top_products],
                self.tr("Belum ada penjualan bulan ini."))


def _month_label(key: str) -> str:
    """'2026-10' → 'Oktober 2026'."""
    year, _, month = key.partition("-")
    return fmt.month(int(year), int(month)) if month else "—"
