"""Anggota: the member list (searched as you type, a page at a time) beside the selected
member's profile and savings movements, with the actions each user may take (register,
correct, deposit/withdraw, reverse, exit, cards, statement); and the Tunggakan tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLineEdit, QSplitter, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.services import member_registry
from app.services.member_registry import ExitResult, MemberProfile, MemberSummary
from app.ui.pages.member_arrears_tab import ArrearsTab
from app.ui.pages.member_dialogs import MemberDialog
from app.ui.pages.member_exit_dialog import ExitDialog
from app.ui.pages.member_labels import STATUS_CODES, status_label
from app.ui.pages.member_print import MemberPrinting
from app.ui.pages.member_profile import ProfilePanel, fit_headers
from app.ui.pages.savings_dialog import SavingsDialog
from app.ui.pages.savings_reverse_dialog import ReverseSavingsDialog
from app.ui.pages.tabbed_page import TabbedPage
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, hint

PAGE_SIZE = 100
MAX_PAGES_SEARCHED = 10  # to select a member further down, the list is filtered to it instead
INACTIVE_TEXT = QColor("#8a8a8a")


class MemberListModel(LazyTableModel):
    """The lazy member list; members who have left are grey."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            member = self.row_object(index.row())
            return QBrush(INACTIVE_TEXT) if member is not None and member.status != "aktif" else None
        return super().data(index, role)


class MemberPage(TabbedPage):
    def __init__(self, session: Session) -> None:
        super().__init__(session, QCoreApplication.translate("MemberPage", "Anggota"))
        self.members = MembersTab(session)
        self.arrears = ArrearsTab(session)
        self._add("members", self.members, self.tr("Daftar Anggota"))
        self._add("arrears", self.arrears, self.tr("Tunggakan"))
        self.arrears.member_chosen.connect(self.open_member)
        self.members.savings_changed.connect(self._savings_changed)

    def open_member(self, member_no: str) -> None:
        self.show_tab("members")
        self.members.select_member(member_no)

    def _savings_changed(self) -> None:
        self.arrears.mark_stale()


