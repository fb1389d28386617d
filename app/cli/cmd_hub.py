"""kopdes hub register | import | report | serve | list | incidents | config

The district hub's own database (never an outlet's): --db FILE (SQLite), --database-url URL
or --url URL (PostgreSQL), KOPDES_HUB_DATABASE_URL, or hub.sqlite3 in the data folder.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli.io import Refused, emit_json, say
from app.domain.errors import DomainError
from app.services import hub, hub_report


def register(sub, common) -> None:
    top = sub.add_parser("hub", parents=[common], help="hub kabupaten: daftar koperasi, impor paket, laporan")
    h = top.add_subparsers(dest="hub_cmd", metavar="AKSI", required=True)

    def cmd(name: str, help_: str, handler):
        p = h.add_parser(name, parents=[common], help=help_)
        p.add_argument("--url", dest="database_url", metavar="URL", default=argparse.SUPPRESS,
                       help="URL PostgreSQL basis data hub (atau KOPDES_HUB_DATABASE_URL)")
        p.set_defaults(handler=_with_hub(handler), needs_context=lambda args: False)
        return p

    p = cmd("register", "daftarkan koperasi dengan kunci publiknya", hub_register)
    p.add_argument("--coop", metavar="NIB", required=True, help="NIB koperasi (13 angka)")
    p.add_argument("--pubkey", metavar="BERKAS", required=True, help="kunci publik PEM dari gerai")
    p.add_argument("--name", metavar="NAMA", help="nama koperasi (bawaan: dari paket pertama)")
    p.add_argument("--replace-key", action="store_true", help="ganti kunci yang sudah terdaftar")
    p.add_argument("--reason", metavar="ALASAN", default="", help="alasan mengganti kunci (dicatat)")
    p = cmd("import", "impor paket kopdes-<NIB>-<YYYYMM>-<seq>.zip", hub_import)
    p.add_argument("files", nargs="+", metavar="BERKAS")
    p.add_argument("--ack-dir", metavar="FOLDER", help="folder tanda terima (bawaan: folder paketnya)")
    p = cmd("report", "laporan kabupaten per bulan", hub_report_cmd)
    p.add_argument("--period", metavar="TTTT-BB", required=True)
    p.add_argument("--format", dest="fmt", choices=hub_report.FORMATS, default=None)
    p.add_argument("--out", metavar="BERKAS", help="berkas keluaran (JSON bawaan ke layar)")
    p = cmd("serve", "terima unggahan paket lewat HTTP (POST /packages)", hub_serve)
    p.add_argument("--host", default="127.0.0.1", help="alamat (bawaan 127.0.0.1; 0.0.0.0 untuk jaringan)")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--tls-cert", metavar="BERKAS", help="sertifikat TLS (PEM) untuk https")
    p.add_argument("--tls-key", metavar="BERKAS", help="kunci privat sertifikat TLS")
    cmd("list", "koperasi terdaftar dan paket terakhirnya", hub_list)
    p = cmd("incidents", "paket yang ditolak karena rantai putus, bercabang, atau rusak", hub_incidents)
    p.add_argument("--coop", metavar="NIB")
    p = cmd("config", "nama dan tempat hub (tanda terima, kepala laporan)", hub_config)
    p.add_argument("--name", metavar="NAMA")
    p.add_argument("--place", metavar="TEMPAT")
    p.add_argument("--timezone", metavar="WIB|WITA|WIT")


def _with_hub(handler):
    """Open the hub's own database (not the outlet's) around the handler."""
    def run(args, _ctx) -> int:
        if args.open_hub is None:
            raise Refused("Hub tidak tersedia di sini.")
        ctx = args.open_hub(args.db, args.database_url)
        try:
            return handler(args, ctx)
        finally:
            ctx.close()
    return run


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise Refused(f"Berkas {path} tidak ditemukan.") from None
    except OSError as exc:
        raise Refused(f"Berkas {path} tidak bisa dibaca: {exc.strerror or exc}") from None


def hub_register(args, ctx) -> int:
    if args.reason and not args.replace_key:
        raise Refused("--reason hanya bersama --replace-key.")
    r = hub.register(ctx.uow(), args.coop, _read(args.pubkey), args.name, replace_key=args.replace_key,
                     reason=args.reason)
    if args.json:
        emit_json({"nib": r.nib, "name": r.name, "fingerprint": r.fingerprint, "outcome": r.outcome,
                   "old_fingerprint": r.old_fingerprint})
    else:
        say(r.message)
    return 0


def hub_import(args, ctx) -> int:
    ack_dir = Path(args.ack_dir) if args.ack_dir else None
    if ack_dir is not None and not ack_dir.is_dir():
        raise Refused(f"Folder tanda terima {ack_dir} tidak ada.")
    out, refused = [], 0
    for name in args.files:
        path = Path(name)
        try:
            result = hub.import_package(ctx.uow(), _read(name), path.name)
        except DomainError as exc:
            refused += 1
            print(f"kopdes: {name}: {exc}", file=sys.stderr)
            out.append({"file": name, "status": "ditolak", "error": str(exc)})
            continue
        target = (ack_dir or path.parent) / result.ack.file_name
        try:
            target.write_bytes(result.ack_json)
        except OSError as exc:
            raise Refused(f"{name} diterima, tetapi tanda terima tidak bisa ditulis ke {target}: "
                          f"{exc.strerror or exc}. Impor ulang berkas yang sama untuk menulisnya.") from None
        out.append({"file": name, "status": "sudah_diimpor" if result.already_imported else "diterima",
                    "nib": result.nib, "sequence": result.sequence, "manifest_sha256": result.manifest_sha256,
                    "ack_file": str(target)})
        if not args.json:
            say(f"{result.message} Tanda terima: {target}")
    if args.json:
        emit_json(out)
    return 2 if refused else 0


def hub_report_cmd(args, ctx) -> int:
    fmt = args.fmt or ("json" if args.json or not args.out else Path(args.out).suffix.lstrip(".").lower())
    if fmt not in hub_report.FORMATS:
        raise Refused(f"Format {fmt!r} tidak dikenal; pilih json, pdf atau xlsx.")
    if fmt == "json":
        report = hub_report.district_report(ctx.reader(), args.period)
        if args.out:
            Path(args.out).write_text(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")
            say(f"Laporan kabupaten {args.period} ditulis ke {args.out}")
        else:
            emit_json(report.as_dict())
        return 0
    out = Path(args.out or f"laporan-kabupaten-{args.period}.{fmt}")
    if out.suffix.lower() != f".{fmt}":
        raise Refused(f"Berkas keluaran untuk format {fmt} harus berakhiran .{fmt}, bukan {out.name!r}.")
    written = hub_report.export(ctx.reader(), args.period, fmt, out)
    if args.json:
        emit_json({"period": args.period, "format": fmt, "file": str(written)})
    else:
        say(f"Laporan kabupaten {args.period} ditulis ke {written}")
    return 0


def hub_serve(args, ctx) -> int:
    from app.sync.hub_server import make_server

    if not 0 <= args.port <= 65535:
        raise Refused("--port harus 0 sampai 65535.")
    if bool(args.tls_cert) != bool(args.tls_key):
        raise Refused("--tls-cert dan --tls-key dipakai bersama.")
    try:
        server = make_server(args.host, args.port, lambda body, name: hub.receive_upload(ctx.uow(), body, name),
                             tls_cert=args.tls_cert, tls_key=args.tls_key)
    except OSError as exc:
        raise Refused(f"Tidak bisa mendengarkan di {args.host}:{args.port}: {exc.strerror or exc}") from None
    host, port = server.server_address[:2]
    scheme = "https" if args.tls_cert else "http"
    say(f"Hub {ctx.db_label} menerima paket di {scheme}://{host}:{port}/packages (Ctrl+C untuk berhenti)")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        say("Hub berhenti.")
    finally:
        server.server_close()
    return 0


def hub_list(args, ctx) -> int:
    coops = hub.cooperatives(ctx.reader())
    if args.json:
        emit_json(coops)
        return 0
    for c in coops:
        last = f"paket {c.last_sequence} ({c.last_imported_at:%Y-%m-%d})" if c.last_sequence else "belum ada paket"
        say(f"{c.nib}  {c.name or '(belum bernama)':<40} {c.fingerprint}  {last}")
    say(f"{len(coops)} koperasi terdaftar.")
    return 0


def hub_incidents(args, ctx) -> int:
    found = hub.incidents(ctx.reader(), args.coop)
    if args.json:
        emit_json(found)
        return 0
    for i in found:
        say(f"{i.at:%Y-%m-%d %H:%M} {i.nib} {i.kind:<8} paket {i.sequence or '-'}: {i.detail}")
    if not found:
        say("Tidak ada insiden.")
    return 0


def hub_config(args, ctx) -> int:
    if args.name is None and args.place is None and args.timezone is None:
        out = hub.settings(ctx.reader())
    else:
        out = hub.configure(ctx.uow(), name=args.name, place=args.place, timezone=args.timezone)
    if args.json:
        emit_json(out)
    else:
        say(f"Hub: {out['name']} · tempat: {out['place'] or '-'} · zona waktu: {out['timezone']}")
    return 0

