"""SHU benchmark: the division of a year's SHU among N members, then its distribution and
everyone's payout into sukarela.

    python -m tests.bench.bench_shu [--members N] [--workdir DIR] [--out FILE]

On one fresh SQLite file: the demo outlet (open_context + demo.build), then N more members
loaded in bulk by the statements benchmark's loader for December 2025 (a year of pokok and
wajib, sukarela now and then, a loan for every other member with monthly interest paid in
2025, purchases in December). 2025 is closed (December, then the year), and with the
production engine:

- simulate (2025's PHU, both jasa-usaha bases, savings at year end) and the same with the
  average daily balance;
- compute (the closed year, saved rules);
- distribute (the SH- journal and N share rows) and pay_all_to_sukarela (one journal and N
  savings movements).
The bulk rows point at one existing journal: `kopdes check` is not this benchmark's business.
Prints one JSON object (and writes it to --out). The goal (<= 5 s for 3,000 members) is
reported for compute, never asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from app.bootstrap import open_context
from app.domain.shu import ShuRules
from app.services import auth, demo, ledger, shu, shu_payout, year_close
from tests.bench.bench_statements import load
from tests.conftest import FakeClock

SEED = 20251231
GOAL_S = 5.0


def _timed(fn):
    t0 = time.perf_counter()
    result = fn()
    return result, round(time.perf_counter() - t0, 3)


def run(members: int, workdir: Path) -> dict:
    workdir.mkdir(parents=True, exist_ok=True)
    for p in workdir.glob("kopdes-shu-bench.sqlite3*"):
        p.unlink()
    t0 = time.perf_counter()
    ctx = open_context(str(workdir / "kopdes-shu-bench.sqlite3"), clock=FakeClock())
    demo.build(ctx)
    setup_s = time.perf_counter() - t0
    loaded = load(ctx, members, "2025-12", random.Random(SEED))
    b = auth.login(ctx.uow(), "bendahara", demo.DEMO_PIN)
    ledger.close_period(ctx.uow(), b, "2025-12")
    year_close.close_year(ctx.uow(), b, 2025)

    sim, sim_s = _timed(lambda: shu.simulate(ctx.reader(), b, 2025))
    _avg, avg_s = _timed(lambda: shu.simulate(ctx.reader(), b, 2025, rules=ShuRules(jma_basis="rata_rata")))
    plan, compute_s = _timed(lambda: shu.compute(ctx.reader(), b, 2025))
    dist, distribute_s = _timed(lambda: shu.distribute(ctx.uow(), b, 2025))
    paid, pay_all_s = _timed(lambda: shu_payout.pay_all_to_sukarela(ctx.uow(), b, 2025))
    ctx.close()
    return {
        "bench": "shu", "seed": SEED, "setup_s": round(setup_s, 1), "load": loaded,
        "shu": {"members": len(plan.shares), "shu_rp": plan.shu_rp, "divided": plan.divided,
                "simulate_s": sim_s, "simulate_average_balance_s": avg_s, "compute_s": compute_s,
                "distribute_s": distribute_s, "pay_all_sukarela_s": pay_all_s, "paid_members": paid.members,
                "journal": dist.journal_number, "same_as_simulation": sim.shares == plan.shares},
        "goal": {"compute_s": GOAL_S, "met": compute_s <= GOAL_S},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.bench.bench_shu")
    ap.add_argument("--members", type=int, default=3_000, help="members loaded in bulk (besides the demo's)")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kopdes-shu-bench-"))
    text = json.dumps(run(args.members, workdir), indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
