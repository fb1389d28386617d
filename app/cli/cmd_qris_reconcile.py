"""kopdes qris reconcile | unsettled | match | unmatch | presets | preset-save | preset-delete | imports

Settlement QRIS (bendahara): impor berkas settlement acquirer atau mutasi bank (CSV/XLSX)
dengan sebuah preset, cocokkan otomatis dengan pembayaran QRIS yang diterima kasir, dan
laporkan yang belum cocok. Berkas dengan satu baris rusak ditolak seluruhnya (exit 2,
rincian per baris di stderr); berkas yang sama tidak bisa diimpor dua kali.

Preset bawaan: settlement-acquirer (pemisah ';', jumlah dalam sen, kolom RRN/Transaction
ID, Transaction Time, Settlement Date, Amount, MDR) dan mutasi-bank (pemisah ',', Tanggal,
Keterangan, Kredit/Jumlah dalam rupiah, hanya kredit yang keterangannya memuat QRIS;
jumlah = yang masuk ke rekening, sesudah MDR). Preset sendiri: berkas JSON, lihat
`kopdes qris presets --json` untuk contohnya.
"""

from __future__ import annotations

import argparse

from app.cli.io import Refused, acting_user, emit_json, read_json_file, reader, say, uuid_arg
from app.domain.fmt import rupiah
from app.services import qris_settlement as qs, qris_settlement_format
from app.services.qris_settlement_report import describe

HELP = __doc__.split("\n\n", 1)[1]
PRESET_HELP = qris_settlement_format.__doc__.split("\n\n", 1)[1]


def add_parser(group, common) -> None:
    """Add the settlement commands to the `qris` command group (its subparsers)."""
    raw = argparse.RawDescriptionHelpFormatter
    p = group.add_parser("reconcile", parents=[common], help="impor berkas settlement/mutasi lalu cocokkan",
                         description=HELP, formatter_class=raw)
    p.add_argument("file", metavar="BERKAS", help="CSV atau XLSX dari acquirer atau bank")
    p.add_argument("--preset", required=True, metavar="NAMA", help="cara membaca berkas (lihat qris presets)")
    p.add_argument("--id", metavar="UUID", help="ID impor dari klien (mengulang = hasil pertama)")
    p.set_defaults(handler=reconcile)
    p = group.add_parser("unsettled", parents=[common], help="pembayaran QRIS belum settle dan settlement tanpa pasangan")
    p.set_defaults(handler=unsettled)
    p = group.add_parser("match", parents=[common], help="cocokkan satu baris settlement dengan penjualan (manual)")
    p.add_argument("line_id", type=int, metavar="BARIS", help="nomor baris settlement (#id dari qris unsettled)")
    p.add_argument("sale_no", metavar="NO_PENJUALAN")
    p.add_argument("--id", metavar="UUID")
    p.set_defaults(handler=match)
    p = group.add_parser("unmatch", parents=[common], help="batalkan pencocokan (jurnal balik)")
    p.add_argument("line_id", type=int, metavar="BARIS")
    p.add_argument("--reason", required=True, metavar="ALASAN")
    p.add_argument("--id", metavar="UUID")
    p.set_defaults(handler=unmatch)
    p = group.add_parser("presets", parents=[common], help="daftar preset berkas settlement")
    p.set_defaults(handler=presets)
    p = group.add_parser("preset-save", parents=[common], help="simpan preset sendiri (berkas JSON)",
                         description=PRESET_HELP, formatter_class=raw)
    p.add_argument("name", metavar="NAMA")
    p.add_argument("--file", required=True, metavar="F", help='JSON: {"delimiter": ";", "columns": {...}, ...}')
    p.set_defaults(handler=preset_save)
    p = group.add_parser("preset-delete", parents=[common], help="hapus preset sendiri yang belum dipakai")
    p.add_argument("name", metavar="NAMA")
    p.set_defaults(handler=preset_delete)
    p = group.add_parser("imports", parents=[common], help="daftar impor settlement")
    p.add_argument("--limit", type=int, default=100)
    p.set_defaults(handler=imports)


