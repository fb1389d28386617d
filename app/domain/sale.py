"""A sale's money: totals, how payments cover them, and the journal it posts.

Payment methods are data (`PaymentMethod`): a new one (QRIS) adds an entry with its
account, without touching the sale logic. Non-cash methods pay their exact amount;
cash pays what is left and is the only method that gives change.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable, Mapping

from app.domain.errors import DomainError
from app.domain.fmt import rupiah
from app.domain.ledger import LineDraft
from app.domain.pricing import PricedLine

MAX_SALE_RP = 1_000_000_000  # Rp1 miliar: above this a keying error is likelier than a sale


@dataclass(frozen=True)
class PaymentMethod:
    code: str
    label: str
    account: str  # debited with what this method pays
    gives_change: bool = False
    needs_member: bool = False
    needs_reference: bool = False
    # Paid outside the till (QRIS): the sale may be recorded before the cashier has seen the
    # payment arrive; it then waits, posting nothing, until the reference is typed in.
    confirmed_later: bool = False


CASH = PaymentMethod("cash", "Tunai", "1101", gives_change=True)
CREDIT = PaymentMethod("credit", "Kasbon anggota", "1104", needs_member=True)
QRIS = PaymentMethod("qris", "QRIS", "1103", needs_reference=True, confirmed_later=True)
PAYMENT_METHODS: dict[str, PaymentMethod] = {m.code: m for m in (CASH, CREDIT, QRIS)}

_REFERENCE = re.compile(r"^[A-Z0-9]{4,20}$")


def clean_reference(method: PaymentMethod, text: str) -> str:
    """A payment reference as typed ('  1234 5678 9012 ') -> '123456789012'. For QRIS the RRN
    (12 characters) or at least its last 4."""
    ref = re.sub(r"[\s\-]", "", text or "").upper()
    if not _REFERENCE.match(ref):
        raise DomainError("bad_reference", f"Referensi {method.label} harus 4-20 huruf/angka "
                                           "(RRN 12 digit, atau paling sedikit 4 digit terakhirnya).")
    return ref


class BuyerType(StrEnum):
    RUMAH_TANGGA = "rumah_tangga"
    USAHA_MIKRO = "usaha_mikro"
    PENGECER = "pengecer"


BUYER_TYPE_LABELS = {BuyerType.RUMAH_TANGGA: "Rumah tangga", BuyerType.USAHA_MIKRO: "Usaha mikro",
                     BuyerType.PENGECER: "Pengecer"}


def receipt_code(sale_uuid: str, number: str, total_rp: int) -> str:
    """The short code on the receipt's QR: only the app, which knows the sale's UUID (never
    printed), can produce it, so a forged or altered struk is caught by `kopdes receipt`."""
    return hashlib.sha256(f"{sale_uuid}|{number}|{total_rp}".encode()).hexdigest()[:8].upper()


@dataclass(frozen=True)
class PaymentDraft:
    method: str
    amount_rp: int  # for cash: the money handed over; otherwise what it pays
    reference: str = ""


@dataclass(frozen=True)
class AppliedPayment:
    method: PaymentMethod
    amount_rp: int  # the part of the total it pays
    tendered_rp: int
    reference: str


@dataclass(frozen=True)
class SaleTotals:
    subtotal_rp: int  # goods before discounts
    discount_rp: int
    deposit_rp: int
    total_rp: int
    payments: tuple[AppliedPayment, ...]
    change_rp: int

    @property
    def awaiting_confirmation(self) -> bool:
        """A payment made outside the till that the cashier has not yet confirmed."""
        return any(p.method.confirmed_later and not p.reference for p in self.payments)


def sale_totals(lines: Iterable[PricedLine], payments: Iterable[PaymentDraft],
                methods: Mapping[str, PaymentMethod] = PAYMENT_METHODS) -> SaleTotals:
    lines = list(lines)
    if not lines:
        raise DomainError("empty_sale", "Belum ada barang di keranjang.")
    subtotal = sum(l.gross_rp for l in lines)
    discount = sum(l.discount_rp for l in lines)
    deposit = sum(l.deposit_rp for l in lines)
    total = subtotal - discount + deposit
    if total <= 0:
        raise DomainError("zero_sale", "Total penjualan harus lebih dari nol.")
    if total > MAX_SALE_RP:
        raise DomainError("absurd_sale", "Total penjualan tidak masuk akal; periksa jumlah barang.")
    drafts = list(payments)
    if not drafts:
        raise DomainError("no_payment", "Pilih cara bayar.")
    applied: list[AppliedPayment] = []
    cash: list[PaymentDraft] = []
    remaining = total
    for d in drafts:
        method = methods.get(d.method)
        if method is None:
            raise DomainError("bad_method", f"Cara bayar {d.method!r} tidak dikenal.")
        if isinstance(d.amount_rp, bool) or not isinstance(d.amount_rp, int) or d.amount_rp <= 0:
            raise DomainError("bad_payment", f"Jumlah bayar {method.label} harus rupiah bulat lebih dari nol.")
        if method.gives_change:
            cash.append(d)
            continue
        if method.needs_reference and not d.reference.strip() and not method.confirmed_later:
            raise DomainError("reference_required", f"Nomor referensi {method.label} wajib diisi.")
        reference = clean_reference(method, d.reference) if d.reference.strip() else ""
        if d.amount_rp > remaining:
            raise DomainError("overpaid", f"{method.label} {rupiah(d.amount_rp)} melebihi sisa tagihan "
                                          f"{rupiah(remaining)}; tidak ada kembalian untuk {method.label}.")
        applied.append(AppliedPayment(method, d.amount_rp, d.amount_rp, reference))
        remaining -= d.amount_rp
    if len(cash) > 1:
        raise DomainError("bad_payment", "Pembayaran tunai cukup dicatat sekali.")
    change = 0
    if cash:
        tendered = cash[0].amount_rp
        if tendered < remaining:
            raise DomainError("underpaid", f"Uang tunai {rupiah(tendered)} kurang dari sisa tagihan "
                                           f"{rupiah(remaining)}.")
        if remaining == 0:
            raise DomainError("overpaid", "Tagihan sudah lunas tanpa uang tunai.")
        change = tendered - remaining
        applied.append(AppliedPayment(methods[cash[0].method], remaining, tendered, ""))
        remaining = 0
    if remaining:
        raise DomainError("underpaid", f"Pembayaran kurang {rupiah(remaining)}.")
    return SaleTotals(subtotal, discount, deposit, total, tuple(applied), change)


REVENUE_MEMBER, REVENUE_NON_MEMBER = "4101", "4102"
SALES_RETURNS, DEPOSITS, COGS, INVENTORY = "4103", "2108", "5101", "1108"


def sale_journal_lines(totals: SaleTotals, cost_rp: int, member_sale: bool) -> tuple[LineDraft, ...]:
    """Kas/Piutang against Penjualan (member or not) and Deposit Tabung; HPP against Persediaan."""
    lines = [LineDraft(p.method.account, debit_rp=p.amount_rp, memo=p.method.label)
             for p in totals.payments if p.amount_rp]
    goods = totals.subtotal_rp - totals.discount_rp
    if goods:
        lines.append(LineDraft(REVENUE_MEMBER if member_sale else REVENUE_NON_MEMBER, credit_rp=goods))
    if totals.deposit_rp:
        lines.append(LineDraft(DEPOSITS, credit_rp=totals.deposit_rp, memo="Deposit tabung baru"))
    if cost_rp > 0:
        lines += [LineDraft(COGS, debit_rp=cost_rp), LineDraft(INVENTORY, credit_rp=cost_rp)]
    return tuple(lines)


def return_journal_lines(goods_rp: int, deposit_rp: int, cost_rp: int, refund: PaymentMethod) -> tuple[LineDraft, ...]:
    """Retur Penjualan (and the deposit) against the refund; the goods' cost back to Persediaan."""
    lines = []
    if goods_rp:
        lines.append(LineDraft(SALES_RETURNS, debit_rp=goods_rp))
    if deposit_rp:
        lines.append(LineDraft(DEPOSITS, debit_rp=deposit_rp, memo="Deposit tabung dikembalikan"))
    lines.append(LineDraft(refund.account, credit_rp=goods_rp + deposit_rp, memo=refund.label))
    if cost_rp > 0:
        lines += [LineDraft(INVENTORY, debit_rp=cost_rp), LineDraft(COGS, credit_rp=cost_rp)]
    return tuple(lines)
