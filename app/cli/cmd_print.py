"""kopdes printer ... | receipt | print-jobs ...  (receipt printers and the print queue)

This PC (the station) is --station (or --till), else KOPDES_TILL, else KASIR-1: the
same name the cashier commands use, so a sale made on KASIR-1 prints on KASIR-1's
printer. Printer addresses are URIs: tcp://IP:9100, usb://VID:PID, serial:///dev/ttyUSB0,
win32://NAMA PRINTER, cups://ANTREAN, lp://ANTREAN, file:///dev/usb/lp0.

Exit codes: 0 printed / done; 2 refused input, or the printer could not be reached
(the reason on stderr; a receipt that did not print stays in the queue); 1 unexpected.
"""

from __future__ import annotations

import argparse
import functools
import os
from pathlib import Path

from app.cli import cmd_emulate
from app.cli.io import Refused, acting_user, emit_json, reader, say
from app.domain.clock import zone
from app.domain.errors import DomainError
from app.domain.fmt import local_datetime
from app.services import print_worker, printing, profile

STATUSES = tuple(printing.STATUS_LABELS)  # pending, sending, done, failed, cancelled
TEST_TIMEOUT_S = 4.0

URI_HELP = ("alamat printer: tcp://IP:9100, usb://VID:PID, serial:///dev/ttyUSB0?baud=9600, serial://COM3, "
            "win32://NAMA PRINTER, cups://ANTREAN, lp://ANTREAN, file:///dev/usb/lp0")
STATION_HELP = "nama komputer/kasir ini (bawaan KOPDES_TILL atau KASIR-1)"

JOB_JSON = """JSON satu tugas cetak (kunci tetap; waktu ISO 8601 UTC, null bila belum ada):
  {"id", "uuid", "station", "kind", "kind_label", "ref", "title", "status", "status_label",
   "attempts", "next_attempt_at", "last_error", "printer_uri", "created_at", "created_by",
   "done_at", "size_bytes"}
kind: receipt, reprint, shift_report, slip, lpg_slip, test.
status: pending (menunggu), sending (sedang dikirim), done (selesai), failed (gagal; dicoba
lagi otomatis bila next_attempt_at terisi, selain itu menunggu retry/cancel), cancelled."""

PRINTER_JSON = """JSON: {"station", "uri" ("" = belum diatur), "configured", "width_mm", "has_cutter",
 "native_qr", "drawer_pin" (2, 5 atau null), "auto_receipt", "queue": {"pending", "failed"}}
queue.pending = tugas yang menunggu atau akan dicoba lagi; queue.failed = tugas gagal yang
menunggu retry/cancel dari kasir."""

RECEIPT_HELP = f"""Cetak struk penjualan SALE_NO di printer komputer ini, sekarang juga.

Struk dimasukkan ke antrean cetak lalu langsung dikirim ke printer (--printer URI,
atau printer yang diatur dengan `kopdes printer set`). Bila printer tidak dapat
dihubungi, perintah keluar dengan kode 2 dan alasannya; struk tetap di antrean
(nomor tugasnya disebut) dan dicoba lagi oleh aplikasi kasir atau `kopdes print-jobs run`.

--copy mencetak SALINAN (cetak ulang; tercatat di log audit).
--preview FILE.png menulis gambar struk seperti tercetak di kertas printer ini.
  Dengan --preview saja TIDAK ADA yang dicetak atau diantrekan (tidak perlu --user);
  tambahkan --printer URI untuk juga mencetaknya.
Mencetak perlu --user (kasir atau pengguna lain dengan hak cetak).

JSON: {{"sale_no", "copy", "preview" (jalur PNG atau null), "job" (tugas cetak atau null)}}
{JOB_JSON}"""

LIST_HELP = f"""Daftar tugas cetak, terbaru dulu (bawaan: komputer ini; --all: semua komputer).

JSON: [tugas, ...]
{JOB_JSON}"""

RUN_HELP = f"""Kirim semua tugas cetak yang jatuh tempo untuk komputer ini (yang menunggu, dan yang
gagal lalu waktunya dicoba lagi), berhenti pada kegagalan pertama. Keluar 2 bila printer
gagal atau belum diatur padahal ada tugas yang menunggu.

JSON: {{"station", "sent": [tugas, ...], "queue": {{"pending", "failed"}}}}
{JOB_JSON}"""


