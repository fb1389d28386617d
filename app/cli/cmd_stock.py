"""kopdes stock receive | take | adjust | card

Berkas penerimaan, stok opname, dan penyesuaian berbentuk JSON:

  receive: {"supplier": "CV Makmur Jaya", "payment": "cash|bank|credit",
            "lines": [{"sku": "BRS-5KG", "qty": 10, "cost_rp": 660000},
                      {"sku": "TLR-KG", "qty": "2,5", "unit_cost_rp": 25000}]}
           cost_rp = total harga beli baris itu; atau unit_cost_rp = harga beli per satuan.
  take:    {"note": "opname akhir bulan", "lines": [{"sku": "BRS-5KG", "qty": 38}]}
           qty = hasil hitung (0 boleh).
  adjust:  {"reason": "rusak|kedaluwarsa|pemakaian_sendiri|hilang", "note": "...",
            "lines": [{"sku": "TLR-KG", "qty": "0,5"}]}
qty: angka, atau teks dengan koma desimal ("2,5"), dalam satuan barangnya.
"""

from __future__ import annotations

import argparse
import re
from decimal import Decimal

from app.cli.io import Refused, acting_user, emit_json, read_json_file, reader, say, uuid_arg
from app.domain.catalogue import format_qty, parse_qty
from app.domain.errors import DomainError
from app.domain.fmt import rupiah
from app.domain.pricing import line_amount
from app.services import stock

FORMAT_HELP = __doc__.split("\n\n", 1)[1]


def register(sub, common) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    s = sub.add_parser("stock", parents=[common], help="stok: penerimaan, opname, penyesuaian, kartu stok",
                       description=FORMAT_HELP, formatter_class=raw).add_subparsers(
        dest="stock_cmd", metavar="AKSI", required=True)
    for name, handler, helptext in (("receive", receive, "terima barang dari pemasok (berkas JSON)"),
                                    ("take", take, "stok opname: jumlah hasil hitung (berkas JSON)"),
                                    ("adjust", adjust, "barang keluar bukan penjualan (berkas JSON)")):
        p = s.add_parser(name, parents=[common], help=helptext, description=FORMAT_HELP, formatter_class=raw)
        p.add_argument("--file", required=True, metavar="F", help="berkas JSON (lihat format di atas)")
        p.add_argument("--id", metavar="UUID", help="ID dokumen dari klien (mengulang = hasil pertama)")
        p.set_defaults(handler=handler)
    p = s.add_parser("card", parents=[common], help="kartu stok satu barang")
    p.add_argument("sku")
    p.add_argument("--limit", type=int, default=500)
    p.set_defaults(handler=card)


def qty_milli(value, where: str, *, zero_ok: bool = False) -> int:
    """10 -> 10000, "2,5" / 2.5 -> 2500 (JSON numbers or text with a decimal comma)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise Refused(f"{where}: jumlah harus angka atau teks seperti \"2,5\", bukan {value!r}.")
    text = value if isinstance(value, str) else format(Decimal(repr(value)), "f").replace(".", ",")
    if zero_ok and re.match(r"^0+(?:[.,]0{1,3})?$", text.strip()):
        return 0
    try:
        return parse_qty(text, decimal_allowed=True)
    except DomainError as exc:
        raise Refused(f"{where}: {exc.message}") from None


def _rupiah_value(value, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise Refused(f"{where}: harga harus rupiah bulat tidak negatif, bukan {value!r}.")
    return value


def _lines(data, kind: str) -> list[stock.StockLine]:
    if not isinstance(data, dict) or not isinstance(data.get("lines"), list) or not data["lines"]:
        raise Refused('Berkas harus berisi {"lines": [{"sku": ..., "qty": ...}, ...]} (lihat kopdes stock --help).')
    out = []
    for no, item in enumerate(data["lines"], start=1):
        where = f"Baris {no}"
        if not isinstance(item, dict) or not isinstance(item.get("sku"), str) or "qty" not in item:
            raise Refused(f'{where}: harus berisi "sku" dan "qty".')
        qty = qty_milli(item["qty"], where, zero_ok=kind == "take")
        cost = 0
        if kind == "receive":
            if "cost_rp" in item:
                cost = _rupiah_value(item["cost_rp"], where)
            elif "unit_cost_rp" in item:
                cost = line_amount(qty, _rupiah_value(item["unit_cost_rp"], where))
            else:
                raise Refused(f'{where}: sebutkan "cost_rp" (total baris) atau "unit_cost_rp" (per satuan).')
        out.append(stock.StockLine(item["sku"].strip(), qty, cost))
    return out


def _text_field(data, name: str) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise Refused(f'"{name}" harus teks.')
    return value


def _show(args, result: stock.StockDocResult) -> None:
    if args.json:
        emit_json({"number": result.number, "kind": result.kind, "value_rp": result.value_rp,
                   "journal_number": result.journal_number,
                   "lines": [{"sku": s, "qty_milli": q, "value_rp": v} for s, q, v in result.lines]})
        return
    say(stock.describe(result))
    for sku, q, v in result.lines:
        say(f"  {sku:<16} {format_qty(q):>10} {rupiah(v):>16}")


def receive(args, ctx) -> int:
    data = read_json_file(args.file)
    lines, uuid = _lines(data, "receive"), uuid_arg(args.id)
    actor = acting_user(ctx, args.user)
    _show(args, stock.receive_stock(ctx.uow(), actor, uuid, _text_field(data, "supplier"),
                                    _text_field(data, "payment"), lines))
    return 0


def take(args, ctx) -> int:
    data = read_json_file(args.file)
    lines, uuid = _lines(data, "take"), uuid_arg(args.id)
    actor = acting_user(ctx, args.user)
    _show(args, stock.stock_take(ctx.uow(), actor, uuid, lines, _text_field(data, "note")))
    return 0


def adjust(args, ctx) -> int:
    data = read_json_file(args.file)
    lines, uuid = _lines(data, "adjust"), uuid_arg(args.id)
    actor = acting_user(ctx, args.user)
    _show(args, stock.adjust_stock(ctx.uow(), actor, uuid, _text_field(data, "reason"), lines,
                                   _text_field(data, "note")))
    return 0


def card(args, ctx) -> int:
    if not 1 <= args.limit <= 100_000:
        raise Refused("--limit harus 1 sampai 100000.")
    info, entries = stock.stock_card(ctx.reader(), reader(ctx, args.user), args.sku, limit=args.limit)
    p = info.product
    if args.json:
        emit_json({"sku": p.sku, "name": p.name, "unit": p.unit, "stock_milli": info.qty_milli,
                   "value_rp": info.value_rp, "entries": [
                       {"at": e.at, "business_date": e.business_date, "kind": e.kind, "doc_number": e.doc_number,
                        "qty_milli": e.qty_milli, "value_rp": e.value_rp, "qty_after_milli": e.qty_after_milli,
                        "note": e.note} for e in entries]})
        return 0
    say(f"KARTU STOK {p.sku}  {p.name}  (stok {format_qty(info.qty_milli)} {p.unit}, nilai {rupiah(info.value_rp)})")
    for e in entries:
        say(f"  {e.business_date}  {e.doc_number:<18} {e.kind:<8} {format_qty(e.qty_milli):>10} "
            f"{format_qty(e.qty_after_milli):>10} {rupiah(e.value_rp):>14}  {e.note}")
    return 0
