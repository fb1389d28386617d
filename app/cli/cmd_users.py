"""kopdes users add | list | lock | unlock | set-pin"""

from __future__ import annotations

from app.cli.io import acting_user, emit_json, read_secret, say
from app.services import auth


def register(sub, common) -> None:
    u = sub.add_parser("users", parents=[common], help="pengguna dan peran (admin)").add_subparsers(
        dest="users_cmd", metavar="AKSI", required=True)
    p = u.add_parser("add", parents=[common], help="tambah pengguna; PIN baru dari KOPDES_NEW_PIN")
    p.add_argument("username")
    p.add_argument("--name", required=True, help="nama lengkap")
    p.add_argument("--roles", required=True, help="mis. kasir,pengurus")
    p.set_defaults(handler=add)
    p = u.add_parser("list", parents=[common])
    p.set_defaults(handler=list_)
    for name, handler, helptext in (("lock", lock, "nonaktifkan pengguna"),
                                    ("unlock", unlock, "aktifkan lagi / buka kunci PIN"),
                                    ("set-pin", set_pin, "ganti PIN; PIN baru dari KOPDES_NEW_PIN")):
        p = u.add_parser(name, parents=[common], help=helptext)
        p.add_argument("username")
        p.set_defaults(handler=handler)


def _new_pin(username: str) -> str:
    return read_secret("KOPDES_NEW_PIN", f"PIN baru untuk {username}: ", confirm=True)


def add(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    info = auth.create_user(ctx.uow(), actor, args.username, args.name, _new_pin(args.username),
                            [r for r in args.roles.split(",") if r.strip()])
    emit_json(info) if args.json else say(f"Pengguna {info.username} ({', '.join(info.roles)}) dibuat.")
    return 0


def list_(args, ctx) -> int:
    users = auth.list_users(ctx.reader(), acting_user(ctx, args.user))
    if args.json:
        emit_json([{"username": u.username, "full_name": u.full_name, "roles": list(u.roles),
                    "active": u.active, "locked_until": u.locked_until} for u in users])
    else:
        for u in users:
            say(f"{u.username:<16} {u.full_name:<30} {','.join(u.roles):<30} "
                f"{'aktif' if u.active else 'nonaktif'}")
    return 0


def lock(args, ctx) -> int:
    auth.lock_user(ctx.uow(), acting_user(ctx, args.user), args.username)
    say(f"Pengguna {args.username} dinonaktifkan.")
    return 0


def unlock(args, ctx) -> int:
    auth.unlock_user(ctx.uow(), acting_user(ctx, args.user), args.username)
    say(f"Pengguna {args.username} aktif kembali.")
    return 0


def set_pin(args, ctx) -> int:
    actor = acting_user(ctx, args.user)
    auth.set_credential(ctx.uow(), actor, args.username, _new_pin(args.username))
    say(f"PIN {args.username} diganti.")
    return 0
