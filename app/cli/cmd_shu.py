"""kopdes shu rules | simulate | compute | distribute | pay | shares | export

SHU (Sisa Hasil Usaha) for a year: the division rules, a simulation for the RAT, the
computation for a closed year, the distribution journal after the RAT's approval, each
member's payout, and the Daftar Pembagian SHU (PDF/XLSX). Reading works without --user;
rules, distribute and pay need the bendahara (--user, PIN from KOPDES_PIN).
Exit codes: 0 ok; 2 refused (the reason on stderr, nothing written); 1 unexpected.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.io import Refused, acting_user, emit_json, reader, say, uuid_arg
from app.domain.fmt import parse_rupiah, rupiah
from app.domain.shu import JMA_BASES, JUA_BASES, PART_KEYS, ShuPlan, basis_text, parse_alloc, pct_text
from app.services import shu, shu_documents, shu_payout

RAW = argparse.RawDescriptionHelpFormatter
PARTS_HELP = ", ".join(PART_KEYS) + " (juga jma, jua, pengurus, karyawan, pendidikan, sosial, pembangunan)"

GROUP_HELP = """SHU (Sisa Hasil Usaha) tahunan: aturan pembagian, simulasi untuk RAT, perhitungan tahun
yang sudah ditutup, jurnal pembagian setelah disetujui RAT, pembayaran ke anggota, dan Daftar
Pembagian SHU (PDF/XLSX). Hanya SHU dari usaha dengan anggota yang dibagi; SHU non-anggota masuk
cadangan. Persentase harus berjumlah tepat 100%.

