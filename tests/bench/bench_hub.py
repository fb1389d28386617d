"""District hub benchmark: importing N cooperatives' packages into a fresh hub.

    python -m tests.bench.bench_hub [--coops 400] [--months 1] [--engine sqlite|postgres|both]
                                    [--pg-url URL] [--workdir DIR] [--out FILE]

N outlets (each its own Ed25519 key) write a chain of `--months` monthly packages with data
files of a realistic size (a month of a busy outlet: ~800 members, ~6,000 sales rows, ~8,000
journal lines; the CSV bytes are shared, the manifest and indicators are each outlet's own).
Making the packages is not timed. On each engine, a fresh hub database: register the N keys,
then import every package through the production service (verification, chain, one
transaction each, the zip kept), timed per package; then the same packages again (the
idempotent path) and the district report (JSON, PDF, XLSX) for the last month.
PostgreSQL: a database created on --pg-url (or KOPDES_TEST_DATABASE_URL) and dropped after.
Prints one JSON object (and writes it to --out). Figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from app.bootstrap import open_hub_context
from app.domain.sync_manifest import canonical_json, sha256_hex
from app.services import hub, hub_report
from app.sync import package
from tests.conftest import FakeClock
from tests.hub_helpers import FakeOutlet, indicators

MONTHS = ("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09",
          "2026-10", "2026-11", "2026-12")


def _csvs(scale: float) -> dict[str, bytes]:
    members = ["member_key,member_no,gender,birth_year,desa,status,join_date,exit_date,name"]
    members += [f"{uuid.UUID(int=n).hex * 2},A-{n:05d},{'LP'[n % 2]},{1950 + n % 50},Sukamaju,aktif,2025-09-01,,"
                for n in range(int(800 * scale))]
    sales = ["date,sku,product,category,unit,qty_milli,member_rp,non_member_rp,total_rp"]
    sales += [f"2026-10-{1 + n % 28:02d},SKU{n % 220:05d},Produk {n % 220},sembako,pcs,{(n % 7 + 1) * 1000},"
              f"{n * 37 % 90000},{n * 11 % 40000},{n * 37 % 90000 + n * 11 % 40000}" for n in range(int(6000 * scale))]
    journal = ["journal_no,date,type,account,account_name,debit_rp,credit_rp,memo"]
    journal += [f"PJ-202610{1 + n % 28:02d}-{n:04d},2026-10-{1 + n % 28:02d},sale,{1101 + n % 3},Kas,"
                f"{n * 13 % 100000 if n % 2 else 0},{0 if n % 2 else n * 13 % 100000}," for n in range(int(8000 * scale))]
    return {"members.csv": ("\n".join(members) + "\n").encode(), "sales_daily.csv": ("\n".join(sales) + "\n").encode(),
            "journal_lines.csv": ("\n".join(journal) + "\n").encode()}


class _BenchOutlet(FakeOutlet):
    """FakeOutlet with big data files."""
    csvs: dict[str, bytes] = {}

    def package(self, period="2026-10", ind=None, **kw) -> bytes:  # type: ignore[override]
        seq = self.sequence + 1
        files = {"indicators.json": canonical_json(ind if ind is not None else indicators(period)), **self.csvs}
        m = self.manifest(files, period, seq, self.previous)
        data = package.write_package(m, files, self.key)
        self.sequence, self.previous = seq, sha256_hex(m.to_json())
        return data


def make_packages(coops: int, months: int, scale: float) -> tuple[list[_BenchOutlet], list[list[bytes]]]:
    _BenchOutlet.csvs = _csvs(scale)
    outlets, chains = [], []
    for n in range(coops):
        o = _BenchOutlet(nib=f"32{n:011d}", name=f"Kopdes Merah Putih Desa {n:03d}",
                         region={"provinsi": "Jawa Barat", "kabupaten": "Bogor", "kecamatan": f"Kecamatan {n % 40:02d}",
                                 "desa": f"Desa {n:03d}", "kode_wilayah": f"3201{n:06d}"})
        chain = [o.package(p, indicators(p, operating=n % 9 != 0, sales_rp=10_000_000 + n * 1000,
                                         members=100 + n % 50)) for p in MONTHS[len(MONTHS) - months:]]
        outlets.append(o)
        chains.append(chain)
    return outlets, chains


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def run_on(ctx, outlets, chains, workdir: Path) -> dict:
    t0 = time.perf_counter()
    for o in outlets:
        hub.register(ctx.uow(), o.nib, o.public_key, o.name)
    register_s = time.perf_counter() - t0
    per: list[float] = []
    order = [(i, k) for k in range(len(chains[0])) for i in range(len(chains))]  # month by month, like a district
    t0 = time.perf_counter()
    for i, k in order:
        t = time.perf_counter()
        r = hub.import_package(ctx.uow(), chains[i][k])
        per.append(time.perf_counter() - t)
        assert not r.already_imported
    import_s = time.perf_counter() - t0
    again: list[float] = []
    for i, k in order[: min(len(order), 200)]:
        t = time.perf_counter()
        assert hub.import_package(ctx.uow(), chains[i][k]).already_imported
        again.append(time.perf_counter() - t)
    period = package.read_package(chains[0][-1]).manifest.period_to
    t = time.perf_counter()
    report = hub_report.district_report(ctx.reader(), period)
    report_json_s = time.perf_counter() - t
    t = time.perf_counter()
    hub_report.export(ctx.reader(), period, "pdf", workdir / "district.pdf")
    report_pdf_s = time.perf_counter() - t
    t = time.perf_counter()
    hub_report.export(ctx.reader(), period, "xlsx", workdir / "district.xlsx")
    report_xlsx_s = time.perf_counter() - t
    return {"packages": len(per), "register_s": round(register_s, 3), "import_s": round(import_s, 3),
            "per_package_ms": {"mean": round(1000 * statistics.mean(per), 2),
                               "median": round(1000 * statistics.median(per), 2),
                               "p95": round(1000 * _pct(per, 0.95), 2), "max": round(1000 * max(per), 2)},
            "reimport_per_package_ms": round(1000 * statistics.mean(again), 2),
            "report": {"rows": len(report.rows), "operating": report.operating, "json_s": round(report_json_s, 3),
                       "pdf_s": round(report_pdf_s, 3), "xlsx_s": round(report_xlsx_s, 3)}}


def _pg_database(url: str):
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    base = make_url(url)
    name = f"kopdes_bench_hub_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False), drop


def run(coops: int = 400, months: int = 1, engines: tuple[str, ...] = ("sqlite",), workdir: Path | None = None,
        pg_url: str | None = None, scale: float = 1.0) -> dict:
    workdir = Path(workdir or tempfile.mkdtemp(prefix="kopdes-bench-hub-"))
    workdir.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    outlets, chains = make_packages(coops, months, scale)
    sizes = [len(c[0]) for c in chains]
    out: dict = {"coops": coops, "months": months, "package_bytes": {"mean": int(statistics.mean(sizes))},
                 "make_packages_s": round(time.perf_counter() - t, 2), "engines": {}}
    for engine in engines:
        if engine == "sqlite":
            db = workdir / f"hub-{uuid.uuid4().hex[:6]}.sqlite3"
            ctx = open_hub_context(str(db), clock=FakeClock())
            try:
                out["engines"]["sqlite"] = run_on(ctx, outlets, chains, workdir)
            finally:
                ctx.close()
            out["engines"]["sqlite"]["db_mb"] = round(db.stat().st_size / 2**20, 1)
        elif engine == "postgres":
            url = pg_url or os.environ.get("KOPDES_TEST_DATABASE_URL")
            if not url:
                out["engines"]["postgres"] = "skipped: no --pg-url or KOPDES_TEST_DATABASE_URL"
                continue
            db_url, drop = _pg_database(url)
            try:
                ctx = open_hub_context(url=db_url, clock=FakeClock())
                try:
                    out["engines"]["postgres"] = run_on(ctx, outlets, chains, workdir)
                finally:
                    ctx.close()
            finally:
                drop()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--coops", type=int, default=400)
    ap.add_argument("--months", type=int, default=1, choices=range(1, 13))
    ap.add_argument("--engine", choices=("sqlite", "postgres", "both"), default="both")
    ap.add_argument("--pg-url")
    ap.add_argument("--scale", type=float, default=1.0, help="size of the data files (1.0: a busy month)")
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--out", type=Path)
    a = ap.parse_args(argv)
    engines = ("sqlite", "postgres") if a.engine == "both" else (a.engine,)
    result = run(a.coops, a.months, engines, a.workdir, a.pg_url, a.scale)
    text = json.dumps(result, indent=2)
    print(text)
    if a.out:
        a.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
