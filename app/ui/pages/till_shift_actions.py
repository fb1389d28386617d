"""The till's actions around the sales: X report (F8), cash in/out, returns and voids,
closing the shift, and the customer display. Kept apart from scanning and paying."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.services import profile, sale_pending, shifts
from app.services.returns import ReturnResult
from app.ui.pages.till_close_dialog import CloseShiftDialog
from app.ui.pages.till_customer_display import CustomerDisplay
from app.ui.pages.till_return_dialog import ReturnDialog
from app.ui.pages.till_shift_dialogs import CashMoveDialog, XReportDialog

if TYPE_CHECKING:
    from app.ui.pages.till_page import TillPage


class ShiftActions(QObject):
    def __init__(self, page: TillPage) -> None:
        super().__init__(page)
        self.page = page

    def x_report(self) -> None:
        page = self.page
        try:
            report = shifts.current(page.session.ctx.reader(), page.session.actor, page.till)
        except DomainError as err:
            page.error(err)
            return
        if report is None:
            page.refresh_shift()
            return
        # A cashier counts blind at closing, so the X report shows them no expected cash.
        show = page.session.actor.can(Permission.SHIFT_APPROVE)
        page.open_dialog(XReportDialog(page.session, report, show, page))

    def cash_move(self) -> None:
        page = self.page
        dialog = CashMoveDialog(page.session, page.till, page)
        dialog.moved.connect(lambda _r: page.view.message.show_ok(self.tr("Kas masuk/keluar tercatat.")))
        page.open_dialog(dialog)

    def open_returns(self) -> None:
        page = self.page
        dialog = ReturnDialog(page.session, page.till, page)
        dialog.returned.connect(self._returned)
        dialog.voided.connect(lambda number: page.view.message.show_ok(
            self.tr("Penjualan {number} dibatalkan.").format(number=number)))
        page.open_dialog(dialog)

    def _returned(self, r: ReturnResult) -> None:
        how = self.tr("tunai") if r.refund_method == "cash" else self.tr("ke kasbon")
        self.page.view.message.show_ok(self.tr("Retur {number} dari {sale}: {total} dikembalikan ({how}).").format(
            number=r.number, sale=r.sale_number, total=fmt.rupiah(r.total_rp), how=how))

    def close_shift(self) -> None:
        page = self.page
        if page.shift is None:
            return
        if not page.model.cart.is_empty():
            page.error(self.tr("Selesaikan atau tahan (F6) keranjang sekarang sebelum menutup shift."))
            return
        try:  # asked before the count: the close itself refuses while any sale of the shift waits
            waiting = sale_pending.list_pending(page.session.ctx.reader(), page.session.actor, till=page.till)
        except DomainError:
            waiting = []
        if waiting:
            page.error(self.tr("Masih ada penjualan menunggu pembayaran QRIS: {numbers}. Konfirmasi atau batalkan "
                               "dahulu (F1), lalu tutup shift.").format(numbers=", ".join(s.number for s in waiting)))
            page.refresh_pending()
            return
        dialog = CloseShiftDialog(page.session, page.till, page.shift.number, page)
        dialog.finished.connect(lambda _r: page.refresh_shift())
        page.open_dialog(dialog)

    def toggle_customer_display(self, on: bool) -> None:
        page = self.page
        if on and page.customer_display is None:
            coop = profile.get(page.session.ctx.reader())
            page.customer_display = CustomerDisplay(page.model, coop.name if coop else "Kopdes", page)
        if page.customer_display is not None:
            page.customer_display.setVisible(on)
        page.focus_barcode()
