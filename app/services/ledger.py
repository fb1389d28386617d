"""Posting, reversing and reading journals; trial balance; period locks."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Mapping
from uuid import UUID, uuid4

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from app.domain.accounts import Account, AccountType
from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, NotFound
from app.domain.ledger import (BalanceRow, JournalDraft, LineDraft, PostingRules, TrialBalance,
                               ensure_postable, reversal_draft, trial_balance as build_trial_balance)
from app.domain.numbering import doc_number
from app.domain.periods import parse_month
from app.services import audit, profile
from app.store.counters import add_day_balances, next_doc_seq
from app.store.models import (AccountDayBalanceRow, AccountRow, JournalLineRow, JournalRow, PeriodRow,
                              UserRow)
from app.store.uow import UnitOfWork


@dataclass(frozen=True)
class LineInfo:
    account: str
    account_name: str
    debit_rp: int
    credit_rp: int
    memo: str


@dataclass(frozen=True)
class JournalInfo:
    number: str
    uuid: str
    date: date
    memo: str
    doc_type: str
    posted_at: datetime
    posted_by: str
    lines: tuple[LineInfo, ...]
    reverses: str | None
    reversed_by: str | None

    @property
    def total_rp(self) -> int:
        return sum(l.debit_rp for l in self.lines)


@dataclass(frozen=True)
class JournalSummary:
    number: str
    date: date
    memo: str
    total_rp: int
    posted_by: str
    reverses: str | None
    reversed_by: str | None


# --- chart -----------------------------------------------------------------

# Built once, plain columns: a till posts thousands of journals a day.
_CHART = select(AccountRow.code, AccountRow.name, AccountRow.type, AccountRow.parent_code, AccountRow.postable,
                AccountRow.contra, AccountRow.active)
_SOME_ACCOUNTS = _CHART.where(AccountRow.code.in_(bindparam("codes", expanding=True)))
_CLOSED_THROUGH = select(func.max(PeriodRow.month)).where(PeriodRow.status == "closed")


def load_chart(uow: UnitOfWork, codes: set[str] | None = None) -> dict[str, Account]:
    rows = (uow.session.execute(_CHART) if codes is None else
            uow.session.execute(_SOME_ACCOUNTS, {"codes": sorted(codes)}))
    return {code: Account(code, name, AccountType(type_), parent, postable, contra, active)
            for code, name, type_, parent, postable, contra, active in rows}


def chart(uow: UnitOfWork) -> list[Account]:
    with uow:
        return sorted(load_chart(uow).values(), key=lambda a: a.code)


def closed_through(uow: UnitOfWork) -> str | None:
    return uow.session.execute(_CLOSED_THROUGH).scalar_one()


def posting_rules(uow: UnitOfWork, codes: set[str] | None = None) -> PostingRules:
    """`codes`: load only these accounts (a till posts thousands of journals a day)."""
    return PostingRules(load_chart(uow, codes), profile.business_date(uow), closed_through(uow))


# --- posting ---------------------------------------------------------------

@dataclass(frozen=True)
class PostedJournal:
    """A journal `post_in` has just written: what its callers need (not an ORM row)."""
    id: int
    number: str
    uuid: str
    date: date
    memo: str
    doc_type: str
    posted_at: datetime
    posted_by: int
    reverses_id: int | None


_NEW_JOURNAL = JournalRow.__table__.insert()
_NEW_LINES = JournalLineRow.__table__.insert()


def post_in(uow: UnitOfWork, user_id: int, username: str, draft: JournalDraft, *,
            source: tuple[str, str] | None = None, rules: PostingRules | None = None,
            reverses_id: int | None = None, number: str | None = None) -> PostedJournal:
    """Post within the caller's transaction (business documents call this).
    Validates, numbers, writes lines and day balances, audits. No commit.
    A document's journal carries the document's own number (`number`), so a sale
    PJ-20261123-0001 and its journal are found by the same number.
    Plain INSERTs (the lines in one executemany), no ORM objects: a till posts a journal
    with every sale."""
    ensure_postable(draft, rules or posting_rules(uow, {l.account for l in draft.lines}))
    s = uow.session
    if number is None:
        number = doc_number(draft.doc_type, draft.date, next_doc_seq(s, draft.doc_type, draft.date))
    uuid, memo, at = str(draft.uuid), draft.memo.strip(), uow.now()
    journal_id = s.execute(_NEW_JOURNAL, {
        "uuid": uuid, "number": number, "doc_type": draft.doc_type, "date": draft.date, "memo": memo,
        "reverses_id": reverses_id, "source_type": source[0] if source else None,
        "source_id": source[1] if source else None, "posted_at": at, "posted_by": user_id,
    }).inserted_primary_key[0]
    s.execute(_NEW_LINES, [{"journal_id": journal_id, "line_no": no, "account_code": l.account,
                            "debit_rp": l.debit_rp, "credit_rp": l.credit_rp, "memo": l.memo[:200]}
                           for no, l in enumerate(draft.lines, start=1)])
    per_account: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for l in draft.lines:
        per_account[l.account][0] += l.debit_rp
        per_account[l.account][1] += l.credit_rp
    add_day_balances(s, ((acc, draft.date, d, c) for acc, (d, c) in sorted(per_account.items())))
    audit.append(uow, username, "journal.post", number, {"uuid": uuid, "total_rp": draft.total_debit(), "memo": memo})
    return PostedJournal(journal_id, number, uuid, draft.date, memo, draft.doc_type, at, user_id, reverses_id)


def _existing(uow: UnitOfWork, uuid: UUID) -> JournalRow | None:
    return uow.session.execute(select(JournalRow).where(JournalRow.uuid == str(uuid))).scalar_one_or_none()


def draft_of(uow: UnitOfWork, row: JournalRow) -> JournalDraft:
    lines = uow.session.execute(select(JournalLineRow).where(JournalLineRow.journal_id == row.id)
                                .order_by(JournalLineRow.line_no)).scalars()
    return JournalDraft(UUID(row.uuid), row.date, row.memo,
                        tuple(LineDraft(l.account_code, l.debit_rp, l.credit_rp, l.memo) for l in lines),
                        row.doc_type)


def _replay(uow: UnitOfWork, draft: JournalDraft) -> JournalInfo | None:
    """Idempotency: the same UUID again returns the first journal, never a second one."""
    row = _existing(uow, draft.uuid)
    if row is None:
        return None
    first = draft_of(uow, row)
    normalised = JournalDraft(draft.uuid, draft.date, draft.memo.strip(), draft.lines, draft.doc_type)
    if not first.same_content(normalised):
        raise DomainError("uuid_conflict",
                          f"ID dokumen {draft.uuid} sudah dipakai jurnal {row.number} dengan isi berbeda.")
    return _info(uow, row)


def post_journal(uow: UnitOfWork, actor: Actor, draft: JournalDraft) -> JournalInfo:
    """A manual journal (Jurnal Umum) by the treasurer."""
    actor.require(Permission.JOURNAL_POST)
    if draft.doc_type != "JU":
        raise DomainError("bad_doc_type", "Jurnal manual harus berjenis JU.")
    try:
        with uow:
            replay = _replay(uow, draft)
            if replay is not None:
                return replay
            rules = posting_rules(uow, {l.account for l in draft.lines})
            row = post_in(uow, actor.user_id, actor.username, draft, rules=rules)
            info = _posted_info(row, draft, rules.accounts, actor.username)
            uow.commit()
            return info
    except IntegrityError:
        # Another till posted the same UUID a moment ago: return that one.
        with uow:
            replay = _replay(uow, draft)
            if replay is None:
                raise
            return replay


def reverse_journal(uow: UnitOfWork, actor: Actor, number: str, reason: str, *,
                    uuid: UUID | None = None, on: date | None = None) -> JournalInfo:
    """Post the mirror image of a journal, linked to it, with reason and user."""
    actor.require(Permission.JOURNAL_REVERSE)
    uuid = uuid or uuid4()
    with uow:
        existing = _existing(uow, uuid)
        if existing is not None:
            return _info(uow, existing)
        original = _journal_by_number(uow, number)
        if original.doc_type == "TT":
            raise DomainError("reverse_year_close", f"{original.number} adalah jurnal tutup tahun; "
                              "tahun yang sudah ditutup tidak bisa dibuka lagi.")
        if original.reverses_id is not None:
            raise DomainError("reverse_reversal", f"{original.number} adalah jurnal pembalikan; "
                              "untuk mengoreksinya buat jurnal baru.")
        already = uow.session.execute(
            select(JournalRow.number).where(JournalRow.reverses_id == original.id)).scalar_one_or_none()
        if already:
            raise DomainError("already_reversed", f"{original.number} sudah dibalik oleh {already}.")
        rules = posting_rules(uow)
        draft = reversal_draft(draft_of(uow, original).lines, uuid=uuid, on=on or rules.today,
                               original_number=original.number, reason=reason)
        # The link lives on the new row only: the original stays untouched.
        row = post_in(uow, actor.user_id, actor.username, draft, rules=rules, reverses_id=original.id)
        audit.append(uow, actor.username, "journal.reverse", original.number,
                     {"reversal": row.number, "reason": reason.strip()})
        info = _info(uow, row)
        uow.commit()
        return info


# --- reading ---------------------------------------------------------------

def _journal_by_number(uow: UnitOfWork, number: str) -> JournalRow:
    row = uow.session.execute(
        select(JournalRow).where(JournalRow.number == number.strip().upper())).scalar_one_or_none()
    if row is None:
        raise NotFound("journal_not_found", f"Jurnal {number} tidak ditemukan.")
    return row


def _info(uow: UnitOfWork, row: JournalRow | PostedJournal) -> JournalInfo:
    s = uow.session
    names = dict(s.execute(select(AccountRow.code, AccountRow.name)).all())
    lines = s.execute(select(JournalLineRow).where(JournalLineRow.journal_id == row.id)
                      .order_by(JournalLineRow.line_no)).scalars()
    reverses = (s.execute(select(JournalRow.number).where(JournalRow.id == row.reverses_id)).scalar_one()
                if row.reverses_id else None)
    reversed_by = s.execute(select(JournalRow.number).where(JournalRow.reverses_id == row.id)).scalar_one_or_none()
    poster = s.execute(select(UserRow.username).where(UserRow.id == row.posted_by)).scalar_one()
    return JournalInfo(row.number, row.uuid, row.date, row.memo, row.doc_type, row.posted_at, poster,
                       tuple(LineInfo(l.account_code, names.get(l.account_code, ""), l.debit_rp, l.credit_rp,
                                      l.memo) for l in lines),
                       reverses, reversed_by)


def _posted_info(row: PostedJournal, draft: JournalDraft, accounts: Mapping[str, Account],
                 poster: str) -> JournalInfo:
    """What _info would read back, built from what was just written (a new journal has
    no reversal yet and, when manual, reverses nothing)."""
    return JournalInfo(row.number, row.uuid, row.date, row.memo, row.doc_type, row.posted_at, poster,
                       tuple(LineInfo(l.account, accounts[l.account].name, l.debit_rp, l.credit_rp,
                                      l.memo[:200]) for l in draft.lines),
                       None, None)


def get_journal(uow: UnitOfWork, actor: Actor, number: str) -> JournalInfo:
    actor.require(Permission.JOURNAL_VIEW)
    with uow:
        return _info(uow, _journal_by_number(uow, number))


def _journal_filter(q, date_from: date | None, date_to: date | None, text: str):
    if date_from:
        q = q.where(JournalRow.date >= date_from)
    if date_to:
        q = q.where(JournalRow.date <= date_to)
    if text.strip():
        like = f"%{text.strip()}%"
        q = q.where(or_(JournalRow.number.ilike(like), JournalRow.memo.ilike(like)))
    return q


def count_journals(uow: UnitOfWork, actor: Actor, *, date_from: date | None = None,
                   date_to: date | None = None, text: str = "") -> int:
    actor.require(Permission.JOURNAL_VIEW)
    with uow:
        q = _journal_filter(select(func.count(JournalRow.id)), date_from, date_to, text)
        return uow.session.execute(q).scalar_one()


def list_journals(uow: UnitOfWork, actor: Actor, *, date_from: date | None = None,
                  date_to: date | None = None, text: str = "", limit: int = 200,
                  offset: int = 0) -> list[JournalSummary]:
    """Newest first, one page at a time (the GUI fetches more as the user scrolls)."""
    actor.require(Permission.JOURNAL_VIEW)
    rev = aliased(JournalRow)
    orig = aliased(JournalRow)
    total = (select(func.coalesce(func.sum(JournalLineRow.debit_rp), 0))
             .where(JournalLineRow.journal_id == JournalRow.id).scalar_subquery())
    q = (select(JournalRow.number, JournalRow.date, JournalRow.memo, total, UserRow.username,
                orig.number, rev.number)
         .join(UserRow, UserRow.id == JournalRow.posted_by)
         .outerjoin(orig, orig.id == JournalRow.reverses_id)
         .outerjoin(rev, rev.reverses_id == JournalRow.id))
    q = _journal_filter(q, date_from, date_to, text).order_by(JournalRow.date.desc(), JournalRow.id.desc())
    with uow:
        rows = uow.session.execute(q.limit(limit).offset(offset)).all()
        # int(): PostgreSQL returns SUM(bigint) as Decimal; money is int everywhere else.
        return [JournalSummary(number, day, memo, int(total), by, reverses, reversed_by)
                for number, day, memo, total, by, reverses, reversed_by in rows]


def trial_balance(uow: UnitOfWork, actor: Actor, as_of: date | None = None) -> TrialBalance:
    """Neraca Saldo as of a date, read from per-day account totals."""
    actor.require(Permission.REPORT_VIEW)
    with uow:
        as_of = as_of or profile.business_date(uow)
        accounts = load_chart(uow)
        sums = uow.session.execute(
            select(AccountDayBalanceRow.account_code, func.sum(AccountDayBalanceRow.debit_rp),
                   func.sum(AccountDayBalanceRow.credit_rp))
            .where(AccountDayBalanceRow.day <= as_of).group_by(AccountDayBalanceRow.account_code)).all()
        return build_trial_balance(as_of, (BalanceRow(accounts[code], int(d), int(c)) for code, d, c in sums))


# --- periods ---------------------------------------------------------------

@dataclass(frozen=True)
class PeriodInfo:
    month: str
    status: str
    changed_at: datetime
    changed_by: str


def list_periods(uow: UnitOfWork, actor: Actor) -> list[PeriodInfo]:
    actor.require(Permission.JOURNAL_VIEW)
    with uow:
        rows = uow.session.execute(select(PeriodRow, UserRow.username)
                                   .join(UserRow, UserRow.id == PeriodRow.changed_by)
                                   .order_by(PeriodRow.month.desc())).all()
        return [PeriodInfo(p.month, p.status, p.changed_at, name) for p, name in rows]


def _set_period(uow: UnitOfWork, actor: Actor, month: str, status: str) -> PeriodInfo:
    row = uow.session.get(PeriodRow, month)
    if row is None:
        row = PeriodRow(month=month, status=status, changed_at=uow.now(), changed_by=actor.user_id)
        uow.session.add(row)
    else:
        row.status, row.changed_at, row.changed_by = status, uow.now(), actor.user_id
    audit.append(uow, actor.username, f"period.{'close' if status == 'closed' else 'reopen'}", month)
    return PeriodInfo(month, status, row.changed_at, actor.username)


def close_period(uow: UnitOfWork, actor: Actor, month: str) -> PeriodInfo:
    """Lock a month: no journal dated in it (or earlier) may be posted afterwards."""
    actor.require(Permission.PERIOD_CLOSE)
    month = parse_month(month)
    with uow:
        today = profile.business_date(uow)
        if month >= f"{today.year:04d}-{today.month:02d}":
            raise DomainError("period_not_over", f"Periode {month} belum berakhir; belum bisa ditutup.")
        row = uow.session.get(PeriodRow, month)
        if row is not None and row.status == "closed":
            raise DomainError("period_closed", f"Periode {month} sudah ditutup.")
        info = _set_period(uow, actor, month, "closed")
        uow.commit()
        return info


def reopen_period(uow: UnitOfWork, actor: Actor, month: str) -> PeriodInfo:
    actor.require(Permission.PERIOD_REOPEN)
    month = parse_month(month)
    with uow:
        row = uow.session.get(PeriodRow, month)
        if row is None or row.status != "closed":
            raise DomainError("period_open", f"Periode {month} tidak sedang ditutup.")
        later = uow.session.execute(select(func.count()).select_from(PeriodRow).where(
            PeriodRow.month > month, PeriodRow.status == "closed")).scalar_one()
        if later:
            raise DomainError("later_closed", "Buka dahulu periode sesudahnya yang masih ditutup.")
        # A closed year's books are final (its TT journal moved the year's result to 3105).
        year_closed = uow.session.execute(select(JournalRow.number).where(
            JournalRow.doc_type == "TT", JournalRow.date == date(int(month[:4]), 12, 31))).scalar_one_or_none()
        if year_closed:
            raise DomainError("year_closed", f"Tahun {month[:4]} sudah ditutup ({year_closed}); "
                              "bulannya tidak bisa dibuka kembali.")
        info = _set_period(uow, actor, month, "open")
        uow.commit()
        return info
