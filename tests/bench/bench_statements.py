"""Monthly statements benchmark: every active member's Rekening Koran for one month.

    python -m tests.bench.bench_statements [--members N] [--month YYYY-MM] [--workdir DIR] [--out FILE]

On one fresh SQLite file: the demo outlet (open_context + demo.build: its users, profile,
150 members and their books), then N more members loaded in bulk with a year of savings
(pokok at joining, wajib every month, sukarela now and then; each movement with its
balance after it, as the app records them), a loan for every other member (monthly
repayments up to the month, principal and interest split), and member purchases in the
month (0-12 receipts each). The bulk rows point at one existing journal: the benchmark
times reading and printing, and `kopdes check` is not its business.

Then `member_statements.write_statements` for the month with the production engine,
timed as a whole and split into reading (gather) and writing (the PDFs and the summary).
Prints one JSON object (and writes it to --out). The goal (<= 60 s for 3,000 members)
is reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, insert, select

from app.bootstrap import open_context
from app.domain.periods import month_bounds
from app.services import auth, demo, member_statements
from app.store.models import JournalRow
from app.store.models_loans import LoanPaymentRow, LoanRow
from app.store.models_savings import SavingsMoveRow
from app.store.models_shop import MemberRow, SaleRow
from tests.conftest import FakeClock

SEED = 20261123
GOAL_S = 60.0
CHUNK = 5_000


def _months(first: date, last: date) -> list[date]:
    out, d = [], first.replace(day=1)
    while d <= last:
        out.append(d)
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def _put(conn, table, rows: list[dict]) -> None:
    for i in range(0, len(rows), CHUNK):
        conn.execute(insert(table), rows[i:i + CHUNK])


def load(ctx, n: int, month: str, rng: random.Random) -> dict:
    """N members with a year of savings, loans and the month's purchases, in bulk."""
    first, last = month_bounds(month)
    at = datetime(2026, 1, 1, 3, tzinfo=timezone.utc)
    user_id = auth.login(ctx.uow(), "bendahara", demo.DEMO_PIN).user_id
    with ctx.uow() as uow:
        s = uow.session
        journal_id = s.execute(select(func.min(JournalRow.id))).scalar_one()
        first_id = (s.execute(select(func.max(MemberRow.id))).scalar_one() or 0) + 1
        join = date(first.year - 1, first.month, 1)
        members, moves, loans, payments, sales = [], [], [], [], []
        for i in range(n):
            mid, no = first_id + i, f"B{i + 1:05d}"
            joined = join + timedelta(days=rng.randrange(28))
            members.append(dict(id=mid, member_no=no, name=f"Anggota Uji {i + 1}", nik=None, status="aktif",
                                join_date=joined, phone="", address=f"Kp. Sukamaju No. {rng.randrange(1, 99)}",
                                credit_limit_rp=0, credit_balance_rp=0, search_text=f"anggota uji {i + 1} {no}",
                                birth_place="", rt="001", rw="002", dusun="", desa="Sukamaju", occupation="",
                                exit_reason=""))
            balance = {"pokok": 0, "wajib": 0, "sukarela": 0}

            def move(t: str, kind: str, amount: int, on: date, mid=mid, balance=balance) -> None:
                balance[t] += amount
                moves.append(dict(uuid=str(uuid.UUID(int=rng.getrandbits(128))), member_id=mid, type=t, kind=kind,
                                  method="tunai", amount_rp=amount, balance_after_rp=balance[t], business_date=on,
                                  at=at, doc_number=f"SS-{on:%Y%m%d}-{len(moves) + 1:06d}", journal_id=journal_id,
                                  user_id=user_id, memo=""))
            move("pokok", "setor", 100_000, joined)
            for m in _months(joined, last):
                move("wajib", "setor", 20_000, m + timedelta(days=rng.randrange(27)))
                if rng.random() < 0.4:
                    move("sukarela", "setor", rng.randrange(1, 40) * 25_000, m + timedelta(days=rng.randrange(27)))
                if balance["sukarela"] and rng.random() < 0.15:
                    move("sukarela", "tarik", -min(balance["sukarela"], rng.randrange(1, 10) * 25_000),
                         m + timedelta(days=27))
            if i % 2 == 0:  # every other member borrows
                lid = len(loans) + 1_000_000
                principal = rng.randrange(2, 21) * 500_000
                disbursed = date(first.year, 1, 1) + timedelta(days=rng.randrange(240))
                owed = principal
                for k, m in enumerate(_months(disbursed + timedelta(days=31), last), start=1):
                    part = min(principal // 12, owed)
                    if not part:
                        break
                    owed -= part
                    payments.append(dict(uuid=str(uuid.UUID(int=rng.getrandbits(128))), loan_id=lid,
                                         number=f"AP-B{lid}-{k:02d}", kind="angsuran", method="tunai",
                                         business_date=m + timedelta(days=rng.randrange(27)), at=at,
                                         amount_rp=part + principal // 100, principal_rp=part,
                                         interest_rp=principal // 100, penalty_rp=0, journal_id=journal_id,
                                         user_id=user_id, memo=""))
                loans.append(dict(id=lid, uuid=str(uuid.UUID(int=rng.getrandbits(128))), number=f"PNJ-B{lid}",
                                  member_id=mid, product_code="PMU", terms="{}", principal_rp=principal, term=12,
                                  purpose="Modal usaha", collateral="", notes="", status="cair" if owed else "lunas",
                                  applied_on=disbursed, applied_by=user_id, decision_note="", disbursed_on=disbursed,
                                  fee_rp=0, outstanding_rp=owed, written_off_rp=0,
                                  closed_on=None if owed else last))
            for k in range(rng.choice((0, 0, 1, 2, 3, 4, 6, 8, 12))):
                on = first + timedelta(days=rng.randrange((last - first).days + 1))
                total = rng.randrange(5, 400) * 500
                sales.append(dict(uuid=str(uuid.UUID(int=rng.getrandbits(128))), number=f"PJ-B{mid}-{k:02d}",
                                  business_date=on, at=at, cashier_id=user_id, member_id=mid, subtotal_rp=total,
                                  discount_rp=0, deposit_rp=0, total_rp=total, change_rp=0, status="completed",
                                  buyer_name="", recorded_late=False, void_reason="", journal_id=journal_id))
        conn = s.connection()
        t0 = time.perf_counter()
        _put(conn, MemberRow.__table__, members)
        _put(conn, SavingsMoveRow.__table__, moves)
        _put(conn, LoanRow.__table__, loans)
        _put(conn, LoanPaymentRow.__table__, payments)
        _put(conn, SaleRow.__table__, sales)
        uow.commit()
    return {"members": n, "savings_moves": len(moves), "loans": len(loans), "loan_payments": len(payments),
            "sales": len(sales), "seconds": round(time.perf_counter() - t0, 2)}


def run(members: int, month: str, workdir: Path) -> dict:
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "kopdes-statements-bench.sqlite3"
    for p in workdir.glob("kopdes-statements-bench.sqlite3*"):
        p.unlink()
    t0 = time.perf_counter()
    ctx = open_context(str(db), clock=FakeClock())
    demo.build(ctx)
    setup_s = time.perf_counter() - t0
    loaded = load(ctx, members, month, random.Random(SEED))
    actor = auth.login(ctx.uow(), "bendahara", demo.DEMO_PIN)

    t0 = time.perf_counter()
    data = member_statements.gather(ctx.reader(), actor, month)
    gather_s = time.perf_counter() - t0

    out = workdir / "rekening-koran"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    t0, cpu0 = time.perf_counter(), time.process_time()
    result = member_statements.write_statements(ctx.reader(), actor, month, out)
    total_s, cpu_s = time.perf_counter() - t0, time.process_time() - cpu0
    size = sum(p.stat().st_size for p in out.iterdir())
    ctx.close()
    return {
        "bench": "statements", "seed": SEED, "month": month, "setup_s": round(setup_s, 1), "load": loaded,
        "statements": {"members": result.members, "combined_pages": result.pages, "files": len(result.files) + 3,
                       "gather_s": round(gather_s, 2), "total_s": round(total_s, 2), "cpu_s": round(cpu_s, 2),
                       "ms_per_member": round(1000 * total_s / result.members, 1),
                       "combined_mib": round(result.combined.stat().st_size / 2**20, 1),
                       "all_files_mib": round(size / 2**20, 1), "loans_with_payments": sum(
                           1 for m in data.members for lm in m.loans if lm.payments)},
        "goal": {"total_s": GOAL_S, "met": total_s <= GOAL_S},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.bench.bench_statements")
    ap.add_argument("--members", type=int, default=3_000, help="members loaded in bulk (besides the demo's)")
    ap.add_argument("--month", default="2026-10")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kopdes-statements-bench-"))
    result = run(args.members, args.month, workdir)
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
