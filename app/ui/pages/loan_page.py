"""Pinjaman: the loan list (searched by member as you type, filtered by status, a page at a
time, kolektibilitas in colour) beside the selected loan's terms and what is owed, its
schedule below, and the actions its status allows this user: Setujui/Tolak, Cairkan, Bayar
Angsuran, Pelunasan, Restrukturisasi, Hapus Buku, Pemulihan, the Kartu Pinjaman PDF. Tabs
for the approval queue (Persetujuan), aging (Tunggakan) and the products (Produk)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHBoxLayout, QLineEdit, QSplitter, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.services import loan_documents, loans
from app.services.loans import LoanInfo
from app.ui.pages.loan_aging_tab import AgingTab
from app.ui.pages.loan_approval_tab import ApprovalTab
from app.ui.pages.loan_detail import LoanDetailPanel
from app.ui.pages.loan_dialogs import DecisionDialog, DisburseDialog, RescheduleDialog, WriteOffDialog, \
    four_eyes_reason
from app.ui.pages.loan_labels import STATUS_CODES, LoanListModel, bucket_text, outlet_buckets, status_text
from app.ui.pages.loan_payment_dialogs import LoanPaymentDialog, LoanRecoveryDialog, LoanSettlementDialog
from app.ui.pages.loan_products_tab import ProductsTab
from app.ui.pages.loan_wizard import LoanWizard
from app.ui.pages.member_print import open_file
from app.ui.pages.member_profile import fit_headers
from app.ui.pages.tabbed_page import TabbedPage
from app.ui.session import Session
from app.ui.style import RED
from app.ui.table_model import RIGHT, Column
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, confirm, hint

PAGE_SIZE = 100
MAX_PAGES_SEARCHED = 10


class LoanPage(TabbedPage):
    def __init__(self, session: Session) -> None:
        super().__init__(session, QCoreApplication.translate("LoanPage", "Pinjaman"))
        self.loans = LoansTab(session)
        self.approval = ApprovalTab(session)
        self.aging = AgingTab(session)
        self.products = ProductsTab(session)
        self._add("loans", self.loans, self.tr("Pinjaman"))
        self._add("approval", self.approval, self.tr("Persetujuan"))
        self._add("aging", self.aging, self.tr("Tunggakan"))
        self._add("products", self.products, self.tr("Produk"))
        self.loans.changed.connect(self._loans_changed)
        self.approval.changed.connect(self._loans_changed)
        self.approval.loan_chosen.connect(self.open_loan)
        self.aging.loan_chosen.connect(self.open_loan)
        self.products.changed.connect(self.loans.products_changed)
        self._update_queue_title()

    def open_loan(self, number: str) -> None:
        self.show_tab("loans")
        self.loans.select_loan(number)

    def _loans_changed(self, number: str = "") -> None:
        self.loans.refresh(select_number=number or None)
        self.approval.mark_stale()
        self.aging.mark_stale()
        self._update_queue_title()

    def _update_queue_title(self) -> None:
        count = self.approval.waiting_count()
        title = self.tr("Persetujuan ({count})").format(count=count) if count else self.tr("Persetujuan")
        self.tabs.setTabText(self.tabs.indexOf(self.approval), title)


class LoansTab(QWidget):
    changed = Signal(str)  # a loan changed (its number): other tabs are out of date

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        actor = session.actor
        self.dialog: QDialog | None = None
        self.last_pdf: Path | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama atau nomor anggota, atau nomor pinjaman…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), None)
        for code in STATUS_CODES:
            self.status.addItem(status_text(code), code)
        self.model = LoanListModel(self._columns(), page_size=PAGE_SIZE, parent=self)
        self.table = make_table(self.model, widths={0: 160, 1: 240, 2: 110, 3: 105, 4: 105, 5: 130, 6: 50, 7: 185},
                                stretch=1)
        fit_headers(self.table)
        self.count_label = hint("")
        self.message = MessageLabel()
        self.model.load_failed.connect(self.message.show_error)
        self.detail = LoanDetailPanel(session)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.count_label)
        # The list at full width; below it the selected loan beside its schedule.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.detail)
        self.splitter.addWidget(self.detail.schedule_box)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([460, 630])
        self.rows_splitter = QSplitter(Qt.Orientation.Vertical)
        self.rows_splitter.addWidget(top)
        self.rows_splitter.addWidget(self.splitter)
        self.rows_splitter.setStretchFactor(0, 1)
        self.rows_splitter.setStretchFactor(1, 1)
        self.rows_splitter.setChildrenCollapsible(False)
        self.rows_splitter.setSizes([260, 270])

        self.may = {p: actor.can(p) for p in (Permission.LOAN_APPLY, Permission.LOAN_APPROVE, Permission.LOAN_DISBURSE,
                                              Permission.LOAN_PAY, Permission.LOAN_MANAGE, Permission.PRINT)}
        self.apply_button = button(self.tr("Ajukan Pinjaman"), primary=True)
        self.apply_button.setToolTip(self.tr("Catat pengajuan pinjaman baru (Ctrl+N)"))
        self.apply_button.setVisible(self.may[Permission.LOAN_APPLY])
        self.card_button = button(self.tr("Kartu Pinjaman (PDF)"))
        self.card_button.setToolTip(self.tr("Syarat, jadwal angsuran dengan yang sudah dibayar, dan pembayaran"))
        self.approve_button = button(self.tr("Setujui"))
        self.reject_button = button(self.tr("Tolak"))
        self.disburse_button = button(self.tr("Cairkan"))
        self.pay_button = button(self.tr("Bayar Angsuran"), primary=True)
        self.pay_button.setToolTip(self.tr("Terima angsuran pinjaman ini (F5)"))
        self.settle_button = button(self.tr("Pelunasan"))
        self.reschedule_button = button(self.tr("Restrukturisasi"))
        self.write_off_button = button(self.tr("Hapus Buku"))
        self.recover_button = button(self.tr("Pemulihan"))
        # (button, permission, statuses it applies to, what it opens)
        self.actions = [
            (self.approve_button, Permission.LOAN_APPROVE, ("diajukan",), lambda: self.open_decision(approve=True)),
            (self.reject_button, Permission.LOAN_APPROVE, ("diajukan",), lambda: self.open_decision(approve=False)),
            (self.disburse_button, Permission.LOAN_DISBURSE, ("disetujui",), self.open_disburse),
            (self.reschedule_button, Permission.LOAN_MANAGE, ("cair",), self.open_reschedule),
            (self.write_off_button, Permission.LOAN_MANAGE, ("cair",), self.open_write_off),
            (self.settle_button, Permission.LOAN_PAY, ("cair",), self.open_settlement),
            (self.pay_button, Permission.LOAN_PAY, ("cair",), self.open_payment),
            (self.recover_button, Permission.LOAN_PAY, ("dihapus",), self.open_recovery),
        ]
        self.four_eyes_note = hint("")
        self.four_eyes_note.setStyleSheet(f"color: {RED};")
        self.four_eyes_note.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.apply_button)
        actions.addWidget(self.card_button)
        actions.addWidget(self.four_eyes_note, 1)
        for b, _p, _s, opener in self.actions:
            actions.addWidget(b)
            b.clicked.connect(opener)

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
        self.detail.changed.connect(self._loan_shown)
        self.apply_button.clicked.connect(lambda: self.open_wizard())
        self.card_button.clicked.connect(self._ask_card)
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.open_wizard())
        QShortcut(QKeySequence("F5"), self, self.open_payment)
        self._loan_shown(None)
        self.refresh()
        if self.current is None and self.model.rowCount():
            self.table.selectRow(0)

    def _columns(self) -> list[Column]:
        return [
            Column("number", self.tr("Nomor"), lambda s: s.number),
            Column("member", self.tr("Anggota"), lambda s: f"{s.member_no} {s.member_name}"),
            Column("product", self.tr("Produk"), lambda s: s.product_code),
            Column("principal", self.tr("Pokok"), lambda s: s.principal_rp, RIGHT, fmt.number),
            Column("outstanding", self.tr("Sisa pokok"), lambda s: s.outstanding_rp, RIGHT,
                   lambda v: fmt.number(v) if v else ""),
            Column("status", self.tr("Status"), lambda s: status_text(s.status)),
            Column("dpd", self.tr("Hari"), lambda s: s.days_past_due if s.status == "cair" else None, RIGHT),
            Column("quality", self.tr("Kolektibilitas"), lambda s: bucket_text(s.bucket_code, s.kolektibilitas)),
        ]

    # --- list ---------------------------------------------------------------

    def _filters(self) -> dict:
        return {"search": self.search.text().strip(), "status": self.status.currentData()}

    def _load(self) -> None:
        ctx, actor, filters = self.session.ctx, self.session.actor, self._filters()
        self.message.clear()
        self.model.bucket_count = len(outlet_buckets(ctx))
        self.model.set_loader(lambda offset, limit: loans.list_loans(ctx.reader(), actor, offset=offset, limit=limit,
                                                                     **filters))
        self.model.load_first_page()
        try:
            count = loans.count_loans(ctx.reader(), actor, **filters)
        except DomainError as err:
            self.message.show_error(err)
            count = 0
        self.count_label.setText(self.tr("{count} pinjaman").format(count=fmt.number(count)))

    def refresh(self, select_number: str | None = None) -> None:
        """Reload with the filters; keep (or select) a loan, filtering down to it if it is far down."""
        self._debounce.stop()
        keep = select_number or (self.current.number if self.current else None)
        self._load()
        if keep and self._select_row(keep, pages=MAX_PAGES_SEARCHED if select_number else 1):
            return
        if select_number:
            for widget, change in ((self.search, lambda: self.search.setText(select_number)),
                                   (self.status, lambda: self.status.setCurrentIndex(0))):
                widget.blockSignals(True)
                change()
                widget.blockSignals(False)
            self._load()
            if not self._select_row(select_number, pages=1):
                self.detail.show_loan(select_number)
        elif keep:
            self.detail.show_loan(None)

    def _select_row(self, number: str, *, pages: int) -> bool:
        row = self.model.find_row(lambda s: s.number == number)
        for _ in range(pages - 1):
            if row >= 0 or not self.model.canFetchMore():
                break
            self.model.fetchMore()
            row = self.model.find_row(lambda s: s.number == number)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def select_loan(self, number: str) -> None:
        self.refresh(select_number=number)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        summary = self.model.row_object(rows[0].row()) if rows else None
        if summary is not None:
            self.detail.show_loan(summary.number)

    @property
    def current(self) -> LoanInfo | None:
        return self.detail.info

    def _loan_shown(self, info: LoanInfo | None) -> None:
        status = info.status if info else None
        for b, permission, statuses, _opener in self.actions:
            b.setVisible(self.may[permission] and status in statuses)
        if info is not None and status == "dihapus":
            self.recover_button.setVisible(self.may[Permission.LOAN_PAY] and info.written_off_rp > 0)
        reason = four_eyes_reason(self.session, info.applied_by) if status == "diajukan" else ""
        reason = reason if self.may[Permission.LOAN_APPROVE] else ""
        for b in (self.approve_button, self.reject_button):
            b.setEnabled(not reason)
            b.setToolTip(reason)
        self.four_eyes_note.setText(reason)
        self.four_eyes_note.setVisible(bool(reason))
        self.card_button.setEnabled(info is not None)

    def products_changed(self) -> None:
        pass  # the wizard reads the products when it opens

    # --- actions ------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        if hasattr(dialog, "posted"):
            dialog.posted.connect(self._posted)
        dialog.open()
        return dialog

    def _posted(self, result) -> None:
        loan = getattr(result, "loan", result)
        self.changed.emit(loan.number)

    def open_wizard(self, member_no: str | None = None) -> LoanWizard | None:
        if not self.may[Permission.LOAN_APPLY]:
            return None
        wizard = LoanWizard(self.session, member_no, self)
        wizard.applied.connect(lambda info: self.changed.emit(info.number))
        return self._open(wizard)

    def _when(self, status: str, permission: Permission) -> LoanInfo | None:
        info = self.current
        if info is None or info.status != status or not self.may[permission]:
            return None
        return info

    def open_decision(self, *, approve: bool) -> DecisionDialog | None:
        info = self._when("diajukan", Permission.LOAN_APPROVE)
        return self._open(DecisionDialog(self.session, info, approve=approve, parent=self)) if info else None

    def open_disburse(self) -> DisburseDialog | None:
        info = self._when("disetujui", Permission.LOAN_DISBURSE)
        return self._open(DisburseDialog(self.session, info, self)) if info else None

    def open_payment(self) -> LoanPaymentDialog | None:
        info = self._when("cair", Permission.LOAN_PAY)
        return self._open(LoanPaymentDialog(self.session, info, self)) if info else None

    def open_settlement(self) -> LoanSettlementDialog | None:
        info = self._when("cair", Permission.LOAN_PAY)
        return self._open(LoanSettlementDialog(self.session, info, self)) if info else None

    def open_reschedule(self) -> RescheduleDialog | None:
        info = self._when("cair", Permission.LOAN_MANAGE)
        return self._open(RescheduleDialog(self.session, info, self)) if info else None

    def open_write_off(self) -> WriteOffDialog | None:
        info = self._when("cair", Permission.LOAN_MANAGE)
        return self._open(WriteOffDialog(self.session, info, self)) if info else None

    def open_recovery(self) -> LoanRecoveryDialog | None:
        info = self._when("dihapus", Permission.LOAN_PAY)
        return self._open(LoanRecoveryDialog(self.session, info, self)) if info and info.written_off_rp else None

    # --- Kartu Pinjaman ------------------------------------------------------

    def _ask_card(self) -> None:
        if self.current is None:
            return
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Simpan kartu pinjaman"),
                                               str(Path.home() / f"kartu-pinjaman-{self.current.number}.pdf"),
                                               self.tr("PDF (*.pdf)"))
        if path:
            self.card_to(Path(path))

    def card_to(self, path: Path, number: str | None = None) -> None:
        number = number or (self.current.number if self.current else None)
        if number is None:
            return
        s = self.session
        self.card_button.setEnabled(False)
        self.message.clear()

        def done(_result) -> None:
            self.card_button.setEnabled(self.current is not None)
            self.last_pdf = path
            text = self.tr("Kartu pinjaman tersimpan di {path}.").format(path=str(path))
            self.message.show_ok(text)
            self.dialog = confirm(self, self.tr("PDF siap"), text + "\n" + self.tr("Buka sekarang?"),
                                  self.tr("Buka PDF"), lambda: open_file(path))

        def failed(exc: BaseException) -> None:
            self.card_button.setEnabled(self.current is not None)
            self.message.show_error(exc)
        s.runner.submit(loan_documents.loan_card_pdf, s.ctx.uow(), s.actor, number, path, on_done=done,
                        on_error=failed)
