"""Member savings (simpanan): the three types, which account holds each, what may be
deposited or withdrawn, wajib arrears and jasa on sukarela. Pure rules, integer rupiah.

- Pokok: one fixed amount on joining (may be paid in parts, never above the amount);
  withdrawable only when membership ends.
- Wajib: a fixed amount every period (monthly by default), due from the join month;
  paid months count oldest first; withdrawable only when membership ends.
- Sukarela: any amount, withdrawable any time down to its minimum balance (zero by
  default); may earn jasa, posted monthly as an expense.
Pokok and wajib are equity by default (PSAK 27 practice); a cooperative under SAK EP may
book either as a liability. Sukarela is always a liability.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.errors import DomainError
from app.domain.fmt import rupiah

MAX_AMOUNT_RP = 10_000_000_000  # Rp10 miliar in one movement: anything above is a typo


class SavingsType(StrEnum):
    POKOK = "pokok"
    WAJIB = "wajib"
    SUKARELA = "sukarela"

    @property
    def label(self) -> str:
        return TYPE_LABELS[self]


TYPE_LABELS = {SavingsType.POKOK: "Simpanan Pokok", SavingsType.WAJIB: "Simpanan Wajib",
               SavingsType.SUKARELA: "Simpanan Sukarela"}

# Movement kinds: what happened, for statements and slips.
KINDS = {
    "setor": "Setoran",
    "tarik": "Penarikan",
    "jasa": "Jasa simpanan",
    "saldo_awal": "Saldo awal",
    "keluar": "Pengembalian saat keluar",
    "koreksi": "Koreksi (pembalikan)",
}
METHODS = {"tunai": "Tunai", "transfer": "Transfer bank"}
CASH_ACCOUNT = {"tunai": "1101", "transfer": "1102"}
JASA_EXPENSE = "5208"  # Beban Jasa Simpanan

# (equity account, liability account) per type.
_ACCOUNTS = {SavingsType.POKOK: ("3101", "2103"), SavingsType.WAJIB: ("3102", "2104"),
             SavingsType.SUKARELA: ("2102", "2102")}


@dataclass(frozen=True)
class SavingsRules:
    pokok_rp: int = 100_000
    wajib_rp: int = 20_000
    wajib_period_months: int = 1
    sukarela_min_rp: int = 0
    jasa_annual_bp: int = 0  # jasa on sukarela, basis points a year (300 = 3%/yr); 0 = none
    pokok_liability: bool = False
    wajib_liability: bool = False

    def account(self, savings_type: SavingsType) -> str:
        equity, liability = _ACCOUNTS[savings_type]
        liable = {SavingsType.POKOK: self.pokok_liability, SavingsType.WAJIB: self.wajib_liability,
                  SavingsType.SUKARELA: True}[savings_type]
        return liability if liable else equity


def parse_type(text: str) -> SavingsType:
    try:
        return SavingsType(text.strip().lower())
    except ValueError:
        raise DomainError("bad_savings_type", "Jenis simpanan harus pokok, wajib, atau sukarela.") from None


def parse_method(text: str) -> str:
    method = text.strip().lower()
    if method not in METHODS:
        raise DomainError("bad_method", "Cara bayar harus tunai atau transfer.")
    return method


def check_amount(amount_rp: object) -> int:
    if isinstance(amount_rp, bool) or not isinstance(amount_rp, int):
        raise DomainError("bad_amount", "Jumlah harus rupiah bulat.")
    if amount_rp <= 0:
        raise DomainError("bad_amount", "Jumlah harus lebih dari nol.")
    if amount_rp > MAX_AMOUNT_RP:
        raise DomainError("bad_amount", f"Jumlah {rupiah(amount_rp)} tidak masuk akal (paling banyak "
                                        f"{rupiah(MAX_AMOUNT_RP)} sekali catat).")
    return amount_rp


def check_deposit(savings_type: SavingsType, amount_rp: int, balance_rp: int, rules: SavingsRules,
                  member_active: bool) -> None:
    check_amount(amount_rp)
    if not member_active:
        raise DomainError("member_not_active", "Anggota sudah tidak aktif: simpanan tidak bisa disetor.")
    if savings_type is SavingsType.POKOK and balance_rp + amount_rp > rules.pokok_rp:
        left = max(rules.pokok_rp - balance_rp, 0)
        raise DomainError("pokok_over", f"Simpanan pokok hanya {rupiah(rules.pokok_rp)}; sisa yang boleh disetor "
                                        f"{rupiah(left)}.")


def check_withdrawal(savings_type: SavingsType, amount_rp: int, balance_rp: int, rules: SavingsRules) -> None:
    """A withdrawal while a member: sukarela only, never below its minimum."""
    check_amount(amount_rp)
    if savings_type is not SavingsType.SUKARELA:
        raise DomainError("not_withdrawable", f"{savings_type.label} hanya bisa diambil saat keluar dari keanggotaan "
                                              "(dengan persetujuan pengurus).")
    if balance_rp - amount_rp < rules.sukarela_min_rp:
        allowed = max(balance_rp - rules.sukarela_min_rp, 0)
        raise DomainError("insufficient", f"Saldo sukarela {rupiah(balance_rp)}; paling banyak bisa diambil "
                                          f"{rupiah(allowed)} (saldo minimum {rupiah(rules.sukarela_min_rp)}).")


def months_between(start: date, end: date) -> int:
    """Whole calendar months from start's month to end's month (same month = 0)."""
    return (end.year - start.year) * 12 + end.month - start.month


def month_end(year: int, month: int) -> date:
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def parse_month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(p) for p in text.strip().split("-"))
        date(year, month, 1)
    except (ValueError, TypeError):
        raise DomainError("bad_month", f"Bulan {text!r} tidak sah; tulis YYYY-MM, misalnya 2026-11.") from None
    return year, month


@dataclass(frozen=True)
class WajibStatus:
    months_due: int  # periods due from the join month up to the month asked
    months_paid: int  # whole periods covered by what was paid
    owed_rp: int  # due minus paid, never negative
    advance_rp: int  # paid beyond what is due

    @property
    def months_owed(self) -> int:
        return max(self.months_due - self.months_paid, 0)


def wajib_status(join_date: date, year: int, month: int, paid_rp: int, rules: SavingsRules,
                 *, until: date | None = None) -> WajibStatus:
    """Wajib due from the join month to (year, month) inclusive — or to the month of `until`
    (exit) if earlier — at the current amount per period."""
    last = date(year, month, 1)
    if until is not None and until < last:
        last = until
    if rules.wajib_rp <= 0 or last < join_date.replace(day=1):
        return WajibStatus(0, paid_rp // rules.wajib_rp if rules.wajib_rp > 0 else 0, 0, paid_rp)
    due_periods = months_between(join_date, last) // rules.wajib_period_months + 1
    due_rp = due_periods * rules.wajib_rp
    return WajibStatus(due_periods, paid_rp // rules.wajib_rp, max(due_rp - paid_rp, 0), max(paid_rp - due_rp, 0))


def jasa_for_month(lowest_balance_rp: int, rules: SavingsRules) -> int:
    """Jasa for one month on the month's lowest balance (saldo terendah), rounded half-up
    once, per member."""
    if rules.jasa_annual_bp <= 0 or lowest_balance_rp <= 0:
        return 0
    numerator = lowest_balance_rp * rules.jasa_annual_bp
    return (numerator * 2 + 120_000) // 240_000  # ÷ 10000 bp ÷ 12 months, half-up
