"""kopdes product ... | shift ... | sell | sale ... | lpg logbook  (the cashier's command line)

The till is KOPDES_TILL or KASIR-1 unless --till says otherwise. An approver
(--approver NAME, a pengurus) gives their PIN in KOPDES_APPROVER_PIN or at a prompt.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from app.cli.io import Refused, acting_user, emit_json, parse_date, read_secret, reader, say, uuid_arg
from app.domain.auth import Actor, Permission
from app.domain.catalogue import format_qty, parse_qty
from app.domain.clock import zone
from app.domain.errors import DomainError
from app.domain.fmt import local_datetime, parse_rupiah, rupiah
from app.domain.nik import mask_nik
from app.domain.sale import BUYER_TYPE_LABELS, PaymentDraft
from app.services import auth, catalogue, lpg, product_io, profile, returns, sales, shifts

IMPORT_HELP = """Impor barang dari CSV (UTF-8, pemisah , atau ;) atau XLSX (lembar pertama).
Baris 1 berisi judul kolom:
  sku, barcode, name, category, unit, price_rp, member_price_rp, het_rp,
  subsidized, deposit_rp, min_stock, negative_stock, active
(atau: kode, barcode, nama, kategori, satuan, harga_jual, harga_anggota, het,
 subsidi, deposit, stok_minimum, stok_minus, aktif).
