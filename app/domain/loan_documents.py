"""Loan documents as data: the Kartu Pinjaman (terms, Jadwal Angsuran with what is paid,
payments) and the portfolio lists (Daftar Nominatif Pinjaman, Daftar Tunggakan). Pure:
the service gathers the figures, the PDF and the spreadsheet print them.

An installment's status on a date: lunas (principal and interest paid), terlambat (due
before the date and not paid: days late shown), jatuh tempo (due on the date), sebagian
(partly paid ahead of its date), belum (nothing paid, not due), rencana (a schedule not
yet disbursed); on a rescheduled or written-off loan what was never paid is dialihkan
(moved to the new loan) or dihapus buku.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from app.domain.clock import OutletZone
from app.domain.cooperative import CooperativeProfile

INSTALLMENT_STATUS = {"lunas": "Lunas", "terlambat": "Terlambat", "jatuh_tempo": "Jatuh tempo",
                      "sebagian": "Sebagian", "belum": "Belum", "rencana": "Rencana",
                      "dialihkan": "Dialihkan", "dihapus": "Dihapus buku"}
HEALTH_LABELS = {"sehat": "Sehat", "cukup sehat": "Cukup sehat", "tidak sehat": "Tidak sehat"}
PAYMENT_KINDS = {"angsuran": "Angsuran", "pelunasan": "Pelunasan dipercepat", "pemulihan": "Pemulihan"}


def installment_status(*, owed_rp: int, paid_rp: int, due_date: date, as_of: date, loan_status: str,
                       disbursed: bool = True) -> str:
    """The status code of one installment (see the module's docstring)."""
    if not disbursed:
        return "rencana"
    if owed_rp <= 0:
        return "lunas"
    if loan_status == "direstrukturisasi":
        return "dialihkan"
    if loan_status == "dihapus":
        return "dihapus"
    if due_date < as_of:
        return "terlambat"
    if due_date == as_of:
        return "jatuh_tempo"
    return "sebagian" if paid_rp > 0 else "belum"


def pct_text(value: Decimal, places: int = 2) -> str:
    """Decimal('1.5') -> '1,5'; Decimal('30.03') -> '30,03' (Indonesian decimal comma, no trailing zeros)."""
    text = format(Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


@dataclass(frozen=True)
class CardInstallment:
    no: int
    due_date: date
    principal_rp: int
    interest_rp: int
    balance_rp: int  # principal still scheduled after this installment
    paid_principal_rp: int
    paid_interest_rp: int
    paid_penalty_rp: int
    penalty_due_rp: int  # accrued by the card's date and not yet paid
    status: str  # a key of INSTALLMENT_STATUS
    days_late: int = 0

    @property
    def installment_rp(self) -> int:
        return self.principal_rp + self.interest_rp

    @property
    def paid_rp(self) -> int:
        """Principal and interest paid on it (penalty apart)."""
        return self.paid_principal_rp + self.paid_interest_rp

    @property
    def status_label(self) -> str:
        label = INSTALLMENT_STATUS.get(self.status, self.status)
        return f"{label} {self.days_late} hr" if self.status == "terlambat" and self.days_late else label


@dataclass(frozen=True)
class CardPayment:
    number: str
    business_date: date
    kind: str  # angsuran | pelunasan | pemulihan
    method: str
    amount_rp: int
    principal_rp: int
    interest_rp: int
    penalty_rp: int
    user: str

    @property
    def kind_label(self) -> str:
        return PAYMENT_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class LoanCardData:
    cooperative: CooperativeProfile
    number: str
    status: str
    status_label: str
    member_no: str
    member_name: str
    member_address: str
    guarantor: str  # "A00012 Nama" or ""
    product_code: str
    product_name: str
    principal_rp: int
    term: int
    method_label: str
    rate_pct: Decimal  # as the product quotes it
    rate_period: str  # bulan | tahun
    monthly_rate_pct: Decimal
    effective_annual_rate: Decimal  # percent per year (OJK: show it for flat loans)
    fee_rp: int
    fee_text: str  # e.g. "1% dari pokok, dipotong saat pencairan"
    penalty_text: str
    purpose: str
    collateral: str
    applied_on: date
    disbursed_on: date | None
    closed_on: date | None
    parent_number: str | None
    outstanding_rp: int
    arrears_rp: int
    penalty_due_rp: int
    days_past_due: int
    kolektibilitas: str
    written_off_rp: int
    installments: tuple[CardInstallment, ...]
    payments: tuple[CardPayment, ...]
    as_of: date
    printed_at: datetime  # UTC
    zone: OutletZone
    printed_by: str

    @property
    def disbursed(self) -> bool:
        return self.disbursed_on is not None

    @property
    def total_interest_rp(self) -> int:
        return sum(i.interest_rp for i in self.installments)

    @property
    def total_installments_rp(self) -> int:
        return sum(i.installment_rp for i in self.installments)

    @property
    def total_paid_rp(self) -> int:
        return sum(i.paid_rp for i in self.installments)

    @property
    def cash_out_rp(self) -> int:
        return self.principal_rp - self.fee_rp


@dataclass(frozen=True)
class PortfolioRow:
    number: str
    member_no: str
    member_name: str
    product_code: str
    disbursed_on: date
    principal_rp: int
    outstanding_rp: int
    arrears_rp: int  # principal and interest due and unpaid
    penalty_due_rp: int
    days_past_due: int
    bucket_code: int
    bucket_name: str
    provision_rp: int  # PPAP
    phone: str = ""

    @property
    def billed_rp(self) -> int:
        """What the member should pay now: arrears and penalty."""
        return self.arrears_rp + self.penalty_due_rp


@dataclass(frozen=True)
class BucketTotal:
    code: int
    name: str
    days: str  # "0", "1-90", "> 180"
    provision_pct: Decimal
    loans: int
    outstanding_rp: int
    provision_rp: int


@dataclass(frozen=True)
class PortfolioData:
    """Every running loan on `as_of` (nominatif) or those in arrears, most days first
    (tunggakan); the totals always cover the whole portfolio."""
    cooperative: CooperativeProfile
    as_of: date
    rows: tuple[PortfolioRow, ...]
    buckets: tuple[BucketTotal, ...]
    outstanding_rp: int
    npl_rp: int
    npl_ratio_pct: Decimal
    health: str  # sehat | cukup sehat | tidak sehat
    provision_rp: int
    printed_at: datetime
    zone: OutletZone
    printed_by: str

    @property
    def health_label(self) -> str:
        return HEALTH_LABELS.get(self.health, self.health)

    @property
    def rows_outstanding_rp(self) -> int:
        return sum(r.outstanding_rp for r in self.rows)

    @property
    def rows_arrears_rp(self) -> int:
        return sum(r.arrears_rp for r in self.rows)

    @property
    def rows_penalty_rp(self) -> int:
        return sum(r.penalty_due_rp for r in self.rows)

    @property
    def rows_provision_rp(self) -> int:
        return sum(r.provision_rp for r in self.rows)
