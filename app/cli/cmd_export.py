"""kopdes export --period YYYY-MM | --since-last --out DIR --user U [--correction]
kopdes export verify FILE | key [--out DIR] | ack FILE --user U | list

District sync on the outlet: signed, chained packages for the district office
(docs/ARCHITECTURE.md, "District sync"). Exporting and importing an acknowledgement need
the bendahara (--user, PIN from KOPDES_PIN); verify, key and list only read.
Exit codes: 0 ok; 2 refused (the reason on stderr, nothing written); 1 unexpected.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import cmd_export_send
from app.cli.io import Refused, acting_user, emit_json, reader, say, uuid_arg
from app.domain.fmt import number
from app.services import sync_export, sync_keys, sync_upload

RAW = argparse.RawDescriptionHelpFormatter

HELP = """Paket laporan bulanan untuk dinas kabupaten: kopdes-<NIB>-<TTTTBB>-<nomor>.zip, ditandatangani
kunci gerai (Ed25519) dan berantai dengan paket sebelumnya. Tidak ada NIK anggota di dalamnya
(anggota disamarkan); nama anggota hanya bila pengaturan sync.share_names mengizinkan.

  kopdes export --period 2026-10 --out E:\\ --user bendahara     satu bulan yang sudah lewat
  kopdes export --since-last --out E:\\ --user bendahara         semua bulan sejak paket terakhir
  kopdes export verify kopdes-...zip                           periksa paket dengan kunci gerai
  kopdes export key --out E:\\                                  kunci publik untuk didaftarkan di kabupaten
  kopdes export ack kopdes-ack-...json --user bendahara        tanda terima dari kabupaten
  kopdes export list                                           riwayat paket
  kopdes export settings --hub-url https://... --user bendahara alamat hub untuk unggah
  kopdes export settings --kode-wilayah 3203052003 --units sembako,lpg \
      --partnership brilink:BRI:2025-09-01 --share-names no --user bendahara   data koperasi untuk kabupaten
  kopdes export send --user bendahara                          kirim antrean unggah (tugas terjadwal)

Mengekspor bulan yang sama lagi dengan data yang sama memberi paket yang sama (nomor dan isi).
Bila data berubah: paket koreksi dengan nomor baru; bila paket sudah diterima kabupaten,
hanya dengan --correction.

JSON ekspor: {"file", "path", "sequence", "period": {"from", "to"}, "kind", "correction_of",
 "manifest_sha256", "status", "reused", "bytes", "counts", "upload"}  (upload: "queued" when a hub
 address is set, else null; `kopdes export send` delivers it)

