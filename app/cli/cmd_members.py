"""kopdes member add | list | show | exit | import | template | card

Members from the command line (e-pendaftaran). Registering, importing, exits and cards need
a pengurus (--user); list and show only read. A full NIK is never printed: only the
masked form (3203********0003). Savings movements are under `kopdes savings`.

Exit codes: 0 ok; 2 refused (a form problem, a NIK already registered, an unknown member,
kasbon still open...; the reason on stderr, nothing written); 1 unexpected.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.cmd_savings import METHOD_CHOICES, TYPES, balances_text, savings_list
from app.cli.io import Refused, acting_user, emit_json, parse_date, reader, say, uuid_arg
from app.domain.fmt import day, rupiah
from app.domain.members import GENDERS, STATUSES, MemberForm
from app.domain.nik import mask_nik
from app.services import member_registry
from app.services.member_registry import MemberProfile

RAW = argparse.RawDescriptionHelpFormatter

GROUP_HELP = """Anggota koperasi dari baris perintah (e-pendaftaran).

add, exit, import, dan card perlu pengurus (--user); list dan show hanya membaca, tanpa --user;
template tidak perlu database. NIK lengkap tidak pernah ditampilkan, hanya yang tersamar
(3203********0003). Setoran dan penarikan simpanan: `kopdes savings`.

Kode keluar: 0 berhasil; 2 ditolak (formulir salah, NIK sudah terdaftar, anggota tidak ada,
masih ada kasbon...; alasan di stderr, tidak ada yang ditulis); 1 kesalahan tak terduga."""

PROFILE_KEYS = """{"member_no", "name", "nik_masked", "status", "join_date", "exit_date", "exit_reason",
 "gender", "birth_place", "birth_date", "address", "rt", "rw", "dusun", "desa", "phone", "occupation",
 "has_photo", "savings": [{"type": "pokok|wajib|sukarela", "balance_rp"}], "savings_total_rp",
 "arrears": {"wajib_months_due", "wajib_months_paid", "wajib_months_owed", "wajib_owed_rp",
             "wajib_advance_rp", "pokok_due_rp"},
 "purchases_year_rp", "purchases_year_count", "kasbon_rp"}"""

ADD_HELP = f"""Daftarkan anggota baru. NIK (16 angka KTP) harus cocok dengan tanggal lahir dan jenis
kelamin (tanpa --gender diambil dari NIK); umur paling sedikit 17 tahun; NIK tidak boleh
sudah terdaftar. Simpanan pokok dibayar saat masuk (--pokok tunai, bawaan, atau transfer)
atau dicatat sebagai tunggakan (--pokok belum). Semua masalah formulir disebut sekaligus.

JSON: {PROFILE_KEYS[:-1]},
 "pokok_doc" (nomor setoran pokok, null bila belum dibayar), "print_job_id"}}"""

SHOW_HELP = f"""Profil anggota NO: data diri (NIK tersamar), saldo simpanan, tunggakan bulan ini,
belanja tahun ini, dan kasbon.

JSON: {PROFILE_KEYS}
arrears: simpanan wajib per bulan ini (bulan yang wajib dibayar sejak masuk, yang sudah dibayar,
yang tertunggak) dan sisa pokok yang belum dibayar."""

LIST_HELP = """Daftar anggota menurut nomor, dengan saldo simpanannya.

JSON: [{"member_no", "name", "status", "join_date", "address", "phone", "pokok_rp", "wajib_rp",
        "sukarela_rp", "total_rp"}]"""

EXIT_HELP = f"""Anggota NO keluar (atau meninggal): semua simpanan (pokok, wajib, sukarela) dikembalikan
dalam satu jurnal (KA-…), tunai atau transfer. Perlu pengurus. Ditolak bila masih ada kasbon.

JSON: {PROFILE_KEYS[:-1]},
 "journal_number", "paid_out": {{"pokok", "wajib", "sukarela"}}, "paid_out_total_rp", "print_job_id"}}"""

IMPORT_HELP = """Impor daftar anggota koperasi yang sudah ada (CSV atau XLSX, lembar pertama) beserta saldo
simpanannya. Contoh berkas: `kopdes member template --out anggota.xlsx`.

Baris 1 berisi judul kolom (huruf besar/kecil, spasi, dan tanda baca tidak berpengaruh):
  no_anggota, nama, nik, tempat_lahir, tanggal_lahir, jenis_kelamin (L/P), alamat, rt, rw,
  dusun, desa, no_hp, pekerjaan, tanggal_masuk, saldo_pokok, saldo_wajib, saldo_sukarela
Wajib: nama, nik, alamat, tanggal_masuk. Tanpa no_anggota, nomor dibuat dari pola nomor anggota.
Saldo menjadi saldo awal dalam satu jurnal SA-… terhadap 3199 Penampung Saldo Awal.

