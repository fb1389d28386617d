"""Produk: the loan products and, for whoever may set them up (loan.setup, pengurus), an
editor. A product's terms are copied into each loan at application, so a change never
touches a running loan; the editor says so. The domain checks every field at once; its
problems appear under the form and nothing is saved."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QSpinBox, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.domain.loan_product import EARLY_INTEREST, FEE_MODES, PREPAY_RULES, LoanProduct, product_from_dict
from app.domain.loan_quality import DEFAULT_ORDER
from app.domain.loan_schedule import MAX_TERM, Method, build_schedule
from app.services import loan_products
from app.ui.outlet import business_date
from app.ui.pages.loan_labels import early_text, effective_text, fee_mode_text, method_text, pct, prepay_text, \
    rate_text
from app.ui.pages.member_profile import fit_headers
from app.ui.pages.savings_dialog import RupiahEdit
from app.ui.session import Session
from app.ui.table_model import Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, hint

ROUNDINGS = (1, 100, 500, 1_000)
EXAMPLE_RP, EXAMPLE_TERM = 1_000_000, 12


def _decimal_text(value: Decimal | None) -> str:
    return "" if value is None else pct(value, 4)


class ProductsTab(QWidget):
    changed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.may_setup = session.actor.can(Permission.LOAN_SETUP)
        self.dialog: LoanProductDialog | None = None
        self.products: list[LoanProduct] = []
        self.model = LazyTableModel([
            Column("code", self.tr("Kode"), lambda p: p.code),
            Column("name", self.tr("Nama"), lambda p: p.name if p.active else self.tr("{name} (nonaktif)").format(
                name=p.name)),
            Column("limits", self.tr("Plafon (Rp)"), lambda p: f"{fmt.number(p.min_amount_rp)} – "
                                                               f"{fmt.number(p.max_amount_rp)}"),
            Column("term", self.tr("Jangka"), lambda p: self.tr("{low}–{high} bln").format(low=p.min_term,
                                                                                          high=p.max_term)),
            Column("rate", self.tr("Bunga"), rate_text),
            Column("fee", self.tr("Biaya adm."), self._fee_cell),
            Column("penalty", self.tr("Denda"), self._penalty_cell),
        ], page_size=500, parent=self)
        self.table = make_table(self.model, widths={0: 105, 1: 240, 2: 160, 3: 80, 4: 150, 5: 150, 6: 215}, stretch=1)
        fit_headers(self.table)
        self.message = MessageLabel()
        self.new_button = button(self.tr("Produk Baru"), primary=True)
        self.edit_button = button(self.tr("Ubah Produk"))
        for b in (self.new_button, self.edit_button):
            b.setVisible(self.may_setup)
        actions = QHBoxLayout()
        actions.addWidget(hint(self.tr("Syarat produk disalin ke setiap pinjaman saat diajukan: perubahan produk "
                                       "tidak mengubah pinjaman yang sudah ada.")), 1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self.selected()))
        self.table.doubleClicked.connect(lambda _i: self.open_editor(self.selected()) if self.may_setup else None)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.refresh()

    def _fee_cell(self, p: LoanProduct) -> str:
        if p.fee_kind == "none":
            return self.tr("tidak ada")
        amount = f"{pct(p.fee_value)}%" if p.fee_kind == "percent" else fmt.rupiah(int(p.fee_value))
        return self.tr("{amount} dipotong").format(amount=amount) if p.fee_mode == "potong" else \
            self.tr("{amount} tunai").format(amount=amount)

    def _penalty_cell(self, p: LoanProduct) -> str:
        rule = p.penalty
        if rule.kind == "percent_month":
            text = self.tr("{pct}%/bulan").format(pct=pct(rule.percent_per_month))
        elif rule.kind == "fixed_day":
            text = self.tr("{amount}/hari").format(amount=fmt.rupiah(rule.fixed_per_day_rp))
        else:
            return self.tr("tidak ada")
        return self.tr("{text}, tenggang {days} hari").format(text=text, days=rule.grace_days) if rule.grace_days \
            else text

    def refresh(self, select_code: str | None = None) -> None:
        self.message.clear()
        try:
            self.products = loan_products.list_products(self.session.ctx.reader(), self.session.actor)
        except DomainError as err:
            self.message.show_error(err)
            self.products = []
        self.model.set_loader(slice_loader(self.products))
        self.model.load_first_page()
        row = self.model.find_row(lambda p: p.code == select_code) if select_code else -1
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> LoanProduct | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def open_editor(self, product: LoanProduct | None) -> LoanProductDialog | None:
        if not self.may_setup:
            return None
        dialog = self.dialog = LoanProductDialog(self.session, product, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, product: LoanProduct) -> None:
        self.refresh(select_code=product.code)
        self.message.show_ok(self.tr("Produk {code} tersimpan.").format(code=product.code))
        self.changed.emit()


class LoanProductDialog(QDialog):
    saved = Signal(object)  # LoanProduct

    def __init__(self, session: Session, product: LoanProduct | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.existing = session, product
        self.today = business_date(session.ctx)
        p = product or LoanProduct(code="", name="")
        self.setWindowTitle(self.tr("Produk Pinjaman Baru") if product is None else
                            self.tr("Ubah Produk {code}").format(code=product.code))
        self.setMinimumWidth(980)
        self.code = QLineEdit(p.code)
        self.code.setMaxLength(12)
        self.code.setEnabled(product is None)
        self.name = QLineEdit(p.name)
        self.name.setMaxLength(80)
        self.min_amount, self.max_amount = RupiahEdit(), RupiahEdit()
        self.min_amount.set_amount(p.min_amount_rp)
        self.max_amount.set_amount(p.max_amount_rp)
        self.min_term, self.max_term = QSpinBox(), QSpinBox()
        for spin, value in ((self.min_term, p.min_term), (self.max_term, p.max_term)):
            spin.setRange(1, MAX_TERM)
            spin.setValue(value)
            spin.setSuffix(self.tr(" bulan"))
        self.rate = QLineEdit(_decimal_text(p.rate_pct))
        self.rate_period = self._combo({"bulan": self.tr("% per bulan"), "tahun": self.tr("% per tahun")},
                                       p.rate_period)
        self.method = self._combo({m.value: method_text(m) for m in Method}, p.method.value)
        self.round_to = self._combo({str(r): (self.tr("tanpa (rupiah)") if r == 1 else fmt.rupiah(r))
                                     for r in ROUNDINGS}, str(p.round_to))
        self.fee_kind = self._combo({"none": self.tr("tidak ada"), "percent": self.tr("persen dari pokok"),
                                     "fixed": self.tr("rupiah tetap")}, p.fee_kind)
        fee_text_ = fmt.number(int(p.fee_value)) if p.fee_kind == "fixed" else _decimal_text(p.fee_value)
        self.fee_value = QLineEdit(fee_text_)
        self.fee_mode = self._combo({k: fee_mode_text(k) for k in FEE_MODES}, p.fee_mode)
        self.penalty_kind = self._combo({"none": self.tr("tidak ada"),
                                         "percent_month": self.tr("persen per bulan terlambat"),
                                         "fixed_day": self.tr("rupiah per hari terlambat")}, p.penalty.kind)
        self.penalty_pct = QLineEdit(_decimal_text(p.penalty.percent_per_month))
        self.penalty_day = RupiahEdit()
        self.penalty_day.set_amount(p.penalty.fixed_per_day_rp)
        self.grace = QSpinBox()
        self.grace.setRange(0, 90)
        self.grace.setValue(p.penalty.grace_days)
        self.grace.setSuffix(self.tr(" hari"))
        self.prepay = self._combo({k: prepay_text(k) for k in PREPAY_RULES}, p.prepay_rule)
        self.early = self._combo({k: early_text(k) for k in EARLY_INTEREST}, p.early_interest)
        self.multiple = QLineEdit(_decimal_text(p.savings_multiple))
        self.multiple.setPlaceholderText(self.tr("kosong: tanpa batas; 3 = 3 × simpanan"))
        self.max_open = QSpinBox()
        self.max_open.setRange(1, 10)
        self.max_open.setValue(p.max_open_loans)
        self.active = QCheckBox(self.tr("Aktif: bisa dipilih untuk pengajuan"))
        self.active.setChecked(p.active)

        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Kode"), self.code)
        left.addRow(self.tr("Nama"), self.name)
        left.addRow(self.tr("Plafon minimum (Rp)"), self.min_amount)
        left.addRow(self.tr("Plafon maksimum (Rp)"), self.max_amount)
        left.addRow(self.tr("Jangka minimum"), self.min_term)
        left.addRow(self.tr("Jangka maksimum"), self.max_term)
        left.addRow(self.tr("Kelipatan simpanan"), self.multiple)
        left.addRow(self.tr("Pinjaman per anggota"), self.max_open)
        left.addRow("", self.active)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(self.rate_period, 1)
        right.addRow(self.tr("Bunga"), rate_row)
        right.addRow(self.tr("Metode"), self.method)
        right.addRow(self.tr("Pembulatan angsuran"), self.round_to)
        right.addRow(self.tr("Biaya administrasi"), self.fee_kind)
        right.addRow(self.tr("Besar biaya (% atau Rp)"), self.fee_value)
        right.addRow(self.tr("Cara bayar biaya"), self.fee_mode)
        right.addRow(self.tr("Denda"), self.penalty_kind)
        right.addRow(self.tr("Denda % per bulan"), self.penalty_pct)
        right.addRow(self.tr("Denda per hari (Rp)"), self.penalty_day)
        right.addRow(self.tr("Masa tenggang"), self.grace)
        right.addRow(self.tr("Pelunasan sebagian"), self.prepay)
        right.addRow(self.tr("Pelunasan dipercepat"), self.early)
        columns = QGridLayout()
        columns.setHorizontalSpacing(20)
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        self.example = QLabel()
        self.example.setWordWrap(True)
        self.example.setStyleSheet("font-weight: bold; color: #8c1d18;")
        self.message = MessageLabel()
        ok = button(self.tr("Simpan"), primary=True)
        ok.setDefault(True)
        cancel = button(self.tr("Batal"))
        cancel.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        self.ok_button = ok
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.example)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        ok.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        for edit in (self.rate, self.fee_value, self.penalty_pct, self.multiple):
            edit.textChanged.connect(lambda _t: self.refresh_example())
        for combo in (self.rate_period, self.method, self.round_to, self.fee_kind, self.penalty_kind):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_example())
        self.fee_kind.currentIndexChanged.connect(lambda _i: self._kinds_changed())
        self.penalty_kind.currentIndexChanged.connect(lambda _i: self._kinds_changed())
        self._kinds_changed()
        self.refresh_example()

    def _kinds_changed(self) -> None:
        """Only the fields that the chosen fee and penalty kinds use are open."""
        fee = self.fee_kind.currentData()
        self.fee_value.setEnabled(fee != "none")
        self.fee_mode.setEnabled(fee != "none")
        penalty = self.penalty_kind.currentData()
        self.penalty_pct.setEnabled(penalty == "percent_month")
        self.penalty_day.setEnabled(penalty == "fixed_day")
        self.grace.setEnabled(penalty != "none")

    @staticmethod
    def _combo(items: dict[str, str], current: str) -> QComboBox:
        combo = QComboBox()
        for key, text in items.items():
            combo.addItem(text, key)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def values(self) -> dict:
        def dec(edit: QLineEdit, default: str = "0") -> str:
            return edit.text().strip() or default
        fee_value = dec(self.fee_value)
        if self.fee_kind.currentData() == "fixed":  # rupiah: '25.000' is twenty-five thousand, not 25
            try:
                fee_value = str(fmt.parse_rupiah(fee_value))
            except ValueError:
                pass  # the domain says what is wrong with it
        return {
            "code": self.code.text(), "name": self.name.text(),
            "min_amount_rp": self.min_amount.amount(), "max_amount_rp": self.max_amount.amount(),
            "min_term": self.min_term.value(), "max_term": self.max_term.value(),
            "rate_pct": dec(self.rate), "rate_period": self.rate_period.currentData(),
            "method": self.method.currentData(), "round_to": int(self.round_to.currentData()),
            "fee_kind": self.fee_kind.currentData(), "fee_value": fee_value,
            "fee_mode": self.fee_mode.currentData(),
            "penalty": {"kind": self.penalty_kind.currentData(), "percent_per_month": dec(self.penalty_pct),
                        "fixed_per_day_rp": self.penalty_day.amount() or 0, "grace_days": self.grace.value()},
            "allocation_order": list(self.existing.allocation_order if self.existing else DEFAULT_ORDER),
            "prepay_rule": self.prepay.currentData(), "early_interest": self.early.currentData(),
            "savings_multiple": self.multiple.text().strip() or None, "max_open_loans": self.max_open.value(),
            "active": self.active.isChecked(),
        }

    def refresh_example(self) -> None:
        """Rp1.000.000 over 12 months on these terms: the installment and the effective rate."""
        try:
            values = self.values()
            values["code"], values["name"] = values["code"] or "X", values["name"] or "x"
            values["min_amount_rp"], values["max_amount_rp"] = 1, 10_000_000_000
            values["min_term"], values["max_term"] = 1, MAX_TERM
            p = product_from_dict(values)
            s = build_schedule(EXAMPLE_RP, EXAMPLE_TERM, p.monthly_rate, p.method, self.today, round_to=p.round_to)
        except (DomainError, InvalidOperation, TypeError, ValueError):
            self.example.setText("")
            return
        self.example.setText(self.tr("Contoh {amount}, {term} bulan: angsuran {installment} · {effective}").format(
            amount=fmt.rupiah(EXAMPLE_RP), term=EXAMPLE_TERM, installment=fmt.rupiah(s.installments[0].installment_rp),
            effective=effective_text(p, s.effective_annual_rate)))

    def save(self) -> None:
        values = self.values()
        if values["min_amount_rp"] is None or values["max_amount_rp"] is None:
            self.message.show_error(self.tr("Plafon harus rupiah bulat."))
            return
        try:
            product = loan_products.save_product(self.session.ctx.uow(), self.session.actor, values)
        except DomainError as err:
            self.message.show_error(err)
            return
        self.saved.emit(product)
        self.accept()
