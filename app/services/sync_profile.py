"""District sync: what the outlet tells the district about itself — the desa's region code,
its business units and partnerships, and whether member names may travel in a package
(settings `sync.kode_wilayah`, `sync.business_units`, `sync.partnerships`,
`sync.share_names`; checks in app/domain/sync_outlet.py).

The bendahara, who makes the packages (`sync.export`), may change these four settings
without holding `settings.edit`; so may the admin (also through `settings.change`). All
values are checked before any is written, one transaction, each change audited as
`settings.change` like the settings page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.sync_outlet import ordered_partnerships, ordered_units
from app.services import audit, settings
from app.store.uow import UnitOfWork

KODE_WILAYAH = "sync.kode_wilayah"
BUSINESS_UNITS = "sync.business_units"
PARTNERSHIPS = "sync.partnerships"
SHARE_NAMES = "sync.share_names"
KEYS = (KODE_WILAYAH, BUSINESS_UNITS, PARTNERSHIPS, SHARE_NAMES)


@dataclass(frozen=True)
class SyncProfile:
    kode_wilayah: str  # "" = not set
    business_units: tuple[str, ...]  # keys of sync_outlet.BUSINESS_UNITS, in its order
    partnerships: tuple[dict, ...]  # {"kind", "partner", "since": "YYYY-MM-DD" | ""}
    share_names: bool


def may_change(actor: Actor) -> bool:
    return actor.can(Permission.SYNC_EXPORT) or actor.can(Permission.SETTINGS_EDIT)


def _may_read(actor: Actor) -> None:
    if not (may_change(actor) or actor.can(Permission.REPORT_VIEW)):
        actor.require(Permission.SYNC_EXPORT)


def profile_in(uow: UnitOfWork) -> SyncProfile:
    return SyncProfile(settings.get(uow, KODE_WILAYAH), tuple(settings.get(uow, BUSINESS_UNITS)),
                       tuple(settings.get(uow, PARTNERSHIPS)), settings.get(uow, SHARE_NAMES))


def get_profile(uow: UnitOfWork, actor: Actor) -> SyncProfile:
    _may_read(actor)
    with uow:
        return profile_in(uow)


def _normalised(key: str, value: Any) -> Any:
    """The stored form of a value that passed its check: the code without spaces around it,
    units in the district's order, partnerships sorted with the partner's name trimmed."""
    if key == KODE_WILAYAH and isinstance(value, str):
        return value.strip()
    if key == BUSINESS_UNITS and not settings.SPECS[key].check(value):
        return ordered_units(value)
    if key == PARTNERSHIPS and not settings.SPECS[key].check(value):
        return ordered_partnerships(value)
    return value


def set_profile(uow: UnitOfWork, actor: Actor, values: dict[str, Any]) -> SyncProfile:
    """Change any of the four settings (keys from KEYS): all or none, each change audited.
    Raises DomainError with the setting's label and what is wrong."""
    if not may_change(actor):
        actor.require(Permission.SYNC_EXPORT)
    unknown = [k for k in values if k not in KEYS]
    if unknown:
        raise DomainError("unknown_setting", f"Pengaturan {unknown[0]!r} bukan data koperasi untuk kabupaten.")
    with uow:
        for key, value in values.items():
            value = _normalised(key, value)
            old = settings.get(uow, key)
            settings.put(uow, key, value)  # checks it: a refusal leaves nothing written
            if old != value:
                audit.append(uow, actor.username, "settings.change", key, {"old": old, "new": value})
        uow.commit()
        return profile_in(uow)
