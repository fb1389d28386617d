"""Shared CLI plumbing: output, the acting user, PIN entry."""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
import sys
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from app.domain.auth import Actor, Role
from app.domain.errors import DomainError
from app.services import auth
from app.services.context import ServiceContext


class Refused(DomainError):
    """A CLI-level refusal (missing PIN, unreadable file): exit 2."""

    def __init__(self, message: str) -> None:
        super().__init__("refused", message)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    return value


def emit_json(value: Any) -> None:
    json.dump(_plain(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(text: str) -> None:
    print(text)


def read_secret(env_var: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env_var)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise Refused(f"PIN diperlukan: setel variabel lingkungan {env_var} atau jalankan di terminal.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Ulangi: ") != first:
        raise Refused("PIN tidak sama.")
    return first


def acting_user(ctx: ServiceContext, username: str | None) -> Actor:
    """Log the named user in with KOPDES_PIN (or a prompt). Failures are audited."""
    if not username:
        raise Refused("Perintah ini mengubah data: sebutkan pengguna dengan --user NAMA.")
    return auth.login(ctx.uow(), username, read_secret("KOPDES_PIN", f"PIN {username}: "))


# Read-only commands run without --user as the local read-only viewer: whoever can
# run the CLI can read the database file anyway, and nothing can be changed this way.
LOCAL_VIEWER = Actor(0, "cli", "Pembaca lokal", frozenset({Role.PENGAWAS}))


def reader(ctx: ServiceContext, username: str | None) -> Actor:
    return acting_user(ctx, username) if username else LOCAL_VIEWER


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Refused(f"Tanggal harus berbentuk TTTT-BB-HH, bukan {text!r}.") from None


def uuid_arg(text: str | None) -> UUID:
    """--id: the client's document UUID (a retry with the same one returns the first result)."""
    if not text:
        return uuid4()
    try:
        return UUID(text)
    except ValueError:
        raise Refused(f"--id harus UUID, bukan {text!r}.") from None


def read_json_file(path: str) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise Refused(f"Berkas {path} tidak ditemukan.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Refused(f"Berkas {path} bukan JSON yang sah: {exc}") from None
