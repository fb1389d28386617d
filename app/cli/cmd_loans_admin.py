"""`kopdes loan apply | approve | reject | disburse | pay | settle | reschedule | write-off |
recover`: a loan's life from the command line, and the JSON shapes `kopdes loan show`
shares. Registered into the `loan` group by `cmd_loans.register`.

Writing needs --user (PIN from KOPDES_PIN or a prompt); `pay --preview` and
`settle --quote` only read. Amounts are whole rupiah (250000, 250.000, Rp250.000);
decimals, negatives and zero are refused with exit 2 and nothing written.
"""

from __future__ import annotations

import argparse
import re

from app.cli.io import Refused, acting_user, emit_json, reader, say, uuid_arg
from app.domain.fmt import day, rupiah
from app.domain.loan_schedule import MAX_PRINCIPAL_RP, MAX_TERM
from app.services import loan_actions, loan_documents, loan_payments, loans

RAW = argparse.RawDescriptionHelpFormatter
METHODS = ("tunai", "transfer")

LOAN_KEYS = """{"number", "member_no", "member_name", "product_code", "product_name", "status",
 "status_label", "principal_rp", "term", "method", "rate_pct", "rate_period", "monthly_rate_pct",
 "effective_annual_rate", "fee_rp", "purpose", "collateral", "guarantor_no", "notes", "applied_on",
 "applied_by", "decided_by", "decision_note", "disbursed_on", "closed_on", "parent_number",
 "outstanding_rp", "written_off_rp", "as_of", "arrears_rp", "penalty_due_rp", "days_past_due",
 "kolektibilitas", "schedule_is_preview", "installments": [{"no", "due_date", "principal_rp",
 "interest_rp", "installment_rp", "balance_rp", "paid_principal_rp", "paid_interest_rp",
 "paid_penalty_rp", "penalty_due_rp", "status"}]}"""
LOAN_NOTE = """rate_pct seperti produk menyebutnya (per rate_period: bulan/tahun); monthly_rate_pct dan
effective_annual_rate (12 x IRR bulanan, yang diminta OJK untuk bunga flat) dalam persen.
Sebelum pencairan installments adalah rencana bila dicairkan hari ini (schedule_is_preview true).
status angsuran: lunas, terlambat, jatuh_tempo, sebagian, belum, rencana, dialihkan, dihapus."""
PAYMENT_KEYS = """{"payment_number", "loan_number", "saved", "amount_rp", "principal_rp", "interest_rp",
 "penalty_rp", "prepayment_rp", "items": [{"no", "penalty_rp", "interest_rp", "principal_rp"}],
 "new_term_left", "new_installment_rp", "outstanding_after_rp", "print_job_id", "loan"}"""

