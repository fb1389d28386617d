"""The outlet's QRIS: registering its static QRIS (pasted or read from a photo of the
sticker; `read_static_image` only reads and checks, so a screen can show it before saving)
and the dynamic QR for each payment (amount and bill number = sale number).

Confirming or cancelling a payment is in `sale_pending`; settlement in `qris_settlement`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.devices.qr_image import read_qr_payloads
from app.domain import qris
from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.sale import QRIS
from app.services import audit, sales, settings
from app.store.models_shop import SalePaymentRow
from app.store.uow import UnitOfWork

KEY = "qris.static"


@dataclass(frozen=True)
class QrisCharge:
    """What the buyer scans: the dynamic payload for this sale's QRIS amount."""
    sale_number: str
    amount_rp: int
    payload: str
    merchant_name: str
    nmid: str


def static_in(uow: UnitOfWork) -> qris.StaticQris | None:
    payload = settings.get(uow, KEY)
    return qris.check_static(payload) if payload else None


def current(uow: UnitOfWork, actor: Actor) -> qris.StaticQris | None:
    if not actor.can(Permission.QRIS_SETUP):  # who sets it up may see it; otherwise those who sell
        actor.require(Permission.SALE_VIEW)
    with uow:
        return static_in(uow)


def setup(uow: UnitOfWork, actor: Actor, payload: str) -> qris.StaticQris:
    """Register the outlet's static QRIS; anything else is refused with the exact reason."""
    actor.require(Permission.QRIS_SETUP)
    checked = qris.check_static(payload)
    with uow:
        before = static_in(uow)
        settings.put(uow, KEY, checked.payload)
        audit.append(uow, actor.username, "qris.setup", checked.nmid,
                     {"merchant": checked.merchant_name, "city": checked.city, "acquirer": checked.acquirer,
                      "before_nmid": before.nmid if before else None})
        uow.commit()
    return checked


def read_static_image(actor: Actor, image: Path | bytes) -> qris.StaticQris:
    """Read the sticker's photo or scan, writing nothing: the first QR code in it that is a
    usable static QRIS (checked fully), else a refusal with the reason for every code found."""
    actor.require(Permission.QRIS_SETUP)
    problems = []
    for payload in read_qr_payloads(image):
        try:
            return qris.check_static(payload)
        except DomainError as e:
            problems.append(e.message)
    raise DomainError("no_static_qris", "Gambar berisi kode QR, tetapi bukan QRIS statis yang bisa dipakai: "
                                        + "; ".join(problems), details=tuple(problems))


def setup_from_image(uow: UnitOfWork, actor: Actor, image: Path | bytes) -> qris.StaticQris:
    """Read the sticker's photo or scan (`read_static_image`) and register what it holds."""
    return setup(uow, actor, read_static_image(actor, image).payload)


def _require_static(uow: UnitOfWork) -> qris.StaticQris:
    found = static_in(uow)
    if found is None:
        raise DomainError("qris_not_set_up", "QRIS gerai belum diatur (Pengaturan > QRIS, atau `kopdes qris setup`).")
    return found


def charge(uow: UnitOfWork, actor: Actor, sale_no: str) -> QrisCharge:
    """The dynamic QR for a sale waiting for its QRIS payment."""
    actor.require(Permission.SALE_SELL)
    with uow:
        static = _require_static(uow)
        sale = sales.sale_row(uow, sale_no)
        if sale.status != "pending":
            raise DomainError("sale_not_pending", f"Penjualan {sale.number} tidak menunggu pembayaran QRIS.")
        amount = int(uow.session.execute(select(func.coalesce(func.sum(SalePaymentRow.amount_rp), 0)).where(
            SalePaymentRow.sale_id == sale.id, SalePaymentRow.method == QRIS.code)).scalar_one())
        number = sale.number
    payload = qris.to_dynamic(static.payload, amount, bill_number=number)
    return QrisCharge(number, amount, payload, static.merchant_name, static.nmid)


def dynamic(uow: UnitOfWork, actor: Actor, amount_rp: int, *, bill_number: str | None = None,
            static_payload: str | None = None) -> str:
    """A dynamic payload for any amount (support and the CLI), from the configured static
    QRIS or the one given."""
    actor.require(Permission.SALE_SELL)
    if static_payload is None:
        with uow:
            static_payload = _require_static(uow).payload
    return qris.to_dynamic(static_payload, amount_rp, bill_number=bill_number)
