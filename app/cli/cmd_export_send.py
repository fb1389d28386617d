"""kopdes export send [--json] | settings [--hub-url URL] [--kode-wilayah …] [--units …]
[--partnership KIND:PARTNER[:DATE] … | --no-partnerships] [--share-names yes|no] | queue SEQUENCE [--file ZIP]

Delivery of the district packages to the hub (services/sync_upload.py): `send` processes
the upload queue once (for a scheduled task: Task Scheduler / cron every 15 minutes),
`settings --hub-url` sets the hub's address ("" to stop uploading), `queue` queues one
export again (a refused one, or one made before the address was set, with its file).
`settings` also sets what the packages say about the cooperative (services/sync_profile.py):
region code, business units, partnerships and whether member names may go along.
Registered under `kopdes export` by cmd_export.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
from pathlib import Path

from app.cli.io import LOCAL_VIEWER, Refused, acting_user, emit_json, reader, say
from app.domain.sync_outlet import BUSINESS_UNITS
from app.services import sync_profile, sync_upload

RAW = argparse.RawDescriptionHelpFormatter

SEND_HELP = """Kirim paket yang menunggu di antrean unggah ke hub kabupaten, sekali jalan (untuk tugas
terjadwal). Paket yang diterima hub langsung tercatat diterima kabupaten (tanda terimanya ikut
diimpor); yang ditolak hub (4xx) berhenti dengan alasannya sampai diantrekan lagi; bila hub
atau jaringan tidak ada, dicoba lagi nanti (1 menit, berlipat dua sampai 6 jam).

JSON: {"hub_url", "results": [{"sequence", "file", "outcome", "status", "attempts",
 "next_attempt_at", "reason", "acknowledged"}], "queued", "due", "refused"}

Kode keluar: 0 berhasil (juga bila hub belum bisa dihubungi: dicoba lagi nanti); 2 ditolak."""


SETTINGS_HELP = """Tanpa pilihan: tampilkan pengaturan. Mengubah perlu bendahara atau admin (--user).

  --hub-url https://...        alamat hub (http hanya untuk 127.0.0.1); "" berhenti mengunggah
                               (paket hanya disimpan ke folder)
  --kode-wilayah 3203052003    kode wilayah desa (Kemendagri, 10 angka); "" kosongkan
  --units sembako,lpg,...      unit usaha koperasi (menggantikan daftar yang ada); "" tidak ada
  --partnership brilink:BRI:2025-09-01   kemitraan JENIS:MITRA[:SEJAK], boleh berulang
                               (menggantikan daftar yang ada); --no-partnerships mengosongkan
  --share-names yes|no         nama anggota boleh ikut dalam paket ke kabupaten (data pribadi)

Nilai yang salah: tidak ada yang diubah (kode keluar 2, alasan di stderr).

