"""kopdes qris parse | dynamic | setup | show | charge | pending | confirm | cancel

QRIS at the till from the command line. `parse` and `dynamic --static` are a pure codec:
they open no database and need no user. The rest use the outlet's database: `setup` needs a
pengurus/admin, `dynamic` (without --static), `charge`, `confirm` and `cancel` a kasir (or
another user who may sell), `show` and `pending` only read.

Offline, nothing can prove a QRIS payment arrived: the cashier confirms a sale only after
seeing the payment on the merchant app or soundbox (never the buyer's screenshot), typing its
reference (RRN, 12 characters, or at least its last 4).

Exit codes: 0 ok; 2 refused (malformed payload, wrong CRC, not a usable static QRIS, sale not
waiting, reference already used...; the reason on stderr, nothing on stdout, nothing written);
1 unexpected.
"""

from __future__ import annotations

import argparse
import sys

from app.cli import cmd_qris_reconcile
from app.cli.io import Refused, acting_user, emit_json, reader, say
from app.domain import qris as codec
from app.domain.clock import zone
from app.domain.fmt import local_datetime, parse_rupiah, rupiah
from app.services import profile, qris, sale_pending, sales

RAW = argparse.RawDescriptionHelpFormatter

GROUP_HELP = """QRIS gerai dari baris perintah.

parse dan dynamic --static hanya mengolah data QRIS: tanpa database dan tanpa pengguna.
setup perlu pengurus/admin; dynamic (tanpa --static), charge, confirm, cancel perlu kasir
(--user); show dan pending hanya membaca. Settlement (bendahara): reconcile, unsettled, match...

Kopdes tidak bisa melihat sendiri apakah pembayaran QRIS masuk: konfirmasi hanya setelah
melihatnya di aplikasi merchant atau soundbox (jangan pernah percaya screenshot pembeli), dengan
referensinya (RRN 12 karakter, atau paling sedikit 4 digit terakhirnya).

Kode keluar: 0 berhasil; 2 ditolak (alasannya di stderr, tidak ada yang ditulis); 1 tak terduga."""

PARSE_HELP = """Baca data QRIS/EMV (QR merchant) apa pun, tanpa database dan tanpa pengguna.

Keluar 0 bila strukturnya sah dan CRC-nya benar (juga QR EMV luar negeri: is_qris false);
keluar 2 dengan alasannya bila rusak, terpotong, atau CRC-nya salah. PAYLOAD '-' = baca dari stdin.

JSON: {"crc_ok": true, "is_qris", "dynamic", "tags": {"00": "01", "51": {"00": ..., "02": ...}, ...},
       "merchant_name", "merchant_city", "nmid", "amount_rp"}
tags: setiap tag menurut urutannya; template (26-51, 62, 64, 80-99) sebagai objek sub-tag.
nmid/amount_rp null bila tidak ada (amount_rp hanya untuk mata uang 360)."""

DYNAMIC_HELP = """Buat QRIS dinamis (nominal tetap) dari QRIS statis gerai yang diatur, atau dari --static.

Data QRIS dinamis dicetak sendirian di baris terakhir. Dengan --static tidak perlu database
atau pengguna; tanpa --static perlu --user (kasir) karena memakai QRIS gerai.

JSON: {"payload", "amount_rp", "bill_number", "merchant_name", "nmid"}"""

STATIC_JSON = """JSON: {"merchant_name", "city", "postal_code", "nmid", "merchant_size", "merchant_size_label",
       "mcc", "acquirer", "acquirer_guid", "acquirer_nns", "payload"}
acquirer: nama PJP bila dikenal (DANA, Bank Mandiri, ...), selain itu "GUID / NNS ..." apa adanya."""

SETUP_HELP = f"""Daftarkan QRIS statis gerai (stiker dari bank/PJP): tempel datanya, atau --image FOTO
(foto/scan stiker, JPG/PNG). Perlu pengurus atau admin (--user). QRIS dinamis, bernominal,
tanpa NMID, CRC salah, dan sebagainya ditolak (keluar 2) dengan alasan persisnya; QRIS lama
tetap dipakai. PAYLOAD '-' = baca dari stdin.

{STATIC_JSON}"""

SHOW_HELP = f"""QRIS statis gerai yang terdaftar.

JSON: {{"configured": false}} bila belum diatur, selain itu {{"configured": true, ...}} dengan kunci:
{STATIC_JSON}"""

CHARGE_HELP = """QR yang dipindai pembeli untuk penjualan SALE_NO yang menunggu QRIS: QRIS gerai dengan
nominal bagian QRIS penjualan itu dan nomor penjualan sebagai nomor tagihan. Data QRIS dicetak
sendirian di baris terakhir; --png FILE juga menulis gambar QR-nya.

JSON: {"sale_no", "amount_rp", "payload", "merchant_name", "nmid", "png"}"""

