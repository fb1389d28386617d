"""Small helpers for the cashier tests (demo outlet: see app/services/demo_shop.py)."""

from uuid import uuid4

from app.domain.catalogue import MILLI
from app.domain.sale import PaymentDraft
from app.services import sales, shifts

LPG_NIK = "3203014508900003"  # female, born 5 Aug 1990, Cianjur


def sell(ctx, actor, *items, pay=None, member=None, till="KASIR-1", approver=None, **extra):
    """items: (code, qty in units or milli via float) ... pay: dict method -> amount (default exact cash)."""
    lines = tuple(sales.CartLine(code, int(round(qty * MILLI)), **kw) for code, qty, *rest in items
                  for kw in [rest[0] if rest else {}])
    payments = tuple(PaymentDraft(m, a) for m, a in (pay or {"cash": 10_000_000}).items())
    return sales.record_sale(ctx.uow(), actor, sales.SaleRequest(uuid4(), till, lines, payments, member, **extra),
                             approver=approver)


def open_shift(ctx, actor, till="KASIR-1", float_rp=200_000):
    return shifts.open_shift(ctx.uow(), actor, till, float_rp, uuid=uuid4())
