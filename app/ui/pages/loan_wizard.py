"""Ajukan Pinjaman: a loan application on one screen.

Left, the form: the member (searched by number or name; active members only), the product
(its limits shown, and this member's limit when the product lends a multiple of savings),
amount, term, purpose, collateral, an optional guarantor and notes. Right, a live preview
as the figures change: the schedule built by the domain with the product's terms (as if
disbursed today), the installment, total interest and the effective yearly rate — for a
flat loan said plainly, "Bunga flat 1,5%/bulan setara efektif ±32,xx%/tahun", as OJK asks.

The domain's own checks (`check_request`, `build_schedule`) refuse what the service would
refuse, word for word, before anything is sent; the service still decides. Ajukan posts
with one UUID for the dialog's life; a refusal is shown inline and nothing is written."""

from __future__ import annotations

from uuid import uuid4

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QSpinBox,
                               QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.domain.loan_product import LoanProduct, check_request
from app.domain.loan_schedule import Schedule, build_schedule
from app.services import loan_products, loans, member_registry
from app.services.loans import OPEN_STATUSES, LoanInfo
from app.services.member_registry import MemberSummary
from app.ui.outlet import business_date
from app.ui.pages.loan_labels import (effective_text, fee_text, installment_text, limits_text, penalty_text, pct,
                                      rate_text)
from app.ui.pages.member_profile import fit_headers
from app.ui.pages.savings_dialog import RupiahEdit
from app.ui.pages.till_common import TillDialog
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import hint, message_box

MATCHES_SHOWN = 30


def _total(m: MemberSummary) -> int:
    return m.pokok_rp + m.wajib_rp + m.sukarela_rp