PENDING_HELP = """Penjualan yang menunggu pembayaran QRIS (terlama dulu). Shift tidak bisa ditutup selama
penjualannya masih menunggu: konfirmasi (`kopdes qris confirm`) atau batalkan (`kopdes qris cancel`).

JSON: [{"sale_no", "at", "till", "cashier", "total_rp", "qris_rp", "member_no"}]
qris_rp: yang harus dibayar pembeli dengan QRIS (sisanya dibayar tunai/kasbon)."""

CONFIRM_HELP = """Pembayaran QRIS penjualan SALE_NO sudah MASUK (terlihat di aplikasi merchant atau soundbox;
jangan pernah percaya screenshot pembeli): penjualan selesai dan dibukukan ke Piutang QRIS.

REFERENCE: RRN 12 karakter dari aplikasi merchant, atau paling sedikit 4 digit terakhirnya.
Satu referensi hanya untuk satu penjualan: yang sudah dipakai ditolak (keluar 2). Mengulang
perintah yang sama untuk penjualan yang sama tidak mengubah apa-apa.

JSON: {"sale_no", "status", "total_rp", "qris_rp", "reference", "payments": [{"method", "amount_rp",
       "reference"}]}"""

CANCEL_HELP = """Batalkan penjualan yang menunggu QRIS (pembayaran tidak masuk, pembeli batal). Nomornya
tetap (tidak ada nomor yang hilang); belum ada yang dibukukan, jadi tidak ada yang dibalik.

JSON: {"sale_no", "status", "total_rp", "reason"}"""


def _no_context(_args) -> bool:
    return False


def register(sub, common) -> None:
    g = sub.add_parser("qris", parents=[common], help="QRIS: baca, atur, konfirmasi pembayaran, settlement",
                       description=GROUP_HELP, formatter_class=RAW).add_subparsers(
        dest="qris_cmd", metavar="AKSI", required=True)
    p = g.add_parser("parse", parents=[common], help="baca data QRIS/EMV (tanpa database)",
                     description=PARSE_HELP, formatter_class=RAW)
    p.add_argument("payload", metavar="PAYLOAD", help="data QRIS (beri tanda kutip: ada spasinya), atau -")
    p.set_defaults(handler=qris_parse, needs_context=_no_context)

    p = g.add_parser("dynamic", parents=[common], help="QRIS dinamis untuk satu nominal",
                     description=DYNAMIC_HELP, formatter_class=RAW)
    p.add_argument("--amount", required=True, metavar="RP", help="nominal rupiah bulat, mis. 25000 atau 25.000")
    p.add_argument("--bill", metavar="NO", help="nomor tagihan (tag 62.01), mis. nomor penjualan")
    p.add_argument("--static", metavar="PAYLOAD", help="QRIS statis lain (bawaan: QRIS gerai)")
    p.set_defaults(handler=qris_dynamic, needs_context=lambda a: a.static is None)

    p = g.add_parser("setup", parents=[common], help="daftarkan QRIS statis gerai (pengurus/admin)",
                     description=SETUP_HELP, formatter_class=RAW)
    p.add_argument("payload", metavar="PAYLOAD", nargs="?", help="data QRIS statis, atau -")
    p.add_argument("--image", metavar="FILE", help="foto atau scan stiker QRIS (JPG/PNG)")
    p.set_defaults(handler=qris_setup)

    p = g.add_parser("show", parents=[common], help="QRIS gerai yang terdaftar", description=SHOW_HELP,
                     formatter_class=RAW)
    p.set_defaults(handler=qris_show)

    p = g.add_parser("charge", parents=[common], help="QR untuk penjualan yang menunggu QRIS",
                     description=CHARGE_HELP, formatter_class=RAW)
    p.add_argument("sale_no", metavar="SALE_NO")
    p.add_argument("--png", metavar="FILE", help="tulis juga gambar QR (PNG)")
    p.set_defaults(handler=qris_charge)

    p = g.add_parser("pending", parents=[common], help="penjualan yang menunggu QRIS", description=PENDING_HELP,
                     formatter_class=RAW)
    p.add_argument("--till", metavar="NAMA", help="hanya kasir/laci ini")
    p.set_defaults(handler=qris_pending)

    p = g.add_parser("confirm", parents=[common], help="pembayaran QRIS masuk: selesaikan penjualan",
                     description=CONFIRM_HELP, formatter_class=RAW)
    p.add_argument("sale_no", metavar="SALE_NO")
    p.add_argument("reference", metavar="REFERENCE", help="RRN (12 karakter) atau paling sedikit 4 digit terakhirnya")
    p.set_defaults(handler=qris_confirm)

    p = g.add_parser("cancel", parents=[common], help="batalkan penjualan yang menunggu QRIS",
                     description=CANCEL_HELP, formatter_class=RAW)
    p.add_argument("sale_no", metavar="SALE_NO")
    p.add_argument("--reason", required=True, metavar="ALASAN")
    p.set_defaults(handler=qris_cancel)

    cmd_qris_reconcile.add_parser(g, common)  # the treasurer's: reconcile, unsettled, match, presets...


