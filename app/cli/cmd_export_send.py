"""kopdes export send [--json] | settings [--hub-url URL] | queue SEQUENCE [--file ZIP]

Delivery of the district packages to the hub (services/sync_upload.py): `send` processes
the upload queue once (for a scheduled task: Task Scheduler / cron every 15 minutes),
`settings --hub-url` sets the hub's address ("" to stop uploading), `queue` queues one
export again (a refused one, or one made before the address was set, with its file).
Registered under `kopdes export` by cmd_export.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.io import Refused, acting_user, emit_json, reader, say
from app.services import sync_upload

RAW = argparse.RawDescriptionHelpFormatter

SEND_HELP = """Kirim paket yang menunggu di antrean unggah ke hub kabupaten, sekali jalan (untuk tugas
terjadwal). Paket yang diterima hub langsung tercatat diterima kabupaten (tanda terimanya ikut
diimpor); yang ditolak hub (4xx) berhenti dengan alasannya sampai diantrekan lagi; bila hub
atau jaringan tidak ada, dicoba lagi nanti (1 menit, berlipat dua sampai 6 jam).

JSON: {"hub_url", "results": [{"sequence", "file", "outcome", "status", "attempts",
 "next_attempt_at", "reason", "acknowledged"}], "queued", "due", "refused"}

Kode keluar: 0 berhasil (juga bila hub belum bisa dihubungi: dicoba lagi nanti); 2 ditolak."""


def register(g, common) -> None:
    """Add `send`, `settings` and `queue` to the `kopdes export` action group."""
    s = g.add_parser("send", parents=[common], help="kirim antrean unggah ke hub kabupaten (sekali jalan)",
                     description=SEND_HELP, formatter_class=RAW)
    s.set_defaults(handler=send_cmd)

    st = g.add_parser("settings", parents=[common], help="alamat hub kabupaten untuk unggah paket",
                      formatter_class=RAW,
                      description="Tanpa --hub-url: tampilkan pengaturan. --hub-url https://... mengatur alamat hub "
                                  "(http hanya untuk 127.0.0.1); --hub-url \"\" berhenti mengunggah (paket hanya "
                                  "disimpan ke folder). Mengubah perlu bendahara (--user).\n\n"
                                  "JSON: {\"hub_url\", \"queued\", \"due\", \"refused\", \"last_error\"}")
    st.add_argument("--hub-url", metavar="URL", default=None, help="alamat hub, mis. https://sinkron.kab.go.id")
    st.set_defaults(handler=settings_cmd)

    q = g.add_parser("queue", parents=[common], help="antrekan satu paket untuk diunggah lagi", formatter_class=RAW,
                     description="Antrekan paket NOMOR untuk diunggah (mis. setelah ditolak hub karena gerai belum "
                                 "terdaftar). Bila isi paket tidak tersimpan, sebutkan berkasnya dengan --file. "
                                 "Perlu bendahara (--user).")
    q.add_argument("sequence", metavar="NOMOR", type=int)
    q.add_argument("--file", metavar="ZIP", help="berkas paket kopdes-...zip")
    q.set_defaults(handler=queue_cmd)


_OUTCOME = {"accepted": "diterima hub", "refused": "ditolak hub", "retry": "dicoba lagi nanti"}


def send_cmd(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    results = sync_upload.process_due(ctx.uows, actor)
    state = sync_upload.queue_state(ctx.reader(), actor)
    if args.json:
        emit_json({"hub_url": state.hub_url, "queued": state.queued, "due": state.due, "refused": state.refused,
                   "results": [{"sequence": r.upload.sequence, "file": r.upload.file_name, "outcome": r.outcome,
                                "status": r.upload.status, "attempts": r.upload.attempts,
                                "next_attempt_at": r.upload.next_attempt_at, "reason": r.reason,
                                "acknowledged": r.acknowledged} for r in results]})
        return 0
    if not state.hub_url:
        say("Alamat hub kabupaten belum diatur (kopdes export settings --hub-url URL): tidak ada yang dikirim.")
        return 0
    if not results:
        say("Tidak ada paket yang perlu dikirim sekarang.")
    for r in results:
        line = f"{r.upload.file_name}: {_OUTCOME.get(r.outcome, r.outcome)}"
        if r.acknowledged:
            line += ", tanda terima diimpor"
        if r.reason:
            line += f" — {r.reason}"
        say(line + ".")
    if state.queued:
        say(f"Masih di antrean: {state.queued} paket.")
    return 0


def settings_cmd(args, ctx) -> int:
    if args.hub_url is not None:
        sync_upload.set_hub_url(ctx.uow(), acting_user(ctx, args.user), args.hub_url)
    state = sync_upload.queue_state(ctx.reader(), reader(ctx, args.user))
    if args.json:
        emit_json(state)
        return 0
    say(f"Alamat hub: {state.hub_url or '(tidak diatur: paket hanya disimpan ke folder)'}")
    say(f"Antrean unggah: {state.queued} menunggu ({state.due} siap dikirim), {state.refused} ditolak hub.")
    if state.last_error:
        say(f"Kesalahan terakhir: {state.last_error}")
    return 0


def queue_cmd(args, ctx) -> int:
    data = None
    if args.file:
        path = Path(args.file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise Refused(f"Berkas {path} tidak bisa dibaca: {exc.strerror}.") from None
    info = sync_upload.enqueue(ctx.uow(), acting_user(ctx, args.user), args.sequence, data)
    if args.json:
        emit_json(info)
    else:
        say(f"Paket {info.file_name} diantrekan untuk diunggah (status: {info.status}).")
    return 0
