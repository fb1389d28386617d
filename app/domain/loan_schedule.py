"""Loan schedules (Jadwal Angsuran) in integer rupiah: flat, anuitas and menurun.

- Rates are `Decimal` percent, per month or per year (÷ 12); never float.
- Interest per period is rounded half-up to the rupiah once: on the original principal
  (flat) or on the running balance (anuitas, menurun).
- The installment is rounded to the rupiah, or up to a multiple (`round_to`, e.g. 100 or
  1.000); its principal part is the installment less the interest. The last installment
  takes whatever principal is left, so the principal parts sum to the loan exactly and
  no balance goes negative. A rounding so large that the loan would be repaid before
  the last installment is refused.
- Due dates fall monthly on the start's day; a day the month lacks becomes its last
  day, and a start on a month's last day keeps every due date on the month's end.
- The effective annual rate is the yearly rate (× 12) of the monthly internal rate of
  return of the actual installments: for flat loans the figure OJK asks lenders to show.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum

from app.domain.errors import DomainError

MAX_PRINCIPAL_RP = 10_000_000_000
MAX_TERM = 360
MAX_MONTHLY_PCT = Decimal(10)  # 10%/month = 120%/year: beyond that is a typo (or a rentenir)


class Method(StrEnum):
    FLAT = "flat"
    ANUITAS = "anuitas"
    MENURUN = "menurun"


METHOD_LABELS = {Method.FLAT: "Flat", Method.ANUITAS: "Anuitas", Method.MENURUN: "Menurun (efektif)"}


@dataclass(frozen=True)
class Installment:
    no: int
    due_date: date
    principal_rp: int
    interest_rp: int
    balance_rp: int  # outstanding principal after this installment

    @property
    def installment_rp(self) -> int:
        return self.principal_rp + self.interest_rp


@dataclass(frozen=True)
class Schedule:
    principal_rp: int
    term: int
    monthly_rate: Decimal  # a fraction: 0.015 = 1,5% per month
    method: Method
    start: date
    round_to: int
    installments: tuple[Installment, ...]

    @property
    def total_interest_rp(self) -> int:
        return sum(i.interest_rp for i in self.installments)

    @property
    def total_rp(self) -> int:
        return self.principal_rp + self.total_interest_rp

    @property
    def effective_annual_rate(self) -> Decimal:
        """Percent per year, two decimals (e.g. Decimal('30.03'))."""
        return effective_annual_rate(self.principal_rp, [i.installment_rp for i in self.installments])


def parse_method(text: str) -> Method:
    try:
        return Method(text.strip().lower())
    except ValueError:
        raise DomainError("bad_method", "Metode harus flat, anuitas, atau menurun.") from None


def monthly_rate(*, monthly_pct: Decimal | str | None = None, annual_pct: Decimal | str | None = None) -> Decimal:
    """The rate per month as a fraction, from a percent per month or per year."""
    if (monthly_pct is None) == (annual_pct is None):
        raise DomainError("bad_rate", "Isi bunga per bulan atau per tahun (salah satu).")
    try:
        pct = Decimal(str(monthly_pct if monthly_pct is not None else annual_pct).strip().replace(",", "."))
    except ArithmeticError:
        raise DomainError("bad_rate", "Bunga harus angka persen, misalnya 1,5.") from None
    if not pct.is_finite() or pct < 0:
        raise DomainError("bad_rate", "Bunga tidak boleh negatif.")
    monthly = pct if monthly_pct is not None else pct / 12
    if monthly > MAX_MONTHLY_PCT:
        raise DomainError("bad_rate", f"Bunga {pct}% terlalu tinggi (paling tinggi {MAX_MONTHLY_PCT}% per bulan).")
    return monthly / 100


def due_date(start: date, n: int) -> date:
    months = start.month - 1 + n
    year, month = start.year + months // 12, months % 12 + 1
    last = monthrange(year, month)[1]
    at_month_end = start.day == monthrange(start.year, start.month)[1]
    return date(year, month, last if at_month_end else min(start.day, last))


def _half_up(x: Decimal) -> int:
    return int(x.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _round_installment(x: Decimal, round_to: int) -> int:
    if round_to <= 1:
        return _half_up(x)
    return int((x / round_to).to_integral_value(rounding=ROUND_CEILING)) * round_to


def _check(principal_rp: int, term: int, round_to: int) -> None:
    if isinstance(principal_rp, bool) or not isinstance(principal_rp, int) or principal_rp <= 0:
        raise DomainError("bad_principal", "Pokok pinjaman harus rupiah bulat lebih dari nol.")
    if principal_rp > MAX_PRINCIPAL_RP:
        raise DomainError("bad_principal", "Pokok pinjaman tidak masuk akal (paling banyak Rp10 miliar).")
    if isinstance(term, bool) or not isinstance(term, int) or not 1 <= term <= MAX_TERM:
        raise DomainError("bad_term", f"Jangka waktu harus 1 sampai {MAX_TERM} bulan.")
    if isinstance(round_to, bool) or not isinstance(round_to, int) or round_to < 1 or round_to > 100_000:
        raise DomainError("bad_rounding", "Pembulatan angsuran harus 1 (rupiah) sampai 100.000.")


def build_schedule(principal_rp: int, term: int, rate: Decimal, method: Method, start: date, *,
                   round_to: int = 1) -> Schedule:
    """The whole schedule. `rate` is the monthly fraction from `monthly_rate`."""
    _check(principal_rp, term, round_to)
    rate = Decimal(rate)
    if rate < 0:
        raise DomainError("bad_rate", "Bunga tidak boleh negatif.")
    with localcontext() as ctx:
        ctx.prec = 40
        p = Decimal(principal_rp)
        flat_interest = _half_up(p * rate)
        if method is Method.ANUITAS:
            level = p / term if rate == 0 else p * rate / (1 - (1 + rate) ** -term)
        balance, rows = principal_rp, []
        for n in range(1, term + 1):
            if method is Method.FLAT:
                interest = flat_interest
                target = p / term + interest
            elif method is Method.ANUITAS:
                interest = _half_up(balance * rate)
                target = level
            else:
                interest = _half_up(balance * rate)
                target = p / term + interest
            if n == term:
                principal = balance
            else:
                principal = _round_installment(target, round_to) - interest
                if principal < 0:
                    principal = 0
                if principal >= balance:
                    raise DomainError("rounding_too_large", (
                        f"Pembulatan angsuran ke {round_to} terlalu besar untuk pinjaman ini" if round_to > 1 else
                        "Pokok pinjaman terlalu kecil untuk jangka waktu ini") +
                        ": pinjaman lunas sebelum angsuran terakhir.")
            balance -= principal
            rows.append(Installment(n, due_date(start, n), principal, interest, balance))
    return Schedule(principal_rp, term, rate, method, start, round_to, tuple(rows))


def effective_annual_rate(principal_rp: int, installments: list[int]) -> Decimal:
    """12 × the monthly IRR of receiving `principal_rp` and paying `installments` monthly,
    in percent with two decimals (bisection in Decimal: monotone, always converges)."""
    if not installments or sum(installments) <= principal_rp:
        return Decimal("0.00")
    with localcontext() as ctx:
        ctx.prec = 40
        p = Decimal(principal_rp)

        def present_value(r: Decimal) -> Decimal:
            total, factor = Decimal(0), Decimal(1)
            step = 1 / (1 + r)
            for amount in installments:
                factor *= step
                total += amount * factor
            return total

        lo, hi = Decimal(0), Decimal(1)  # 0% .. 100% per month
        for _ in range(80):
            mid = (lo + hi) / 2
            if present_value(mid) > p:
                lo = mid
            else:
                hi = mid
        return (lo * 1200).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
