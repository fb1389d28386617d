"""Laporan Perhitungan Hasil Usaha (PHU) with member (anggota) and non-member columns.

The split, a stated rule:
- 4101 Penjualan Anggota is anggota, 4102 Penjualan Non-Anggota is non-anggota;
- 4103 Retur Penjualan and 5101 HPP follow the member flag of the sales they belong to
  (figures from the sales tables: `retur_anggota_rp`, `hpp_anggota_rp`), the rest of the
  account going to non-anggota so the columns always add up to the ledger;
- loan income (42xx: jasa, provisi, denda) is anggota: loans go to members only;
- every other income and every expense is shared in proportion to the period's net sales
  (4101 and 4102, each net of its returns): non-anggota = round half-up of
  total × net non-member sales ÷ net sales, anggota takes the rest (the rounding remainder),
  so the two columns sum exactly to the total. Without net sales all of it is anggota."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from app.domain.accounts import Account, AccountType
from app.domain.reports import Period

MEMBER_SALES, NON_MEMBER_SALES, SALES_RETURNS, COGS = "4101", "4102", "4103", "5101"
LOAN_INCOME_PREFIX = "42"


@dataclass(frozen=True)
class PhuRow:
    code: str
    name: str
    section: str  # pendapatan | beban
    total_rp: int  # income positive (a contra income negative), expense positive
    anggota_rp: int
    non_anggota_rp: int
    previous_rp: int = 0
    ytd_rp: int = 0


@dataclass(frozen=True)
class PhuReport:
    period: Period
    rows: tuple[PhuRow, ...]
    member_sales_rp: int  # net of returns: the base of the proportional split
    non_member_sales_rp: int
    has_previous: bool = False
    has_ytd: bool = False

    def _sum(self, section: str, field: str) -> int:
        return sum(getattr(r, field) for r in self.rows if r.section == section)

    def shu(self, field: str = "total_rp") -> int:
        return self._sum("pendapatan", field) - self._sum("beban", field)

    @property
    def total_pendapatan_rp(self) -> int:
        return self._sum("pendapatan", "total_rp")

    @property
    def total_beban_rp(self) -> int:
        return self._sum("beban", "total_rp")

    @property
    def shu_rp(self) -> int:
        return self.shu()

    @property
    def shu_anggota_rp(self) -> int:
        return self.shu("anggota_rp")

    @property
    def shu_non_anggota_rp(self) -> int:
        return self.shu("non_anggota_rp")

    @property
    def previous_shu_rp(self) -> int:
        return self.shu("previous_rp")

    @property
    def ytd_shu_rp(self) -> int:
        return self.shu("ytd_rp")


def proportional_non_member(total_rp: int, member_sales_rp: int, non_member_sales_rp: int) -> int:
    """Non-member part of an amount shared by net sales, rounded half-up (away from zero for
    a negative amount); a negative sales figure counts as none."""
    m, n = max(member_sales_rp, 0), max(non_member_sales_rp, 0)
    if m + n == 0 or n == 0:
        return 0
    sign = -1 if total_rp < 0 else 1
    return sign * ((2 * abs(total_rp) * n + (m + n)) // (2 * (m + n)))


def split_amount(code: str, total_rp: int, *, member_sales_rp: int, non_member_sales_rp: int,
                 hpp_anggota_rp: int, retur_anggota_rp: int) -> tuple[int, int]:
    """(anggota, non_anggota) of one account's PHU amount; they always sum to `total_rp`."""
    if code == MEMBER_SALES or code.startswith(LOAN_INCOME_PREFIX):
        return total_rp, 0
    if code == NON_MEMBER_SALES:
        return 0, total_rp
    if code in (COGS, SALES_RETURNS):
        # Returns are shown as negative income; the member figure comes in positive.
        member = hpp_anggota_rp if code == COGS else -retur_anggota_rp
        lo, hi = sorted((0, total_rp))
        member = min(max(member, lo), hi)  # never more than the ledger holds
        return member, total_rp - member
    non = proportional_non_member(total_rp, member_sales_rp, non_member_sales_rp)
    return total_rp - non, non


def phu_amounts(chart: Mapping[str, Account], net_debit: Mapping[str, int]) -> dict[str, int]:
    """PHU amount per income/expense account from net debit movements of a period."""
    out = {}
    for code, v in net_debit.items():
        acc = chart.get(code)
        if acc is None or acc.type not in (AccountType.PENDAPATAN, AccountType.BEBAN):
            continue
        out[code] = v if acc.type == AccountType.BEBAN else -v
    return out


def build_phu(period: Period, chart: Mapping[str, Account], net_debit: Mapping[str, int], *,
              hpp_anggota_rp: int, retur_anggota_rp: int,
              previous: Mapping[str, int] | None = None, ytd: Mapping[str, int] | None = None) -> PhuReport:
    """`net_debit`, `previous`, `ytd`: net debit movements per account (closing journals left
    out) of the period, the previous period and the year to date."""
    now = phu_amounts(chart, net_debit)
    prev = phu_amounts(chart, previous or {})
    year = phu_amounts(chart, ytd or {})
    member_sales = now.get(MEMBER_SALES, 0) - retur_anggota_rp
    non_member_sales = now.get(NON_MEMBER_SALES, 0) + now.get(SALES_RETURNS, 0) + retur_anggota_rp
    rows = []
    for code in sorted(set(now) | set(prev) | set(year)):
        total = now.get(code, 0)
        if not (total or prev.get(code) or year.get(code)):
            continue
        acc = chart[code]
        a, n = split_amount(code, total, member_sales_rp=member_sales, non_member_sales_rp=non_member_sales,
                            hpp_anggota_rp=hpp_anggota_rp, retur_anggota_rp=retur_anggota_rp)
        section = "pendapatan" if acc.type == AccountType.PENDAPATAN else "beban"
        rows.append(PhuRow(code, acc.name, section, total, a, n, prev.get(code, 0), year.get(code, 0)))
    return PhuReport(period, tuple(rows), member_sales, non_member_sales, previous is not None, ytd is not None)
