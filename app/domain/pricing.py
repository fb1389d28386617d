"""Line and cart arithmetic. Rounding happens once, half-up to the rupiah, at the line total."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.catalogue import MILLI
from app.domain.errors import DomainError


def round_half_up(numerator: int, denominator: int) -> int:
    """Exact integer rounding, half away from zero (never floats near money)."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    q, r = divmod(abs(numerator), denominator)
    if 2 * r >= denominator:
        q += 1
    return q if numerator >= 0 else -q


def line_amount(qty_milli: int, unit_price_rp: int) -> int:
    """2,5 kg x Rp13.999 = Rp34.998 (34.997,5 rounded half-up)."""
    return round_half_up(qty_milli * unit_price_rp, MILLI)


def percent_discount(amount_rp: int, percent_x100: int) -> int:
    """A discount of 12,5% is percent_x100=1250. Rounded half-up to the rupiah."""
    if not 0 <= percent_x100 <= 10_000:
        raise DomainError("bad_discount", "Diskon harus 0 sampai 100%.")
    return round_half_up(amount_rp * percent_x100, 10_000)


@dataclass(frozen=True)
class PricedLine:
    product_id: int
    qty_milli: int
    unit_price_rp: int
    gross_rp: int
    discount_rp: int
    deposit_rp: int  # a new cylinder's deposit: not revenue, held in Deposit Tabung

    @property
    def total_rp(self) -> int:
        return self.gross_rp - self.discount_rp + self.deposit_rp


def price_line(product_id: int, qty_milli: int, unit_price_rp: int, *, discount_rp: int = 0,
               deposit_per_unit_rp: int = 0, het_rp: int | None = None) -> PricedLine:
    if qty_milli <= 0:
        raise DomainError("bad_qty", "Jumlah harus lebih dari nol.")
    if unit_price_rp < 0 or deposit_per_unit_rp < 0:
        raise DomainError("bad_price", "Harga tidak boleh negatif.")
    if het_rp is not None and unit_price_rp > het_rp:
        raise DomainError("above_het", f"Harga Rp{unit_price_rp:,} melebihi HET Rp{het_rp:,}.".replace(",", "."))
    gross = line_amount(qty_milli, unit_price_rp)
    if not 0 <= discount_rp <= gross:
        raise DomainError("bad_discount", "Diskon tidak boleh negatif atau melebihi harga baris.")
    deposit = line_amount(qty_milli, deposit_per_unit_rp)
    return PricedLine(product_id, qty_milli, unit_price_rp, gross, discount_rp, deposit)
