"""Book reports: Jurnal Umum, Buku Besar of one account, Buku Kas Harian (per day),
Laporan Arus Kas (direct method) and Laporan Perubahan Ekuitas."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping

from app.domain.accounts import Account, AccountType
from app.domain.reports import SHU_ACCOUNT, Period, shown_amount, unclosed_result_rp

CASH_ACCOUNTS = ("1101", "1102")


# --- Jurnal Umum ------------------------------------------------------------------------

@dataclass(frozen=True)
class JournalLine:
    date: date
    number: str
    memo: str
    account: str
    account_name: str
    debit_rp: int
    credit_rp: int


@dataclass(frozen=True)
class JournalBook:
    period: Period
    lines: tuple[JournalLine, ...]

    @property
    def total_debit_rp(self) -> int:
        return sum(l.debit_rp for l in self.lines)

    @property
    def total_credit_rp(self) -> int:
        return sum(l.credit_rp for l in self.lines)


# --- Buku Besar -------------------------------------------------------------------------

@dataclass(frozen=True)
class LedgerEntry:
    date: date
    number: str
    memo: str
    debit_rp: int
    credit_rp: int
    balance_rp: int  # running, in the account's normal direction


@dataclass(frozen=True)
class LedgerBook:
    period: Period
    code: str
    name: str
    opening_rp: int
    entries: tuple[LedgerEntry, ...]
    closing_rp: int

    @property
    def total_debit_rp(self) -> int:
        return sum(e.debit_rp for e in self.entries)

    @property
    def total_credit_rp(self) -> int:
        return sum(e.credit_rp for e in self.entries)


def build_ledger_book(period: Period, acc: Account, opening_net_debit: int,
                      lines: Iterable[tuple[date, str, str, int, int]]) -> LedgerBook:
    """`lines`: (date, journal number, memo, debit, credit) in posting order."""
    sign = 1 if acc.normal_debit else -1
    balance = sign * opening_net_debit
    entries = []
    for day, number, memo, d, c in lines:
        balance += sign * (d - c)
        entries.append(LedgerEntry(day, number, memo, d, c, balance))
    return LedgerBook(period, acc.code, acc.name, sign * opening_net_debit, tuple(entries), balance)


# --- Buku Kas Harian --------------------------------------------------------------------

@dataclass(frozen=True)
class CashDay:
    date: date
    opening_rp: int
    receipts_rp: int
    payments_rp: int

    @property
    def closing_rp(self) -> int:
        return self.opening_rp + self.receipts_rp - self.payments_rp


@dataclass(frozen=True)
class CashBook:
    period: Period
    code: str
    name: str
    opening_rp: int
    days: tuple[CashDay, ...]

    @property
    def receipts_rp(self) -> int:
        return sum(d.receipts_rp for d in self.days)

    @property
    def payments_rp(self) -> int:
        return sum(d.payments_rp for d in self.days)

    @property
    def closing_rp(self) -> int:
        return self.opening_rp + self.receipts_rp - self.payments_rp


def build_cash_book(period: Period, acc: Account, opening_rp: int,
                    per_day: Mapping[date, tuple[int, int]]) -> CashBook:
    days, balance = [], opening_rp
    for day in sorted(per_day):
        d, c = per_day[day]
        days.append(CashDay(day, balance, d, c))
        balance += d - c
    return CashBook(period, acc.code, acc.name, opening_rp, tuple(days))


# --- Laporan Arus Kas (direct method) ---------------------------------------------------

ACTIVITIES = ("operasi", "investasi", "pendanaan")
ACTIVITY_TITLES = {"operasi": "Arus kas dari aktivitas operasi", "investasi": "Arus kas dari aktivitas investasi",
                   "pendanaan": "Arus kas dari aktivitas pendanaan"}


def activity_of(acc: Account) -> str:
    """Where a counter-account of cash belongs. Members' savings, bank loans, SHU funds and
    equity are financing; fixed assets investing; the rest (trade, stock, receivables, member
    loans: lending is the savings-and-loan unit's business) operating."""
    code = acc.code
    if code.startswith("12"):
        return "investasi"
    if acc.type == AccountType.EKUITAS or code in ("2102", "2103", "2104", "2105", "2106", "2201"):
        return "pendanaan"
    return "operasi"


@dataclass(frozen=True)
class CashFlowRow:
    activity: str
    code: str
    name: str
    amount_rp: int  # in positive, out negative
    previous_rp: int = 0  # the previous period
    ytd_rp: int = 0  # the year to date


@dataclass(frozen=True)
class CashFlow:
    period: Period
    opening_rp: int
    rows: tuple[CashFlowRow, ...]
    closing_rp: int
    has_previous: bool = False
    has_ytd: bool = False

    def total(self, activity: str, field: str = "amount_rp") -> int:
        return sum(getattr(r, field) for r in self.rows if r.activity == activity)

    @property
    def net_rp(self) -> int:
        return sum(r.amount_rp for r in self.rows)


def build_cash_flow(period: Period, chart: Mapping[str, Account], opening_rp: int, closing_rp: int,
                    counter: Mapping[str, int], previous: Mapping[str, int] | None = None,
                    ytd: Mapping[str, int] | None = None) -> CashFlow:
    """`counter`: per non-cash account, credits minus debits on journals that move cash, i.e.
    the cash each account brought in (a balanced journal's other lines equal its cash);
    `previous` and `ytd` the same for the previous period and the year to date."""
    prev, year = previous or {}, ytd or {}
    rows = [CashFlowRow(activity_of(chart[code]), code, chart[code].name, counter.get(code, 0),
                        prev.get(code, 0), year.get(code, 0))
            for code in sorted(set(counter) | set(prev) | set(year))
            if code in chart and (counter.get(code) or prev.get(code) or year.get(code))]
    rows.sort(key=lambda r: (ACTIVITIES.index(r.activity), r.code))
    return CashFlow(period, opening_rp, tuple(rows), closing_rp, previous is not None, ytd is not None)


# --- Laporan Perubahan Ekuitas ----------------------------------------------------------

@dataclass(frozen=True)
class EquityRow:
    code: str
    name: str
    opening_rp: int
    increase_rp: int
    decrease_rp: int

    @property
    def closing_rp(self) -> int:
        return self.opening_rp + self.increase_rp - self.decrease_rp


@dataclass(frozen=True)
class EquityChanges:
    period: Period
    rows: tuple[EquityRow, ...]

    @property
    def opening_rp(self) -> int:
        return sum(r.opening_rp for r in self.rows)

    @property
    def closing_rp(self) -> int:
        return sum(r.closing_rp for r in self.rows)


def build_equity_changes(period: Period, chart: Mapping[str, Account], opening: Mapping[str, int],
                         closing: Mapping[str, int], moves: Mapping[str, tuple[int, int]]) -> EquityChanges:
    """Equity accounts from their balances and movements; the SHU Tahun Berjalan row as on the
    Neraca (3105 with the result not yet closed), so the closing total is the Neraca's equity."""
    rows = []
    for code in sorted(c for c in set(opening) | set(closing) | set(moves)
                       if c in chart and chart[c].type == AccountType.EKUITAS and c != SHU_ACCOUNT):
        acc = chart[code]
        d, c = moves.get(code, (0, 0))
        up, down = (d, c) if acc.normal_debit else (c, d)
        row = EquityRow(code, acc.name, shown_amount(acc, opening.get(code, 0)), up, down)
        if row.opening_rp or up or down:
            rows.append(row)
    shu_open = -opening.get(SHU_ACCOUNT, 0) + unclosed_result_rp(chart, opening)
    shu_close = -closing.get(SHU_ACCOUNT, 0) + unclosed_result_rp(chart, closing)
    change = shu_close - shu_open
    rows.append(EquityRow(SHU_ACCOUNT, chart[SHU_ACCOUNT].name if SHU_ACCOUNT in chart else "SHU Tahun Berjalan",
                          shu_open, max(change, 0), max(-change, 0)))
    return EquityChanges(period, tuple(rows))
