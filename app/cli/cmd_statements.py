"""kopdes statements --month YYYY-MM --out DIR

Every active member's monthly statement (Rekening Koran) as PDFs in DIR, the combined PDF
to print, and the treasurer's summary (PDF and XLSX). Reads only: without --user it runs as
the local read-only viewer; with --user the user needs report.view, member.view and print.

Exit codes: 0 ok; 2 refused (a bad or future month, a missing folder, no permission; the
reason on stderr, nothing written); 1 unexpected.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.io import emit_json, reader, say
from app.domain.fmt import rupiah
from app.services import member_statements

HELP = """Rekening koran bulanan semua anggota aktif (simpanan per jenis: saldo awal, mutasi, saldo
akhir; angsuran pinjaman yang dibayar dan sisa pokok akhir bulan; belanja di gerai).

Ditulis ke folder DIR (harus sudah ada):
  rekening-koran-TTTT-BB-<no anggota>.pdf   satu per anggota
  rekening-koran-TTTT-BB-semua.pdf          gabungan siap cetak, tiap anggota mulai halaman baru
                                            (--duplex: lembar baru bila dicetak bolak-balik)
  rekening-koran-TTTT-BB-ringkasan.pdf      ringkasan untuk bendahara (dan .xlsx)
Berkas ditulis dulu ke folder tersembunyi lalu dipindahkan sekaligus: bila gagal atau
dibatalkan, tidak ada berkas setengah jadi. Bulan yang belum mulai ditolak; bulan berjalan
dihitung sampai hari ini.

Kode keluar: 0 berhasil; 2 ditolak (bulan salah atau belum mulai, folder tidak ada, tidak
berhak; alasan di stderr, tidak ada yang ditulis); 1 kesalahan tak terduga.

JSON: {"month", "members", "folder", "combined", "summary_pdf", "summary_xlsx", "files": [...],
       "pages", "savings_closing_rp", "loans_closing_rp", "purchases_rp"}"""


def register(sub, common) -> None:
    p = sub.add_parser("statements", parents=[common], help="rekening koran bulanan semua anggota (PDF)",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--month", required=True, metavar="TTTT-BB", help="bulan, mis. 2026-10")
    p.add_argument("--out", required=True, metavar="DIR", help="folder tujuan (sudah ada)")
    p.add_argument("--duplex", action="store_true",
                   help="cetak bolak-balik: halaman kosong setelah anggota yang halamannya ganjil")
    p.set_defaults(handler=statements_cmd)


def statements_cmd(args, ctx) -> int:
    actor = reader(ctx, args.user)
    r = member_statements.write_statements(ctx.reader(), actor, args.month, Path(args.out),
                                           duplex=args.duplex)
    if args.json:
        emit_json(r)
        return 0
    say(f"Rekening koran {r.month}: {r.members} anggota, {r.pages} halaman gabungan.")
    say(f"  Gabungan siap cetak: {r.combined}")
    say(f"  Ringkasan bendahara: {r.summary_pdf} dan {r.summary_xlsx.name}")
    say(f"  Per anggota: {len(r.files)} berkas di {r.folder}")
    say(f"  Simpanan akhir bulan {rupiah(r.savings_closing_rp)}; sisa pokok pinjaman {rupiah(r.loans_closing_rp)}; "
        f"belanja anggota {rupiah(r.purchases_rp)}")
    return 0
