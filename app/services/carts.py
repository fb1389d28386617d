"""Carts on hold: a customer steps away, the cashier serves the next one and recalls
the cart later. Held carts are stored, so a power cut does not lose them either."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, NotFound
from app.store.models_shop import HeldCartRow
from app.store.uow import UnitOfWork

MAX_HELD = 20


@dataclass(frozen=True)
class HeldCart:
    id: int
    label: str
    held_at: datetime
    payload: dict


def hold(uow: UnitOfWork, actor: Actor, till: str, label: str, payload: dict) -> HeldCart:
    actor.require(Permission.SALE_SELL)
    if not payload.get("lines"):
        raise DomainError("empty_cart", "Keranjang kosong tidak perlu ditahan.")
    with uow:
        held = uow.session.execute(select(HeldCartRow.id).where(HeldCartRow.till == till)).all()
        if len(held) >= MAX_HELD:
            raise DomainError("too_many_held", f"Sudah {MAX_HELD} keranjang ditahan; selesaikan dahulu.")
        row = HeldCartRow(till=till, label=(label.strip() or f"Keranjang {len(held) + 1}")[:60], held_at=uow.now(),
                          user_id=actor.user_id, payload=json.dumps(payload))
        uow.session.add(row)
        uow.session.flush()
        cart = HeldCart(row.id, row.label, row.held_at, payload)
        uow.commit()
        return cart


def held(uow: UnitOfWork, actor: Actor, till: str) -> list[HeldCart]:
    actor.require(Permission.SALE_SELL)
    with uow:
        return [HeldCart(r.id, r.label, r.held_at, json.loads(r.payload)) for r in uow.session.execute(
            select(HeldCartRow).where(HeldCartRow.till == till).order_by(HeldCartRow.id)).scalars()]


def recall(uow: UnitOfWork, actor: Actor, till: str, cart_id: int) -> HeldCart:
    """Take a held cart back to the till (it leaves the hold list)."""
    actor.require(Permission.SALE_SELL)
    with uow:
        row = uow.session.get(HeldCartRow, cart_id)
        if row is None or row.till != till:
            raise NotFound("cart_not_found", "Keranjang yang ditahan tidak ditemukan.")
        cart = HeldCart(row.id, row.label, row.held_at, json.loads(row.payload))
        uow.session.delete(row)
        uow.commit()
        return cart
