"""Login, lockout, users and roles, and supervisor override."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.domain.auth import (Actor, LoginState, Permission, Role, after_failed_login, ensure_credential,
                             normalise_username, parse_roles)
from app.domain.errors import AuthenticationFailed, DomainError, NotFound
from app.services import audit, settings
from app.services.credentials import hash_secret, verify_secret
from app.store.models import UserRoleRow, UserRow
from app.store.uow import UnitOfWork

WRONG_CREDENTIALS = "Nama pengguna atau PIN salah."


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    roles: tuple[str, ...]
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    locked_now: bool  # a PIN lockout is in force at the time of reading


def _roles_of(uow: UnitOfWork, user_id: int) -> frozenset[Role]:
    rows = uow.session.execute(select(UserRoleRow.role).where(UserRoleRow.user_id == user_id)).scalars()
    return frozenset(Role(r) for r in rows)


def _actor(uow: UnitOfWork, user: UserRow) -> Actor:
    return Actor(user.id, user.username, user.full_name, _roles_of(uow, user.id))


def user_info(uow: UnitOfWork, user: UserRow) -> UserInfo:
    roles = tuple(sorted(r.value for r in _roles_of(uow, user.id)))
    locked_now = user.locked_until is not None and uow.now() < user.locked_until
    return UserInfo(user.id, user.username, user.full_name, roles, user.active, user.locked_until,
                    user.last_login_at, locked_now)


def find_user(uow: UnitOfWork, username: str) -> UserRow | None:
    return uow.session.execute(
        select(UserRow).where(UserRow.username == username.strip().lower())).scalar_one_or_none()


def _lock_message(until: datetime, now: datetime) -> str:
    minutes = max(1, round((until - now).total_seconds() / 60))
    return f"Akun terkunci karena terlalu sering salah PIN. Coba lagi dalam {minutes} menit."


def _check_secret(uow: UnitOfWork, username: str, secret: str, *, purpose: str) -> UserRow:
    """Verify a PIN, counting failures and locking. Commits the failure and raises."""
    now = uow.now()
    user = find_user(uow, username)
    if user is not None and user.active and user.locked_until is not None and now < user.locked_until:
        audit.append(uow, user.username, f"{purpose}.refused_locked", user.username)
        uow.commit()
        raise AuthenticationFailed("account_locked", _lock_message(user.locked_until, now))
    ok = verify_secret(user.credential_hash if user is not None else None, secret)
    if user is None or not user.active or not ok:
        if user is not None and user.active:
            state = after_failed_login(LoginState(user.failed_attempts, user.locked_until), now,
                                       settings.lockout_policy(uow))
            user.failed_attempts, user.locked_until = state.failed_attempts, state.locked_until
            audit.append(uow, user.username, f"{purpose}.failed", user.username)
            if state.locked_at(now):
                audit.append(uow, user.username, "user.lockout", user.username,
                             {"until": state.locked_until.isoformat()})
                uow.commit()
                raise AuthenticationFailed("account_locked", _lock_message(state.locked_until, now))
        else:
            audit.append(uow, username[:32] or "?", f"{purpose}.failed", username[:32])
        uow.commit()
        raise AuthenticationFailed("wrong_credentials", WRONG_CREDENTIALS)
    user.failed_attempts, user.locked_until = 0, None
    return user


def login(uow: UnitOfWork, username: str, secret: str) -> Actor:
    with uow:
        user = _check_secret(uow, username, secret, purpose="login")
        user.last_login_at = uow.now()
        audit.append(uow, user.username, "login", user.username)
        actor = _actor(uow, user)
        uow.commit()
        return actor


def verify_again(uow: UnitOfWork, actor: Actor, secret: str) -> Actor:
    """Unlock the idle-locked screen: the same user re-enters the PIN."""
    with uow:
        user = _check_secret(uow, actor.username, secret, purpose="unlock")
        audit.append(uow, user.username, "unlock", user.username)
        fresh = _actor(uow, user)
        uow.commit()
        return fresh


def authorize_override(uow: UnitOfWork, actor: Actor, supervisor: str, secret: str,
                       permission: Permission, *, reason: str) -> Actor:
    """Another authorised user approves a restricted action with their PIN.
    The approval (or the wrong PIN) is audited; the caller then acts as usual."""
    if supervisor.strip().lower() == actor.username:
        raise DomainError("override_self", "Persetujuan harus dari pengguna lain.")
    if not reason.strip():
        raise DomainError("reason_required", "Alasan wajib diisi untuk persetujuan.")
    with uow:
        user = _check_secret(uow, supervisor, secret, purpose="override")
        approver = _actor(uow, user)
        if not approver.can(permission):
            audit.append(uow, approver.username, "override.refused", actor.username,
                         {"permission": permission.value, "reason": reason})
            uow.commit()
            raise DomainError("override_not_allowed",
                              f"{approver.username} tidak berwenang menyetujui tindakan ini.")
        audit.append(uow, approver.username, "override", actor.username,
                     {"permission": permission.value, "reason": reason})
        uow.commit()
        return approver


# --- user management (admin) ----------------------------------------------

def add_user_in(uow: UnitOfWork, by: str, username: str, full_name: str, secret: str,
                roles: list[str]) -> UserRow:
    """Create a user within the caller's transaction (setup and the admin's page)."""
    name = normalise_username(username)
    role_set = parse_roles(roles)
    ensure_credential(secret)
    if not full_name.strip():
        raise DomainError("name_required", "Nama lengkap wajib diisi.")
    if find_user(uow, name) is not None:
        raise DomainError("duplicate_user", f"Nama pengguna {name} sudah dipakai.")
    user = UserRow(username=name, full_name=full_name.strip(), credential_hash=hash_secret(secret),
                   active=True, failed_attempts=0, created_at=uow.now())
    uow.session.add(user)
    uow.session.flush()
    for role in sorted(role_set):
        uow.session.add(UserRoleRow(user_id=user.id, role=role.value))
    uow.session.flush()
    audit.append(uow, by, "user.create", name, {"roles": sorted(r.value for r in role_set)})
    return user


def create_user(uow: UnitOfWork, actor: Actor, username: str, full_name: str, secret: str,
                roles: list[str]) -> UserInfo:
    actor.require(Permission.USER_MANAGE)
    with uow:
        user = add_user_in(uow, actor.username, username, full_name, secret, roles)
        info = user_info(uow, user)
        uow.commit()
        return info


def list_users(uow: UnitOfWork, actor: Actor) -> list[UserInfo]:
    actor.require(Permission.USER_MANAGE)
    with uow:
        users = uow.session.execute(select(UserRow).order_by(UserRow.username)).scalars().all()
        return [user_info(uow, u) for u in users]


def _managed_user(uow: UnitOfWork, actor: Actor, username: str) -> UserRow:
    actor.require(Permission.USER_MANAGE)
    user = find_user(uow, username)
    if user is None:
        raise NotFound("user_not_found", f"Pengguna {username!r} tidak ditemukan.")
    return user


def _admins_left(uow: UnitOfWork, excluding: int) -> int:
    return uow.session.execute(
        select(func.count(UserRow.id)).join(UserRoleRow, UserRoleRow.user_id == UserRow.id)
        .where(UserRoleRow.role == Role.ADMIN.value, UserRow.active.is_(True), UserRow.id != excluding)
    ).scalar_one()


def set_credential(uow: UnitOfWork, actor: Actor, username: str, secret: str) -> None:
    """Admin resets anyone's PIN; any user may change their own."""
    ensure_credential(secret)
    with uow:
        if username.strip().lower() == actor.username:
            user = find_user(uow, actor.username)
        else:
            user = _managed_user(uow, actor, username)
        assert user is not None
        user.credential_hash = hash_secret(secret)
        user.failed_attempts, user.locked_until = 0, None
        audit.append(uow, actor.username, "user.set_pin", user.username)
        uow.commit()


