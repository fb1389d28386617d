"""Race-free counters and running balances via INSERT .. ON CONFLICT (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Iterable

from sqlalchemy import bindparam
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.store.models import AccountDayBalanceRow, DocCounterRow


@cache
def _counter_upsert(dialect: str):
    t = DocCounterRow.__table__
    ins = postgresql.insert(t) if dialect == "postgresql" else sqlite.insert(t)
    return (ins.values(prefix=bindparam("prefix"), day=bindparam("day"), last_no=1)
            .on_conflict_do_update(index_elements=[t.c.prefix, t.c.day], set_={"last_no": t.c.last_no + 1})
            .returning(t.c.last_no))


def next_doc_seq(session: Session, prefix: str, day: date) -> int:
    """The next number for (prefix, day), atomically; two tills never get the same one."""
    stmt = _counter_upsert(session.get_bind().dialect.name)
    return session.execute(stmt, {"prefix": prefix, "day": day}).scalar_one()


@cache
def _day_balance_upsert(dialect: str):
    """Built once per dialect: constructing `excluded` and the cache key per row is costly."""
    t = AccountDayBalanceRow.__table__
    ins = postgresql.insert(t) if dialect == "postgresql" else sqlite.insert(t)
    return ins.on_conflict_do_update(
        index_elements=[t.c.account_code, t.c.day],
        set_={"debit_rp": t.c.debit_rp + ins.excluded.debit_rp,
              "credit_rp": t.c.credit_rp + ins.excluded.credit_rp})


def add_day_balances(session: Session, rows: Iterable[tuple[str, date, int, int]]) -> None:
    """Add (account, day, debit, credit) to the per-day account totals, in the given order
    (callers sort by account so concurrent tills lock rows in the same order)."""
    params = [{"account_code": a, "day": d, "debit_rp": x, "credit_rp": y} for a, d, x, y in rows]
    if params:
        session.execute(_day_balance_upsert(session.get_bind().dialect.name), params)
