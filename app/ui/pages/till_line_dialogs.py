"""Changing one cart line: its quantity (F2), or its price and discount (F5), which a
pengurus approves with a PIN unless the user may do it alone."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.catalogue import format_qty, parse_qty
from app.domain.errors import DomainError
from app.ui.pages.till_cart_model import Cart, CartItem
from app.ui.pages.till_common import ApprovalBox, TillDialog, big_label
from app.ui.session import Session
from app.ui.widgets import MoneyEdit, hint


class QtyDialog(TillDialog):
    chosen = Signal(int)  # qty_milli

    def __init__(self, session: Session, item: CartItem, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Ubah jumlah"))
        self.item = item
        self.setMinimumWidth(420)
        unit = item.product.unit.value
        self.qty = QLineEdit(format_qty(item.qty_milli))
        self.qty.setObjectName("barcodeField")
        self.qty.selectAll()
        layout = QVBoxLayout(self)
        name = QLabel(f"<b>{item.product.name}</b>")
        name.setWordWrap(True)
        layout.addWidget(name)
        layout.addWidget(hint(self.tr("Jumlah dalam {unit}").format(unit=unit) + (
            self.tr(" (boleh desimal, mis. 1,5)") if item.product.decimal_qty else "")))
        layout.addWidget(self.qty)
        layout.addWidget(self.message)
        row, _ok = self.buttons(self.tr("Simpan (Enter)"))
        layout.addLayout(row)

    def confirm(self) -> None:
        try:
            qty = parse_qty(self.qty.text(), decimal_allowed=self.item.product.decimal_qty)
        except DomainError as err:
            self.message.show_error(err)
            self.qty.selectAll()
            return
        self.chosen.emit(qty)
        self.accept()


class PriceDialog(TillDialog):
    """Another unit price and/or a line discount, with the reason and the approval."""

    approved = Signal(object, int, object)  # price_rp or None, discount_rp, approver (Actor or None)

    def __init__(self, session: Session, cart: Cart, item: CartItem, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Harga / diskon baris"))
        self.cart, self.item = cart, item
        self.setMinimumWidth(480)
        self.price = MoneyEdit()
        self.price.set_amount(cart.unit_price(item))
        self.discount = MoneyEdit()
        self.discount.set_amount(item.discount_rp)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("mis. kemasan penyok, harga promo"))
        self.preview = big_label("")
        self.approval = ApprovalBox(session, Permission.PRICE_OVERRIDE, self)

        layout = QVBoxLayout(self)
        name = QLabel(self.tr("<b>{name}</b> · {qty} {unit} · harga biasa {price}").format(
            name=item.product.name, qty=format_qty(item.qty_milli), unit=item.product.unit.value,
            price=fmt.rupiah(cart.base_price(item))))
        name.setWordWrap(True)
        layout.addWidget(name)
        if item.product.het_rp is not None:
            layout.addWidget(hint(self.tr("HET: {het}").format(het=fmt.rupiah(item.product.het_rp))))
        form = QFormLayout()
        form.addRow(self.tr("Harga satuan"), self.price)
        form.addRow(self.tr("Diskon baris (Rp)"), self.discount)
        form.addRow(self.tr("Alasan"), self.reason)
        form.addRow(self.tr("Jumlah baris"), self.preview)
        layout.addLayout(form)
        layout.addWidget(self.approval)
        layout.addWidget(self.message)
        row, _ok = self.buttons(self.tr("Setujui (Enter)"))
        layout.addLayout(row)
        self.price.textChanged.connect(self._update)
        self.discount.textChanged.connect(self._update)
        self.price.selectAll()
        self._update()

    def _changed_item(self) -> CartItem:
        price, discount = self.price.amount(), self.discount.amount()
        if price is None or discount is None:
            raise DomainError("bad_amount", self.tr("Isi harga dan diskon dalam rupiah bulat."))
        return replace(self.item, price_rp=price, discount_rp=discount)

    def _update(self) -> None:
        try:
            self.preview.setText(fmt.rupiah(self.cart.priced(self._changed_item()).total_rp))
        except DomainError:
            self.preview.setText("—")

    def confirm(self) -> None:
        try:
            changed = self._changed_item()
            self.cart.priced(changed)  # above HET, discount larger than the line...
        except DomainError as err:
            self.message.show_error(err)
            return
        if not self.reason.text().strip() and self.approval.needed:
            self.message.show_error(self.tr("Tulis alasan perubahan harga atau diskon."))
            return
        reason = self.tr("Harga/diskon {name}: {reason}").format(name=self.item.product.name,
                                                                 reason=self.reason.text().strip())
        self.run(self.approval.approver_job(reason),
                 on_done=lambda approver: self._done(changed, approver))

    def _done(self, changed: CartItem, approver) -> None:
        self.approved.emit(changed.price_rp, changed.discount_rp, approver)
        self.accept()

    def failed(self, exc: BaseException) -> None:
        self.approval.clear_pin()
        super().failed(exc)
