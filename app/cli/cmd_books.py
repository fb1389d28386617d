"""kopdes journal ... | period ... (reports: cmd_reports)"""

from __future__ import annotations

from uuid import UUID

from app.cli.io import Refused, acting_user, emit_json, parse_date, read_json_file, reader, say, uuid_arg
from app.domain.fmt import rupiah
from app.domain.ledger import JournalDraft, LineDraft
from app.services import ledger


def register(sub, common) -> None:
    j = sub.add_parser("journal", parents=[common], help="jurnal umum").add_subparsers(
        dest="journal_cmd", metavar="AKSI", required=True)
    p = j.add_parser("post", parents=[common], help="catat jurnal dari berkas JSON")
    p.add_argument("--json-file", required=True, metavar="F")
    p.add_argument("--id", metavar="UUID", help="ID dokumen dari klien (mengulang = hasil pertama)")
    p.set_defaults(handler=journal_post)
    p = j.add_parser("reverse", parents=[common], help="balik jurnal")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.add_argument("--id", metavar="UUID")
    p.set_defaults(handler=journal_reverse)
    p = j.add_parser("list", parents=[common], help="daftar jurnal (terbaru dahulu)")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--search", default="")
    p.add_argument("--limit", type=int, default=100)
    p.set_defaults(handler=journal_list)
    p = j.add_parser("show", parents=[common], help="rincian satu jurnal")
    p.add_argument("number")
    p.set_defaults(handler=journal_show)

    per = sub.add_parser("period", parents=[common], help="tutup/buka periode bulanan").add_subparsers(
        dest="period_cmd", metavar="AKSI", required=True)
    for name, handler in (("close", period_close), ("reopen", period_reopen)):
        p = per.add_parser(name, parents=[common])
        p.add_argument("month", metavar="TTTT-BB")
        p.set_defaults(handler=handler)
    p = per.add_parser("list", parents=[common])
    p.set_defaults(handler=period_list)


def _amount(value, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Refused(f"{where}: jumlah harus bilangan bulat rupiah, bukan {value!r}.")
    return value


def draft_from_json(data, uuid: UUID) -> JournalDraft:
    if not isinstance(data, dict) or not isinstance(data.get("lines"), list):
        raise Refused('Berkas jurnal harus berisi {"date", "memo", "lines": [...]}.')
    lines = []
    for no, item in enumerate(data["lines"], start=1):
        if not isinstance(item, dict) or not isinstance(item.get("account"), str):
            raise Refused(f"Baris {no}: harus berisi \"account\" dan \"debit_rp\" atau \"credit_rp\".")
        lines.append(LineDraft(item["account"], _amount(item.get("debit_rp", 0), f"Baris {no}"),
                               _amount(item.get("credit_rp", 0), f"Baris {no}"), str(item.get("memo", ""))))
    return JournalDraft(uuid, parse_date(str(data.get("date", ""))), str(data.get("memo", "")), tuple(lines))


def _journal_json(info: ledger.JournalInfo) -> dict:
    return {"number": info.number, "uuid": info.uuid, "date": info.date, "memo": info.memo,
            "doc_type": info.doc_type, "posted_by": info.posted_by, "posted_at": info.posted_at,
            "reverses": info.reverses, "reversed_by": info.reversed_by, "total_rp": info.total_rp,
            "lines": [{"account": l.account, "name": l.account_name, "debit_rp": l.debit_rp,
                       "credit_rp": l.credit_rp, "memo": l.memo} for l in info.lines]}


def _show(args, info: ledger.JournalInfo) -> None:
    if args.json:
        emit_json(_journal_json(info))
        return
    say(f"{info.number}  {info.date}  {info.memo}  ({rupiah(info.total_rp)}, oleh {info.posted_by})")
    for l in info.lines:
        say(f"  {l.account} {l.account_name:<36} {rupiah(l.debit_rp) if l.debit_rp else '':>16}"
            f" {rupiah(l.credit_rp) if l.credit_rp else '':>16}")


def journal_post(args, ctx) -> int:
    draft = draft_from_json(read_json_file(args.json_file), uuid_arg(args.id))
    actor = acting_user(ctx, args.user)
    _show(args, ledger.post_journal(ctx.uow(), actor, draft))
    return 0


def journal_reverse(args, ctx) -> int:
    uuid = uuid_arg(args.id)
    actor = acting_user(ctx, args.user)
    _show(args, ledger.reverse_journal(ctx.uow(), actor, args.number, args.reason, uuid=uuid))
    return 0


def journal_list(args, ctx) -> int:
    actor = reader(ctx, args.user)
    if not 1 <= args.limit <= 100_000:
        raise Refused("--limit harus 1 sampai 100000.")
    rows = ledger.list_journals(ctx.reader(), actor, text=args.search, limit=args.limit,
                                date_from=parse_date(args.date_from) if args.date_from else None,
                                date_to=parse_date(args.date_to) if args.date_to else None)
    if args.json:
        emit_json([{"number": r.number, "date": r.date, "memo": r.memo, "total_rp": r.total_rp,
                    "posted_by": r.posted_by, "reverses": r.reverses, "reversed_by": r.reversed_by}
                   for r in rows])
    else:
        for r in rows:
            mark = f" [dibalik {r.reversed_by}]" if r.reversed_by else ""
            say(f"{r.number}  {r.date}  {rupiah(r.total_rp):>16}  {r.memo}{mark}")
    return 0


def journal_show(args, ctx) -> int:
    _show(args, ledger.get_journal(ctx.reader(), reader(ctx, args.user), args.number))
    return 0


def period_close(args, ctx) -> int:
    info = ledger.close_period(ctx.uow(), acting_user(ctx, args.user), args.month)
    emit_json(info) if args.json else say(f"Periode {info.month} ditutup.")
    return 0


def period_reopen(args, ctx) -> int:
    info = ledger.reopen_period(ctx.uow(), acting_user(ctx, args.user), args.month)
    emit_json(info) if args.json else say(f"Periode {info.month} dibuka kembali.")
    return 0


def period_list(args, ctx) -> int:
    rows = ledger.list_periods(ctx.reader(), reader(ctx, args.user))
    if args.json:
        emit_json(rows)
    else:
        for p in rows:
            say(f"{p.month}  {'ditutup' if p.status == 'closed' else 'terbuka'}  oleh {p.changed_by}")
    return 0