Kode keluar: 0 berhasil; 2 ditolak (alasan di stderr, tidak ada yang ditulis); 1 kesalahan tak terduga."""

PLAN_JSON = """JSON: {"year", "simulated", "shu_rp", "shu_anggota_rp", "shu_non_anggota_rp",
 "rules": {"allocation": {bagian: persen}, "jua_basis", "weight_purchases", "weight_interest", "jma_basis"},
 "pools": [{"part", "label", "pct", "amount_rp"}], "cadangan_total_rp", "funds_rp", "members_rp",
 "total_modal_rp", "total_purchases_rp", "total_interest_rp", "jma_rp", "jua_rp", "warnings": [...],
 "members": [{"member_no", "name", "modal_rp", "purchases_rp", "interest_rp", "jma_rp", "jua_rp", "total_rp"}]}"""


def register(sub, common) -> None:
    g = sub.add_parser("shu", parents=[common], help="SHU: aturan, simulasi, hitung, bagi, bayar",
                       description=GROUP_HELP, formatter_class=RAW).add_subparsers(
        dest="shu_cmd", metavar="AKSI", required=True)

    p = g.add_parser("rules", parents=[common], help="aturan pembagian SHU: lihat atau ubah", formatter_class=RAW,
                     description="Tampilkan aturan SHU, atau ubah (bendahara, --user). Opsi yang tidak disebut tetap.")
    p.add_argument("--alloc", metavar="BAGIAN=PERSEN,...", help=f"semua bagian; bagian: {PARTS_HELP}")
    p.add_argument("--jua-basis", choices=tuple(JUA_BASES), help="dasar jasa anggota")
    p.add_argument("--weights", metavar="BELI,BUNGA", help="bobot pembelian dan jasa pinjaman (keduanya), mis. 70,30")
    p.add_argument("--jma-basis", choices=tuple(JMA_BASES), help="dasar jasa modal")
    p.set_defaults(handler=shu_rules)

    p = g.add_parser("simulate", parents=[common], help="simulasi pembagian (tidak disimpan)", formatter_class=RAW,
                     description="Simulasi untuk menyiapkan RAT: SHU --total (seluruhnya dibagi) atau, tanpa --total, "
                                 "SHU tahun itu menurut PHU; persentase --alloc (bagian yang tidak disebut 0%) atau "
                                 "aturan tersimpan. Tahun tidak perlu sudah ditutup.\n\n" + PLAN_JSON)
    p.add_argument("--year", required=True, metavar="TTTT")
    p.add_argument("--total", metavar="RP", help="SHU yang dibagi, rupiah bulat (10000000, 10.000.000)")
    p.add_argument("--alloc", metavar="BAGIAN=PERSEN,...", help=f"bagian: {PARTS_HELP}")
    p.set_defaults(handler=shu_simulate)

    p = g.add_parser("compute", parents=[common], help="hitung SHU tahun yang sudah ditutup", formatter_class=RAW,
                     description="SHU tahun buku yang sudah ditutup menurut aturan tersimpan (tahun yang sudah "
                                 "dibagi: angka yang dibukukan).\n\n" + PLAN_JSON)
    p.add_argument("--year", required=True, metavar="TTTT")
    p.set_defaults(handler=shu_compute)

    p = g.add_parser("distribute", parents=[common], help="bukukan pembagian SHU (setelah RAT)", formatter_class=RAW,
                     description="Jurnal pembagian SHU (SH-): Debit 3105 SHU Tahun Berjalan; Kredit 3104 Cadangan, "
                                 "2105 Dana-dana SHU, 2106 SHU Anggota Belum Dibayar. Sekali per tahun; tahun harus "
                                 "sudah ditutup. Perlu bendahara (--user).\n\nJSON: {\"year\", \"journal_number\", "
                                 "\"shu_rp\", \"cadangan_rp\", \"dana_rp\", \"anggota_rp\", \"members\", ...}")
    p.add_argument("--year", required=True, metavar="TTTT")
    p.add_argument("--id", metavar="UUID", help="ID dokumen (ulang dengan ID sama = hasil pertama)")
    p.set_defaults(handler=shu_distribute)

    p = g.add_parser("pay", parents=[common], help="bayar SHU anggota (tunai/transfer/sukarela)", formatter_class=RAW,
                     description="Bayar SHU satu anggota (NO) tunai, transfer, atau ke simpanan sukarela; atau --all "
                                 "semua yang belum dibayar ke simpanan sukarela. Perlu bendahara (--user).")
    p.add_argument("member_no", metavar="NO", nargs="?")
    p.add_argument("--year", required=True, metavar="TTTT")
    p.add_argument("--method", choices=tuple(shu_payout.METHODS), default="tunai")
    p.add_argument("--all", action="store_true", help="semua anggota aktif yang belum dibayar, ke sukarela")
    p.add_argument("--station", metavar="NAMA", help="cetak slip di printer stasiun ini")
    p.add_argument("--id", metavar="UUID")
    p.set_defaults(handler=shu_pay)

    p = g.add_parser("shares", parents=[common], help="SHU per anggota dan status pembayarannya",
                     formatter_class=RAW, description="JSON: [{\"member_no\", \"member_name\", \"jma_rp\", \"jua_rp\", "
                                                      "\"total_rp\", \"paid_method\", \"paid_on\", \"paid_doc\"}]")
    p.add_argument("--year", required=True, metavar="TTTT")
    p.set_defaults(handler=shu_shares)

    p = g.add_parser("export", parents=[common], help="Daftar Pembagian SHU (PDF/XLSX)", formatter_class=RAW,
                     description="Daftar Pembagian SHU tahun yang sudah ditutup atau dibagi; dengan --total/--alloc "
                                 "sebuah simulasi.")
    p.add_argument("--year", required=True, metavar="TTTT")
    p.add_argument("--format", choices=shu_documents.FORMATS, default="pdf")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--total", metavar="RP")
    p.add_argument("--alloc", metavar="BAGIAN=PERSEN,...")
    p.set_defaults(handler=shu_export)


# ---------------------------------------------------------------- shapes

def _total(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        value = parse_rupiah(text)
    except ValueError:
        raise Refused(f"--total harus rupiah bulat, mis. 10000000 atau 10.000.000; bukan {text!r}.") from None
    if value <= 0:
        raise Refused("--total harus lebih dari nol.")
    return value


def plan_json(p: ShuPlan) -> dict:
    return {"year": p.year, "simulated": p.simulated, "shu_rp": p.shu_rp, "shu_anggota_rp": p.shu_anggota_rp,
            "shu_non_anggota_rp": p.shu_non_anggota_rp, "rules": p.rules.to_config(),
            # percentages as exact decimal text, as in "rules" (never a float)
            "pools": [{"part": x.part, "label": x.label, "pct": pct_text(x.pct).replace(",", "."),
                       "amount_rp": x.amount_rp} for x in p.pools],
            "cadangan_total_rp": p.cadangan_total_rp, "funds_rp": p.funds_rp, "members_rp": p.members_rp,
            "total_modal_rp": p.total_modal_rp, "total_purchases_rp": p.total_purchases_rp,
            "total_interest_rp": p.total_interest_rp, "jma_rp": p.jma_rp, "jua_rp": p.jua_rp,
            "warnings": list(p.warnings),
            "members": [{"member_no": s.member_no, "name": s.name, "modal_rp": s.modal_rp,
                         "purchases_rp": s.purchases_rp, "interest_rp": s.interest_rp, "jma_rp": s.jma_rp,
                         "jua_rp": s.jua_rp, "total_rp": s.total_rp} for s in p.shares]}


def _show_plan(args, p: ShuPlan) -> None:
    if args.json:
        emit_json(plan_json(p))
        return
    say(f"SHU tahun buku {p.year}{' (SIMULASI)' if p.simulated else ''}: {rupiah(p.shu_rp)} "
        f"(anggota {rupiah(p.shu_anggota_rp)}, non-anggota {rupiah(p.shu_non_anggota_rp)} ke cadangan)")
    for x in p.pools:
        say(f"  {x.label:<34} {pct_text(x.pct):>7}%  {rupiah(x.amount_rp):>16}")
    say(f"  {'Cadangan + SHU non-anggota':<34} {'':>8}  {rupiah(p.cadangan_total_rp):>16}")
    say(basis_text(p.rules))
    for w in p.warnings:
        say(f"Perhatian: {w}")
    say(f"{len(p.shares)} anggota; JMA {rupiah(p.jma_rp)}, JUA {rupiah(p.jua_rp)}")
    for s in p.shares:
        say(f"  {s.member_no:<10} {s.name[:28]:<28} JMA {rupiah(s.jma_rp):>12}  JUA {rupiah(s.jua_rp):>12}  "
            f"= {rupiah(s.total_rp):>12}")


# ---------------------------------------------------------------- handlers

def shu_rules(args, ctx) -> int:
    changes = {}
    if args.alloc is not None:
        changes["allocation"] = {k: str(v) for k, v in parse_alloc(args.alloc).items()}
    if args.jua_basis:
        changes["jua_basis"] = args.jua_basis
    if args.weights is not None:
        parts = [w.strip() for w in args.weights.split(",")]
        if len(parts) != 2:
            raise Refused("--weights harus dua angka: bobot pembelian dan jasa pinjaman, mis. 70,30.")
        changes["weight_purchases"], changes["weight_interest"] = parts
    if args.jma_basis:
        changes["jma_basis"] = args.jma_basis
    if changes:
        actor = acting_user(ctx, args.user)
        rules = shu.set_rules(ctx.uow(), actor, {**shu.get_rules(ctx.reader(), actor).to_config(), **changes})
    else:
        rules = shu.get_rules(ctx.reader(), reader(ctx, args.user))
    if args.json:
        emit_json(rules.to_config())
    else:
        for k in PART_KEYS:
            say(f"  {k:<18} {pct_text(rules.pct(k)):>7}%")
        say(basis_text(rules))
    return 0


def _simulated(args, ctx, actor) -> ShuPlan:
    alloc = parse_alloc(args.alloc) if args.alloc else None
    return shu.simulate(ctx.reader(), actor, args.year, total_rp=_total(args.total), allocation=alloc)


def shu_simulate(args, ctx) -> int:
    _show_plan(args, _simulated(args, ctx, reader(ctx, args.user)))
    return 0


def shu_compute(args, ctx) -> int:
    _show_plan(args, shu.compute(ctx.reader(), reader(ctx, args.user), args.year))
    return 0


def shu_distribute(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    d = shu.distribute(ctx.uow(), actor, args.year, uuid=uuid_arg(args.id))
    if args.json:
        emit_json(d)
    else:
        say(f"SHU {d.year} dibagi: {d.journal_number}; cadangan {rupiah(d.cadangan_rp)}, "
            f"dana-dana {rupiah(d.dana_rp)}, "
            f"anggota {rupiah(d.anggota_rp)} ({d.members} anggota) menunggu dibayar.")
    return 0


def shu_pay(args, ctx) -> int:
    if args.all == bool(args.member_no):
        raise Refused("Sebutkan satu nomor anggota, atau --all untuk semua ke simpanan sukarela.")
    actor = acting_user(ctx, args.user)
    if args.all:
        r = shu_payout.pay_all_to_sukarela(ctx.uow(), actor, args.year, uuid=uuid_arg(args.id))
        if args.json:
            emit_json(r)
        else:
            say(f"{r.journal_number}: SHU {r.year} {r.members} anggota {rupiah(r.total_rp)} ke simpanan sukarela; "
                f"{r.left_for_cash} anggota keluar menunggu dibayar tunai.")
        return 0
    r = shu_payout.pay(ctx.uow(), actor, args.year, args.member_no, args.method, uuid=uuid_arg(args.id),
                       station=args.station)
    if args.json:
        emit_json({**r.__dict__, "total_rp": r.total_rp})
    else:
        say(f"{r.journal_number}: SHU {r.year} {r.member_no} {r.member_name} {rupiah(r.total_rp)} "
            f"({shu_payout.METHODS[r.method].lower()}).")
    return 0


def shu_shares(args, ctx) -> int:
    rows = shu_payout.shares(ctx.reader(), reader(ctx, args.user), args.year)
    if args.json:
        emit_json([{**r.__dict__, "total_rp": r.total_rp} for r in rows])
        return 0
    for r in rows:
        paid = f"{r.paid_doc} {shu_payout.METHODS[r.paid_method].lower()}" if r.paid_method else "belum dibayar"
        say(f"  {r.member_no:<10} {r.member_name[:28]:<28} {rupiah(r.total_rp):>12}  {paid}")
    return 0


def shu_export(args, ctx) -> int:
    actor = reader(ctx, args.user)
    out = Path(args.out)
    if args.total or args.alloc:
        r = shu_documents.export_plan(ctx.reader(), actor, _simulated(args, ctx, actor), out, args.format)
    else:
        r = shu_documents.export(ctx.reader(), actor, args.year, out, args.format)
    if args.json:
        emit_json(r)
    else:
        say(f"Daftar Pembagian SHU {r.year}{' (simulasi)' if r.simulated else ''}: {r.path} ({r.members} anggota)")
    return 0

