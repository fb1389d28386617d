"""Report periods and the pure builders of the statutory reports (Neraca Saldo, Neraca).

A report period is a month "YYYY-MM" or a year "YYYY". Balances come in as net debit per
account (debit minus credit); the builders decide the sign each report shows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Mapping

from app.domain.accounts import Account, AccountType
from app.domain.errors import DomainError
from app.domain.fmt import MONTH_NAMES_ID
from app.domain.periods import month_bounds

_PERIOD = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2]))?$")

# Journals of the year-end close (income and expenses to 3105): never part of a PHU.
CLOSING_DOC_TYPE = "TT"
SHU_ACCOUNT = "3105"


@dataclass(frozen=True)
class Period:
    key: str  # "2026-11" or "2026"
    start: date
    end: date

    @property
    def is_month(self) -> bool:
        return len(self.key) == 7

    @property
    def label(self) -> str:
        if self.is_month:
            return f"{MONTH_NAMES_ID[self.start.month - 1]} {self.start.year}"
        return f"Tahun {self.start.year}"

    def previous(self) -> Period:
        """The month before a month, the year before a year."""
        if self.is_month:
            return parse_period(f"{(self.start - timedelta(days=1)):%Y-%m}")
        return parse_period(str(self.start.year - 1))

    def year_to_date(self) -> Period:
        """1 January of the period's year through the period's end."""
        return Period(f"{self.start.year}-ytd", date(self.start.year, 1, 1), self.end)


def parse_period(text: str) -> Period:
    m = _PERIOD.match((text or "").strip())
    if not m:
        raise DomainError("bad_period", f"Periode harus berbentuk TTTT-BB atau TTTT (mis. 2026-11 atau 2026), "
                                        f"bukan {text!r}.")
    year = int(m.group(1))
    if not 2000 <= year <= 2100:
        raise DomainError("bad_period", f"Tahun {year} di luar jangkauan.")
    if m.group(2):
        first, last = month_bounds(f"{year:04d}-{m.group(2)}")
        return Period(f"{year:04d}-{m.group(2)}", first, last)
    return Period(f"{year:04d}", date(year, 1, 1), date(year, 12, 31))


def is_result_account(acc: Account) -> bool:
    return acc.type in (AccountType.PENDAPATAN, AccountType.BEBAN)


def shown_amount(acc: Account, net_debit_rp: int) -> int:
    """Balance as the reports show it: assets and expenses by debit, the rest by credit
    (a contra account then shows negative, under the account it reduces)."""
    return net_debit_rp if acc.type.normal_debit else -net_debit_rp


def unclosed_result_rp(chart: Mapping[str, Account], net_debit: Mapping[str, int]) -> int:
    """Income minus expenses still on the income and expense accounts (not yet closed to 3105)."""
    return -sum(v for code, v in net_debit.items() if code in chart and is_result_account(chart[code]))


# --- Neraca (Laporan Posisi Keuangan) ------------------------------------------------

@dataclass(frozen=True)
class NeracaRow:
    code: str
    name: str
    section: str  # aset | kewajiban | ekuitas
    amount_rp: int
    previous_rp: int


@dataclass(frozen=True)
class Neraca:
    period: Period
    as_of: date
    previous_as_of: date
    rows: tuple[NeracaRow, ...]
    shu_berjalan_rp: int
    previous_shu_berjalan_rp: int

    def total(self, section: str, previous: bool = False) -> int:
        return sum(r.previous_rp if previous else r.amount_rp for r in self.rows if r.section == section)

    @property
    def total_aset_rp(self) -> int:
        return self.total("aset")

    @property
    def total_kewajiban_rp(self) -> int:
        return self.total("kewajiban")

    @property
    def total_ekuitas_rp(self) -> int:
        """Equity including the current SHU (its row is in the ekuitas section)."""
        return self.total("ekuitas")

    @property
    def balanced(self) -> bool:
        return self.total_aset_rp == self.total_kewajiban_rp + self.total_ekuitas_rp


_SECTION = {AccountType.ASET: "aset", AccountType.KEWAJIBAN: "kewajiban", AccountType.EKUITAS: "ekuitas"}


def build_neraca(period: Period, chart: Mapping[str, Account], now: Mapping[str, int],
                 before: Mapping[str, int], previous_as_of: date) -> Neraca:
    """`now` and `before`: cumulative net debit per account at the period's end and at the
    previous period's end. The SHU Tahun Berjalan row = the balance of 3105 plus income minus
    expenses not yet closed, so Aset = Kewajiban + Ekuitas whenever the books balance."""
    rows = []
    codes = sorted(c for c in set(now) | set(before)
                   if c in chart and chart[c].type in _SECTION and c != SHU_ACCOUNT)
    for code in codes:
        acc = chart[code]
        a, b = shown_amount(acc, now.get(code, 0)), shown_amount(acc, before.get(code, 0))
        if a or b:
            rows.append(NeracaRow(code, acc.name, _SECTION[acc.type], a, b))
    shu_now = -now.get(SHU_ACCOUNT, 0) + unclosed_result_rp(chart, now)
    shu_before = -before.get(SHU_ACCOUNT, 0) + unclosed_result_rp(chart, before)
    name = chart[SHU_ACCOUNT].name if SHU_ACCOUNT in chart else "SHU Tahun Berjalan"
    rows.append(NeracaRow(SHU_ACCOUNT, name, "ekuitas", shu_now, shu_before))
    return Neraca(period, period.end, previous_as_of, tuple(rows), shu_now, shu_before)


# --- Neraca Saldo for a period ---------------------------------------------------------

@dataclass(frozen=True)
class TrialRow:
    code: str
    name: str
    opening_rp: int  # net debit at the start of the period
    debit_rp: int  # movements in the period
    credit_rp: int

    @property
    def closing_rp(self) -> int:
        return self.opening_rp + self.debit_rp - self.credit_rp

    @property
    def closing_debit_rp(self) -> int:
        return max(self.closing_rp, 0)

    @property
    def closing_credit_rp(self) -> int:
        return max(-self.closing_rp, 0)


@dataclass(frozen=True)
class TrialBalanceReport:
    period: Period
    rows: tuple[TrialRow, ...]

    @property
    def total_debit_rp(self) -> int:
        return sum(r.closing_debit_rp for r in self.rows)

    @property
    def total_credit_rp(self) -> int:
        return sum(r.closing_credit_rp for r in self.rows)

    @property
    def movement_debit_rp(self) -> int:
        return sum(r.debit_rp for r in self.rows)

    @property
    def movement_credit_rp(self) -> int:
        return sum(r.credit_rp for r in self.rows)


def build_trial_balance(period: Period, chart: Mapping[str, Account], opening: Mapping[str, int],
                        movements: Mapping[str, tuple[int, int]]) -> TrialBalanceReport:
    rows = []
    for code in sorted(set(opening) | set(movements)):
        d, c = movements.get(code, (0, 0))
        row = TrialRow(code, chart[code].name if code in chart else code, opening.get(code, 0), d, c)
        if row.opening_rp or d or c:
            rows.append(row)
    return TrialBalanceReport(period, tuple(rows))
