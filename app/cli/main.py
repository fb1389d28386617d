"""Argument parsing and dispatch. Each command module registers its subcommands."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from typing import Callable

from app import __version__
from app.cli import (cmd_books, cmd_export, cmd_hub, cmd_loans, cmd_members, cmd_periods, cmd_print, cmd_qris,
                     cmd_reports, cmd_savings, cmd_setup, cmd_shop, cmd_shu, cmd_statements, cmd_stock, cmd_system,
                     cmd_users)
from app.domain.errors import DomainError

COMMAND_MODULES = (cmd_setup, cmd_books, cmd_users, cmd_system, cmd_shop, cmd_stock, cmd_print, cmd_qris, cmd_members,
                   cmd_savings, cmd_loans, cmd_reports, cmd_statements, cmd_periods, cmd_shu, cmd_export, cmd_hub)


def _common() -> argparse.ArgumentParser:
    """Options accepted before or after the subcommand."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="berkas SQLite lain")
    p.add_argument("--database-url", metavar="URL", default=argparse.SUPPRESS,
                   help="URL PostgreSQL (atau KOPDES_DATABASE_URL)")
    p.add_argument("--user", metavar="NAMA", default=argparse.SUPPRESS,
                   help="pengguna yang bertindak; PIN dari KOPDES_PIN atau ditanya")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="keluaran JSON")
    return p


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # exit 2 with the reason, as for any refused input
        self.print_usage(sys.stderr)
        raise SystemExit(_refuse(f"Perintah tidak lengkap atau salah: {message}"))


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(prog="kopdes", parents=[common],
                     description="Kopdes: kasir dan pembukuan Koperasi Desa/Kelurahan Merah Putih.")
    parser.add_argument("--version", action="version", version=f"kopdes {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def _refuse(message: str) -> int:
    print(f"kopdes: {message}", file=sys.stderr)
    return 2


def run(argv: list[str], *, open_context: Callable, run_gui: Callable, open_hub: Callable | None = None) -> int:
    """`open_hub`: opens the district hub's own database for `kopdes hub …` (bootstrap.open_hub_context)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    for name, default in (("db", None), ("database_url", None), ("user", None), ("json", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    args.open_hub = open_hub
    if args.command in (None, "gui"):
        return run_gui(lambda: open_context(args.db, args.database_url))
    ctx = None
    try:
        # A command may say it needs no database (a pure codec such as `qris parse`):
        # set_defaults(needs_context=lambda args: False); its handler then gets ctx None.
        if getattr(args, "needs_context", None) is None or args.needs_context(args):
            ctx = open_context(args.db, args.database_url, upgrade=getattr(args, "upgrade_db", True))
        return int(args.handler(args, ctx) or 0)
    except DomainError as exc:
        return _refuse(str(exc))
    except KeyboardInterrupt:
        return _refuse("dibatalkan.")
    except BrokenPipeError:  # `kopdes ... --json | head`: the reader left; not a failure
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep Python from complaining at exit
        return 0
    except Exception:  # noqa: BLE001 - the last line of defence: report, exit 1
        traceback.print_exc(file=sys.stderr)
        print("kopdes: kesalahan tak terduga (rincian di atas). Transaksi yang belum selesai dibatalkan.", file=sys.stderr)
        return 1
    finally:
        if ctx is not None:
            ctx.close()
