"""Race-free counters and running balances via INSERT .. ON CONFLICT (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from typing import Iterable

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.store.models import AccountDayBalanceRow, DocCounterRow


def _insert(session: Session, table):
    return (postgresql.insert(table) if session.get_bind().dialect.name == "postgresql"
            else sqlite.insert(table))


def next_doc_seq(session: Session, prefix: str, day: date) -> int:
    """The next number for (prefix, day), atomically; two tills never get the same one."""
    t = DocCounterRow.__table__
    stmt = _insert(session, t).values(prefix=prefix, day=day, last_no=1)
    stmt = stmt.on_conflict_do_update(index_elements=[t.c.prefix, t.c.day],
                                      set_={"last_no": t.c.last_no + 1}).returning(t.c.last_no)
    return session.execute(stmt).scalar_one()


def add_day_balances(session: Session, rows: Iterable[tuple[str, date, int, int]]) -> None:
    """Add (account, day, debit, credit) to the per-day account totals."""
    t = AccountDayBalanceRow.__table__
    for account, day, debit, credit in rows:
        stmt = _insert(session, t).values(account_code=account, day=day, debit_rp=debit, credit_rp=credit)
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.c.account_code, t.c.day],
            set_={"debit_rp": t.c.debit_rp + stmt.excluded.debit_rp,
                  "credit_rp": t.c.credit_rp + stmt.excluded.credit_rp})
        session.execute(stmt)
