"""`kopdes loan …`: loans. `loan schedule` is a pure calculator (no database needed)."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal

from app.cli.io import Refused, emit_json, parse_date, say
from app.domain.fmt import day, parse_rupiah, rupiah
from app.domain.loan_schedule import METHOD_LABELS, build_schedule, monthly_rate, parse_method

RAW = argparse.RawDescriptionHelpFormatter
SCHEDULE_HELP = """Jadwal angsuran pinjaman (kalkulator; tanpa database).

Metode: flat (bunga dari pokok awal), anuitas (angsuran tetap, bunga dari sisa pokok),
menurun (pokok tetap, bunga dari sisa pokok). Bunga dibulatkan ke rupiah per angsuran;
angsuran dibulatkan ke --round-to (bawaan 1 rupiah, ke atas bila lebih dari 1); angsuran
terakhir menyerap sisa pembulatan. Suku bunga efektif = 12 x IRR bulanan (persen per tahun).

JSON: {"principal_rp", "term", "method", "monthly_rate_pct", "installments": [{"no", "due_date",
       "principal_rp", "interest_rp", "installment_rp", "balance_rp"}], "total_interest_rp",
       "total_rp", "effective_annual_rate"}   (effective_annual_rate dalam persen, mis. 30.03)"""


def _no_context(_args) -> bool:
    return False


def register(sub, common) -> None:
    g = sub.add_parser("loan", parents=[common], help="pinjaman anggota: jadwal angsuran",
                       description="Pinjaman anggota.").add_subparsers(dest="loan_cmd", metavar="AKSI", required=True)
    p = g.add_parser("schedule", parents=[common], help="hitung jadwal angsuran (tanpa database)",
                     description=SCHEDULE_HELP, formatter_class=RAW)
    p.add_argument("--principal", required=True, metavar="RP", help="pokok pinjaman, mis. 5000000 atau 5.000.000")
    p.add_argument("--term", required=True, metavar="BULAN", help="jangka waktu dalam bulan")
    rate = p.add_mutually_exclusive_group(required=True)
    rate.add_argument("--monthly-rate", metavar="PERSEN", help="bunga per bulan, mis. 1.5")
    rate.add_argument("--annual-rate", metavar="PERSEN", help="bunga per tahun, mis. 18")
    p.add_argument("--method", required=True, metavar="flat|anuitas|menurun")
    p.add_argument("--start", metavar="TTTT-BB-HH", help="tanggal pencairan (bawaan hari ini)")
    p.add_argument("--round-to", default="1", metavar="RP", help="bulatkan angsuran ke kelipatan ini (mis. 100, 1000)")
    p.set_defaults(handler=loan_schedule, needs_context=_no_context)


def _whole(text: str, label: str) -> int:
    try:
        value = parse_rupiah(text)
    except ValueError:
        raise Refused(f"{label} harus bilangan bulat, bukan {text!r}.") from None
    return value


def loan_schedule(args, _ctx) -> int:
    schedule = build_schedule(
        _whole(args.principal, "Pokok pinjaman"), _whole(args.term, "Jangka waktu"),
        monthly_rate(monthly_pct=args.monthly_rate, annual_pct=args.annual_rate), parse_method(args.method),
        parse_date(args.start) if args.start else date.today(), round_to=_whole(args.round_to, "Pembulatan"))
    rows = schedule.installments
    if args.json:
        emit_json({
            "principal_rp": schedule.principal_rp, "term": schedule.term, "method": schedule.method.value,
            "monthly_rate_pct": float(schedule.monthly_rate * 100),
            "installments": [{"no": i.no, "due_date": i.due_date, "principal_rp": i.principal_rp,
                              "interest_rp": i.interest_rp, "installment_rp": i.installment_rp,
                              "balance_rp": i.balance_rp} for i in rows],
            "total_interest_rp": schedule.total_interest_rp, "total_rp": schedule.total_rp,
            "effective_annual_rate": float(schedule.effective_annual_rate)})
        return 0
    pct = format((schedule.monthly_rate * 100).quantize(Decimal("0.0001")).normalize(), "f").replace(".", ",")
    say(f"Pinjaman {rupiah(schedule.principal_rp)}, {schedule.term} bulan, {METHOD_LABELS[schedule.method]}, "
        f"bunga {pct}% per bulan")
    say(f"{'Ke':>3}  {'Jatuh tempo':<12} {'Pokok':>14} {'Bunga':>12} {'Angsuran':>14} {'Sisa pokok':>15}")
    for i in rows:
        say(f"{i.no:>3}  {day(i.due_date):<12} {rupiah(i.principal_rp):>14} {rupiah(i.interest_rp):>12} "
            f"{rupiah(i.installment_rp):>14} {rupiah(i.balance_rp):>15}")
    effective = str(schedule.effective_annual_rate).replace(".", ",")
    say(f"Total bunga {rupiah(schedule.total_interest_rp)}; total dibayar {rupiah(schedule.total_rp)}; "
        f"suku bunga efektif {effective}% per tahun")
    return 0