Kode keluar: 0 berhasil; 2 ditolak (alasan di stderr, tidak ada yang ditulis); 1 kesalahan tak terduga."""


def register(sub, common) -> None:
    p = sub.add_parser("export", parents=[common], help="paket laporan untuk kabupaten (sinkronisasi)",
                       description=HELP, formatter_class=RAW)
    p.add_argument("--period", metavar="TTTT-BB", help="bulan yang sudah lewat")
    p.add_argument("--since-last", action="store_true", help="semua bulan sejak paket terakhir s.d. bulan lalu")
    p.add_argument("--out", metavar="FOLDER", help="folder tujuan (mis. flashdisk)")
    p.add_argument("--correction", action="store_true",
                   help="paket koreksi untuk periode yang sudah diterima kabupaten")
    p.add_argument("--id", metavar="UUID", help="ID permintaan (ulang dengan ID sama = hasil pertama)")
    p.set_defaults(handler=export_cmd, export_cmd=None)
    g = p.add_subparsers(dest="export_cmd", metavar="AKSI")

    v = g.add_parser("verify", parents=[common], help="periksa paket (tanda tangan, hash, rantai nama)",
                     formatter_class=RAW,
                     description="Periksa paket dengan kunci publik gerai ini: susunan zip, hash setiap berkas, "
                                 "tanda tangan manifest, NIB dan nama berkas. Kode keluar 2 dengan alasannya bila "
                                 "ada yang salah.\n\nJSON: {\"file_name\", \"nib\", \"sequence\", \"period_from\", "
                                 "\"period_to\", \"kind\", \"correction_of\", \"manifest_sha256\", \"files\", "
                                 "\"counts\", \"fingerprint\", \"exported_here\"}")
    v.add_argument("file", metavar="BERKAS")
    v.set_defaults(handler=verify_cmd)

    k = g.add_parser("key", parents=[common], help="tulis kunci publik gerai (untuk didaftarkan di kabupaten)",
                     formatter_class=RAW,
                     description="Menulis kopdes-<NIB>.pub.pem ke --out (atau folder saat ini) dan menampilkan sidik "
                                 "jarinya untuk dicocokkan petugas kabupaten.\n\n"
                                 "JSON: {\"public_key_file\", \"fingerprint\"}")
    k.add_argument("--out", metavar="FOLDER", default=".", help="folder tujuan (bawaan: folder saat ini)")
    k.set_defaults(handler=key_cmd)

    a = g.add_parser("ack", parents=[common], help="impor tanda terima dari kabupaten", formatter_class=RAW,
                     description="Tandai paket sebagai diterima kabupaten dengan berkas kopdes-ack-<NIB>-<nomor>.json. "
                                 "Hanya tanda terima untuk paket gerai ini dengan hash manifest yang sama. Perlu "
                                 "bendahara (--user).\n\nJSON: {\"sequence\", \"file\", \"status\", "
                                 "\"acknowledged_at\", \"already\"}")
    a.add_argument("file", metavar="BERKAS")
    a.set_defaults(handler=ack_cmd)

    ls = g.add_parser("list", parents=[common], help="riwayat paket (terbaru dahulu)", formatter_class=RAW,
                      description="JSON: [{\"sequence\", \"file_name\", \"period_from\", \"period_to\", \"kind\", "
                                  "\"correction_of\", \"manifest_sha256\", \"status\", \"created_at\", \"created_by\", "
                                  "\"sent_at\", \"acknowledged_at\", \"counts\"}]")
    ls.set_defaults(handler=list_cmd)
    cmd_export_send.register(g, common)  # send | settings | queue: delivery to the hub


def _status(status: str) -> str:
    return {"exported": "dibuat", "sent": "terkirim", "acknowledged": "diterima kabupaten"}.get(status, status)


def export_cmd(args, ctx) -> int:
    if (args.period is None) == (not args.since_last):
        raise Refused("Sebutkan --period TTTT-BB atau --since-last (salah satu).")
    if not args.out:
        raise Refused("Sebutkan folder tujuan dengan --out FOLDER.")
    out = Path(args.out)
    if not out.is_dir():
        raise Refused(f"Folder tujuan {out} tidak ada.")
    uuid = uuid_arg(args.id)
    actor = acting_user(ctx, args.user)
    r = sync_export.export_package(ctx.uow(), actor, None if args.since_last else args.period, out,
                                   correction=args.correction, uuid=uuid)
    e = r.export
    queued = sync_upload.after_export(ctx.uow(), actor, r)  # to the hub, when its address is set
    if args.json:
        emit_json({"file": e.file_name, "path": str(r.path), "sequence": e.sequence,
                   "period": {"from": e.period_from, "to": e.period_to}, "kind": e.kind,
                   "correction_of": e.correction_of, "manifest_sha256": e.manifest_sha256, "status": e.status,
                   "reused": r.reused, "bytes": r.size, "counts": e.counts,
                   "upload": queued.status if queued is not None else None})
        return 0
    period = e.period_from if e.period_from == e.period_to else f"{e.period_from} s.d. {e.period_to}"
    say(f"Paket {e.file_name}: nomor {e.sequence}, periode {period}"
        + (f", koreksi paket {e.correction_of}" if e.correction_of else "") + ".")
    if r.reused:
        say("Data tidak berubah sejak paket ini dibuat: paket yang sama ditulis lagi.")
    say(f"Ditulis ke {r.path} ({number(r.size)} byte). Status: {_status(e.status)}.")
    if queued is not None and queued.status == "queued":
        say("Diantrekan untuk diunggah ke hub kabupaten (kopdes export send).")
    return 0


def verify_cmd(args, ctx) -> int:
    r = sync_export.verify_file(ctx.reader(), reader(ctx, args.user), args.file)
    if args.json:
        emit_json(r)
        return 0
    period = r.period_from if r.period_from == r.period_to else f"{r.period_from} s.d. {r.period_to}"
    say(f"Paket sah: {r.file_name} (nomor {r.sequence}, periode {period}), tanda tangan kunci {r.fingerprint}.")
    say(f"Hash manifest {r.manifest_sha256}; berkas: {', '.join(r.files)}.")
    say("Paket ini tercatat di riwayat gerai." if r.exported_here else "Paket ini tidak ada di riwayat gerai ini.")
    return 0


def key_cmd(args, ctx) -> int:
    r = sync_keys.write_public_key(ctx.uow(), reader(ctx, args.user), Path(args.out))
    if args.json:
        emit_json({"public_key_file": str(r.public_key_file), "fingerprint": r.fingerprint})
    else:
        say(f"Kunci publik: {r.public_key_file}")
        say(f"Sidik jari: {r.fingerprint}")
    return 0


def ack_cmd(args, ctx) -> int:
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise Refused(f"Berkas {path} tidak ditemukan.") from None
    except OSError as exc:
        raise Refused(f"Berkas {path} tidak bisa dibaca: {exc.strerror}.") from None
    actor = acting_user(ctx, args.user)
    r = sync_export.import_ack(ctx.uow(), actor, data)
    e = r.export
    if args.json:
        emit_json({"sequence": e.sequence, "file": e.file_name, "status": e.status,
                   "acknowledged_at": e.acknowledged_at, "already": r.already})
    elif r.already:
        say(f"Paket {e.file_name} sudah tercatat diterima kabupaten; tidak ada yang berubah.")
    else:
        say(f"Paket {e.file_name} (nomor {e.sequence}) diterima kabupaten.")
    return 0


def list_cmd(args, ctx) -> int:
    rows = sync_export.list_exports(ctx.reader(), reader(ctx, args.user))
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        say("Belum ada paket.")
    for e in rows:
        period = e.period_from if e.period_from == e.period_to else f"{e.period_from}..{e.period_to}"
        say(f"  {e.sequence:>4}  {e.file_name:<40} {period:<17} {_status(e.status):<20} "
            f"{e.created_at:%Y-%m-%d %H:%M} UTC")
    return 0
