"""Year-end close: one TT journal dated 31 December moves the year's income and
expenses to SHU Tahun Berjalan (3105); the year is then closed for good.

Rules (stated in docs/ARCHITECTURE.md):
- the year is over (the outlet's business date is in a later year);
- every month of the year is closed already (closed through December): the
  treasurer closes the months first, so nothing moves under the closing;
- the previous year's income and expenses were closed (else the balances moved
  would not be this year's alone);
- the closing journal is the one posting allowed into the closed December: the
  locks from December on are lifted inside this transaction for it alone;
- a closed year is the existence of its TT journal (one fixed UUID per year): it
  cannot be closed twice, its journal cannot be reversed, its months cannot be
  reopened.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from app.domain.accounts import AccountType
from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.fmt import rupiah
from app.domain.ledger import PostingRules
from app.domain.year_close import (ClosingLine, ClosingPlan, closing_date, closing_plan, closing_uuid,
                                   parse_year)
from app.services import audit, ledger, profile
from app.store.models import AccountDayBalanceRow, JournalRow, PeriodRow, UserRow
from app.store.uow import UnitOfWork


def _closing_journal(uow: UnitOfWork, year: int) -> JournalRow | None:
    return uow.session.execute(select(JournalRow).where(
        JournalRow.uuid == str(closing_uuid(year)))).scalar_one_or_none()


def is_year_closed(uow: UnitOfWork, year: int) -> bool:
    """Whether the year's closing journal exists. Read-only; works inside the caller's
    transaction or opens the unit itself."""
    if uow.session is None:
        with uow:
            return _closing_journal(uow, year) is not None
    return _closing_journal(uow, year) is not None


def _closing_numbers(uow: UnitOfWork) -> dict[int, str]:
    """Year -> its TT journal, found by the years' fixed UUIDs (indexed) between the books'
    first journal and today, not by scanning every journal's type."""
    s = uow.session
    first = s.execute(select(func.min(JournalRow.date))).scalar_one()
    if first is None:
        return {}
    by_uuid = {str(closing_uuid(y)): y for y in range(first.year, profile.business_date(uow).year + 1)}
    rows = s.execute(select(JournalRow.uuid, JournalRow.number).where(JournalRow.uuid.in_(list(by_uuid))))
    return {by_uuid[u]: n for u, n in rows}


def closed_years(uow: UnitOfWork) -> list[int]:
    """Every closed year, oldest first (within the caller's transaction or its own)."""
    if uow.session is None:
        with uow:
            return sorted(_closing_numbers(uow))
    return sorted(_closing_numbers(uow))


def _pnl_balances(uow: UnitOfWork, as_of: date) -> list[tuple]:
    chart = ledger.load_chart(uow)
    rows = uow.session.execute(
        select(AccountDayBalanceRow.account_code,
               func.sum(AccountDayBalanceRow.debit_rp) - func.sum(AccountDayBalanceRow.credit_rp))
        .where(AccountDayBalanceRow.day <= as_of).group_by(AccountDayBalanceRow.account_code)).all()
    return [(chart[code], int(net)) for code, net in rows
            if chart[code].type in (AccountType.PENDAPATAN, AccountType.BEBAN)]


@dataclass(frozen=True)
class YearClosePreview:
    year: int
    plan: ClosingPlan
    closed: bool  # already closed
    problems: tuple[str, ...]  # why it cannot be closed now (empty: it can)

    @property
    def shu_rp(self) -> int:
        return self.plan.shu_rp

    @property
    def lines(self) -> tuple[ClosingLine, ...]:
        return self.plan.lines


@dataclass(frozen=True)
class YearCloseResult:
    year: int
    journal: str
    income_rp: int
    expense_rp: int
    shu_rp: int
    closed_at: datetime
    closed_by: str


def _problems(uow: UnitOfWork, year: int, plan: ClosingPlan) -> list[str]:
    problems: list[str] = []
    today = profile.business_date(uow)
    if year >= today.year:
        problems.append(f"Tahun {year} belum berakhir; tutup tahun baru bisa mulai 1 Januari {year + 1}.")
        return problems
    through = ledger.closed_through(uow)
    if through is None or through < f"{year}-12":
        problems.append(f"Tutup dahulu semua bulan tahun {year} (s.d. {year}-12) di tab Periode; "
                        f"sekarang ditutup s.d. {through or 'belum ada'}.")
    earlier = [l for l in _pnl_balances(uow, date(year - 1, 12, 31)) if l[1]]
    if earlier:
        problems.append(f"Pendapatan dan beban sebelum {year} belum ditutup; tutup tahun {year - 1} dahulu.")
    if not plan.lines:
        problems.append(f"Tahun {year} tidak punya saldo pendapatan atau beban untuk ditutup.")
    return problems


def _plan(uow: UnitOfWork, year: int) -> ClosingPlan:
    return closing_plan(year, _pnl_balances(uow, closing_date(year)))


def preview(uow: UnitOfWork, actor: Actor, year: int | str) -> YearClosePreview:
    """What closing the year would move, and what still stands in the way (for the
    confirmation: the SHU that moves to 3105)."""
    actor.require(Permission.JOURNAL_VIEW)
    year = parse_year(year)
    with uow:
        if _closing_journal(uow, year) is not None:
            return YearClosePreview(year, ClosingPlan(year, ()), True, (f"Tahun {year} sudah ditutup.",))
        plan = _plan(uow, year)
        return YearClosePreview(year, plan, False, tuple(_problems(uow, year, plan)))