def register(sub, common) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    g = sub.add_parser("printer", parents=[common], help="printer struk komputer ini").add_subparsers(
        dest="printer_cmd", metavar="AKSI", required=True)
    p = g.add_parser("show", parents=[common], help="printer yang diatur untuk komputer ini",
                     description=PRINTER_JSON, formatter_class=raw)
    p.add_argument("--station", "--till", dest="station", metavar="NAMA", help=STATION_HELP)
    p.set_defaults(handler=printer_show)
    p = g.add_parser("set", parents=[common], help="atur printer komputer ini (pengurus/admin)",
                     description="Atur printer komputer ini. Pilihan yang tidak disebut tetap seperti "
                                 "sebelumnya. URI 'none' menghapus printer (tugas cetak menunggu di antrean).\n\n"
                                 + PRINTER_JSON, formatter_class=raw)
    p.add_argument("uri", metavar="URI", help=URI_HELP + "; atau none")
    p.add_argument("--width", type=int, choices=(58, 80), help="lebar kertas dalam mm (32 atau 48 kolom)")
    p.add_argument("--cutter", action=argparse.BooleanOptionalAction, default=None,
                   help="printer punya pemotong kertas otomatis")
    p.add_argument("--native-qr", action=argparse.BooleanOptionalAction, default=None,
                   help="cetak QR dengan perintah QR printer (bawaan: sebagai gambar, cocok untuk semua printer)")
    p.add_argument("--drawer-pin", choices=("2", "5", "none"), help="pin laci kas di printer, atau none")
    p.add_argument("--auto-receipt", action=argparse.BooleanOptionalAction, default=None,
                   help="cetak struk otomatis setiap penjualan")
    p.add_argument("--station", "--till", dest="station", metavar="NAMA", help=STATION_HELP)
    p.set_defaults(handler=printer_set)
    p = g.add_parser("test", parents=[common], help="cetak halaman uji sekarang",
                     description="Cetak halaman uji ke URI (atau ke printer yang diatur) sekarang juga, tanpa "
                                 "mengubah pengaturan. Keluar 2 dengan alasannya bila printer tidak dapat "
                                 "dihubungi dalam --timeout detik.\n\nJSON: tugas cetak halaman uji.\n" + JOB_JSON,
                     formatter_class=raw)
    p.add_argument("uri", metavar="URI", nargs="?", help=URI_HELP + " (bawaan: printer yang diatur)")
    p.add_argument("--width", type=int, choices=(58, 80), help="lebar kertas (bawaan: pengaturan, atau 58)")
    p.add_argument("--timeout", type=_seconds, default=TEST_TIMEOUT_S, metavar="DETIK")
    p.add_argument("--station", "--till", dest="station", metavar="NAMA", help=STATION_HELP)
    p.set_defaults(handler=printer_test)
    p = g.add_parser("discover", parents=[common], help="cari printer USB, serial, CUPS dan Windows",
                     description="Cari printer yang terlihat dari komputer ini (tidak ada yang dicetak). "
                                 "Printer jaringan tidak dicari: lihat IP-nya di halaman self-test printer.\n\n"
                                 'JSON: {"printers": [{"uri", "description", "source"}], "notes": [...]}\n'
                                 "source: usb, serial, cups, win32; notes: sumber yang tidak tersedia dan sebabnya.",
                     formatter_class=raw)
    p.set_defaults(handler=printer_discover)
    cmd_emulate.add_parser(g, common)

    p = sub.add_parser("receipt", parents=[common], help="cetak (ulang) struk penjualan",
                       description=RECEIPT_HELP, formatter_class=raw)
    p.add_argument("sale_no", metavar="SALE_NO", help="nomor penjualan, mis. PJ-20261123-0001")
    p.add_argument("--printer", metavar="URI", help="cetak ke printer ini, bukan printer yang diatur")
    p.add_argument("--copy", action="store_true", help="cetak SALINAN (cetak ulang, tercatat di audit)")
    p.add_argument("--preview", metavar="FILE.png", help="tulis gambar struk; tanpa --printer tidak mencetak")
    p.add_argument("--timeout", type=_seconds, default=print_worker.SEND_TIMEOUT_S, metavar="DETIK")
    p.add_argument("--station", "--till", dest="station", metavar="NAMA", help=STATION_HELP)
    p.set_defaults(handler=receipt)

    g = sub.add_parser("print-jobs", parents=[common], help="antrean cetak").add_subparsers(
        dest="jobs_cmd", metavar="AKSI", required=True)
    p = g.add_parser("list", parents=[common], help="daftar tugas cetak", description=LIST_HELP,
                     formatter_class=raw)
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--ref", metavar="NOMOR", help="hanya untuk dokumen ini, mis. PJ-20261123-0001")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--station", "--till", dest="station", metavar="NAMA", help=STATION_HELP)
    where.add_argument("--all", action="store_true", help="semua komputer")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=jobs_list)
    p = g.add_parser("retry", parents=[common], help="kembalikan tugas ke antrean dan kirim sekarang",
                     description="Kembalikan tugas cetak yang gagal/dibatalkan ke antrean dan langsung kirim ke "
                                 "printer komputer tugas itu (tanpa membuka laci kas). Keluar 2 bila printer "
                                 "masih gagal; tugas tetap di antrean.\n\n" + JOB_JSON, formatter_class=raw)
    p.add_argument("job_id", metavar="ID", type=_job_id)
    p.add_argument("--queue-only", action="store_true", help="hanya kembalikan ke antrean, jangan kirim sekarang")
    p.add_argument("--timeout", type=_seconds, default=print_worker.SEND_TIMEOUT_S, metavar="DETIK")
    p.set_defaults(handler=jobs_retry)
    p = g.add_parser("cancel", parents=[common], help="batalkan tugas cetak yang menunggu/gagal",
                     description="Batalkan tugas cetak (tercatat di log audit).\n\n" + JOB_JSON,
                     formatter_class=raw)
    p.add_argument("job_id", metavar="ID", type=_job_id)
    p.set_defaults(handler=jobs_cancel)
    p = g.add_parser("run", parents=[common], help="kirim semua tugas yang jatuh tempo", description=RUN_HELP,
                     formatter_class=raw)
    p.add_argument("--timeout", type=_seconds, default=print_worker.SEND_TIMEOUT_S, metavar="DETIK")
    p.add_argument("--station", "--till", dest="station", metavar="NAMA", help=STATION_HELP)
    p.set_defaults(handler=jobs_run)


