"""Money coming in on a loan: Bayar Angsuran, Pelunasan (early settlement) and Pemulihan
(recovery after a write-off).

The repayment dialog shows, before anything is saved and as the amount is typed, how the
service would allocate it (`plan_payment`): per installment the penalty, interest and
principal, any prepayment of principal and what it does to the rest of the schedule (a
shorter term or a lower installment), and the principal left. The settlement dialog shows
the service's quote (principal, interest by the product's rule, penalty, the interest
waived) and settles for exactly that amount. Each keeps one UUID for its life."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain import fmt
from app.domain.errors import DomainError
from app.services import loan_payments
from app.services.loan_payments import PaymentPlan, PaymentResult, SettlementQuote
from app.services.loans import LoanInfo
from app.ui.pages.loan_dialogs import LoanDialog
from app.ui.pages.loan_labels import blank_rupiah, early_text
from app.ui.pages.member_profile import fit_headers
from app.ui.pages.savings_dialog import RupiahEdit
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import button, hint


@dataclass(frozen=True)
class AllocationLine:
    what: str  # "Angsuran ke-3" or "Pelunasan sebagian pokok"
    due_date: date | None
    penalty_rp: int
    interest_rp: int
    principal_rp: int

    @property
    def total_rp(self) -> int:
        return self.penalty_rp + self.interest_rp + self.principal_rp


def _bold(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold;")
    return label


class LoanPaymentDialog(LoanDialog):
    """Bayar Angsuran: the amount, its allocation shown live, then one posting."""

    def __init__(self, session: Session, info: LoanInfo, parent: QWidget | None = None) -> None:
        super().__init__(session, info, self.tr("Bayar Angsuran"), parent)
        self.setMinimumSize(760, 560)
        self.plan: PaymentPlan | None = None
        due = [s for s in info.installments if s.due_date <= info.as_of and not s.paid]
        self.due_rp = sum(s.owed_rp + s.penalty_due_rp for s in due)
        upcoming = next((s for s in info.installments if s.due_date > info.as_of and s.owed_rp), None)
        self.quick_buttons: list[QPushButton] = []
        quick = QHBoxLayout()
        quick.setSpacing(6)
        if self.due_rp:
            self._quick(quick, self.tr("Tunggakan + denda · {amount}").format(amount=fmt.number(self.due_rp)),
                        self.due_rp)
        if upcoming is not None:
            amount = self.due_rp + upcoming.owed_rp
            self._quick(quick, self.tr("Sampai angsuran ke-{no} · {amount}").format(
                no=upcoming.no, amount=fmt.number(amount)), amount)
        quick.addStretch(1)
        form = QFormLayout()
        self.amount = RupiahEdit()
        self.amount.setMinimumHeight(34)
        self.amount.setMaximumWidth(260)
        form.addRow(self.tr("Jumlah bayar (Rp)"), self.amount)
        form.addRow(self.tr("Isi cepat"), quick)
        self.method = self.method_combo()
        form.addRow(self.tr("Cara"), self.method)
        self.layout_.addLayout(form)

        title = QLabel(self.tr("Pembagian pembayaran (sebelum disimpan)"))
        title.setObjectName("cardTitle")
        self.layout_.addWidget(title)
        self.model = LazyTableModel([
            Column("what", self.tr("Untuk"), lambda r: r.what),
            Column("due", self.tr("Jatuh tempo"), lambda r: r.due_date, fmt=lambda d: fmt.day(d) if d else ""),
            Column("penalty", self.tr("Denda"), lambda r: r.penalty_rp, RIGHT, blank_rupiah),
            Column("interest", self.tr("Bunga"), lambda r: r.interest_rp, RIGHT, blank_rupiah),
            Column("principal", self.tr("Pokok"), lambda r: r.principal_rp, RIGHT, blank_rupiah),
            Column("total", self.tr("Jumlah"), lambda r: r.total_rp, RIGHT, fmt.rupiah),
        ], page_size=400, parent=self)
        self.table = make_table(self.model, widths={0: 190, 1: 105, 2: 95, 3: 105, 4: 115}, stretch=5)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setMinimumHeight(150)
        fit_headers(self.table)
        self.layout_.addWidget(self.table, 1)
        self.after = _bold()
        self.after.setWordWrap(True)
        self.layout_.addWidget(self.after)
        self.finish_buttons(self.tr("Simpan (Enter)"))
        self.amount.textChanged.connect(lambda _t: self.refresh_plan())
        self.refresh_plan()
        if info.status != "cair":
            self._lock()
        self.amount.setFocus()

    def _quick(self, row: QHBoxLayout, text: str, amount: int) -> None:
        b = button(text)
        b.setAutoDefault(False)
        b.setStyleSheet("padding: 5px 8px;")
        b.setProperty("amount", amount)
        b.clicked.connect(lambda _c=False, a=amount: self._fill(a))
        self.quick_buttons.append(b)
        row.addWidget(b)

    def _fill(self, amount: int) -> None:
        if self.amount.isEnabled():
            self.amount.set_amount(amount)
            self.amount.setFocus()

    def _lock(self) -> None:
        for w in (self.amount, self.method, *self.quick_buttons):
            w.setEnabled(False)
        self.ok_button.setEnabled(False)
        self.message.show_error(self.tr("Pinjaman ini tidak sedang berjalan."))

    # --- the plan ----------------------------------------------------------

    def refresh_plan(self) -> None:
        """Ask the service how this amount would be allocated today (nothing is written)."""
        if self.completed:
            return
        self.plan = None
        amount = self.amount.amount()
        lines: list[AllocationLine] = []
        self.after.setText("")
        if amount is None:
            self.message.show_error(self.tr("Jumlah harus rupiah bulat, mis. 1.090.000."))
        elif amount == 0:
            self.message.clear()
        else:
            try:
                self.plan = loan_payments.plan_payment(self.session.ctx.reader(), self.session.actor,
                                                       self.info.number, amount)
            except DomainError as err:
                self.message.show_error(err)
            else:
                self.message.clear()
                lines = self.allocation_lines(self.plan)
                self.after.setText(self.plan_text(self.plan))
        self.model.set_loader(slice_loader(lines))
        self.model.load_first_page()
        self.ok_button.setEnabled(self.plan is not None and not self.busy)

    def allocation_lines(self, plan: PaymentPlan) -> list[AllocationLine]:
        due = {s.no: s.due_date for s in self.info.installments}
        lines = [AllocationLine(self.tr("Angsuran ke-{no}").format(no=a.no), due.get(a.no), a.penalty_rp,
                                a.interest_rp, a.principal_rp) for a in plan.allocation.items]
        if plan.prepayment_rp:
            lines.append(AllocationLine(self.tr("Pelunasan sebagian pokok"), None, 0, 0, plan.prepayment_rp))
        return lines

    def plan_text(self, plan: PaymentPlan) -> str:
        parts = [self.tr("Sisa pokok setelah bayar {amount}").format(amount=fmt.rupiah(plan.outstanding_after_rp))]
        if plan.prepayment_rp and plan.new_term_left is not None:
            if self.info.terms.prepay_rule == "kurangi_angsuran":
                parts.append(self.tr("angsuran berikutnya menjadi {amount} ({left} angsuran lagi)").format(
                    amount=fmt.rupiah(plan.new_installment_rp or 0), left=plan.new_term_left))
            else:
                parts.append(self.tr("sisa jangka menjadi {left} angsuran (angsuran {amount})").format(
                    left=plan.new_term_left, amount=fmt.rupiah(plan.new_installment_rp or 0)))
        return " · ".join(parts)

    # --- saving ------------------------------------------------------------

    def confirm(self) -> None:
        if self.busy or self.completed:
            return
        self.refresh_plan()
        if self.plan is None:
            if not self.message.text():
                self.message.show_error(self.tr("Isi jumlah bayar dalam rupiah bulat."))
            self.amount.setFocus()
            return
        self.post(loan_payments.pay_loan, self.info.number, self.plan.amount_rp, method=self.method.currentData(),
                  uuid=self.uuid, station=self.station)

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        self.ok_button.setEnabled(self.plan is not None)

    def result_text(self, result: PaymentResult) -> str:
        text = self.tr("Pembayaran {amount} tercatat dengan nomor {number}.").format(
            amount=fmt.rupiah(result.plan.amount_rp), number=result.number)
        if result.loan.status == "lunas":
            return text + "\n" + self.tr("Pinjaman {loan} lunas.").format(loan=result.loan.number)
        return text + "\n" + self.tr("Sisa pokok {amount}.").format(amount=fmt.rupiah(result.loan.outstanding_rp))


class LoanSettlementDialog(LoanDialog):
    """Pelunasan dipercepat for exactly the service's quote."""

    def __init__(self, session: Session, info: LoanInfo, parent: QWidget | None = None) -> None:
        super().__init__(session, info, self.tr("Pelunasan Pinjaman"), parent)
        self.quote: SettlementQuote | None = None
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        rows = (("principal", self.tr("Sisa pokok")), ("interest", self.tr("Bunga")), ("penalty", self.tr("Denda")),
                ("waived", self.tr("Bunga dihapuskan")), ("total", self.tr("Jumlah pelunasan")))
        for n, (key, text) in enumerate(rows):
            grid.addWidget(QLabel(text), n, 0)
            value = _bold()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, n, 1)
            self.figures[key] = value
        self.figures["total"].setObjectName("bigNumber")
        grid.setColumnStretch(2, 1)
        self.layout_.addLayout(grid)
        self.layout_.addWidget(hint(self.tr("Bunga yang belum jatuh tempo dihitung menurut aturan produk: {rule}. "
                                            "Denda dan bunga yang sudah jatuh tempo dibayar penuh.").format(
            rule=early_text(info.terms.early_interest))))
        form = QFormLayout()
        self.method = self.method_combo()
        form.addRow(self.tr("Cara"), self.method)
        self.layout_.addLayout(form)
        self.finish_buttons(self.tr("Lunasi (Enter)"))
        try:
            self.quote = loan_payments.settlement_quote(session.ctx.reader(), session.actor, info.number)
        except DomainError as err:
            self.message.show_error(err)
            self.ok_button.setEnabled(False)
            self.method.setEnabled(False)
            return
        q = self.quote
        for key, value in (("principal", q.principal_rp), ("interest", q.interest_rp), ("penalty", q.penalty_rp),
                           ("waived", q.waived_interest_rp), ("total", q.total_rp)):
            self.figures[key].setText(fmt.rupiah(value))
        self.ok_button.setText(self.tr("Lunasi {amount} (Enter)").format(amount=fmt.rupiah(q.total_rp)))

    def confirm(self) -> None:
        if self.quote is None:
            return
        self.post(loan_payments.settle_loan, self.info.number, self.quote.total_rp,
                  method=self.method.currentData(), uuid=self.uuid, station=self.station)

    def result_text(self, result: PaymentResult) -> str:
        return self.tr("Pinjaman {loan} lunas: {amount} tercatat dengan nomor {number}.").format(
            loan=result.loan.number, amount=fmt.rupiah(result.plan.amount_rp), number=result.number)