def reconcile(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    result = qs.import_settlement(ctx.uow(), actor, args.file, args.preset, uuid=uuid_arg(args.id))
    if args.json:
        emit_json(result)
        return 0
    say(f"{result.file_name} (preset {result.preset}): {result.lines} baris disimpan, {result.skipped} dilewati, "
        f"{result.already_imported} sudah ada di impor sebelumnya.")
    say(f"Cocok otomatis: {len(result.matched)} transaksi {rupiah(result.gross_rp)}, MDR {rupiah(result.mdr_rp)}, "
        f"masuk bank {rupiah(result.net_rp)}" + (f" — jurnal {result.journal_number}" if result.journal_number else ""))
    for m in result.matched:
        say(f"  baris {m.line_no:>4}  {m.sale_no}  {rupiah(m.gross_rp):>14}  ({m.kind})")
    for line in describe(result.report):
        say(line)
    return 0


def unsettled(args, ctx) -> int:
    report = qs.reconcile_report(ctx.reader(), reader(ctx, args.user))
    if args.json:
        emit_json(report)
    else:
        for line in describe(report):
            say(line)
    return 0


def match(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    result = qs.match_payment(ctx.uow(), actor, args.line_id, args.sale_no, uuid=uuid_arg(args.id))
    if args.json:
        emit_json({"match": result.match, "journal_number": result.journal_number})
    else:
        m = result.match
        say(f"Baris #{m.line_id} cocok dengan {m.sale_no}: {rupiah(m.gross_rp)}, MDR {rupiah(m.mdr_rp)}, "
            f"masuk bank {rupiah(m.net_rp)} — jurnal {result.journal_number}.")
    return 0


def unmatch(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    result = qs.unmatch(ctx.uow(), actor, args.line_id, args.reason, uuid=uuid_arg(args.id))
    if args.json:
        emit_json(result)
    else:
        say(f"Pencocokan baris #{result.line_id} dengan {result.sale_no} dibatalkan — jurnal {result.journal_number}.")
    return 0


def presets(args, ctx) -> int:
    found = qs.list_presets(ctx.reader(), reader(ctx, args.user))
    if args.json:
        emit_json([{"name": p.name, "builtin": p.builtin, "config": p.config()} for p in found])
        return 0
    for p in found:
        cols = ", ".join(f"{k}={'/'.join(v)}" for k, v in p.columns.items())
        say(f"{p.name}{' (bawaan)' if p.builtin else ''}: pemisah {p.delimiter!r}, jumlah "
            f"{'sen' if p.amount_unit == 'cent' else 'rupiah'}{' bersih' if p.amount_is_net else ''}; {cols}")
    return 0


def preset_save(args, ctx) -> int:
    config = read_json_file(args.file)
    if not isinstance(config, dict):
        raise Refused("Berkas preset harus berisi objek JSON.")
    actor = acting_user(ctx, args.user)
    preset = qs.save_preset(ctx.uow(), actor, args.name, config)
    if args.json:
        emit_json({"name": preset.name, "builtin": False, "config": preset.config()})
    else:
        say(f"Preset {preset.name} disimpan.")
    return 0


def preset_delete(args, ctx) -> int:
    qs.delete_preset(ctx.uow(), acting_user(ctx, args.user), args.name)
    say(f"Preset {args.name} dihapus.")
    return 0


def imports(args, ctx) -> int:
    rows = qs.list_imports(ctx.reader(), reader(ctx, args.user), limit=args.limit)
    if args.json:
        emit_json(rows)
        return 0
    for r in rows:
        say(f"#{r.import_id}  {r.imported_at:%Y-%m-%d %H:%M}  {r.file_name}  ({r.preset})  {r.lines} baris, "
            f"{r.matched} cocok  oleh {r.imported_by}")
    return 0
