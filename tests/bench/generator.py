"""Seeded, realistic journals for the benchmark, and a bulk loader for history.

The generator is pure (a `random.Random` in, journals out). The loader writes
history straight into the ledger tables with SQLAlchemy Core executemany,
bypassing the posting service for speed, but keeps every invariant the service
keeps: balanced journals of 2-6 lines on postable accounts, unique UUIDs and
numbers (doc_counters continue from what is already there, so the service's
next number never collides), and account_day_balances equal to the lines they
summarise. Bulk history has no audit rows (the audit chain covers actions
taken in the app, and no one "did" this history).
"""

from __future__ import annotations

import itertools
import random
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time as dtime, timedelta, timezone
from typing import Callable, Iterator

from sqlalchemy import Engine, func, select
from sqlalchemy.dialects import sqlite

from app.domain.ledger import JournalDraft, LineDraft
from app.domain.numbering import doc_number
from app.store.models import (AccountDayBalanceRow, AccountRow, DocCounterRow, JournalLineRow,
                              JournalRow)

Line = tuple[str, int, int]  # (account, debit_rp, credit_rp)
Template = Callable[[random.Random], tuple[str, list[Line]]]

WIB = timezone(timedelta(hours=7), "WIB")
DOC_TYPE = "JU"  # the only journal prefix the app knows besides JS/JB today


# --- templates: what a village cooperative's books are made of --------------

def _amount(rng: random.Random, lo: int, hi: int, step: int = 500) -> int:
    return rng.randrange(lo, hi, step)