APPLY_HELP = f"""Catat pengajuan pinjaman anggota MEMBER dengan produk PRODUCT (lihat `kopdes loan product
list`). Batas produk (jumlah, jangka waktu, kelipatan simpanan, pinjaman berjalan) diperiksa
dan syaratnya dibekukan pada pinjaman. Perlu --user (pengurus/bendahara).

JSON: pinjaman {LOAN_KEYS}

{LOAN_NOTE}"""
DECIDE_HELP = """{what} pengajuan NO. Perlu pengurus (--user); bila pengaturan empat mata aktif (bawaan),
bukan pengurus yang mencatat pengajuan.

JSON: pinjaman (seperti `kopdes loan show`)."""
DISBURSE_HELP = """Cairkan pinjaman NO yang sudah disetujui: jadwal angsuran dibuat dari hari ini, jurnal CP-
(Piutang Pinjaman / Kas atau Bank / Provisi-Administrasi). Slip dicetak bila --station menyebut
stasiun printer komputer ini.

JSON: {"journal_number", "cash_out_rp", "print_job_id", "loan": pinjaman}"""
PAY_HELP = f"""Terima angsuran AMOUNT untuk pinjaman NO. Dibagi ke angsuran yang jatuh tempo dan angsuran
berjalan, terlama dahulu, masing-masing denda -> bunga -> pokok; sisanya melunasi pokok di depan
dan jadwal sisanya disusun ulang. Pembayaran yang melunasi seluruh pinjaman ditolak: gunakan
`kopdes loan settle`. --preview menunjukkan pembagiannya tanpa menyimpan (tanpa --user).

JSON: {PAYMENT_KEYS}
(--preview: payment_number null, saved false, loan null)"""
SETTLE_HELP = f"""Pelunasan dipercepat pinjaman NO hari ini. --quote menunjukkan jumlahnya (pokok, bunga menurut
aturan produk, denda, bunga yang dihapus) tanpa menyimpan; --amount N melunasi, dan N harus sama
dengan jumlah itu.

JSON --quote: {{"loan_number", "principal_rp", "interest_rp", "penalty_rp", "waived_interest_rp",
 "total_rp"}}
JSON --amount: {PAYMENT_KEYS}"""
RESCHEDULE_HELP = """Restrukturisasi pinjaman NO: sisa pokok pindah ke pinjaman baru dengan jangka --term bulan
(terhubung ke yang lama). Bunga dan denda tertunggak dihapus, atau dengan --capitalise ditambahkan
ke pokok baru. Perlu pengurus (--user) dan --reason.

JSON: {"old_number", "journal_number", "print_job_id", "loan": pinjaman baru}"""
WRITE_OFF_HELP = """Hapus buku pinjaman NO: sisa pokok keluar dari Piutang Pinjaman (beban penghapusan), tagihannya
tetap dicatat untuk pemulihan (`kopdes loan recover`). Perlu pengurus (--user) dan --reason.

JSON: {"old_number", "journal_number", "print_job_id", "loan": pinjaman}"""
RECOVER_HELP = """Terima AMOUNT atas pinjaman NO yang sudah dihapus buku (pendapatan lain-lain); sisa
tagihannya berkurang.

JSON: {"payment_number", "loan_number", "amount_rp", "claim_left_rp", "print_job_id", "loan"}"""


# ---------------------------------------------------------------- parsing

_WHOLE = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+)$")


def parse_amount(text: str, what: str = "Jumlah") -> int:
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
    if value == 0:
        raise Refused(f"{what} harus lebih dari nol.")
    if value > MAX_PRINCIPAL_RP:
        raise Refused(f"{what} {rupiah(value)} tidak masuk akal (paling banyak {rupiah(MAX_PRINCIPAL_RP)}).")
    return value


def parse_term(text: str) -> int:
    t = text.strip()
    if not t.isdigit() or not 1 <= int(t) <= MAX_TERM:
        raise Refused(f"Jangka waktu harus bilangan bulat 1 sampai {MAX_TERM} bulan, bukan {text!r}.")
    return int(t)


def _reason(text: str | None, what: str) -> str:
    reason = " ".join((text or "").split())
    if not reason:
        raise Refused(f"Tulis alasan {what} (--reason).")
    return reason


# ---------------------------------------------------------------- JSON shapes

def installment_json(i) -> dict:
    return {"no": i.no, "due_date": i.due_date, "principal_rp": i.principal_rp, "interest_rp": i.interest_rp,
            "installment_rp": i.installment_rp, "balance_rp": i.balance_rp, "paid_principal_rp": i.paid_principal_rp,
            "paid_interest_rp": i.paid_interest_rp, "paid_penalty_rp": i.paid_penalty_rp,
            "penalty_due_rp": i.penalty_due_rp, "status": i.status}


def loan_json(info: loans.LoanInfo) -> dict:
    terms = info.terms
    fee = info.fee_rp if info.disbursed_on else terms.fee_rp(info.principal_rp)
    return {
        "number": info.number, "member_no": info.member_no, "member_name": info.member_name,
        "product_code": info.product_code, "product_name": info.product_name, "status": info.status,
        "status_label": info.status_label, "principal_rp": info.principal_rp, "term": info.term,
        "method": terms.method.value, "rate_pct": float(terms.rate_pct), "rate_period": terms.rate_period,
        "monthly_rate_pct": float(terms.monthly_rate * 100), "effective_annual_rate": float(info.effective_annual_rate),
        "fee_rp": fee, "purpose": info.purpose, "collateral": info.collateral, "guarantor_no": info.guarantor_no,
        "notes": info.notes, "applied_on": info.applied_on, "applied_by": info.applied_by,
        "decided_by": info.decided_by, "decision_note": info.decision_note, "disbursed_on": info.disbursed_on,
        "closed_on": info.closed_on, "parent_number": info.parent_number, "outstanding_rp": info.outstanding_rp,
        "written_off_rp": info.written_off_rp, "as_of": info.as_of, "arrears_rp": info.arrears_rp,
        "penalty_due_rp": info.penalty_due_rp, "days_past_due": info.days_past_due,
        "kolektibilitas": info.kolektibilitas or None, "schedule_is_preview": not info.installments,
        "installments": [installment_json(i) for i in loan_documents.card_installments(info)]}


