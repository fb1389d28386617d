"""Retur / batal: from a sale number, choose what comes back (quantity per line), the
reason and the refund (cash or kasbon), and a pengurus approves with a PIN. The same
dialog voids a whole sale of the open shift."""

from __future__ import annotations

from uuid import uuid4

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QRadioButton, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.catalogue import WEIGHED_UNITS, Unit, format_qty, parse_qty
from app.domain.errors import DomainError
from app.services import returns, sales
from app.services.returns import ReturnItem
from app.services.sales import SaleResult
from app.ui.outlet import outlet_zone
from app.ui.pages.till_common import ApprovalBox, TillDialog
from app.ui.session import Session
from app.ui.widgets import button


class ReturnDialog(TillDialog):
    returned = Signal(object)  # ReturnResult
    voided = Signal(str)  # the sale number

    def __init__(self, session: Session, till: str, parent: QWidget | None = None, number: str = "") -> None:
        super().__init__(session, parent, self.tr("Retur / batal penjualan"))
        self.till = till
        self.sale: SaleResult | None = None
        self.uuid = uuid4()
        self.setMinimumWidth(700)
        self.number = QLineEdit(number)
        self.number.setObjectName("barcodeField")
        self.number.setPlaceholderText(self.tr("Nomor penjualan, mis. PJ-20261123-0001"))
        self.sale_info = QLabel(self.tr("Ketik nomor penjualan lalu Enter."))
        self.sale_info.setWordWrap(True)
        self.lines_grid = QGridLayout()
        self.qty_edits: list[tuple[object, QLineEdit]] = []
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("mis. kemasan bocor, salah ambil barang"))
        self.cash = QRadioButton(self.tr("Uang tunai dari laci"))
        self.credit = QRadioButton(self.tr("Mengurangi kasbon anggota"))
        self.cash.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.cash)
        group.addButton(self.credit)
        self.approval = ApprovalBox(session, Permission.SALE_RETURN, self)
        refund = QHBoxLayout()
        refund.addWidget(self.cash)
        refund.addWidget(self.credit)
        refund.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Alasan"), self.reason)
        form.addRow(self.tr("Pengembalian"), refund)

        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.sale_info)
        layout.addLayout(self.lines_grid)
        layout.addLayout(form)
        layout.addWidget(self.approval)
        layout.addWidget(self.message)
        row, ok = self.buttons(self.tr("Retur barang (Enter)"))
        self.return_button = ok
        self.void_button = button(self.tr("Batalkan seluruh penjualan"))
        self.void_button.setAutoDefault(False)
        self.void_button.setMinimumHeight(38)
        self.void_button.clicked.connect(self.void)
        row.insertWidget(0, self.void_button)
        layout.addLayout(row)
        self._enable(False)
        self.number.setFocus()
        if number:
            self.load()

    def _enable(self, loaded: bool) -> None:
        for w in (self.return_button, self.void_button, self.reason, self.cash):
            w.setEnabled(loaded)
        self.credit.setEnabled(loaded and self.sale is not None and self.sale.member_no is not None)

    # --- the sale ----------------------------------------------------------

    def load(self) -> None:
        self.message.clear()
        try:
            sale = sales.get_sale(self.session.ctx.reader(), self.session.actor, self.number.text())
        except DomainError as err:
            self.sale = None
            self._show_lines(None)
            self.message.show_error(err)
            return
        self.sale = sale
        self.uuid = uuid4()
        self._show_lines(sale)
        first = next((e for _l, e in self.qty_edits if e.isEnabled()), None)
        (first or self.reason).setFocus()

    def _show_lines(self, sale: SaleResult | None) -> None:
        while self.lines_grid.count():
            item = self.lines_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.qty_edits = []
        self._enable(sale is not None)
        if sale is None:
            self.sale_info.setText(self.tr("Ketik nomor penjualan lalu Enter."))
            return
        member = f" · {sale.member_no} {sale.member_name}" if sale.member_no else ""
        status = self.tr(" · DIBATALKAN") if sale.status == "voided" else ""
        self.sale_info.setText(f"<b>{sale.number}</b> · {fmt.local_datetime(sale.at, outlet_zone(self.session.ctx))}"
                               f" · {fmt.rupiah(sale.total_rp)}{member}{status}")
        for col, text in enumerate((self.tr("Barang"), self.tr("Terjual"), self.tr("Sudah diretur"),
                                    self.tr("Retur sekarang"))):
            self.lines_grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        for n, line in enumerate(sale.lines, start=1):
            left = line.qty_milli - line.returned_milli
            edit = QLineEdit()
            edit.setPlaceholderText("0")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(110)
            edit.setEnabled(left > 0 and sale.status == "completed")
            self.lines_grid.addWidget(QLabel(line.name), n, 0)
            self.lines_grid.addWidget(QLabel(f"{format_qty(line.qty_milli)} {line.unit}"), n, 1)
            self.lines_grid.addWidget(QLabel(format_qty(line.returned_milli)), n, 2)
            self.lines_grid.addWidget(edit, n, 3)
            self.qty_edits.append((line, edit))
        if sale.status != "completed":
            self._enable(False)

    def items(self) -> list[ReturnItem]:
        out = []
        for line, edit in self.qty_edits:
            if not edit.text().strip():
                continue
            try:
                unit = Unit(line.unit)
            except ValueError:
                unit = None
            qty = parse_qty(edit.text(), decimal_allowed=unit in WEIGHED_UNITS)
            out.append(ReturnItem(line.sku, qty))
        return out

    # --- actions -----------------------------------------------------------

    def confirm(self) -> None:
        focus = self.focusWidget()
        if self.sale is None or focus is self.number and self.number.text().strip().upper() != self.sale.number:
            self.load()
            return
        try:
            items = self.items()
        except DomainError as err:
            self.message.show_error(err)
            return
        if not items:
            self.message.show_error(self.tr("Isi jumlah barang yang diretur."))
            return
        if not self.reason.text().strip():
            self.message.show_error(self.tr("Alasan retur wajib diisi."))
            self.reason.setFocus()
            return
        ctx, actor, sale, reason = self.session.ctx, self.session.actor, self.sale, self.reason.text().strip()
        refund, till, uuid = ("credit" if self.credit.isChecked() else "cash"), self.till, self.uuid
        self.approval.permission = Permission.SALE_RETURN
        self.approval.needed = not actor.can(Permission.SALE_RETURN)
        approve = self.approval.approver_job(self.tr("Retur {number}: {reason}").format(number=sale.number,
                                                                                        reason=reason))

        def do_return():
            return returns.return_sale(ctx.uow(), actor, sale.number, items, reason, refund=refund, till=till,
                                       approver=approve(), uuid=uuid)
        self.run(do_return, on_done=self._returned)

    def _returned(self, result) -> None:
        self.returned.emit(result)
        self.accept()

    def void(self) -> None:
        if self.sale is None or self.busy:
            return
        if not self.reason.text().strip():
            self.message.show_error(self.tr("Alasan pembatalan wajib diisi."))
            self.reason.setFocus()
            return
        ctx, actor, number, reason, uuid = (self.session.ctx, self.session.actor, self.sale.number,
                                            self.reason.text().strip(), self.uuid)
        self.approval.permission = Permission.SALE_VOID
        self.approval.needed = not actor.can(Permission.SALE_VOID)
        approve = self.approval.approver_job(self.tr("Batal {number}: {reason}").format(number=number,
                                                                                        reason=reason))

        def do_void() -> str:
            returns.void_sale(ctx.uow(), actor, number, reason, approver=approve(), uuid=uuid)
            return number
        self.run(do_void, on_done=self._voided)

    def _voided(self, number: str) -> None:
        self.voided.emit(number)
        self.accept()

    def failed(self, exc: BaseException) -> None:
        self.approval.clear_pin()
        super().failed(exc)
