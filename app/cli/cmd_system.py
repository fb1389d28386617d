"""kopdes backup | restore | audit ..."""

from __future__ import annotations

from pathlib import Path

from app.cli.io import acting_user, emit_json, reader, say
from app.services import audit, backups


def register(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common], help="buat cadangan basis data")
    p.add_argument("--to", metavar="FOLDER", help="folder tujuan (mis. flashdisk)")
    p.set_defaults(handler=backup)
    p = sub.add_parser("restore", parents=[common], help="pulihkan dari berkas cadangan (admin)")
    p.add_argument("file")
    p.set_defaults(handler=restore)
    a = sub.add_parser("audit", parents=[common], help="log audit").add_subparsers(
        dest="audit_cmd", metavar="AKSI", required=True)
    p = a.add_parser("verify", parents=[common], help="periksa rantai hash log audit")
    p.set_defaults(handler=audit_verify)
    p = a.add_parser("list", parents=[common])
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=audit_list)


def backup(args, ctx) -> int:
    # Without --user this is an automatic backup (cron / Task Scheduler), recorded as "sistem".
    actor = acting_user(ctx, args.user) if args.user else None
    result = backups.backup_now(ctx, actor, to_dir=Path(args.to) if args.to else None)
    if args.json:
        emit_json({"path": result.path, "size_bytes": result.size_bytes,
                   "removed": [str(p) for p in result.removed]})
    else:
        say(f"Cadangan dibuat: {result.path} ({result.size_bytes // 1024} KB)")
    return 0


def restore(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    result = backups.restore(ctx, actor, Path(args.file))
    if args.json:
        emit_json(result)
    else:
        say(f"Dipulihkan dari {result.restored_from}. Basis data lama disimpan di {result.replaced_copy}.")
    return 0


def audit_verify(args, ctx) -> int:
    verdict = audit.verify(ctx.reader(), reader(ctx, args.user))
    if args.json:
        emit_json(verdict)
    elif verdict.ok:
        say(f"Log audit utuh ({verdict.checked} baris).")
    else:
        say(f"Log audit RUSAK pada baris {verdict.first_broken_seq}: {verdict.reason}")
    return 0 if verdict.ok else 1


def audit_list(args, ctx) -> int:
    rows = audit.entries(ctx.reader(), reader(ctx, args.user), limit=args.limit)
    if args.json:
        emit_json(rows)
    else:
        for r in rows:
            say(f"{r.seq:>6} {r.at:%Y-%m-%d %H:%M:%S}Z {r.username:<12} {r.action:<22} {r.entity} {r.detail}")
    return 0