# ---------------------------------------------------------------- helpers

def _payload_arg(text: str) -> str:
    if text == "-":
        text = sys.stdin.read()
    if not text.strip():
        raise Refused("Data QRIS kosong.")
    return text


def _amount(text: str) -> int:
    try:
        value = parse_rupiah(text)
    except ValueError:
        raise Refused(f"--amount harus rupiah bulat (mis. 25000 atau 25.000), bukan {text!r}.") from None
    if value <= 0:
        raise Refused("--amount harus lebih dari nol.")
    return value


def _sale_user(ctx, args, what: str):
    if not args.user:
        raise Refused(f"{what} perlu kasir: sebutkan pengguna dengan --user NAMA.")
    return acting_user(ctx, args.user)


def _static_json(s: codec.StaticQris) -> dict:
    return {"merchant_name": s.merchant_name, "city": s.city, "postal_code": s.postal_code, "nmid": s.nmid,
            "merchant_size": s.merchant_size, "merchant_size_label": s.merchant_size_label, "mcc": s.mcc,
            "acquirer": s.acquirer, "acquirer_guid": s.acquirer_guid, "acquirer_nns": s.acquirer_nns,
            "payload": s.payload}


def _show_static(s: codec.StaticQris) -> None:
    say(f"  Merchant  {s.merchant_name}")
    say(f"  Kota      {s.city}" + (f" {s.postal_code}" if s.postal_code else ""))
    say(f"  NMID      {s.nmid}")
    say(f"  Acquirer  {s.acquirer or '-'}")
    say(f"  Kriteria  {s.merchant_size} ({s.merchant_size_label})")


def _zone(ctx):
    p = profile.get(ctx.reader())
    return zone(p.timezone if p else "WIB")


def _qris_rp(s: sales.SaleResult) -> int:
    return sum(p.amount_rp for p in s.payments if p.method == "qris")


def _reference(s: sales.SaleResult) -> str | None:
    return next((p.reference for p in s.payments if p.method == "qris" and p.reference), None)


def _warn(s: sales.SaleResult) -> None:
    for warning in s.warnings:
        print(f"kopdes: peringatan: {warning}", file=sys.stderr)


# ---------------------------------------------------------------- codec (no database)

def qris_parse(args, ctx) -> int:
    parsed = codec.parse(_payload_arg(args.payload))
    if not parsed.crc_ok:
        raise Refused(f"CRC salah: tertulis {parsed.crc}, seharusnya {parsed.crc_expected}. "
                      "Data QRIS rusak, terpotong, atau diubah.")
    if args.json:
        emit_json({"crc_ok": parsed.crc_ok, "is_qris": parsed.is_qris, "dynamic": parsed.dynamic,
                   "tags": parsed.tags, "merchant_name": parsed.merchant_name,
                   "merchant_city": parsed.merchant_city, "nmid": parsed.nmid, "amount_rp": parsed.amount_rp})
        return 0
    kind = "QRIS" if parsed.is_qris else "QR EMV bukan QRIS"
    say(f"{kind} {'dinamis' if parsed.dynamic else 'statis'}, CRC {parsed.crc.upper()} benar")
    for label, value in (("Merchant", parsed.merchant_name), ("Kota", parsed.merchant_city),
                         ("NMID", parsed.nmid), ("Acquirer", parsed.acquirer),
                         ("Nominal", rupiah(parsed.amount_rp) if parsed.amount_rp is not None else None)):
        if value:
            say(f"  {label:<9} {value}")
    say("Tag:")
    for tag, value in parsed.tags.items():
        if isinstance(value, dict):
            say(f"  {tag}")
            for sub_id, sub_value in value.items():
                say(f"    {sub_id}  {sub_value}")
        else:
            say(f"  {tag}  {value}")
    return 0


def qris_dynamic(args, ctx) -> int:
    amount = _amount(args.amount)
    if args.static is not None:
        payload = codec.to_dynamic(_payload_arg(args.static), amount, bill_number=args.bill)
    else:
        actor = _sale_user(ctx, args, "QRIS dinamis dari QRIS gerai (tanpa --static)")
        payload = qris.dynamic(ctx.reader(), actor, amount, bill_number=args.bill)
    parsed = codec.parse(payload)
    if args.json:
        emit_json({"payload": payload, "amount_rp": amount, "bill_number": args.bill,
                   "merchant_name": parsed.merchant_name, "nmid": parsed.nmid})
        return 0
    say(f"QRIS dinamis {rupiah(amount)}" + (f", tagihan {args.bill}" if args.bill else "")
        + f" — {parsed.merchant_name or '-'}" + (f" ({parsed.nmid})" if parsed.nmid else "") + ":")
    say(payload)
    return 0


