"""Persetujuan: the applications waiting for a decision, oldest first, with who entered each;
the selected one's terms and planned schedule; Setujui and Tolak for a pengurus. Under the
four-eyes rule (setting loan.four_eyes, on by default) the person who entered an
application cannot decide it: the buttons stay off and the reason is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.services import loans
from app.services.loans import LoanInfo, LoanSummary
from app.ui.pages.loan_detail import LoanDetailPanel
from app.ui.pages.loan_dialogs import DecisionDialog, four_eyes_reason
from app.ui.pages.member_profile import fit_headers
from app.ui.session import Session
from app.ui.style import RED
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, hint

QUEUE_LIMIT = 500


class ApprovalTab(QWidget):
    changed = Signal(str)  # a loan was decided (its number)
    loan_chosen = Signal(str)  # open this loan on the Pinjaman tab

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.may_decide = session.actor.can(Permission.LOAN_APPROVE)
        self.dialog: QDialog | None = None
        self._stale = False
        self.rows: list[LoanSummary] = []
        self.model = LazyTableModel([
            Column("number", self.tr("Nomor"), lambda s: s.number),
            Column("applied", self.tr("Diajukan"), lambda s: s.applied_on, fmt=fmt.day),
            Column("member", self.tr("Anggota"), lambda s: f"{s.member_no} {s.member_name}"),
            Column("product", self.tr("Produk"), lambda s: s.product_name),
            Column("principal", self.tr("Jumlah"), lambda s: s.principal_rp, RIGHT, fmt.rupiah),
            Column("term", self.tr("Jangka"), lambda s: self.tr("{n} bln").format(n=s.term), RIGHT),
            Column("by", self.tr("Dicatat oleh"), lambda s: s.applied_by or ""),
        ], page_size=QUEUE_LIMIT, parent=self)
        self.table = make_table(self.model, widths={0: 160, 1: 105, 2: 210, 3: 220, 4: 115, 5: 70, 6: 130}, stretch=3)
        fit_headers(self.table)
        self.count_label = hint("")
        self.message = MessageLabel()
        self.detail = LoanDetailPanel(session)
        self.approve_button = button(self.tr("Setujui"), primary=True)
        self.reject_button = button(self.tr("Tolak"))
        self.open_button = button(self.tr("Buka di daftar pinjaman"))
        for b in (self.approve_button, self.reject_button):
            b.setVisible(self.may_decide)
        self.why = hint("")
        self.why.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.why.hide()

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.detail)
        lower.addWidget(self.detail.schedule_box)
        lower.setSizes([520, 560])
        lower.setChildrenCollapsible(False)
        rows = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.count_label)
        rows.addWidget(top)
        rows.addWidget(lower)
        rows.setSizes([220, 330])
        rows.setChildrenCollapsible(False)
        actions = QHBoxLayout()
        actions.addWidget(self.why, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.message)
        layout.addWidget(rows, 1)
        layout.addLayout(actions)

        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self._open_selected())
        self.detail.changed.connect(self._shown)
        self.approve_button.clicked.connect(lambda: self.open_decision(approve=True))
        self.reject_button.clicked.connect(lambda: self.open_decision(approve=False))
        self.open_button.clicked.connect(self._open_selected)
        self.refresh()

    def waiting_count(self) -> int:
        """Applications waiting now (asked afresh: this tab may not have reloaded yet)."""
        try:
            return loans.count_loans(self.session.ctx.reader(), self.session.actor, status="diajukan")
        except DomainError:
            return len(self.rows)

    def refresh(self, select_number: str | None = None) -> None:
        self._stale = False
        self.message.clear()
        keep = select_number or (self.detail.info.number if self.detail.info else None)
        try:
            rows = loans.list_loans(self.session.ctx.reader(), self.session.actor, status="diajukan",
                                    limit=QUEUE_LIMIT)
        except DomainError as err:
            self.message.show_error(err)
            rows = []
        self.rows = sorted(rows, key=lambda s: s.number)  # oldest first: first come, first decided
        self.model.set_loader(slice_loader(self.rows))
        self.model.load_first_page()
        if self.rows:
            self.count_label.setText(self.tr("{count} pengajuan menunggu keputusan, jumlah {amount}").format(
                count=len(self.rows), amount=fmt.rupiah(sum(s.principal_rp for s in self.rows))))
        else:
            self.count_label.setText(self.tr("Tidak ada pengajuan yang menunggu."))
        row = self.model.find_row(lambda s: s.number == keep) if keep else -1
        if row < 0 and self.rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail.show_loan(None)

    def mark_stale(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def selected(self) -> LoanSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select_loan(self, number: str) -> bool:
        row = self.model.find_row(lambda s: s.number == number)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _selection_changed(self) -> None:
        summary = self.selected()
        self.detail.show_loan(summary.number if summary else None)

    def _shown(self, info: LoanInfo | None) -> None:
        waiting = info is not None and info.status == "diajukan"
        reason = four_eyes_reason(self.session, info.applied_by) if waiting and self.may_decide else ""
        for b in (self.approve_button, self.reject_button):
            b.setEnabled(waiting and not reason)
            b.setToolTip(reason)
        self.open_button.setEnabled(info is not None)
        self.why.setText(reason)
        self.why.setVisible(bool(reason))

    def _open_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.loan_chosen.emit(summary.number)

    def open_decision(self, *, approve: bool) -> DecisionDialog | None:
        info = self.detail.info
        if info is None or info.status != "diajukan" or not self.may_decide:
            return None
        dialog = self.dialog = DecisionDialog(self.session, info, approve=approve, parent=self)
        dialog.posted.connect(lambda result: self.changed.emit(result.number))
        dialog.open()
        return dialog
