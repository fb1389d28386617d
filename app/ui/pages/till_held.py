"""Carts on hold (F6) and recalled (F7). A held cart is stored by the service, so a
power cut does not lose it; on recall its products and member are read again, so the
prices are today's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.domain import fmt
from app.domain.errors import DomainError
from app.services import carts, catalogue, members
from app.services.carts import HeldCart
from app.ui.pages.till_cart_model import Cart, CartItem
from app.ui.pages.till_lookup_dialogs import RecallDialog

if TYPE_CHECKING:
    from app.ui.pages.till_page import TillPage


class HeldCarts(QObject):
    def __init__(self, page: TillPage) -> None:
        super().__init__(page)
        self.page = page
        self.count = 0

    def refresh(self) -> None:
        page = self.page
        try:
            self.count = len(carts.held(page.session.ctx.reader(), page.session.actor, page.till))
        except DomainError:
            self.count = 0
        text = self.tr("Panggil ({n})").format(n=self.count) if self.count else self.tr("Panggil")
        page.view.keys["recall"].setText(f"F7\n{text}")

    def hold(self) -> None:
        page = self.page
        cart = page.model.cart
        if cart.is_empty():
            page.error(self.tr("Keranjang kosong tidak perlu ditahan."))
            return
        who = f"{cart.member.name} · " if cart.member else ""
        label = self.tr("{who}{n} baris · {total}").format(who=who, n=len(cart.items), total=fmt.rupiah(cart.total_rp))
        page.session.runner.submit(carts.hold, page.session.ctx.uow(), page.session.actor, page.till, label,
                                   cart.payload(), on_done=self._held, on_error=page.error)

    def _held(self, held: HeldCart) -> None:
        self.page.model.clear()
        self.page.view.message.show_ok(self.tr("Keranjang ditahan: {label}. Panggil lagi dengan F7.").format(
            label=held.label))
        self.refresh()

    def recall(self) -> None:
        page = self.page
        if not page.model.cart.is_empty():
            page.error(self.tr("Tahan (F6) atau selesaikan keranjang sekarang sebelum memanggil yang lain."))
            return
        held = carts.held(page.session.ctx.reader(), page.session.actor, page.till)
        if not held:
            page.error(self.tr("Tidak ada keranjang yang ditahan."))
            return
        dialog = RecallDialog(page.session, held, page)
        dialog.chosen.connect(self._recall)
        page.open_dialog(dialog)

    def _recall(self, held: HeldCart) -> None:
        page = self.page
        ctx, actor, till = page.session.ctx, page.session.actor, page.till

        def job():
            cart = carts.recall(ctx.uow(), actor, till, held.id)
            lines = []
            for line in cart.payload.get("lines", []):
                try:
                    lines.append((line, catalogue.get_product(ctx.reader(), actor, line["sku"])))
                except DomainError:
                    lines.append((line, None))
            member_no = cart.payload.get("member_no")
            member = members.find(ctx.reader(), actor, member_no) if member_no else None
            return cart, lines, member
        page.session.runner.submit(job, on_done=self._recalled, on_error=page.error)

    def _recalled(self, result) -> None:
        held, lines, member = result
        cart = Cart()  # a new sale document: a new UUID
        cart.member = member
        missing = []
        for line, info in lines:
            if info is None or not info.product.active:
                missing.append(line.get("sku", "?"))
                continue
            item = CartItem(line["code"], info.product, int(line["qty_milli"]), line.get("price_rp"),
                            int(line.get("discount_rp") or 0))
            try:
                cart.priced(item)
            except DomainError:
                missing.append(info.product.name)
                continue
            cart.items.append(item)
        self.page.model.set_cart(cart)
        self.page.select_row(len(cart.items) - 1)
        note = self.tr("Keranjang dipanggil: {label}.").format(label=held.label)
        if cart.changed_prices():
            note += self.tr(" Harga khusus perlu persetujuan pengurus lagi (F5).")
        if missing:
            self.page.error(note + self.tr(" Tidak bisa dijual lagi: {items}.").format(items=", ".join(missing)))
        else:
            self.page.view.message.show_ok(note)
        self.refresh()