Hanya kolom sku yang wajib; SKU baru perlu nama, satuan, dan harga jual. Kolom
yang tidak ada = nilai barang tetap; sel kosong = tidak ada (harga anggota, HET,
barcode) atau bawaan. Beberapa barcode dipisah | atau ;. Ya/tidak untuk subsidi
dan aktif; refuse/warn (tolak/boleh) untuk stok minus.
Satu baris salah = seluruh berkas ditolak dengan daftar masalah per baris."""
ITEM_HELP = "BARCODE atau SKU, dengan jumlah: 8993100000006, 8993100000006x2, IN-BRS-CURAHx2,5 (atau *2)"


def register(sub, common) -> None:
    g = sub.add_parser("product", parents=[common], help="katalog barang").add_subparsers(
        dest="product_cmd", metavar="AKSI", required=True)
    p = g.add_parser("list", parents=[common], help="daftar barang dengan stok")
    p.add_argument("--search", default="", help="cari di nama, SKU, kategori")
    p.add_argument("--category", default="")
    p.add_argument("--all", action="store_true", help="termasuk barang nonaktif")
    p.add_argument("--low", action="store_true", help="hanya yang stoknya di bawah minimum")
    p.set_defaults(handler=product_list)
    p = g.add_parser("import", parents=[common], help="impor barang dari CSV/XLSX (semua atau tidak sama sekali)",
                     description=IMPORT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan")
    p.set_defaults(handler=product_import)
    p = g.add_parser("export", parents=[common], help="ekspor semua barang ke .csv atau .xlsx")
    p.add_argument("file")
    p.set_defaults(handler=product_export)

    g = sub.add_parser("shift", parents=[common], help="shift kasir").add_subparsers(
        dest="shift_cmd", metavar="AKSI", required=True)
    p = g.add_parser("open", parents=[common], help="buka shift dengan modal awal laci")
    p.add_argument("--float", required=True, dest="float_rp", metavar="RP")
    p.add_argument("--till", help="nama kasir/laci (bawaan KOPDES_TILL atau KASIR-1)")
    p.add_argument("--id", metavar="UUID")
    p.set_defaults(handler=shift_open)
    p = g.add_parser("close", parents=[common], help="tutup shift: hitungan kas buta, lalu laporan Z")
    p.add_argument("--counted", required=True, metavar="RP", help="uang di laci hasil hitung")
    p.add_argument("--till")
    p.add_argument("--approver", metavar="NAMA", help="pengurus yang menyetujui selisih (PIN: KOPDES_APPROVER_PIN)")
    p.set_defaults(handler=shift_close)
    p = g.add_parser("report", parents=[common], help="laporan X shift terbuka, atau --number untuk shift lain")
    p.add_argument("--till")
    p.add_argument("--number", metavar="SF-…")
    p.set_defaults(handler=shift_report)

    p = sub.add_parser("sell", parents=[common], help="catat penjualan")
    p.add_argument("--item", action="append", required=True, metavar="BARCODE[xJUMLAH]", help=ITEM_HELP)
    p.add_argument("--pay", action="append", required=True, metavar="CARA=RP",
                   help="cash=50000, credit=25000, qris=25000 (QRIS menunggu konfirmasi: kopdes qris confirm)")
    p.add_argument("--member", metavar="NO", help="nomor anggota (harga anggota; wajib untuk kasbon)")
    p.add_argument("--buyer-nik", metavar="NIK", help="NIK pembeli barang bersubsidi (LPG 3 kg)")
    p.add_argument("--buyer-type", metavar="JENIS", help="rumah_tangga, usaha_mikro, atau pengecer")
    p.add_argument("--buyer-name", default="", metavar="NAMA")
    p.add_argument("--at", metavar="WAKTU", help="penjualan susulan (pengurus): 2026-11-22T14:30, zona gerai")
    p.add_argument("--till")
    p.add_argument("--id", metavar="UUID", help="ID penjualan dari klien (mengulang = penjualan pertama)")
    p.set_defaults(handler=sell)

    g = sub.add_parser("sale", parents=[common], help="penjualan: daftar, rincian, retur, batal").add_subparsers(
        dest="sale_cmd", metavar="AKSI", required=True)
    p = g.add_parser("list", parents=[common])
    p.add_argument("--date", metavar="TANGGAL", help="tanggal usaha (TTTT-BB-HH)")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(handler=sale_list)
    p = g.add_parser("show", parents=[common])
    p.add_argument("number")
    p.set_defaults(handler=sale_show)
    p = g.add_parser("return", parents=[common], help="retur sebagian barang (pengurus, atau --approver)")
    p.add_argument("number")
    p.add_argument("--item", action="append", required=True, metavar="BARCODE[xJUMLAH]", help=ITEM_HELP)
    p.add_argument("--reason", required=True)
    p.add_argument("--refund", choices=("cash", "credit"), default="cash")
    p.add_argument("--approver", metavar="NAMA")
    p.add_argument("--till")
    p.add_argument("--id", metavar="UUID")
    p.set_defaults(handler=sale_return)
    p = g.add_parser("void", parents=[common], help="batalkan penjualan shift terbuka (pengurus, atau --approver)")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.add_argument("--approver", metavar="NAMA")
    p.add_argument("--id", metavar="UUID")
    p.set_defaults(handler=sale_void)

    g = sub.add_parser("lpg", parents=[common], help="LPG 3 kg").add_subparsers(
        dest="lpg_cmd", metavar="AKSI", required=True)
    p = g.add_parser("logbook", parents=[common], help="logbook harian LPG (pengurus/pengawas)")
    p.add_argument("--date", metavar="TANGGAL", help="bawaan: hari ini")
    p.add_argument("--csv", metavar="BERKAS", help="tulis CSV dengan NIK lengkap untuk aplikasi merchant Pertamina")
    p.set_defaults(handler=lpg_logbook)


# ---------------------------------------------------------------- parsing

def _till(args) -> str:
    return (args.till or os.environ.get("KOPDES_TILL") or "KASIR-1").strip().upper()


def _rp(text: str, what: str) -> int:
    try:
        value = parse_rupiah(text)
    except ValueError:
        raise Refused(f"{what} harus rupiah bulat (mis. 200000 atau 200.000), bukan {text!r}.") from None
    if value < 0:
        raise Refused(f"{what} tidak boleh negatif.")
    return value


_ITEM = re.compile(r"^(?P<code>.+?)(?:(?:x|\*|(?<=\d)X)(?P<qty>\d+(?:[.,]\d+)?))?$")


def parse_item(text: str) -> tuple[str, int]:
    """'8993100000006x2' -> ('8993100000006', 2000); 'IN-BRS-CURAH*1,5' -> (..., 1500); no quantity = 1."""
    m = _ITEM.match(text.strip())
    if not m or not m.group("code").strip():
        raise Refused(f"--item {text!r}: tulis BARCODE atau BARCODExJUMLAH.")
    try:
        qty = parse_qty(m.group("qty"), decimal_allowed=True) if m.group("qty") else 1000
    except DomainError as exc:
        raise Refused(f"--item {text!r}: {exc.message}") from None
    return m.group("code").strip(), qty


def _payments(values: list[str]) -> tuple[PaymentDraft, ...]:
    out = []
    for text in values:
        method, sep, amount = text.partition("=")
        if not sep or not method.strip():
            raise Refused(f"--pay {text!r}: tulis CARA=RP, mis. cash=50000 atau credit=25000.")
        out.append(PaymentDraft(method.strip().lower(), _rp(amount, f"--pay {method.strip()}")))
    return tuple(out)


def _at(ctx, text: str | None) -> datetime | None:
    """ISO date-time; without a zone it is the outlet's local time (WIB/WITA/WIT)."""
    if not text:
        return None
    try:
        at = datetime.fromisoformat(text.strip())
    except ValueError:
        raise Refused(f"--at harus tanggal dan jam, mis. 2026-11-22T14:30, bukan {text!r}.") from None
    if at.tzinfo is None:
        p = profile.get(ctx.reader())
        at = at.replace(tzinfo=zone(p.timezone if p else "WIB").tzinfo)
    return at.astimezone(timezone.utc)


