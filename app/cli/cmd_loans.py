"""`kopdes loan …`: member loans.

- `loan schedule`: the pure calculator (no database needed).
- A loan's life (apply, approve, reject, disburse, pay, settle, reschedule, write-off,
  recover): `cmd_loans_admin`, registered into this group.
- Reading here: list, show, aging, nominatif and arrears (PDF/XLSX or JSON), the loan
  card (PDF), and loan products (list, show, save from a JSON file).

Exit codes: 0 ok; 2 refused (the reason on stderr, nothing written); 1 unexpected.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.cli import cmd_loans_admin as admin
from app.cli.io import Refused, acting_user, emit_json, parse_date, read_json_file, reader, say
from app.domain.fmt import day, parse_rupiah, rupiah
from app.domain.loan_schedule import METHOD_LABELS, build_schedule, monthly_rate, parse_method
from app.services import loan_documents, loan_products, loan_reports, loans

RAW = argparse.RawDescriptionHelpFormatter
GROUP_HELP = """Pinjaman anggota: kalkulator jadwal, pengajuan sampai pelunasan, laporan dan dokumen.

Perintah yang mengubah data perlu --user (PIN dari KOPDES_PIN atau ditanya); list, show, aging,
nominatif, arrears, card, product list/show, pay --preview dan settle --quote hanya membaca.
Jumlah dalam rupiah bulat (250000, 250.000, Rp250.000); pecahan, negatif dan nol ditolak.
Kode keluar: 0 berhasil; 2 ditolak (alasan di stderr, tidak ada yang ditulis); 1 kesalahan tak terduga."""
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
    g = sub.add_parser("loan", parents=[common], help="pinjaman anggota: jadwal, pengajuan, angsuran, laporan",
                       description=GROUP_HELP, formatter_class=RAW).add_subparsers(
        dest="loan_cmd", metavar="AKSI", required=True)
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
    admin.register_into(g, common)
    _register_reading(g, common)


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


# ---------------------------------------------------------------- reading: help texts

LIST_HELP = """Daftar pinjaman, terbaru dahulu; --status dan --member menyaring.

JSON: [{"number", "member_no", "member_name", "product_code", "principal_rp", "term", "status",
        "status_label", "applied_on", "disbursed_on", "outstanding_rp"}]"""
SHOW_HELP = f"""Satu pinjaman: syarat, jadwal angsuran dengan yang sudah dibayar dan statusnya, hari
terlambat, kolektibilitas dan suku bunga efektif per --as-of (bawaan hari ini), dan pembayarannya.

JSON: pinjaman {admin.LOAN_KEYS}
ditambah "payments": [{{"number", "business_date", "kind", "method", "amount_rp", "principal_rp",
 "interest_rp", "penalty_rp", "user"}}]

{admin.LOAN_NOTE}"""
AGING_HELP = """Umur pinjaman berjalan per --as-of (bawaan hari ini): hari terlambat, kolektibilitas, PPAP,
rasio NPL (Kurang Lancar, Diragukan, Macet dibagi sisa pokok) dan kesehatannya (sehat <= 5%,
tidak sehat > 15%). Dihitung dari pembayaran yang tercatat sekarang.

JSON: {"as_of", "loans": [{"number", "member_no", "outstanding_rp", "arrears_rp", "days_past_due",
       "kolektibilitas", "provision_rp"}], "by_bucket": [{"code", "name", "days", "loans",
       "outstanding_rp", "provision_rp"}], "outstanding_rp", "npl_rp", "npl_ratio_pct", "health",
       "provision_rp"}"""
PORTFOLIO_ROW = """{"number", "member_no", "member_name", "phone", "product_code", "disbursed_on",
  "principal_rp", "outstanding_rp", "arrears_rp", "penalty_due_rp", "days_past_due",
  "kolektibilitas", "provision_rp"}"""
NOMINATIF_HELP = f"""Daftar Nominatif Pinjaman per --as-of: semua pinjaman berjalan dengan kolektibilitas, sisa
pokok, tunggakan, hari terlambat dan PPAP; jumlah per kolektibilitas, rasio NPL dan kesehatan.
--out FILE.pdf (A4 mendatar) atau FILE.xlsx; tanpa --out, --json mencetak datanya.
Perlu hak melihat laporan (pengurus, bendahara, pengawas).