JSON: {"hub_url", "queued", "due", "refused", "last_error", "kode_wilayah", "business_units",
 "partnerships": [{"kind", "partner", "since"}], "share_names"}"""


def register(g, common) -> None:
    """Add `send`, `settings` and `queue` to the `kopdes export` action group."""
    s = g.add_parser("send", parents=[common], help="kirim antrean unggah ke hub kabupaten (sekali jalan)",
                     description=SEND_HELP, formatter_class=RAW)
    s.set_defaults(handler=send_cmd)

    st = g.add_parser("settings", parents=[common], help="alamat hub dan data koperasi untuk kabupaten",
                      formatter_class=RAW, description=SETTINGS_HELP)
    st.add_argument("--hub-url", metavar="URL", default=None, help="alamat hub, mis. https://sinkron.kab.go.id")
    st.add_argument("--kode-wilayah", metavar="KODE", default=None,
                    help="kode wilayah desa Kemendagri, 10 angka (\"\" = kosongkan)")
    st.add_argument("--units", metavar="UNIT,…", default=None,
                    help=f"unit usaha, dipisah koma (\"\" = tidak ada): {', '.join(BUSINESS_UNITS)}")
    st.add_argument("--partnership", metavar="JENIS:MITRA[:TTTT-BB-HH]", action="append", default=None,
                    help="kemitraan, mis. brilink:BRI:2025-09-01 (boleh berulang; menggantikan daftar yang ada)")
    st.add_argument("--no-partnerships", action="store_true", help="kosongkan daftar kemitraan")
    st.add_argument("--share-names", choices=("yes", "no"), default=None,
                    help="nama anggota boleh ikut dalam paket (data pribadi)")
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


def _partnership(text: str) -> dict:
    """JENIS:MITRA[:TTTT-BB-HH]; the partner may itself hold a colon when a date follows."""
    parts = text.split(":")
    if len(parts) < 2:
        raise Refused(f"--partnership harus JENIS:MITRA[:TTTT-BB-HH], bukan {text!r}.")
    since = ""
    if len(parts) > 2 and re.fullmatch(r"[0-9-]+", parts[-1]):
        since = parts.pop()
    return {"kind": parts[0].strip(), "partner": ":".join(parts[1:]).strip(), "since": since}


def profile_changes(args) -> dict:
    """The sync_profile values the flags ask for (none given: {})."""
    values: dict = {}
    if args.kode_wilayah is not None:
        values[sync_profile.KODE_WILAYAH] = args.kode_wilayah.strip()
    if args.units is not None:
        values[sync_profile.BUSINESS_UNITS] = [u.strip() for u in args.units.split(",") if u.strip()]
    if args.partnership and args.no_partnerships:
        raise Refused("--partnership dan --no-partnerships tidak bisa dipakai bersama.")
    if args.partnership:
        values[sync_profile.PARTNERSHIPS] = [_partnership(t) for t in args.partnership]
    elif args.no_partnerships:
        values[sync_profile.PARTNERSHIPS] = []
    if args.share_names is not None:
        values[sync_profile.SHARE_NAMES] = args.share_names == "yes"
    return values


def settings_cmd(args, ctx) -> int:
    changes = profile_changes(args)
    if args.hub_url is not None or changes:
        actor = acting_user(ctx, args.user)
        if args.hub_url is not None:
            sync_upload.check_hub_url(args.hub_url)  # before anything is written
        if changes:
            sync_profile.set_profile(ctx.uow(), actor, changes)
        if args.hub_url is not None:
            sync_upload.set_hub_url(ctx.uow(), actor, args.hub_url)
        actor = LOCAL_VIEWER  # the admin may change these but not read the queue; everyone reads them
    else:
        actor = reader(ctx, args.user)
    state = sync_upload.queue_state(ctx.reader(), actor)
    prof = sync_profile.get_profile(ctx.reader(), actor)
    if args.json:
        emit_json({**dataclasses.asdict(state), "kode_wilayah": prof.kode_wilayah,
                   "business_units": list(prof.business_units), "partnerships": list(prof.partnerships),
                   "share_names": prof.share_names})
        return 0
    say(f"Alamat hub: {state.hub_url or '(tidak diatur: paket hanya disimpan ke folder)'}")
    say(f"Antrean unggah: {state.queued} menunggu ({state.due} siap dikirim), {state.refused} ditolak hub.")
    if state.last_error:
        say(f"Kesalahan terakhir: {state.last_error}")
    say(f"Kode wilayah: {prof.kode_wilayah or '(belum diatur)'}")
    say(f"Unit usaha: {', '.join(prof.business_units) or '(tidak ada)'}")
    partners = [f"{p['kind']}: {p['partner']}" + (f" sejak {p['since']}" if p["since"] else "")
                for p in prof.partnerships]
    say(f"Kemitraan: {'; '.join(partners) or '(tidak ada)'}")
    say(f"Nama anggota ikut dalam paket: {'ya' if prof.share_names else 'tidak'}")
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