# ---------------------------------------------------------------- parsing and shapes

def _seconds(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"harus angka detik, bukan {text!r}") from None
    if not 0.5 <= value <= 60:
        raise argparse.ArgumentTypeError("harus 0,5 sampai 60 detik")
    return value


def _job_id(text: str) -> int:
    value = text.strip().lstrip("#")
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"nomor tugas cetak harus angka (mis. 12), bukan {text!r}")
    return int(value)


def _station(args) -> str:
    return (getattr(args, "station", None) or os.environ.get("KOPDES_TILL") or "KASIR-1").strip().upper()


def _zone(ctx):
    p = profile.get(ctx.reader())
    return zone(p.timezone if p else "WIB")


def job_json(j: printing.JobInfo) -> dict:
    return {"id": j.id, "uuid": j.uuid, "station": j.station, "kind": j.kind, "kind_label": j.kind_label,
            "ref": j.ref, "title": j.title, "status": j.status, "status_label": j.status_label,
            "attempts": j.attempts, "next_attempt_at": j.next_attempt_at, "last_error": j.last_error,
            "printer_uri": j.printer_uri, "created_at": j.created_at, "created_by": j.created_by,
            "done_at": j.done_at, "size_bytes": j.size_bytes}


def _counts_json(c: printing.QueueCounts) -> dict:
    return {"pending": c.pending, "failed": c.failed}


def _job_line(ctx, j: printing.JobInfo, z=None) -> str:
    z = z or _zone(ctx)
    line = (f"#{j.id:<5} {j.station:<10} {local_datetime(j.created_at, z)}  {j.kind_label:<14} {j.ref or '-':<18} "
            f"{j.status_label}" + (f" ({j.attempts}x)" if j.attempts > 1 else ""))
    if j.status == "failed" and j.last_error:
        line += f"\n        {j.last_error}"
    return line


def _clear_uri_errors(handler):
    """A malformed printer address: the reason, then every accepted form under a heading."""
    @functools.wraps(handler)
    def run(args, ctx) -> int:
        try:
            return handler(args, ctx)
        except DomainError as exc:
            if exc.code != "bad_uri":
                raise
            raise Refused(exc.message + "\nBentuk alamat yang diterima:\n"
                          + "\n".join(f"  {form}" for form in printing.ACCEPTED_FORMS)) from None
    return run


