"""The main window: a header with the cooperative's name, navigation on the left
(only the pages the user may open), the page in the middle and a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QDialog, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QStackedWidget, QVBoxLayout, QWidget)

from app.domain.auth import ROLE_LABELS
from app.services import profile
from app.ui.idle_lock import LockOverlay
from app.ui.navigation import PageRegistry, PageSpec
from app.ui.outlet import last_backup_text
from app.ui.session import Session
from app.ui.widgets import button


class MainWindow(QMainWindow):
    lock_requested = Signal()
    logout_requested = Signal()
    close_requested = Signal()  # the user closed the window: the shell backs up, then closes

    def __init__(self, session: Session, registry: PageRegistry) -> None:
        super().__init__()
        self.session = session
        self._specs: list[PageSpec] = registry.visible_for(session.actor)
        self._pages: dict[str, QWidget] = {}
        self._may_close = False
        self.lock_overlay: LockOverlay | None = None
        self._hidden_dialogs: list[QDialog] = []
        self.setWindowTitle("Kopdes")
        self.setMinimumSize(QSize(1024, 640))

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(210)
        self.navigation.setIconSize(QSize(18, 18))
        for spec in self._specs:
            item = QListWidgetItem(spec.title())
            if spec.icon is not None:
                item.setIcon(self.style().standardIcon(spec.icon))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
        self.stack = QStackedWidget()
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self._build_status_bar()

        self.navigation.currentRowChanged.connect(self._row_changed)
        session.events.backups_changed.connect(self.refresh_status)
        session.events.profile_changed.connect(self.refresh_header)
        if self._specs:
            self.navigation.setCurrentRow(0)

    # --- building ----------------------------------------------------------

    def _build_header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("header")
        layout = QHBoxLayout(header)
        layout.setContentsMargins(20, 10, 16, 10)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.coop_name = QLabel()
        self.coop_name.setObjectName("headerTitle")
        self.coop_place = QLabel()
        self.coop_place.setObjectName("headerSubtitle")
        titles.addWidget(self.coop_name)
        titles.addWidget(self.coop_place)
        layout.addLayout(titles, 1)
        who = QLabel(self.session.actor.full_name)
        who.setObjectName("headerSubtitle")
        layout.addWidget(who)
        self.lock_button = button(self.tr("Kunci layar"))
        self.logout_button = button(self.tr("Keluar"))
        layout.addWidget(self.lock_button)
        layout.addWidget(self.logout_button)
        self.lock_button.clicked.connect(self.lock_requested)
        self.logout_button.clicked.connect(self.logout_requested)
        self.refresh_header()
        return header

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Kopdes"))
        self.lock_action = QAction(self.tr("Kunci layar"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.logout_action = QAction(self.tr("Keluar (ganti pengguna)"), self)
        self.logout_action.triggered.connect(self.logout_requested)
        self.quit_action = QAction(self.tr("Tutup aplikasi"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        for action in (self.lock_action, self.logout_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def _build_status_bar(self) -> None:
        actor = self.session.actor
        roles = ", ".join(ROLE_LABELS[r] for r in sorted(actor.roles))
        self.user_label = QLabel(self.tr("Pengguna: {name} ({roles})").format(name=actor.full_name, roles=roles))
        self.db_label = QLabel(self.tr("Data: {label}").format(label=self.session.ctx.db_label))
        self.db_label.setToolTip(self.session.ctx.db_label)
        self.backup_label = QLabel()
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.user_label)
        bar.addWidget(self.db_label, 1)
        self.print_status = None
        if self.session.print_driver is not None:
            from app.ui.pages.print_status import PrintStatus
            self.print_status = PrintStatus(self.session.print_driver)
            self.print_status.clicked.connect(self.show_print_jobs)
            bar.addPermanentWidget(self.print_status)
        bar.addPermanentWidget(self.backup_label)
        self.refresh_status()

    # --- pages -------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [s.key for s in self._specs]

    def page_titles(self) -> list[str]:
        return [self.navigation.item(i).text() for i in range(self.navigation.count())]

    def show_page(self, key: str) -> QWidget:
        row = self.page_keys().index(key)
        self.navigation.setCurrentRow(row)
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page widget, built on first use so start-up stays quick."""
        if key not in self._pages:
            spec = next(s for s in self._specs if s.key == key)
            widget = spec.factory(self.session)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def open_loan(self, number: str) -> None:
        """Show one loan on the Pinjaman page (from the member's profile), if this user has it."""
        if "loans" in self.page_keys():
            self.show_page("loans").open_loan(number)

    def show_print_jobs(self) -> None:
        if "print_jobs" in self.page_keys():
            self.show_page("print_jobs")

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            self.stack.setCurrentWidget(self.page(self._specs[row].key))

    # --- refreshers --------------------------------------------------------

    def refresh_header(self) -> None:
        coop = profile.get(self.session.ctx.reader())
        self.coop_name.setText(coop.name if coop else "Kopdes")
        self.coop_place.setText(
            f"{coop.desa}, {coop.kecamatan}, {coop.kabupaten}, {coop.provinsi}" if coop else "")

    def refresh_status(self) -> None:
        self.backup_label.setText(self.tr("Cadangan terakhir: {when}").format(
            when=last_backup_text(self.session.ctx)))

    # --- lock and close ----------------------------------------------------

    def lock(self) -> LockOverlay:
        if self.lock_overlay is None:
            # Open dialogs float above the overlay and, being modal, would block its PIN
            # field: hide them (content kept) until the user is back.
            self._hidden_dialogs = [d for d in self.findChildren(QDialog) if d.isVisible()]
            for dialog in self._hidden_dialogs:
                dialog.hide()
            self._set_interactive(False)
            self.lock_overlay = LockOverlay(self.session.ctx, self.session.runner, self.session.actor, self)
        return self.lock_overlay

    def unlock(self) -> None:
        if self.lock_overlay is not None:
            self.lock_overlay.hide()
            self.lock_overlay.deleteLater()
            self.lock_overlay = None
        self._set_interactive(True)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []

    def _set_interactive(self, enabled: bool) -> None:
        # Keyboard focus and shortcuts must not reach the pages under the lock screen.
        self.centralWidget().setEnabled(enabled)
        self.menuBar().setEnabled(enabled)
        for action in (self.lock_action, self.logout_action, self.quit_action):
            action.setEnabled(enabled)
        if self.print_status is not None:
            self.print_status.setEnabled(enabled)  # still shows the queue, but opens nothing

    @property
    def locked(self) -> bool:
        return self.lock_overlay is not None

    def close_now(self) -> None:
        """Close without the backup round trip (log out, restore, after the backup ran)."""
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
            return
        event.ignore()
        self.close_requested.emit()