JSON (tanpa --out): {{"as_of", "loans": [{PORTFOLIO_ROW}], "by_bucket": [...], "outstanding_rp",
 "npl_rp", "npl_ratio_pct", "health", "provision_rp"}}
JSON (dengan --out): {{"as_of", "path", "format", "loans"}} (loans = banyaknya baris)"""
ARREARS_HELP = f"""Daftar Tunggakan per --as-of: pinjaman yang menunggak, terlama dahulu, dengan telepon
anggota, tunggakan pokok+bunga, denda dan jumlah yang harus dibayar. --out FILE.pdf atau FILE.xlsx;
tanpa --out, --json mencetak datanya.

JSON (tanpa --out): {{"as_of", "loans": [{PORTFOLIO_ROW}], "arrears_rp", "penalty_due_rp",
 "outstanding_rp"}}
JSON (dengan --out): {{"as_of", "path", "format", "loans"}}"""
CARD_HELP = """Kartu Pinjaman (PDF A4): anggota, syarat (bunga per bulan dan suku bunga efektif per tahun),
jadwal angsuran dengan yang sudah dibayar, pembayaran, dan tempat tanda tangan.

JSON: {"number", "path", "as_of"}"""
PRODUCT_HELP = """Produk pinjaman: list, show KODE, save --file produk.json (perlu pengurus, --user).

Berkas JSON produk: {"code", "name", "min_amount_rp", "max_amount_rp", "min_term", "max_term",
 "rate_pct", "rate_period" (bulan|tahun), "method" (flat|anuitas|menurun), "fee_kind"
 (none|percent|fixed), "fee_value", "fee_mode" (potong|bayar), "penalty": {"kind"
 (none|percent_month|fixed_day), "percent_per_month", "fixed_per_day_rp", "grace_days"},
 "allocation_order", "round_to", "prepay_rule" (kurangi_tenor|kurangi_angsuran), "early_interest"
 (tanpa|bulan_berjalan|sisa), "savings_multiple", "max_open_loans", "active"}
Yang tidak disebut memakai nilai bawaan. Pinjaman berjalan tetap memakai syarat saat diajukan.