class LoanRecoveryDialog(LoanDialog):
    """Pemulihan: money received on a written-off loan (income), the claim shrinks."""

    def __init__(self, session: Session, info: LoanInfo, parent: QWidget | None = None) -> None:
        super().__init__(session, info, self.tr("Pemulihan Pinjaman Dihapus Buku"), parent)
        self.layout_.addWidget(_bold(self.tr("Tagihan tersisa {amount}").format(
            amount=fmt.rupiah(info.written_off_rp))))
        form = QFormLayout()
        self.amount = RupiahEdit()
        self.amount.setMaximumWidth(260)
        form.addRow(self.tr("Jumlah diterima (Rp)"), self.amount)
        self.method = self.method_combo()
        form.addRow(self.tr("Cara"), self.method)
        self.layout_.addLayout(form)
        self.layout_.addWidget(hint(self.tr("Dicatat sebagai pendapatan lain; pinjaman tetap berstatus dihapus buku.")))
        self.finish_buttons(self.tr("Simpan (Enter)"))
        self.amount.setFocus()

    def confirm(self) -> None:
        amount = self.amount.amount()
        if not amount:
            self.message.show_error(self.tr("Isi jumlah yang diterima dalam rupiah bulat."))
            self.amount.setFocus()
            return
        self.post(loan_payments.recover_written_off, self.info.number, amount, method=self.method.currentData(),
                  uuid=self.uuid, station=self.station)

    def result_text(self, result: PaymentResult) -> str:
        return self.tr("Pemulihan {amount} tercatat dengan nomor {number}; tagihan tersisa {left}.").format(
            amount=fmt.rupiah(result.plan.amount_rp), number=result.number,
            left=fmt.rupiah(result.loan.written_off_rp))
