"""Products, units and quantities. Quantities are integer thousandths of the unit
(`qty_milli`): 2.5 kg of rice is 2500."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import DomainError

MILLI = 1000
MAX_QTY_MILLI = 100_000 * MILLI  # 100.000 units on one line is not a village sale
MAX_PRICE_RP = 1_000_000_000  # Rp1 miliar per unit


class Unit(StrEnum):
    PCS = "pcs"
    KG = "kg"
    LITER = "liter"
    KARUNG = "karung"
    TABUNG = "tabung"
    BUNGKUS = "bungkus"
    DUS = "dus"
    BOTOL = "botol"
    RENCENG = "renceng"
    SAK = "sak"


WEIGHED_UNITS = frozenset({Unit.KG, Unit.LITER})  # decimal quantities by default


class NegativeStock(StrEnum):
    REFUSE = "refuse"
    WARN = "warn"


@dataclass(frozen=True)
class Product:
    id: int
    sku: str
    name: str
    category: str
    unit: Unit
    decimal_qty: bool
    price_rp: int
    member_price_rp: int | None
    het_rp: int | None
    subsidized: bool
    active: bool
    min_stock_milli: int
    negative_stock: NegativeStock
    cost_rp: int  # moving-average cost per unit, for display
    deposit_rp: int = 0  # a new LPG cylinder's deposit (Deposit Tabung), charged on top

    def unit_price(self, member: bool) -> int:
        if member and self.member_price_rp is not None:
            return self.member_price_rp
        return self.price_rp


_QTY = re.compile(r"^\d{1,6}(?:[.,]\d{1,3})?$")


def parse_qty(text: str, *, decimal_allowed: bool) -> int:
    """'3' -> 3000, '2,5' -> 2500, '0.125' -> 125. Refuses zero, negatives and >3 decimals."""
    text = text.strip()
    if not _QTY.match(text):
        raise DomainError("bad_qty", f"Jumlah {text!r} tidak sah (contoh: 3 atau 2,5).")
    if re.match(r"^[1-9]\d*\.\d{3}$", text):
        raise DomainError("bad_qty", f"Jumlah {text!r} meragukan: pakai koma untuk desimal (mis. 1,5).")
    whole, _, frac = text.replace(",", ".").partition(".")
    milli = int(whole) * MILLI + int((frac + "000")[:3])
    if milli <= 0:
        raise DomainError("bad_qty", "Jumlah harus lebih dari nol.")
    if milli % MILLI and not decimal_allowed:
        raise DomainError("bad_qty", "Barang ini dijual per satuan utuh, tanpa desimal.")
    if milli > MAX_QTY_MILLI:
        raise DomainError("bad_qty", "Jumlah tidak masuk akal.")
    return milli


def format_qty(milli: int) -> str:
    """2500 -> '2,5'; 3000 -> '3'."""
    sign = "-" if milli < 0 else ""
    whole, frac = divmod(abs(milli), MILLI)
    return f"{sign}{whole}" + (f",{frac:03d}".rstrip("0") if frac else "")


def product_problems(sku: str, name: str, price_rp: int, member_price_rp: int | None,
                     het_rp: int | None, cost_rp: int = 0) -> list[str]:
    problems = []
    if not re.match(r"^[A-Za-z0-9][A-Za-z0-9\-_.]{0,31}$", sku.strip()):
        problems.append("SKU 1-32 huruf/angka (boleh - _ .).")
    if not name.strip() or len(name) > 120:
        problems.append("Nama barang wajib diisi (maks. 120 karakter).")
    for label, value in (("Harga jual", price_rp), ("Harga anggota", member_price_rp), ("HET", het_rp),
                         ("Harga pokok", cost_rp)):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > MAX_PRICE_RP:
            problems.append(f"{label} harus rupiah bulat 0 sampai 1 miliar.")
    if isinstance(price_rp, int) and price_rp <= 0:
        problems.append("Harga jual harus lebih dari nol.")
    if het_rp is not None and isinstance(price_rp, int) and isinstance(het_rp, int):
        if price_rp > het_rp:
            problems.append("Harga jual melebihi HET.")
        if member_price_rp is not None and isinstance(member_price_rp, int) and member_price_rp > het_rp:
            problems.append("Harga anggota melebihi HET.")
    return problems
