"""Monthly member statements (Rekening Koran Bulanan) as data: for one month, every active
member's savings per type (opening, each movement, closing), loans (principal owed at the
start and end of the month, what was paid in it), and purchases at the outlet; and the
treasurer's summary of them all. Pure: the service gathers, the PDFs print.

A loan's principal owed on a date is its principal less the principal of its repayments
(angsuran, pelunasan) dated up to then; a loan rescheduled or written off on or before
that date owes nothing any more (a recovery after a write-off is income, not principal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.clock import OutletZone
from app.domain.cooperative import CooperativeProfile
from app.domain.errors import DomainError
from app.domain.fmt import day, month as month_name, rupiah
from app.domain.periods import month_bounds, month_key, parse_month
from app.domain.savings import SavingsType, WajibStatus
from app.domain.savings_statement import SavingsSections, StatementMember, StatementSection

RECEIPTS_LISTED = 10  # up to this many purchases a month are listed one by one
PAYING_KINDS = ("angsuran", "pelunasan")  # repayments of principal (pemulihan is income)
CLOSED_WITHOUT_PAYMENT = ("direstrukturisasi", "dihapus")

LOAN_STATUS_LABELS = {"cair": "berjalan", "lunas": "lunas", "direstrukturisasi": "direstrukturisasi",
                      "dihapus": "dihapus buku"}
PAYMENT_KINDS = {"angsuran": "Angsuran", "pelunasan": "Pelunasan", "pemulihan": "Pemulihan (hapus buku)"}


def statement_month(text: str, today: date) -> tuple[str, date, date]:
    """'2026-10' -> ('2026-10', 1 Oct, 31 Oct). A month that has not begun is refused; the
    current month runs to today."""
    key = parse_month(text)
    first, last = month_bounds(key)
    if first > today:
        raise DomainError("future_month", f"Bulan {month_name(first.year, first.month)} belum berjalan: rekening "
                                          f"koran hanya untuk bulan yang sudah dimulai (s.d. {month_key(today)}).")
    return key, first, last


def safe_file_part(text: str) -> str:
    """A member number as part of a file name (no path separators or odd characters)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._") or "anggota"


def loan_owed_on(principal_rp: int, disbursed_on: date | None, status: str, closed_on: date | None,
                 repaid_principal_rp: int, on: date) -> int:
    """Principal owed at the end of `on`, given the principal repaid up to and including it."""
    if disbursed_on is None or disbursed_on > on:
        return 0
    if status in CLOSED_WITHOUT_PAYMENT and closed_on is not None and closed_on <= on:
        return 0
    return max(principal_rp - repaid_principal_rp, 0)


def arrears_text(wajib: WajibStatus, wajib_rp: int, pokok_owed_rp: int, as_of: date) -> str:
    """One line on wajib (and pokok) owed by an active member at `as_of`."""
    when = month_name(as_of.year, as_of.month)
    if wajib.owed_rp:
        text = (f"Tunggakan simpanan wajib s.d. {when}: {wajib.months_owed} bulan, {rupiah(wajib.owed_rp)} "
                f"({rupiah(wajib_rp)} per bulan).")
    elif wajib.advance_rp:
        text = f"Simpanan wajib lunas s.d. {when}, dibayar di muka {rupiah(wajib.advance_rp)}."
    else:
        text = f"Simpanan wajib lunas s.d. {when}."
    if pokok_owed_rp:
        text += f" Simpanan pokok belum lunas: kurang {rupiah(pokok_owed_rp)}."
    return text


