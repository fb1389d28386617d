"""kopdes printer emulate: a network receipt printer on this PC, for training and support.

A device tool with no data of its own, so it uses the device adapter directly.
"""

from __future__ import annotations

from pathlib import Path

from app.cli.io import Refused, say
from app.devices.printer_emulator import PrinterEmulator, ReceivedJob

HELP = """Jalankan printer struk tiruan di komputer ini: ia mendengarkan seperti printer jaringan
(port 9100) dan menampilkan isi setiap struk yang diterima. Untuk latihan kasir dan
pemeriksaan tanpa printer: atur printer ke tcp://127.0.0.1:9100, lalu jual seperti biasa.
Dengan --out, setiap tugas juga disimpan sebagai .bin (byte ESC/POS) dan .png (gambar kertas).
Hentikan dengan Ctrl+C."""


def add_parser(group, common) -> None:
    import argparse

    p = group.add_parser("emulate", parents=[common], help="printer jaringan tiruan untuk latihan",
                         description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="127.0.0.1", help="alamat yang didengarkan (bawaan 127.0.0.1: hanya komputer ini)")
    p.add_argument("--port", type=int, default=9100)
    p.add_argument("--width", type=int, choices=(58, 80), default=58, help="lebar kertas gambar .png")
    p.add_argument("--out", type=Path, metavar="FOLDER", help="simpan tiap tugas (.bin dan .png) di sini")
    p.set_defaults(handler=emulate)


def _show(job: ReceivedJob) -> None:
    extras = [f"{job.size} byte"]
    if job.cuts:
        extras.append("potong")
    if job.drawer_pins:
        extras.append(f"laci kas pin {', '.join(map(str, job.drawer_pins))}")
    say(f"--- tugas {job.number} ({', '.join(extras)}) ---")
    for line in job.text_lines:
        say(line)
    if job.png_path is not None:
        say(f"(gambar: {job.png_path})")


def emulate(args, ctx) -> int:
    if not 1 <= args.port <= 65535:
        raise Refused("--port harus 1-65535.")
    width_dots = 384 if args.width == 58 else 576
    try:
        emulator = PrinterEmulator(args.host, args.port, out_dir=args.out, width_dots=width_dots, on_job=_show)
    except OSError as e:
        raise Refused(f"Tidak bisa mendengarkan di {args.host}:{args.port}: {e.strerror or e}. "
                      "Port sudah dipakai? Coba --port lain.") from None
    say(f"Printer tiruan siap di {emulator.uri} (Ctrl+C untuk berhenti).")
    try:
        emulator.serve_forever()
    except KeyboardInterrupt:
        say(f"Berhenti. {len(emulator.jobs)} tugas diterima.")
    return 0
