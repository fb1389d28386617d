"""Rekap penjualan (per day, product, category) and the LPG 3 kg recap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

BUYER_TYPES = {"rumah_tangga": "Rumah tangga", "usaha_mikro": "Usaha mikro", "pengecer": "Pengecer"}


@dataclass(frozen=True)
class SalesLine:
    key: str  # the day (ISO), the product or the category
    label: str
    sales: int  # number of sales (receipts)
    qty_milli: int
    member_rp: int  # net of discounts, without deposits
    non_member_rp: int
    cost_rp: int

    @property
    def net_rp(self) -> int:
        return self.member_rp + self.non_member_rp

    @property
    def margin_rp(self) -> int:
        return self.net_rp - self.cost_rp


@dataclass(frozen=True)
class SalesRecap:
    period_key: str
    period_label: str
    by_day: tuple[SalesLine, ...]
    by_product: tuple[SalesLine, ...]
    by_category: tuple[SalesLine, ...]
    returns_rp: int  # goods refunded in the period
    previous_net_rp: int  # the previous period's net sales, for comparison

    @property
    def net_rp(self) -> int:
        return sum(l.net_rp for l in self.by_day)

    @property
    def member_rp(self) -> int:
        return sum(l.member_rp for l in self.by_day)

    @property
    def non_member_rp(self) -> int:
        return sum(l.non_member_rp for l in self.by_day)

    @property
    def cost_rp(self) -> int:
        return sum(l.cost_rp for l in self.by_day)

    @property
    def sales(self) -> int:
        return sum(l.sales for l in self.by_day)


@dataclass(frozen=True)
class LpgLine:
    key: str
    label: str
    sales: int
    buyers: int  # distinct NIKs
    qty_milli: int
    amount_rp: int


@dataclass(frozen=True)
class LpgRecap:
    period_key: str
    period_label: str
    by_type: tuple[LpgLine, ...]
    by_day: tuple[LpgLine, ...]
    buyers: int  # distinct NIKs over the period

    @property
    def qty_milli(self) -> int:
        return sum(l.qty_milli for l in self.by_type)

    @property
    def amount_rp(self) -> int:
        return sum(l.amount_rp for l in self.by_type)

    @property
    def sales(self) -> int:
        return sum(l.sales for l in self.by_type)


def day_label(day: date) -> str:
    return day.strftime("%d-%m-%Y")