JSON keluaran: produk dengan semua kolom di atas (persen sebagai teks, mis. "1.5")."""


def _register_reading(g, common) -> None:
    p = g.add_parser("list", parents=[common], help="daftar pinjaman", description=LIST_HELP, formatter_class=RAW)
    p.add_argument("--status", choices=tuple(loans.STATUS_LABELS), help="diajukan, disetujui, cair, lunas, …")
    p.add_argument("--member", metavar="NO", help="nomor anggota")
    p.add_argument("--limit", type=int, default=500)
    p.set_defaults(handler=loan_list)

    p = g.add_parser("show", parents=[common], help="satu pinjaman dengan jadwal dan pembayarannya",
                     description=SHOW_HELP, formatter_class=RAW)
    p.add_argument("number", metavar="NO")
    p.add_argument("--as-of", metavar="TTTT-BB-HH", help="tanggal keadaan (bawaan hari ini)")
    p.set_defaults(handler=loan_show)

    p = g.add_parser("aging", parents=[common], help="umur pinjaman, kolektibilitas, NPL", description=AGING_HELP,
                     formatter_class=RAW)
    p.add_argument("--as-of", metavar="TTTT-BB-HH")
    p.set_defaults(handler=loan_aging)

    for name, handler, helptext, desc in (
            ("nominatif", loan_nominatif, "Daftar Nominatif Pinjaman (PDF/XLSX)", NOMINATIF_HELP),
            ("arrears", loan_arrears, "Daftar Tunggakan (PDF/XLSX)", ARREARS_HELP)):
        p = g.add_parser(name, parents=[common], help=helptext, description=desc, formatter_class=RAW)
        p.add_argument("--as-of", metavar="TTTT-BB-HH")
        p.add_argument("--out", metavar="FILE.pdf|FILE.xlsx")
        p.set_defaults(handler=handler)

    p = g.add_parser("card", parents=[common], help="Kartu Pinjaman (PDF)", description=CARD_HELP,
                     formatter_class=RAW)
    p.add_argument("number", metavar="NO")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--as-of", metavar="TTTT-BB-HH")
    p.set_defaults(handler=loan_card)

    prod = g.add_parser("product", parents=[common], help="produk pinjaman: list, show, save",
                        description=PRODUCT_HELP, formatter_class=RAW).add_subparsers(
        dest="product_cmd", metavar="AKSI", required=True)
    p = prod.add_parser("list", parents=[common], help="daftar produk pinjaman")
    p.add_argument("--active", action="store_true", help="hanya produk aktif")
    p.set_defaults(handler=product_list)
    p = prod.add_parser("show", parents=[common], help="satu produk")
    p.add_argument("code", metavar="KODE")
    p.set_defaults(handler=product_show)
    p = prod.add_parser("save", parents=[common], help="tambah atau ubah produk dari berkas JSON",
                        description=PRODUCT_HELP, formatter_class=RAW)
    p.add_argument("--file", required=True, metavar="produk.json")
    p.set_defaults(handler=product_save)


def _as_of(args) -> date | None:
    return parse_date(args.as_of) if getattr(args, "as_of", None) else None


# ---------------------------------------------------------------- list, show, aging

def loan_list(args, ctx) -> int:
    if args.limit <= 0:
        raise Refused("--limit harus lebih dari nol.")
    rows = loans.list_loans(ctx.reader(), reader(ctx, args.user), status=args.status, member_no=args.member,
                            limit=args.limit)
    if args.json:
        emit_json([{"number": r.number, "member_no": r.member_no, "member_name": r.member_name,
                    "product_code": r.product_code, "principal_rp": r.principal_rp, "term": r.term,
                    "status": r.status, "status_label": r.status_label, "applied_on": r.applied_on,
                    "disbursed_on": r.disbursed_on, "outstanding_rp": r.outstanding_rp} for r in rows])
        return 0
    if not rows:
        say("Belum ada pinjaman." if not (args.status or args.member) else "Tidak ada pinjaman yang cocok.")
        return 0
    for r in rows:
        say(f"{r.number:<18} {r.member_no:<10} {r.member_name[:28]:<28} {r.product_code:<10} "
            f"{rupiah(r.principal_rp):>14} {r.term:>3} bln  {r.status_label:<17} sisa {rupiah(r.outstanding_rp):>14}")
    return 0


def payment_row_json(x) -> dict:
    return {"number": x.number, "business_date": x.business_date, "kind": x.kind, "method": x.method,
            "amount_rp": x.amount_rp, "principal_rp": x.principal_rp, "interest_rp": x.interest_rp,
            "penalty_rp": x.penalty_rp, "user": x.user}


def loan_show(args, ctx) -> int:
    actor = reader(ctx, args.user)
    info = loans.get_loan(ctx.reader(), actor, args.number, as_of=_as_of(args))
    paid = loan_documents.payments(ctx.reader(), actor, info.number)
    if args.json:
        emit_json({**admin.loan_json(info), "payments": [payment_row_json(x) for x in paid]})
        return 0
    admin.say_loan(info)
    rows = loan_documents.card_installments(info)
    say(("Rencana jadwal (bila dicairkan hari ini):" if not info.installments else "Jadwal angsuran:"))
    say(f"{'Ke':>3}  {'Jatuh tempo':<12} {'Pokok':>13} {'Bunga':>11} {'Angsuran':>13} {'Sisa pokok':>14} "
        f"{'Dibayar':>13}  Status")
    for i in rows:
        say(f"{i.no:>3}  {day(i.due_date):<12} {rupiah(i.principal_rp):>13} {rupiah(i.interest_rp):>11} "
            f"{rupiah(i.installment_rp):>13} {rupiah(i.balance_rp):>14} {rupiah(i.paid_rp):>13}  {i.status_label}")
    if paid:
        say("Pembayaran:")
        for x in paid:
            say(f"  {day(x.business_date):<12} {x.number:<18} {x.kind_label:<20} {rupiah(x.amount_rp):>13} "
                f"(pokok {rupiah(x.principal_rp)}, bunga {rupiah(x.interest_rp)}, denda {rupiah(x.penalty_rp)})")
    return 0


def _bucket_days(b) -> str:
    if b.max_days is None:
        return f"> {b.min_days - 1}"
    return str(b.min_days) if b.min_days == b.max_days else f"{b.min_days}-{b.max_days}"


def loan_aging(args, ctx) -> int:
    report = loan_reports.aging(ctx.reader(), reader(ctx, args.user), _as_of(args))
    buckets = [{"code": b.code, "name": b.name, "days": _bucket_days(b), "loans": count, "outstanding_rp": total,
                "provision_rp": sum(r.provision_rp for r in report.rows if r.bucket.code == b.code)}
               for b, count, total in report.by_bucket()]
    if args.json:
        emit_json({"as_of": report.as_of,
                   "loans": [{"number": r.number, "member_no": r.member_no, "outstanding_rp": r.outstanding_rp,
                              "arrears_rp": r.arrears_rp, "days_past_due": r.days_past_due,
                              "kolektibilitas": r.bucket.name, "provision_rp": r.provision_rp} for r in report.rows],
                   "by_bucket": buckets, "outstanding_rp": report.outstanding_rp, "npl_rp": report.npl_rp,
                   "npl_ratio_pct": report.npl_ratio_pct, "health": report.health,
                   "provision_rp": report.provision_rp})
        return 0
    say(f"Umur pinjaman per {day(report.as_of)}: {len(report.rows)} pinjaman berjalan, sisa pokok "
        f"{rupiah(report.outstanding_rp)}")
    for r in report.rows:
        say(f"  {r.number:<18} {r.member_no:<10} {r.member_name[:26]:<26} sisa {rupiah(r.outstanding_rp):>13} "
            f"tunggak {rupiah(r.arrears_rp):>12} {r.days_past_due:>4} hr  {r.bucket.name:<23} "
            f"PPAP {rupiah(r.provision_rp):>11}")
    for b in buckets:
        say(f"  {b['code']} {b['name']:<24} {b['loans']:>4} pinjaman  {rupiah(b['outstanding_rp']):>15}  "
            f"PPAP {rupiah(b['provision_rp']):>13}")
    ratio = f"{report.npl_ratio_pct:.2f}".replace(".", ",")
    say(f"NPL {rupiah(report.npl_rp)} = {ratio}% ({report.health}); PPAP {rupiah(report.provision_rp)}")
    return 0


# ---------------------------------------------------------------- nominatif, arrears, card

def _portfolio_row_json(r) -> dict:
    return {"number": r.number, "member_no": r.member_no, "member_name": r.member_name, "phone": r.phone,
            "product_code": r.product_code, "disbursed_on": r.disbursed_on, "principal_rp": r.principal_rp,
            "outstanding_rp": r.outstanding_rp, "arrears_rp": r.arrears_rp, "penalty_due_rp": r.penalty_due_rp,
            "days_past_due": r.days_past_due, "kolektibilitas": r.bucket_name, "provision_rp": r.provision_rp}


def _out_format(out: str) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise Refused(f"--out harus berakhiran .pdf atau .xlsx, bukan {Path(out).name!r}.")
    return suffix[1:]


def _portfolio_command(args, ctx, *, arrears: bool) -> int:
    what = "Daftar Tunggakan" if arrears else "Daftar Nominatif Pinjaman"
    actor = reader(ctx, args.user)
    as_of = _as_of(args)
    if args.out:
        write = loan_documents.tunggakan if arrears else loan_documents.nominatif
        r = write(ctx.reader(), actor, as_of, Path(args.out), _out_format(args.out))
        if args.json:
            emit_json({"as_of": r.as_of, "path": r.path, "format": r.format, "loans": r.loans})
        else:
            say(f"{what} per {day(r.as_of)} ({r.loans} pinjaman) ditulis ke {r.path}.")
        return 0
    d = loan_documents.portfolio(ctx.reader(), actor, as_of, arrears_only=arrears)
    if args.json:
        body = {"as_of": d.as_of, "loans": [_portfolio_row_json(r) for r in d.rows]}
        if arrears:
            body.update(arrears_rp=d.rows_arrears_rp, penalty_due_rp=d.rows_penalty_rp,
                        outstanding_rp=d.rows_outstanding_rp)
        else:
            body.update(by_bucket=[{"code": b.code, "name": b.name, "days": b.days, "loans": b.loans,
                                    "outstanding_rp": b.outstanding_rp, "provision_rp": b.provision_rp}
                                   for b in d.buckets],
                        outstanding_rp=d.outstanding_rp, npl_rp=d.npl_rp, npl_ratio_pct=float(d.npl_ratio_pct),
                        health=d.health, provision_rp=d.provision_rp)
        emit_json(body)
        return 0
    say(f"{what} per {day(d.as_of)}: {len(d.rows)} pinjaman")
    for r in d.rows:
        say(f"  {r.number:<18} {r.member_no:<10} {r.member_name[:26]:<26} sisa {rupiah(r.outstanding_rp):>13} "
            f"tunggak {rupiah(r.arrears_rp):>12} denda {rupiah(r.penalty_due_rp):>10} {r.days_past_due:>4} hr  "
            f"{r.bucket_name}")
    say("Tulis ke berkas dengan --out FILE.pdf atau FILE.xlsx.")
    return 0


def loan_nominatif(args, ctx) -> int:
    return _portfolio_command(args, ctx, arrears=False)


def loan_arrears(args, ctx) -> int:
    return _portfolio_command(args, ctx, arrears=True)


def loan_card(args, ctx) -> int:
    if Path(args.out).suffix.lower() != ".pdf":
        raise Refused(f"--out harus berkas .pdf, bukan {Path(args.out).name!r}.")
    actor = reader(ctx, args.user)
    as_of = _as_of(args)
    path = loan_documents.loan_card_pdf(ctx.reader(), actor, args.number, Path(args.out), as_of=as_of)
    number = args.number.strip().upper()
    if args.json:
        emit_json({"number": number, "path": path, "as_of": as_of})
        return 0
    say(f"Kartu pinjaman {number} ditulis ke {path}.")
    return 0


# ---------------------------------------------------------------- products

def _product_line(p) -> str:
    rate = f"{p.rate_pct}".replace(".", ",")
    state = "" if p.active else "  (tidak aktif)"
    return (f"{p.code:<12} {p.name[:30]:<30} {rate}%/{p.rate_period} {p.method.value:<8} "
            f"{rupiah(p.min_amount_rp)}-{rupiah(p.max_amount_rp)}, {p.min_term}-{p.max_term} bln{state}")


def product_list(args, ctx) -> int:
    rows = loan_products.list_products(ctx.reader(), reader(ctx, args.user), active_only=args.active)
    if args.json:
        emit_json([p.to_dict() for p in rows])
        return 0
    if not rows:
        say("Belum ada produk pinjaman. Tambahkan dengan `kopdes loan product save --file produk.json`.")
    for p in rows:
        say(_product_line(p))
    return 0


def product_show(args, ctx) -> int:
    p = loan_products.get_product(ctx.reader(), reader(ctx, args.user), args.code)
    if args.json:
        emit_json(p.to_dict())
        return 0
    say(_product_line(p))
    for key, value in p.to_dict().items():
        if key not in ("code", "name"):
            say(f"  {key:<18} {value}")
    return 0


def product_save(args, ctx) -> int:
    values = read_json_file(args.file)
    if not isinstance(values, dict):
        raise Refused(f"Berkas {args.file} harus berisi satu objek JSON produk ({{\"code\": …, \"name\": …}}).")
    actor = acting_user(ctx, args.user)
    p = loan_products.save_product(ctx.uow(), actor, values)
    if args.json:
        emit_json(p.to_dict())
        return 0
    say("Produk pinjaman disimpan:")
    say(_product_line(p))
    return 0