def payment_json(plan: loan_payments.PaymentPlan, *, number: str | None = None, loan: loans.LoanInfo | None = None,
                 print_job_id: int | None = None) -> dict:
    a = plan.allocation
    return {"payment_number": number, "loan_number": plan.loan_number, "saved": number is not None,
            "amount_rp": plan.amount_rp, "principal_rp": plan.principal_rp, "interest_rp": a.interest_rp,
            "penalty_rp": a.penalty_rp, "prepayment_rp": plan.prepayment_rp,
            "items": [{"no": i.no, "penalty_rp": i.penalty_rp, "interest_rp": i.interest_rp,
                       "principal_rp": i.principal_rp} for i in a.items],
            "new_term_left": plan.new_term_left, "new_installment_rp": plan.new_installment_rp,
            "outstanding_after_rp": plan.outstanding_after_rp, "print_job_id": print_job_id,
            "loan": loan_json(loan) if loan is not None else None}


# ---------------------------------------------------------------- text

def say_loan(info: loans.LoanInfo) -> None:
    terms = info.terms
    rate = f"{terms.rate_pct}".replace(".", ",")
    effective = f"{info.effective_annual_rate}".replace(".", ",")
    say(f"{info.number}  {info.member_no} {info.member_name}  [{info.status_label}]")
    say(f"  {info.product_name} ({info.product_code}): {rupiah(info.principal_rp)}, {info.term} bulan, "
        f"{terms.method.value}, bunga {rate}% per {terms.rate_period} (efektif {effective}% per tahun)")
    if info.status == "cair":
        say(f"  Sisa pokok {rupiah(info.outstanding_rp)}; tunggakan {rupiah(info.arrears_rp)}; denda "
            f"{rupiah(info.penalty_due_rp)}; {info.days_past_due} hari terlambat ({info.kolektibilitas}) "
            f"per {day(info.as_of)}")
    elif info.written_off_rp:
        say(f"  Tagihan dihapus buku {rupiah(info.written_off_rp)}")


def say_plan(plan: loan_payments.PaymentPlan) -> None:
    a = plan.allocation
    for i in a.items:
        say(f"  angsuran ke-{i.no:<3} denda {rupiah(i.penalty_rp):>10}  bunga {rupiah(i.interest_rp):>11}  "
            f"pokok {rupiah(i.principal_rp):>12}")
    if plan.prepayment_rp:
        say(f"  pelunasan pokok di depan {rupiah(plan.prepayment_rp)}: sisa {plan.new_term_left} angsuran, "
            f"berikutnya {rupiah(plan.new_installment_rp or 0)}")
    say(f"  Jumlah {rupiah(plan.amount_rp)} = denda {rupiah(a.penalty_rp)} + bunga {rupiah(a.interest_rp)} + "
        f"pokok {rupiah(plan.principal_rp)}; sisa pokok sesudahnya {rupiah(plan.outstanding_after_rp)}")


def _job(job: int | None) -> None:
    if job is not None:
        say(f"  Slip di antrean cetak #{job}.")


# ---------------------------------------------------------------- registration

