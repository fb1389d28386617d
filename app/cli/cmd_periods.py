"""kopdes year close|preview|status | account list|add|rename|deactivate|activate|delete |
template list|save|delete|post. (Month close and reopen are `kopdes period`, in cmd_books.)"""

from __future__ import annotations

from app.cli.io import Refused, acting_user, emit_json, parse_date, reader, say, uuid_arg
from app.domain.fmt import parse_rupiah, rupiah
from app.domain.journal_templates import JournalTemplate
from app.services import accounts_admin, journal_templates, profile, year_close


def register(sub, common) -> None:
    y = sub.add_parser("year", parents=[common], help="tutup buku tahunan").add_subparsers(
        dest="year_cmd", metavar="AKSI", required=True)
    for name, handler, text in (("close", year_close_cmd, "tutup tahun: pendapatan dan beban ke 3105"),
                                ("preview", year_preview, "yang akan dipindah ke 3105 dan yang masih menghalangi")):
        p = y.add_parser(name, parents=[common], help=text)
        p.add_argument("year", metavar="TTTT")
        p.set_defaults(handler=handler)
    p = y.add_parser("status", parents=[common], help="bulan dan tahun: terbuka atau ditutup")
    p.set_defaults(handler=year_status)

    a = sub.add_parser("account", parents=[common], help="bagan akun").add_subparsers(
        dest="account_cmd", metavar="AKSI", required=True)
    p = a.add_parser("list", parents=[common], help="bagan akun dengan saldo")
    p.set_defaults(handler=account_list)
    p = a.add_parser("add", parents=[common], help="akun rincian baru di bawah akun kepala")
    p.add_argument("--parent", required=True, metavar="KODE", help="akun kepala dua angka, mis. 52")
    p.add_argument("--code", metavar="KODE", help="kode baru (bawaan: kode kosong berikutnya)")
    p.add_argument("--name", required=True)
    p.add_argument("--contra", action="store_true", help="akun lawan (mis. akumulasi penyusutan)")
    p.set_defaults(handler=account_add)
    p = a.add_parser("rename", parents=[common])
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.set_defaults(handler=account_rename)
    for name, handler in (("deactivate", account_deactivate), ("activate", account_activate),
                          ("delete", account_delete)):
        p = a.add_parser(name, parents=[common])
        p.add_argument("code")
        p.set_defaults(handler=handler)

    t = sub.add_parser("template", parents=[common], help="templat jurnal").add_subparsers(
        dest="template_cmd", metavar="AKSI", required=True)
    p = t.add_parser("list", parents=[common])
    p.set_defaults(handler=template_list)
    p = t.add_parser("save", parents=[common], help="tambah atau ubah templat gerai")
    p.add_argument("key")
    p.add_argument("--memo", required=True)
    p.add_argument("--debit", required=True, metavar="KODE")
    p.add_argument("--credit", default="1101", metavar="KODE", help="1101 Kas (bawaan) atau 1102 Bank")
    p.add_argument("--amount", default="0", help="jumlah bawaan (0 = diisi setiap kali)")
    p.set_defaults(handler=template_save)
    p = t.add_parser("delete", parents=[common])
    p.add_argument("key")
    p.set_defaults(handler=template_delete)
    p = t.add_parser("post", parents=[common], help="catat jurnal dari templat")
    p.add_argument("key")
    p.add_argument("--amount", help="jumlah (bawaan: jumlah templat)")
    p.add_argument("--date", metavar="TANGGAL", help="bawaan: hari ini")
    p.add_argument("--memo")
    p.add_argument("--credit", metavar="KODE", help="bayar dari 1101 Kas atau 1102 Bank")
    p.add_argument("--id", metavar="UUID")
    p.set_defaults(handler=template_post)


def _amount(text: str) -> int:
    try:
        return parse_rupiah(text)
    except ValueError:
        raise Refused(f"Jumlah harus rupiah bulat (mis. 250000 atau 250.000), bukan {text!r}.") from None


# --- year ------------------------------------------------------------------

def year_close_cmd(args, ctx) -> int:
    result = year_close.close_year(ctx.uow(), acting_user(ctx, args.user), args.year)
    emit_json(result) if args.json else say(year_close.describe(result))
    return 0


def year_preview(args, ctx) -> int:
    p = year_close.preview(ctx.reader(), reader(ctx, args.user), args.year)
    if args.json:
        emit_json({"year": p.year, "closed": p.closed, "ready": not p.problems, "problems": list(p.problems),
                   "income_rp": p.plan.income_rp, "expense_rp": p.plan.expense_rp, "shu_rp": p.shu_rp,
                   "lines": [{"account": l.code, "name": l.name, "balance_rp": l.net_debit_rp} for l in p.lines]})
        return 0
    for l in p.lines:
        say(f"{l.code} {l.name:<40} {rupiah(l.net_debit_rp):>18}")
    say(f"SHU tahun {p.year} ke 3105: {rupiah(p.shu_rp)}")
    for problem in p.problems:
        say(f"- {problem}")
    return 0