# ---------------------------------------------------------------- the outlet's static QRIS

def qris_setup(args, ctx) -> int:
    if (args.payload is None) == (args.image is None):
        raise Refused("Sebutkan data QRIS (PAYLOAD) atau --image FOTO, salah satu saja.")
    payload = None if args.payload is None else _payload_arg(args.payload)
    actor = acting_user(ctx, args.user)
    if payload is not None:
        info = qris.setup(ctx.uow(), actor, payload)
    else:
        info = qris.setup_from_image(ctx.uow(), actor, args.image)
    if args.json:
        emit_json(_static_json(info))
        return 0
    say("QRIS gerai terdaftar:")
    _show_static(info)
    return 0


def qris_show(args, ctx) -> int:
    info = qris.current(ctx.reader(), reader(ctx, args.user))
    if args.json:
        emit_json({"configured": False} if info is None else {"configured": True, **_static_json(info)})
        return 0
    if info is None:
        say("QRIS gerai belum diatur (Pengaturan > QRIS, atau `kopdes qris setup PAYLOAD|--image FOTO --user NAMA`).")
        return 0
    say("QRIS gerai:")
    _show_static(info)
    return 0


# ---------------------------------------------------------------- sales waiting for QRIS

def qris_charge(args, ctx) -> int:
    actor = _sale_user(ctx, args, "QR penjualan")
    c = qris.charge(ctx.reader(), actor, args.sale_no)
    if args.png:
        import qrcode  # only here: the rest of the CLI does not need it

        try:
            qrcode.make(c.payload, border=4).save(args.png)
        except OSError as exc:
            raise Refused(f"Berkas {args.png} tidak bisa ditulis: {exc.strerror or exc}.") from None
    if args.json:
        emit_json({"sale_no": c.sale_number, "amount_rp": c.amount_rp, "payload": c.payload,
                   "merchant_name": c.merchant_name, "nmid": c.nmid, "png": args.png})
        return 0
    say(f"{c.sale_number}: bayar {rupiah(c.amount_rp)} dengan QRIS ke {c.merchant_name} ({c.nmid})"
        + (f"; gambar QR di {args.png}" if args.png else "") + ":")
    say(c.payload)
    return 0


def qris_pending(args, ctx) -> int:
    rows = sale_pending.list_pending(ctx.reader(), reader(ctx, args.user), till=args.till)
    if args.json:
        emit_json([{"sale_no": r.number, "at": r.at, "till": r.till, "cashier": r.cashier, "total_rp": r.total_rp,
                    "qris_rp": r.qris_rp, "member_no": r.member_no} for r in rows])
        return 0
    if not rows:
        say("Tidak ada penjualan yang menunggu QRIS.")
        return 0
    z = _zone(ctx)
    for r in rows:
        say(f"{r.number}  {local_datetime(r.at, z)}  {r.till or '-':<8} {r.cashier:<10} total {rupiah(r.total_rp):>12}"
            f"  QRIS {rupiah(r.qris_rp):>12}" + (f"  anggota {r.member_no}" if r.member_no else ""))
    say(f"{len(rows)} menunggu. Pembayaran masuk: kopdes qris confirm NO REF; tidak masuk: "
        "kopdes qris cancel NO --reason ALASAN.")
    return 0


def qris_confirm(args, ctx) -> int:
    actor = _sale_user(ctx, args, "Konfirmasi QRIS")
    s = sale_pending.confirm_qris(ctx.uow(), actor, args.sale_no, args.reference)
    _warn(s)
    if args.json:
        emit_json({"sale_no": s.number, "status": s.status, "total_rp": s.total_rp, "qris_rp": _qris_rp(s),
                   "reference": _reference(s),
                   "payments": [{"method": p.method, "amount_rp": p.amount_rp, "reference": p.reference}
                                for p in s.payments]})
        return 0
    say(f"{s.number} selesai: QRIS {rupiah(_qris_rp(s))} diterima, referensi {_reference(s)}.")
    return 0


def qris_cancel(args, ctx) -> int:
    if not args.reason.strip():
        raise Refused("Tulis alasan pembatalan (--reason).")
    actor = _sale_user(ctx, args, "Membatalkan penjualan QRIS")
    s = sale_pending.cancel_pending(ctx.uow(), actor, args.sale_no, args.reason)
    if args.json:
        emit_json({"sale_no": s.number, "status": s.status, "total_rp": s.total_rp, "reason": args.reason.strip()})
        return 0
    say(f"{s.number} dibatalkan ({rupiah(s.total_rp)}); nomornya tetap tercatat.")
    return 0