def lock_user(uow: UnitOfWork, actor: Actor, username: str) -> None:
    """Deactivate a user (e.g. a cashier who left). History keeps their name."""
    with uow:
        user = _managed_user(uow, actor, username)
        if user.id == actor.user_id:
            raise DomainError("lock_self", "Anda tidak bisa menonaktifkan akun sendiri.")
        if Role.ADMIN in _roles_of(uow, user.id) and _admins_left(uow, user.id) == 0:
            raise DomainError("last_admin", "Admin terakhir tidak boleh dinonaktifkan.")
        user.active = False
        audit.append(uow, actor.username, "user.lock", user.username)
        uow.commit()


def unlock_user(uow: UnitOfWork, actor: Actor, username: str) -> None:
    """Reactivate a user and clear a PIN lockout."""
    with uow:
        user = _managed_user(uow, actor, username)
        user.active, user.failed_attempts, user.locked_until = True, 0, None
        audit.append(uow, actor.username, "user.unlock", user.username)
        uow.commit()


def set_roles(uow: UnitOfWork, actor: Actor, username: str, roles: list[str], full_name: str | None = None) -> UserInfo:
    role_set = parse_roles(roles)
    with uow:
        user = _managed_user(uow, actor, username)
        old = _roles_of(uow, user.id)
        if Role.ADMIN in old and Role.ADMIN not in role_set and _admins_left(uow, user.id) == 0:
            raise DomainError("last_admin", "Peran admin terakhir tidak boleh dicabut.")
        for row in uow.session.execute(select(UserRoleRow).where(UserRoleRow.user_id == user.id)).scalars():
            uow.session.delete(row)
        uow.session.flush()
        for role in sorted(role_set):
            uow.session.add(UserRoleRow(user_id=user.id, role=role.value))
        if full_name is not None and full_name.strip():
            user.full_name = full_name.strip()
        audit.append(uow, actor.username, "user.update", user.username,
                     {"roles": sorted(r.value for r in role_set), "old_roles": sorted(r.value for r in old)})
        uow.session.flush()
        info = user_info(uow, user)
        uow.commit()
        return info