def _cost(rng: random.Random, sale: int) -> int:
    return max(1, sale * rng.randint(72, 90) // 100)  # cost of goods: 72-90% of the price


def _d(acc: str, rp: int) -> Line:
    return (acc, rp, 0)


def _c(acc: str, rp: int) -> Line:
    return (acc, 0, rp)


_EXPENSES = [("5201", "Gaji karyawan gerai"), ("5202", "Token listrik dan air gerai"),
             ("5203", "Sewa tempat gerai"), ("5204", "Ongkos angkut barang"),
             ("5205", "Kertas struk dan alat tulis"), ("5299", "Konsumsi rapat pengurus")]


def sale_cash(rng):
    amt, rev = _amount(rng, 5_000, 1_500_000), rng.choice(("4101", "4102"))
    cost = _cost(rng, amt)
    return "Penjualan tunai", [_d("1101", amt), _c(rev, amt), _d("5101", cost), _c("1108", cost)]


def sale_qris(rng):
    amt, rev = _amount(rng, 10_000, 2_000_000), rng.choice(("4101", "4102"))
    cost = _cost(rng, amt)
    return "Penjualan QRIS", [_d("1103", amt), _c(rev, amt), _d("5101", cost), _c("1108", cost)]


def sale_mixed_customers(rng):
    a, b = _amount(rng, 5_000, 900_000), _amount(rng, 5_000, 900_000)
    cost = _cost(rng, a + b)
    return "Rekap penjualan tunai anggota dan non-anggota", [
        _d("1101", a + b), _c("4101", a), _c("4102", b), _d("5101", cost), _c("1108", cost)]


def sale_mixed_tender(rng):
    a, b = _amount(rng, 5_000, 900_000), _amount(rng, 5_000, 900_000)
    cash = _amount(rng, 500, a + b)
    cost = _cost(rng, a + b)
    return "Rekap penjualan shift (tunai dan QRIS)", [
        _d("1101", cash), _d("1103", a + b - cash), _c("4101", a), _c("4102", b),
        _d("5101", cost), _c("1108", cost)]


def sale_return(rng):
    amt = _amount(rng, 5_000, 300_000)
    cost = _cost(rng, amt)
    return "Retur penjualan", [_d("4103", amt), _c("1101", amt), _d("1108", cost), _c("5101", cost)]


def qris_settlement(rng):
    gross = _amount(rng, 100_000, 10_000_000)
    mdr = max(1, gross * 3 // 1000)  # MDR 0.3%
    return "Settlement QRIS dari bank", [_d("1102", gross - mdr), _d("5207", mdr), _c("1103", gross)]


def expense(rng):
    acc, memo = rng.choice(_EXPENSES)
    amt = _amount(rng, 20_000, 2_500_000)
    return memo, [_d(acc, amt), _c("1101", amt)]


def purchase_on_credit(rng):
    amt = _amount(rng, 250_000, 25_000_000, 1_000)
    return "Pembelian barang dagang dari distributor (kredit)", [_d("1108", amt), _c("2101", amt)]


def purchase_cash(rng):
    amt = _amount(rng, 50_000, 3_000_000, 1_000)
    return "Pembelian barang dagang tunai", [_d("1108", amt), _c("1101", amt)]


def pay_supplier(rng):
    amt = _amount(rng, 250_000, 20_000_000, 1_000)
    return "Pelunasan utang distributor via bank", [_d("2101", amt), _c("1102", amt)]


def cash_to_bank(rng):
    amt = _amount(rng, 500_000, 15_000_000, 50_000)
    return "Setor kas ke rekening bank", [_d("1102", amt), _c("1101", amt)]


def savings_deposit(rng):
    wajib, sukarela = 10_000 * rng.randint(1, 5), _amount(rng, 10_000, 1_000_000, 5_000)
    return "Setoran simpanan wajib dan sukarela anggota", [
        _d("1101", wajib + sukarela), _c("3102", wajib), _c("2102", sukarela)]


def savings_withdrawal(rng):
    amt = _amount(rng, 20_000, 2_000_000, 5_000)
    return "Penarikan simpanan sukarela", [_d("2102", amt), _c("1101", amt)]


def new_member(rng):
    return "Simpanan pokok anggota baru", [_d("1101", 100_000), _c("3101", 100_000)]


def loan_disbursement(rng):
    principal = 250_000 * rng.randint(4, 40)
    fee = principal // 100
    return "Pencairan pinjaman anggota", [_d("1105", principal), _c("1101", principal - fee), _c("4202", fee)]


def loan_repayment(rng):
    principal, interest = _amount(rng, 50_000, 1_000_000, 1_000), _amount(rng, 2_000, 50_000)
    return "Angsuran pinjaman anggota", [_d("1101", principal + interest), _c("1105", principal),
                                         _c("4201", interest)]


def loan_repayment_late(rng):
    principal, interest = _amount(rng, 50_000, 1_000_000, 1_000), _amount(rng, 2_000, 50_000)
    fine = _amount(rng, 1_000, 25_000)
    return "Angsuran pinjaman terlambat dengan denda", [
        _d("1101", principal + interest + fine), _c("1105", principal), _c("4201", interest), _c("4203", fine)]


def cash_short(rng):
    amt = _amount(rng, 500, 50_000)
    return "Selisih kas kurang tutup shift", [_d("5210", amt), _c("1101", amt)]


def cash_over(rng):
    amt = _amount(rng, 500, 50_000)
    return "Selisih kas lebih tutup shift", [_d("1101", amt), _c("4901", amt)]


# Weights: a shop first, a savings-and-loan desk second.
TEMPLATES: list[tuple[Template, int]] = [
    (sale_cash, 300), (sale_qris, 120), (sale_mixed_customers, 60), (sale_mixed_tender, 40),
    (sale_return, 10), (qris_settlement, 30), (expense, 80), (purchase_on_credit, 40),
    (purchase_cash, 30), (pay_supplier, 25), (cash_to_bank, 25), (savings_deposit, 80),
    (savings_withdrawal, 30), (new_member, 5), (loan_disbursement, 10), (loan_repayment, 40),
    (loan_repayment_late, 8), (cash_short, 6), (cash_over, 4),
]
ACCOUNTS_USED = sorted({acc for t, _ in TEMPLATES for acc, _, _ in t(random.Random(0))[1]}
                       | {code for code, _ in _EXPENSES})


_FNS = [t for t, _ in TEMPLATES]
_CUM = list(itertools.accumulate(w for _, w in TEMPLATES))
_SIZE = {t: len(t(random.Random(0))[1]) for t in _FNS}  # every template has a fixed line count
_BY_SIZE: dict[int, list[Template]] = defaultdict(list)
for _t in _FNS:
    _BY_SIZE[_SIZE[_t]].append(_t)
assert sorted(_BY_SIZE) == [2, 3, 4, 5, 6]


def pick(rng: random.Random) -> Template:
    return rng.choices(_FNS, cum_weights=_CUM)[0]


@dataclass(frozen=True)
class GenJournal:
    day: date
    memo: str
    lines: list[Line]


def journals(rng: random.Random, n_lines: int, first: date, last: date) -> Iterator[GenJournal]:
    """Exactly `n_lines` lines in balanced journals, dated in order from `first` to `last`."""
    if n_lines < 2:
        raise ValueError("need at least 2 lines")
    n_days = (last - first).days + 1
    days = [first + timedelta(days=i) for i in range(n_days)]
    done = 0
    while done < n_lines:
        left = n_lines - done
        if left <= 6:
            t = rng.choice(_BY_SIZE[left])
        else:
            t = pick(rng)
            if left - _SIZE[t] < 2:  # never strand a single line
                t = rng.choice(_BY_SIZE[2])
        memo, lines = t(rng)
        day = days[min(n_days - 1, done * n_days // n_lines)]
        done += len(lines)
        yield GenJournal(day, memo, lines)



def post_draft(rng: random.Random, on: date, uid: uuid.UUID) -> JournalDraft:
    """A 2-4 line manual journal like a treasurer would key in."""
    t = rng.choice(_BY_SIZE[rng.choice((2, 3, 4))])
    memo, lines = t(rng)
    return JournalDraft(uid, on, memo, tuple(LineDraft(a, debit_rp=d, credit_rp=c) for a, d, c in lines))


# --- bulk loader ------------------------------------------------------------

@dataclass(frozen=True)
class LoadResult:
    lines: int
    journals: int
    seconds: float
    batches: int

    @property
    def lines_per_s(self) -> float:
        return self.lines / self.seconds if self.seconds else 0.0


def _posted_at(rng: random.Random, day: date, now: datetime) -> datetime:
    opened = datetime.combine(day, dtime(7, 0), WIB)
    at = (opened + timedelta(seconds=rng.randrange(14 * 3600))).astimezone(timezone.utc)
    return min(at, now)


class _Insert:
    """A Core INSERT compiled once; rows go to the driver's executemany as tuples in
    `columns` order, already converted by the columns' own bind processors (the same
    text SQLAlchemy would store), so per-row SQLAlchemy overhead stays out of the load."""

    def __init__(self, conn, stmt, columns: list[str]) -> None:
        compiled = stmt.compile(dialect=conn.dialect, column_keys=columns)
        if list(compiled.positiontup) != columns:
            raise RuntimeError(f"unexpected parameter order {compiled.positiontup}")
        self.sql = str(compiled)
        self.conn = conn

    def __call__(self, rows: list[tuple]) -> None:
        if rows:
            self.conn.exec_driver_sql(self.sql, rows)


def _processor(conn, column):
    """The column's bind conversion as the dialect does it (dialect_impl: a TypeDecorator's
    generic impl alone would leave the value to the driver's own, different, formatting)."""
    fn = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    if fn is None:
        raise RuntimeError(f"no bind processor for {column}")
    return fn


def bulk_load(engine: Engine, rng: random.Random, n_lines: int, first: date, last: date, *,
              posted_by: int, now: datetime, batch_lines: int = 100_000,
              cache_mib: int = 256) -> LoadResult:
    """Append `n_lines` journal lines of history, committing every ~`batch_lines` lines.
    Each commit leaves the books consistent (journals, lines, day totals, counters)."""
    started = time.perf_counter()
    jt, lt = JournalRow.__table__, JournalLineRow.__table__
    bt, ct = AccountDayBalanceRow.__table__, DocCounterRow.__table__
    ins_bal = sqlite.insert(bt)
    ins_bal = ins_bal.on_conflict_do_update(
        index_elements=[bt.c.account_code, bt.c.day],
        set_={"debit_rp": bt.c.debit_rp + ins_bal.excluded.debit_rp,
              "credit_rp": bt.c.credit_rp + ins_bal.excluded.credit_rp})
    ins_cnt = sqlite.insert(ct)
    ins_cnt = ins_cnt.on_conflict_do_update(index_elements=[ct.c.prefix, ct.c.day],
                                            set_={"last_no": ins_cnt.excluded.last_no})
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            raise RuntimeError("the bulk loader writes SQLite only")
        conn.exec_driver_sql(f"PRAGMA cache_size=-{cache_mib * 1024}")  # this connection only
        postable = set(conn.execute(select(AccountRow.code).where(
            AccountRow.postable.is_(True), AccountRow.active.is_(True))).scalars())
        missing = sorted(set(ACCOUNTS_USED) - postable)
        if missing:
            raise RuntimeError(f"chart lacks postable accounts {missing}")
        next_jid = (conn.execute(select(func.max(jt.c.id))).scalar() or 0) + 1
        next_lid = (conn.execute(select(func.max(lt.c.id))).scalar() or 0) + 1
        counters = dict(conn.execute(select(ct.c.day, ct.c.last_no).where(ct.c.prefix == DOC_TYPE)).all())
        conn.commit()

        put_journals = _Insert(conn, jt.insert(), [
            "id", "uuid", "number", "doc_type", "date", "memo", "posted_at", "posted_by"])
        put_lines = _Insert(conn, lt.insert(), [
            "id", "journal_id", "line_no", "account_code", "debit_rp", "credit_rp", "memo"])
        put_sums = _Insert(conn, ins_bal, ["account_code", "day", "debit_rp", "credit_rp"])
        put_counters = _Insert(conn, ins_cnt, ["prefix", "day", "last_no"])
        date_text = _processor(conn, jt.c.date)
        at_text = _processor(conn, jt.c.posted_at)
        day_text = {}  # date -> stored text, one conversion per day

        jrows: list[tuple] = []
        lrows: list[tuple] = []
        sums: dict[tuple[str, date], list[int]] = defaultdict(lambda: [0, 0])
        touched: set[date] = set()
        n_j = n_l = batches = 0

        def flush() -> None:
            nonlocal batches
            if not jrows:
                return
            with conn.begin():
                put_journals(jrows)
                put_lines(lrows)
                put_sums([(a, day_text[d], x, y) for (a, d), (x, y) in sorted(sums.items())])
                put_counters([(DOC_TYPE, day_text[d], counters[d]) for d in sorted(touched)])
            batches += 1
            jrows.clear()
            lrows.clear()
            sums.clear()
            touched.clear()

        for j in journals(rng, n_lines, first, last):
            day = j.day
            seq = counters.get(day, 0) + 1
            counters[day] = seq
            if day not in touched:
                touched.add(day)
                if day not in day_text:
                    day_text[day] = date_text(day)
            jrows.append((next_jid, str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                          doc_number(DOC_TYPE, day, seq), DOC_TYPE, day_text[day], j.memo,
                          at_text(_posted_at(rng, day, now)), posted_by))
            for no, (acc, d, c) in enumerate(j.lines, start=1):
                lrows.append((next_lid, next_jid, no, acc, d, c, ""))
                s = sums[(acc, day)]
                s[0] += d
                s[1] += c
                next_lid += 1
            next_jid += 1
            n_j += 1
            n_l += len(j.lines)
            if len(lrows) >= batch_lines:
                flush()
        flush()
    return LoadResult(n_l, n_j, time.perf_counter() - started, batches)
