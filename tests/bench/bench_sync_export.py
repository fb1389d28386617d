"""District export benchmark: one month's package from five years of books.

    python -m tests.bench.bench_sync_export [--quick] [--workdir DIR] [--out FILE]
                                            [--sales N] [--sale-lines N] [--days N] [--products N]
                                            [--members N]

On one fresh SQLite file: the outlet set up as the shop benchmark does (keys made at setup),
a bendahara, then the shop benchmark's five-year till history (tests/bench/shop.load_history:
members with NIKs, sales with lines, journals, day balances, receiving) loaded in bulk. Then,
with the production engine on a cold start, `sync_export.export_package` for the last full
month (the first export, a new package), the same month again (unchanged books: the same
package), and `verify_file` on the written zip. Goal: exporting a month <= 5 s, reported,
never asserted. Prints one JSON object (and writes it to --out).
"""

from __future__ import annotations

import random
import sys
import time
from datetime import timedelta
from pathlib import Path

from app.bootstrap import open_context
from app.services import auth, profile, sync_export
from app.services.demo import DEMO_PIN
from app.store.db import make_engine
from tests.bench import shop
from tests.bench.run import BenchClock, _env, _fresh_db, _peak_rss_mib, sized_main

SEED = 9
GOAL_S = 5.0
FULL = {"products": 5_000, "members": 3_000, "sales": 730_000, "sale_lines": 2_500_000, "days": 1826}
QUICK = {"products": 300, "members": 40, "sales": 1_500, "sale_lines": 4_000, "days": 60}


def _timed(fn, *args, **kw):
    t0 = time.perf_counter()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t0


def run(params: dict, workdir: Path, *, quick: bool = False) -> dict:
    wall0 = time.perf_counter()
    path = _fresh_db(workdir, "kopdes-sync-bench.sqlite3")
    clock = BenchClock()
    ctx = open_context(str(path), clock=clock)
    try:
        shop._setup(ctx)
        with ctx.uow() as uow:
            auth.add_user_in(uow, "admin", "bendahara", "Dewi Lestari", DEMO_PIN, ["bendahara"])
            uow.commit()
        with ctx.reader() as uow:
            today = profile.business_date(uow)
            ids = {u: auth.find_user(uow, u).id for u in ("kasir", "pengurus")}
        first, last = today - timedelta(days=params["days"]), today - timedelta(days=1)
        products = shop.make_catalogue(random.Random(SEED + 1), params["products"], 1)
        members = shop.make_members(random.Random(SEED + 2), params["members"], 1, 1, first - timedelta(days=365))
        engine = make_engine(str(ctx.uows.engine.url))
        t0 = time.perf_counter()
        try:
            load = shop.load_history(engine, random.Random(SEED), products, members, first, last, params["sales"],
                                     params["sale_lines"], kasir_id=ids["kasir"], pengurus_id=ids["pengurus"],
                                     progress=not quick)
        finally:
            engine.dispose()
        load["load_s"] = round(time.perf_counter() - t0, 3)
        counts = shop._counts(ctx)
    finally:
        ctx.close()

    month = f"{(today.replace(day=1) - timedelta(days=1)):%Y-%m}"
    out = workdir / "usb"
    out.mkdir(exist_ok=True)
    ctx = open_context(str(path), clock=clock)  # a fresh process-like start: cold caches
    try:
        actor = auth.login(ctx.uow(), "bendahara", DEMO_PIN)
        made, first_s = _timed(sync_export.export_package, ctx.uow(), actor, month, out)
        again, again_s = _timed(sync_export.export_package, ctx.uow(), actor, month, out)
        checked, verify_s = _timed(sync_export.verify_file, ctx.reader(), actor, made.path)
    finally:
        ctx.close()
    return {
        "bench": "kopdes-sync-export", "quick": quick, "params": params, "env": _env(), "load": load,
        "counts": counts, "month": month,
        "timings_s": {"export": round(first_s, 3), "re_export_same": round(again_s, 3), "verify": round(verify_s, 3)},
        "package": {"file": made.path.name, "bytes": made.size, "sequence": made.export.sequence,
                    "counts": made.export.counts, "same_bytes_again": again.data == made.data and again.reused,
                    "verified": checked.manifest_sha256 == made.export.manifest_sha256},
        "goal": {"export_month_le_s": GOAL_S, "export_s": round(first_s, 3), "met": first_s <= GOAL_S},
        "process": {"peak_rss_mib": _peak_rss_mib(), "wall_s": round(time.perf_counter() - wall0, 3)},
    }


def main(argv: list[str] | None = None) -> int:
    return sized_main(argv, prog="python -m tests.bench.bench_sync_export", doc=__doc__, full=FULL, quick=QUICK,
                      run_fn=run, temp_prefix="kopdes-sync-bench-")


if __name__ == "__main__":
    sys.exit(main())