@dataclass(frozen=True)
class LoanPaymentLine:
    day: date
    number: str
    kind: str  # angsuran | pelunasan | pemulihan
    principal_rp: int
    interest_rp: int
    penalty_rp: int

    @property
    def amount_rp(self) -> int:
        return self.principal_rp + self.interest_rp + self.penalty_rp

    @property
    def label(self) -> str:
        return PAYMENT_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class LoanMonth:
    number: str
    product: str
    principal_rp: int
    disbursed_on: date
    status: str  # as it stands at the end of the month (cair, lunas, direstrukturisasi, dihapus)
    opening_rp: int  # principal owed when the month began
    payments: tuple[LoanPaymentLine, ...]
    closing_rp: int  # principal owed at the end of the month
    new_rp: int = 0  # principal disbursed within the month (a new or rescheduled loan)

    @property
    def status_label(self) -> str:
        return LOAN_STATUS_LABELS.get(self.status, self.status)

    @property
    def paid_principal_rp(self) -> int:
        return sum(p.principal_rp for p in self.payments if p.kind in PAYING_KINDS)

    @property
    def paid_rp(self) -> int:
        return sum(p.amount_rp for p in self.payments)


@dataclass(frozen=True)
class Receipt:
    day: date
    number: str
    total_rp: int


@dataclass(frozen=True)
class Purchases:
    count: int
    total_rp: int
    receipts: tuple[Receipt, ...]  # empty when there are more than RECEIPTS_LISTED
    returns_rp: int = 0  # refunded in the month on the member's purchases (retur)

    @property
    def net_rp(self) -> int:
        return self.total_rp - self.returns_rp

    @property
    def listed(self) -> bool:
        return bool(self.receipts) and len(self.receipts) == self.count


@dataclass(frozen=True)
class MemberMonth(SavingsSections):
    member: StatementMember
    sections: tuple[StatementSection, ...]  # pokok, wajib, sukarela
    loans: tuple[LoanMonth, ...]
    purchases: Purchases
    arrears_text: str  # wajib (and pokok) owed at the end of the month

    @property
    def loans_closing_rp(self) -> int:
        return sum(loan.closing_rp for loan in self.loans)

    @property
    def loans_paid_rp(self) -> int:
        return sum(loan.paid_rp for loan in self.loans)


@dataclass(frozen=True)
class TypeTotals:
    type: str
    opening_rp: int
    in_rp: int
    out_rp: int
    closing_rp: int


@dataclass(frozen=True)
class MonthlyStatements:
    cooperative: CooperativeProfile
    month: str  # YYYY-MM
    date_from: date
    date_to: date
    as_of: date  # the month's last day, or today while the month runs
    members: tuple[MemberMonth, ...]
    printed_at: datetime  # aware UTC
    zone: OutletZone
    printed_by: str

    @property
    def label(self) -> str:
        return month_name(self.date_from.year, self.date_from.month)

    @property
    def range_text(self) -> str:
        text = f"{day(self.date_from)} s.d. {day(self.as_of)}"
        return text + (" (bulan berjalan)" if self.as_of < self.date_to else "")

    def type_totals(self) -> tuple[TypeTotals, ...]:
        out = []
        for t in SavingsType:
            secs = [m.section(t.value) for m in self.members]
            out.append(TypeTotals(t.value, sum(s.opening_rp for s in secs), sum(s.in_rp for s in secs),
                                  sum(s.out_rp for s in secs), sum(s.closing_rp for s in secs)))
        return tuple(out)

    @property
    def loans_count(self) -> int:
        return sum(1 for m in self.members for loan in m.loans if loan.closing_rp > 0)

    @property
    def loans_closing_rp(self) -> int:
        return sum(m.loans_closing_rp for m in self.members)

    @property
    def loans_paid_principal_rp(self) -> int:
        return sum(loan.paid_principal_rp for m in self.members for loan in m.loans)

    @property
    def loans_paid_rp(self) -> int:
        return sum(m.loans_paid_rp for m in self.members)

    @property
    def purchases_count(self) -> int:
        return sum(m.purchases.count for m in self.members)

    @property
    def purchases_rp(self) -> int:
        return sum(m.purchases.total_rp for m in self.members)

    @property
    def returns_rp(self) -> int:
        return sum(m.purchases.returns_rp for m in self.members)

    @property
    def buyers(self) -> int:
        return sum(1 for m in self.members if m.purchases.count)