def year_status(args, ctx) -> int:
    o = year_close.overview(ctx.reader(), reader(ctx, args.user))
    if args.json:
        emit_json(o)
        return 0
    for y in o.years:
        say(f"{y.year}  {'ditutup ' + (y.journal or '') if y.closed else 'terbuka'}")
    for m in o.months:
        say(f"  {m.month}  {'ditutup' if m.closed else 'terbuka'}")
    return 0


# --- accounts --------------------------------------------------------------

def _account_json(a: accounts_admin.AccountInfo) -> dict:
    return {"code": a.code, "name": a.name, "type": a.type.value, "parent": a.parent, "postable": a.postable,
            "contra": a.contra, "active": a.active, "normal_side": a.normal_side, "balance_rp": a.balance_rp,
            "used": a.used, "system": a.system}


def _say_account(args, a: accounts_admin.AccountInfo, verb: str) -> int:
    emit_json(_account_json(a)) if args.json else say(f"Akun {a.code} {a.name} {verb}.")
    return 0


def account_list(args, ctx) -> int:
    rows = accounts_admin.list_accounts(ctx.reader(), reader(ctx, args.user))
    if args.json:
        emit_json([_account_json(a) for a in rows])
        return 0
    for a in rows:
        mark = "" if a.active else "  (nonaktif)"
        say(f"{'  ' * a.level}{a.code:<6} {a.name:<44} {rupiah(a.balance_rp):>18}{mark}")
    return 0


def account_add(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    code = args.code or accounts_admin.next_code(ctx.reader(), actor, args.parent)
    info = accounts_admin.add_account(ctx.uow(), actor, args.parent, code, args.name, contra=args.contra)
    return _say_account(args, info, "ditambahkan")


def account_rename(args, ctx) -> int:
    info = accounts_admin.rename_account(ctx.uow(), acting_user(ctx, args.user), args.code, args.name)
    return _say_account(args, info, "diganti namanya")


def account_deactivate(args, ctx) -> int:
    info = accounts_admin.set_active(ctx.uow(), acting_user(ctx, args.user), args.code, False)
    return _say_account(args, info, "dinonaktifkan")


def account_activate(args, ctx) -> int:
    info = accounts_admin.set_active(ctx.uow(), acting_user(ctx, args.user), args.code, True)
    return _say_account(args, info, "diaktifkan kembali")


def account_delete(args, ctx) -> int:
    accounts_admin.delete_account(ctx.uow(), acting_user(ctx, args.user), args.code)
    emit_json({"deleted": args.code}) if args.json else say(f"Akun {args.code} dihapus.")
    return 0


# --- templates -------------------------------------------------------------

def _template_json(t: JournalTemplate) -> dict:
    return {**t.config(), "builtin": t.builtin}


def template_list(args, ctx) -> int:
    rows = journal_templates.list_templates(ctx.reader(), reader(ctx, args.user))
    if args.json:
        emit_json([_template_json(t) for t in rows])
        return 0
    for t in rows:
        amount = rupiah(t.amount_rp) if t.amount_rp else "-"
        say(f"{t.key:<14} {t.debit} / {t.credit}  {amount:>14}  {t.memo}")
    return 0


def template_save(args, ctx) -> int:
    template = JournalTemplate(args.key, args.memo, args.debit, args.credit, _amount(args.amount))
    saved = journal_templates.save_template(ctx.uow(), acting_user(ctx, args.user), template)
    emit_json(_template_json(saved)) if args.json else say(f"Templat {saved.key} disimpan.")
    return 0


def template_delete(args, ctx) -> int:
    journal_templates.delete_template(ctx.uow(), acting_user(ctx, args.user), args.key)
    emit_json({"deleted": args.key}) if args.json else say(f"Templat {args.key} dihapus.")
    return 0


def template_post(args, ctx) -> int:
    uuid = uuid_arg(args.id)
    amount = _amount(args.amount) if args.amount is not None else None
    actor = acting_user(ctx, args.user)
    on = parse_date(args.date) if args.date else profile.today(ctx.reader())
    info = journal_templates.post_from_template(ctx.uow(), actor, args.key, uuid=uuid, on=on, amount_rp=amount,
                                                memo=args.memo, credit=args.credit)
    if args.json:
        emit_json({"number": info.number, "uuid": info.uuid, "date": info.date, "memo": info.memo,
                   "total_rp": info.total_rp,
                   "lines": [{"account": l.account, "debit_rp": l.debit_rp, "credit_rp": l.credit_rp}
                             for l in info.lines]})
    else:
        say(f"{info.number}  {info.date}  {info.memo}  {rupiah(info.total_rp)}")
    return 0