def register_into(g, common) -> None:
    p = g.add_parser("apply", parents=[common], help="catat pengajuan pinjaman", description=APPLY_HELP,
                     formatter_class=RAW)
    p.add_argument("member_no", metavar="MEMBER", help="nomor anggota")
    p.add_argument("product", metavar="PRODUCT", help="kode produk pinjaman")
    p.add_argument("--amount", required=True, metavar="RP", help="jumlah pinjaman, mis. 5000000 atau 5.000.000")
    p.add_argument("--term", required=True, metavar="BULAN", help="jangka waktu dalam bulan")
    p.add_argument("--purpose", required=True, metavar="TEKS", help="tujuan pinjaman")
    p.add_argument("--collateral", default="", metavar="TEKS", help="agunan (mis. BPKB motor)")
    p.add_argument("--guarantor", metavar="NO", help="nomor anggota penjamin")
    p.add_argument("--notes", default="", metavar="TEKS")
    p.add_argument("--id", dest="uuid", metavar="UUID", help="UUID pengajuan (ulangan dengan UUID sama = hasil pertama)")
    p.set_defaults(handler=loan_apply)

    for name, handler, what in (("approve", loan_approve, "Setujui"), ("reject", loan_reject, "Tolak")):
        p = g.add_parser(name, parents=[common], help=f"{what.lower()} pengajuan pinjaman",
                         description=DECIDE_HELP.format(what=what), formatter_class=RAW)
        p.add_argument("number", metavar="NO", help="nomor pinjaman (PNJ-…)")
        if name == "approve":
            p.add_argument("--note", default="", metavar="TEKS", help="catatan persetujuan")
        else:
            p.add_argument("--reason", required=True, metavar="ALASAN")
        p.set_defaults(handler=handler)

    p = g.add_parser("disburse", parents=[common], help="cairkan pinjaman yang disetujui", description=DISBURSE_HELP,
                     formatter_class=RAW)
    p.add_argument("number", metavar="NO")
    p.add_argument("--method", choices=METHODS, default="tunai", help="tunai (bawaan) atau transfer")
    p.add_argument("--station", metavar="NAMA", help="cetak slip di printer stasiun ini (mis. KASIR-1)")
    p.add_argument("--id", dest="uuid", metavar="UUID")
    p.set_defaults(handler=loan_disburse)

    p = g.add_parser("pay", parents=[common], help="terima angsuran (--preview: lihat pembagiannya)",
                     description=PAY_HELP, formatter_class=RAW)
    p.add_argument("number", metavar="NO")
    p.add_argument("amount", metavar="AMOUNT", help="rupiah bulat: 545000, 545.000, Rp545.000")
    p.add_argument("--method", choices=METHODS, default="tunai")
    p.add_argument("--preview", action="store_true", help="tunjukkan pembagiannya tanpa menyimpan")
    p.add_argument("--station", metavar="NAMA")
    p.add_argument("--id", dest="uuid", metavar="UUID")
    p.set_defaults(handler=loan_pay)

    p = g.add_parser("settle", parents=[common], help="pelunasan dipercepat (--quote: lihat jumlahnya)",
                     description=SETTLE_HELP, formatter_class=RAW)
    p.add_argument("number", metavar="NO")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--quote", action="store_true", help="tunjukkan jumlah pelunasan hari ini")
    how.add_argument("--amount", metavar="RP", help="lunasi dengan jumlah ini (harus sama dengan --quote)")
    p.add_argument("--method", choices=METHODS, default="tunai")
    p.add_argument("--station", metavar="NAMA")
    p.add_argument("--id", dest="uuid", metavar="UUID")
    p.set_defaults(handler=loan_settle)

    p = g.add_parser("reschedule", parents=[common], help="restrukturisasi ke pinjaman baru",
                     description=RESCHEDULE_HELP, formatter_class=RAW)
    p.add_argument("number", metavar="NO")
    p.add_argument("--term", required=True, metavar="BULAN", help="jangka waktu baru")
    p.add_argument("--reason", required=True, metavar="ALASAN")
    p.add_argument("--capitalise", action="store_true", help="tambahkan bunga dan denda tertunggak ke pokok baru")
    p.add_argument("--station", metavar="NAMA")
    p.add_argument("--id", dest="uuid", metavar="UUID")
    p.set_defaults(handler=loan_reschedule)

    p = g.add_parser("write-off", parents=[common], help="hapus buku pinjaman", description=WRITE_OFF_HELP,
                     formatter_class=RAW)
    p.add_argument("number", metavar="NO")
    p.add_argument("--reason", required=True, metavar="ALASAN")
    p.add_argument("--station", metavar="NAMA")
    p.add_argument("--id", dest="uuid", metavar="UUID")
    p.set_defaults(handler=loan_write_off)

    p = g.add_parser("recover", parents=[common], help="terima pemulihan pinjaman yang dihapus buku",
                     description=RECOVER_HELP, formatter_class=RAW)
    p.add_argument("number", metavar="NO")
    p.add_argument("amount", metavar="AMOUNT")
    p.add_argument("--method", choices=METHODS, default="tunai")
    p.add_argument("--station", metavar="NAMA")
    p.add_argument("--id", dest="uuid", metavar="UUID")
    p.set_defaults(handler=loan_recover)