class LoanWizard(TillDialog):
    applied = Signal(object)  # LoanInfo

    def __init__(self, session: Session, member_no: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Ajukan Pinjaman"))
        self.uuid = uuid4()
        self.today = business_date(session.ctx)
        self.may_apply = session.actor.can(Permission.LOAN_APPLY)
        self.member: MemberSummary | None = None
        self.open_loans = 0
        self.schedule: Schedule | None = None
        self.outcome: LoanInfo | None = None
        self.completed = False
        self.ready = False
        self.box: QMessageBox | None = None
        self.products: list[LoanProduct] = []
        try:
            self.products = loan_products.list_products(session.ctx.reader(), session.actor, active_only=True)
        except DomainError as err:
            self.message.show_error(err)
        self.setMinimumSize(1180, 680)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self._build_form(), 0)
        body.addLayout(self._build_preview(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        buttons, _ok = self.buttons(self.tr("Ajukan (Enter)"))
        layout.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.search_members)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self._entered_search = False
        self.search.returnPressed.connect(self._search_entered)
        self.matches_table.selectionModel().selectionChanged.connect(lambda *_a: self._match_chosen())
        self.product.currentIndexChanged.connect(lambda _i: self._product_changed())
        self.amount.textChanged.connect(lambda _t: self.refresh_preview())
        self.term.valueChanged.connect(lambda _v: self.refresh_preview())
        self.purpose.textChanged.connect(lambda _t: self.refresh_preview())
        self._product_changed()
        if not self.products and not self.message.text():
            self.message.show_error(self.tr("Belum ada produk pinjaman aktif. Pengurus membuatnya di tab Produk."))
        if not self.may_apply:
            self.message.show_error(self.tr("Pengajuan pinjaman dicatat oleh pengurus atau bendahara."))
        if member_no:
            self.search.setText(member_no)
            self.search_members()
            self.amount.setFocus()
        else:
            self.search.setFocus()

    # --- building ----------------------------------------------------------

    def _build_form(self) -> QWidget:
        holder = QWidget()
        holder.setFixedWidth(470)
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari anggota: nomor atau nama…"))
        self.search.setClearButtonEnabled(True)
        self.matches = LazyTableModel([
            Column("no", self.tr("No"), lambda m: m.member_no),
            Column("name", self.tr("Nama"), lambda m: m.name),
            Column("savings", self.tr("Simpanan"), _total, RIGHT, fmt.rupiah),
        ], page_size=MATCHES_SHOWN, parent=self)
        self.matches_table = make_table(self.matches, widths={0: 110, 2: 110}, stretch=1)
        self.matches_table.setFixedHeight(130)
        self.matches_table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        fit_headers(self.matches_table)
        self.member_label = QLabel(self.tr("Belum ada anggota dipilih."))
        self.member_label.setWordWrap(True)
        self.member_label.setStyleSheet("font-weight: bold;")
        outer.addWidget(self.search)
        outer.addWidget(self.matches_table)
        outer.addWidget(self.member_label)

        form = QFormLayout()
        form.setVerticalSpacing(7)
        self.product = QComboBox()
        for p in self.products:
            self.product.addItem(f"{p.name} ({p.code})", p.code)
        form.addRow(self.tr("Produk"), self.product)
        self.limits = hint("")
        form.addRow("", self.limits)
        self.amount = RupiahEdit()
        self.amount.setMinimumHeight(32)
        form.addRow(self.tr("Jumlah pinjaman (Rp)"), self.amount)
        self.term = QSpinBox()
        self.term.setSuffix(self.tr(" bulan"))
        form.addRow(self.tr("Jangka waktu"), self.term)
        self.purpose = QLineEdit()
        self.purpose.setMaxLength(200)
        self.purpose.setPlaceholderText(self.tr("mis. modal warung, pupuk, biaya sekolah"))
        form.addRow(self.tr("Tujuan"), self.purpose)
        self.collateral = QLineEdit()
        self.collateral.setMaxLength(200)
        self.collateral.setPlaceholderText(self.tr("boleh kosong; mis. BPKB motor"))
        form.addRow(self.tr("Jaminan"), self.collateral)
        self.guarantor = QLineEdit()
        self.guarantor.setMaxLength(40)
        self.guarantor.setPlaceholderText(self.tr("nomor anggota penjamin (boleh kosong)"))
        form.addRow(self.tr("Penjamin"), self.guarantor)
        self.notes = QLineEdit()
        self.notes.setMaxLength(500)
        self.notes.setPlaceholderText(self.tr("boleh kosong"))
        form.addRow(self.tr("Catatan"), self.notes)
        outer.addLayout(form)
        outer.addStretch(1)
        return holder

    def _build_preview(self) -> QVBoxLayout:
        box = QVBoxLayout()
        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(14, 10, 14, 10)
        inner.setSpacing(3)
        title = QLabel(self.tr("Simulasi angsuran"))
        title.setObjectName("cardTitle")
        self.installment_label = QLabel("—")
        self.installment_label.setObjectName("bigNumber")
        self.effective_label = QLabel()
        self.effective_label.setWordWrap(True)
        self.effective_label.setStyleSheet("font-weight: bold; color: #8c1d18;")
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.fee_label = hint("")
        for w in (title, self.installment_label, self.effective_label, self.totals_label, self.fee_label):
            inner.addWidget(w)
        box.addWidget(card)
        self.schedule_model = LazyTableModel([
            Column("no", self.tr("Ke"), lambda i: i.no, RIGHT),
            Column("due", self.tr("Jatuh tempo"), lambda i: i.due_date, fmt=fmt.day),
            Column("principal", self.tr("Pokok"), lambda i: i.principal_rp, RIGHT, fmt.rupiah),
            Column("interest", self.tr("Bunga"), lambda i: i.interest_rp, RIGHT, fmt.rupiah),
            Column("installment", self.tr("Angsuran"), lambda i: i.installment_rp, RIGHT, fmt.rupiah),
            Column("balance", self.tr("Sisa pokok"), lambda i: i.balance_rp, RIGHT, fmt.rupiah),
        ], page_size=400, parent=self)
        self.schedule_table = make_table(self.schedule_model, widths={0: 40, 1: 105, 2: 110, 3: 100, 4: 115},
                                         stretch=5)
        self.schedule_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        fit_headers(self.schedule_table)
        box.addWidget(self.schedule_table, 1)
        box.addWidget(hint(self.tr("Jatuh tempo dihitung seolah dicairkan hari ini; jadwal sebenarnya dibuat saat "
                                   "pencairan.")))
        return box

    # --- member ------------------------------------------------------------

    def search_members(self) -> None:
        self._debounce.stop()
        text = self.search.text().strip()
        found: list[MemberSummary] = []
        if text:
            try:
                found = member_registry.list_members(self.session.ctx.reader(), self.session.actor, text=text,
                                                     status="aktif", limit=MATCHES_SHOWN)
            except DomainError as err:
                self.message.show_error(err)
        self.matches.set_loader(slice_loader(found))
        self.matches.load_first_page()
        exact = next((i for i, m in enumerate(found) if m.member_no == text.upper()), None)
        if exact is not None or len(found) == 1:
            self.matches_table.selectRow(exact or 0)

    def _match_chosen(self) -> None:
        rows = self.matches_table.selectionModel().selectedRows()
        member = self.matches.row_object(rows[0].row()) if rows else None
        if member is not None:
            self.choose_member(member)

    def choose_member(self, member: MemberSummary) -> None:
        self.member = member
        try:
            held = loans.list_loans(self.session.ctx.reader(), self.session.actor, member_no=member.member_no)
        except DomainError as err:
            self.message.show_error(err)
            held = []
        self.open_loans = sum(1 for s in held if s.status in OPEN_STATUSES)
        self.member_label.setText(self.tr("{number} · {name} · simpanan {savings} · {count} pinjaman "
                                          "berjalan/diajukan").format(
            number=member.member_no, name=member.name, savings=fmt.rupiah(_total(member)), count=self.open_loans))
        self._show_limits()
        self.refresh_preview()

    # --- product and preview -----------------------------------------------------

    def selected_product(self) -> LoanProduct | None:
        code = self.product.currentData()
        return next((p for p in self.products if p.code == code), None)

    def _product_changed(self) -> None:
        p = self.selected_product()
        if p is not None:
            self.term.blockSignals(True)
            self.term.setRange(p.min_term, p.max_term)
            self.term.setValue(min(max(12, p.min_term), p.max_term))
            self.term.blockSignals(False)
        self._show_limits()
        self.refresh_preview()

    def _show_limits(self) -> None:
        p = self.selected_product()
        if p is None:
            self.limits.setText("")
            return
        parts = [limits_text(p), f"{penalty_text(p)}"]
        if p.savings_multiple is not None:
            if self.member is not None:
                limit = int(_total(self.member) * p.savings_multiple)
                parts.append(self.tr("paling banyak {multiple} × simpanan = {limit} untuk anggota ini").format(
                    multiple=pct(p.savings_multiple), limit=fmt.rupiah(limit)))
            else:
                parts.append(self.tr("paling banyak {multiple} × simpanan anggota").format(
                    multiple=pct(p.savings_multiple)))
        parts.append(self.tr("{count} pinjaman berjalan per anggota").format(count=p.max_open_loans))
        self.limits.setText(" · ".join(parts))

    def refresh_preview(self) -> None:
        """The schedule and the figures for what is typed; the domain's refusal if any."""
        if self.completed:
            return
        self.ready = False
        self.schedule = None
        p, amount = self.selected_product(), self.amount.amount()
        problem = ""
        if p is not None and amount:
            try:
                self.schedule = build_schedule(amount, self.term.value(), p.monthly_rate, p.method, self.today,
                                               round_to=p.round_to)
            except DomainError as err:
                problem = str(err)
        self._show_schedule(p, amount)
        if amount is None:
            problem = self.tr("Jumlah harus rupiah bulat, mis. 5.000.000.")
        elif p is not None and amount and not problem:
            problem = self._request_problem(p, amount)
        if problem:
            self.message.show_error(problem)
        elif self.message.text() and self.message.objectName() == "errorText" and self.may_apply and self.products:
            self.message.clear()
        self.ready = (not problem and self.schedule is not None and self.member is not None
                      and bool(self.purpose.text().strip()) and self.may_apply)
        self.ok_button.setEnabled(self.ready and not self.busy)

    def _request_problem(self, p: LoanProduct, amount: int) -> str:
        if self.member is None:
            return ""
        try:
            check_request(p, amount, self.term.value(), savings_rp=_total(self.member), open_loans=self.open_loans)
        except DomainError as err:
            return str(err)
        return ""

    def _show_schedule(self, p: LoanProduct | None, amount: int | None) -> None:
        s = self.schedule
        self.schedule_model.set_loader(slice_loader(list(s.installments)) if s else None)
        self.schedule_model.load_first_page()
        if s is None or p is None:
            self.installment_label.setText("—")
            self.effective_label.setText(self.tr("Bunga {rate}").format(rate=rate_text(p)) if p else "")
            self.totals_label.setText("")
            self.fee_label.setText(fee_text(p) if p else "")
            return
        self.installment_label.setText(self.tr("Angsuran {amount} per bulan").format(amount=installment_text(s)))
        self.effective_label.setText(effective_text(p, s.effective_annual_rate))
        self.totals_label.setText(self.tr("Total bunga {interest} · total dibayar {total} dalam {term} bulan").format(
            interest=fmt.rupiah(s.total_interest_rp), total=fmt.rupiah(s.total_rp), term=s.term))
        fee = p.fee_rp(amount or 0)
        if p.fee_kind != "none" and p.fee_mode == "potong":
            self.fee_label.setText(self.tr("{fee}: diterima anggota {net}").format(
                fee=fee_text(p, amount), net=fmt.rupiah((amount or 0) - fee)))
        else:
            self.fee_label.setText(fee_text(p, amount))

    # --- submitting --------------------------------------------------------

    def _search_entered(self) -> None:
        """Enter in the search looks the member up; it does not submit (the key reaches
        keyPressEvent next, which lets it go)."""
        self._entered_search = True
        self.search_members()
        if self.member is not None:
            self.amount.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._entered_search:
            self._entered_search = False
            return
        super().keyPressEvent(event)

    def confirm(self) -> None:
        if self.busy or self.completed:
            return
        self.refresh_preview()
        if not self.ready:
            if self.member is None:
                self.message.show_error(self.tr("Pilih anggota yang mengajukan."))
                self.search.setFocus()
            elif not self.purpose.text().strip() and not self.message.text():
                self.message.show_error(self.tr("Tujuan pinjaman wajib diisi."))
                self.purpose.setFocus()
            elif not self.message.text():
                self.message.show_error(self.tr("Isi jumlah pinjaman dalam rupiah bulat."))
                self.amount.setFocus()
            return
        self.ok_button.setEnabled(False)
        s = self.session
        self.run(loans.apply_loan, s.ctx.uow(), s.actor, self.member.member_no, self.product.currentData(),
                 self.amount.amount(), self.term.value(), purpose=self.purpose.text().strip(),
                 collateral=self.collateral.text().strip(), guarantor_no=self.guarantor.text().strip() or None,
                 notes=self.notes.text().strip(), uuid=self.uuid, on_done=self._applied)

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)  # the message; the form stays, the UUID too
        self.ok_button.setEnabled(self.ready)

    def _applied(self, info: LoanInfo) -> None:
        self.completed = True
        self.outcome = info
        self.ok_button.setEnabled(False)
        text = self.tr("Pengajuan {number} tercatat: {amount} untuk {name}, {term} bulan.\n"
                       "Menunggu persetujuan pengurus.").format(
            number=info.number, amount=fmt.rupiah(info.principal_rp), name=info.member_name, term=info.term)
        self.message.show_ok(text)
        self.applied.emit(info)
        self.box = message_box(self, self.tr("Pengajuan tercatat"), text, on_closed=self.accept)

    def reject(self) -> None:
        if self.busy:
            return
        if self.completed:
            self.accept()
            return
        super().reject()
