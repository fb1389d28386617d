"""Reports benchmark: monthly Neraca and PHU (and the other reports) on five years of books.

    python -m tests.bench.bench_reports [--quick] [--workdir DIR] [--out FILE]
                                        [--sales N] [--sale-lines N] [--days N] [--products N]

On one fresh SQLite file: the outlet set up as the shop benchmark does, then the shop
benchmark's five-year till history (tests/bench/shop.load_history: sales with lines,
journals, day balances, receiving) loaded in bulk. Then, with the production engine, each
report is read for several months (the first call on a cold cache, then warm runs) and
for the last full year. Goals (monthly Neraca and PHU <= 0.5 s each) are reported, never
asserted. Prints one JSON object (and writes it to --out).
"""

from __future__ import annotations

import random
import sys
import time
from datetime import timedelta
from pathlib import Path

from app.bootstrap import open_context
from app.services import auth, profile, reports_export
from app.services.demo import DEMO_PIN
from app.store.db import make_engine
from tests.bench import shop
from tests.bench.run import BenchClock, _env, _fresh_db, _latency, _peak_rss_mib, sized_main

SEED = 8
GOAL_S = 0.5
FULL = {"products": 5_000, "members": 3_000, "sales": 730_000, "sale_lines": 2_500_000, "days": 1826}
QUICK = {"products": 300, "members": 40, "sales": 1_500, "sale_lines": 4_000, "days": 60}
WARM_RUNS = 5
TIMED = ("neraca", "phu", "trial-balance", "arus-kas", "ekuitas", "kas-harian", "penjualan")


def _months_back(today, n: int) -> list[str]:
    out, y, m = [], today.year, today.month
    for _ in range(n):
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        out.append(f"{y:04d}-{m:02d}")
    return out


def _time(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def run(params: dict, workdir: Path, *, quick: bool = False) -> dict:
    wall0 = time.perf_counter()
    path = _fresh_db(workdir, "kopdes-reports-bench.sqlite3")
    clock = BenchClock()
    ctx = open_context(str(path), clock=clock)
    try:
        shop._setup(ctx)
        with ctx.reader() as uow:
            today = profile.business_date(uow)
            ids = {u: auth.find_user(uow, u).id for u in ("kasir", "pengurus")}
        first, last = today - timedelta(days=params["days"]), today - timedelta(days=1)
        rng = random.Random(SEED)
        products = shop.make_catalogue(random.Random(SEED + 1), params["products"], 1)
        members = shop.make_members(random.Random(SEED + 2), params["members"], 1, 1, first - timedelta(days=365))
        engine = make_engine(str(ctx.uows.engine.url))
        t0 = time.perf_counter()
        try:
            load = shop.load_history(engine, rng, products, members, first, last, params["sales"],
                                     params["sale_lines"], kasir_id=ids["kasir"], pengurus_id=ids["pengurus"],
                                     progress=not quick)
        finally:
            engine.dispose()
        load["load_s"] = round(time.perf_counter() - t0, 3)
        counts = shop._counts(ctx)
    finally:
        ctx.close()

    ctx = open_context(str(path), clock=clock)  # a fresh process-like start: cold caches
    try:
        actor = auth.login(ctx.uow(), "pengurus", DEMO_PIN)
        months = _months_back(today, 3 if quick else 6)
        timings: dict[str, dict] = {}
        for name in TIMED:
            runs = []
            for month in months:
                runs.append(_time(reports_export.build, ctx.reader(), actor, name, month))
            for _ in range(WARM_RUNS):
                runs.append(_time(reports_export.build, ctx.reader(), actor, name, months[0]))
            timings[name] = _latency(runs)
        year = str(today.year - 1)
        yearly = {name: round(_time(reports_export.build, ctx.reader(), actor, name, year) * 1000, 1)
                  for name in ("neraca", "phu", "trial-balance", "arus-kas")}
        export = {fmt: round(_time(reports_export.export, ctx.reader(), actor, "neraca", months[0], fmt,
                                   workdir / f"neraca.{fmt}") * 1000, 1)
                  for fmt in ("pdf", "xlsx")}
        phu = reports_export.build(ctx.reader(), actor, "phu", months[0])
        neraca = reports_export.build(ctx.reader(), actor, "neraca", months[0])
    finally:
        ctx.close()
    worst = {name: timings[name]["max_ms"] for name in ("neraca", "phu")}
    return {
        "bench": "kopdes-reports", "quick": quick, "params": params, "env": _env(), "load": load,
        "counts": counts, "months": months, "timings_ms": timings, "yearly_ms": {year: yearly},
        "export_neraca_ms": export,
        "sample": {"month": months[0], "phu_shu_rp": phu.shu_rp, "phu_rows": len(phu.rows),
                   "neraca_total_aset_rp": neraca.total_aset_rp, "neraca_balanced": neraca.balanced},
        "goal": {"monthly_neraca_phu_le_s": GOAL_S, "worst_ms": worst,
                 "met": all(v <= GOAL_S * 1000 for v in worst.values())},
        "process": {"peak_rss_mib": _peak_rss_mib(), "wall_s": round(time.perf_counter() - wall0, 3)},
    }


def main(argv: list[str] | None = None) -> int:
    return sized_main(argv, prog="python -m tests.bench.bench_reports", doc=__doc__, full=FULL, quick=QUICK,
                      run_fn=run, temp_prefix="kopdes-reports-bench-")


if __name__ == "__main__":
    sys.exit(main())