Semua atau tidak sama sekali: satu baris salah = seluruh berkas ditolak (keluar 2) dengan satu
baris masalah per baris berkas di stderr; berkas yang sama tidak bisa diimpor dua kali. Perlu
pengurus (--user).

JSON: {"members", "first_member_no", "last_member_no", "totals_rp": {"pokok", "wajib", "sukarela"},
       "total_rp", "journal_number", "file", "sha256", "uuid", "imported_at", "imported_by", "replayed"}"""

TEMPLATE_HELP = """Tulis contoh berkas impor anggota (.xlsx dengan lembar Petunjuk, atau .csv) dengan judul
kolom yang dikenal dan satu baris contoh (nomor anggota CONTOH, dilewati saat impor).
Tidak perlu database atau pengguna.

JSON: {"path"}"""

CARD_HELP = """Kartu anggota (PDF, dengan QR nomor anggota) untuk anggota NO (boleh beberapa, hanya yang
aktif) atau --all (semua anggota aktif). Satu kartu: ukuran kartu; beberapa: 10 per lembar A4
(--layout untuk memilih).

JSON: {"path", "count", "pages", "sheet", "member_nos" (null untuk --all)}"""


def _no_context(_args) -> bool:
    return False


def register(sub, common) -> None:
    g = sub.add_parser("member", parents=[common], help="anggota: daftar, profil, keluar, impor, kartu",
                       description=GROUP_HELP, formatter_class=RAW).add_subparsers(
        dest="member_cmd", metavar="AKSI", required=True)
    p = g.add_parser("add", parents=[common], help="daftarkan anggota baru", description=ADD_HELP,
                     formatter_class=RAW)
    p.add_argument("--nik", required=True, help="NIK 16 angka (KTP)")
    p.add_argument("--name", required=True, metavar="NAMA")
    p.add_argument("--birth-date", required=True, metavar="TTTT-BB-HH")
    p.add_argument("--address", required=True, metavar="ALAMAT")
    p.add_argument("--gender", type=str.upper, choices=tuple(GENDERS), help="L atau P (bawaan: dari NIK)")
    p.add_argument("--phone", default="", metavar="HP")
    p.add_argument("--birth-place", default="", metavar="TEMPAT")
    p.add_argument("--rt", default="")
    p.add_argument("--rw", default="")
    p.add_argument("--dusun", default="")
    p.add_argument("--desa", default="", help="desa/kelurahan")
    p.add_argument("--occupation", default="", metavar="PEKERJAAN")
    p.add_argument("--join-date", metavar="TTTT-BB-HH", help="tanggal masuk (bawaan: hari ini)")
    p.add_argument("--pokok", choices=(*METHOD_CHOICES, "belum"), default="tunai",
                   help="simpanan pokok: tunai (bawaan), transfer, atau belum dibayar")
    p.add_argument("--station", metavar="NAMA", help="cetak slip setoran pokok di printer stasiun ini")
    p.set_defaults(handler=member_add)

    p = g.add_parser("list", parents=[common], help="daftar anggota dengan saldo simpanan",
                     description=LIST_HELP, formatter_class=RAW)
    p.add_argument("--status", choices=tuple(STATUSES))
    p.add_argument("--search", default="", metavar="TEKS", help="cari nama, nomor, HP, atau NIK")
    p.set_defaults(handler=member_list)

    p = g.add_parser("show", parents=[common], help="profil satu anggota", description=SHOW_HELP,
                     formatter_class=RAW)
    p.add_argument("member_no", metavar="NO")
    p.set_defaults(handler=member_show)

    p = g.add_parser("exit", parents=[common], help="anggota keluar: simpanan dikembalikan", description=EXIT_HELP,
                     formatter_class=RAW)
    p.add_argument("member_no", metavar="NO")
    p.add_argument("--reason", required=True, metavar="ALASAN")
    p.add_argument("--status", choices=("keluar", "meninggal"), default="keluar")
    p.add_argument("--date", metavar="TTTT-BB-HH", help="tanggal keluar (bawaan: hari ini)")
    p.add_argument("--method", choices=METHOD_CHOICES, default="tunai", help="cara pengembalian simpanan")
    p.add_argument("--station", metavar="NAMA", help="cetak slip di printer stasiun ini")
    p.set_defaults(handler=member_exit)

    p = g.add_parser("import", parents=[common], help="impor anggota dari CSV/XLSX (semua atau tidak sama sekali)",
                     description=IMPORT_HELP, formatter_class=RAW)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--id", metavar="UUID", help="ID impor dari klien (mengulang = hasil impor pertama)")
    p.set_defaults(handler=member_import_cmd)

    p = g.add_parser("template", parents=[common], help="contoh berkas impor anggota", description=TEMPLATE_HELP,
                     formatter_class=RAW)
    p.add_argument("--out", required=True, metavar="FILE.xlsx|.csv")
    p.set_defaults(handler=member_template_cmd, needs_context=_no_context)

    p = g.add_parser("card", parents=[common], help="kartu anggota (PDF)", description=CARD_HELP,
                     formatter_class=RAW)
    p.add_argument("member_nos", metavar="NO", nargs="*")
    p.add_argument("--all", action="store_true", help="semua anggota aktif")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--layout", choices=("kartu", "a4"),
                   help="kartu: satu kartu per halaman (printer kartu); a4: 10 kartu per lembar A4 "
                        "(bawaan: satu kartu = ukuran kartu, beberapa = A4)")
    p.set_defaults(handler=member_card)


# ---------------------------------------------------------------- shapes

def profile_json(p: MemberProfile) -> dict:
    w = p.wajib
    return {"member_no": p.member_no, "name": p.name, "nik_masked": mask_nik(p.nik) if p.nik else None,
            "status": p.status, "join_date": p.join_date, "exit_date": p.exit_date, "exit_reason": p.exit_reason,
            "gender": p.gender, "birth_place": p.birth_place, "birth_date": p.birth_date, "address": p.address,
            "rt": p.rt, "rw": p.rw, "dusun": p.dusun, "desa": p.desa, "phone": p.phone,
            "occupation": p.occupation, "has_photo": p.has_photo, "savings": savings_list(p.balances),
            "savings_total_rp": sum(p.balances.get(t, 0) for t in TYPES),
            "arrears": {"wajib_months_due": w.months_due, "wajib_months_paid": w.months_paid,
                        "wajib_months_owed": w.months_owed, "wajib_owed_rp": w.owed_rp,
                        "wajib_advance_rp": w.advance_rp, "pokok_due_rp": p.pokok_due_rp},
            "purchases_year_rp": p.purchases_year_rp, "purchases_year_count": p.purchases_year_count,
            "kasbon_rp": p.credit_balance_rp}


def show_profile(p: MemberProfile) -> None:
    say(f"{p.member_no}  {p.name}  ({p.status_label})")
    born = ", ".join(x for x in (p.birth_place, day(p.birth_date) if p.birth_date else "") if x)
    say(f"  NIK {mask_nik(p.nik) if p.nik else '-'}" + (f", {GENDERS[p.gender]}" if p.gender in GENDERS else "")
        + (f", lahir {born}" if born else ""))
    say(f"  Alamat {p.full_address or '-'}")
    if p.phone or p.occupation:
        say("  " + "; ".join(x for x in (p.phone and f"HP {p.phone}", p.occupation and f"pekerjaan {p.occupation}")
                             if x))
    say(f"  Masuk {day(p.join_date)}" + (f"; {p.status_label.lower()} {day(p.exit_date)} ({p.exit_reason})"
                                         if p.exit_date else ""))
    say(f"  Simpanan: {balances_text(p.balances)} (jumlah {rupiah(sum(p.balances.values()))})")
    owed = []
    if p.wajib.owed_rp:
        owed.append(f"wajib {p.wajib.months_owed} bulan ({rupiah(p.wajib.owed_rp)})")
    if p.pokok_due_rp:
        owed.append(f"pokok {rupiah(p.pokok_due_rp)}")
    say("  Tunggakan: " + (", ".join(owed) if owed else "tidak ada"))
    say(f"  Belanja tahun ini: {p.purchases_year_count} kali, {rupiah(p.purchases_year_rp)}; "
        f"kasbon {rupiah(p.credit_balance_rp)}")


# ---------------------------------------------------------------- commands

def member_add(args, ctx) -> int:
    form = MemberForm(name=args.name, nik=args.nik, birth_date=parse_date(args.birth_date), address=args.address,
                      birth_place=args.birth_place, gender=args.gender, rt=args.rt, rw=args.rw, dusun=args.dusun,
                      desa=args.desa, phone=args.phone, occupation=args.occupation,
                      join_date=parse_date(args.join_date) if args.join_date else None)
    actor = acting_user(ctx, args.user)
    r = member_registry.register_member(ctx.uow(), actor, form, station=args.station,
                                        pokok_method=None if args.pokok == "belum" else args.pokok)
    if args.json:
        emit_json({**profile_json(r.profile), "pokok_doc": r.pokok.move.number if r.pokok else None,
                   "print_job_id": r.pokok.print_job_id if r.pokok else None})
        return 0
    p = r.profile
    say(f"Anggota {p.member_no} {p.name} terdaftar (masuk {day(p.join_date)}, NIK {mask_nik(p.nik or '')}).")
    if r.pokok:
        say(f"  Simpanan pokok {rupiah(r.pokok.move.amount_rp)} diterima ({r.pokok.move.method}), "
            f"{r.pokok.move.number}.")
    elif p.pokok_due_rp:
        say(f"  Simpanan pokok {rupiah(p.pokok_due_rp)} belum dibayar (tercatat sebagai tunggakan).")
    return 0


def member_list(args, ctx) -> int:
    actor = reader(ctx, args.user)
    rows, page = [], 500
    while True:
        got = member_registry.list_members(ctx.reader(), actor, text=args.search, status=args.status,
                                           offset=len(rows), limit=page)
        rows += got
        if len(got) < page:
            break
    if args.json:
        emit_json([{"member_no": r.member_no, "name": r.name, "status": r.status, "join_date": r.join_date,
                    "address": r.address, "phone": r.phone, "pokok_rp": r.pokok_rp, "wajib_rp": r.wajib_rp,
                    "sukarela_rp": r.sukarela_rp, "total_rp": r.total_rp} for r in rows])
        return 0
    if not rows:
        say("Tidak ada anggota yang cocok.")
        return 0
    for r in rows:
        say(f"{r.member_no:<10} {r.name:<30} {r.status_label:<9} pokok {rupiah(r.pokok_rp):>10}  "
            f"wajib {rupiah(r.wajib_rp):>11}  sukarela {rupiah(r.sukarela_rp):>12}")
    say(f"{len(rows)} anggota; simpanan {rupiah(sum(r.total_rp for r in rows))}.")
    return 0


def member_show(args, ctx) -> int:
    p = member_registry.get_profile(ctx.reader(), reader(ctx, args.user), args.member_no)
    emit_json(profile_json(p)) if args.json else show_profile(p)
    return 0


def member_exit(args, ctx) -> int:
    on = parse_date(args.date) if args.date else None
    if not args.reason.strip():
        raise Refused("Tulis alasan keluar (--reason).")
    actor = acting_user(ctx, args.user)
    r = member_registry.exit_member(ctx.uow(), actor, args.member_no, args.reason, status=args.status,
                                    exit_date=on, method=args.method, station=args.station)
    total = sum(r.paid_out.values())
    if args.json:
        emit_json({**profile_json(r.profile), "journal_number": r.journal_number,
                   "paid_out": {t: r.paid_out.get(t, 0) for t in TYPES}, "paid_out_total_rp": total,
                   "print_job_id": r.print_job_id})
        return 0
    p = r.profile
    say(f"{p.member_no} {p.name} tercatat {p.status_label.lower()} per {day(p.exit_date)} ({p.exit_reason}).")
    if total:
        say(f"  Simpanan dikembalikan {rupiah(total)} ({args.method}), jurnal {r.journal_number}: "
            + balances_text({t: r.paid_out.get(t, 0) for t in TYPES}) + ".")
    else:
        say("  Tidak ada simpanan yang dikembalikan.")
    return 0


def member_import_cmd(args, ctx) -> int:
    from app.services import member_import

    uuid = uuid_arg(args.id)
    actor = acting_user(ctx, args.user)
    r = member_import.import_members(ctx.uow(), actor, Path(args.file), uuid=uuid)
    if args.json:
        emit_json({"members": r.members, "first_member_no": r.first_member_no, "last_member_no": r.last_member_no,
                   "totals_rp": {t: r.totals_rp.get(t, 0) for t in TYPES}, "total_rp": r.total_rp,
                   "journal_number": r.journal_number, "file": r.file, "sha256": r.sha256, "uuid": r.uuid,
                   "imported_at": r.imported_at, "imported_by": r.imported_by, "replayed": r.replayed})
        return 0
    say(member_import.describe(r))
    return 0


def member_template_cmd(args, ctx) -> int:
    from app.services import member_import

    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        raise Refused("--out harus berkas .xlsx atau .csv.")
    member_import.member_template(out)
    emit_json({"path": out}) if args.json else say(f"Contoh berkas impor anggota ditulis ke {out}.")
    return 0


def member_card(args, ctx) -> int:
    from app.services import member_documents  # only here: the PDF code is not needed elsewhere

    if bool(args.member_nos) == bool(args.all):
        raise Refused("Sebutkan nomor anggota (NO ...) atau --all, salah satu saja.")
    nos = None if args.all else [n.strip().upper() for n in args.member_nos]
    sheet = {"a4": True, "kartu": False}.get(args.layout)
    r = member_documents.member_cards_pdf(ctx.reader(), reader(ctx, args.user), nos, Path(args.out), sheet=sheet)
    if args.json:
        emit_json({"path": r.path, "count": r.count, "pages": r.pages, "sheet": r.sheet, "member_nos": nos})
        return 0
    say(f"{r.count} kartu anggota ({r.pages} halaman{', lembar A4' if r.sheet else ''}) ditulis ke {r.path}.")
    return 0