# ---------------------------------------------------------------- handlers

def _show(args, info: loans.LoanInfo, headline: str) -> None:
    if args.json:
        emit_json(loan_json(info))
        return
    say(headline)
    say_loan(info)


def loan_apply(args, ctx) -> int:
    amount = parse_amount(args.amount, "Jumlah pinjaman")
    term = parse_term(args.term)
    if not args.purpose.strip():
        raise Refused("Tujuan pinjaman wajib diisi (--purpose).")
    uuid = uuid_arg(args.uuid)
    actor = acting_user(ctx, args.user)
    info = loans.apply_loan(ctx.uow(), actor, args.member_no, args.product, amount, term, purpose=args.purpose,
                            collateral=args.collateral, guarantor_no=args.guarantor, notes=args.notes, uuid=uuid)
    if args.json:
        emit_json(loan_json(info))
        return 0
    say(f"Pengajuan {info.number} dicatat, menunggu persetujuan pengurus.")
    say_loan(info)
    first = info.preview[0] if info.preview else None
    if first:
        say(f"  Angsuran pertama {rupiah(first.installment_rp)} (bila dicairkan hari ini).")
    return 0


def loan_approve(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    info = loans.approve_loan(ctx.uow(), actor, args.number, args.note)
    _show(args, info, f"Pinjaman {info.number} disetujui oleh {actor.username}.")
    return 0


def loan_reject(args, ctx) -> int:
    reason = _reason(args.reason, "penolakan")
    actor = acting_user(ctx, args.user)
    info = loans.reject_loan(ctx.uow(), actor, args.number, reason)
    _show(args, info, f"Pinjaman {info.number} ditolak: {reason}")
    return 0


def loan_disburse(args, ctx) -> int:
    uuid = uuid_arg(args.uuid)
    actor = acting_user(ctx, args.user)
    r = loans.disburse_loan(ctx.uow(), actor, args.number, method=args.method, uuid=uuid, station=args.station)
    if args.json:
        emit_json({"journal_number": r.journal_number, "cash_out_rp": r.cash_out_rp, "print_job_id": r.print_job_id,
                   "loan": loan_json(r.loan)})
        return 0
    say(f"{r.journal_number}  pinjaman {r.loan.number} dicairkan: diterima anggota {rupiah(r.cash_out_rp)} "
        f"({args.method}), biaya administrasi {rupiah(r.loan.fee_rp)}.")
    first = r.loan.installments[0]
    say(f"  Angsuran pertama {rupiah(first.installment_rp)} jatuh tempo {day(first.due_date)}; "
        f"{len(r.loan.installments)} angsuran.")
    _job(r.print_job_id)
    return 0


def loan_pay(args, ctx) -> int:
    amount = parse_amount(args.amount, "Jumlah bayar")
    if args.preview:
        plan = loan_payments.plan_payment(ctx.reader(), reader(ctx, args.user), args.number, amount)
        if args.json:
            emit_json(payment_json(plan))
            return 0
        say(f"Pratinjau angsuran {plan.loan_number} (belum disimpan):")
        say_plan(plan)
        return 0
    uuid = uuid_arg(args.uuid)
    actor = acting_user(ctx, args.user)
    r = loan_payments.pay_loan(ctx.uow(), actor, args.number, amount, method=args.method, uuid=uuid,
                               station=args.station)
    if args.json:
        emit_json(payment_json(r.plan, number=r.number, loan=r.loan, print_job_id=r.print_job_id))
        return 0
    say(f"{r.number}  angsuran {r.loan.number} {r.loan.member_no} {r.loan.member_name}: {rupiah(amount)}")
    say_plan(r.plan)
    if r.loan.status == "lunas":
        say("  Pinjaman LUNAS.")
    _job(r.print_job_id)
    return 0


def quote_json(q: loan_payments.SettlementQuote) -> dict:
    return {"loan_number": q.loan_number, "principal_rp": q.principal_rp, "interest_rp": q.interest_rp,
            "penalty_rp": q.penalty_rp, "waived_interest_rp": q.waived_interest_rp, "total_rp": q.total_rp}


def loan_settle(args, ctx) -> int:
    if args.quote:
        q = loan_payments.settlement_quote(ctx.reader(), reader(ctx, args.user), args.number)
        if args.json:
            emit_json(quote_json(q))
            return 0
        say(f"Pelunasan {q.loan_number} hari ini: {rupiah(q.total_rp)}")
        say(f"  pokok {rupiah(q.principal_rp)} + bunga {rupiah(q.interest_rp)} + denda {rupiah(q.penalty_rp)}; "
            f"bunga dihapus {rupiah(q.waived_interest_rp)}")
        return 0
    amount = parse_amount(args.amount, "Jumlah pelunasan")
    uuid = uuid_arg(args.uuid)
    actor = acting_user(ctx, args.user)
    r = loan_payments.settle_loan(ctx.uow(), actor, args.number, amount, method=args.method, uuid=uuid,
                                  station=args.station)
    if args.json:
        emit_json(payment_json(r.plan, number=r.number, loan=r.loan, print_job_id=r.print_job_id))
        return 0
    say(f"{r.number}  pinjaman {r.loan.number} {r.loan.member_no} {r.loan.member_name} LUNAS: {rupiah(amount)}")
    _job(r.print_job_id)
    return 0


def _action(args, r: loan_actions.ActionResult, headline: str) -> None:
    if args.json:
        emit_json({"old_number": r.old_number, "journal_number": r.journal_number, "print_job_id": r.print_job_id,
                   "loan": loan_json(r.loan)})
        return
    say(headline)
    say_loan(r.loan)
    _job(r.print_job_id)


def loan_reschedule(args, ctx) -> int:
    term = parse_term(args.term)
    reason = _reason(args.reason, "restrukturisasi")
    uuid = uuid_arg(args.uuid)
    actor = acting_user(ctx, args.user)
    r = loan_actions.reschedule_loan(ctx.uow(), actor, args.number, term, reason, capitalise_arrears=args.capitalise,
                                     uuid=uuid, station=args.station)
    _action(args, r, f"{r.journal_number}  {r.old_number} direstrukturisasi menjadi {r.loan.number}.")
    return 0


def loan_write_off(args, ctx) -> int:
    reason = _reason(args.reason, "hapus buku")
    uuid = uuid_arg(args.uuid)
    actor = acting_user(ctx, args.user)
    r = loan_actions.write_off_loan(ctx.uow(), actor, args.number, reason, uuid=uuid, station=args.station)
    _action(args, r, f"{r.journal_number}  {r.loan.number} dihapus buku: {rupiah(r.loan.written_off_rp)}.")
    return 0


def loan_recover(args, ctx) -> int:
    amount = parse_amount(args.amount, "Jumlah pemulihan")
    uuid = uuid_arg(args.uuid)
    actor = acting_user(ctx, args.user)
    r = loan_payments.recover_written_off(ctx.uow(), actor, args.number, amount, method=args.method, uuid=uuid,
                                          station=args.station)
    if args.json:
        emit_json({"payment_number": r.number, "loan_number": r.loan.number, "amount_rp": r.plan.amount_rp,
                   "claim_left_rp": r.loan.written_off_rp, "print_job_id": r.print_job_id, "loan": loan_json(r.loan)})
        return 0
    say(f"{r.number}  pemulihan {r.loan.number}: {rupiah(amount)}; sisa tagihan {rupiah(r.loan.written_off_rp)}.")
    _job(r.print_job_id)
    return 0
