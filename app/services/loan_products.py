"""Loan products: saved as checked JSON terms; a loan copies the terms at application."""

from __future__ import annotations

import json

from sqlalchemy import select

from app.domain.auth import Actor, Permission
from app.domain.errors import NotFound
from app.domain.loan_product import LoanProduct, product_from_dict
from app.services import audit
from app.store.models_loans import LoanProductRow
from app.store.uow import UnitOfWork


def product_of(row: LoanProductRow) -> LoanProduct:
    return product_from_dict(json.loads(row.config))


def product_in(uow: UnitOfWork, code: str) -> LoanProduct:
    row = uow.session.get(LoanProductRow, code.strip().upper())
    if row is None:
        raise NotFound("product_not_found", f"Produk pinjaman {code.strip()!r} tidak ditemukan.")
    return product_of(row)


def save_product(uow: UnitOfWork, actor: Actor, values: dict) -> LoanProduct:
    """Add or change a product (running loans keep the terms they were given)."""
    actor.require(Permission.LOAN_SETUP)
    product = product_from_dict(values)
    with uow:
        row = uow.session.get(LoanProductRow, product.code)
        before = json.loads(row.config) if row else None
        config = json.dumps(product.to_dict(), sort_keys=True)
        if row is None:
            uow.session.add(LoanProductRow(code=product.code, name=product.name, config=config, active=product.active))
        else:
            row.name, row.config, row.active = product.name, config, product.active
        audit.append(uow, actor.username, "loan.product", product.code, {"before": before, "after": product.to_dict()})
        uow.commit()
    return product


def list_products(uow: UnitOfWork, actor: Actor, *, active_only: bool = False) -> list[LoanProduct]:
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        q = select(LoanProductRow).order_by(LoanProductRow.code)
        if active_only:
            q = q.where(LoanProductRow.active.is_(True))
        return [product_of(r) for r in uow.session.execute(q).scalars()]


def get_product(uow: UnitOfWork, actor: Actor, code: str) -> LoanProduct:
    actor.require(Permission.MEMBER_VIEW)
    with uow:
        return product_in(uow, code)
