"""Bayar (F12): how the customer pays, and the LPG buyer when subsidised goods are in the cart.

One row per entry of `PAYMENT_METHODS`: the method that gives change (cash) takes the
money handed over and gets the quick buttons; every other method pays its exact amount
(kasbon needs the member; a method that needs a reference gets a field for it). A new
method is one more entry there, not new logic here. A method confirmed later (QRIS) has
no reference field: the sale is recorded waiting, and the QRIS dialog shows its QR and
takes the reference. Alt+Q puts the rest of the total on QRIS (after the kasbon and any
cash typed). The sale itself is recorded by the page; a refusal comes back into this
dialog and the cart stays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Mapping

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.cash import quick_tenders
from app.domain.errors import DomainError
from app.domain.nik import mask_nik, parse_nik
from app.domain.sale import BUYER_TYPE_LABELS, PAYMENT_METHODS, BuyerType, PaymentDraft, PaymentMethod
from app.services import qris
from app.ui.pages.till_cart_model import Cart
from app.ui.pages.till_common import TillDialog, big_label
from app.ui.session import Session
from app.ui.widgets import MoneyEdit, button, hint

METHOD_TEXT = {  # screen labels for the methods we know; others show their own label
    "cash": lambda: QCoreApplication.translate("Till", "Tunai (uang diterima)"),
    "credit": lambda: QCoreApplication.translate("Till", "Kasbon anggota"),
    "qris": lambda: QCoreApplication.translate("Till", "QRIS"),
}
BUYER_TEXT = {
    BuyerType.RUMAH_TANGGA: lambda: QCoreApplication.translate("Till", "Rumah tangga"),
    BuyerType.USAHA_MIKRO: lambda: QCoreApplication.translate("Till", "Usaha mikro"),
    BuyerType.PENGECER: lambda: QCoreApplication.translate("Till", "Pengecer"),
}


@dataclass(frozen=True)
class PaymentChoice:
    payments: tuple[PaymentDraft, ...]
    buyer_nik: str | None = None
    buyer_type: str | None = None
    buyer_name: str = ""


class _MethodRow:
    def __init__(self, method: PaymentMethod) -> None:
        self.method = method
        self.amount = MoneyEdit()
        self.amount.setObjectName("barcodeField")
        # A payment confirmed later (QRIS) gets its reference in the QRIS dialog, once the QR was scanned.
        self.reference = QLineEdit() if method.needs_reference and not method.confirmed_later else None
        if self.reference is not None:
            self.reference.setMaxLength(40)
        self.note = hint("")
        self.note.hide()  # shown when there is something to say

    def say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class PaymentDialog(TillDialog):
    submitted = Signal(object)  # PaymentChoice

    def __init__(self, session: Session, cart: Cart, business_day: date, parent: QWidget | None = None,
                 methods: Mapping[str, PaymentMethod] = PAYMENT_METHODS) -> None:
        super().__init__(session, parent, self.tr("Pembayaran"))
        self.cart, self.business_day = cart, business_day
        self.total = cart.total_rp
        self.setMinimumWidth(620)
        self._cash_auto = True
        self._quick: list[QPushButton] = []

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Total belanja")))
        top.addStretch(1)
        self.total_label = big_label(fmt.rupiah(self.total))
        top.addWidget(self.total_label)
        layout.addLayout(top)
        member = cart.member
        layout.addWidget(hint(self.tr("Anggota: {no} {name} · kasbon tersedia {available}").format(
            no=member.member_no, name=member.name, available=fmt.rupiah(member.credit_available_rp))
            if member else self.tr("Bukan anggota (F4 untuk memilih anggota)")))

        self.nik = self.buyer_type = self.buyer_name = self.nik_masked = None
        if cart.subsidised:
            layout.addWidget(self._buyer_box())

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.rows: dict[str, _MethodRow] = {}
        self.cash_row: _MethodRow | None = None
        self.later_row: _MethodRow | None = None  # QRIS: paid outside, confirmed after the QR
        for n, method in enumerate(methods.values()):
            row = _MethodRow(method)
            self.rows[method.code] = row
            text = METHOD_TEXT[method.code]() if method.code in METHOD_TEXT else method.label
            grid.addWidget(QLabel(text), n * 2, 0)
            grid.addWidget(row.amount, n * 2, 1)
            if row.reference is not None:
                row.reference.setPlaceholderText(self.tr("nomor referensi"))
                grid.addWidget(row.reference, n * 2, 2)
            grid.addWidget(row.note, n * 2 + 1, 1, 1, 2)
            if method.gives_change and self.cash_row is None:
                self.cash_row = row
                row.amount.textEdited.connect(self._cash_edited)
            else:
                row.amount.textChanged.connect(lambda _t: self._recompute())
            if method.needs_member:
                self._member_method(row, grid, n * 2)
            if method.confirmed_later:
                self._later_method(row, grid, n * 2)
        layout.addLayout(grid)

        self.quick_row = QHBoxLayout()
        layout.addLayout(self.quick_row)
        summary = QFormLayout()
        self.remaining_label = QLabel()
        self.change_label = big_label("", "tillChange")
        summary.addRow(self.tr("Sisa dibayar tunai"), self.remaining_label)
        summary.addRow(self.tr("Kembalian"), self.change_label)
        layout.addLayout(summary)
        layout.addWidget(self.message)
        buttons, _ok = self.buttons(self.tr("Bayar (Enter)"))
        layout.addLayout(buttons)
        self._recompute()
        first = self.nik if self.nik is not None else (self.cash_row.amount if self.cash_row else None)
        if first is not None:
            first.setFocus()
            if first is not self.nik:
                first.selectAll()

    # --- building ----------------------------------------------------------

    def _buyer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pembeli barang bersubsidi (LPG 3 kg)"))
        form = QFormLayout(box)
        self.nik = QLineEdit()
        self.nik.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,16}"), self.nik))
        self.nik.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)  # masked once entered
        self.nik.setPlaceholderText(self.tr("16 angka NIK pembeli"))
        self.nik_masked = QLabel()
        self.nik_masked.setObjectName("nikMasked")
        self.buyer_type = QComboBox()
        self.buyer_type.addItem(self.tr("— pilih jenis pembeli —"), None)
        for kind in BuyerType:
            self.buyer_type.addItem(BUYER_TEXT[kind]() if kind in BUYER_TEXT else BUYER_TYPE_LABELS[kind],
                                    kind.value)
        self.buyer_name = QLineEdit()
        self.buyer_name.setMaxLength(120)
        self.buyer_name.setPlaceholderText(self.cart.member.name if self.cart.member else self.tr("boleh kosong"))
        form.addRow(self.tr("NIK"), self.nik)
        form.addRow("", self.nik_masked)
        form.addRow(self.tr("Jenis pembeli"), self.buyer_type)
        form.addRow(self.tr("Nama pembeli"), self.buyer_name)
        self.nik.textChanged.connect(self._nik_changed)
        return box

    def _member_method(self, row: _MethodRow, grid: QGridLayout, at: int) -> None:
        member = self.cart.member
        if member is None:
            row.amount.setEnabled(False)
            row.say(self.tr("Hanya untuk anggota: pilih anggota dahulu (F4)."))
            return
        row.say(self.tr("Sisa batas kasbon {available}").format(
            available=fmt.rupiah(member.credit_available_rp)))
        self.full_credit = button(self.tr("Semua kasbon"))
        self.full_credit.setAutoDefault(False)
        self.full_credit.clicked.connect(lambda: row.amount.set_amount(min(self.total, member.credit_available_rp)))
        grid.addWidget(self.full_credit, at, 2)

    def _later_method(self, row: _MethodRow, grid: QGridLayout, at: int) -> None:
        """QRIS: Alt+Q pays the rest with it; without the outlet's static QRIS it cannot be chosen."""
        self.later_row = row
        try:
            ready = qris.current(self.session.ctx.reader(), self.session.actor) is not None
        except DomainError:
            ready = True  # not ours to know here: recording the sale will say why
        if not ready:
            row.amount.setEnabled(False)
            row.say(self.tr("QRIS gerai belum diatur (Pengaturan > QRIS)."))
            return
        row.say(self.tr("Kode QR tampil setelah Bayar; referensi diisi setelah dana masuk."))
        self.rest_by_later = button(self.tr("Sisanya QRIS (Alt+Q)"))
        self.rest_by_later.setAutoDefault(False)
        self.rest_by_later.clicked.connect(self.rest_to_qris)
        grid.addWidget(self.rest_by_later, at, 2)
        QShortcut(QKeySequence("Alt+Q"), self, self.rest_to_qris)

    def rest_to_qris(self) -> None:
        """Alt+Q: QRIS pays what the other methods leave (cash only if the cashier typed an amount)."""
        row = self.later_row
        if row is None or not row.amount.isEnabled():
            return
        others = 0
        for other in self.rows.values():
            if other is row or (other is self.cash_row and self._cash_auto):
                continue
            others += other.amount.amount() or 0
        row.amount.set_amount(max(self.total - others, 0))
        self._recompute()
        row.amount.setFocus()
        row.amount.selectAll()

    # --- live figures ------------------------------------------------------

    def _cash_edited(self, _text: str) -> None:
        self._cash_auto = False
        self._recompute()

    def _non_cash(self) -> int | None:
        total = 0
        for row in self.rows.values():
            if row is not self.cash_row:
                amount = row.amount.amount()
                if amount is None:
                    return None
                total += amount
        return total

    def _recompute(self) -> None:
        non_cash = self._non_cash()
        remaining = self.total - (non_cash or 0)
        cash_row = self.cash_row
        if cash_row is not None and self._cash_auto:
            cash_row.amount.blockSignals(True)
            cash_row.amount.set_amount(max(remaining, 0))
            cash_row.amount.blockSignals(False)
        cash = cash_row.amount.amount() if cash_row is not None else 0
        self.remaining_label.setText(fmt.rupiah(max(remaining, 0)))
        self._set_quick(remaining)
        ok = False
        if non_cash is None or cash is None:
            self._status(self.tr("Jumlah tidak sah"), short=True)
        elif remaining < 0:
            self._status(self.tr("Melebihi total {over}").format(over=fmt.rupiah(-remaining)), short=True)
        elif remaining == 0:
            self._status(fmt.rupiah(0), short=False)
            ok = True
        elif cash < remaining:
            self._status(self.tr("Kurang {short}").format(short=fmt.rupiah(remaining - cash)), short=True)
        else:
            self._status(fmt.rupiah(cash - remaining), short=False)
            ok = True
        self.covered = ok
        self.ok_button.setEnabled(ok)

    def _status(self, text: str, *, short: bool) -> None:
        self.change_label.setObjectName("tillShort" if short else "tillChange")
        self.change_label.style().unpolish(self.change_label)
        self.change_label.style().polish(self.change_label)
        self.change_label.setText(text)

    def _set_quick(self, remaining: int) -> None:
        amounts = quick_tenders(remaining) if remaining > 0 and self.cash_row is not None else []
        if [b.property("amount") for b in self._quick] == amounts:
            return
        for b in self._quick:
            self.quick_row.removeWidget(b)
            b.deleteLater()
        self._quick = []
        for n, amount in enumerate(amounts):
            b = button(self.tr("Uang pas {amount}").format(amount=fmt.number(amount)) if n == 0
                       else fmt.number(amount))
            b.setObjectName("quickTender")
            b.setAutoDefault(False)
            b.setProperty("amount", amount)
            b.clicked.connect(lambda _c=False, a=amount: self.tender(a))
            self.quick_row.addWidget(b)
            self._quick.append(b)

    def tender(self, amount: int) -> None:
        """A quick button: this much cash was handed over."""
        self._cash_auto = False
        self.cash_row.amount.set_amount(amount)
        self._recompute()

    def _nik_changed(self, text: str) -> None:
        if len(text) < 16:
            self.nik_masked.setText(self.tr("{n}/16 angka").format(n=len(text)))
            return
        try:
            info = parse_nik(text, today=self.business_day)
        except DomainError as err:
            self.nik_masked.setText(str(err))
            return
        self.nik_masked.setText(self.tr("NIK {masked} ✓").format(masked=mask_nik(info.nik)))

    @property
    def quick_amounts(self) -> list[int]:
        return [b.property("amount") for b in self._quick]

    # --- confirm -----------------------------------------------------------

    def choice(self) -> PaymentChoice:
        non_cash = self._non_cash()
        cash = self.cash_row.amount.amount() if self.cash_row is not None else 0
        if non_cash is None or cash is None:
            raise DomainError("bad_amount", self.tr("Isi jumlah bayar dalam rupiah bulat."))
        drafts = [PaymentDraft(code, row.amount.amount(), row.reference.text() if row.reference else "")
                  for code, row in self.rows.items() if row is not self.cash_row and row.amount.amount()]
        if self.cash_row is not None and self.total - non_cash > 0:
            drafts.append(PaymentDraft(self.cash_row.method.code, cash))
        if self.nik is None:
            return PaymentChoice(tuple(drafts))
        return PaymentChoice(tuple(drafts), self.nik.text().strip() or None, self.buyer_type.currentData(),
                             self.buyer_name.text().strip())

    def confirm(self) -> None:
        if not self.covered:
            self.message.show_error(self.tr("Pembayaran belum cukup: lihat kekurangannya."))
            return
        try:
            choice = self.choice()
        except DomainError as err:
            self.message.show_error(err)
            return
        self.busy = True
        self.ok_button.setEnabled(False)
        self.message.clear()
        self.submitted.emit(choice)

    def refused(self, exc: BaseException) -> None:
        """The service said no: show why and let the cashier correct it."""
        self.busy = False
        self.message.show_error(exc)
        self._recompute()
