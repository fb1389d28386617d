"""Year-end close (tutup buku tahunan): move every income and expense balance of the
year to SHU Tahun Berjalan (3105) in one journal dated 31 December.

Pure: the caller gathers the balances of the income and expense accounts as of
31 December (cumulative; the previous year must be closed so they are the year's
alone) and posts the draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable
from uuid import NAMESPACE_URL, UUID, uuid5

from app.domain.accounts import Account, AccountType
from app.domain.errors import DomainError
from app.domain.ledger import JournalDraft, LineDraft

DOC_TYPE = "TT"  # Tutup Tahun: reports leave it out of the year's PHU
SHU_ACCOUNT = "3105"  # SHU Tahun Berjalan
_PNL = (AccountType.PENDAPATAN, AccountType.BEBAN)


def closing_date(year: int) -> date:
    return date(year, 12, 31)


def closing_uuid(year: int) -> UUID:
    """One closing journal per year: the same UUID every time, so a second close (or two
    tills closing at once) meets the journal's unique UUID instead of posting twice."""
    return uuid5(NAMESPACE_URL, f"kopdes:tutup-tahun:{year}")


def parse_year(text: str | int) -> int:
    s = str(text).strip()
    if not (len(s) == 4 and s.isdigit() and 2000 <= int(s) <= 2999):
        raise DomainError("bad_year", f"Tahun harus empat angka (mis. 2025), bukan {s!r}.")
    return int(s)


@dataclass(frozen=True)
class ClosingLine:
    code: str
    name: str
    type: AccountType
    net_debit_rp: int  # the account's balance as of 31 Dec, debit minus credit


@dataclass(frozen=True)
class ClosingPlan:
    year: int
    lines: tuple[ClosingLine, ...]  # income and expense accounts with a balance

    @property
    def income_rp(self) -> int:
        """Net income (credit balances of the income accounts, contra returns deducted)."""
        return -sum(l.net_debit_rp for l in self.lines if l.type == AccountType.PENDAPATAN)

    @property
    def expense_rp(self) -> int:
        return sum(l.net_debit_rp for l in self.lines if l.type == AccountType.BEBAN)

    @property
    def shu_rp(self) -> int:
        """What moves to 3105: positive is a surplus (credit), negative a loss (debit)."""
        return self.income_rp - self.expense_rp

    def draft(self) -> JournalDraft:
        if not self.lines:
            raise DomainError("nothing_to_close",
                              f"Tahun {self.year} tidak punya saldo pendapatan atau beban untuk ditutup.")
        # Each account gets the side that brings it to zero.
        out = [LineDraft(l.code, debit_rp=max(-l.net_debit_rp, 0), credit_rp=max(l.net_debit_rp, 0),
                         memo=f"Tutup {l.name}"[:200]) for l in self.lines]
        if self.shu_rp:
            out.append(LineDraft(SHU_ACCOUNT, debit_rp=max(-self.shu_rp, 0), credit_rp=max(self.shu_rp, 0),
                                 memo=f"SHU tahun {self.year}"))
        return JournalDraft(closing_uuid(self.year), closing_date(self.year),
                            f"Tutup buku tahun {self.year}: pendapatan dan beban ke SHU Tahun Berjalan",
                            tuple(out), DOC_TYPE)


def closing_plan(year: int, balances: Iterable[tuple[Account, int]]) -> ClosingPlan:
    """`balances`: (account, debit-minus-credit as of 31 Dec) for any accounts; only
    income and expense accounts with a balance enter the plan, in code order."""
    lines = tuple(ClosingLine(a.code, a.name, a.type, net) for a, net in sorted(balances, key=lambda b: b[0].code)
                  if a.type in _PNL and net != 0)
    return ClosingPlan(year, lines)