def close_year(uow: UnitOfWork, actor: Actor, year: int | str) -> YearCloseResult:
    """Post the closing journal and mark the year closed (bendahara: period.close)."""
    actor.require(Permission.PERIOD_CLOSE)
    year = parse_year(year)
    try:
        with uow:
            row = _closing_journal(uow, year)
            if row is not None:
                raise DomainError("year_closed", f"Tahun {year} sudah ditutup ({row.number}).")
            plan = _plan(uow, year)
            problems = _problems(uow, year, plan)
            if problems:
                raise DomainError("year_not_ready", f"Tahun {year} belum bisa ditutup.", details=tuple(problems))
            draft = plan.draft()
            s = uow.session
            lifted = list(s.execute(select(PeriodRow.month).where(
                PeriodRow.status == "closed", PeriodRow.month >= f"{year}-12")).scalars())
            s.execute(update(PeriodRow).where(PeriodRow.month.in_(lifted)).values(status="open"))
            # An account deactivated during the year still has its balance closed.
            accounts = {l.account: dataclasses.replace(a, active=True)
                        for l in draft.lines for a in [ledger.load_chart(uow, {l.account})[l.account]]}
            rules = PostingRules(accounts, profile.business_date(uow), f"{year}-11")
            posted = ledger.post_in(uow, actor.user_id, actor.username, draft, rules=rules,
                                    source=("year_close", str(year)))
            s.execute(update(PeriodRow).where(PeriodRow.month.in_(lifted)).values(status="closed"))
            audit.append(uow, actor.username, "year.close", str(year),
                         {"journal": posted.number, "income_rp": plan.income_rp, "expense_rp": plan.expense_rp,
                          "shu_rp": plan.shu_rp})
            result = YearCloseResult(year, posted.number, plan.income_rp, plan.expense_rp, plan.shu_rp,
                                     posted.posted_at, actor.username)
            uow.commit()
            return result
    except IntegrityError:
        # Another till closed the same year a moment ago (the fixed UUID is unique).
        raise DomainError("year_closed", f"Tahun {year} sudah ditutup.") from None


@dataclass(frozen=True)
class OpeningBalance:
    code: str
    name: str
    type: AccountType
    net_debit_rp: int  # debit minus credit at the start of the year


def opening_balances(uow: UnitOfWork, actor: Actor, year: int | str) -> list[OpeningBalance]:
    """Saldo awal of a year: every account's balance at the end of the previous year
    (balance-sheet accounts carry over; income and expenses are zero once that year is
    closed). Accounts with no balance are left out."""
    actor.require(Permission.REPORT_VIEW)
    year = parse_year(year)
    with uow:
        chart = ledger.load_chart(uow)
        rows = uow.session.execute(
            select(AccountDayBalanceRow.account_code,
                   func.sum(AccountDayBalanceRow.debit_rp) - func.sum(AccountDayBalanceRow.credit_rp))
            .where(AccountDayBalanceRow.day <= date(year - 1, 12, 31))
            .group_by(AccountDayBalanceRow.account_code)).all()
        return [OpeningBalance(code, chart[code].name, chart[code].type, int(net))
                for code, net in sorted(rows) if int(net) != 0]


def describe(result: YearCloseResult) -> str:
    shu = (f"SHU {rupiah(result.shu_rp)}" if result.shu_rp >= 0 else f"rugi {rupiah(-result.shu_rp)}")
    return f"Tahun {result.year} ditutup ({result.journal}): {shu} dipindah ke 3105 SHU Tahun Berjalan."


# --- the Periode tab ---------------------------------------------------------

@dataclass(frozen=True)
class MonthStatus:
    month: str  # YYYY-MM
    closed: bool  # no posting on or before it (closed itself or a later month is)
    over: bool  # the month has ended (it may be closed)
    changed_at: datetime | None  # its own close/reopen record, if any
    changed_by: str | None


@dataclass(frozen=True)
class YearStatus:
    year: int
    closed: bool
    journal: str | None  # its TT journal
    over: bool


@dataclass(frozen=True)
class PeriodsOverview:
    today: date
    closed_through: str | None
    months: tuple[MonthStatus, ...]  # newest first, from the books' first month to this one
    years: tuple[YearStatus, ...]  # newest first


def _months_between(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def overview(uow: UnitOfWork, actor: Actor) -> PeriodsOverview:
    """Every month of the books with its status, and every year (for the bendahara's
    closes and the admin's reopen: either may read it)."""
    if not actor.can(Permission.PERIOD_REOPEN):
        actor.require(Permission.JOURNAL_VIEW)
    with uow:
        s = uow.session
        today = profile.business_date(uow)
        current = f"{today.year:04d}-{today.month:02d}"
        first_day = s.execute(select(func.min(JournalRow.date))).scalar_one()
        through = ledger.closed_through(uow)
        records = {p.month: (p.changed_at, name) for p, name in s.execute(
            select(PeriodRow, UserRow.username).join(UserRow, UserRow.id == PeriodRow.changed_by)).all()}
        first = min([f"{first_day:%Y-%m}" if first_day else current, *records])
        tt = _closing_numbers(uow)
    months = tuple(MonthStatus(m, through is not None and m <= through, m < current,
                               *records.get(m, (None, None))) for m in reversed(_months_between(first, current)))
    years = tuple(YearStatus(y, y in tt, tt.get(y), y < today.year)
                  for y in range(today.year, int(first[:4]) - 1, -1))
    return PeriodsOverview(today, through, months, years)