def _approver(ctx, actor: Actor, name: str | None, permission: Permission, reason: str) -> Actor | None:
    if not name:
        return None
    secret = read_secret("KOPDES_APPROVER_PIN", f"PIN {name} (persetujuan): ")
    return auth.authorize_override(ctx.uow(), actor, name, secret, permission, reason=reason)


def _zone(ctx):
    p = profile.get(ctx.reader())
    return zone(p.timezone if p else "WIB")


# ---------------------------------------------------------------- product

def product_list(args, ctx) -> int:
    actor = reader(ctx, args.user)
    rows, page = [], 500
    while True:
        got = catalogue.search(ctx.reader(), actor, args.search, category=args.category, active_only=not args.all,
                               low_only=args.low, limit=page, offset=len(rows))
        rows += got
        if len(got) < page:
            break
    if args.json:
        emit_json([{"sku": i.product.sku, "barcode": i.barcodes[0] if i.barcodes else None, "name": i.product.name,
                    "unit": i.product.unit, "price_rp": i.product.price_rp,
                    "member_price_rp": i.product.member_price_rp, "het_rp": i.product.het_rp,
                    "subsidized": i.product.subsidized, "stock_milli": i.qty_milli} for i in rows])
        return 0
    for i in rows:
        p = i.product
        mark = "" if p.active else "  [nonaktif]"
        say(f"{p.sku:<14} {(i.barcodes[0] if i.barcodes else ''):<14} {p.name:<36} {rupiah(p.price_rp):>11} "
            f"{format_qty(i.qty_milli):>9} {p.unit}{'  (stok rendah)' if i.low else ''}{mark}")
    return 0