def _not_printed(what: str, job: printing.JobInfo, exc: DomainError) -> Refused:
    """The printer failed: say why, and that the job is kept (with what to do next)."""
    if exc.code == "no_printer":
        why = (f"printer belum diatur untuk {job.station} (atur dengan `kopdes printer set URI`, "
               "atau sebutkan --printer URI)")
    else:
        why = str(exc).rstrip(".")
    return Refused(f"{what} belum tercetak: {why}.\nTugas cetak #{job.id} tetap di antrean: cetak lagi dengan "
                   f"`kopdes print-jobs retry {job.id}` (atau `kopdes print-jobs run`), "
                   f"batalkan dengan `kopdes print-jobs cancel {job.id}`.")


def _send(ctx, actor, job: printing.JobInfo, what: str, *, uri: str | None, timeout: float) -> printing.JobInfo:
    try:
        return print_worker.send_now(ctx.uow, actor, job.id, uri=uri, timeout=timeout)
    except DomainError as exc:
        raise _not_printed(what, job, exc) from None


# ---------------------------------------------------------------- printer

def _show_printer(args, ctx, actor, config: printing.PrinterConfig) -> None:
    counts = printing.queue_counts(ctx.reader(), actor, config.station)
    if args.json:
        emit_json({"station": config.station, "uri": config.uri, "configured": bool(config.uri),
                   "width_mm": config.width_mm, "has_cutter": config.has_cutter, "native_qr": config.native_qr,
                   "drawer_pin": config.drawer_pin, "auto_receipt": config.auto_receipt,
                   "queue": _counts_json(counts)})
        return
    yes = {True: "ya", False: "tidak"}
    say(f"Printer {config.station}: " + (config.uri or "belum diatur (tugas cetak menunggu di antrean)"))
    say(f"  kertas {config.width_mm} mm ({config.width.columns} kolom), pemotong {yes[config.has_cutter]}, "
        f"QR printer {yes[config.native_qr]}, laci kas "
        + (f"pin {config.drawer_pin}" if config.drawer_pin else "tidak ada")
        + f", struk otomatis {yes[config.auto_receipt]}")
    say(f"  antrean: {counts.pending} menunggu, {counts.failed} gagal menunggu tindakan")


def printer_show(args, ctx) -> int:
    actor = reader(ctx, args.user)
    _show_printer(args, ctx, actor, printing.get_printer(ctx.reader(), actor, _station(args)))
    return 0


@_clear_uri_errors
def printer_set(args, ctx) -> int:
    uri = "" if args.uri.strip().lower() in ("", "none") else args.uri.strip()
    actor = acting_user(ctx, args.user)
    now = printing.get_printer(ctx.reader(), actor, _station(args))
    pin = now.drawer_pin if args.drawer_pin is None else (None if args.drawer_pin == "none" else int(args.drawer_pin))
    config = printing.PrinterConfig(
        now.station, uri, args.width or now.width_mm,
        now.has_cutter if args.cutter is None else args.cutter,
        now.native_qr if args.native_qr is None else args.native_qr, pin,
        now.auto_receipt if args.auto_receipt is None else args.auto_receipt)
    saved = printing.save_printer(ctx.uow(), actor, config)
    _show_printer(args, ctx, actor, saved)
    if not args.json and saved.uri:
        say(f"Coba dengan: kopdes printer test --station {saved.station} --user {actor.username}")
    return 0


