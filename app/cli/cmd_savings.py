"""kopdes savings deposit | withdraw | reverse | moves | arrears | jasa | statement | rules

Member savings (simpanan pokok, wajib, sukarela) from the command line. Deposits and
withdrawals need a user who may post savings (pengurus, bendahara); a reversal also needs
a pengurus's approval (--approver NAME, PIN from KOPDES_APPROVER_PIN or a prompt). Reading
(moves, arrears, statement, rules without changes) works without --user. A slip is printed
only when --station names this PC's printer station.

Amounts are whole rupiah: 250000, 250.000 or Rp250.000; decimals, negatives, zero and
absurd amounts are refused. Exit codes: 0 ok; 2 refused (the reason on stderr, nothing
written); 1 unexpected.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from pathlib import Path

from app.cli.io import Refused, acting_user, emit_json, parse_date, read_secret, reader, say
from app.domain.auth import Permission
from app.domain.fmt import day, rupiah
from app.domain.savings import MAX_AMOUNT_RP, SavingsRules, SavingsType, check_amount
from app.services import auth, profile, savings, savings_reports

RAW = argparse.RawDescriptionHelpFormatter
TYPES = tuple(t.value for t in SavingsType)
METHOD_CHOICES = ("tunai", "transfer")

GROUP_HELP = """Simpanan anggota (pokok, wajib, sukarela) dari baris perintah.

deposit dan withdraw perlu pengurus atau bendahara (--user); reverse juga perlu persetujuan
pengurus lain (--approver NAMA, PIN dari KOPDES_APPROVER_PIN atau ditanya). moves, arrears,
statement, dan rules (tanpa perubahan) hanya membaca, tanpa --user. Slip dicetak hanya bila
--station menyebut stasiun printer komputer ini.

Jumlah dalam rupiah bulat: 250000, 250.000, atau Rp250.000; pecahan, negatif, nol, dan jumlah
yang tidak masuk akal ditolak. Kode keluar: 0 berhasil; 2 ditolak (alasan di stderr, tidak ada
yang ditulis); 1 kesalahan tak terduga."""

MOVE_KEYS = """{"number", "member_no", "member_name", "type", "kind", "method", "amount_rp",
 "balance_after_rp", "business_date", "at", "user", "memo", "reverses_number", "reversed_by"}"""
MOVE_HELP = f"""JSON: gerakan simpanan {MOVE_KEYS}
ditambah "balances": {{"pokok", "wajib", "sukarela"}} (saldo anggota sesudahnya) dan "print_job_id"
(slip di antrean cetak, null tanpa --station). amount_rp positif = masuk, negatif = keluar."""

DEPOSIT_HELP = f"""Setoran simpanan anggota NO: TYPE pokok, wajib, atau sukarela; AMOUNT rupiah bulat
(250000, 250.000, Rp250.000). Pokok tidak boleh melebihi jumlah pokok yang ditetapkan.
Perlu pengurus/bendahara (--user).

{MOVE_HELP}"""

WITHDRAW_HELP = f"""Penarikan simpanan anggota NO. Selama masih anggota hanya sukarela yang bisa ditarik,
paling banyak sampai saldo minimumnya; pokok dan wajib dikembalikan saat keluar
(`kopdes member exit`). Penarikan yang melebihi saldo ditolak (keluar 2, tidak ada yang ditulis).

{MOVE_HELP}"""

REVERSE_HELP = f"""Balik satu setoran/penarikan (NUMBER: SS-… atau TS-…) yang salah catat, dengan alasan dan
persetujuan pengurus lain (--approver NAMA; PIN dari KOPDES_APPROVER_PIN atau ditanya). Jurnalnya
dibalik, saldonya kembali; catatan aslinya tetap ada, ditandai sudah dibalik.

{MOVE_HELP}"""

MOVES_HELP = f"""Gerakan simpanan anggota NO, terbaru dahulu.

JSON: [{MOVE_KEYS}, ...]"""

ARREARS_HELP = """Tunggakan simpanan wajib dan pokok per akhir bulan --month (bawaan: bulan ini), anggota
yang aktif pada akhir bulan itu, tunggakan terbesar dahulu.