class MembersTab(QWidget):
    savings_changed = Signal()  # balances moved: the arrears list is out of date

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        actor = session.actor
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, nomor, NIK atau HP…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), None)
        for code in STATUS_CODES:
            self.status.addItem(status_label(code), code)
        self.model = MemberListModel(self._columns(), page_size=PAGE_SIZE, parent=self)
        self.table = make_table(self.model, widths={0: 64, 2: 64, 3: 96, 4: 68, 5: 66, 6: 80, 7: 80}, stretch=1)
        fit_headers(self.table)
        self.count_label = hint("")
        self.message = MessageLabel()
        self.model.load_failed.connect(self.message.show_error)
        self.profile = ProfilePanel(session)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.profile)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 400])
        self.rows_splitter = QSplitter(Qt.Orientation.Vertical)
        self.rows_splitter.addWidget(self.splitter)
        self.rows_splitter.addWidget(self.profile.moves_box)
        self.rows_splitter.setStretchFactor(0, 3)
        self.rows_splitter.setStretchFactor(1, 2)
        self.rows_splitter.setChildrenCollapsible(False)
        self.rows_splitter.setSizes([310, 220])

        self.new_button = button(self.tr("Daftar Anggota Baru"), primary=True)
        self.new_button.setToolTip(self.tr("Daftarkan anggota baru (Ctrl+N)"))
        self.edit_button = button(self.tr("Ubah Data"))
        self.savings_button = button(self.tr("Setor/Tarik Simpanan"))
        self.savings_button.setToolTip(self.tr("Setoran atau penarikan simpanan anggota ini (F5)"))
        self.exit_button = button(self.tr("Keluar dari Keanggotaan"))
        self.printing = MemberPrinting(session, self)
        self.cards_button = self.printing.cards_button
        self.statement_button = self.printing.statement_button
        self.may_manage = may_manage = actor.can(Permission.MEMBER_MANAGE)
        self.may_post = actor.can(Permission.SAVINGS_POST)
        self.may_exit = actor.can(Permission.MEMBER_EXIT)
        self.new_button.setVisible(may_manage)
        self.edit_button.setVisible(may_manage)
        self.savings_button.setVisible(self.may_post)
        self.exit_button.setVisible(self.may_exit)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.cards_button)
        actions.addStretch(1)
        for b in (self.statement_button, self.edit_button, self.exit_button, self.savings_button):
            actions.addWidget(b)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.message)
        layout.addWidget(self.rows_splitter, 1)
        layout.addLayout(actions)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.refresh)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.open_edit_dialog() if may_manage else None)
        self.profile.changed.connect(self._profile_changed)
        self.profile.loan_chosen.connect(self._open_loan)
        self.profile.reverse_button.clicked.connect(self.open_reverse_dialog)
        self.new_button.clicked.connect(self.open_register_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.savings_button.clicked.connect(lambda: self.open_savings_dialog())
        self.exit_button.clicked.connect(self.open_exit_dialog)
        # Shortcuts of this tab: they fire only while the tab is on screen.
        QShortcut(QKeySequence("Ctrl+N"), self, self.open_register_dialog)
        QShortcut(QKeySequence("F5"), self, self.open_savings_dialog)
        self.dialog: QDialog | None = None
        self._profile_changed(None)
        self.refresh()  # no member is shown until one is chosen: the page opens quickly

    def _columns(self) -> list[Column]:
        return [
            Column("no", self.tr("No"), lambda m: m.member_no),
            Column("name", self.tr("Nama"), lambda m: m.name),
            Column("status", self.tr("Status"), lambda m: status_label(m.status)),
            Column("joined", self.tr("Masuk"), lambda m: m.join_date, fmt=fmt.day),
            # Rupiah without "Rp" to keep the columns narrow (the profile shows "Rp").
            Column("pokok", self.tr("Pokok"), lambda m: m.pokok_rp, RIGHT, fmt.number),
            Column("wajib", self.tr("Wajib"), lambda m: m.wajib_rp, RIGHT, fmt.number),
            Column("sukarela", self.tr("Sukarela"), lambda m: m.sukarela_rp, RIGHT, fmt.number),
            Column("total", self.tr("Total"), lambda m: m.total_rp, RIGHT, fmt.number),
        ]

    # --- list ---------------------------------------------------------------

    def _filters(self) -> dict:
        return {"text": self.search.text().strip(), "status": self.status.currentData()}

    def _load(self) -> None:
        ctx, actor, filters = self.session.ctx, self.session.actor, self._filters()
        self.message.clear()
        self.model.set_loader(lambda offset, limit: member_registry.list_members(
            ctx.reader(), actor, offset=offset, limit=limit, **filters))
        self.model.load_first_page()
        try:
            count = member_registry.count_members(ctx.reader(), actor, **filters)
        except DomainError as err:
            self.message.show_error(err)
            count = 0
        self.count_label.setText(self.tr("{count} anggota").format(count=fmt.number(count)))

    def refresh(self, select_no: str | None = None) -> None:
        """Reload the list with the filters. `select_no` selects (and reloads) that member,
        filtering the list down to it when it is further down than a few pages; without it
        the member shown stays selected if the list still has it."""
        self._debounce.stop()
        keep = select_no or (self.current.member_no if self.current else None)
        self._load()
        if keep and self._select_row(keep, pages=MAX_PAGES_SEARCHED if select_no else 1):
            return
        if select_no:
            for widget, change in ((self.search, lambda: self.search.setText(select_no)),
                                   (self.status, lambda: self.status.setCurrentIndex(0))):
                widget.blockSignals(True)
                change()
                widget.blockSignals(False)
            self._load()
            if not self._select_row(select_no, pages=1):
                self.profile.show_member(select_no)

    def _select_row(self, member_no: str, *, pages: int) -> bool:
        """Select the member's row (which shows its profile afresh)."""
        row = self.model.find_row(lambda m: m.member_no == member_no)
        for _ in range(pages - 1):
            if row >= 0 or not self.model.canFetchMore():
                break
            self.model.fetchMore()
            row = self.model.find_row(lambda m: m.member_no == member_no)
        if row < 0:
            return False
        self.table.selectRow(row)  # the model was reset: this is a new selection
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def select_member(self, member_no: str) -> None:
        self.refresh(select_no=member_no)

    def selected_summary(self) -> MemberSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        summary = self.selected_summary()
        if summary is not None:
            self.profile.show_member(summary.member_no)

    def _open_loan(self, number: str) -> None:
        """A loan double-clicked in the profile opens on the Pinjaman page (the main window's)."""
        opener = getattr(self.window(), "open_loan", None)
        if opener is not None:
            opener(number)

    def _profile_changed(self, profile: MemberProfile | None) -> None:
        active = profile is not None and profile.status == "aktif"
        self.edit_button.setEnabled(profile is not None)
        self.savings_button.setEnabled(active)
        self.exit_button.setEnabled(active)
        self.printing.member_changed(profile)

    @property
    def current(self) -> MemberProfile | None:
        return self.profile.profile

    # --- actions ------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_register_dialog(self) -> MemberDialog | None:
        if not self.may_manage:
            return None
        dialog = MemberDialog(self.session, None, self)
        dialog.saved.connect(self._registered)
        return self._open(dialog)

    def _registered(self, profile: MemberProfile) -> None:
        self.refresh(select_no=profile.member_no)
        self.message.show_ok(self.tr("{name} terdaftar sebagai anggota {number}.").format(
            name=profile.name, number=profile.member_no))
        self.savings_changed.emit()

    def open_edit_dialog(self) -> MemberDialog | None:
        if self.current is None or not self.may_manage:
            return None
        dialog = MemberDialog(self.session, self.current, self)
        dialog.saved.connect(self._edited)
        return self._open(dialog)

    def _edited(self, profile: MemberProfile) -> None:
        self.refresh(select_no=profile.member_no)
        self.message.show_ok(self.tr("Data anggota {number} tersimpan.").format(number=profile.member_no))

    def open_savings_dialog(self, *, withdraw: bool = False) -> QDialog | None:
        if self.current is None or self.current.status != "aktif" or not self.may_post:
            return None
        dialog = SavingsDialog(self.session, self.current.member_no, withdraw=withdraw, parent=self)
        dialog.accepted.connect(self._savings_posted)
        return self._open(dialog)

    def _savings_posted(self) -> None:
        if self.current is not None:
            self.refresh(select_no=self.current.member_no)
        self.savings_changed.emit()

    def open_reverse_dialog(self) -> QDialog | None:
        move = self.profile.selected_move()
        if move is None or not self.may_post or not self.profile.reverse_button.isEnabled():
            return None
        dialog = ReverseSavingsDialog(self.session, move.number, parent=self)
        dialog.accepted.connect(self._savings_posted)
        return self._open(dialog)

    def open_exit_dialog(self) -> ExitDialog | None:
        if self.current is None or self.current.status != "aktif" or not self.may_exit:
            return None
        dialog = ExitDialog(self.session, self.current, self)
        dialog.exited.connect(self._exited)
        return self._open(dialog)

    def _exited(self, result: ExitResult) -> None:
        self.refresh(select_no=result.profile.member_no)
        total = sum(result.paid_out.values())
        self.message.show_ok(self.tr("{name} tercatat {status}; simpanan {amount} dikembalikan{journal}.").format(
            name=result.profile.name, status=status_label(result.profile.status).lower(),
            amount=fmt.rupiah(total), journal=f" ({result.journal_number})" if result.journal_number else ""))
        self.savings_changed.emit()