@_clear_uri_errors
def printer_test(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    job = print_worker.test_printer(ctx.uow, actor, _station(args), args.uri, width_mm=args.width,
                                    timeout=args.timeout)
    if args.json:
        emit_json(job_json(job))
    else:
        say(f"Halaman uji terkirim ke {job.printer_uri}. Periksa kertasnya: teks, QR, dan garis angka "
            "harus terbaca utuh.")
    return 0


def printer_discover(args, ctx) -> int:
    found = printing.discover_printers()
    if args.json:
        emit_json({"printers": [{"uri": p.uri, "description": p.description, "source": p.source}
                                for p in found.printers], "notes": list(found.notes)})
        return 0
    if not found.printers:
        say("Tidak ada printer USB, serial, CUPS atau Windows yang ditemukan.")
    for p in found.printers:
        say(f"{p.uri:<40} {p.description}")
    for note in found.notes:
        say(f"catatan: {note}")
    say("Printer jaringan: cetak halaman self-test printer untuk melihat IP-nya, lalu pakai tcp://IP:9100.")
    return 0


# ---------------------------------------------------------------- receipt

@_clear_uri_errors
def receipt(args, ctx) -> int:
    station = _station(args)
    if args.printer:
        printing.check_uri(args.printer)  # a malformed address is refused before anything is queued
    preview_path = None
    if args.preview:
        preview_path = Path(args.preview)
        if preview_path.suffix.lower() != ".png":
            raise Refused(f"--preview harus berkas .png, bukan {args.preview!r}.")
        preview = printing.receipt_preview(ctx.reader(), reader(ctx, args.user), station, args.sale_no,
                                           copy=args.copy)
        try:
            preview_path.write_bytes(preview.png)
        except OSError as exc:
            raise Refused(f"Berkas {args.preview} tidak bisa ditulis: {exc.strerror or exc}.") from None
    job = None
    if not args.preview or args.printer:
        actor = acting_user(ctx, args.user)
        queued = printing.print_receipt(ctx.uow(), actor, station, args.sale_no, copy=args.copy)
        what = f"{'Salinan struk' if args.copy else 'Struk'} {queued.ref}"
        job = _send(ctx, actor, queued, what, uri=args.printer, timeout=args.timeout)
    if args.json:
        emit_json({"sale_no": job.ref if job else args.sale_no.strip().upper(), "copy": args.copy,
                   "preview": str(preview_path) if preview_path else None, "job": job_json(job) if job else None})
        return 0
    if preview_path:
        say(f"Pratinjau struk {args.sale_no.strip().upper()} ditulis ke {preview_path}.")
    if job:
        say(f"{'Salinan struk' if args.copy else 'Struk'} {job.ref} tercetak di {job.printer_uri} "
            f"(tugas #{job.id}).")
    return 0


# ---------------------------------------------------------------- print-jobs

def jobs_list(args, ctx) -> int:
    if not 1 <= args.limit <= 10_000:
        raise Refused("--limit harus 1 sampai 10000.")
    actor = reader(ctx, args.user)
    rows = printing.list_jobs(ctx.reader(), actor, station=None if args.all else _station(args),
                              status=args.status, ref=args.ref, limit=args.limit)
    if args.json:
        emit_json([job_json(j) for j in rows])
        return 0
    if not rows:
        say("Tidak ada tugas cetak.")
    z = _zone(ctx)
    for j in rows:
        say(_job_line(ctx, j, z))
    return 0


def jobs_retry(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    job = printing.retry(ctx.uow(), actor, args.job_id)
    if not args.queue_only:
        job = _send(ctx, actor, job, f"Tugas cetak #{job.id} ({job.title})", uri=None, timeout=args.timeout)
    if args.json:
        emit_json(job_json(job))
    elif job.status == "done":
        say(f"Tugas cetak #{job.id} ({job.title}) tercetak di {job.printer_uri}.")
    else:
        say(f"Tugas cetak #{job.id} ({job.title}) kembali ke antrean {job.station}.")
    return 0


def jobs_cancel(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    job = printing.cancel(ctx.uow(), actor, args.job_id)
    emit_json(job_json(job)) if args.json else say(f"Tugas cetak #{job.id} ({job.title}) dibatalkan.")
    return 0


def jobs_run(args, ctx) -> int:
    station = _station(args)
    actor = acting_user(ctx, args.user)
    config = printing.get_printer(ctx.reader(), actor, station)
    sent = print_worker.run_due(ctx.uow, actor, station, timeout=args.timeout)
    counts = printing.queue_counts(ctx.reader(), actor, station)
    done = [j for j in sent if j.status == "done"]
    if sent and sent[-1].status == "failed":
        bad = sent[-1]
        raise Refused(f"{len(done)} tugas tercetak; tugas #{bad.id} ({bad.title}) gagal: "
                      f"{bad.last_error.rstrip('.')}.\nTugas yang belum tercetak tetap di antrean ({counts.pending} "
                      "menunggu); periksa printer lalu jalankan lagi `kopdes print-jobs run`.")
    if not config.uri and counts.pending:
        raise Refused(f"Printer belum diatur untuk {station}; {counts.pending} tugas cetak menunggu di antrean. "
                      "Atur dengan `kopdes printer set URI`.")
    if args.json:
        emit_json({"station": station, "sent": [job_json(j) for j in sent], "queue": _counts_json(counts)})
        return 0
    say(f"{len(done)} tugas tercetak di {config.uri or '-'}." if done else "Tidak ada tugas cetak yang jatuh tempo.")
    if counts.pending:
        say(f"{counts.pending} tugas menunggu percobaan berikutnya.")
    if counts.failed:
        say(f"{counts.failed} tugas gagal menunggu tindakan: lihat `kopdes print-jobs list --status failed`.")
    return 0