def product_import(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    result = product_io.import_products(ctx.uow(), actor, Path(args.file), dry_run=args.dry_run)
    if args.json:
        emit_json(result)
    else:
        say(product_io.describe(result))
    return 0


def product_export(args, ctx) -> int:
    result = product_io.export_products(ctx.reader(), reader(ctx, args.user), Path(args.file))
    emit_json(result) if args.json else say(f"{result.products} barang diekspor ke {result.path}.")
    return 0


# ---------------------------------------------------------------- shift

def _shift_json(r: shifts.ShiftReport) -> dict:
    return {"number": r.number, "till": r.till, "status": r.status, "business_date": r.business_date,
            "opened_by": r.opened_by, "opened_at": r.opened_at, "opening_float_rp": r.opening_float_rp,
            "sales_count": r.sales_count, "sales_total_rp": r.sales_total_rp, "by_method": dict(r.by_method),
            "voided_count": r.voided_count, "voided_total_rp": r.voided_total_rp, "returns_count": r.returns_count,
            "cash_refunds_rp": r.cash_refunds_rp, "cash_in_rp": r.cash_in_rp, "cash_out_rp": r.cash_out_rp,
            "expected_cash_rp": r.expected_cash_rp, "closed_at": r.closed_at, "closed_by": r.closed_by,
            "counted_cash_rp": r.counted_cash_rp, "difference_rp": r.difference_rp,
            "denominations": {str(d): n for d, n in r.denominations}}


def _show_shift(args, ctx, r: shifts.ShiftReport) -> None:
    if args.json:
        emit_json(_shift_json(r))
        return
    z = _zone(ctx)
    say(f"{'LAPORAN Z' if r.status == 'closed' else 'LAPORAN X'} {r.number}  {r.till}  ({r.status})")
    say(f"  dibuka {local_datetime(r.opened_at, z)} oleh {r.opened_by}; modal awal {rupiah(r.opening_float_rp)}")
    say(f"  penjualan {r.sales_count} = {rupiah(r.sales_total_rp)}; batal {r.voided_count}; retur {r.returns_count}")
    for method, amount in r.by_method:
        say(f"    {method:<8} {rupiah(amount):>16}")
    say(f"  kas masuk {rupiah(r.cash_in_rp)}, kas keluar {rupiah(r.cash_out_rp)}, "
        f"retur tunai {rupiah(r.cash_refunds_rp)}")
    say(f"  kas seharusnya {rupiah(r.expected_cash_rp)}")
    if r.counted_cash_rp is not None:
        say(f"  hitungan {rupiah(r.counted_cash_rp)}, selisih {rupiah(r.difference_rp)}"
            + (f"; ditutup {local_datetime(r.closed_at, z)} oleh {r.closed_by}" if r.closed_at else ""))


def shift_open(args, ctx) -> int:
    amount, uuid = _rp(args.float_rp, "--float"), uuid_arg(args.id)
    actor = acting_user(ctx, args.user)
    _show_shift(args, ctx, shifts.open_shift(ctx.uow(), actor, _till(args), amount, uuid=uuid))
    return 0


def shift_close(args, ctx) -> int:
    counted = _rp(args.counted, "--counted")
    actor = acting_user(ctx, args.user)
    approver = _approver(ctx, actor, args.approver, Permission.SHIFT_APPROVE, f"selisih kas tutup shift {_till(args)}")
    _show_shift(args, ctx, shifts.close_shift(ctx.uow(), actor, _till(args), counted_rp=counted, approver=approver))
    return 0


def shift_report(args, ctx) -> int:
    actor = reader(ctx, args.user)
    if args.number:
        report = shifts.report(ctx.reader(), actor, args.number)
    else:
        if not actor.can(Permission.SHIFT_RUN):
            raise Refused("Laporan X shift terbuka: sebutkan kasir/pengurus dengan --user, "
                          "atau nomor shift dengan --number SF-….")
        report = shifts.current(ctx.reader(), actor, _till(args))
        if report is None:
            raise Refused(f"Belum ada shift terbuka di {_till(args)}.")
    _show_shift(args, ctx, report)
    return 0


# ---------------------------------------------------------------- sell and sales

def _line_json(l: sales.SaleLineInfo) -> dict:
    return {"line_no": l.line_no, "sku": l.sku, "name": l.name, "unit": l.unit, "qty_milli": l.qty_milli,
            "unit_price_rp": l.unit_price_rp, "gross_rp": l.gross_rp, "discount_rp": l.discount_rp,
            "deposit_rp": l.deposit_rp, "total_rp": l.total_rp, "returned_milli": l.returned_milli}


def _print_sale(ctx, s: sales.SaleResult) -> None:
    say(f"{s.number}  {local_datetime(s.at, _zone(ctx))}  {s.status}  kasir {s.cashier}"
        + (f"  anggota {s.member_no} {s.member_name}" if s.member_no else "")
        + ("  (susulan)" if s.recorded_late else ""))
    for l in s.lines:
        back = f"  (retur {format_qty(l.returned_milli)})" if l.returned_milli else ""
        say(f"  {l.name:<36} {format_qty(l.qty_milli):>7} {l.unit:<8} x {rupiah(l.unit_price_rp):>10} "
            f"{rupiah(l.total_rp):>12}{back}")
    say(f"  TOTAL {rupiah(s.total_rp)}" + (f"  (deposit {rupiah(s.deposit_rp)})" if s.deposit_rp else ""))
    for p in s.payments:
        say(f"  {p.label:<16} {rupiah(p.tendered_rp):>12}")
    say(f"  KEMBALI {rupiah(s.change_rp)}")
    if s.buyer_nik_masked:
        say(f"  NIK pembeli {s.buyer_nik_masked} ({BUYER_TYPE_LABELS.get(s.buyer_type, s.buyer_type)})")


def sell(args, ctx) -> int:
    lines = tuple(sales.CartLine(code, qty) for code, qty in map(parse_item, args.item))
    payments, uuid, at = _payments(args.pay), uuid_arg(args.id), _at(ctx, args.at)
    if args.buyer_type and args.buyer_type not in {t.value for t in BUYER_TYPE_LABELS}:
        raise Refused(f"--buyer-type harus {', '.join(t.value for t in BUYER_TYPE_LABELS)}.")
    actor = acting_user(ctx, args.user)
    result = sales.record_sale(ctx.uow(), actor, sales.SaleRequest(
        uuid, _till(args), lines, payments, args.member, args.buyer_nik, args.buyer_type, args.buyer_name, at))
    for warning in result.warnings:
        print(f"kopdes: peringatan: {warning}", file=sys.stderr)
    waiting = result.status == "pending"  # paid (partly) by QRIS, not yet seen arriving
    qris_rp = sum(p.amount_rp for p in result.payments if p.method == "qris")
    if args.json:
        out = {"sale_no": result.number, "total_rp": result.total_rp, "change_rp": result.change_rp,
               "lines": [_line_json(l) for l in result.lines]}
        if waiting:
            out |= {"status": "pending", "qris_rp": qris_rp,
                    "next": f"kopdes qris confirm {result.number} REF"}
        emit_json(out)
    else:
        _print_sale(ctx, result)
        if waiting:
            say(f"MENUNGGU QRIS: {result.number} belum selesai; pembeli membayar {rupiah(qris_rp)} dengan QRIS.\n"
                f"  QR untuk pembeli: kopdes qris charge {result.number} --user {actor.username}\n"
                "  Pembayaran masuk di aplikasi merchant/soundbox (jangan percaya screenshot pembeli):\n"
                f"    kopdes qris confirm {result.number} REF   (REF = RRN, atau paling sedikit 4 digit terakhirnya)\n"
                f"  Tidak masuk: kopdes qris cancel {result.number} --reason ALASAN")
    return 0


def sale_list(args, ctx) -> int:
    if not 1 <= args.limit <= 100_000:
        raise Refused("--limit harus 1 sampai 100000.")
    day = parse_date(args.date) if args.date else None
    rows = sales.list_sales(ctx.reader(), reader(ctx, args.user), day=day, limit=args.limit)
    if args.json:
        emit_json([{"sale_no": r.number, "at": r.at, "total_rp": r.total_rp, "member_no": r.member_no,
                    "status": r.status} for r in rows])
        return 0
    z = _zone(ctx)
    for r in rows:
        say(f"{r.number}  {local_datetime(r.at, z)}  {rupiah(r.total_rp):>14}  {r.status:<10} {r.member_no or ''}")
    return 0


def _sale_json(s: sales.SaleResult) -> dict:
    return {"sale_no": s.number, "uuid": s.uuid, "status": s.status, "business_date": s.business_date, "at": s.at,
            "till": s.till, "cashier": s.cashier, "member_no": s.member_no, "member_name": s.member_name,
            "subtotal_rp": s.subtotal_rp, "discount_rp": s.discount_rp, "deposit_rp": s.deposit_rp,
            "total_rp": s.total_rp, "change_rp": s.change_rp, "lines": [_line_json(l) for l in s.lines],
            "payments": [{"method": p.method, "amount_rp": p.amount_rp, "tendered_rp": p.tendered_rp,
                          "reference": p.reference} for p in s.payments],
            "buyer_nik": s.buyer_nik_masked, "buyer_type": s.buyer_type, "recorded_late": s.recorded_late}


def sale_show(args, ctx) -> int:
    s = sales.get_sale(ctx.reader(), reader(ctx, args.user), args.number)
    emit_json(_sale_json(s)) if args.json else _print_sale(ctx, s)
    return 0


def sale_return(args, ctx) -> int:
    items = [returns.ReturnItem(code, qty) for code, qty in map(parse_item, args.item)]
    uuid = uuid_arg(args.id)
    actor = acting_user(ctx, args.user)
    approver = _approver(ctx, actor, args.approver, Permission.SALE_RETURN, f"retur {args.number}: {args.reason}")
    r = returns.return_sale(ctx.uow(), actor, args.number, items, args.reason, refund=args.refund, till=_till(args),
                            approver=approver, uuid=uuid)
    if args.json:
        emit_json({"return_no": r.number, "sale_no": r.sale_number, "refund": r.refund_method, "total_rp": r.total_rp})
    else:
        say(f"Retur {r.number} atas {r.sale_number}: {rupiah(r.total_rp)} "
            f"{'tunai' if r.refund_method == 'cash' else 'ke kasbon'}.")
    return 0


def sale_void(args, ctx) -> int:
    uuid = uuid_arg(args.id)
    actor = acting_user(ctx, args.user)
    approver = _approver(ctx, actor, args.approver, Permission.SALE_VOID, f"batal {args.number}: {args.reason}")
    returns.void_sale(ctx.uow(), actor, args.number, args.reason, approver=approver, uuid=uuid)
    s = sales.get_sale(ctx.reader(), actor, args.number)
    emit_json({"sale_no": s.number, "status": s.status, "total_rp": s.total_rp}) if args.json else \
        say(f"{s.number} dibatalkan ({rupiah(s.total_rp)}).")
    return 0


# ---------------------------------------------------------------- LPG

LOGBOOK_COLUMNS = ("tanggal", "jam", "nik", "nama", "jenis_pembeli", "barang", "jumlah", "harga_satuan_rp",
                   "no_penjualan")


def lpg_logbook(args, ctx) -> int:
    actor = reader(ctx, args.user)
    day = parse_date(args.date) if args.date else profile.today(ctx.reader())
    rows = lpg.logbook(ctx.reader(), actor, day)
    z = _zone(ctx)
    if args.csv:
        # In full: Pertamina's merchant app needs the NIK. The file is the pengurus' to guard.
        try:
            with open(args.csv, "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f)
                w.writerow(LOGBOOK_COLUMNS)
                for r in rows:
                    local = r.at.astimezone(z.tzinfo)
                    w.writerow((local.date().isoformat(), f"{local:%H:%M}", r.nik, r.name, r.buyer_type, r.product,
                                format_qty(r.qty_milli), r.unit_price_rp, r.sale_no))
        except OSError as exc:
            raise Refused(f"Berkas {args.csv} tidak bisa ditulis: {exc.strerror or exc}.") from None
        lpg.record_export(ctx.uow(), actor, day, len(rows), args.csv)
    if args.json:
        emit_json({"date": day, "rows": [
            {"at": r.at, "sale_no": r.sale_no, "nik": mask_nik(r.nik), "name": r.name, "buyer_type": r.buyer_type,
             "product": r.product, "qty_milli": r.qty_milli, "unit_price_rp": r.unit_price_rp} for r in rows],
            "csv": args.csv})
        return 0
    say(f"LOGBOOK LPG {day}  ({len(rows)} baris)")
    for r in rows:
        say(f"  {r.at.astimezone(z.tzinfo):%H:%M}  {mask_nik(r.nik)}  {r.name:<24} {r.buyer_type:<13} "
            f"{format_qty(r.qty_milli):>4} x {rupiah(r.unit_price_rp)}  {r.sale_no}")
    if args.csv:
        say(f"CSV dengan NIK lengkap ditulis ke {args.csv}; simpan dan hapus sesuai aturan data pribadi.")
    return 0
