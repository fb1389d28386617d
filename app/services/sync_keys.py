"""The outlet's signing key pair and member-hash secret for district sync.

Both are made at setup (setup.initialise) and, for books set up before this version, the
first time they are needed. The private key and the secret stay in the settings table and
are never shown; the public key and its fingerprint are for registering with the district."""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.services import audit, profile, settings
from app.store.uow import UnitOfWork
from app.sync.package import generate_private_key_pem, public_key_fingerprint, public_key_pem

PRIVATE_KEY = "sync.private_key_pem"
SALT = "sync.member_salt"
SALT_BYTES = 32


@dataclass(frozen=True)
class Keys:
    private_key_pem: bytes
    public_key_pem: bytes
    fingerprint: str
    member_salt: bytes


@dataclass(frozen=True)
class PublicKeyFile:
    public_key_file: Path
    fingerprint: str


def ensure_in(uow: UnitOfWork, username: str = "system") -> Keys:
    """The keys, made now (and audited) if this outlet has none yet. In the caller's write
    transaction."""
    made = []
    pem = settings.get(uow, PRIVATE_KEY)
    if not pem:
        pem = generate_private_key_pem().decode("ascii")
        settings.put(uow, PRIVATE_KEY, pem)
        made.append("kunci tanda tangan")
    salt = settings.get(uow, SALT)
    if not salt:
        salt = base64.b64encode(secrets.token_bytes(SALT_BYTES)).decode("ascii")
        settings.put(uow, SALT, salt)
        made.append("rahasia penyamaran NIK")
    keys = _keys(pem, salt)
    if made:
        uow.session.flush()
        audit.append(uow, username, "sync.keys", "sinkronisasi", {"made": made, "fingerprint": keys.fingerprint})
    return keys


def read_in(uow: UnitOfWork) -> Keys | None:
    """The keys as stored, or None when they have not been made yet (read-only units)."""
    pem, salt = settings.get(uow, PRIVATE_KEY), settings.get(uow, SALT)
    return _keys(pem, salt) if pem and salt else None


def _keys(pem: str, salt: str) -> Keys:
    private = pem.encode("ascii")
    public = public_key_pem(private)
    return Keys(private, public, public_key_fingerprint(public), base64.b64decode(salt))


def public_key_name(nib: str) -> str:
    return f"kopdes-{nib}.pub.pem"


def write_public_key(uow: UnitOfWork, actor: Actor, out_dir: Path) -> PublicKeyFile:
    """`kopdes export key`: the public key as a PEM file `kopdes-<NIB>.pub.pem` in `out_dir`,
    for registering the outlet with the district hub, and its fingerprint to read out."""
    if not (actor.can(Permission.SYNC_EXPORT) or actor.can(Permission.REPORT_VIEW)):
        actor.require(Permission.SYNC_EXPORT)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise DomainError("no_folder", f"Folder {out_dir} tidak ada.")
    with uow:
        coop = profile.require(uow)
        keys = read_in(uow)
        if keys is None:
            keys = ensure_in(uow, actor.username)
            uow.commit()
    path = out_dir / public_key_name(coop.nib)
    tmp = path.with_name(path.name + ".partial")
    try:
        tmp.write_bytes(keys.public_key_pem)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DomainError("write_failed", f"Kunci publik tidak bisa ditulis ke {out_dir}: {exc.strerror}.") from None
    return PublicKeyFile(path, keys.fingerprint)


def fingerprint(uow: UnitOfWork, actor: Actor) -> str | None:
    """The fingerprint to read out to the district (None before the keys exist)."""
    if not (actor.can(Permission.SYNC_EXPORT) or actor.can(Permission.REPORT_VIEW)):
        actor.require(Permission.SYNC_EXPORT)
    with uow:
        keys = read_in(uow)
        return keys.fingerprint if keys else None