JSON: [{"member_no", "name", "phone", "join_date", "months_due", "months_paid", "months_owed",
        "wajib_owed_rp", "pokok_owed_rp", "total_owed_rp"}]"""

JASA_HELP = """Posting jasa simpanan sukarela satu bulan yang sudah lewat (dari saldo terendah bulan itu,
tarif tahunan di `kopdes savings rules`). Satu jurnal per bulan; bulan yang sama ditolak.

JSON: {"month", "journal_number", "rate_bp", "members", "total_rp"}"""

STATEMENT_HELP = """Rekening koran simpanan anggota NO (PDF) untuk satu bulan (--period TTTT-BB), satu tahun
(--period TTTT), atau rentang tanggal (--from TTTT-BB-HH, --to bawaan hari ini).

JSON: {"member_no", "date_from", "date_to", "path"}"""

RULES_HELP = """Tampilkan aturan simpanan, atau ubah dengan opsi di bawah (perlu pengurus, --user).
Opsi yang tidak disebut tetap. Memindahkan pokok/wajib antara ekuitas dan kewajiban
membukukan jurnal reklasifikasi saldo yang sudah ada.

JSON: {"pokok_rp", "wajib_rp", "wajib_period_months", "sukarela_min_rp", "jasa_annual_bp",
       "pokok_class", "wajib_class", "accounts": {"pokok", "wajib", "sukarela"}}"""


def register(sub, common) -> None:
    g = sub.add_parser("savings", parents=[common], help="simpanan anggota: setor, tarik, tunggakan, jasa",
                       description=GROUP_HELP, formatter_class=RAW).add_subparsers(
        dest="savings_cmd", metavar="AKSI", required=True)
    for name, handler, helptext, desc in (("deposit", savings_deposit, "setoran simpanan", DEPOSIT_HELP),
                                          ("withdraw", savings_withdraw, "penarikan simpanan sukarela",
                                           WITHDRAW_HELP)):
        p = g.add_parser(name, parents=[common], help=helptext, description=desc, formatter_class=RAW)
        p.add_argument("member_no", metavar="NO", help="nomor anggota")
        p.add_argument("savings_type", metavar="TYPE", help="pokok, wajib, atau sukarela")
        p.add_argument("amount", metavar="AMOUNT", help="rupiah bulat: 250000, 250.000, Rp250.000")
        p.add_argument("--method", choices=METHOD_CHOICES, default="tunai", help="tunai (bawaan) atau transfer")
        p.add_argument("--memo", default="", help="keterangan")
        p.add_argument("--station", metavar="NAMA", help="cetak slip di printer stasiun ini (mis. KASIR-1)")
        p.set_defaults(handler=handler)

    p = g.add_parser("reverse", parents=[common], help="balik setoran/penarikan (persetujuan pengurus)",
                     description=REVERSE_HELP, formatter_class=RAW)
    p.add_argument("number", metavar="NUMBER", help="nomor setoran/penarikan (SS-… / TS-…)")
    p.add_argument("--reason", required=True, metavar="ALASAN")
    p.add_argument("--approver", required=True, metavar="NAMA", help="pengurus yang menyetujui")
    p.add_argument("--station", metavar="NAMA", help="cetak slip di printer stasiun ini")
    p.set_defaults(handler=savings_reverse)

    p = g.add_parser("moves", parents=[common], help="gerakan simpanan satu anggota", description=MOVES_HELP,
                     formatter_class=RAW)
    p.add_argument("member_no", metavar="NO")
    p.add_argument("--type", dest="savings_type", choices=TYPES)
    p.add_argument("--from", dest="date_from", metavar="TANGGAL")
    p.add_argument("--to", dest="date_to", metavar="TANGGAL")
    p.add_argument("--limit", type=int, default=500)
    p.set_defaults(handler=savings_moves)

    p = g.add_parser("arrears", parents=[common], help="tunggakan wajib dan pokok", description=ARREARS_HELP,
                     formatter_class=RAW)
    p.add_argument("--month", metavar="TTTT-BB", help="bawaan: bulan ini")
    p.set_defaults(handler=savings_arrears)

    p = g.add_parser("jasa", parents=[common], help="posting jasa simpanan sukarela satu bulan",
                     description=JASA_HELP, formatter_class=RAW)
    p.add_argument("--month", required=True, metavar="TTTT-BB")
    p.set_defaults(handler=savings_jasa)

    p = g.add_parser("statement", parents=[common], help="rekening koran simpanan anggota (PDF)",
                     description=STATEMENT_HELP, formatter_class=RAW)
    p.add_argument("member_no", metavar="NO")
    p.add_argument("--period", metavar="TTTT-BB")
    p.add_argument("--from", dest="date_from", metavar="TANGGAL")
    p.add_argument("--to", dest="date_to", metavar="TANGGAL")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=savings_statement)

    p = g.add_parser("rules", parents=[common], help="aturan simpanan: lihat atau ubah", description=RULES_HELP,
                     formatter_class=RAW)
    p.add_argument("--pokok", metavar="RP", help="simpanan pokok (sekali, saat masuk)")
    p.add_argument("--wajib", metavar="RP", help="simpanan wajib per periode")
    p.add_argument("--period-months", metavar="N", help="periode wajib dalam bulan (1-12)")
    p.add_argument("--sukarela-min", metavar="RP", help="saldo minimum sukarela")
    p.add_argument("--jasa-bp", metavar="BP", help="jasa sukarela per tahun, basis poin (300 = 3%%, 0 = tidak ada)")
    p.add_argument("--pokok-class", choices=("ekuitas", "kewajiban"))
    p.add_argument("--wajib-class", choices=("ekuitas", "kewajiban"))
    p.set_defaults(handler=savings_rules)


# ---------------------------------------------------------------- parsing and shapes

_WHOLE = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+)$")


def parse_amount(text: str, what: str = "Jumlah", *, allow_zero: bool = False) -> int:
    """'250000', '250.000', 'Rp250.000', 'Rp 250.000' -> 250000. Dots only as thousands
    separators: '2.5', '12,5' and '250.000,00' are refused (rupiah has no cents)."""
    cleaned = text.strip().replace(" ", "")
    negative = cleaned.startswith("-")
    cleaned = re.sub(r"^rp\.?", "", cleaned.lstrip("-"), flags=re.IGNORECASE)
    negative = negative or cleaned.startswith("-")
    cleaned = cleaned.lstrip("-")
    if negative and cleaned:
        raise Refused(f"{what} tidak boleh negatif ({text.strip()!r}).")
    if not _WHOLE.match(cleaned):
        raise Refused(f"{what} harus rupiah bulat tanpa sen, mis. 250000, 250.000 atau Rp250.000; "
                      f"bukan {text.strip()!r}.")
    value = int(cleaned.replace(".", ""))
    if allow_zero and value == 0:
        return 0
    if value > MAX_AMOUNT_RP:
        raise Refused(f"{what} {rupiah(value)} tidak masuk akal (paling banyak {rupiah(MAX_AMOUNT_RP)} sekali catat).")
    return check_amount(value)


def savings_list(balances: dict[str, int]) -> list[dict]:
    return [{"type": t, "balance_rp": balances.get(t, 0)} for t in TYPES]


def balances_text(balances: dict[str, int]) -> str:
    return ", ".join(f"{t} {rupiah(balances.get(t, 0))}" for t in TYPES)


def move_json(m: savings.SavingsMove) -> dict:
    return {"number": m.number, "member_no": m.member_no, "member_name": m.member_name, "type": m.type,
            "kind": m.kind, "method": m.method, "amount_rp": m.amount_rp, "balance_after_rp": m.balance_after_rp,
            "business_date": m.business_date, "at": m.at, "user": m.user, "memo": m.memo,
            "reverses_number": m.reverses_number, "reversed_by": m.reversed_by}


def _show_result(args, r: savings.MoveResult) -> None:
    if args.json:
        emit_json({**move_json(r.move), "balances": dict(r.balances), "print_job_id": r.print_job_id})
        return
    m = r.move
    how = f" ({m.method})" if m.method else ""
    say(f"{m.number}  {m.kind_label} {SavingsType(m.type).label.lower()} {m.member_no} {m.member_name}: "
        f"{rupiah(abs(m.amount_rp))}{how}")
    say(f"  Saldo: {balances_text(r.balances)}")
    if r.print_job_id is not None:
        say(f"  Slip di antrean cetak #{r.print_job_id}.")


def _month_arg(ctx, text: str | None) -> str:
    if text:
        return text.strip()
    today = profile.today(ctx.reader())
    return f"{today.year:04d}-{today.month:02d}"


# ---------------------------------------------------------------- deposit, withdraw, reverse

def savings_deposit(args, ctx) -> int:
    amount = parse_amount(args.amount)
    actor = acting_user(ctx, args.user)
    _show_result(args, savings.deposit(ctx.uow(), actor, args.member_no, args.savings_type, amount,
                                       method=args.method, memo=args.memo, station=args.station))
    return 0


def savings_withdraw(args, ctx) -> int:
    amount = parse_amount(args.amount)
    actor = acting_user(ctx, args.user)
    _show_result(args, savings.withdraw(ctx.uow(), actor, args.member_no, args.savings_type, amount,
                                        method=args.method, memo=args.memo, station=args.station))
    return 0


def savings_reverse(args, ctx) -> int:
    reason = " ".join(args.reason.split())
    if not reason:
        raise Refused("Tulis alasan pembalikan (--reason).")
    actor = acting_user(ctx, args.user)
    actor.require(Permission.SAVINGS_POST)  # before asking the approver for a PIN
    secret = read_secret("KOPDES_APPROVER_PIN", f"PIN {args.approver} (persetujuan): ")
    approver = auth.authorize_override(ctx.uow(), actor, args.approver, secret, Permission.MEMBER_EXIT,
                                       reason=f"balik simpanan {args.number.strip().upper()}: {reason}")
    _show_result(args, savings.reverse(ctx.uow(), actor, args.number, reason, approver, station=args.station))
    return 0


# ---------------------------------------------------------------- reading

def savings_moves(args, ctx) -> int:
    date_from = parse_date(args.date_from) if args.date_from else None
    date_to = parse_date(args.date_to) if args.date_to else None
    if args.limit <= 0:
        raise Refused("--limit harus lebih dari nol.")
    rows = savings.list_moves(ctx.reader(), reader(ctx, args.user), args.member_no, date_from=date_from,
                              date_to=date_to, savings_type=args.savings_type, limit=args.limit)
    if args.json:
        emit_json([move_json(m) for m in rows])
        return 0
    if not rows:
        say("Belum ada gerakan simpanan.")
        return 0
    say(f"{rows[0].member_no} {rows[0].member_name}")
    for m in rows:
        mark = (f"  (dibalik {m.reversed_by})" if m.reversed_by else "") + (
            f"  (membalik {m.reverses_number})" if m.reverses_number else "")
        say(f"  {day(m.business_date):<12} {m.number:<18} {m.kind_label:<26} {m.type:<9} "
            f"{rupiah(m.amount_rp):>14}  saldo {rupiah(m.balance_after_rp):>14}{mark}")
    return 0


def savings_arrears(args, ctx) -> int:
    month = _month_arg(ctx, args.month)
    rows = savings_reports.arrears(ctx.reader(), reader(ctx, args.user), month)
    if args.json:
        emit_json([{"member_no": r.member_no, "name": r.name, "phone": r.phone, "join_date": r.join_date,
                    "months_due": r.months_due, "months_paid": r.months_paid, "months_owed": r.months_owed,
                    "wajib_owed_rp": r.wajib_owed_rp, "pokok_owed_rp": r.pokok_owed_rp,
                    "total_owed_rp": r.total_owed_rp} for r in rows])
        return 0
    if not rows:
        say(f"Tidak ada tunggakan simpanan per akhir {month}.")
        return 0
    for r in rows:
        say(f"{r.member_no:<10} {r.name:<30} wajib {r.months_owed:>2} bln {rupiah(r.wajib_owed_rp):>12}  "
            f"pokok {rupiah(r.pokok_owed_rp):>12}  jumlah {rupiah(r.total_owed_rp):>12}"
            + (f"  HP {r.phone}" if r.phone else ""))
    say(f"{len(rows)} anggota menunggak per akhir {month}: wajib {rupiah(sum(r.wajib_owed_rp for r in rows))}, "
        f"pokok {rupiah(sum(r.pokok_owed_rp for r in rows))}.")
    return 0


def savings_jasa(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    r = savings_reports.post_jasa(ctx.uow(), actor, args.month)
    if args.json:
        emit_json({"month": r.month, "journal_number": r.journal_number, "rate_bp": r.rate_bp,
                   "members": r.members, "total_rp": r.total_rp})
        return 0
    say(f"Jasa simpanan sukarela {r.month} ({r.rate_bp / 100:g}%/tahun): {rupiah(r.total_rp)} untuk "
        f"{r.members} anggota, jurnal {r.journal_number}.")
    return 0


def savings_statement(args, ctx) -> int:
    from app.services import member_documents  # only here: the PDF code is not needed elsewhere

    if args.period and (args.date_from or args.date_to):
        raise Refused("Sebutkan --period atau --from/--to, salah satu saja.")
    if args.period:
        date_from, date_to = member_documents.period_bounds(args.period)
    elif args.date_from:
        date_from = parse_date(args.date_from)
        date_to = parse_date(args.date_to) if args.date_to else profile.today(ctx.reader())
    else:
        raise Refused("Sebutkan periodenya: --period TTTT-BB (atau TTTT) atau --from TANGGAL [--to TANGGAL].")
    path = member_documents.statement_pdf(ctx.reader(), reader(ctx, args.user), args.member_no, date_from, date_to,
                                          Path(args.out))
    no = args.member_no.strip().upper()
    if args.json:
        emit_json({"member_no": no, "date_from": date_from, "date_to": date_to, "path": path})
        return 0
    say(f"Rekening koran simpanan {no} ({day(date_from)} s.d. {day(date_to)}) ditulis ke {path}.")
    return 0


# ---------------------------------------------------------------- rules

def _rules_json(r: SavingsRules) -> dict:
    return {"pokok_rp": r.pokok_rp, "wajib_rp": r.wajib_rp, "wajib_period_months": r.wajib_period_months,
            "sukarela_min_rp": r.sukarela_min_rp, "jasa_annual_bp": r.jasa_annual_bp,
            "pokok_class": "kewajiban" if r.pokok_liability else "ekuitas",
            "wajib_class": "kewajiban" if r.wajib_liability else "ekuitas",
            "accounts": {t.value: r.account(t) for t in SavingsType}}


def _whole_number(text: str, what: str) -> int:
    if not text.strip().isdigit():
        raise Refused(f"{what} harus bilangan bulat tidak negatif, bukan {text!r}.")
    return int(text.strip())


def savings_rules(args, ctx) -> int:
    changes = {}
    for opt, field in (("pokok", "pokok_rp"), ("wajib", "wajib_rp"), ("sukarela_min", "sukarela_min_rp")):
        if getattr(args, opt) is not None:
            changes[field] = parse_amount(getattr(args, opt), f"--{opt.replace('_', '-')}", allow_zero=True)
    if args.period_months is not None:
        changes["wajib_period_months"] = _whole_number(args.period_months, "--period-months")
    if args.jasa_bp is not None:
        changes["jasa_annual_bp"] = _whole_number(args.jasa_bp, "--jasa-bp")
    for opt, field in (("pokok_class", "pokok_liability"), ("wajib_class", "wajib_liability")):
        if getattr(args, opt) is not None:
            changes[field] = getattr(args, opt) == "kewajiban"
    if changes:
        actor = acting_user(ctx, args.user)
        current = savings.get_rules(ctx.reader(), actor)
        rules = savings.set_rules(ctx.uow(), actor, replace(current, **changes))
    else:
        rules = savings.get_rules(ctx.reader(), reader(ctx, args.user))
    if args.json:
        emit_json(_rules_json(rules))
        return 0
    d = _rules_json(rules)
    say(("Aturan simpanan diubah:" if changes else "Aturan simpanan:"))
    say(f"  Pokok     {rupiah(rules.pokok_rp)} sekali saat masuk ({d['pokok_class']}, akun {d['accounts']['pokok']})")
    say(f"  Wajib     {rupiah(rules.wajib_rp)} tiap {rules.wajib_period_months} bulan "
        f"({d['wajib_class']}, akun {d['accounts']['wajib']})")
    say(f"  Sukarela  saldo minimum {rupiah(rules.sukarela_min_rp)}, jasa "
        + (f"{rules.jasa_annual_bp / 100:g}%/tahun" if rules.jasa_annual_bp else "tidak ada")
        + f" (akun {d['accounts']['sukarela']})")
    return 0
