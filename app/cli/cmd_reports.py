"""kopdes report NAME --period YYYY-MM|YYYY --format json|pdf|xlsx [--out FILE]
(and the older `kopdes report trial-balance --as-of DATE`)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.cli.io import Refused, emit_json, parse_date, reader, say
from app.domain.fmt import rupiah
from app.services import ledger, reports_export
from app.services.reports_export import NAMES


def register(sub, common) -> None:
    p = sub.add_parser("report", parents=[common], help="laporan keuangan (neraca, phu, arus kas, ...)")
    p.add_argument("name", metavar="LAPORAN", choices=NAMES, help=", ".join(NAMES))
    p.add_argument("--period", metavar="TTTT-BB|TTTT", help="bulan atau tahun")
    p.add_argument("--format", dest="fmt", choices=("json", "pdf", "xlsx"), default=None)
    p.add_argument("--out", metavar="BERKAS", help="berkas PDF/XLSX (bawaan: nama laporan dan periode)")
    p.add_argument("--account", metavar="KODE", help="akun untuk buku-besar (bawaan 1101) dan kas-harian (1101/1102)")
    p.add_argument("--as-of", metavar="TANGGAL", help="trial-balance per tanggal (cara lama)")
    p.set_defaults(handler=report)


def _plain(obj):
    """Result objects as JSON, with their computed totals (properties ending in _rp)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        for name in dir(type(obj)):
            if isinstance(getattr(type(obj), name), property) and (name.endswith("_rp") or name == "balanced"):
                out[name] = getattr(obj, name)
        return out
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    return obj


def _phu_json(r) -> dict:
    rows = [{"code": x.code, "name": x.name, "section": x.section, "total_rp": x.total_rp,
             "anggota_rp": x.anggota_rp, "non_anggota_rp": x.non_anggota_rp, "previous_rp": x.previous_rp,
             "ytd_rp": x.ytd_rp} for x in r.rows]
    return {"period": r.period.key, "rows": rows,
            "columns": {"anggota": {"pendapatan_rp": sum(x.anggota_rp for x in r.rows if x.section == "pendapatan"),
                                    "beban_rp": sum(x.anggota_rp for x in r.rows if x.section == "beban"),
                                    "shu_rp": r.shu_anggota_rp},
                        "non_anggota": {"pendapatan_rp": sum(x.non_anggota_rp for x in r.rows
                                                             if x.section == "pendapatan"),
                                        "beban_rp": sum(x.non_anggota_rp for x in r.rows if x.section == "beban"),
                                        "shu_rp": r.shu_non_anggota_rp}},
            "total_pendapatan_rp": r.total_pendapatan_rp, "total_beban_rp": r.total_beban_rp,
            "shu_rp": r.shu_rp, "shu_anggota_rp": r.shu_anggota_rp, "shu_non_anggota_rp": r.shu_non_anggota_rp,
            "previous_shu_rp": r.previous_shu_rp if r.has_previous else None,
            "ytd_shu_rp": r.ytd_shu_rp if r.has_ytd else None,
            "member_sales_rp": r.member_sales_rp, "non_member_sales_rp": r.non_member_sales_rp}


def _json(name: str, result) -> dict:
    if name == "phu":
        return _phu_json(result)
    out = _plain(result)
    period = getattr(result, "period", None)
    if period is not None and hasattr(period, "key"):
        out["period"] = period.key
    elif "period_key" in out:
        out["period"] = out.pop("period_key")
    if name == "neraca":
        out["balanced"] = result.balanced
    return out


def _old_trial_balance(args, ctx) -> int:
    as_of = parse_date(args.as_of)
    tb = ledger.trial_balance(ctx.reader(), reader(ctx, args.user), as_of)
    if args.json or args.fmt == "json":
        emit_json({"as_of": tb.as_of, "rows": [
            {"account": r.code, "name": r.name, "debit_rp": r.debit_rp, "credit_rp": r.credit_rp}
            for r in tb.rows], "total_debit_rp": tb.total_debit_rp, "total_credit_rp": tb.total_credit_rp})
    else:
        say(f"NERACA SALDO per {tb.as_of}")
        for r in tb.rows:
            say(f"{r.code:<6} {r.name:<40} {rupiah(r.debit_rp) if r.debit_rp else '':>18}"
                f" {rupiah(r.credit_rp) if r.credit_rp else '':>18}")
        say(f"{'JUMLAH':<47} {rupiah(tb.total_debit_rp):>18} {rupiah(tb.total_credit_rp):>18}")
    return 0


def report(args, ctx) -> int:
    if args.as_of is not None:
        if args.name != "trial-balance" or args.period:
            raise Refused("--as-of hanya untuk trial-balance, tanpa --period.")
        return _old_trial_balance(args, ctx)
    if not args.period:
        raise Refused("Sebutkan periode dengan --period TTTT-BB (bulan) atau TTTT (tahun).")
    if args.account and not reports_export.kind(args.name).needs_account:
        raise Refused("--account hanya untuk buku-besar dan kas-harian.")
    fmt = args.fmt or ("json" if args.json or not args.out else Path(args.out).suffix.lstrip(".").lower())
    actor = reader(ctx, args.user)
    if fmt == "json":
        if args.out:
            raise Refused("--out hanya untuk --format pdf atau xlsx; JSON ditulis ke layar.")
        emit_json(_json(args.name, reports_export.build(ctx.reader(), actor, args.name, args.period, args.account)))
        return 0
    if fmt not in ("pdf", "xlsx"):
        raise Refused(f"Format {fmt!r} tidak dikenal; pilih json, pdf atau xlsx.")
    out = Path(args.out or f"{args.name}-{args.period}.{fmt}")
    if out.suffix.lower() != f".{fmt}":
        raise Refused(f"Berkas keluaran untuk format {fmt} harus berakhiran .{fmt}, bukan {out.name!r}.")
    written = reports_export.export(ctx.reader(), actor, args.name, args.period, fmt, out, args.account)
    if args.json:
        emit_json({"report": args.name, "period": args.period, "format": fmt, "file": str(written)})
    else:
        say(f"{reports_export.kind(args.name).title} {args.period} ditulis ke {written}")
    return 0
