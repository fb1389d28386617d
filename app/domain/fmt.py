"""The one place where money, dates and times become text (UI, receipts, PDFs)."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.clock import OutletZone

_MONTHS_ID = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
MONTH_NAMES_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


def rupiah(amount_rp: int, *, prefix: str = "Rp") -> str:
    """12500 -> 'Rp12.500'; -3000 -> '-Rp3.000'. Integer rupiah only."""
    if isinstance(amount_rp, bool) or not isinstance(amount_rp, int):
        raise TypeError(f"rupiah() takes integer rupiah, got {type(amount_rp).__name__}")
    sign = "-" if amount_rp < 0 else ""
    return f"{sign}{prefix}{abs(amount_rp):,}".replace(",", ".")


def number(amount: int) -> str:
    """Thousands with dots, no currency: 12500 -> '12.500'."""
    return rupiah(amount, prefix="")


def parse_rupiah(text: str) -> int:
    """'Rp12.500', '12.500', '12500' -> 12500. Dots only as thousands separators (groups of
    three): '2.5' or '1.2345' are refused, not read as Rp25 or Rp12.345. Refuses decimals:
    rupiah has no cents."""
    cleaned = text.strip().replace("Rp", "").replace("rp", "").replace(" ", "")
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("-")
    if "." in cleaned:
        head, *groups = cleaned.split(".")
        if not (1 <= len(head) <= 3 and all(len(g) == 3 for g in groups)):
            raise ValueError(f"bukan jumlah rupiah: {text!r}")
        cleaned = head + "".join(groups)
    if not (cleaned.isascii() and cleaned.isdigit()):
        raise ValueError(f"bukan jumlah rupiah: {text!r}")
    value = int(cleaned)
    return -value if negative else value


def day(d: date) -> str:
    """23 Nov 2026"""
    return f"{d.day} {_MONTHS_ID[d.month - 1]} {d.year}"


def month(year: int, month_no: int) -> str:
    """November 2026"""
    return f"{MONTH_NAMES_ID[month_no - 1]} {year}"


def local_datetime(at_utc: datetime, zone: OutletZone) -> str:
    """'23 Nov 2026 14:05 WIB' for a UTC instant shown in the outlet's zone."""
    local = at_utc.astimezone(zone.tzinfo)
    return f"{day(local.date())} {local:%H:%M} {zone.name}"
